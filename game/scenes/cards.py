"""The chapter title card."""

from __future__ import annotations

import pygame

from game.director import Scene
from game.story.chapters import chapter_heading
from game.palette import colour
from game.ui.strings import story_text
from game.ui.text import font
from game.ui.widgets import image

CARD_TICKS = 200


class TitleCard(Scene):
    """"Chapter 1 / Fashion Victims" over the card art; interact or skip ends it early."""

    opaque = True
    pauses_below = True

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
        """Heading and title on a layer of their own, made once and faded in and out."""
        layer = pygame.Surface(size, pygame.SRCALPHA)
        font("small").draw(layer, self.heading.upper(), (240, 106), colour("cyan"), align="center")
        # the title at twice the body size, still whole pixels
        text = font("body").render(story_text(self.title), colour("white"))
        shadow = font("body").render(story_text(self.title), colour("plum"))
        x = 240 - text.get_width()
        layer.blit(pygame.transform.scale_by(shadow, 2), (x + 2, 126))
        layer.blit(pygame.transform.scale_by(text, 2), (x, 124))
        return layer

    def describe(self) -> dict:
        return {"scene": "TitleCard", "chapter": self.chapter_id, "title": self.title}
