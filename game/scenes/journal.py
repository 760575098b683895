"""The journal: the objective, what the person played carries, and the notes taken, in a spiral notebook.

Notes are story variables named `$note_<id>` holding the note's text (set from dialogue with
`<<set $note_owen to "Owen teaches drama at the college.">>`); they appear in the order of their ids.
After them come the people's notebooks (game/story/notebook.py), each under its owner's name.

It is laid out from the player's text size: at normal size on the notebook's ruled pages, at large
text on a panel with wider pages. What does not fit one spread flows on to the next, turned with
left/right, up/down, the wheel or the pad.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from functools import lru_cache

import pygame

from game.director import Scene, veil
from game.palette import colour
from game.paths import asset
from game.story import notebook
from game.story.strings import ui_strings
from game.ui.text import high_contrast, text_scale, ui_colour, ui_font
from game.ui.widgets import image, ui_panel
from game.ui.strings import story_text, tr


@dataclass(frozen=True)
class Spread:
    """Where the two pages' text goes: `rows` rows `row` pixels apart, the first resting on
    `first` (from the top of `rect`), each page's text `width` wide from its `columns` x."""
    rect: pygame.Rect
    columns: tuple[int, int]
    width: int
    first: int
    row: int
    rows: int


BOOK = Spread(pygame.Rect(80, 35, 320, 200), (28, 180), 124, 22, 12, 13)  # the ruled paper of journal.png
WIDE = Spread(pygame.Rect(16, 6, 448, 236), (14, 234), 200, 32, 24, 9)  # large text: a panel, pages wider


@lru_cache(maxsize=1)
def item_icons() -> dict[str, int]:
    try:
        return json.loads(asset("sprites", "ui", "items.json").read_text(encoding="utf-8"))["icons"]
    except (OSError, ValueError, KeyError):
        return {}


def item_name(item: str) -> str:
    """An item's name: the UI string item.<id>, else made from its id."""
    key = f"item.{item}"
    return tr(key) if key in ui_strings() else item.replace("_", " ").capitalize()


def notes(variables: dict) -> list[str]:
    return [str(variables[k]) for k in sorted(variables) if k.startswith("$note_") and variables[k]]


@dataclass(frozen=True)
class Line:
    text: str
    kind: str = "text"  # "head", "text", "dim" (nothing to show), "item" (text is the item's id), "gap"


class JournalScene(Scene):
    opaque = False
    pauses_below = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.t = 0
        self.page = 0  # the spread shown, turned with left/right

    @property
    def spread(self) -> Spread:
        return BOOK if text_scale() == 1 else WIDE

    @functools.cached_property
    def note_lines(self) -> list[tuple[str, bool]]:
        """The notes wrapped to the page, each line with whether it is a heading (made once: the
        story does not move while the journal is open)."""
        small, width = ui_font("small"), self.spread.width
        variables = self.app.story.variables
        lines: list[tuple[str, bool]] = []
        for text in notes(variables):
            lines.extend((line, False) for line in small.wrap(tr("journal.note", story_text(text)), width))
        for person in notebook.owners(variables):
            lines.append((tr("journal.notebook", person.replace("_", " ").title()), True))
            for text in notebook.entries(variables, person):
                lines.extend((line, False) for line in small.wrap(tr("journal.note", story_text(text)), width))
        return lines

    @functools.cached_property
    def pages(self) -> list[list[Line]]:
        """Every line poured into pages, left then right, spread after spread; the notes start a
        page of their own. The last row of each page stays free for the page number."""
        story, small, room = self.app.story, ui_font("small"), self.spread.rows - 1
        objective = small.wrap(story_text(story.objective) or tr("objective.none"), self.spread.width)
        carrying = [Line(tr("journal.carrying", story.player.replace("_", " ").title()), "head")]
        carrying += [Line(item, "item") for item in story.inventory] or [Line(tr("journal.nothing"), "dim")]
        notes_part = [Line(tr("journal.notes"), "head")]
        notes_part += [Line(text, "head" if heading else "text") for text, heading in self.note_lines] \
            or [Line(tr("journal.no_notes"), "dim")]
        pages: list[list[Line]] = [[]]
        for part in ([Line(tr("journal.now"), "head"), *map(Line, objective), Line("", "gap")], carrying, notes_part):
            if part is notes_part and pages[-1]:
                pages.append([])
            for line in part:
                if len(pages[-1]) == room:
                    pages.append([])
                pages[-1].append(line)
        return pages

    @property
    def spreads(self) -> int:
        return -(-len(self.pages) // 2)

    def update(self, is_top: bool) -> None:
        self.t += 1
        if not is_top:
            return
        inp = self.app.input
        if {"cancel", "menu", "journal", "interact"} & inp.pressed or any(b not in (4, 5) for *_, b in inp.clicks):
            self.app.sfx("ui_back")
            self.close()
            return
        # the wheel turns the pages (its notches come as rollback / rollforward)
        if {"right", "down", "rollforward"} & inp.pressed:
            self.page = min(self.spreads - 1, self.page + 1)
        if {"left", "up", "rollback"} & inp.pressed:
            self.page = max(0, self.page - 1)

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size(), ui_colour("ink"), 170), (0, 0))
        spread = self.spread
        box = spread.rect
        paper = image("sprites", "ui", "journal.png") if spread is BOOK and not high_contrast() else None
        if paper is not None:
            surface.blit(paper, box)
            ink, head, dim = colour("ink"), colour("plum"), colour("grey_dark")
        else:  # on a panel, in the player's contrast
            surface.blit(ui_panel(box.size), box)
            ink, head, dim = ui_colour("white"), ui_colour("magenta"), ui_colour("grey")
        body, small = ui_font("body"), ui_font("small")
        icons = image("sprites", "ui", "items.png")

        def base(row: int) -> int:  # text sits on the rule
            return box.y + spread.first + row * spread.row

        for side, x in enumerate(spread.columns):
            at = 2 * self.page + side
            for row, line in enumerate(self.pages[at] if at < len(self.pages) else []):
                if not line.text:
                    continue
                f = body if line.kind == "head" else small
                y = base(row) - f.line_height + 1
                if line.kind == "item":
                    index = item_icons().get(line.text)
                    size = min(16, spread.row)
                    if icons is not None and index is not None:
                        # a 16px icon on a 12px rule: shrunk with nearest-neighbour, still palette-only
                        icon = pygame.transform.scale(icons.subsurface((index * 16, 0, 16, 16)), (size, size))
                        surface.blit(icon, (box.x + x, base(row) - size))
                    small.draw(surface, item_name(line.text), (box.x + x + size + 4, y), ink)
                else:
                    f.draw(surface, line.text, (box.x + x, y), head if line.kind == "head" else dim if line.kind == "dim" else ink)
        if self.spreads > 1:
            right = box.x + spread.columns[1] + spread.width
            small.draw(surface, tr("journal.pages", self.page + 1, self.spreads),
                       (right, base(spread.rows - 1) - small.line_height + 1), head, align="right")
        small.draw(surface, tr("journal.close"), (box.centerx, box.bottom + 4), ui_colour("grey_light"), align="center")

    def describe(self) -> dict:
        variables = self.app.story.variables
        return {"scene": "JournalScene", "carrier": self.app.story.player, "items": list(self.app.story.inventory),
                "notes": notes(variables),
                "notebooks": {p: notebook.entries(variables, p) for p in notebook.owners(variables)}}
