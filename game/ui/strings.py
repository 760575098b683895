"""The UI's words: every menu, prompt, notice and heading the game draws is read here, by id, from
the UI string table (assets/ui/strings.csv, in English) or the language in use (the same
assets/dialogue/<lang>.csv as the dialogue; see game/story/strings.py)."""

from __future__ import annotations

import logging

from game.story.strings import compile_template, text_id, ui_strings, values_in

log = logging.getLogger(__name__)

_language: dict[str, list] = {}  # id -> text parts of the language in use ({} for English)
_languages_used = 0  # how many times the language was set: what is made of UI words is kept until it changes


def use_language(parts: dict[str, list]) -> None:
    """Make a loaded table (strings.Table.parts) the UI's language; {} is English."""
    global _language, _languages_used
    _language, _languages_used = parts, _languages_used + 1


def language_key() -> int:
    """Changes whenever the language is set: a key for what is made from UI words and kept."""
    return _languages_used


_english: dict[str, list] = {}  # id -> compiled English parts, made on first use


def story_text(text: str) -> str:
    """A chapter title, objective or note from the script, in the language in use."""
    parts = _language.get(text_id(text))
    return "".join(parts) if parts else text


def tr(key: str, *values) -> str:
    """The UI string `key` in the language in use, with `{0}`, `{1}`... filled from `values`.
    An unknown id shows as itself (and is logged): tests/test_ui_strings.py keeps that from
    shipping."""
    parts = _language.get(key) or _english.get(key)
    if parts is None:
        base = ui_strings().get(key)
        if base is None:
            log.warning("no UI string %r in assets/ui/strings.csv", key)
            return key
        parts = _english[key] = compile_template(base[0], values_in(base[0]))
    if len(parts) == 1 and isinstance(parts[0], str):  # most are a plain text: asked for every frame
        return parts[0]
    return "".join(p if isinstance(p, str) else str(values[p]) if p < len(values) else "" for p in parts)


class Message:
    """A UI string put into words when it is shown (`str()`), in the language in use then: for what
    is found before the language is known (a damaged settings file) or kept to be shown later (a
    damaged save's reason). Values may be Messages too."""
    __slots__ = ("key", "values")

    def __init__(self, key: str, *values) -> None:
        self.key, self.values = key, values

    def __str__(self) -> str:
        return tr(self.key, *self.values)

    def __repr__(self) -> str:
        return f"Message({self.key!r}, ...)"
