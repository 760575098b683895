"""The whole story: New game -> the credits, headless, through the real game.

`tests/scripts/story_keyboard.txt` plays every chapter in order by keyboard, the way a player
does: all 30 beats of the film happen on the way, the finale's credits roll, and the title screen
comes back with every chapter in chapter select. A second run holds `skip` with every line seen
(everywhere but the play a skipping player still plays: the runway walk, the telescope, the shoot)
and must end in the same story state.
"""

import re
from pathlib import Path

import pytest

from conftest import played_from_title
from game.scenes.title import TitleScene
from game.story.chapters import CHAPTERS

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "scripts" / "story_keyboard.txt"
SKIP_FOREVER = 10 ** 7  # ticks
PLAY = re.compile(r"# -- (runway|telescope|shoot): (begin|end)")
CUES = ("$runway_cue", "$shoot_cue")


def story_facts(story) -> dict:
    """What a save would carry about the story, minus bookkeeping of how it was played."""
    variables = {k: v for k, v in story.variables.items() if k not in CUES}
    return {"beats": sorted(story.beats), "chapter": story.chapter, "inventory": sorted(story.inventory),
            "variables": variables, "player": story.player}


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    """The whole story once, watched (module scoped, with its own settings and saves)."""
    with played_from_title(tmp_path_factory.mktemp("story"), SCRIPT) as played:
        yield played


BEATS = list(range(1, 31))


def test_new_game_to_the_credits_records_every_beat(watched):
    app, _ = watched
    story = app.story
    assert sorted(story.beats) == BEATS
    assert story.chapter == "finale" and story.variables["$credits_rolled"] is True
    # the credits hand over to the title, whose chapter select lists every chapter
    title = app.director.stack[0]
    assert isinstance(title, TitleScene)
    assert [c["id"] for c in title.chapters] == [c["id"] for c in CHAPTERS]


def test_choices_and_notes_carry_across_the_chapters(watched):
    """What the player chose earlier shows up later, across chapters and writers: Johann reads out
    his notebook from the deck, and the finale remembers the second night."""
    from game.story import notebook

    app, _ = watched
    v = app.story.variables
    said = [text for _, text in app.said()]
    logged = v["$ch13_logged"]
    assert logged >= 2 and f'"{notebook.entry(v, "johann", logged)}"' in said  # chapters 4 and 8 -> 13
    assert any("I asked a guard about airships" in t for t in said)  # chapter 4 stalled -> 13
    assert any(t.startswith("Owen is in the wardrobe") for t in said)  # chapter 10 -> 12
    assert any("business with the television producer on twelve" in t for t in said)  # chapter 5 -> finale
    assert "I told him to pull himself together, like a coat. He took his coat." in said  # chapter 6 -> finale
    assert any(t.startswith("He was so polite about not staying") for t in said)  # chapter 8 -> finale


def test_the_story_script_is_what_the_tool_writes_from_the_chapter_scripts():
    """tests/scripts/story_keyboard.txt is written by tools/story_script.py: after changing a
    chapter's script, run `python tools/story_script.py`."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("story_script", ROOT / "tools" / "story_script.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert SCRIPT.read_text(encoding="utf-8") == tool.story(), "run: python tools/story_script.py"


def test_skipping_every_cutscene_ends_in_the_same_story_state(watched, app, driver):
    first, first_driver = watched
    seen = set(first.story.seen_lines)
    original = app.start_chapter

    def start_with_seen_lines(chapter):  # New game replaces the story: give it what was read
        original(chapter)
        app.story.seen_lines |= seen

    app.start_chapter = start_with_seen_lines
    app.director.push(TitleScene(app))
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    start = 0
    for i, line in enumerate(lines + ["# -- runway: begin"]):  # a last begin ends the last part
        m = PLAY.match(line)
        if not m or i < start:
            continue
        playing = m.group(2) == "end"  # the part that ends here was played (end) or watched (begin)
        app.input.hold("skip", 1 if playing else SKIP_FOREVER)
        # blank lines in place of the other parts keep error messages' line numbers right
        driver.run_script("\n" * start + "\n".join(lines[start:i]), str(SCRIPT))
        start = i
    assert story_facts(app.story) == story_facts(first.story)
    assert driver.frames < first_driver.frames  # skipping really skipped something
