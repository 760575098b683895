"""The one-line notice over everything (`App.notify`: "Saved.", a file that could not be read): at
the top of the screen in the player's text size and contrast, moved down clear of what the scenes
show there (the corner buttons, the objective line: see Scene.covers)."""

from __future__ import annotations

import pygame

from game.ui.text import ui_colour, ui_font

MARGIN = 4


def notice_box(bounds: pygame.Rect, text: str, clear_of: list[pygame.Rect]) -> tuple[list[str], pygame.Rect]:
    """The notice's rows and box: centred, as high as it is clear of `clear_of` (at the top all
    the same when nothing is). The highest clear place, so a list that only adds rects clear of
    that place (the name tags, which keep clear of it) finds the same one."""
    small = ui_font("small")
    rows = small.wrap(text, bounds.w - MARGIN * 4)
    box = pygame.Rect(0, 0, max(small.width(r) for r in rows) + MARGIN * 2, len(rows) * small.line_height + 4)
    box.midtop = bounds.midtop
    for y in range(bounds.top, bounds.bottom - box.h + 1):
        spot = box.move_to(y=y)
        if spot.collidelist(clear_of) < 0:
            return rows, spot
    return rows, box


def draw_notice(surface: pygame.Surface, rows: list[str], box: pygame.Rect, problem: bool) -> None:
    """Red for a problem, plum for news (black with high contrast)."""
    small = ui_font("small")
    surface.fill(ui_colour("red_dark" if problem else "plum"), box)
    for i, row in enumerate(rows):
        small.draw(surface, row, (box.x + MARGIN, box.y + 2 + i * small.line_height), ui_colour("white"))
