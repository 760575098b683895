"""Johann's telescope: the penthouse building across the street in a round, wobbling lens
(`<<overlay telescope [MARKER] [ACTOR@MARKER ...]>>`), and the telescope as a task
(`<<telescope UNTIL [ACTOR@MARKER ...]>>`): keep the craft in the lens long enough to log it.

The task (chapter 4 at the deck, chapter 8 at Sylvia's window): the craft drifts over the roof of
no. 44 and goes out of sight behind whatever the picture draws over people (the water towers) and
in the steam rising from the picture's `steam_*` markers. Held in the lens while in sight for
LOG_TICKS, it is logged: an entry in Johann's notebook with the time and what it did
(game/story/notebook.py). The night's clock, `$clock`, runs on while he watches (TICKS_PER_MINUTE);
the view closes itself at UNTIL, or earlier when the player looks away (and goes on from there
next time). It sets `$telescope_logged` to the sightings logged in that look. It is play, not a
cutscene: skip does not end it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import pygame

from game.director import Scene
from game.palette import colour
from game.pieces import glide
from game.pieces.ufo import _disc  # the cached glow disc the alien's view uses
from game.stage.registry import ActorAt, Arg, CommandError, Marker, Optional, Rest, command
from game.story import notebook
from game.ui.buttons import GAP, Button, button_row, by_action, clicked, draw_buttons
from game.ui.hud import panel
from game.ui.text import ui_colour, ui_font
from game.world.actors import Actor
from game.timing import TICK_RATE
from game.ui.strings import tr

ZOOM = 2  # the telescope's magnification
FACADE = "facade"  # the map the telescope looks at


@lru_cache(maxsize=2)
def _lens(size: tuple[int, int], radius: int) -> pygame.Surface:
    """Dark all round a clear circle at its centre; twice the canvas so it can wobble."""
    mask = pygame.Surface((size[0] * 2, size[1] * 2), pygame.SRCALPHA)
    mask.fill((*colour("black"), 255))
    pygame.draw.circle(mask, (0, 0, 0, 0), size, radius)
    return mask


class TelescopeView(Scene):
    """Johann's telescope: the penthouse building across the street (the `facade` map) in a round,
    wobbling lens. Arrows, the stick or a click steer it; interact (or the Note button) notes what is
    in view (`$telescope_saw` gets the name of the nearest marker) and lowers the telescope; cancel
    (or a right-click, or the Look away button) lowers it.

    Who is at which window comes from the facade map's `npc` objects (with their conditions) and
    from the command: `<<overlay telescope window_living margaret@window_living>>` aims at a marker
    and puts people at markers."""

    opaque = True
    pauses_below = False
    takes_control = True
    pausable = True
    back_keys = True  # Esc, B and a right-click look away: Start and the II button pause
    LENS = 100

    def __init__(self, app, aim: str = "", *people: tuple[str, str]) -> None:
        super().__init__(app)
        from game.world.level import load_level
        from game.story.chapters import night_of
        from game.world.lighting import Lighting
        from game.world.render import MapView
        from game.world.world import World
        self.level = load_level(FACADE, lambda: app.ticks)
        self.world = World(self.level, app.story, condition=app.condition)  # people at windows come from the facade's npc objects
        for who, where in people:  # (actor, marker) pairs, checked by the command
            marker = self.level.doc.find("marker", where)
            self.world.actors[who] = Actor(who, marker.x, marker.y + marker.height)
        lighting = Lighting(str(self.level.prop("ambient", "") or ""), self.level.doc.objects_of("light"),
                            night_of(app.story.chapter))
        self.mapview = MapView(self.level, lighting)
        self._view = pygame.Surface((app.canvas.get_width() // ZOOM, app.canvas.get_height() // ZOOM))
        self._picture = pygame.Surface(self.level.doc.pixel_size)
        self.landed = []  # the craft standing on the roof line, when the story has it on the roof
        spot = self.level.doc.find("marker", "ufo_over_roof")
        if spot is not None and craft_on_the_roof(app):
            self.landed = [Craft("landed")]
            self.landed[0].x, self.landed[0].y = spot.x, spot.y
        start = self.level.doc.find("marker", aim) if aim else None
        w, h = self.level.doc.pixel_size
        self.gaze = [start.x, start.y] if start else [w / 2, h / 2]
        self.aim: tuple[float, float] | None = None  # where a click asked the lens to go
        self.t = 0

    def update(self, is_top: bool) -> None:
        self.t += 1
        if not is_top:
            return
        inp = self.app.input
        button = clicked(self.buttons(), inp.clicks)
        if not button:
            self.steer()
        if self.t > 10 and ("interact" in inp.pressed or button == "interact"):
            self.app.story.variables["$telescope_saw"] = self.looking_at()
            self.skip()
        elif self.t > 10 and (self.looks_away() or button == "cancel" or "skip" in inp.held):
            self.skip()

    def looks_away(self) -> bool:
        """Esc, B, or a right-click (Start pauses, as it does everywhere)."""
        inp = self.app.input
        return "cancel" in inp.pressed or any(b == 3 for *_, b in inp.clicks)

    def buttons(self) -> list[Button]:
        """The mouse's Note and Look away, bottom right, over the hint line."""
        w, _h = self.app.canvas.get_size()
        items = [("interact", tr("telescope.note")), ("cancel", tr("telescope.away"))]
        return button_row(items, w - 8, self.hint_box()[1].y - GAP)

    def hint_box(self) -> tuple[list[str], pygame.Rect]:
        """The hint line's rows and panel, centred at the foot of the screen, in the text size."""
        small = ui_font("small")
        w, h = self.app.canvas.get_size()
        rows = small.wrap(tr(self.hint), w - 16)
        box = pygame.Rect(0, 0, max(small.width(r) for r in rows) + 8, len(rows) * small.line_height + 2)
        box.midbottom = (w // 2, h - 2)
        return rows, box

    def covers(self) -> list[pygame.Rect]:
        """The hint line and the buttons: captions and the notice keep clear of them."""
        return [self.hint_box()[1]] + [rect for _action, _label, rect in self.buttons()]

    def click_targets(self) -> dict[str, pygame.Rect]:
        return by_action(self.buttons())

    def steer(self) -> None:
        """Arrows or the stick move the lens; a left click sends it gliding to the point clicked."""
        inp = self.app.input
        for x, y in [(x, y) for x, y, button in inp.clicks if button == 1]:
            ox, oy = self.offset()  # where the lens looks now, drawn or not (headless runs)
            self.aim = (x / ZOOM - ox, y / ZOOM - oy)  # the picture's pixel under the click
        self.aim = glide(self.gaze, inp.move_vector(), self.aim, self.level.doc.pixel_size)

    def offset(self) -> tuple[int, int]:
        """Picture pixel + offset = pixel of the view before magnifying: the gaze at its centre."""
        w, h = self._view.get_size()
        return round(w / 2 - self.gaze[0]), round(h / 2 - self.gaze[1])

    def looking_at(self) -> str:
        markers = self.level.doc.objects_of("marker")
        near = min(markers, key=lambda m: math.dist((m.x, m.y), self.gaze), default=None)
        return near.name if near is not None and math.dist((near.x, near.y), self.gaze) <= 48 else ""

    def draw(self, surface: pygame.Surface) -> None:
        w, h = surface.get_size()
        # The lens magnifies twice. The whole picture is drawn, then the part around the gaze goes in
        # the lens, which stays in the middle of the screen even at the picture's edges (beyond them,
        # more of its night sky).
        picture = self._picture
        pw, ph = picture.get_size()
        ox, oy = self.mapview.draw(picture, (pw / 2, ph / 2), self.things(), self.app.ticks)
        for person in self.world.actors.values():  # black against the light, so drawn after it
            if person.visible:
                shape = _shape(person.image(self.app.ticks))
                picture.blit(shape, shape.get_rect(midbottom=(round(person.x) + ox, round(person.y) + oy)))
        self.draw_over(picture)
        view = self._view
        view.fill(picture.get_at((0, 0)))
        view.blit(picture, self.offset())
        pygame.transform.scale(view, (w, h), surface)
        cx, cy = self.lens_centre()
        surface.blit(_lens((w, h), self.LENS), (cx - w, cy - h))
        pygame.draw.circle(surface, colour("steel_dark"), (cx, cy), self.LENS + 1, 3)
        pygame.draw.line(surface, colour("grey"), (cx - 8, cy), (cx + 8, cy))
        pygame.draw.line(surface, colour("grey"), (cx, cy - 8), (cx, cy + 8))
        small = ui_font("small")
        rows, box = self.hint_box()
        surface.blit(panel(box.size, 160), box)
        for i, row in enumerate(rows):
            small.draw(surface, row, (box.centerx, box.y + 1 + i * small.line_height), ui_colour("grey_light"), align="center")
        draw_buttons(surface, self.buttons(), self.app.input.mouse_pos)

    hint = "telescope.hint"  # a UI string

    def things(self) -> list:
        """What is drawn in the lit picture besides its tiles: the craft on the roof line (the
        people at the windows are drawn after the light, as shapes: see draw)."""
        return list(self.landed)

    def draw_over(self, picture: pygame.Surface) -> None:
        """Drawn over the lit picture (the tracking task's craft light and steam)."""

    def lens_centre(self) -> tuple[int, int]:
        w, h = self.app.canvas.get_size()
        return w // 2 + int(2 * math.sin(self.t / 23)), h // 2 + int(2 * math.cos(self.t / 31))

    def describe(self) -> dict:
        return {"scene": "TelescopeView", "gaze": [round(self.gaze[0]), round(self.gaze[1])],
                "looking_at": self.looking_at()}


TICKS_PER_MINUTE = 240  # four seconds of watching is a minute of the night
LOG_TICKS = 100  # in the lens and in sight this long: logged
MINUTES_BETWEEN_LOGS = 3  # one entry per sighting, not one a second
IN_LENS = 30  # map pixels from the lens's centre to the craft (the lens is 50 across at the picture's scale)
# what Johann adds under each sighting, in turn
AFTERTHOUGHTS = 6  # the UI strings telescope.after_1 to _6
STEAM_PERIOD = 420  # ticks between two puffs of one vent
STEAM_LIFE = 600


@lru_cache(maxsize=4)
def _craft_frames(animation: str = "idle") -> list[pygame.Surface]:
    """The craft at half size: from the deck or across the street it is small."""
    from game.world.props import frames
    images, animations = frames("ufo")
    anim = animations.get(animation, {"first": 0, "count": len(images)})
    return [pygame.transform.scale_by(images[anim["first"] + i], 0.5) for i in range(anim["count"])]


def craft_on_the_roof(app) -> bool:
    """Whether the craft stands on the penthouse roof now: the roof map's `ufo` object says when."""
    from game.world.level import map_path
    from game.world.tmx import MapError, read_map
    try:
        craft = read_map(map_path("rooftop")).find("prop", "ufo")
    except MapError:
        return False
    return craft is not None and app.condition(craft.props.get("condition", ""))


@lru_cache(maxsize=8)
def _puff(radius: int, alpha: int) -> pygame.Surface:
    puff = pygame.Surface((radius * 2, radius * 2), pygame.SRCALPHA)
    pygame.draw.circle(puff, (*colour("grey"), alpha), (radius, radius), radius)
    pygame.draw.circle(puff, (*colour("grey_light"), alpha), (radius - radius // 3, radius - radius // 3), radius // 2)
    return puff


@lru_cache(maxsize=64)
def _shape(frame: pygame.Surface) -> pygame.Surface:
    """A person at a lit window across the street: only their shape, in black against the light
    (their sprite is drawn from above; the wall is seen front-on)."""
    shape = frame.copy()
    shape.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MULT)  # no colour, the alpha kept
    shape.fill((*colour("black"), 0), special_flags=pygame.BLEND_RGBA_ADD)
    return shape


class Craft:
    """The craft in the picture: a thing for MapView (x, y at its bottom centre, image), flying
    (idle) or standing on its legs (landed)."""

    def __init__(self, animation: str = "idle") -> None:
        self.x = self.y = 0.0
        self.visible = True
        self.animation = animation

    def image(self, tick: int) -> pygame.Surface:
        images = _craft_frames(self.animation)
        return images[(tick // 8) % len(images)]


class SightingView(TelescopeView):
    skippable = False

    def __init__(self, app, until: int, *people: tuple[str, str]) -> None:
        variables = app.story.variables
        try:
            self.start = notebook.parse_clock(str(variables.get("$clock", "")))
            self.until = until
        except ValueError as exc:
            raise CommandError(f"telescope: $clock: {exc} (set it before the first look)")
        super().__init__(app, "roof_edge", *people)
        self.hint = "telescope.track_hint"
        self.craft = Craft()
        w, _ = self.level.doc.pixel_size
        self.width = w
        self.cover = self._cover_rects()
        self.vents = [(m.x, m.y) for m in self.level.doc.objects_of("marker") if m.name.startswith("steam")]
        self.ticks = 0  # of this look
        self.progress = 0
        self.logged = 0
        self.last_log = int(variables.get("$telescope_last_log", -999))
        variables["$telescope_logged"] = 0
        self.place_craft()

    # -- the picture ---------------------------------------------------------------------------
    def _cover_rects(self) -> list[pygame.Rect]:
        """Cells of the picture drawn over people (the water towers): the craft is out of sight there."""
        level = self.level
        t = level.tile
        rects = []
        for layer in level.data.visible_tile_layers:
            if layer <= level.actor_layer:
                continue
            for y in range(level.doc.height):
                for x in range(level.doc.width):
                    if level.data.get_tile_image(x, y, layer):
                        rects.append(pygame.Rect(x * t, y * t, t, t))
        return rects

    @property
    def minute(self) -> int:
        return self.start + self.ticks // TICKS_PER_MINUTE

    def night_tick(self) -> int:
        """Ticks since noon on the night's clock: the craft's path goes on from look to look."""
        return self.start * TICKS_PER_MINUTE + self.ticks

    def craft_at(self, tick: int) -> tuple[float, float]:
        """A slow, uneven drift across the sky over the roof, lingering at its ends (behind the
        water towers) and dipping towards the roof."""
        k = tick / TICK_RATE
        margin = 40
        half = (self.width - 2 * margin) / 2
        x = margin + half + half * (0.8 * math.sin(k / 5.0) + 0.2 * math.sin(k / 1.7))
        y = 30 + 7 * math.sin(k / 3.1) + 3 * math.sin(k / 1.3)
        return x, y

    def puffs(self) -> list[tuple[float, float, int, int]]:
        """Steam from the vents: (x, y, radius, alpha) of each puff now in the air."""
        out = []
        now = self.night_tick()
        for i, (vx, vy) in enumerate(self.vents):
            phase = now + i * 173
            for age in range(phase % STEAM_PERIOD, STEAM_LIFE, STEAM_PERIOD):
                k = age / STEAM_LIFE
                radius = int(4 + 8 * k)
                x = vx + 10 * math.sin((phase - age) / 70 + i) + 12 * k
                out.append((x, vy - 4 - 30 * k, radius, int(110 * (1 - k))))
        return out

    def place_craft(self) -> None:
        self.craft.x, self.craft.y = self.craft_at(self.night_tick())

    def craft_centre(self) -> tuple[float, float]:
        return self.craft.x, self.craft.y - 6

    def hidden(self) -> str:
        """"tower" or "steam" when the craft is out of sight, else ""."""
        cx, cy = self.craft_centre()
        if any(r.collidepoint(cx, cy) for r in self.cover):
            return "tower"
        if any(math.dist((x, y), (cx, cy)) < r and alpha > 50 for x, y, r, alpha in self.puffs()):
            return "steam"
        return ""

    def in_lens(self) -> bool:
        return math.dist(self.craft_centre(), self.gaze) <= IN_LENS

    # -- play ----------------------------------------------------------------------------------
    def update(self, is_top: bool) -> None:
        self.t += 1
        if not is_top:
            return
        if self.minute >= self.until:
            self.lower()
            return
        self.ticks += 1
        if self.ticks % TICKS_PER_MINUTE == 0:
            self.app.story.variables["$clock"] = notebook.format_clock(self.minute)
        self.place_craft()
        away = clicked(self.buttons(), self.app.input.clicks)
        if not away:
            self.steer()
        can_log = self.minute >= self.last_log + MINUTES_BETWEEN_LOGS
        if can_log and self.in_lens() and not self.hidden():
            self.progress += 1
            if self.progress >= LOG_TICKS:
                self.log_sighting()
        else:
            self.progress = max(0, self.progress - 2)
        if self.t > 10 and (self.looks_away() or away):
            self.lower()

    def buttons(self) -> list[Button]:
        """Look away alone: the task logs by itself."""
        return [b for b in super().buttons() if b[0] == "cancel"]

    def readouts(self) -> list[tuple[str, pygame.Rect]]:
        """The night's clock top left and the sightings logged top right, in the text size."""
        small = ui_font("small")
        w, _h = self.app.canvas.get_size()
        clock, logged = notebook.format_clock(self.minute), tr("telescope.logged", self.logged)
        return [(clock, pygame.Rect(12, 10, small.width(clock), small.line_height)),
                (logged, pygame.Rect(w - 12 - small.width(logged), 10, small.width(logged), small.line_height))]

    def covers(self) -> list[pygame.Rect]:
        return super().covers() + [rect for _text, rect in self.readouts()]

    def log_sighting(self) -> None:
        variables = self.app.story.variables
        self.progress = 0
        self.logged += 1
        self.last_log = self.minute
        variables["$telescope_last_log"] = self.minute
        variables["$telescope_logged"] = self.logged
        notebook.add(variables, "johann", self.describe_craft())
        self.app.sfx("camera_shutter")

    def describe_craft(self) -> str:
        """What Johann writes: the time, where the craft is and what it does."""
        cx, cy = self.craft_centre()
        before = self.craft_at(self.night_tick() - 60)
        drift = cx - before[0]
        near_tower = any(abs(r.centerx - cx) < 40 for r in self.cover)
        near_steam = any(math.dist((x, y), (cx, cy)) < r + 16 for x, y, r, _ in self.puffs())
        where = "telescope.tower" if near_tower else "telescope.steam" if near_steam \
            else "telescope.high" if cy < 26 else "telescope.low"
        motion = "telescope.still" if abs(drift) < 3 else "telescope.east" if drift > 0 else "telescope.west"
        after = f"telescope.after_{notebook.count(self.app.story.variables, 'johann') % AFTERTHOUGHTS + 1}"
        return notebook.in_words("telescope.entry", notebook.format_clock(self.minute), where, motion, after)

    def lower(self) -> None:
        """The telescope is lowered: the clock keeps where the night got to."""
        self.app.story.variables["$clock"] = notebook.format_clock(self.minute)
        self.close()

    # -- drawing -------------------------------------------------------------------------------
    def things(self) -> list:
        return [self.craft]  # the one the task tracks, moving, not the one standing

    def draw_over(self, picture: pygame.Surface) -> None:
        if not self.hidden():  # its own light, which no palette colour is: a shifting hue
            hue = pygame.Color(0)
            hue.hsva = ((self.t // 10 * 30) % 360, 60, 50, 100)  # in steps: the glows are cached
            cx, cy = self.craft_centre()
            glow = _disc(6, (hue.r // 3, hue.g // 3, hue.b // 3))
            picture.blit(glow, (round(cx - 6), round(cy - 6)), special_flags=pygame.BLEND_RGB_ADD)
        for x, y, r, alpha in self.puffs():
            picture.blit(_puff(r, alpha // 16 * 16), (round(x - r), round(y - r)))

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        small = ui_font("small")
        for text, rect in self.readouts():
            small.draw(surface, text, rect.topleft, ui_colour("ice"))
        if self.progress:
            cx, cy = self.lens_centre()
            bar = pygame.Rect(cx - 30, cy + 60, 60, 4)
            pygame.draw.rect(surface, colour("ink"), bar)
            surface.fill(colour("acid"), (bar.x, bar.y, bar.w * self.progress // LOG_TICKS, bar.h))

    def describe(self) -> dict:
        cx, cy = self.craft_centre()
        return {**super().describe(), "scene": "SightingView", "clock": notebook.format_clock(self.minute),
                "craft": [round(cx), round(cy)], "hidden": self.hidden(), "in_lens": self.in_lens(),
                "progress": self.progress, "logged": self.logged}


@dataclass(frozen=True)
class Clock(Arg):
    """A time of the night, `23:55` (minutes after noon as the value)."""

    label: str = "HH:MM"

    def parse(self, text, known, earlier):
        try:
            return notebook.parse_clock(text)
        except ValueError as exc:
            raise CommandError(str(exc)) from None


@command("telescope", Clock("UNTIL"), Rest(ActorAt(on_map=FACADE)),
         doc="Johann tracks the craft over no. 44 and logs each sighting in his notebook until $clock reaches UNTIL")
def telescope(stage, until, people):
    return stage.play(SightingView, until, *people)


@command("overlay telescope", Optional(Marker(on_map=FACADE)), Rest(ActorAt(on_map=FACADE)),
         doc="Johann's telescope on the facade, aimed at a marker, with people at its windows")
def overlay_telescope(stage, aim, people):
    return stage.play(TelescopeView, aim or "", *people, beneath_talk=stage.nowait)
