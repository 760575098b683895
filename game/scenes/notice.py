"""The content notice: what the game contains, in plain words, before the title on first start."""

from __future__ import annotations

import functools

import pygame

from game.scenes.menu_screen import MenuScreen
from game.ui.menu import Menu, MenuItem, scroll_arrow
from game.ui.text import ui_colour, ui_font
from game.ui.strings import tr

NOTICE = ("notice.1", "notice.2", "notice.3", "notice.4", "notice.5")  # its paragraphs, as UI strings


def should_show(settings: dict) -> bool:
    return bool(settings.get("show_content_notice", True)) and not settings.get("notice_seen", False)


class NoticeScene(MenuScreen):
    """Shown over the title at start (`first_start`) or from Settings; Continue acknowledges it.
    Text that does not fit the panel (large text) scrolls: up/down, the wheel, the pad."""

    opaque = True
    title = "notice.title"
    panel_rect = pygame.Rect(40, 16, 400, 238)

    def __init__(self, app, first_start: bool = False) -> None:
        self.first_start = first_start
        self.top = 0  # the first line shown
        super().__init__(app)

    def build_menu(self) -> Menu:
        r = self.panel_rect
        menu = Menu([MenuItem(tr("notice.continue"), self.acknowledge)], (r.centerx, 0), width=120)
        menu.pos = (r.centerx, r.bottom - 26 - menu.row_height)
        return menu

    def acknowledge(self) -> None:
        """Continue reads on while some of the notice is still below; then it closes."""
        if self.top < self.last_top:
            self.top = min(self.last_top, self.top + max(1, len(self.shown(self.top)) - 1))
            return
        if self.first_start:
            self.app.settings["notice_seen"] = True
            self.app.save_settings()
        self.close()

    def update(self, is_top: bool) -> None:
        self.t += 1
        if not is_top:
            return
        inp = self.app.input
        if not self.first_start and {"cancel", "menu"} & inp.pressed:
            self.close()  # read again from Settings: any way out is fine
            return
        step = bool({"down", "rollforward"} & inp.pressed) - bool({"up", "rollback"} & inp.pressed)
        self.top = max(0, min(self.last_top, self.top + step))
        self.menu.handle(self.app)

    @functools.cached_property
    def lines(self) -> list[tuple[str, str]]:
        """The notice wrapped to the panel, with the palette name of each line's colour (once: it
        never changes while shown); read from Settings, a last line says when it comes back."""
        body = ui_font("body")
        paragraphs = [(tr(p), "yellow" if i == 0 else "white") for i, p in enumerate(NOTICE)]
        if not self.first_start:
            paragraphs.append((tr("notice.again"), "grey"))
        out = []
        for i, (text, tone) in enumerate(paragraphs):
            if i:
                out.append(("", tone))
            out.extend((line, tone) for line in body.wrap(text, self.panel_rect.width - 36))
        return out

    def line_height(self, line: str) -> int:
        return ui_font("body").line_height if line else ui_font("body").line_height // 2  # half a line between paragraphs

    @property
    def text_area(self) -> pygame.Rect:
        """Under the heading, over the Continue button."""
        r = self.panel_rect
        top = r.y + 16 + ui_font("body").line_height
        return pygame.Rect(r.x + 18, top, r.width - 36, self.menu.pos[1] - 10 - top)

    def shown(self, top: int) -> list[tuple[str, str]]:
        """The lines from `top` that fit the text area."""
        room, out = self.text_area.height, []
        for line, tone in self.lines[top:]:
            room -= self.line_height(line)
            if room < 0:
                break
            out.append((line, tone))
        return out

    @property
    def last_top(self) -> int:
        return next(top for top in range(len(self.lines)) if top + len(self.shown(top)) >= len(self.lines))

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(ui_colour("black"))
        super().draw(surface)

    def draw_body(self, surface: pygame.Surface) -> None:
        area, body = self.text_area, ui_font("body")
        y = area.y
        shown = self.shown(self.top)
        for line, tone in shown:
            if line:
                body.draw(surface, line, (area.x, y), ui_colour(tone), shadow=ui_colour("black"))
            y += self.line_height(line)
        if self.top > 0:
            scroll_arrow(surface, area.centerx, area.y - 3, up=True)
        if self.top + len(shown) < len(self.lines):
            scroll_arrow(surface, area.centerx, area.bottom + 4, up=False)
