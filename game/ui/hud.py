"""What the map shows over play: the objective line in the top-left corner.

The line appears when the objective changes (once the player has control again), stays a few
seconds, fades, and comes back while `hints` is held (or the mouse's corner button is clicked)."""

from __future__ import annotations

import pygame

from game.palette import colour
from game.ui.text import font

SHOW_TICKS = 300  # 5 s on screen after a change
FADE_TICKS = 60
WIDTH = 260
AT = (6, 6)


class ObjectiveLine:
    def __init__(self) -> None:
        self.text = ""  # what was last shown (a loaded game announces its objective once)
        self.left = 0  # ticks still to show

    def update(self, objective: str, playing: bool, recall: bool) -> None:
        """`playing`: the player has control (a line set mid-talk waits for the talk to end)."""
        if objective != self.text and playing:
            self.text, self.left = objective, SHOW_TICKS + FADE_TICKS
        elif recall and playing and self.text:
            self.left = max(self.left, FADE_TICKS + 30)
        elif playing:
            self.left = max(0, self.left - 1)

    @property
    def visible(self) -> bool:
        return bool(self.text) and self.left > 0

    def draw(self, surface: pygame.Surface) -> None:
        if not self.visible:
            return
        small = font("small")
        lines = small.wrap(self.text, WIDTH)[:3]
        h = len(lines) * small.line_height + 6
        w = max(small.width(line) for line in lines) + 14
        panel = pygame.Surface((w, h), pygame.SRCALPHA)
        panel.fill((*colour("ink"), 200))
        pygame.draw.rect(panel, colour("yellow"), (0, 0, 2, h))  # the objective's mark
        for i, line in enumerate(lines):
            small.draw(panel, line, (8, 3 + i * small.line_height), colour("white"))
        panel.set_alpha(min(255, 255 * self.left // FADE_TICKS))
        surface.blit(panel, AT)
