"""Timing games: strike poses on cue. The runway walk (chapter 3) poses on the beat of the club
track; the roof shoot (chapter 11) poses to the photographer's calls, on his flash.

Cues slide in from the right towards a ring; press the direction a cue shows while it is inside the
ring: an arrow key, the d-pad or the stick, or a click on the arrow buttons under the ring (the same
timing for all of them). The result goes to `$<name>_score` (hits), `$<name>_misses` and `$<name>_result`
(perfect / good / poor). While a cue is in the ring, `$<name>_cue` names it, so a script can play
(`until runway_cue == "left"`, then `press left`).
"""

from __future__ import annotations

import pygame

from game.director import Scene
from game.palette import colour
from game.stage.registry import command
from game.ui.text import font
from game.timing import TICK_RATE
from game.ui.strings import tr

WINDOW = 6  # ticks either side of the cue that count as a hit
RING_X, LANE_Y = 96, 226
SPEED = 2.5  # px per tick the cues slide
ARROWS = {"left": "<", "up": "^", "down": "v", "right": ">"}  # in the order of the buttons
BUTTON, GAP = 22, 3  # the mouse's arrow buttons, in a row under the ring
LIT_TICKS = 8  # a button lights up this long when its direction is pressed, by any device


def arrow_buttons() -> dict[str, pygame.Rect]:
    """Where the arrow buttons are on the canvas: a row under the lane, centred on the ring."""
    row = len(ARROWS) * BUTTON + (len(ARROWS) - 1) * GAP
    x, y = RING_X - row // 2, LANE_Y + 19
    return {d: pygame.Rect(x + i * (BUTTON + GAP), y, BUTTON, BUTTON) for i, d in enumerate(ARROWS)}


def arrow_shape(direction: str, centre: tuple[int, int], r: int = 6) -> list[tuple[int, int]]:
    """A solid triangle pointing that way."""
    cx, cy = centre
    tip, back = {"left": ((-1, 0), (1, 0)), "right": ((1, 0), (-1, 0)),
                 "up": ((0, -1), (0, 1)), "down": ((0, 1), (0, -1))}[direction]
    side = (back[1], back[0])
    return [(cx + tip[0] * r, cy + tip[1] * r),
            (cx + back[0] * r + side[0] * r, cy + back[1] * r + side[1] * r),
            (cx + back[0] * r - side[0] * r, cy + back[1] * r - side[1] * r)]


class PoseScene(Scene):
    """One lane of cues at given ticks; subclasses say when (`cue_ticks`), what it is called and
    what the player is told."""

    name = ""  # the story variables' prefix
    music = ""  # a track to start, or "" to keep the map's
    hint = ""
    opaque = False
    pauses_below = False
    skippable = False  # it is play, not a cutscene
    takes_control = True
    pausable = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.t = 0
        self.cues = self.cue_ticks()
        self.judged: dict[int, str] = {}  # cue index -> "hit" | "miss"
        self.feedback, self.feedback_t = "", 0
        self.lit: dict[str, int] = {}  # direction -> the tick it was last pressed
        self.end_t = self.cues[-1][0] + 60

    def cue_ticks(self) -> list[tuple[int, str]]:
        raise NotImplementedError

    def enter(self) -> None:
        if self.music and self.app.audio is not None:
            self.app.audio.play_music(self.music)

    def exit(self) -> None:
        hits = sum(1 for v in self.judged.values() if v == "hit")
        misses = len(self.cues) - hits
        v = self.app.story.variables
        v[f"${self.name}_score"], v[f"${self.name}_misses"] = hits, misses
        v[f"${self.name}_result"] = "perfect" if misses == 0 else "good" if hits >= len(self.cues) * 0.6 else "poor"
        v[f"${self.name}_cue"] = ""

    def cue_in_ring(self) -> int | None:
        for i, (at, _) in enumerate(self.cues):
            if i not in self.judged and abs(self.t - at) <= WINDOW:
                return i
        return None

    def update(self, is_top: bool) -> None:
        self.t += 1
        current = self.cue_in_ring()
        self.app.story.variables[f"${self.name}_cue"] = self.cues[current][1] if current is not None else ""
        if is_top:
            for direction in self.pressed_directions():
                self.lit[direction] = self.t
                if current is not None and self.cues[current][1] == direction:
                    self.judged[current] = "hit"
                    self.hit(current, abs(self.t - self.cues[current][0]) <= 2)
                    current = None
                else:
                    self._say(tr(self.off_word))
        for i, (at, _) in enumerate(self.cues):
            if i not in self.judged and self.t - at > WINDOW:
                self.judged[i] = "miss"
                self._say(self.miss_word(i))
        if self.t >= self.end_t:
            self.close()

    off_word = "runway.off"  # UI strings: what is said of a pose off the cue, a good one, a miss
    words = ("runway.spot_on", "runway.hit")

    def pressed_directions(self) -> list[str]:
        """The directions pressed this tick: keys, d-pad and stick as actions, and clicks on the
        arrow buttons."""
        inp = self.app.input
        pressed = [d for d in ARROWS if d in inp.pressed]
        buttons = arrow_buttons()
        for x, y, button in inp.clicks:
            pressed += [d for d, rect in buttons.items() if button == 1 and rect.collidepoint(x, y)]
        return pressed

    def click_targets(self) -> dict[str, pygame.Rect]:
        """What a mouse script may `click` by name: the arrow buttons."""
        return arrow_buttons()

    def pulsing(self) -> bool:
        """The ring beats: here when a cue is at it."""
        return any(0 <= self.t - at < 4 for at, _ in self.cues)

    def hit(self, cue: int, spot_on: bool) -> None:
        self._say(tr(self.words[0] if spot_on else self.words[1]))
        self.app.sfx("camera_flash")

    def miss_word(self, cue: int) -> str:
        return tr("runway.miss")

    def _say(self, text: str) -> None:
        self.feedback, self.feedback_t = text, self.t

    def draw(self, surface: pygame.Surface) -> None:
        w = surface.get_width()
        lane = pygame.Surface((w, 34), pygame.SRCALPHA)
        lane.fill((*colour("black"), 210))
        surface.blit(lane, (0, LANE_Y - 17))
        pygame.draw.line(surface, colour("plum"), (0, LANE_Y - 17), (w, LANE_Y - 17))
        pulse = 13 + (2 if self.pulsing() else 0)
        pygame.draw.circle(surface, colour("magenta"), (RING_X, LANE_Y), pulse, 2)
        body = font("body")
        for i, (at, direction) in enumerate(self.cues):
            x = RING_X + (at - self.t) * SPEED
            if -20 < x < w + 20 and i not in self.judged:
                pygame.draw.circle(surface, colour("cyan"), (round(x), LANE_Y), 9)
                pygame.draw.polygon(surface, colour("black"), arrow_shape(direction, (round(x), LANE_Y), 5))
        hits = sum(1 for v in self.judged.values() if v == "hit")
        small = font("small")
        small.draw(surface, tr("runway.poses", hits, len(self.cues)), (w - 8, LANE_Y - 14), colour("yellow"), align="right")
        small.draw(surface, tr(self.hint), (w // 2, LANE_Y - 28), colour("ice"), shadow=colour("black"), align="center")
        self.draw_buttons(surface)
        if self.feedback and self.t - self.feedback_t < 30:
            body.draw(surface, self.feedback, (RING_X, LANE_Y - 44), colour("acid"), shadow=colour("black"),
                      align="center")

    def draw_buttons(self, surface: pygame.Surface) -> None:
        """The arrow buttons: lit when pressed, framed yellow under the pointer."""
        pointer = self.app.input.mouse_pos
        for direction, rect in arrow_buttons().items():
            lit = direction in self.lit and self.t - self.lit[direction] < LIT_TICKS
            panel = pygame.Surface(rect.size, pygame.SRCALPHA)
            panel.fill((*colour("cyan"), 255) if lit else (*colour("ink"), 225))
            surface.blit(panel, rect)
            hover = pointer is not None and rect.collidepoint(pointer)
            pygame.draw.rect(surface, colour("yellow" if hover else "cyan"), rect, 1)
            pygame.draw.polygon(surface, colour("black" if lit else "cyan"), arrow_shape(direction, rect.center))

    def describe(self) -> dict:
        return {"scene": type(self).__name__, "t": self.t, "judged": len(self.judged), "cues": len(self.cues)}


class RunwayScene(PoseScene):
    """The runway walk: poses on the beat of the club track."""

    name, music, hint = "runway", "club", "runway.hint"
    BPM = 124
    PATTERN = "left right up . left right down . up up left right . down left right"
    LEAD_IN = 120  # ticks before the first cue reaches the ring

    def pulsing(self) -> bool:
        return (self.t - self.LEAD_IN) % round(TICK_RATE * 60 / self.BPM) < 4

    def cue_ticks(self) -> list[tuple[int, str]]:
        beat = TICK_RATE * 60 / self.BPM
        return [(round(self.LEAD_IN + i * beat), d) for i, d in enumerate(self.PATTERN.split()) if d != "."]


class ShootScene(PoseScene):
    """The roof shoot: the photographer calls a pose, and the flash comes when the cue reaches the
    ring; strike it then. No beat to it: he shoots when he likes, and Jimmy heckles every miss."""

    name, hint = "shoot", "shoot.hint"
    # (ticks after the last cue, pose): an uneven photographer's rhythm
    CALLS = [(110, "up"), (50, "left"), (40, "right"), (60, "down"), (35, "up"), (35, "up"),
             (70, "right"), (45, "left"), (55, "down"), (30, "up")]
    HECKLES = 5  # Jimmy's: the UI strings shoot.heckle_1 to _5, in turn
    off_word = "shoot.off"
    words = ("shoot.spot_on", "shoot.hit")

    def cue_ticks(self) -> list[tuple[int, str]]:
        cues, t = [], 0
        for gap, pose in self.CALLS:
            t += gap
            cues.append((t, pose))
        return cues

    def hit(self, cue: int, spot_on: bool) -> None:
        super().hit(cue, spot_on)
        explore = self.app.explore()
        if explore is not None:  # the flash on the roof; a soft pulse with reduce flashing on
            gentle = self.app.settings.get("reduce_flashing")
            explore.effects.flash, explore.effects.flash_max = (20, 70) if gentle else (8, 200)

    def miss_word(self, cue: int) -> str:
        return tr("shoot.heckle", tr(f"shoot.heckle_{cue % self.HECKLES + 1}"))

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        upcoming = next(((at, d) for i, (at, d) in enumerate(self.cues) if i not in self.judged), None)
        if upcoming is not None and upcoming[0] - self.t < 70:
            font("body").draw(surface, tr("shoot.call", tr(f"shoot.{upcoming[1]}")), (surface.get_width() // 2, 20),
                              colour("yellow"), shadow=colour("black"), align="center")


@command("runway", doc="the runway walk: poses on the beat; sets $runway_score and $runway_result")
def runway(stage):
    return stage.play(RunwayScene)


@command("shoot", doc="the roof shoot: poses to the photographer's calls, on the flash; sets $shoot_score and $shoot_result")
def shoot(stage):
    return stage.play(ShootScene)
