"""A vertical menu of text items: keyboard, gamepad and mouse, used by every menu screen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pygame

from game.palette import colour
from game.ui.text import font


@dataclass
class MenuItem:
    label: str
    action: Callable[[], None]
    enabled: bool = True


class Menu:
    def __init__(self, items: list[MenuItem], pos: tuple[int, int], width: int = 140,
                 align: str = "center", size: str = "body") -> None:
        self.items = items
        self.pos = pos
        self.width = width
        self.align = align
        self.font = font(size)
        self.index = next((i for i, it in enumerate(items) if it.enabled), 0)
        self.row_height = self.font.line_height + 4

    def row_rect(self, i: int) -> pygame.Rect:
        x, y = self.pos
        left = x - self.width // 2 if self.align == "center" else x
        return pygame.Rect(left, y + i * self.row_height, self.width, self.row_height)

    def _move(self, step: int) -> None:
        for _ in range(len(self.items)):
            self.index = (self.index + step) % len(self.items)
            if self.items[self.index].enabled:
                return

    def handle(self, app) -> bool:
        """Read this tick's input; returns True if an item was chosen."""
        inp = app.input
        if "up" in inp.pressed:
            self._move(-1)
            app.sfx("ui_move")
        if "down" in inp.pressed:
            self._move(1)
            app.sfx("ui_move")
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

    def draw(self, surface: pygame.Surface, tick: int = 0) -> None:
        for i, item in enumerate(self.items):
            rect = self.row_rect(i)
            selected = i == self.index
            if not item.enabled:
                col = colour("grey")
            elif selected:
                col = colour("yellow")
            else:
                col = colour("white")
            if selected:
                bar = pygame.Surface(rect.size, pygame.SRCALPHA)
                bar.fill((*colour("plum"), 170))
                surface.blit(bar, rect)
                pygame.draw.rect(surface, colour("magenta"), rect, 1)
            ty = rect.y + (rect.height - self.font.line_height) // 2 + 1
            if self.align == "center":
                self.font.draw(surface, item.label, (rect.centerx, ty), col, shadow=colour("black"), align="center")
            else:
                self.font.draw(surface, item.label, (rect.x + 6, ty), col, shadow=colour("black"))
