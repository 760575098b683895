"""Drawing the sound captions: at the foot of the screen as subtitles are, newest lowest, moved
up clear of what the scenes show (the dialogue box, the HUD), in the text size and contrast the
player chose."""

from __future__ import annotations

import pygame

from game.ui.hud import panel
from game.ui.text import ui_colour, ui_font

MARGIN = 4


def caption_boxes(bounds: pygame.Rect, lines: list[str], clear_of: list[pygame.Rect]) -> list[tuple[list[str], pygame.Rect]]:
    """Each caption's rows and box, stacked up from the foot of the canvas: centred, else at the
    left or the right edge, whichever is clear of `clear_of`, else higher up. When they do not all
    fit, the oldest give way."""
    for first in range(len(lines)):
        placed = _stack(bounds, lines[first:], clear_of)
        if placed is not None:
            return placed
    return []


def _stack(bounds: pygame.Rect, lines: list[str], clear_of: list[pygame.Rect]):
    small = ui_font("small")
    bottom, placed = bounds.bottom - MARGIN, []
    for text in reversed(lines):
        rows = small.wrap(text, bounds.w - MARGIN * 4)
        box = pygame.Rect(0, 0, max(small.width(r) for r in rows) + MARGIN * 2, len(rows) * small.line_height + 2)
        box.bottom = bottom
        while True:
            spots = [box.move_to(centerx=bounds.centerx), box.move_to(x=bounds.x + MARGIN),
                     box.move_to(right=bounds.right - MARGIN)]
            hits = [spot.collidelist(clear_of) for spot in spots]
            if min(hits) < 0:
                box = spots[hits.index(-1)]
                break
            box.bottom = max(clear_of[hit].top for hit in hits) - 2  # up past the lowest in the way
        if not bounds.contains(box):
            return None
        placed.append((rows, box))
        bottom = box.top - 2
    return placed[::-1]


def draw_captions(surface: pygame.Surface, lines: list[str], clear_of: list[pygame.Rect]) -> None:
    small = ui_font("small")
    tone = ui_colour("cyan")  # yellow with high contrast
    for rows, box in caption_boxes(surface.get_rect(), lines, clear_of):
        surface.blit(panel(box.size, 190), box)
        for i, row in enumerate(rows):
            small.draw(surface, row, (box.x + MARGIN, box.y + 1 + i * small.line_height), tone)
