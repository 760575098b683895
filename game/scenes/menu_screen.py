"""`MenuScreen`: the base of every menu drawn as a panel over the game (pause, title's screens,
save/load, settings, the content notice). `Row` and `ScrollMenu` extend the shared Menu
(game/ui/menu.py) with a value column (left/right change it) and scrolling.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pygame

from game.director import Scene, veil
from game.ui.menu import Menu, MenuItem
from game.ui.text import ui_colour, ui_font
from game.ui.widgets import ui_panel
from game.ui.strings import tr


@dataclass
class Row(MenuItem):
    """A menu item with a value shown on the right; left/right call `adjust(-1 | +1)`."""
    value: Callable[[], str] | None = None
    adjust: Callable[[int], None] | None = None
    tone: Callable[[], str | None] | None = None  # palette colour of the value (red for a conflict)


# at large text, a screen whose rows need the room takes the whole canvas
WIDE = pygame.Rect(8, 8, 464, 254)


class ScrollMenu(Menu):
    """A left-aligned Menu of `height` pixels, with each Row's value drawn on its right; a Row whose
    label and value do not fit side by side in the text size takes two lines, its value under its
    label (the others keep one, so as many rows as fit are shown)."""

    def __init__(self, items: list[MenuItem], pos: tuple[int, int], width: int, height: int,
                 size: str = "body") -> None:
        super().__init__(items, pos, width=width, align="left", size=size, height=height)
        self.tall = self.measure()

    def measure(self) -> set[int]:
        """The Rows whose label and value (shown as chosen) are too wide for one line."""
        f = self.font
        return {i for i, item in enumerate(self.items) if isinstance(item, Row) and item.value is not None
                and f.width(item.label) + f.width(tr("menu.choice", item.value())) + 18 > self.width}

    def height_of(self, i: int) -> int:
        return 2 * self.font.line_height + 4 if i in self.tall else self.row_height

    def two_lines(self, rect: pygame.Rect) -> bool:
        return rect.height > self.row_height

    def label_y(self, rect: pygame.Rect) -> int:
        return rect.y + 2 if self.two_lines(rect) else super().label_y(rect)

    def handle(self, app) -> bool:
        inp = app.input
        item = self.items[self.index]
        for action, step in (("left", -1), ("right", 1)):
            if action in inp.pressed and isinstance(item, Row) and item.adjust and item.enabled:
                item.adjust(step)
                app.sfx("ui_move")
        return super().handle(app)

    def draw(self, surface: pygame.Surface, tick: int = 0) -> None:
        self.tall = self.measure()  # values change as they are chosen, the text size too
        self.scroll_into_view()
        super().draw(surface, tick)
        for i in range(self.top, self.top + self.visible):
            item = self.items[i]
            if isinstance(item, Row) and item.value is not None:
                rect = self.row_rect(i)
                tone = item.tone() if item.tone else None
                col = ui_colour(tone) if tone else ui_colour("cyan") if item.enabled else ui_colour("grey")
                ty = rect.y + 2 + self.font.line_height if self.two_lines(rect) else self.label_y(rect)
                text = item.value()
                if item.adjust and i == self.index:
                    text = tr("menu.choice", text)
                self.font.draw(surface, text, (rect.right - 6, ty), col, shadow=ui_colour("black"), align="right")


class MenuScreen(Scene):
    """A titled panel with a menu over whatever is below (dimmed); cancel or the menu key closes it."""

    opaque = False
    pauses_below = True
    title = ""  # the id of its heading in the UI string table
    panel_rect = pygame.Rect(140, 40, 200, 190)

    def __init__(self, app) -> None:
        super().__init__(app)
        self.t = 0
        self.menu: Menu = self.build_menu()
        self.menu_at, self.menu_height = self.menu.pos, self.menu.height

    def build_menu(self) -> Menu:
        return Menu([MenuItem(tr("menu.back"), self.close)], (self.panel_rect.centerx, self.panel_rect.y + 30))

    def rebuild(self) -> None:
        """The menu made again (its rows changed, or the language or the text size), on the same row."""
        index, self.menu = self.menu.index, self.build_menu()
        self.menu_at, self.menu_height = self.menu.pos, self.menu.height
        self.menu.index = min(index, len(self.menu.items) - 1)
        self.menu.scroll_into_view()

    def update(self, is_top: bool) -> None:
        self.t += 1
        if not is_top:
            return
        if {"cancel", "menu"} & self.app.input.pressed:
            self.app.sfx("ui_back")
            self.close()
            return
        self.menu.handle(self.app)

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size(), ui_colour("ink"), 170), (0, 0))
        r = self.panel_rect
        surface.blit(ui_panel(r.size), r.topleft)
        if self.title:
            heading = ui_font("body")
            heading.draw(surface, tr(self.title), (r.centerx, r.y + 10), ui_colour("magenta"),
                         shadow=ui_colour("black"), align="center")
            if self.menu_height is not None:  # a list that scrolls starts under a heading grown large
                x, y = self.menu_at
                below = max(y, r.y + 16 + heading.line_height)
                self.menu.pos, self.menu.height = (x, below), self.menu_height - (below - y)
        self.draw_body(surface)
        self.menu.draw(surface, self.t)

    def draw_body(self, surface: pygame.Surface) -> None:
        """Whatever a screen shows besides its menu."""

    def describe(self) -> dict:
        return {"scene": type(self).__name__, "selected": self.menu.items[self.menu.index].label}


