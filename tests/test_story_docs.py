"""docs/story.md tells the same story the game keeps: every beat by number and name, every chapter."""

from pathlib import Path

from game.story.beats import BEATS
from game.story.chapters import CHAPTERS

STORY = (Path(__file__).resolve().parent.parent / "docs" / "story.md").read_text(encoding="utf-8")


def test_the_thirty_beats_are_listed_with_the_games_names():
    assert sorted(BEATS) == list(range(1, 31))
    for number, name in BEATS.items():
        assert f"| {number:02d} | {name} |" in STORY, (number, name)


def test_every_chapter_of_the_game_is_in_the_chapter_plan():
    for chapter in CHAPTERS:
        assert f"| {chapter['id']} | {chapter['title']} |" in STORY, chapter["id"]
        assert f"`{chapter['node']}`" in STORY, chapter["node"]
