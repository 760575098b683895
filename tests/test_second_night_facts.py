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


@pytest.mark.parametrize("start", ["Ch4_Start", "Ch5_Start"])
def test_the_people_of_the_deck_and_the_street_are_tagged_with_the_names_they_speak_under(app, start):
    """No. 45's night man was tagged "Guard" (he wears the deck guard's uniform), the tourists, the
    clerk, the smokers and the resident "Guest"."""
    from game.story.casting import speakers
    from game.ui.hud import label_of
    app.start_node_directly(start)
    program = app.dialogue_program()
    people = [a for a in app.explore().world.actors.values() if a.node]
    assert len(people) >= 4
    for actor in people:
        names = {name for _, name in speakers(program.nodes[actor.node])} - {"Johann"}
        assert label_of(actor, None) in names, (actor.name, label_of(actor, None), names)
