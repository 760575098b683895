"""Small labelled buttons for the mouse (the dialogue box's quick menu, the telescope's): laid out
in a row, found under a click, drawn lit (a mode that is on), dim (nothing to do now) or
highlighted under the pointer, in the player's text size and contrast. Each stands for an action
and does what that action's key does."""

from __future__ import annotations

import pygame

from game.ui.hud import panel
from game.ui.text import ui_colour, ui_font

Button = tuple[str, str, pygame.Rect]  # (action, label, where on the canvas)
GAP = 2


def button_row(items: list[tuple[str, str]], right: int, bottom: int) -> list[Button]:
    """(action, label) items as buttons in a row that ends at `right` and sits on `bottom`."""
    small = ui_font("small")
    h = small.line_height + 4
    x = right
    buttons = []
    for action, label in reversed(items):
        w = small.width(label) + 6
        x -= w
        buttons.append((action, label, pygame.Rect(x, bottom - h, w, h)))
        x -= GAP
    return buttons[::-1]


def clicked(buttons: list[Button], clicks) -> str:
    """The action of the button a left click landed on, else ""."""
    for cx, cy, button in clicks:
        for action, _label, rect in buttons:
            if button == 1 and rect.collidepoint(cx, cy):
                return action
    return ""


def by_action(buttons: list[Button]) -> dict[str, pygame.Rect]:
    """The buttons' rects by action: a scene's `click_targets`, for `click NAME` in mouse scripts."""
    return {action: rect for action, _label, rect in buttons}


def draw_buttons(surface: pygame.Surface, buttons: list[Button], pointer: tuple[int, int] | None,
                 lit: frozenset[str] | set[str] = frozenset(), dim: frozenset[str] | set[str] = frozenset()) -> None:
    small = ui_font("small")
    for action, label, rect in buttons:
        hover = pointer is not None and rect.collidepoint(pointer) and action not in dim
        surface.blit(panel(rect.size, 230), rect)
        tone = "yellow" if hover else "acid" if action in lit else None
        pygame.draw.rect(surface, ui_colour(tone or "grey_dark"), rect, 1)
        small.draw(surface, label, (rect.x + 3, rect.y + 2), ui_colour("grey_dark" if action in dim else tone or "grey_light"))
