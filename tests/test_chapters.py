"""The prologue and chapters 1-3 played from New game through the real game, headless.

`tests/scripts/chapters_1_3_keyboard.txt` is the player: it walks to people and things, picks options and
plays the runway walk. A second run holds `skip` with every line already seen, the way a returning
player skips cutscenes (everywhere but the runway walk, which is a game, not a cutscene), and must
end in the same story state. Further runs: the other choices, a loaded save, chapter select.
"""

from pathlib import Path

import pytest

from conftest import played_from_title
from game.scenes.title import TitleScene
from game.story.chapters import CHAPTERS, NEW_GAME
from game.story.yarn import YarnProgram
from game.paths import asset

SCRIPT = Path(__file__).parent / "scripts" / "chapters_1_3_keyboard.txt"
SKIP_FOREVER = 10 ** 7  # ticks
RUNWAY_BEGIN = "# -- runway: begin"
RUNWAY_END = "# -- runway: end"


def story_facts(story) -> dict:
    """What a save would carry about the story, minus bookkeeping of how it was played."""
    variables = {k: v for k, v in story.variables.items() if k != "$runway_cue"}
    return {"beats": sorted(story.beats), "chapter": story.chapter, "map": story.map,
            "inventory": sorted(story.inventory), "objective": story.objective,
            "variables": variables, "player": story.player}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """One full play-through shared by the checks below (a run takes about a second). Module
    scoped, so it keeps its own settings and saves away from the user's, like conftest does."""
    with played_from_title(tmp_path_factory.mktemp("first_run"), SCRIPT) as played:
        yield played


def test_new_game_reaches_the_end_of_chapter_3_with_beats_01_to_08(first_run):
    app, driver = first_run
    story = app.story
    assert sorted(story.beats) == [1, 2, 3, 4, 5, 6, 7, 8]
    # beats happen in story order within the playthrough: prologue, then chapters 1-3
    assert story.beats == [4, 6, 1, 2, 3, 5, 7, 8]
    assert story.chapter == "3"
    assert story.map == "rooftop"
    assert driver.scene().describe()["scene"] == "ExploreScene"
    assert "go down to bed" in story.objective  # and from there the second night (tests/test_chapters_4_6.py)


def test_the_choices_taken_are_stored_and_the_puzzle_is_solved(first_run):
    app, _ = first_run
    v = app.story.variables
    assert v["$pro_said_everything"] is True  # "Everything." to Adrian in the prologue
    assert v["$ch1_jimmy_answer"] == "fine"
    assert v["$ch1_promised_adrian"] is True
    assert v["$ch2_jimmy_tries"] == 1  # the closet before the box: Jimmy went for the shelf
    assert v["$ch2_stash"] == "wardrobe"  # the box locked away
    assert v["$ch3_look"] == "lines"
    assert v["$ch3_terms"] == "rules"
    assert v["$runway_result"] == "perfect" and v["$runway_score"] == 13
    assert sorted(app.story.inventory) == ["keys", "outfit"]  # the box stayed in the wardrobe


def test_choices_show_up_in_later_lines(first_run):
    app, _ = first_run
    said = [text for _, text in app.said()]
    # prologue "Everything." -> chapter 1 stage manager scene
    assert "I told Adrian I had everything. She'll enjoy this for a week." in said
    # chapter 1 "Fine. Walk behind me." -> chapter 2 arrival
    assert any(t.startswith("You said walk behind you.") for t in said)
    # chapter 2 wardrobe -> Jimmy's last line in the penthouse
    assert any("Most of them are locked" in t for t in said)
    # chapter 3 make-up and terms -> after the runway, and on the roof
    assert "The lines held. That's all you can ask of lines." in said
    assert any("My roof, my rules. We'll see whose." in t for t in said)


def test_skipping_every_cutscene_ends_in_the_same_story_state(first_run, app, driver):
    first, _ = first_run
    seen = set(first.story.seen_lines)
    # New game replaces the story; give each new story the lines a returning player has seen.
    original = app.start_chapter

    def start_with_seen_lines(chapter):
        original(chapter)
        app.story.seen_lines |= seen

    app.start_chapter = start_with_seen_lines
    app.director.push(TitleScene(app))
    # Skip is held everywhere except the runway walk, which is played, not watched (holding
    # skip there would end it unplayed, scoring nothing).
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    begin = next(i for i, line in enumerate(lines) if line.startswith(RUNWAY_BEGIN))
    end = next(i for i, line in enumerate(lines) if line.startswith(RUNWAY_END))
    # blank lines in place of the other parts keep error messages' line numbers right
    before = "\n".join(lines[:begin])
    runway = "\n" * begin + "\n".join(lines[begin:end])
    after = "\n" * end + "\n".join(lines[end:])
    app.input.hold("skip", SKIP_FOREVER)
    driver.run_script(before, str(SCRIPT))
    app.input.hold("skip", 1)  # let go of it on the next tick
    driver.run_script(runway, str(SCRIPT))
    app.input.hold("skip", SKIP_FOREVER)
    driver.run_script(after, str(SCRIPT))
    assert story_facts(app.story) == story_facts(first.story)
    assert driver.frames < first_run[1].frames  # skipping really skipped something


def other_route(text: str) -> str:
    """The same play-through with every other choice: the second option at each marked choice,
    Jimmy sent to the champagne instead of the box locked away, and no poses on the runway."""
    lines = []
    skipping = None
    for line in text.splitlines():
        if line.startswith("# -- stash: begin"):
            skipping = "stash"
            lines += ["walkto 12 10", "hold up 2", "press interact", "choose 1",
                      'until scene == "DialogueScene" or scene == "ExploreScene" 900', "advance",
                      'until scene == "ExploreScene" 900']
        elif skipping and line.startswith(f"# -- {skipping}: end"):
            skipping = None
        if skipping:
            lines.append("")  # keep line numbers
        elif line.startswith("until runway_cue") or line.split()[:1] == ["press"] and line.split()[1] != "interact":
            lines.append("")  # the runway's poses: none struck
        elif "# choice:" in line:
            lines.append(line.replace("choose 1", "choose 2"))
        else:
            lines.append(line)
    return "\n".join(lines)


def test_the_other_choices_reach_the_same_beats_with_their_own_lines(app, driver):
    app.director.push(TitleScene(app))
    driver.run_script(other_route(SCRIPT.read_text(encoding="utf-8")), str(SCRIPT))
    story = app.story
    assert sorted(story.beats) == [1, 2, 3, 4, 5, 6, 7, 8] and story.map == "rooftop"
    v = story.variables
    assert (v["$pro_said_everything"], v["$ch1_jimmy_answer"], v["$ch1_promised_adrian"]) == (False, "no", False)
    assert (v["$ch2_stash"], v["$ch3_look"], v["$ch3_terms"]) == ("kitchen", "bare", "alone")
    assert v["$runway_result"] == "poor"
    said = [text for _, text in app.said()]
    assert "I did tell Adrian \"I think so\". Technically that covers it." in said
    assert any(t.startswith("You said no, and yet here I am.") for t in said)
    assert any(t.startswith("Your champagne is warm") for t in said)
    assert "Stumbling is a look. Just not yours." in said
    assert "They stared at the bare face like it owed them money." in said
    assert any("Jimmy in the picture whether I like it or not" in t for t in said)


def test_a_loaded_save_in_chapter_1_can_still_be_finished(app, driver):
    """Saves keep where people stand and what they say (`<<talk>>`): after loading the chapter's
    autosave and a manual save made after checking in, Adrian still starts her scene."""
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    stage_manager = next(i for i, line in enumerate(lines) if "(beat 02)" in line)
    app.director.push(TitleScene(app))
    driver.run_script("\n".join(lines[:stage_manager]), str(SCRIPT))
    # the chapter's autosave, made when the player first had control
    assert app.saves.load(app.saves.latest().slot) == ""
    assert app.story.chapter == "1"
    driver.run_script("walkto 52 12\nhold up 2\npress interact\nadvance")  # check in backstage
    assert app.explore().world.actor("adrian").node == "Club_Talk_Adrian"
    # a manual save after checking in, loaded: Adrian keeps what she has to say
    assert app.saves.save("slot_1") == "" and app.saves.load("slot_1") == ""
    assert app.explore().world.actor("adrian").node == "Club_Talk_Adrian"
    driver.run_script("walkto 35 7\nhold up 2\npress interact")  # the bar at her end (the middle is the bartender)
    assert driver.scene().describe()["node"] == "Ch1_Club_Talk_Adrian"
    driver.run_script("choose 1\nchoose 1\nadvance")
    assert app.story.has_beat(3) and app.story.has_item("keys")


@pytest.mark.parametrize("chapter_id, first_beat", [("1", 1), ("2", 5), ("3", 7)])
def test_each_chapter_starts_on_its_own(app, driver, chapter_id, first_beat):
    """Chapter select and `--node` start a chapter with a fresh story: no earlier choices."""
    from game.story.chapters import chapter

    app.start_chapter(chapter(chapter_id))
    driver.run_script('until scene == "DialogueScene" or scene == "ExploreScene" 900\nadvance\n'
                      'until scene == "ExploreScene" 900')
    assert app.story.chapter == chapter_id and app.story.beats == [first_beat]
    assert app.story.objective
    assert app.explore().effects.veil == 0  # not left faded to black


def test_every_chapter_has_a_card_an_objective_and_its_start_node():
    program = YarnProgram.load(sorted(asset("dialogue").glob("*.yarn")))
    commands = {}
    for node, _, _, kind, text in program.iter_statements():
        if kind == "command":
            commands.setdefault(node, []).append(text)
    for chapter in CHAPTERS:
        start = chapter["node"]
        assert start in program.nodes, start
        said = commands[start]
        assert any(c.startswith(f"chapter {chapter['id']} ") for c in said), start
        assert any(c.startswith("objective ") for c in said), start
    assert NEW_GAME["id"] == "prologue"
