"""The content notice: what the game contains, in plain words, before the title on first start."""

from __future__ import annotations

import functools

import pygame

from game.palette import colour
from game.scenes.menu_screen import MenuScreen
from game.ui.menu import Menu, MenuItem
from game.ui.text import font
from game.ui.strings import tr

NOTICE = ("notice.1", "notice.2", "notice.3", "notice.4", "notice.5")  # its paragraphs, as UI strings


def should_show(settings: dict) -> bool:
    return bool(settings.get("show_content_notice", True)) and not settings.get("notice_seen", False)


class NoticeScene(MenuScreen):
    """Shown over the title at start (`first_start`) or from Settings; Continue acknowledges it."""

    opaque = True
    title = "notice.title"
    panel_rect = pygame.Rect(40, 16, 400, 238)

    def __init__(self, app, first_start: bool = False) -> None:
        self.first_start = first_start
        super().__init__(app)

    def build_menu(self) -> Menu:
        r = self.panel_rect
        return Menu([MenuItem(tr("notice.continue"), self.acknowledge)], (r.centerx, r.bottom - 42), width=120)

    def acknowledge(self) -> None:
        if self.first_start:
            self.app.settings["notice_seen"] = True
            self.app.save_settings()
        self.close()

    def update(self, is_top: bool) -> None:
        self.t += 1
        if not is_top:
            return
        if not self.first_start and {"cancel", "menu"} & self.app.input.pressed:
            self.close()  # read again from Settings: any way out is fine
            return
        self.menu.handle(self.app)

    @functools.cached_property
    def lines(self) -> list[tuple[str, tuple[int, int, int]]]:
        """The notice wrapped to the panel (once: it never changes while shown)."""
        body = font("body")
        out = []
        for i, paragraph in enumerate(NOTICE):
            if i:
                out.append(("", colour("white")))
            col = colour("yellow") if i == 0 else colour("white")
            out.extend((line, col) for line in body.wrap(tr(paragraph), self.panel_rect.width - 36))
        return out

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(colour("black"))
        super().draw(surface)

    def draw_body(self, surface: pygame.Surface) -> None:
        r = self.panel_rect
        body = font("body")
        y = r.y + 30
        for line, col in self.lines:
            if line:
                body.draw(surface, line, (r.x + 18, y), col, shadow=colour("black"))
            y += body.line_height if line else 5
        if not self.first_start:
            font("small").draw(surface, tr("notice.again"), (r.centerx, r.bottom - 20),
                               colour("grey"), align="center")
