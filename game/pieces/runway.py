"""The runway walk: strike the poses on the beat of the club track.

Cues slide in from the right towards a ring; press the direction a cue shows while it is inside the
ring. The result goes to `$runway_score` (hits), `$runway_misses` and `$runway_result`
(perfect / good / poor). While a cue is in the ring, `$runway_cue` names it, so a script can play
(`until runway_cue == "left"`, then `press left`).
"""

from __future__ import annotations

import pygame

from game.director import Scene
from game.palette import colour
from game.stage.registry import command
from game.ui.text import font

BPM = 124
TICKS_PER_BEAT = 60 * 60 / BPM  # 29.03 ticks
PATTERN = "left right up . left right down . up up left right . down left right"
LEAD_IN = 120  # ticks before the first cue reaches the ring
WINDOW = 6  # ticks either side of the beat that count as a hit
RING_X, LANE_Y = 96, 226
SPEED = 2.5  # px per tick the cues slide
ARROWS = {"left": "<", "right": ">", "up": "^", "down": "v"}


class RunwayScene(Scene):
    opaque = False
    pauses_below = False
    skippable = False  # it is play, not a cutscene: holding skip does not end it
    takes_control = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.t = 0
        self.cues = [(round(LEAD_IN + i * TICKS_PER_BEAT), d) for i, d in enumerate(PATTERN.split()) if d != "."]
        self.judged: dict[int, str] = {}  # cue index -> "hit" | "miss"
        self.feedback, self.feedback_t = "", 0
        self.end_t = self.cues[-1][0] + 60

    def enter(self) -> None:
        if self.app.audio is not None:
            self.app.audio.play_music("club")

    def exit(self) -> None:
        hits = sum(1 for v in self.judged.values() if v == "hit")
        misses = len(self.cues) - hits
        v = self.app.story.variables
        v["$runway_score"], v["$runway_misses"] = hits, misses
        v["$runway_result"] = "perfect" if misses == 0 else "good" if hits >= len(self.cues) * 0.6 else "poor"
        v["$runway_cue"] = ""

    def cue_in_ring(self) -> int | None:
        for i, (at, _) in enumerate(self.cues):
            if i not in self.judged and abs(self.t - at) <= WINDOW:
                return i
        return None

    def update(self, is_top: bool) -> None:
        self.t += 1
        current = self.cue_in_ring()
        self.app.story.variables["$runway_cue"] = self.cues[current][1] if current is not None else ""
        if is_top:
            pressed = [d for d in ARROWS if d in self.app.input.pressed]
            for direction in pressed:
                if current is not None and self.cues[current][1] == direction:
                    self.judged[current] = "hit"
                    self._say("Strike!" if abs(self.t - self.cues[current][0]) <= 2 else "Pose")
                    self.app.sfx("camera_flash")
                    current = None
                else:
                    self._say("Off the beat")
        for i, (at, _) in enumerate(self.cues):
            if i not in self.judged and self.t - at > WINDOW:
                self.judged[i] = "miss"
                self._say("Stumble")
        if self.t >= self.end_t:
            self.app.director.pop(self)

    def _say(self, text: str) -> None:
        self.feedback, self.feedback_t = text, self.t

    def draw(self, surface: pygame.Surface) -> None:
        w = surface.get_width()
        lane = pygame.Surface((w, 34), pygame.SRCALPHA)
        lane.fill((11, 10, 18, 210))
        surface.blit(lane, (0, LANE_Y - 17))
        pygame.draw.line(surface, colour("plum"), (0, LANE_Y - 17), (w, LANE_Y - 17))
        pulse = 13 + (2 if (self.t - LEAD_IN) % round(TICKS_PER_BEAT) < 4 else 0)
        pygame.draw.circle(surface, colour("magenta"), (RING_X, LANE_Y), pulse, 2)
        body = font("body")
        for i, (at, direction) in enumerate(self.cues):
            x = RING_X + (at - self.t) * SPEED
            if -20 < x < w + 20 and i not in self.judged:
                pygame.draw.circle(surface, colour("cyan"), (round(x), LANE_Y), 9)
                body.draw(surface, ARROWS[direction], (round(x), LANE_Y - 6), colour("black"), align="center")
        hits = sum(1 for v in self.judged.values() if v == "hit")
        small = font("small")
        small.draw(surface, f"POSES {hits}/{len(self.cues)}", (w - 8, LANE_Y - 14), colour("yellow"), align="right")
        small.draw(surface, "Press the arrow as it crosses the ring", (w // 2, LANE_Y - 28), colour("ice"),
                   shadow=colour("black"), align="center")
        if self.feedback and self.t - self.feedback_t < 30:
            body.draw(surface, self.feedback, (RING_X, LANE_Y - 44), colour("acid"), shadow=colour("black"),
                      align="center")

    def describe(self) -> dict:
        return {"scene": "RunwayScene", "t": self.t, "judged": len(self.judged), "cues": len(self.cues)}


@command("runway", doc="the runway walk: poses on the beat; sets $runway_score and $runway_result")
def runway(stage):
    return stage.play(RunwayScene)
