"""The save and load screens: the slot list with a thumbnail and details of the selected slot.

Damaged slots are listed with their reason; they can be deleted (or their backup restored) but are
only ever overwritten after the player confirms.
"""

from __future__ import annotations

import pygame

from game.director import Fade
from game.saves import ALL_SLOTS, MANUAL_SLOTS, THUMB_SIZE, SlotInfo, _nice_date
from game.scenes.menu_screen import MenuScreen, Row, ScrollMenu
from game.ui.menu import Menu, MenuItem
from game.ui.text import text_scale, ui_colour, ui_font
from game.ui.strings import story_text, tr


class SaveLoadScene(MenuScreen):
    panel_rect = pygame.Rect(16, 14, 448, 242)

    def __init__(self, app, mode: str) -> None:
        if mode not in ("save", "load"):
            raise ValueError(mode)
        self.mode = mode
        self.title = "saves.save_title" if mode == "save" else "saves.load_title"
        self.infos: list[SlotInfo] = []
        super().__init__(app)

    # -- the list -------------------------------------------------------------------------------
    def read_slots(self) -> None:
        kinds = MANUAL_SLOTS if self.mode == "save" else ALL_SLOTS
        self.infos = self.app.saves.slots(kinds)

    def build_menu(self) -> Menu:
        self.read_slots()
        r = self.panel_rect
        items = [Row(info.label, lambda info=info: self.choose(info), value=lambda info=info: _short(info),
                     tone=lambda info=info: "red" if info.damaged else None if info.exists else "grey")
                 for info in self.infos]
        items.append(MenuItem(tr("menu.back"), self.close))
        return ScrollMenu(items, (r.x + 12, r.y + 30), 196, height=12 * 16)

    def resume(self) -> None:
        self.rebuild()

    def selected(self) -> SlotInfo | None:
        i = self.menu.index
        return self.infos[i] if i < len(self.infos) else None

    # -- choosing -------------------------------------------------------------------------------
    def choose(self, info: SlotInfo) -> None:
        if self.mode == "save":
            if not info.exists:
                self.save(info, overwrite_damaged=False)
            elif info.ok:
                self.ask(tr("saves.overwrite_q", info.label), [(tr("saves.overwrite"), lambda: self.save(info, False))])
            else:
                self.ask(tr("saves.damaged_q", info.label, info.error),
                         [(tr("saves.overwrite_it"), lambda: self.save(info, True)),
                          (tr("saves.delete_it"), lambda: self.delete(info))])
        elif info.ok:
            self.ask(tr("saves.load_q", info.label, story_text(info.data["chapter_title"]) or story_text(info.data["place"])),
                     [(tr("saves.load"), lambda: self.load(info)), (tr("saves.delete"), lambda: self.ask_delete(info))])
        elif info.damaged:
            choices = [(tr("saves.delete_it"), lambda: self.delete(info))]
            if self.app.saves.backup(info.slot).ok:
                choices.insert(0, (tr("saves.restore"), lambda: self.restore(info)))
            self.ask(tr("saves.damaged_q", info.label, info.error), choices)
        elif self.app.saves.backup(info.slot).ok:
            self.ask(tr("saves.empty_backup_q", info.label), [(tr("saves.restore"), lambda: self.restore(info))])
        else:
            self.app.sfx("ui_error")

    def ask(self, question: str, choices: list[tuple[str, callable]]) -> None:
        self.open(ConfirmScene(self.app, question, choices))

    def ask_delete(self, info: SlotInfo) -> None:
        self.ask(tr("saves.delete_q", info.label), [(tr("saves.delete"), lambda: self.delete(info))])

    def save(self, info: SlotInfo, overwrite_damaged: bool) -> None:
        problem = self.app.saves.save(info.slot, overwrite_damaged=overwrite_damaged)
        self.app.notify(problem or tr("saves.saved", info.label), 2.0, problem=bool(problem))
        self.rebuild()

    def delete(self, info: SlotInfo) -> None:
        self.app.saves.delete(info.slot)
        self.app.notify(tr("saves.deleted", info.label), 2.0, problem=False)
        self.rebuild()

    def restore(self, info: SlotInfo) -> None:
        ok = self.app.saves.restore_backup(info.slot)
        self.app.notify(tr("saves.restored", info.label) if ok else tr("saves.backup_bad"), 2.0,
                        problem=not ok)
        self.rebuild()

    def load(self, info: SlotInfo) -> None:
        def at_black() -> None:
            problem = self.app.saves.load(info.slot)
            if problem:
                self.app.notify(problem)
        self.open(Fade(self.app, at_black, out_ticks=20, in_ticks=20))

    # -- drawing --------------------------------------------------------------------------------
    def draw_body(self, surface: pygame.Surface) -> None:
        """The selected slot's picture and details, right of the list; at large text the picture is
        drawn smaller to leave the details their room."""
        r = self.panel_rect
        x, y = r.x + 224, self.menu.pos[1]
        zoom = 2 if text_scale() == 1 else 1
        tw, th = THUMB_SIZE[0] * zoom, THUMB_SIZE[1] * zoom
        frame = pygame.Rect(x - 1, y - 1, tw + 2, th + 2)
        surface.fill(ui_colour("black"), frame)
        pygame.draw.rect(surface, ui_colour("cyan"), frame, 1)
        info = self.selected()
        body, small = ui_font("body"), ui_font("small")
        if info is None:
            return
        thumb = info.thumbnail()
        if thumb is not None:
            surface.blit(pygame.transform.scale(thumb, (tw, th)), (x, y))
        else:
            text = tr("saves.damaged_big") if info.damaged else tr("saves.empty_big")
            body.draw(surface, text, (x + tw // 2, y + (th - body.line_height) // 2),
                      ui_colour("red") if info.damaged else ui_colour("grey"), align="center")
        ty, width = y + th + 6, r.right - 10 - x
        for i, line in enumerate(info.summary()):
            tone = "yellow" if i == 0 else "white"
            if info.damaged:
                tone = "red" if i == 0 else "grey_light"
            elif not info.exists:
                tone = "grey"
            for part in small.wrap(line, width):
                if ty + small.line_height > r.bottom - 8:
                    return  # the panel is full
                small.draw(surface, part, (x, ty), ui_colour(tone), shadow=ui_colour("black"))
                ty += small.line_height + 1

    def describe(self) -> dict:
        return {"scene": "SaveLoadScene", "mode": self.mode,
                "selected": self.menu.items[self.menu.index].label,
                "slots": {i.slot: ("empty" if not i.exists else "ok" if i.ok else f"damaged: {i.error}")
                          for i in self.infos}}


def _short(info: SlotInfo) -> str:
    if not info.exists:
        return tr("saves.empty")
    if info.damaged:
        return tr("saves.damaged")
    return _nice_date(info.data["date"])



class ConfirmScene(MenuScreen):
    """A question with a few answers and Cancel; answering closes it first, then acts."""

    def __init__(self, app, question: str, choices: list[tuple[str, callable]]) -> None:
        self.question = question
        self.choices = choices
        super().__init__(app)

    def build_menu(self) -> Menu:
        """The question over the answers, the panel as wide as the text size wants and as tall as
        they make it."""
        small = ui_font("small")
        width = 280 if text_scale() == 1 else 440
        self.lines = small.wrap(self.question, width - 24)
        items = [MenuItem(label, lambda act=act: self.answer(act)) for label, act in self.choices]
        items.append(MenuItem(tr("menu.cancel"), self.close))
        menu = Menu(items, (240, 0), width=width - 100)
        text_h = len(self.lines) * (small.line_height + 1)
        height = 8 + text_h + 6 + len(items) * menu.row_height + 12
        self.panel_rect = pygame.Rect(240 - width // 2, 135 - height // 2, width, height)
        menu.pos = (240, self.panel_rect.y + 8 + text_h + 6)
        return menu

    def answer(self, act) -> None:
        self.close()
        act()

    def draw_body(self, surface: pygame.Surface) -> None:
        r = self.panel_rect
        small = ui_font("small")
        for i, line in enumerate(self.lines):
            small.draw(surface, line, (r.centerx, r.y + 8 + i * (small.line_height + 1)), ui_colour("white"), align="center")

    def describe(self) -> dict:
        return {"scene": "ConfirmScene", "question": self.question,
                "selected": self.menu.items[self.menu.index].label}
