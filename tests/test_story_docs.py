"""docs/story.md tells the same story the game keeps: every beat by number and name, every chapter."""

import re
from pathlib import Path

from game.story.beats import BEATS
from game.story.chapters import CHAPTERS
from game.story.notebook import parse_clock

ROOT = Path(__file__).resolve().parent.parent
STORY = (ROOT / "docs" / "story.md").read_text(encoding="utf-8")


def test_the_thirty_beats_are_listed_with_the_games_names():
    assert sorted(BEATS) == list(range(1, 31))
    for number, name in BEATS.items():
        assert f"| {number:02d} | {name} |" in STORY, (number, name)


def test_every_chapter_of_the_game_is_in_the_chapter_plan():
    for chapter in CHAPTERS:
        assert f"| {chapter['id']} | {chapter['title']} |" in STORY, chapter["id"]
        assert f"`{chapter['node']}`" in STORY, chapter["node"]


def test_every_time_in_a_second_night_chapter_is_inside_its_row_of_the_clock():
    """docs/story.md's clock: each chapter's from/to; every HH:MM in its dialogue file (the
    telescope's stops, `$clock`, the notebook) falls between them."""
    rows = re.findall(r"^\| (\w+) \| (\d\d:\d\d) \| (\d\d:\d\d) \|", STORY, re.M)
    assert [r[0] for r in rows] == ["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "finale"]
    for chapter, start, end in rows:
        low, high = parse_clock(start), parse_clock(end)
        assert low < high, chapter
        text = (ROOT / "assets" / "dialogue" / f"{'finale' if chapter == 'finale' else 'ch' + chapter}.yarn").read_text()
        for time in re.findall(r"\b\d\d:\d\d\b", text):
            assert low <= parse_clock(time) <= high, (chapter, time)
