"""Overlay views pushed over the map, which keeps running beneath: the alien's perception (`ufo`)
and Johann's telescope (`telescope`). Scripts start them with `<<overlay ufo descend>>`."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.director import Scene
from game.palette import colour
from game.story.commands import CommandError
from game.ui.text import font
from game.world.actors import Actor

GAZE_SPEED = 2.0  # px per tick
ZOOM = 2  # the telescope's magnification
LOCK_RADIUS = 18


class GazeView(Scene):
    """Shared by both views: a gaze point the player steers over the map, optionally to a target."""

    opaque = False
    pauses_below = False
    takes_control = True
    hint = ""

    def __init__(self, app, mode: str, target: str = "margaret", ticks: int = 0) -> None:
        super().__init__(app)
        self.mode, self.target_id, self.t = mode, target, 0
        self.limit = ticks
        self.locked_at: int | None = None
        explore = app.explore()
        if explore is None:
            raise CommandError("an overlay needs a map below it")
        self.explore = explore
        w, h = explore.level.doc.pixel_size
        self.gaze = [w / 2, 24.0] if mode == "descend" else list(self.target_point() or (w / 2, h / 2))
        self.saved_camera = explore.camera_target

    def target_point(self) -> tuple[float, float] | None:
        actor = self.explore.world.actor(self.target_id)
        return (actor.x, actor.y - 14) if actor is not None else None

    def exit(self) -> None:
        self.explore.camera_target = self.saved_camera

    def steerable(self) -> bool:
        return self.mode == "descend" and self.locked_at is None

    def update(self, is_top: bool) -> None:
        self.t += 1
        inp = self.app.input
        if self.steerable() and is_top:
            dx, dy = inp.move_vector()
            w, h = self.explore.level.doc.pixel_size
            self.gaze[0] = max(0, min(w, self.gaze[0] + dx * GAZE_SPEED))
            self.gaze[1] = max(0, min(h, self.gaze[1] + dy * GAZE_SPEED))
            target = self.target_point()
            if target and math.dist(self.gaze, target) <= LOCK_RADIUS:
                self.locked_at = self.t
                self.app.sfx("heartbeat")
        elif self.locked_at is not None or self.mode != "descend":
            target = self.target_point()
            if target:  # the gaze settles on its target
                self.gaze[0] += (target[0] - self.gaze[0]) * 0.1
                self.gaze[1] += (target[1] - self.gaze[1]) * 0.1
        self.explore.camera_target = (self.gaze[0], self.gaze[1])
        done_locked = self.locked_at is not None and self.t - self.locked_at >= 90
        done_time = self.limit and self.t >= self.limit
        if done_locked or done_time or (is_top and "skip" in inp.held and self.t > 10):
            self.skip()

    def skip(self) -> None:
        target = self.target_point()
        if target:
            self.gaze = list(target)
        if self in self.app.director.stack:
            self.app.director.pop(self)

    def describe(self) -> dict:
        return {"scene": type(self).__name__, "mode": self.mode, "locked": self.locked_at is not None,
                "gaze": [round(self.gaze[0]), round(self.gaze[1])]}


@lru_cache(maxsize=16)
def _disc(radius: int, tint: tuple[int, int, int]) -> pygame.Surface:
    disc = pygame.Surface((radius * 2, radius * 2))
    pygame.draw.circle(disc, tint, (radius, radius), radius)
    return disc


@lru_cache(maxsize=3)
def _scanlines(size: tuple[int, int], phase: int) -> pygame.Surface:
    lines = pygame.Surface(size, pygame.SRCALPHA)
    for y in range(phase, size[1], 3):
        lines.fill((0, 0, 0, 70), (0, y, size[0], 1))
    return lines


@lru_cache(maxsize=2)
def _lens(size: tuple[int, int], radius: int) -> pygame.Surface:
    """Dark all round a clear circle at its centre; twice the canvas so it can wobble."""
    mask = pygame.Surface((size[0] * 2, size[1] * 2), pygame.SRCALPHA)
    mask.fill((11, 10, 18, 255))
    pygame.draw.circle(mask, (0, 0, 0, 0), size, radius)
    return mask


class UfoView(GazeView):
    """The alien's sight: cold dark world, warm glowing bodies, prism light bending at the edges,
    scanlines, and a pulsing meter of its hunger."""

    def __init__(self, app, mode: str) -> None:
        if mode not in ("descend", "watch", "feed"):
            raise CommandError(f"ufo mode {mode!r}: use descend, watch or feed")
        super().__init__(app, mode, ticks={"descend": 0, "watch": 300, "feed": 300}[mode])
        self.hint = "Steer the gaze down through the building. Find her." if mode == "descend" else ""

    def enter(self) -> None:
        super().enter()
        self.app.sfx("alien_feed" if self.mode == "feed" else "ufo_hum")

    def hunger(self) -> float:
        base = {"descend": 0.35, "watch": 0.6, "feed": min(1.0, 0.6 + self.t / 200)}[self.mode]
        return max(0.0, min(1.0, base + 0.08 * math.sin(self.t / 9)))

    def draw(self, surface: pygame.Surface) -> None:
        w, h = surface.get_size()
        # the world goes cold and dark
        surface.fill((70, 84, 150), special_flags=pygame.BLEND_RGB_MULT)
        # bodies glow warm
        offset = self.explore.map_offset((w, h))
        for actor in self.explore.world.all_actors():
            if not actor.visible:
                continue
            x, y = actor.x + offset[0], actor.y - 14 + offset[1]
            strong = actor.id == self.target_id
            for r, c in ((22 if strong else 14, (90, 30, 10)), (12 if strong else 8, (160, 70, 20)),
                         (5, (200, 120, 60))):
                surface.blit(_disc(r, c), (x - r, y - r), special_flags=pygame.BLEND_RGB_ADD)
        # prism light bends at the edges: shifting hues, thickest at the sides
        for i in range(18):
            hue = pygame.Color(0)
            hue.hsva = ((self.t * 3 + i * 20) % 360, 80, 60, 100)
            k = 1 - i / 18
            band = (int(hue.r * k * 0.6), int(hue.g * k * 0.6), int(hue.b * k * 0.6))
            wobble = int(3 * math.sin((self.t + i * 7) / 11))
            surface.fill(band, (i + wobble, 0, 1, h), special_flags=pygame.BLEND_RGB_ADD)
            surface.fill(band, (w - 1 - i - wobble, 0, 1, h), special_flags=pygame.BLEND_RGB_ADD)
        # scanlines: plainly not human sight
        surface.blit(_scanlines((w, h), self.t % 3), (0, 0))
        # the gaze
        gx, gy = self.gaze[0] + offset[0], self.gaze[1] + offset[1]
        ring = colour("acid") if self.locked_at is not None else colour("cyan")
        radius = 10 + int(2 * math.sin(self.t / 6))
        pygame.draw.circle(surface, ring, (round(gx), round(gy)), radius, 1)
        pygame.draw.line(surface, ring, (gx - radius - 4, gy), (gx - radius + 2, gy))
        pygame.draw.line(surface, ring, (gx + radius - 2, gy), (gx + radius + 4, gy))
        # the hunger meter
        meter = pygame.Rect(w - 30, 40, 8, 150)
        pygame.draw.rect(surface, colour("ink"), meter)
        fill = int(meter.h * self.hunger())
        hue = pygame.Color(0)
        hue.hsva = ((self.t * 4) % 360, 70, 100, 100)
        surface.fill((hue.r, hue.g, hue.b), (meter.x + 1, meter.bottom - fill, meter.w - 2, fill))
        pygame.draw.rect(surface, colour("lilac"), meter, 1)
        small = font("small")
        small.draw(surface, "HUNGER", (meter.centerx, meter.bottom + 4), colour("lilac"), align="center")
        if self.hint and self.locked_at is None:
            small.draw(surface, self.hint, (w // 2, h - 14), colour("ice"), align="center")


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

    def __init__(self, app, aim: str = "", *people: str) -> None:
        super().__init__(app)
        from game.world.level import load_level
        from game.world.lighting import Lighting
        from game.world.render import MapView
        from game.world.world import World
        self.level = load_level("facade", lambda: app.ticks)
        self.world = World(self.level, app.story, condition=app.condition)  # people at windows come from the facade's npc objects
        for pair in people:
            who, _, where = pair.partition("@")
            marker = self.level.doc.find("marker", where)
            if marker is None:
                raise CommandError(f"telescope: no marker {where!r} on the facade map")
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


def make_overlay(app, kind: str, mode: str, *rest: str) -> Scene:
    if kind == "ufo":
        return UfoView(app, mode or "watch")
    if kind == "telescope":
        return TelescopeView(app, mode, *rest)
    raise CommandError(f"no overlay {kind!r}")
