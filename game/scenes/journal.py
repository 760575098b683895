"""The journal: the objective, what the person played carries, and the notes taken, in a spiral notebook.

Notes are story variables named `$note_<id>` holding the note's text (set from dialogue with
`<<set $note_owen to "Owen teaches drama at the college.">>`); they appear in the order of their ids.
After them come the people's notebooks (game/story/notebook.py), each under its owner's name.
"""

from __future__ import annotations

import functools

import json
from functools import lru_cache

import pygame

from game.director import Scene, veil
from game.palette import colour
from game.paths import asset
from game.story import notebook
from game.story.strings import ui_strings
from game.ui.text import font
from game.ui.widgets import image
from game.ui.strings import story_text, tr

BOOK_POS = (80, 35)  # journal.png is 320x200
LEFT_X, RIGHT_X = 28, 180  # text columns inside the book
FIRST_RULE, RULE = 22, 12  # the ruled lines of the paper
PAGE_WIDTH = 124
ROWS = 13


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


class JournalScene(Scene):
    opaque = False
    pauses_below = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.t = 0
        self.page = 0  # pages of notes beyond the first, turned with left/right

    @functools.cached_property
    def note_lines(self) -> list[tuple[str, bool]]:
        """The notes wrapped to the page, each line with whether it is a heading (made once: the
        story does not move while the journal is open)."""
        small = font("small")
        variables = self.app.story.variables
        lines: list[tuple[str, bool]] = []
        for text in notes(variables):
            lines.extend((line, False) for line in small.wrap(tr("journal.note", story_text(text)), PAGE_WIDTH))
        for person in notebook.owners(variables):
            lines.append((tr("journal.notebook", person.replace("_", " ").title()), True))
            for text in notebook.entries(variables, person):
                lines.extend((line, False) for line in small.wrap(tr("journal.note", story_text(text)), PAGE_WIDTH))
        return lines

    def update(self, is_top: bool) -> None:
        self.t += 1
        if not is_top:
            return
        inp = self.app.input
        if {"cancel", "menu", "journal", "interact"} & inp.pressed or inp.clicks:
            self.app.sfx("ui_back")
            self.close()
            return
        pages = max(1, -(-len(self.note_lines) // (ROWS - 4)))
        if "right" in inp.pressed or "down" in inp.pressed:
            self.page = min(pages - 1, self.page + 1)
        if "left" in inp.pressed or "up" in inp.pressed:
            self.page = max(0, self.page - 1)

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size(), colour("ink"), 170), (0, 0))
        bx, by = BOOK_POS
        book = image("sprites", "ui", "journal.png")
        if book is not None:
            surface.blit(book, BOOK_POS)
        else:
            surface.fill(colour("bleach"), (bx, by, 320, 200))
        body, small = font("body"), font("small")
        ink, head = colour("ink"), colour("plum")

        def row_y(row: int, f) -> int:
            return by + FIRST_RULE + row * RULE - f.line_height + 1  # text sits on the rule

        # left page: the objective and the items
        story = self.app.story
        body.draw(surface, tr("journal.now"), (bx + LEFT_X, row_y(0, body)), head)
        objective = small.wrap(story_text(story.objective) or tr("objective.none"), PAGE_WIDTH)
        for i, line in enumerate(objective):
            small.draw(surface, line, (bx + LEFT_X, row_y(1 + i, small)), ink)
        carried = max(5, len(objective) + 2)  # the row of the next heading: lower for a long objective
        body.draw(surface, tr("journal.carrying", story.player.replace("_", " ").title()),
                  (bx + LEFT_X, row_y(carried, body)), head)
        icons = image("sprites", "ui", "items.png")
        items = story.inventory
        if not items:
            small.draw(surface, tr("journal.nothing"), (bx + LEFT_X, row_y(carried + 1, small)), colour("grey_dark"))
        for i, item in enumerate(items[:ROWS - carried - 1]):
            y = row_y(carried + 1 + i, small)
            index = item_icons().get(item)
            if icons is not None and index is not None:
                # a 16px icon on a 12px rule: shrink to 12 with nearest-neighbour, still palette-only
                icon = pygame.transform.scale(icons.subsurface((index * 16, 0, 16, 16)), (12, 12))
                surface.blit(icon, (bx + LEFT_X, by + FIRST_RULE + (carried + 1 + i) * RULE - 12))
            small.draw(surface, item_name(item), (bx + LEFT_X + 16, y), ink)
        # right page: notes
        body.draw(surface, tr("journal.notes"), (bx + RIGHT_X, row_y(0, body)), head)
        lines = self.note_lines
        per_page = ROWS - 4
        shown = lines[self.page * per_page:(self.page + 1) * per_page]
        if not shown:
            small.draw(surface, tr("journal.no_notes"), (bx + RIGHT_X, row_y(1, small)), colour("grey_dark"))
        for i, (line, heading) in enumerate(shown):
            small.draw(surface, line, (bx + RIGHT_X, row_y(1 + i, small)), head if heading else ink)
        pages = max(1, -(-len(lines) // per_page))
        if pages > 1:
            small.draw(surface, tr("journal.pages", self.page + 1, pages), (bx + RIGHT_X + PAGE_WIDTH, row_y(ROWS - 2, small)),
                       head, align="right")
        small.draw(surface, tr("journal.close"), (240, by + 206), colour("grey_light"), align="center")

    def describe(self) -> dict:
        variables = self.app.story.variables
        return {"scene": "JournalScene", "carrier": self.app.story.player, "items": list(self.app.story.inventory),
                "notes": notes(variables),
                "notebooks": {p: notebook.entries(variables, p) for p in notebook.owners(variables)}}
