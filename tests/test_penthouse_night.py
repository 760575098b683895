"""The second night in the penthouse (chapters 7, 9, 10), each played from its start through the
real game, headless, by the scripts in tests/scripts/ (`# args: --node ...` names the start).

Every run is watched tick by tick: the beats as they are recorded, the scene on top, and whether
the player can move. A sex scene must cut away: from the beat that starts it until the body is
found, the player never has control, and the alien's feed view is on screen in between. A second
run holds skip with every line already seen and must end in the same story state.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from game.driver import Driver
from game.story.chapters import CHAPTERS, chapter

SCRIPTS = Path(__file__).parent / "scripts"
SKIP_FOREVER = 10 ** 7  # ticks


class Watcher(Driver):
    """A driver that notes, every tick, the beats so far, the top scene and who has control."""

    def __init__(self, app) -> None:
        super().__init__(app)
        self.log: list[tuple[tuple[int, ...], str, str, bool]] = []

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            super().step(1)
            top = self.app.director.top
            explore = self.app.explore()
            self.log.append((tuple(self.app.story.beats), type(top).__name__, getattr(top, "mode", ""),
                             bool(explore and explore.controllable)))

    def ticks_between(self, first: int, last: int) -> list[tuple]:
        """The ticks after beat `first` was recorded and before beat `last` was."""
        return [t for t in self.log if first in t[0] and last not in t[0]]


def story_facts(story) -> dict:
    return {"beats": list(story.beats), "chapter": story.chapter, "map": story.map,
            "inventory": sorted(story.inventory), "objective": story.objective,
            "variables": dict(story.variables), "player": story.player}


def start_args(script: Path) -> str:
    m = re.search(r"^# args: --node (\w+)", script.read_text(encoding="utf-8"), re.M)
    assert m, f"{script.name} names no start"
    return m.group(1)


def play(app, script: Path, text: str | None = None, seen: set[str] | None = None, skip: bool = False) -> Watcher:
    """Start the chapter the script names (as chapter select does) and play the script."""
    node = start_args(script)
    driver = Watcher(app)
    app.start_chapter(next(c for c in CHAPTERS if c["node"] == node))
    if seen:
        app.story.seen_lines |= seen
    if skip:
        app.input.hold("skip", SKIP_FOREVER)
    driver.run_script(text if text is not None else script.read_text(encoding="utf-8"), str(script))
    return driver


def with_choice(text: str, tag: str, option: int) -> str:
    """The script taking option `option` at the choice marked `# choice: TAG`."""
    return "\n".join(line.replace("choose 1", f"choose {option}") if line.endswith(f"# choice: {tag}") else line
                     for line in text.splitlines())


# -- chapter 7: The Professor ---------------------------------------------------------------------
CH7 = SCRIPTS / "ch7_keyboard.txt"


@pytest.fixture(scope="module")
def ch7_run(tmp_path_factory):
    from game.app import App
    from game.settings import DEFAULTS
    home = tmp_path_factory.mktemp("ch7")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIQUID_SKY_CONFIG_DIR", str(home / "config"))
        mp.setenv("LIQUID_SKY_DATA_DIR", str(home / "data"))
        app = App(headless=True, settings=copy.deepcopy(DEFAULTS))
        driver = play(app, CH7)
        yield app, driver
        app.director.clear()


def test_chapter_7_by_keyboard_records_beats_16_and_19(ch7_run):
    app, driver = ch7_run
    story = app.story
    assert story.chapter == "7" and story.beats == [16, 19]
    assert story.variables["$ch7_owen_choice"] == "scene"
    assert story.variables["$ch7_called_club"] is True
    assert driver.scene().describe()["scene"] == "ExploreScene"
    said = [text for _, text in app.history]
    # Owen is the former student's professor he told Johann about (chapter 4)
    assert any("engagement with a former student" in t for t in said)
    assert any("crystal the length of a finger" in t for t in said)


def test_chapter_7_cuts_away_from_beat_16_to_the_body(ch7_run):
    _, driver = ch7_run
    scene = driver.ticks_between(16, 19)
    assert scene, "beat 16 must come before beat 19"
    assert not any(control for *_, control in scene), "the player has control during the scene"
    feed = [t for t in scene if t[1] == "UfoView" and t[2] == "feed"]
    assert len(feed) > 60  # the alien's feed view is on screen for a while, not a flicker
    # the body comes after the feed view, still without control, and the player gets it back later
    after = [t for t in driver.log if 19 in t[0]]
    assert after and not after[0][3] and after[-1][3]


def test_chapter_7_skipped_ends_in_the_same_state(ch7_run, app):
    first, watched = ch7_run
    skipped = play(app, CH7, seen=set(first.story.seen_lines), skip=True)
    assert story_facts(app.story) == story_facts(first.story)
    assert skipped.frames < watched.frames
    assert not any(control for *_, control in skipped.ticks_between(16, 19))


@pytest.mark.parametrize("option, choice, line", [
    (2, "refused", "I wouldn't read your scene with you. You did both parts. You did this one on your own too."),
    (3, "truth", "I told you nobody listens. I'm listening now. There's nothing to hear."),
])
def test_chapter_7_owens_scene_remembers_the_choice(app, option, choice, line):
    play(app, CH7, with_choice(CH7.read_text(encoding="utf-8"), "ch7_owen", option))
    assert app.story.beats == [16, 19]
    assert app.story.variables["$ch7_owen_choice"] == choice
    assert line in [text for _, text in app.history]


def test_chapter_7_keeps_margaret_indoors(app):
    """The front door and the roof stairs are shut in this chapter, with a line, not a dead end."""
    driver = Watcher(app)
    app.start_chapter(chapter("7"))
    driver.run_script('until scene == "DialogueScene" or scene == "TitleCard" 900\nadvance\n'
                      'until scene == "DialogueScene" or scene == "ExploreScene" 900\nadvance\n'
                      'until scene == "ExploreScene" 900\nwalkto 29 13\nhold up 30')
    assert driver.scene().describe()["node"] == "Penthouse_Door_Shut"
    driver.run_script('advance\nuntil scene == "ExploreScene" 900\nwalkto 34 13\nhold up 30')
    assert driver.scene().describe()["node"] == "Penthouse_Roof_Shut"
    driver.run_script('advance\nuntil scene == "ExploreScene" 900')
    assert app.story.map == "penthouse"
