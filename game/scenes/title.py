"""The title screen (the logo over the night skyline and the craft's light) and chapter select."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.director import Fade, Scene
from game.palette import colour
from game.paths import asset
from game.scenes.notice import NoticeScene, should_show
from game.scenes.menu_screen import WIDE, MenuScreen, ScrollMenu
from game.story import chapters as chapter_data
from game.story.chapters import chapter_heading
from game.ui.menu import Menu, MenuItem
from game.ui.text import high_contrast, text_scale, ui_colour, ui_font
from game.ui.strings import story_text, tr
from game.ui.widgets import draw_prompts, image, ui_index, ui_panel


MENU_HEIGHT = 238 - 104  # from under the logo to above the prompts, glass panel included


class TitleScene(Scene):
    def __init__(self, app) -> None:
        super().__init__(app)
        self.t = 0
        self.notice_checked = False
        self.menu = Menu(self.build_items(), (240, 104), width=150, height=MENU_HEIGHT)
        self.skyline, self.windows = _skyline()
        try:
            self.logo = pygame.image.load(str(asset("sprites", "ui", "logo.png")))
        except (FileNotFoundError, pygame.error):
            self.logo = None

    def build_items(self) -> list[MenuItem]:
        saves = self.app.saves
        self.latest = saves.latest()
        reached = set(saves.reached_chapters())
        self.chapters = [c for c in chapter_data.CHAPTERS if c["id"] in reached]
        self.finished = chapter_data.finished(list(reached))
        return [
            MenuItem(tr("title.continue"), self.continue_game, enabled=self.latest is not None),
            MenuItem(tr("title.new_game"), self.new_game),
            MenuItem(tr("title.load"), self.open_load),
            MenuItem(tr("title.chapters"), self.open_chapters, enabled=bool(self.chapters)),
            MenuItem(tr("title.gallery"), self.open_gallery, enabled=bool(self.finished)),
            MenuItem(tr("title.settings"), self.open_settings),
            MenuItem(tr("title.credits"), self.open_credits),
            MenuItem(tr("title.quit"), self.app.quit),
        ]

    def refresh(self) -> None:
        """Saves or progress may have changed while a screen was open over the title."""
        label = self.menu.items[self.menu.index].label
        self.menu.items = self.build_items()
        self.menu.index = next((i for i, it in enumerate(self.menu.items) if it.label == label and it.enabled),
                               next(i for i, it in enumerate(self.menu.items) if it.enabled))

    def enter(self) -> None:
        self.app.warm_up()
        if self.app.audio is not None:
            self.app.audio.play_music("title")
            self.app.audio.set_ambience("city_night")
        if not self.notice_checked:
            self.notice_checked = True
            if should_show(self.app.settings):
                self.open(NoticeScene(self.app, first_start=True))

    def resume(self) -> None:
        self.refresh()

    def new_game(self) -> None:
        self.open(Fade(self.app, self.app.new_game, out_ticks=30, in_ticks=30))

    def continue_game(self) -> None:
        slot = self.latest.slot
        self.open(Fade(self.app, lambda: _load(self.app, slot), out_ticks=30, in_ticks=30))

    def open_load(self) -> None:
        from game.scenes.saveload import SaveLoadScene
        self.open(SaveLoadScene(self.app, "load"))

    def open_chapters(self) -> None:
        self.open(ChapterSelectScene(self.app, self.chapters))

    def open_gallery(self) -> None:
        self.open(ChapterSelectScene(self.app, self.finished, replay=True))

    def open_settings(self) -> None:
        from game.scenes.settings_menu import SettingsScene
        self.open(SettingsScene(self.app))

    def open_credits(self) -> None:
        from game.pieces.credits import Credits
        self.open(Credits(self.app))

    def update(self, is_top: bool) -> None:
        self.t += 1
        if is_top:
            self.menu.handle(self.app)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(colour("black"))
        surface.blit(self.skyline, (0, 0))
        # the city is awake: a few windows go dark and light up again, each on its own beat
        for i, (wx, wy, body) in enumerate(self.windows):
            if (self.t // 45 + i * 7) % 13 == 0:
                surface.fill(body, (wx, wy, 2, 3))
        # the craft's light drifting over the skyline
        x = 240 + int(170 * math.sin(self.t / 300))
        y = 13 + int(4 * math.sin(self.t / 47))  # high over the towers, above the logo
        hue = pygame.Color(0)
        hue.hsva = ((self.t * 2) % 360, 70, 100, 100)
        for r, a in ((14, 40), (8, 90), (3, 255)):
            glow = _disc(r)
            glow.fill((hue.r, hue.g, hue.b, a), special_flags=pygame.BLEND_RGBA_MIN)
            surface.blit(glow, (x - r, y - r))
        if self.logo:
            surface.blit(self.logo, self.logo.get_rect(center=(240, 54)))
        else:
            ui_font("body").draw(surface, tr("title.logo"), (240, 50), ui_colour("magenta"), shadow=ui_colour("ink"),
                                 align="center")
        # as wide as the longest item in the text size; a dark glass panel (with high contrast, an
        # opaque one) keeps the menu readable over the lit windows
        self.menu.width = min(440, max(150, max(self.menu.font.width(it.label) for it in self.menu.items) + 16))
        size = (self.menu.width + 20, self.menu.visible * self.menu.row_height + 12)
        glass = ui_panel(size) if high_contrast() else _glass(size)
        surface.blit(glass, (240 - size[0] // 2, self.menu.pos[1] - 6))
        self.menu.draw(surface, self.t)
        draw_prompts(surface, [("move", tr("prompt.move")), ("interact", tr("prompt.choose"))], (240, 266), self.app.input)

    def describe(self) -> dict:
        return {"scene": "TitleScene", "selected": self.menu.items[self.menu.index].label,
                "items": [it.label for it in self.menu.items if it.enabled]}


def _load(app, slot: str) -> None:
    problem = app.saves.load(slot)
    if problem:
        app.notify(problem)


class ChapterSelectScene(MenuScreen):
    """Start again from any chapter reached in any playthrough (progress.json); or, as the scene
    gallery (`replay`), play a finished chapter again without touching saves or progress."""

    title = "chapters.title"

    @property
    def panel_rect(self) -> pygame.Rect:
        return pygame.Rect(110, 20, 260, 230) if text_scale() == 1 else WIDE

    def __init__(self, app, chapters: list[dict], replay: bool = False) -> None:
        self.chapters, self.replay = chapters, replay
        if replay:
            self.title = "gallery.title"
        super().__init__(app)

    def build_menu(self) -> Menu:
        r = self.panel_rect
        items = [MenuItem(_chapter_label(c), lambda c=c: self.start(c)) for c in self.chapters]
        items.append(MenuItem(tr("menu.back"), self.close))
        return ScrollMenu(items, (r.x + 12, r.y + 30), r.width - 24, height=r.height - 54)

    def start(self, chapter: dict) -> None:
        self.open(Fade(self.app, lambda: self.app.start_chapter(chapter, self.replay), out_ticks=30, in_ticks=30))


@lru_cache(maxsize=4)
def _glass(size: tuple[int, int]) -> pygame.Surface:
    """The dark glass panel that keeps the menu readable over the lit windows."""
    back = pygame.Surface(size, pygame.SRCALPHA)
    back.fill((*colour("ink"), 200))
    pygame.draw.rect(back, (*colour("plum"), 255), back.get_rect(), 1)
    return back


def _disc(radius: int) -> pygame.Surface:
    """A white disc on transparency, ready to be tinted (a fresh copy: the tint is applied to it)."""
    return _white_disc(radius).copy()


@lru_cache(maxsize=4)
def _white_disc(radius: int) -> pygame.Surface:
    disc = pygame.Surface((radius * 2, radius * 2), pygame.SRCALPHA)
    pygame.draw.circle(disc, (255, 255, 255, 255), (radius, radius), radius)
    return disc


def _chapter_label(chapter: dict) -> str:
    return tr("chapters.item", chapter_heading(chapter["id"]), story_text(chapter.get("title", "")))


def _skyline() -> tuple[pygame.Surface, list[tuple[int, int, tuple[int, int, int]]]]:
    """Manhattan at night (drawn by tools/art/ui/ui.py from tools/art/skyline.py, the same city as
    the roof's and the deck's), and the near windows (x, y, the wall colour) to switch off and on."""
    surf = image("sprites", "ui", "skyline.png")
    if surf is None:  # an install without the art: a plain night
        surf = pygame.Surface((480, 270))
        surf.fill(colour("ink"))
    windows = [(int(x), int(y), colour(body)) for x, y, body in ui_index().get("skyline_windows", [])]
    return surf, windows
