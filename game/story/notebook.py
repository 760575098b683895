"""Notebooks: what a person writes down, entry by entry (Johann's sightings through the telescope).

Entries are story variables, so saves carry them: `$notebook_<person>_<n>` holds entry n (from 1)
and `$notebook_<person>` how many there are. An entry the game writes itself (a sighting) is kept
as UI string ids (in_words), one from the script as its English: each reads in the language in
use. The journal shows each notebook under its owner's name; dialogue reads them with
`notebook_count("johann")` and `notebook_entry("johann", 2)`.

The night's clock is `$clock`, "HH:MM" (the telescope moves it on while Johann watches).
"""

from __future__ import annotations

import re

CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
ENTRY = re.compile(r"_\d+$")
NOON = 12 * 60


def count(variables: dict, person: str) -> int:
    return int(variables.get(f"$notebook_{person}", 0))


IN_WORDS = "ui:"  # an entry kept as UI string ids: "ui:telescope.entry|23:41|telescope.high|..."


def in_words(key: str, *values: str) -> str:
    """An entry kept as a UI string and its values (each a UI string id, or text such as a time),
    so that it reads in the language in use whenever it is read, and saves keep no language."""
    return IN_WORDS + "|".join((key, *values))


def entry(variables: dict, person: str, n: int) -> str:
    """Entry n as the player reads it, in the language in use."""
    from game.story.strings import ui_strings
    from game.ui.strings import story_text, tr
    raw = str(variables.get(f"$notebook_{person}_{int(n)}", ""))
    if not raw.startswith(IN_WORDS):
        return story_text(raw)  # a <<note>> from the script
    key, *values = raw[len(IN_WORDS):].split("|")
    return tr(key, *(tr(v) if v in ui_strings() else v for v in values))


def entries(variables: dict, person: str) -> list[str]:
    return [entry(variables, person, n) for n in range(1, count(variables, person) + 1)]


def add(variables: dict, person: str, text: str) -> int:
    """Write the next entry; returns its number."""
    n = count(variables, person) + 1
    variables[f"$notebook_{person}_{n}"] = text
    variables[f"$notebook_{person}"] = n
    return n


def owners(variables: dict) -> list[str]:
    """Everyone with a notebook entry, in name order."""
    found = {k[len("$notebook_"):] for k in variables if k.startswith("$notebook_") and not ENTRY.search(k)}
    return sorted(p for p in found if count(variables, p) > 0)


def parse_clock(text: str) -> int:
    """"23:42" -> minutes after noon, so the night counts on past midnight ("00:30" is 750)."""
    m = CLOCK.match(str(text).strip())
    if m is None:
        raise ValueError(f"{text!r} is not a time of night like 23:42")
    minutes = int(m.group(1)) * 60 + int(m.group(2))
    return minutes - NOON if minutes >= NOON else minutes + NOON


def format_clock(minutes: int) -> str:
    total = (minutes + NOON) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"
