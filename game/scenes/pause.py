"""The pause menu: resume, the current objective, journal, save, load, settings, screenshot, quit to title.

It opens over play and over a talk or a cutscene, which wait under it where they were. The game
saves only between scenes (a save holds the map and the story, not a conversation part way), so
over a scene Save waits for it to end, and quitting asks first: what was done since the last save
is lost."""

from __future__ import annotations

import pygame

from game.director import Fade
from game.moment import in_cutscene
from game.scenes.menu_screen import MenuScreen
from game.ui.menu import Menu, MenuItem
from game.ui.text import text_scale, ui_colour, ui_font
from game.ui.strings import story_text, tr
from game.ui.widgets import draw_prompts, prompt_row_height


class PauseScene(MenuScreen):
    title = "pause.title"

    @property
    def panel_rect(self) -> pygame.Rect:
        """Wider at large text, for the objective."""
        return pygame.Rect(130, 10, 220, 250) if text_scale() == 1 else pygame.Rect(80, 8, 320, 254)

    def build_menu(self) -> Menu:
        r = self.panel_rect
        items = [
            MenuItem(tr("pause.resume"), self.close),
            MenuItem(tr("pause.journal"), self.open_journal),
            MenuItem(tr("pause.save_later"), self.open_save, enabled=False) if in_cutscene(self.app)
            else MenuItem(tr("pause.save"), self.open_save),
            MenuItem(tr("pause.load"), self.open_load),
            MenuItem(tr("pause.settings"), self.open_settings),
            MenuItem(tr("pause.screenshot"), self.take_screenshot),
            MenuItem(tr("pause.quit"), self.quit_to_title),
        ]
        return Menu(items, (r.centerx, r.y + 94), width=150 * text_scale(), height=r.bottom - 24 - (r.y + 94))

    def draw_body(self, surface: pygame.Surface) -> None:
        r = self.panel_rect
        small = ui_font("small")
        story = self.app.story
        y = r.y + 10 + ui_font("body").line_height + 6
        small.draw(surface, story_text(story.chapter_title), (r.centerx, y), ui_colour("grey_light"), align="center")
        y += small.line_height + 6
        small.draw(surface, tr("pause.objective"), (r.x + 14, y), ui_colour("cyan"))
        y += small.line_height + 2
        for line in small.wrap(story_text(story.objective) or tr("objective.none"), r.width - 28):
            small.draw(surface, line, (r.x + 14, y), ui_colour("white"))
            y += small.line_height
        # the menu starts under the objective, however tall the text made it, and scrolls to fit
        self.menu.pos = (r.centerx, max(r.y + 94, y + 6))
        self.menu.height = r.bottom - 8 - prompt_row_height() - self.menu.pos[1]
        draw_prompts(surface, [("move", tr("prompt.move")), ("interact", tr("prompt.choose")), ("cancel", tr("prompt.back"))],
                     (r.centerx, r.bottom - 5), self.app.input)

    def open_journal(self) -> None:
        from game.scenes.journal import JournalScene
        self.open(JournalScene(self.app))

    def open_save(self) -> None:
        from game.scenes.saveload import SaveLoadScene
        self.open(SaveLoadScene(self.app, "save"))

    def open_load(self) -> None:
        from game.scenes.saveload import SaveLoadScene
        self.open(SaveLoadScene(self.app, "load"))

    def open_settings(self) -> None:
        from game.scenes.settings_menu import SettingsScene
        self.open(SettingsScene(self.app))

    def take_screenshot(self) -> None:
        """The mouse's way to the screenshot key: back to play, and the frame saved without the menu."""
        self.close()
        self.app.screenshot_pending = True

    def quit_to_title(self) -> None:
        """Autosave (quitting is one of the autosave moments), then back to the title; in a scene,
        which cannot be saved, only once the player has said that is what they want."""
        if in_cutscene(self.app):
            from game.scenes.saveload import ConfirmScene
            self.open(ConfirmScene(self.app, tr("pause.quit_unsaved"), [(tr("pause.quit"), self.leave)]))
            return
        self.leave()

    def leave(self) -> None:
        self.close()
        problem = "" if in_cutscene(self.app) else self.app.saves.autosave()
        if problem:
            self.app.notify(problem, 2.0)

        def to_title() -> None:
            from game.scenes.title import TitleScene
            self.app.director.reset_to(TitleScene(self.app))

        self.open(Fade(self.app, to_title, out_ticks=20, in_ticks=20))
