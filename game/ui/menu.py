"""A vertical menu of text items: keyboard, gamepad and mouse, used by every menu screen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pygame

from game.ui.text import ui_colour, ui_font


@dataclass
class MenuItem:
    label: str
    action: Callable[[], None]
    enabled: bool = True


class Menu:
    """Rows in the player's text size; given a `height`, only the rows that fit are shown and the
    list scrolls to keep the selection in view (keys, pad, mouse wheel)."""

    def __init__(self, items: list[MenuItem], pos: tuple[int, int], width: int = 140,
                 align: str = "center", size: str = "body", height: int | None = None) -> None:
        self.items = items
        self.pos = pos
        self.width = width
        self.align = align
        self.size = size
        self.height = height
        self.top = 0
        self.index = next((i for i, it in enumerate(items) if it.enabled), 0)

    @property
    def font(self):
        return ui_font(self.size)

    @property
    def row_height(self) -> int:
        """A row of one line."""
        return self.font.line_height + 4

    def height_of(self, i: int) -> int:
        """How tall row i is: every row one line here (a ScrollMenu's may take two)."""
        return self.row_height

    def fitting(self, top: int) -> int:
        """How many rows from `top` on fit in the menu's height (one at least)."""
        if self.height is None:
            return len(self.items) - top
        n, used = 0, 0
        for i in range(top, len(self.items)):
            used += self.height_of(i)
            if used > self.height:
                break
            n += 1
        return max(1, n)

    @property
    def visible(self) -> int:
        return self.fitting(self.top)

    def row_rect(self, i: int) -> pygame.Rect:
        if not self.top <= i < self.top + self.visible:
            return pygame.Rect(-1000, -1000, 0, 0)  # scrolled out: not clickable
        x, y = self.pos
        left = x - self.width // 2 if self.align == "center" else x
        y += sum(self.height_of(j) for j in range(self.top, i))
        return pygame.Rect(left, y, self.width, self.height_of(i))

    def scroll_into_view(self) -> None:
        """The first row shown moved as little as keeps the selection in view, and no further
        down than leaves the last rows filling the list."""
        self.top = min(self.top, self.index)
        while self.top < self.index and self.top + self.fitting(self.top) <= self.index:
            self.top += 1
        while self.top > 0 and self.fitting(self.top - 1) == len(self.items) - self.top + 1:
            self.top -= 1

    def _move(self, step: int) -> None:
        for _ in range(len(self.items)):
            self.index = (self.index + step) % len(self.items)
            if self.items[self.index].enabled:
                return

    def handle(self, app) -> bool:
        """Read this tick's input; returns True if an item was chosen."""
        inp = app.input
        # the mouse wheel (its rollback/rollforward notches) steps through a list as up/down do
        if {"up", "rollback"} & inp.pressed:
            self._move(-1)
            app.sfx("ui_move")
        if {"down", "rollforward"} & inp.pressed:
            self._move(1)
            app.sfx("ui_move")
        self.scroll_into_view()
        if inp.mouse_pos is not None:
            for i in range(len(self.items)):
                if self.row_rect(i).collidepoint(inp.mouse_pos) and self.items[i].enabled:
                    self.index = i
        for cx, cy, button in inp.clicks:
            for i, item in enumerate(self.items):
                if button == 1 and item.enabled and self.row_rect(i).collidepoint(cx, cy):
                    self.index = i
                    return self.choose(app)
        if "interact" in inp.pressed:
            return self.choose(app)
        return False

    def choose(self, app) -> bool:
        item = self.items[self.index]
        if not item.enabled:
            return False
        app.sfx("ui_select")
        item.action()
        return True

    def label_y(self, rect: pygame.Rect) -> int:
        """Where a row's label is drawn: in the middle of its row."""
        return rect.y + (rect.height - self.font.line_height) // 2 + 1

    def draw(self, surface: pygame.Surface, tick: int = 0) -> None:
        for i in range(self.top, self.top + self.visible):
            item, rect = self.items[i], self.row_rect(i)
            selected = i == self.index
            if not item.enabled:
                col = ui_colour("grey")
            elif selected:
                col = ui_colour("yellow")
            else:
                col = ui_colour("white")
            if selected:
                bar = pygame.Surface(rect.size, pygame.SRCALPHA)
                bar.fill((*ui_colour("plum"), 170))
                surface.blit(bar, rect)
                pygame.draw.rect(surface, ui_colour("magenta"), rect, 1)
            ty = self.label_y(rect)
            if self.align == "center":
                self.font.draw(surface, item.label, (rect.centerx, ty), col, shadow=ui_colour("black"), align="center")
            else:
                self.font.draw(surface, item.label, (rect.x + 6, ty), col, shadow=ui_colour("black"))
        x = self.pos[0] if self.align == "center" else self.pos[0] + self.width // 2
        if self.top > 0:
            scroll_arrow(surface, x, self.pos[1] - 4, up=True)
        if self.top + self.visible < len(self.items):
            scroll_arrow(surface, x, self.row_rect(self.top + self.visible - 1).bottom + 2, up=False)


def scroll_arrow(surface: pygame.Surface, x: int, y: int, up: bool) -> None:
    """The small triangle that says a list goes on above (`up`) or below."""
    pts = [(x - 3, y + 2), (x + 3, y + 2), (x, y - 1)] if up else [(x - 3, y - 1), (x + 3, y - 1), (x, y + 2)]
    pygame.draw.polygon(surface, ui_colour("magenta"), pts)
