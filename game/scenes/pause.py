"""The pause menu, and `MenuScreen`: the base of every menu drawn as a panel over the game.

`Row` and `ScrollMenu` extend the shared Menu (game/ui/menu.py) with a value column (left/right
change it) and scrolling, for lists longer than the panel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pygame

from game.director import Fade, Scene, veil
from game.palette import colour
from game.ui.menu import Menu, MenuItem
from game.ui.text import font
from game.ui.widgets import nine_slice


@dataclass
class Row(MenuItem):
    """A menu item with a value shown on the right; left/right call `adjust(-1 | +1)`."""
    value: Callable[[], str] | None = None
    adjust: Callable[[int], None] | None = None
    tone: Callable[[], str | None] | None = None  # palette colour of the value (red for a conflict)


class ScrollMenu(Menu):
    """A Menu showing `visible` rows at a time, scrolled to keep the selection in view."""

    def __init__(self, items: list[MenuItem], pos: tuple[int, int], width: int, visible: int,
                 size: str = "body") -> None:
        super().__init__(items, pos, width=width, align="left", size=size)
        self.visible = visible
        self.top = 0

    def row_rect(self, i: int) -> pygame.Rect:
        if not self.top <= i < self.top + self.visible:
            return pygame.Rect(-1000, -1000, 0, 0)  # scrolled out: not clickable
        x, y = self.pos
        return pygame.Rect(x, y + (i - self.top) * self.row_height, self.width, self.row_height)

    def scroll_into_view(self) -> None:
        self.top = min(max(self.top, self.index - self.visible + 1), self.index)
        self.top = max(0, min(self.top, len(self.items) - self.visible))

    def handle(self, app) -> bool:
        inp = app.input
        item = self.items[self.index]
        for action, step in (("left", -1), ("right", 1)):
            if action in inp.pressed and isinstance(item, Row) and item.adjust and item.enabled:
                item.adjust(step)
                app.sfx("ui_move")
        # the mouse wheel is not an action; scrolling follows the selection instead
        chosen = super().handle(app)
        self.scroll_into_view()
        return chosen

    def draw(self, surface: pygame.Surface, tick: int = 0) -> None:
        shown = self.items[self.top:self.top + self.visible]
        saved, self.items = self.items, shown
        index, self.index = self.index, self.index - self.top
        top, self.top = self.top, 0
        try:
            super().draw(surface, tick)
            for i, item in enumerate(shown):
                if isinstance(item, Row) and item.value is not None:
                    rect = self.row_rect(i)
                    tone = item.tone() if item.tone else None
                    col = colour(tone) if tone else colour("cyan") if item.enabled else colour("grey")
                    ty = rect.y + (rect.height - self.font.line_height) // 2 + 1
                    text = item.value()
                    if item.adjust and i == index:
                        text = f"< {text} >"
                    self.font.draw(surface, text, (rect.right - 6, ty), col, shadow=colour("black"), align="right")
        finally:
            self.items, self.index, self.top = saved, index, top
        if self.top > 0:
            _arrow(surface, self.pos[0] + self.width // 2, self.pos[1] - 4, up=True)
        if self.top + self.visible < len(self.items):
            _arrow(surface, self.pos[0] + self.width // 2, self.pos[1] + self.visible * self.row_height + 2, up=False)


def _arrow(surface: pygame.Surface, x: int, y: int, up: bool) -> None:
    pts = [(x - 3, y + 2), (x + 3, y + 2), (x, y - 1)] if up else [(x - 3, y - 1), (x + 3, y - 1), (x, y + 2)]
    pygame.draw.polygon(surface, colour("magenta"), pts)


class MenuScreen(Scene):
    """A titled panel with a menu over whatever is below (dimmed); cancel or the menu key closes it."""

    opaque = False
    pauses_below = True
    title = ""
    panel_rect = pygame.Rect(140, 40, 200, 190)

    def __init__(self, app) -> None:
        super().__init__(app)
        self.t = 0
        self.menu: Menu = self.build_menu()

    def build_menu(self) -> Menu:
        return Menu([MenuItem("Back", self.close)], (self.panel_rect.centerx, self.panel_rect.y + 30))

    def close(self) -> None:
        if self in self.app.director.stack:
            self.app.director.pop(self)

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
        surface.blit(veil(surface.get_size(), colour("ink"), 170), (0, 0))
        r = self.panel_rect
        surface.blit(nine_slice("panel", r.size), r.topleft)
        if self.title:
            font("body").draw(surface, self.title, (r.centerx, r.y + 10), colour("magenta"),
                              shadow=colour("black"), align="center")
        self.draw_body(surface)
        self.menu.draw(surface, self.t)

    def draw_body(self, surface: pygame.Surface) -> None:
        """Whatever a screen shows besides its menu."""

    def describe(self) -> dict:
        return {"scene": type(self).__name__, "selected": self.menu.items[self.menu.index].label}


class PauseScene(MenuScreen):
    title = "Paused"
    panel_rect = pygame.Rect(130, 24, 220, 222)

    def build_menu(self) -> Menu:
        r = self.panel_rect
        items = [
            MenuItem("Resume", self.close),
            MenuItem("Journal", self.open_journal),
            MenuItem("Save", self.open_save),
            MenuItem("Load", self.open_load),
            MenuItem("Settings", self.open_settings),
            MenuItem("Quit to title", self.quit_to_title),
        ]
        return Menu(items, (r.centerx, r.y + 94), width=150)

    def draw_body(self, surface: pygame.Surface) -> None:
        r = self.panel_rect
        small = font("small")
        story = self.app.story
        small.draw(surface, story.chapter_title or "", (r.centerx, r.y + 28), colour("grey_light"), align="center")
        small.draw(surface, "Objective", (r.x + 14, r.y + 44), colour("cyan"))
        lines = small.wrap(story.objective or "Look around.", r.width - 28)[:3]
        for i, line in enumerate(lines):
            small.draw(surface, line, (r.x + 14, r.y + 55 + i * small.line_height), colour("white"))

    def open_journal(self) -> None:
        from game.scenes.journal import JournalScene
        self.app.director.push(JournalScene(self.app))

    def open_save(self) -> None:
        from game.scenes.saveload import SaveLoadScene
        self.app.director.push(SaveLoadScene(self.app, "save"))

    def open_load(self) -> None:
        from game.scenes.saveload import SaveLoadScene
        self.app.director.push(SaveLoadScene(self.app, "load"))

    def open_settings(self) -> None:
        from game.scenes.settings_menu import SettingsScene
        self.app.director.push(SettingsScene(self.app))

    def quit_to_title(self) -> None:
        """Autosave (quitting is one of the autosave moments), then back to the title."""
        self.app.director.pop(self)
        problem = self.app.autosave()
        if problem:
            self.app.notify(problem, 2.0)

        def to_title() -> None:
            from game.scenes.title import TitleScene
            self.app.director.reset_to(TitleScene(self.app))

        self.app.director.push(Fade(self.app, to_title, out_ticks=20, in_ticks=20))
