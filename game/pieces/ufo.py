"""The alien and its craft: the craft landing on and leaving the roof (`<<ufo land MARKER>>`,
`<<ufo takeoff>>`), and the alien's sight as an overlay over the map (`<<overlay ufo MODE>>`):
playing as the alien is this view, never a walking character."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.director import Scene
from game.palette import colour
from game.pieces import glide
from game.stage.registry import Actor, Choice, CommandError, Marker, Optional, command
from game.stage.tasks import Task
from game.ui.text import font
from game.ui.strings import tr

LOCK_RADIUS = 18
MODES = ("descend", "watch", "feed")


class GazeView(Scene):
    """Shared by both views: a gaze point the player steers over the map, optionally to a target."""

    opaque = False
    pauses_below = False
    takes_control = True
    pausable = True
    hint = ""

    def __init__(self, app, mode: str, target: str, ticks: int = 0) -> None:
        super().__init__(app)
        self.mode, self.target_id, self.t = mode, target, 0
        self.limit = ticks
        self.locked_at: int | None = None
        self.goal: tuple[float, float] | None = None  # a clicked point the gaze glides to
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
            for cx, cy, button in inp.clicks:
                if button == 1:
                    self.goal = self.explore.canvas_to_map(cx, cy)
            self.goal = glide(self.gaze, inp.move_vector(), self.goal, self.explore.level.doc.pixel_size)
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
        self.close()

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
        lines.fill((*colour("black"), 70), (0, y, size[0], 1))
    return lines


class UfoView(GazeView):
    """The alien's sight: cold dark world, warm glowing bodies, prism light bending at the edges,
    scanlines, and a pulsing meter of its hunger."""

    def __init__(self, app, mode: str, target: str = "") -> None:
        """`target`: whom the gaze seeks and who glows strongest; by default whoever the story follows."""
        super().__init__(app, mode, target or app.story.player, ticks={"descend": 0, "watch": 300, "feed": 300}[mode])
        self.hint = "ufo.hint" if mode == "descend" else ""  # a UI string

    def enter(self) -> None:
        super().enter()
        self.app.sfx("alien_feed" if self.mode == "feed" else "ufo_hum")

    def hunger(self) -> float:
        base = {"descend": 0.35, "watch": 0.6, "feed": min(1.0, 0.6 + self.t / 200)}[self.mode]
        return max(0.0, min(1.0, base + 0.08 * math.sin(self.t / 9)))

    def draw(self, surface: pygame.Surface) -> None:
        w, h = surface.get_size()
        # the world goes cold and dark (the alien's sight is the one thing drawn outside the palette)
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
        small.draw(surface, tr("ufo.hunger"), (meter.centerx, meter.bottom + 4), colour("lilac"), align="center")
        if self.hint and self.locked_at is None:
            small.draw(surface, tr(self.hint), (w // 2, h - 14), colour("ice"), align="center")


class UfoFlight(Task):
    """The craft descending onto (or rising from) a spot, with its landing/take-off frames."""

    def __init__(self, prop, start_y: float, end_y: float, ticks: int, then: str, vanish: bool) -> None:
        self.prop, self.start_y, self.end_y, self.ticks, self.t = prop, start_y, end_y, ticks, 0
        self.then, self.vanish = then, vanish

    def update(self) -> bool:
        self.t += 1
        k = min(1.0, self.t / self.ticks)
        self.prop.y = self.start_y + (self.end_y - self.start_y) * (1 - (1 - k) ** 2)
        if k >= 1.0:
            self.finish()
        return k >= 1.0

    def finish(self) -> None:
        self.t = self.ticks
        self.prop.y = self.end_y
        self.prop.play(self.then)
        self.prop.visible = not self.vanish


@command("overlay ufo", Optional(Choice("", MODES), "watch"), Optional(Actor(), ""),
         doc="the alien's view over the map, its gaze on ACTOR (by default the one played): steered down "
             "to them (descend), watching, or feeding")
def overlay_ufo(stage, mode, target):
    return stage.play(UfoView, mode, target, beneath_talk=stage.nowait)


@command("ufo land", Marker(), doc="the craft comes down onto a marker")
def ufo_land(stage, ref):
    from game.world.props import PropSprite
    x, y = stage.point(ref)
    craft = stage.props["ufo"] = PropSprite("ufo", x, y - 160)
    craft.play("landing")
    stage.sfx("ufo_land")
    return UfoFlight(craft, y - 160, y, 180, "landed", vanish=False)


@command("ufo takeoff", doc="the craft rises and is gone")
def ufo_takeoff(stage):
    craft = stage.props.get("ufo")
    if craft is None:
        raise CommandError("there is no craft on this map to take off")
    craft.play("takeoff")
    stage.sfx("ufo_takeoff")
    return UfoFlight(craft, craft.y, craft.y - 200, 150, "idle", vanish=True)
