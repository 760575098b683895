"""The dialogue history: everything said so far, with speakers, scrollable."""

from __future__ import annotations

import pygame

from game.director import Scene, veil
from game.scenes.dialogue import speaker_colour
from game.story.people import speaker_id
from game.ui.text import ui_colour, ui_font
from game.ui.widgets import ui_panel
from game.ui.strings import tr

PANEL = pygame.Rect(24, 16, 432, 238)
NAME_COLUMN = 88  # names this wide fit left of the text; wider (large text) go on a row of their own


class HistoryScene(Scene):
    opaque = False
    pauses_below = True

    def __init__(self, app) -> None:
        super().__init__(app)
        body, small = ui_font("body"), ui_font("small")
        said = app.said()
        self.column = all(body.width(speaker or "") <= NAME_COLUMN for speaker, _ in said)
        self.rows: list[tuple[str, str]] = []  # (speaker, text row)
        for speaker, text in said:
            if self.column:
                rows = body.wrap(text, PANEL.w - 110)
                self.rows.extend((speaker if i == 0 else "", row) for i, row in enumerate(rows))
            else:
                self.rows.extend([(speaker, "")] if speaker else [])
                self.rows.extend(("", row) for row in body.wrap(text, PANEL.w - 24))
        self.first_y = PANEL.y + 10 + body.line_height
        self.visible = (PANEL.bottom - 6 - small.line_height - self.first_y) // body.line_height
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
        surface.blit(veil(surface.get_size(), ui_colour("black"), 200), (0, 0))
        surface.blit(ui_panel(PANEL.size), PANEL)
        body, small = ui_font("body"), ui_font("small")
        body.draw(surface, tr("history.title"), (PANEL.centerx, PANEL.y + 6), ui_colour("magenta"), align="center")
        for i, (speaker, row) in enumerate(self.rows[self.top:self.top + self.visible]):
            y = self.first_y + i * body.line_height
            if speaker:  # in the speaker's own colour; with high contrast every name is yellow
                name = speaker_colour(speaker_id(speaker))
                if self.column:
                    body.draw(surface, speaker, (PANEL.x + 96, y), name, align="right")
                else:
                    body.draw(surface, speaker, (PANEL.x + 12, y), name)
            body.draw(surface, row, (PANEL.x + (104 if self.column else 12), y), ui_colour("white"))
        if not self.rows:
            body.draw(surface, tr("history.empty"), (PANEL.centerx, PANEL.centery), ui_colour("grey"),
                      align="center")
        small.draw(surface, tr("history.help"), (PANEL.centerx, PANEL.bottom - 4 - small.line_height),
                   ui_colour("grey_light"), align="center")

    def describe(self) -> dict:
        return {"scene": "HistoryScene", "rows": len(self.rows), "top": self.top}
