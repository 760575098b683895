"""Johann's telescope: the penthouse building across the street in a round, wobbling lens
(`<<overlay telescope [MARKER] [ACTOR@MARKER ...]>>`)."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.director import Scene
from game.palette import colour
from game.pieces import GAZE_SPEED
from game.stage.registry import ActorAt, Marker, Optional, Rest, command
from game.ui.text import font
from game.world.actors import Actor

ZOOM = 2  # the telescope's magnification
FACADE = "facade"  # the map the telescope looks at


@lru_cache(maxsize=2)
def _lens(size: tuple[int, int], radius: int) -> pygame.Surface:
    """Dark all round a clear circle at its centre; twice the canvas so it can wobble."""
    mask = pygame.Surface((size[0] * 2, size[1] * 2), pygame.SRCALPHA)
    mask.fill((11, 10, 18, 255))
    pygame.draw.circle(mask, (0, 0, 0, 0), size, radius)
    return mask


class TelescopeView(Scene):
    """Johann's telescope: the penthouse building across the street (the `facade` map) in a round,
    wobbling lens. Arrows steer it; interact notes what is in view (`$telescope_saw` gets the name of
    the nearest marker) and lowers the telescope; so does cancel.

    Who is at which window comes from the facade map's `npc` objects (with their conditions) and
    from the command: `<<overlay telescope window_living margaret@window_living>>` aims at a marker
    and puts people at markers."""

    opaque = True
    pauses_below = False
    takes_control = True
    LENS = 100

    def __init__(self, app, aim: str = "", *people: tuple[str, str]) -> None:
        super().__init__(app)
        from game.world.level import load_level
        from game.world.lighting import Lighting
        from game.world.render import MapView
        from game.world.world import World
        self.level = load_level(FACADE, lambda: app.ticks)
        self.world = World(self.level, app.story, condition=app.condition)  # people at windows come from the facade's npc objects
        for who, where in people:  # (actor, marker) pairs, checked by the command
            marker = self.level.doc.find("marker", where)
            self.world.actors[who] = Actor(who, marker.x, marker.y + marker.height)
        lighting = Lighting(str(self.level.prop("ambient", "") or ""), self.level.doc.objects_of("light"))
        self.mapview = MapView(self.level, lighting)
        self._view = pygame.Surface((app.canvas.get_width() // ZOOM, app.canvas.get_height() // ZOOM))
        start = self.level.doc.find("marker", aim) if aim else None
        w, h = self.level.doc.pixel_size
        self.gaze = [start.x, start.y] if start else [w / 2, h / 2]
        self.t = 0

    def update(self, is_top: bool) -> None:
        self.t += 1
        if not is_top:
            return
        inp = self.app.input
        dx, dy = inp.move_vector()
        w, h = self.level.doc.pixel_size
        self.gaze[0] = max(0, min(w, self.gaze[0] + dx * GAZE_SPEED))
        self.gaze[1] = max(0, min(h, self.gaze[1] + dy * GAZE_SPEED))
        if self.t > 10 and "interact" in inp.pressed:
            self.app.story.variables["$telescope_saw"] = self.looking_at()
            self.skip()
        elif self.t > 10 and ({"cancel", "menu"} & inp.pressed or "skip" in inp.held):
            self.skip()

    def looking_at(self) -> str:
        markers = self.level.doc.objects_of("marker")
        near = min(markers, key=lambda m: math.dist((m.x, m.y), self.gaze), default=None)
        return near.name if near is not None and math.dist((near.x, near.y), self.gaze) <= 48 else ""

    def skip(self) -> None:
        if self in self.app.director.stack:
            self.app.director.pop(self)

    def draw(self, surface: pygame.Surface) -> None:
        w, h = surface.get_size()
        # the lens magnifies twice: draw half the canvas of the facade, then double every pixel
        view = self._view
        view.fill(colour("black"))
        self.mapview.draw(view, (self.gaze[0], self.gaze[1]), list(self.world.actors.values()), self.app.ticks)
        pygame.transform.scale(view, (w, h), surface)
        cx = w // 2 + int(2 * math.sin(self.t / 23))
        cy = h // 2 + int(2 * math.cos(self.t / 31))
        surface.blit(_lens((w, h), self.LENS), (cx - w, cy - h))
        pygame.draw.circle(surface, colour("steel_dark"), (cx, cy), self.LENS + 1, 3)
        pygame.draw.line(surface, colour("grey"), (cx - 8, cy), (cx + 8, cy))
        pygame.draw.line(surface, colour("grey"), (cx, cy - 8), (cx, cy + 8))
        font("small").draw(surface, "Arrows steer the telescope.  Enter: note it.  Esc: look away.",
                           (w // 2, h - 14), colour("grey_light"), align="center")

    def describe(self) -> dict:
        return {"scene": "TelescopeView", "gaze": [round(self.gaze[0]), round(self.gaze[1])],
                "looking_at": self.looking_at()}


@command("overlay telescope", Optional(Marker(on_map=FACADE)), Rest(ActorAt(on_map=FACADE)),
         doc="Johann's telescope on the facade, aimed at a marker, with people at its windows")
def overlay_telescope(stage, aim, people):
    return stage.play(TelescopeView, aim or "", *people, beneath_talk=stage.nowait)
