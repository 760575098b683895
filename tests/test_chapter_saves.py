"""Every chapter from chapter select: its autosave, loaded in a fresh app, plays on to the next.

The whole story script (`tests/scripts/story_keyboard.txt`) is played once from the title to find
each chapter's lines: the one during which it began (its title card, or the prologue's first line,
on top), and the one after which its player first has control (where it autosaves). Then, for each
chapter: chapter select starts it (a fresh story) and its opening lines bring it to its autosave,
where everyone carries what they carry there in the whole story; a fresh app loads that autosave from the slot list, and the script's lines play it on until the next
chapter has autosaved or, after the finale, until the credits have rolled and the title is back.
"""

from pathlib import Path

import pytest

from conftest import isolated_app
from game.scenes.title import TitleScene
from game.story.chapters import CHAPTERS, chapter

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "scripts" / "story_keyboard.txt"
CONTROL = 'until scene == "ExploreScene"'  # how every chapter script waits for the player's control
IDS = [c["id"] for c in CHAPTERS]


LINES = SCRIPT.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def chapter_lines(tmp_path_factory) -> dict[str, tuple[int, str, int, dict]]:
    """Chapter -> (the script line, 0-based, during which it began; the scene then on top; the line
    after which its player first has control; what each person carries then)."""
    began: dict[str, tuple[int, str]] = {}
    control: dict[str, int] = {}
    carried: dict[str, dict[str, list[str]]] = {}
    with isolated_app(tmp_path_factory.mktemp("story")) as (app, driver):
        driver.mode = "keyboard"
        app.director.push(TitleScene(app))
        for number, line in enumerate(LINES):
            driver.run_line(line)
            chapter_id = app.story.chapter
            if chapter_id and chapter_id not in began:
                began[chapter_id] = number, driver.scene().describe()["scene"]
            if chapter_id and chapter_id not in control and line.startswith(CONTROL):
                control[chapter_id] = number
                carried[chapter_id] = carrying(app.story)
        assert app.story.variables.get("$credits_rolled")
    assert list(began) == list(control) == IDS
    return {c: (*began[c], control[c], carried[c]) for c in IDS}


def carrying(story) -> dict[str, list[str]]:
    return {person: sorted(things) for person, things in story.inventories.items() if things}


def play(driver, first: int, end: int) -> None:
    """The story script's lines first .. end - 1 (errors name their line in the file)."""
    driver.run_script("\n" * first + "\n".join(LINES[first:end]), str(SCRIPT))


@pytest.mark.parametrize("chapter_id", IDS)
def test_a_chapters_autosave_loads_in_a_fresh_app_and_plays_on(chapter_lines, tmp_path, chapter_id):
    began, top, control, carried = chapter_lines[chapter_id]
    home = tmp_path / "home"
    with isolated_app(home) as (app, driver):
        driver.mode = "keyboard"
        app.start_chapter(chapter(chapter_id))
        driver.run_line(f'until scene == "{top}" 900')
        play(driver, began + 1, control + 1)
        driver.step(2)  # the autosave is made on the first tick with control
        saved = app.saves.latest()
        assert saved is not None and saved.slot.startswith("auto_")
        assert saved.data["story"]["chapter"] == chapter_id
        objective, player = app.story.objective, app.story.player
        assert carrying(app.story) == carried
    with isolated_app(home) as (app, driver):  # a fresh start of the game: only the files remain
        driver.mode = "keyboard"
        latest = app.saves.latest()
        assert latest.slot == saved.slot and app.saves.load(latest.slot) == ""
        story = app.story
        assert (story.chapter, story.objective, story.player) == (chapter_id, objective, player)
        assert app.explore().controllable
        index = IDS.index(chapter_id)
        end = chapter_lines[IDS[index + 1]][2] + 1 if index + 1 < len(IDS) else len(LINES)
        play(driver, control + 1, end)
        driver.step(2)
        if index + 1 < len(IDS):
            assert app.story.chapter == IDS[index + 1]
            assert app.saves.latest().data["story"]["chapter"] == IDS[index + 1]
        else:
            assert app.story.variables.get("$credits_rolled") and app.director.find(TitleScene) is not None
