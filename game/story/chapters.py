"""The chapters: where each starts, and where a new game begins.

`CHAPTERS` feeds New game, chapter select and `liquid-sky --node`. Each chapter starts by playing
its `node` on its `map` at its `spawn`; the node's `<<chapter ...>>` command shows the title card
and autosaves.
"""

from __future__ import annotations

import re

CHAPTERS: list[dict[str, str]] = [
    {"id": "prologue", "title": "Arrival", "map": "rooftop", "spawn": "stairs", "node": "Prologue_Start",
     "player": "margaret"},
    {"id": "1", "title": "Fashion Victims", "map": "club", "spawn": "entrance", "node": "Ch1_Start",
     "player": "margaret"},
    {"id": "2", "title": "House Call", "map": "penthouse", "spawn": "front_door", "node": "Ch2_Start",
     "player": "margaret"},
    {"id": "3", "title": "The Show", "map": "club", "spawn": "backstage", "node": "Ch3_Start",
     "player": "margaret"},
    {"id": "4", "title": "Closing Time", "map": "observation_deck", "spawn": "elevator", "node": "Ch4_Start",
     "player": "johann"},
    {"id": "5", "title": "Across the Street", "map": "street", "spawn": "taxi", "node": "Ch5_Start",
     "player": "johann"},
    {"id": "6", "title": "Across Town", "map": "katherine_loft", "spawn": "front_door", "node": "Ch6_Start",
     "player": "katherine"},
    {"id": "7", "title": "The Professor", "map": "penthouse", "spawn": "front_door", "node": "Ch7_Start",
     "player": "margaret"},
    {"id": "8", "title": "Dinner for Two", "map": "sylvia_apartment", "spawn": "front_door", "node": "Ch8_Start",
     "player": "johann"},
    {"id": "9", "title": "The Client", "map": "penthouse", "spawn": "front_door", "node": "Ch9_Start",
     "player": "margaret"},
    {"id": "10", "title": "Housekeeping", "map": "penthouse", "spawn": "front_door", "node": "Ch10_Start",
     "player": "margaret"},
    {"id": "11", "title": "The Shoot", "map": "rooftop", "spawn": "stairs", "node": "Ch11_Start",
     "player": "margaret"},
    {"id": "12", "title": "Vengeance", "map": "penthouse", "spawn": "stairs", "node": "Ch12_Start",
     "player": "margaret"},
    {"id": "13", "title": "Endorphins", "map": "penthouse", "spawn": "front_door", "node": "Ch13_Start",
     "player": "johann"},
    {"id": "finale", "title": "Liquid Sky", "map": "rooftop", "spawn": "stairs", "node": "Finale_Start",
     "player": "margaret"},
]

# What each person carries as a chapter starts, as the story played through hands it on (keys from
# Adrian, the outfit from the closet, Johann's things from the deck, the test print, his notebook):
# a chapter chosen from the menu starts with the same (tests/test_chapter_saves.py compares them).
# The chapter's own <<give>> and <<take>> go on from there.
_HER = ("keys", "outfit")
_HIS = ("dollars", "notebook")
CARRIED: dict[str, dict[str, tuple[str, ...]]] = {
    "2": {"margaret": ("keys",)},
    "3": {"margaret": _HER},
    "4": {"margaret": _HER},
    "5": {"margaret": _HER, "johann": (*_HIS, "telescope")},
    **{c: {"margaret": _HER, "johann": _HIS} for c in ("6", "7", "8", "9", "10", "11")},
    **{c: {"margaret": (*_HER, "photo"), "johann": _HIS} for c in ("12", "13")},
    "finale": {"margaret": (*_HER, "photo", "notebook"), "johann": ("dollars",)},
}

NEW_GAME = CHAPTERS[0]
# noted in the chapters reached when the credits roll at the end of the story: the finale is finished
THE_END = "end"
FIRST_NIGHT = ("prologue", "1", "2", "3")  # to four in the morning; chapters 4 to the finale are the second


def night_of(chapter_id: str) -> int:
    """1 or 2, the night a chapter is played in (its light: see game/world/lighting.py); 0 outside
    the story (a map opened on its own)."""
    if chapter(chapter_id) is None:
        return 0
    return 1 if chapter_id in FIRST_NIGHT else 2


def chapter_heading(chapter_id: str) -> str:
    """"Prologue", "Finale" or "Chapter 3": how cards and menus name a chapter."""
    from game.ui.strings import tr
    key = {"0": "chapter.prologue", "prologue": "chapter.prologue", "finale": "chapter.finale"}.get(str(chapter_id))
    return tr(key) if key else tr("chapter.number", chapter_id)


def carried(chapter_id: str) -> dict[str, list[str]]:
    """Person -> what they carry as this chapter starts (fresh lists, for a new story)."""
    return {person: list(things) for person, things in CARRIED.get(chapter_id, {}).items()}


def chapter(chapter_id: str) -> dict[str, str] | None:
    return _BY_ID.get(chapter_id)


_BY_ID = {c["id"]: c for c in CHAPTERS}  # the map asks for its night on every frame


def chapter_variant(node: str, chapter_id: str) -> str:
    """The name of a chapter's own version of a node: `Penthouse_Closet` in chapter 2 plays
    `Ch2_Penthouse_Closet` if that node exists (see docs/writing.md, "Chapter variants"); the prologue's
    and the finale's are `Prologue_...` and `Finale_...`."""
    prefix = {"prologue": "Prologue", "finale": "Finale"}.get(chapter_id, f"Ch{chapter_id}")
    return f"{prefix}_{node}"


def variant_base(node: str) -> str:
    """The node a chapter's own version stands in for: `Ch2_Penthouse_Closet` -> `Penthouse_Closet`
    (`Prologue_...`, `Finale_...` too); any other name as it is."""
    return re.sub(r"^(Ch\d+|Prologue|Finale)_", "", node)


def finished(reached: list[str]) -> list[dict[str, str]]:
    """The chapters played to their end, for the scene gallery: each one after which the next
    was reached, and the finale once the credits have rolled."""
    after = [c["id"] for c in CHAPTERS[1:]] + [THE_END]
    return [c for c, following in zip(CHAPTERS, after) if c["id"] in reached and following in reached]


def entry_nodes() -> list[str]:
    return [c["node"] for c in CHAPTERS]
