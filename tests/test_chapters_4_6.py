"""Chapters 4-6 of the second night, each played from its start node through the real game, headless.

Each chapter has a script per input in `tests/scripts/` (`ch4_keyboard.txt`, ...): it walks to
people and things, picks options and plays the telescope. A second run holds `skip` with every
line already seen, everywhere but the telescope (play, not a cutscene), and must end in the same
story state.
"""

import re
from pathlib import Path

import pytest

from conftest import isolated_app
from game.story import notebook
from game.story.chapters import chapter

SCRIPTS = Path(__file__).parent / "scripts"
SKIP_FOREVER = 10 ** 7  # ticks
PLAY_BEGIN, PLAY_END = "# -- telescope: begin", "# -- telescope: end"


def story_facts(story) -> dict:
    return {"beats": sorted(story.beats), "chapter": story.chapter, "map": story.map,
            "inventory": sorted(story.inventory), "objective": story.objective,
            "variables": dict(story.variables), "player": story.player}


def play(app, driver, name: str, skip: bool = False, seen: set | None = None, edit=None):
    path = SCRIPTS / name
    text = path.read_text(encoding="utf-8")
    if edit:
        text = edit(text)
    node = re.search(r"^# args: --node (\w+)", text, re.M).group(1)
    app.start_node_directly(node)  # what `liquid-sky --node` does: a start node starts its chapter
    if seen:
        app.story.seen_lines |= seen
    if not skip:
        driver.run_script(text, str(path))
        return
    lines = text.splitlines()
    parts, start = [], 0
    for i, line in enumerate(lines):  # skip held outside the telescope, let go inside it
        if line.startswith((PLAY_BEGIN, PLAY_END)):
            parts.append((start, i, line.startswith(PLAY_BEGIN)))
            start = i
    parts.append((start, len(lines), True))
    for begin, end, held in parts:
        app.input.hold("skip", SKIP_FOREVER if held else 1)
        driver.run_script("\n" * begin + "\n".join(lines[begin:end]), str(path))


def keyboard_run(script: str):
    """A module fixture: one fresh app that has played `script`, shared by the tests that read it."""
    @pytest.fixture(scope="module")
    def run(tmp_path_factory):
        with isolated_app(tmp_path_factory.mktemp(script.removesuffix(".txt"))) as (app, driver):
            play(app, driver, script)
            yield app, driver
    return run


ch4_run = keyboard_run("ch4_keyboard.txt")


def test_chapter_4_by_keyboard_records_beats_10_to_12_and_leaves_for_the_street(ch4_run):
    app, driver = ch4_run
    story = app.story
    assert story.beats == [10, 11, 12]
    assert story.player == "johann"
    assert story.map == "street" and story.chapter == "5"  # out of the taxi: chapter 5 goes on from here
    assert story.variables["$ch4_guard"] == "stall"
    said = [text for _, text in app.said()]
    assert any("former student" in t.lower() for t in said)  # Owen, on his way to her (beat 12)
    assert any(t.startswith("Two minutes of stalling") for t in said)  # what he tried, said back


def test_each_logged_sighting_is_an_entry_in_johanns_notebook_with_the_time(ch4_run):
    app, _ = ch4_run
    v = app.story.variables
    entries = notebook.entries(v, "johann")
    assert v["$ch4_sightings"] == len(entries) == 2
    assert all("19:41" <= e[:5] <= "19:54" for e in entries), entries
    assert all("no. 44" in e for e in entries)
    assert any("Five to eight. Deck's closing" in t for _, t in app.said())  # the clock reached 19:55
    assert app.story.functions()["notebook_count"]("johann") == 2
    assert app.story.functions()["notebook_entry"]("johann", 1) == entries[0]


def test_skipping_chapter_4_ends_in_the_same_state(ch4_run, app, driver):
    first, first_driver = ch4_run
    play(app, driver, "ch4_keyboard.txt", skip=True, seen=set(first.story.seen_lines))
    assert story_facts(app.story) == story_facts(first.story)
    assert driver.frames < first_driver.frames


def test_the_other_ways_past_the_guard_show_later(app, driver):
    for k, guard, line in ((2, "argue", "I won the argument and lost the deck."),
                           (3, "bribe", "The guard rides down with him and whistles the whole way.")):
        play(app, driver, "ch4_keyboard.txt",
             edit=lambda t, k=k: t.replace("choose 1  # choice: ch4_guard", f"choose {k}  # choice: ch4_guard"))
        assert app.story.variables["$ch4_guard"] == guard
        assert any(line in t for _, t in app.said())
    assert not app.story.has_item("dollars")  # the bribe: the twenty dollars went to the guard


def test_the_telescope_keeps_nothing_for_a_player_who_never_follows_the_craft(app, driver):
    # look at the lower floors instead: the craft drifts over the roof unwatched, nothing is logged
    app.start_chapter(chapter("4"))
    driver.run_script('until scene == "DialogueScene" or scene == "TitleCard" 900\nadvance\n'
                      'until scene == "DialogueScene" or scene == "ExploreScene" 900\nadvance\n'
                      'until scene == "ExploreScene" 900\npress interact\nadvance\n'
                      'until scene == "SightingView" 900\nhold down 90\nuntil scene == "DialogueScene" 4000\nadvance\n')
    assert app.story.variables["$ch4_sightings"] == 0
    assert notebook.count(app.story.variables, "johann") == 0
    assert "$ch4_guard" not in app.story.variables  # the guard has come and waits for an answer
    assert app.story.has_beat(10) and not app.story.has_beat(11)
    assert any("tonight not one line" in t for _, t in app.said())


def test_the_journal_shows_the_notebook_under_johanns_name(ch4_run):
    from game.scenes.journal import JournalScene
    app, _ = ch4_run
    journal = JournalScene(app)
    headings = [line for line, heading in journal.note_lines if heading]
    assert headings == ["Johann's notebook"]
    assert journal.describe()["notebooks"]["johann"] == notebook.entries(app.story.variables, "johann")


def test_clock_times_count_on_past_midnight():
    assert notebook.parse_clock("23:55") < notebook.parse_clock("00:10")
    assert notebook.format_clock(notebook.parse_clock("00:10") + 55) == "01:05"
    with pytest.raises(ValueError):
        notebook.parse_clock("25:00")


def test_the_first_night_ends_on_the_roof_and_the_second_begins_with_johann(app, driver):
    app.start_chapter(chapter("3"))
    app.story.seen_lines.clear()
    app.start_node_directly("Ch3_Night_Ends")
    driver.run_script('advance\nuntil scene == "ExploreScene" 900\n'
                      '# the stairs in the hut: stay a little longer, then go down to bed\n'
                      'walkto 6 9\nchoose 2\nadvance\nuntil scene == "ExploreScene" 900\n'
                      'walkto 6 9\nchoose 1\nadvance\n'
                      'until scene == "DialogueScene" or scene == "TitleCard" 900\n'
                      'until chapter == "4" 900\n')
    assert app.story.player == "johann" and app.story.map == "observation_deck"
    assert app.explore().world.player.id == "johann"
    assert any("a man with a notebook has been counting" in t for _, t in app.said())


# -- chapter 5 ---------------------------------------------------------------------------------
ch5_run = keyboard_run("ch5_keyboard.txt")


def test_chapter_5_by_keyboard_records_beats_13_9_14_in_sylvias_apartment(ch5_run):
    app, _ = ch5_run
    story = app.story
    assert story.beats == [13, 9, 14]
    # across town: chapter 6 goes on from here, Katherine played, Johann left at Sylvia's window
    assert (story.chapter, story.map, story.player) == ("6", "katherine_loft", "katherine")
    assert app.explore().world.actor("katherine") is app.explore().world.player
    assert story.variables["$ch5_way_in"] == "pretext"
    said = [text for _, text in app.said()]
    # the wrong building and the wrong pretext are refused in character
    assert any("Science it somewhere else" in t for t in said)
    assert any(t.startswith("Gas company comes in a truck") for t in said)
    # beat 09 said plainly: Sylvia is the mother of the Jimmy of chapter 1, opposite the penthouse
    assert any("My son is in that business. Jimmy." in t for t in said)


def test_skipping_chapter_5_ends_in_the_same_state(ch5_run, app, driver):
    first, first_driver = ch5_run
    play(app, driver, "ch5_keyboard.txt", skip=True, seen=set(first.story.seen_lines))
    assert story_facts(app.story) == story_facts(first.story)
    assert driver.frames < first_driver.frames


START_5 = ('until scene == "DialogueScene" or scene == "TitleCard" 900\nadvance\n'
           'until scene == "DialogueScene" or scene == "ExploreScene" 900\nadvance\nuntil scene == "ExploreScene" 900\n')


@pytest.mark.parametrize("way, steps, line", [
    # carry the resident's shopping from the deli across the street
    ("resident", "walkto 16 6\nhold up 2\npress interact\nchoose 1\n", "Her son's that model, the skinny one, Jimmy"),
    # the porter's coffee from the deli to the service door round the side
    ("service", "walkto 15 4\nhold up 2\npress interact\nadvance\nuntil scene == \"ExploreScene\" 900\n"
                "walkto 44 20\nhold down 2\npress interact\n", "You're her kind of stray."),
    # the porter's coffee first, then the shopping: the coffee stays with the night man, not in Johann's hand all night
    ("resident", "walkto 15 4\nhold up 2\npress interact\nadvance\nuntil scene == \"ExploreScene\" 900\n"
                 "walkto 16 6\nhold up 2\npress interact\nchoose 1\n", "for Benny round the side"),
])
def test_the_other_ways_into_no_45_reach_sylvia(app, driver, way, steps, line):
    app.start_node_directly("Ch5_Start")
    driver.run_script(START_5 + steps + 'advance\nuntil map == "sylvia_apartment" and scene == "ExploreScene" 900\n')
    assert app.story.variables["$ch5_way_in"] == way
    assert app.story.has_beat(13) and not app.story.has_beat(14)
    assert any(line in t for _, t in app.said())
    assert not app.story.has_item("coffee")


def test_the_service_door_is_shut_without_a_delivery(app, driver):
    app.start_node_directly("Ch5_Start")
    driver.run_script(START_5 + "walkto 44 20\nhold down 2\npress interact\nadvance\nuntil scene == \"ExploreScene\" 900\n")
    assert app.story.variables.get("$ch5_way_in", "") == "" and app.story.map == "street"
    # and no. 44's door, walked into, is its doorman's answer, not the penthouse
    driver.run_script("walkto 8 4\nhold up 20\nchoose 3\nadvance\nuntil scene == \"ExploreScene\" 900\n")
    assert app.story.map == "street"
    assert any(t == "Residents and guests only, pal." for _, t in app.said())


# -- chapter 6 ---------------------------------------------------------------------------------
ch6_run = keyboard_run("ch6_keyboard.txt")


def test_chapter_6_by_keyboard_records_beats_15_and_18_and_leads_into_chapter_7(ch6_run):
    app, _ = ch6_run
    story = app.story
    assert story.beats == [15, 18]
    assert (story.chapter, story.map, story.player) == ("7", "penthouse", "margaret")
    v = story.variables
    assert (v["$ch6_greeted"], v["$ch6_cover"], v["$ch6_paul_told"]) == (3, "writer", "cold")
    said = [text for _, text in app.said()]
    assert any("I know what the twenty minutes are, Paul." in t for t in said)  # beat 15
    assert any(t.startswith("The front door closes in the middle of the sentence.") for t in said)  # beat 18
    # the cover-up and the way she told him, said back at the toast
    assert any("Writers need air." in t for t in said)
    assert any("the minute I need him here" in t for t in said)


def test_skipping_chapter_6_ends_in_the_same_state(ch6_run, app, driver):
    first, first_driver = ch6_run
    play(app, driver, "ch6_keyboard.txt", skip=True, seen=set(first.story.seen_lines))
    assert story_facts(app.story) == story_facts(first.story)
    assert driver.frames < first_driver.frames


def test_paul_waits_until_the_clients_are_greeted_and_the_other_words_show_at_the_toast(app, driver):
    def edit(text):
        text = text.replace("choose 1  # choice: ch6_cover", "choose 2  # choice: ch6_cover")
        return text.replace("choose 1  # choice: ch6_paul_told", "choose 2  # choice: ch6_paul_told")
    app.start_node_directly("Ch6_Start")
    driver.run_script(START_5 + "walkto 9 19\nhold left 2\npress interact\nadvance\nuntil scene == \"ExploreScene\" 900\n")
    assert not app.story.has_beat(15)  # not before the clients
    play(app, driver, "ch6_keyboard.txt", edit=edit)
    v = app.story.variables
    assert (v["$ch6_cover"], v["$ch6_paul_told"]) == ("ill", "pleading")
    said = [text for _, text in app.said()]
    assert any("Katherine told me. Leave the poor girl alone." in t for t in said)
    assert any("He took the hour with him." in t for t in said)


# -- every input alone -------------------------------------------------------------------------
@pytest.mark.parametrize("chapter_id, beats, chosen", [
    ("4", [10, 11, 12], {"keyboard": "stall", "mouse": "bribe", "pad": "stall"}),
    ("5", [13, 9, 14], {"keyboard": "pretext", "mouse": "resident", "pad": "pretext"}),
    ("6", [15, 18], {"keyboard": "cold", "mouse": "pleading", "pad": "cold"}),
])
@pytest.mark.parametrize("mode", ["keyboard", "mouse", "pad"])
def test_each_input_alone_plays_chapters_4_to_6(app, driver, mode, chapter_id, beats, chosen):
    from game.driver import script_header
    path = SCRIPTS / f"ch{chapter_id}_{mode}.txt"
    assert script_header(path.read_text(encoding="utf-8"))["mode"] == mode
    play(app, driver, path.name)
    assert app.story.beats == beats
    kept = {"4": "$ch4_guard", "5": "$ch5_way_in", "6": "$ch6_paul_told"}[chapter_id]
    assert app.story.variables[kept] == chosen[mode]
    assert app.input.last_device == mode
    if chapter_id == "4":
        assert app.story.variables["$ch4_sightings"] >= 2  # the craft followed and logged


def test_the_mouse_steers_the_telescope_to_what_it_clicked_and_a_right_click_looks_away(app, driver):
    from game.pieces.telescope import ZOOM
    app.start_chapter(chapter("4"))
    driver.run_script('until scene == "DialogueScene" or scene == "TitleCard" 900\nadvance\n'
                      'until scene == "DialogueScene" or scene == "ExploreScene" 900\nadvance\n'
                      'until scene == "ExploreScene" 900\npress interact\nadvance\nuntil scene == "SightingView" 900\n')
    scope = driver.scene()
    driver.mode = "mouse"
    ox, oy = scope.offset()
    w, h = app.canvas.get_size()
    target = ((w // 2 + 60) / ZOOM - ox, (h // 2 - 30) / ZOOM - oy)  # the picture's pixel under the click
    driver.click(w // 2 + 60, h // 2 - 30)  # no frame drawn in between: the lens still goes there
    driver.step(120)
    assert abs(scope.gaze[0] - target[0]) <= 2 and abs(scope.gaze[1] - target[1]) <= 2
    driver.run_line(f"rightclick {w // 2} {h // 2}")
    assert driver.scene() is not scope
