"""The dialogue history: everything said so far, with speakers, scrollable."""

from __future__ import annotations

import pygame

from game.director import Scene, veil
from game.palette import colour
from game.scenes.dialogue import speaker_colour
from game.story.people import speaker_id
from game.ui.text import font
from game.ui.widgets import nine_slice
from game.ui.strings import tr

PANEL = pygame.Rect(24, 16, 432, 238)


class HistoryScene(Scene):
    opaque = False
    pauses_below = True

    def __init__(self, app) -> None:
        super().__init__(app)
        body = font("body")
        self.rows: list[tuple[str, str]] = []  # (speaker, text row)
        for speaker, text in app.said():
            for i, row in enumerate(body.wrap(text, PANEL.w - 110)):
                self.rows.append((speaker if i == 0 else "", row))
        self.visible = (PANEL.h - 28) // body.line_height
        self.top = max(0, len(self.rows) - self.visible)  # open at the newest line

    def update(self, is_top: bool) -> None:
        if not is_top:
            return
        inp = self.app.input
        if {"cancel", "history", "menu"} & inp.pressed or any(b == 3 for *_, b in inp.clicks):
            self.close()
            return
        step = ("down" in inp.pressed or "down" in inp.held and self.app.ticks % 4 == 0) \
            - ("up" in inp.pressed or "up" in inp.held and self.app.ticks % 4 == 0)
        for *_, b in inp.clicks:
            step += {4: -3, 5: 3}.get(b, 0)  # the mouse wheel arrives as buttons 4 and 5
        self.top = max(0, min(max(0, len(self.rows) - self.visible), self.top + step))

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size(), colour("black"), 200), (0, 0))
        surface.blit(nine_slice("panel", PANEL.size), PANEL)
        body = font("body")
        body.draw(surface, tr("history.title"), (PANEL.centerx, PANEL.y + 6), colour("magenta"), align="center")
        for i, (speaker, row) in enumerate(self.rows[self.top:self.top + self.visible]):
            y = PANEL.y + 22 + i * body.line_height
            if speaker:
                body.draw(surface, speaker, (PANEL.x + 96, y), speaker_colour(speaker_id(speaker)), align="right")
            body.draw(surface, row, (PANEL.x + 104, y), colour("white"))
        if not self.rows:
            body.draw(surface, tr("history.empty"), (PANEL.centerx, PANEL.centery), colour("grey"),
                      align="center")
        font("small").draw(surface, tr("history.help"), (PANEL.centerx, PANEL.bottom - 12),
                           colour("grey_light"), align="center")

    def describe(self) -> dict:
        return {"scene": "HistoryScene", "rows": len(self.rows), "top": self.top}
