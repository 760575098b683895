"""The second night's facts agree from chapter to chapter: what one line says about a floor, an
hour, a coat or a name, another line does not contradict (each found playing it as a new player)."""

import pytest

from game.paths import asset
from game.story.program import YarnProgram
from game.story.statements import LineStmt


@pytest.fixture(scope="module")
def said():
    """Line id -> its text as written (speaker included)."""
    program = YarnProgram.load(str(asset("dialogue")))
    return {stmt.line_id: stmt.source for _, stmt in program._statements() if isinstance(stmt, LineStmt)}


def line(said, short_id: str) -> str:
    return said[f"line:{short_id}"]


def test_sylvias_window_is_a_floor_above_the_penthouse(said):
    assert "one floor below us: the penthouse" in line(said, "bdb07a37")  # Johann, from her window
    assert "one floor up" in line(said, "6bf6943e")  # Margaret, seeing the telescope across the street


def test_mrs_lindqvist_rides_to_her_own_floor(said):
    assert "from the fifth floor" in line(said, "544d5532")  # Sylvia: she rang from the fifth floor
    assert "to the fifth floor" in line(said, "2c4ec6e9")  # the elevator ride with Johann


def test_the_second_night_begins_once(said):
    """Chapter 4 opens "the next evening"; Owen, who took Johann's call on the deck, arrives in
    chapter 7 on the same evening."""
    assert line(said, "82462aee").startswith("The next evening.")
    assert line(said, "ea86460c").startswith("The same evening")


def test_at_sylvias_johann_keeps_his_coat_on_and_the_chicken_is_dinner(said):
    assert "his only coat, which he has not taken off" in line(said, "7615d1f8")  # chapter 8 opens
    assert "coat stays on me" in line(said, "6bacccc2")  # her coat rack, examined in chapters 5 and 8
    assert "chicken" in line(said, "7615d1f8") and "chicken" not in line(said, "4b7cafde")  # not in the fridge


def test_johann_learns_jimmys_name_from_people_not_from_a_photograph(said):
    """Her son's photograph can be looked at before Sylvia names him at the window (in by the door
    or the service door, nobody has)."""
    assert "Jimmy" not in line(said, "597dfb1e")


@pytest.mark.parametrize("start", ["Ch4_Start", "Ch5_Start", "Ch6_Start"])
def test_the_people_of_the_deck_the_street_and_the_loft_are_tagged_with_the_names_they_speak_under(app, driver, start):
    """No. 45's night man was tagged "Guard" (he wears the deck guard's uniform), the tourists, the
    clerk, the smokers and the resident "Guest"; at Katherine's party every client was "Guest", so
    the three the objective names (Mr. Brandt, Mrs. Osgood, Lyle) could only be found by asking."""
    from game.story.casting import speakers
    from game.story.people import shown_name
    from game.ui.hud import label_of
    app.start_node_directly(start)
    # past the chapter card to the first line: the opening gives people their lines for tonight (<<talk>>)
    driver.run_script('until scene == "TitleCard" 900\nwait 30\npress interact\n')
    for _ in range(900):
        if getattr(app.director.top, "showing_line", lambda: False)():
            break
        driver.step(1)
    program = app.dialogue_program()
    people = [a for a in app.explore().world.actors.values() if a.node]
    assert len(people) >= 4
    for actor in people:
        names = {name for _, name in speakers(program.nodes[actor.node])} - {shown_name(app.story.player)}
        assert label_of(actor, None) in names, (actor.name, label_of(actor, None), names)


def test_no_objective_places_a_thing_by_where_the_player_stands(app):
    """An objective stays in the journal and comes back on the hints key wherever the player has
    walked: chapter 4's "the telescope (in front of you)" was true only on the first frame."""
    import re
    texts = [t for path in asset("dialogue").glob("*.yarn")
             for t in re.findall(r'<<objective "([^"]*)"', path.read_text(encoding="utf-8"))]
    assert len(texts) > 40
    assert not [t for t in texts if re.search(r"\b(in front of|behind|beside|next to) you\b", t)]


def test_the_shoot_lights_left_on_the_roof_are_lit_in_every_line(said):
    """The two lights on stands stay on the roof, lit, in every chapter (the rooftop map): the crew
    does not carry them down in chapter 11, and Johann does not find one switched off."""
    from game.world.tmx import read_map
    roof = read_map(asset("maps", "rooftop.tmx"))
    assert {"photo_west", "photo_east"} <= {o.name for o in roof.objects_of("light")}
    assert "lights burning" in line(said, "6d226f08")
    assert "lights" not in line(said, "f9272c11") and "switched off" not in line(said, "f967f9a0")


CH12 = ('# mode: keyboard\nuntil scene == "DialogueScene" 2000\nadvance\nuntil scene == "ExploreScene" 3000\n'
        # up the stairs, as she came down them, and then to the front door, before the call
        'hold up 30\nadvance\nuntil scene == "ExploreScene" 600\n'
        'walkto 29 13\nhold up 40\nadvance\nuntil scene == "ExploreScene" 600\n')


def test_before_she_calls_him_margaret_is_waiting_for_nobody(app, driver):
    app.start_node_directly("Ch12_Start")
    driver.run_script(CH12, "ch12")
    said = [t for _, t in app.said()]
    assert "Not yet. There's a call to make first." in said
    assert any(t.startswith("The street can wait. There's a call") for t in said)
    assert not any("expecting someone" in t or "through it" in t for t in said)


def test_the_hour_on_the_sofa_looks_away_from_where_owen_is(app, driver):
    """Owen in the hall's sofa bed: Margaret's hour of waiting does not avoid the bedroom door."""
    app.start_node_directly("Ch10_Start")
    driver.run_script(
        '# mode: keyboard\nuntil scene == "DialogueScene" 2000\nadvance\nuntil scene == "ExploreScene" 3000\n'
        'walkto 7 22\nhold left 20\npress interact\nchoose 1\nadvance\nuntil scene == "ExploreScene" 600\n'
        'walkto 29 23\nhold down 20\npress interact\nchoose 1\nchoose 1\nadvance\nuntil map == "rooftop" 4000\n', "ch10")
    said = [t for _, t in app.said()]
    assert app.story.variables["$ch10_body"] == "sofa_bed"
    assert any("not looking down the hall at the other one" in t for t in said)
    assert not any("not looking at the bedroom door" in t for t in said)


def test_margaret_hears_in_him_only_what_he_says(said):
    """Arriving in chapter 12 the soap actor never speaks of the night of the show; her line about
    him says he behaves as if it had been a nice evening, not that he talks about it."""
    assert "talks to me as if the night of the show" in line(said, "4fe5ef4b")


def test_before_owen_comes_sylvias_dinner_has_not_begun(said):
    """Chapter 8's dinner starts at a quarter to nine, when (played in order) Owen is already dead:
    what Margaret sees across the street before he comes is a guest, not a guest at the table."""
    assert line(said, "89ff7a0e").startswith("A quarter to nine.")
    assert "table" not in line(said, "2df9569a")


def test_the_guard_counts_the_steps_to_his_own_deck(said):
    """Johann asks how many steps there are from the street to the 86th floor: 1,576 (the 1,860 so
    often quoted go on to the 102nd)."""
    assert "Eighty-six floors" in line(said, "82462aee")
    assert line(said, "f75fafeb").startswith("Guard: Fifteen hundred and seventy-six.")


def test_the_second_night_is_introduced_from_the_right_building(said):
    """In 1983 the Empire State Building was not the tallest there is (the World Trade Center was
    taller); the line that hands the story to Johann names it, uptown of the penthouse."""
    assert "tallest" not in line(said, "ebde2935") and "Empire State Building" in line(said, "ebde2935")
    assert "downtown" in line(said, "68739941")  # Johann: the roof is downtown from his deck


def test_at_dinner_sylvia_does_not_introduce_jimmy_twice(said):
    """She told Johann about her son at the window before dinner (chapter 5); over the soup she
    says so, instead of telling him again as news."""
    assert "Jimmy" in line(said, "51a85a2b") and "model" in line(said, "51a85a2b")
    assert "I told you" in line(said, "b4b8ed4e")


def test_chapter_13_from_the_menu_does_not_send_margaret_to_an_empty_notebook(app, driver):
    """Chosen from chapter select, Johann's notebook has no entries from tonight (notes are not
    carried like things): the journal would say "No notes yet." to an objective that sends her there."""
    app.start_node_directly("Ch13_Start")
    driver.run_script(
        '# mode: keyboard\nuntil scene == "DialogueScene" 2000\nadvance\nuntil scene == "ExploreScene" 3000\n'
        'walkto 34 13\nhold up 30\nadvance\nuntil map == "rooftop" 900\nuntil scene == "ExploreScene" 900\n'
        'walkto 27 21\nhold right 20\npress interact\nchoose 4\nadvance\nuntil scene == "ExploreScene" 1200\n', "ch13")
    assert app.story.player == "margaret" and app.story.has_item("notebook")
    assert app.story.variables.get("$notebook_johann", 0) == 0
    assert app.story.objective.startswith("Decide what to believe") and "notebook" not in app.story.objective
