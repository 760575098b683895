"""The chapter title card."""

from __future__ import annotations

import pygame

from game.director import Scene
from game.story.chapters import chapter_heading
from game.palette import colour
from game.ui.strings import story_text
from game.ui.text import font, high_contrast, text_scale, ui_colour, ui_font
from game.ui.widgets import image, ui_panel

CARD_TICKS = 200
RULE_Y, TITLE_Y = 118, 124  # the card's rule (card.png), the heading over it and the title under it


class TitleCard(Scene):
    """"Chapter 1 / Fashion Victims" over the card art; interact or skip ends it early."""

    opaque = True
    pauses_below = True
    pausable = True

    def __init__(self, app, chapter_id: str, title: str) -> None:
        super().__init__(app)
        self.chapter_id, self.title, self.t = chapter_id, title, 0
        self.words: pygame.Surface | None = None

    @property
    def heading(self) -> str:
        return chapter_heading(self.chapter_id)

    def update(self, is_top: bool) -> None:
        self.t += 1
        inp = self.app.input
        if self.t >= CARD_TICKS or (is_top and self.t > 20 and ("interact" in inp.pressed or inp.clicks or "skip" in inp.held)):
            self.skip()

    def draw(self, surface: pygame.Surface) -> None:
        art = image("sprites", "ui", "card.png")
        if art is not None:
            surface.blit(art, (0, 0))
        else:
            surface.fill(colour("black"))
        if self.words is None:
            self.words = self._words(surface.get_size())
        self.words.set_alpha(max(0, min(255, self.t * 8, (CARD_TICKS - self.t) * 8)))
        surface.blit(self.words, (0, 0))

    def _words(self, size: tuple[int, int]) -> pygame.Surface:
        """Heading and title on a layer of their own, made once and faded in and out: the heading
        over the card's rule, the title under it at twice the heading's text size (still whole
        pixels), wrapped if it is too long for a line; with high contrast on an opaque panel."""
        layer = pygame.Surface(size, pygame.SRCALPHA)
        small, body, scale = ui_font("small"), font("body"), 2 * text_scale()
        rows = body.wrap(story_text(self.title), (size[0] - 40) // scale)
        row_h = body.line_height * scale
        top = RULE_Y - 2 - small.line_height
        if high_contrast():
            width = max([small.width(self.heading.upper())] + [body.width(row) * scale for row in rows])
            box = pygame.Rect(0, 0, width + 24, TITLE_Y - top + len(rows) * row_h + 20)
            box.midtop = (size[0] // 2, top - 10)
            layer.blit(ui_panel(box.size), box)
        small.draw(layer, self.heading.upper(), (size[0] // 2, top), ui_colour("cyan"), align="center")
        for i, row in enumerate(rows):
            body.draw(layer, row, (size[0] // 2, TITLE_Y + i * row_h), ui_colour("white"),
                      shadow=ui_colour("plum"), align="center", scale=scale)
        return layer

    def describe(self) -> dict:
        return {"scene": "TitleCard", "chapter": self.chapter_id, "title": self.title}
