"""The second night in the penthouse (chapters 7, 9, 10) and across the street at Sylvia's (8), each
played from its start through the real game, headless, by the scripts in tests/scripts/
(`# args: --node ...` names the start): the keyboard's, the mouse's and the pad's.

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

from conftest import ui_globals_kept
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


# -- the chapters ----------------------------------------------------------------------------
# chapter -> its keyboard script, the beats in the order they happen, the chapter it ends in, and
# its sex scene as (the beat from which the player has no control, the beat that starts the
# cut-away, the body's beat)
CHAPTERS_PLAYED = {
    "7": ("ch7_keyboard.txt", [16, 19], "8", (16, 16, 19)),
    "8": ("ch8_keyboard.txt", [21], "9", None),
    "9": ("ch9_keyboard.txt", [18, 17, 19, 20], "10", (18, 17, 19)),
    "10": ("ch10_keyboard.txt", [22], "11", None),
}
SEX_SCENES = [c for c, played in CHAPTERS_PLAYED.items() if played[3]]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Each chapter played once by its keyboard script, shared by the checks below."""
    from game.app import App
    from game.settings import DEFAULTS
    played = {}
    with pytest.MonkeyPatch.context() as mp, ui_globals_kept():
        for chapter_id, (script, *_) in CHAPTERS_PLAYED.items():
            home = tmp_path_factory.mktemp(f"ch{chapter_id}")
            mp.setenv("LIQUID_SKY_CONFIG_DIR", str(home / "config"))
            mp.setenv("LIQUID_SKY_DATA_DIR", str(home / "data"))
            app = App(headless=True, settings=copy.deepcopy(DEFAULTS))
            played[chapter_id] = (app, play(app, SCRIPTS / script))
        yield played
        for app, _ in played.values():
            app.director.clear()


@pytest.mark.parametrize("chapter_id", CHAPTERS_PLAYED)
def test_each_chapter_by_keyboard_records_its_beats_and_goes_on(runs, chapter_id):
    app, driver = runs[chapter_id]
    _, beats, ends_in, _ = CHAPTERS_PLAYED[chapter_id]
    assert app.story.beats[:len(beats)] == beats  # and those of the next chapter's opening, if any
    assert app.story.chapter == ends_in
    if ends_in == chapter_id:  # the last chapter written so far: the player is left in control
        assert driver.scene().describe()["scene"] == "ExploreScene" and driver.log[-1][3]


@pytest.mark.parametrize("chapter_id", SEX_SCENES)
def test_each_sex_scene_cuts_away_to_the_feed_view_and_is_never_playable(runs, chapter_id):
    assert_cut_away(runs[chapter_id][1], chapter_id)


def assert_cut_away(driver: Watcher, chapter_id: str) -> None:
    no_control_from, cut_at, body = CHAPTERS_PLAYED[chapter_id][3]
    scene = driver.ticks_between(no_control_from, body)
    assert scene, f"beat {no_control_from} must come before beat {body}"
    assert not any(control for *_, control in scene), "the player has control during the scene"
    feed = [t for t in driver.ticks_between(cut_at, body) if t[1] == "UfoView" and t[2] == "feed"]
    assert len(feed) > 60  # the alien's feed view is on screen for a while, not a flicker
    # the body is found without control; the player gets it back afterwards
    after = [t for t in driver.log if body in t[0]]
    assert after and not after[0][3] and any(control for *_, control in after)


# what each input chooses where the scripts differ: the mouse takes other options than the keys
CHOSEN = {"7": ("$ch7_owen_choice", {"mouse": "refused", "pad": "scene"}),
          "8": ("$ch8_sylvia", {"mouse": "blunt", "pad": "polite"}),
          "9": ("$ch9_told_paul", {"mouse": "back", "pad": "right"}),
          "10": ("$ch10_price", {"mouse": "nobody", "pad": "fee"})}


@pytest.mark.parametrize("chapter_id", CHAPTERS_PLAYED)
@pytest.mark.parametrize("mode", ["mouse", "pad"])
def test_the_mouse_alone_and_the_pad_alone_play_each_chapter(app, mode, chapter_id):
    """Walked (or clicked) up to as a player does, with the one device: the chapter's beats, its
    cut-away with no control and the feed view on screen, and the chapter after it begun."""
    from game.driver import script_header
    path = SCRIPTS / f"ch{chapter_id}_{mode}.txt"
    assert script_header(path.read_text(encoding="utf-8"))["mode"] == mode
    driver = play(app, path)
    _, beats, ends_in, scene = CHAPTERS_PLAYED[chapter_id]
    assert app.story.beats[:len(beats)] == beats and app.story.chapter == ends_in
    assert app.input.last_device == mode
    variable, chosen = CHOSEN[chapter_id]
    assert app.story.variables[variable] == chosen[mode]
    if scene:
        assert_cut_away(driver, chapter_id)
    if chapter_id == "8":
        assert app.story.variables["$ch8_sightings"] == 3  # the craft followed and logged at each look


@pytest.mark.parametrize("chapter_id", CHAPTERS_PLAYED)
def test_each_chapter_skipped_ends_in_the_same_state(runs, chapter_id, app):
    first, watched = runs[chapter_id]
    script, _, _, scene = CHAPTERS_PLAYED[chapter_id]
    skipped = play(app, SCRIPTS / script, seen=set(first.story.seen_lines), skip=True)
    assert story_facts(app.story) == story_facts(first.story)
    assert skipped.frames < watched.frames
    if scene:
        no_control_from, _, body = scene
        assert not any(control for *_, control in skipped.ticks_between(no_control_from, body))


def test_chapter_7_owen_is_the_former_student_s_professor_and_dies_with_a_crystal(runs):
    app, _ = runs["7"]
    assert app.story.variables["$ch7_owen_choice"] == "scene"
    said = [text for _, text in app.said()]
    assert any("engagement with a former student" in t for t in said)  # what he told Johann (chapter 4)
    assert any("crystal the length of a finger" in t for t in said)


@pytest.mark.parametrize("option, choice, line", [
    (2, "refused", "I wouldn't read your scene with you. You did both parts. You did this one on your own too."),
    (3, "truth", "I told you nobody listens. I'm listening now. There's nothing to hear."),
])
def test_chapter_7_owens_scene_remembers_the_choice(app, option, choice, line):
    script = SCRIPTS / "ch7_keyboard.txt"
    play(app, script, with_choice(script.read_text(encoding="utf-8"), "ch7_owen", option))
    assert app.story.beats == [16, 19]
    assert app.story.variables["$ch7_owen_choice"] == choice
    assert line in [text for _, text in app.said()]


def test_chapter_7_keeps_margaret_indoors(app):
    """The front door and the roof stairs are shut in this chapter, with a line, not a dead end."""
    driver = Watcher(app)
    app.start_chapter(chapter("7"))
    driver.run_script('until scene == "DialogueScene" or scene == "TitleCard" 900\nadvance\n'
                      'until scene == "DialogueScene" or scene == "ExploreScene" 900\nadvance\n'
                      'until scene == "ExploreScene" 900\nwalkto 29 13\nhold up 30')
    assert driver.scene().describe()["node"].split(".")[0] == "Penthouse_Door_Shut"  # a node group's member
    driver.run_script('advance\nuntil scene == "ExploreScene" 900\nwalkto 34 13\nhold up 30')
    assert driver.scene().describe()["node"].split(".")[0] == "Penthouse_Roof_Shut"
    driver.run_script('advance\nuntil scene == "ExploreScene" 900')
    assert app.story.map == "penthouse"


def test_chapter_2_keeps_margaret_in_with_jimmy(app):
    """Chapter 2 ends by the story (the outfit, then the taxi): the front door says why not, in
    Margaret's words, and she stays in the penthouse, off the street (Johann's, in chapter 5)."""
    driver = Watcher(app)
    app.start_chapter(chapter("2"))
    driver.run_script('until scene == "DialogueScene" or scene == "TitleCard" 900\nadvance\n'
                      'until scene == "DialogueScene" or scene == "ExploreScene" 900\nadvance\n'
                      'until scene == "ExploreScene" 900\nwalkto 29 13\nhold up 30')
    assert driver.scene().describe()["node"].split(".")[0] == "Penthouse_Door_Shut"
    driver.run_script('advance\nuntil scene == "ExploreScene" 900')
    assert any(who == "Margaret" and text.startswith("And leave Jimmy alone in here") for who, text in app.said())
    assert app.story.map == "penthouse"


def test_chapter_9_paul_says_where_he_came_from_and_margaret_understands(runs):
    app, _ = runs["9"]
    said = [text for _, text in app.said()]
    assert any("Pull yourself together" in t and "curtains" in t for t in said)  # beat 18: Katherine's party
    assert "He was here. I told him you were right." in said  # the choice, heard by Katherine
    assert "I can kill. I don't need a knife or a reason. I only have to be there." in said  # beat 20
    # Paul's body is gone from the hall; Owen's is still in the bedroom
    world = app.explore().world
    assert not world.actor("paul").visible and world.actor("owen").visible


@pytest.mark.parametrize("option, choice, line", [
    (2, "back", "He was here. I told him to go back to you."),
    (3, "nothing", "He was here. He did the talking."),
])
def test_chapter_9_katherine_hears_what_margaret_told_paul(app, option, choice, line):
    script = SCRIPTS / "ch9_keyboard.txt"
    play(app, script, with_choice(script.read_text(encoding="utf-8"), "ch9_paul", option))
    assert app.story.beats == [18, 17, 19, 20]
    assert app.story.variables["$ch9_told_paul"] == choice
    assert line in [text for _, text in app.said()]


def test_chapter_10_owen_is_hidden_in_the_wardrobe_and_adrian_names_her_price(runs):
    app, _ = runs["10"]
    v = app.story.variables
    assert (v["$ch10_body"], v["$ch10_carrier"], v["$ch10_price"]) == ("wardrobe", "rug", "fee")
    assert app.story.map == "rooftop"  # on to the shoot, chapter 11
    said = [text for _, text in app.said()]
    # what chapters 7 and 9 chose, told to Adrian (a story started here has neither: the defaults)
    assert any(t.startswith("Owen. My acting teacher, from college.") for t in said)
    assert "Half. I'm not a monster. I'm a small business." in said


def test_chapter_10_other_route_garment_bag_sofa_bed_and_nobody_comes_up(app):
    """The closet gives the garment bag; refused places say why; the hall's sofa bed will do."""
    script = SCRIPTS / "ch10_keyboard.txt"
    text = script.read_text(encoding="utf-8")
    lines = text.splitlines()
    begin = next(i for i, line in enumerate(lines) if line == "# -- carrier: begin")
    end = next(i for i, line in enumerate(lines) if line == "# -- place: end")
    route = [
        # the bathtub is refused, the garment bag taken from the closet, Owen zipped into it
        "walkto 15 23", "hold down 2", "press interact", "advance", 'until scene == "ExploreScene" 900',
        "walkto 21 19", "hold down 2", "press interact", "choose 1", "advance", 'until scene == "ExploreScene" 900',
        "walkto 5 21", "hold down 2", "press interact", "choose 2", "advance", 'until scene == "ExploreScene" 900',
        "walkto 29 23", "hold down 2", "press interact", "choose 1",
    ]
    rest = [ln.replace("choose 1", "choose 2") if ln.endswith("# choice: ch10_price") else ln for ln in lines[end + 1:]]
    play(app, script, "\n".join(lines[:begin] + route + rest))
    v = app.story.variables
    assert (v["$ch10_body"], v["$ch10_carrier"], v["$ch10_price"]) == ("sofa_bed", "bag", "nobody")
    assert app.story.beats[0] == 22 and not app.story.has_item("garment_bag")
    said = [text for _, text in app.said()]
    assert any("make-up girl will want the bathroom mirror" in t for t in said)
    assert "And remember. Nobody comes up. I meet them first." in said


def test_chapter_8_dinner_kept_at_bay_and_the_telescope_logged(runs):
    app, _ = runs["8"]
    v = app.story.variables
    assert v["$ch8_sylvia"] == "polite" and v.get("$ch8_blunt", 0) == 0  # declared 0, never raised
    assert v["$ch8_sightings"] == 3  # one craft sighting a look, each in Johann's notebook
    from game.story import notebook
    entries = notebook.entries(v, "johann")
    assert sum("The craft" in e and "no. 44" in e for e in entries) == 3
    assert all(re.match(r"\d\d:\d\d\. ", e) for e in entries)  # every entry has the night's time
    assert app.story.player == "margaret" and app.story.chapter == "9"  # across the street again
    said = [text for _, text in app.said()]
    assert any("nobody has ever said no to me so nicely" in t for t in said)


def test_chapter_8_blunt_answers_change_sylvias_lines(app):
    script = SCRIPTS / "ch8_keyboard.txt"
    text = script.read_text(encoding="utf-8")
    for course in (1, 2, 3):
        text = with_choice(text, f"ch8_course_{course}", 2)
    play(app, script, text)
    v = app.story.variables
    assert (v["$ch8_sylvia"], v["$ch8_blunt"]) == ("blunt", 2)
    said = [text for _, text in app.said()]
    assert "Three times no, at one dinner. It's a record. I'll put it in a show." in said


def test_chapter_8_telescope_shows_the_penthouse_as_chapter_7_left_it(app):
    """Played on from chapter 7, the lens finds Margaret alone and Johann notes the man is gone."""
    play(app, SCRIPTS / "ch7_keyboard.txt")
    assert app.story.chapter == "8" and app.story.player == "johann"
    lines = (SCRIPTS / "ch8_keyboard.txt").read_text(encoding="utf-8").splitlines()
    opening = next(i for i, line in enumerate(lines) if line == 'until scene == "ExploreScene" 900')
    Watcher(app).run_script("\n".join(lines[opening + 1:]))
    from game.story import notebook
    entries = notebook.entries(app.story.variables, "johann")
    assert any("Now only the woman, sitting, not moving" in e for e in entries)
    assert app.story.beats[:3] == [16, 19, 21]
