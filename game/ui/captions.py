"""Drawing the sound captions: top right, under any notice, in the text size and contrast the
player chose for dialogue."""

from __future__ import annotations

import pygame

from game.palette import colour
from game.ui.text import font

MARGIN = 4


def draw_captions(surface: pygame.Surface, lines: list[str], settings: dict) -> None:
    f = font("small")
    scale = 2 if settings.get("text_size") == "large" else 1
    contrast = settings.get("high_contrast")
    y = 18 * scale  # clear of the one-line notices at the top
    for text in lines:
        width = f.width(text) * scale
        height = f.line_height * scale
        box = pygame.Rect(surface.get_width() - width - MARGIN * 3, y, width + MARGIN * 2, height + 2)
        panel = pygame.Surface(box.size, pygame.SRCALPHA)
        panel.fill((*colour("black")[:3], 255 if contrast else 190))
        surface.blit(panel, box)
        f.draw(surface, text, (box.x + MARGIN, box.y + 1), colour("white" if contrast else "cyan"), scale=scale)
        y = box.bottom + 2
