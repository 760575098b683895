"""Directions in objectives are true on the map (game/story/directions.py, run by `check`)."""

import pytest

from game.paths import asset
from game.story.dialogue_lint import DialogueLinter, _shipped_maps
from game.story.directions import agrees, compass_words, untrue_directions
from game.story.program import YarnProgram


@pytest.fixture(scope="module")
def maps():
    return _shipped_maps()


def test_the_words_that_give_a_way_and_those_that_place_a_thing_by_a_landmark():
    assert compass_words("find the stage manager (north-east: the doorway at the east end of the bar)") == ["north-east"]
    assert compass_words("the closet, south of the living room; the mirrors on the north wall") == []
    assert compass_words("the stairs in the hut, north-west, then West again") == ["north-west", "west"]


def test_a_way_holds_within_about_sixty_degrees_and_a_diagonal_needs_both_parts():
    assert agrees("east", 10, 4) and agrees("east", 10, -5) and not agrees("east", 3, 8) and not agrees("east", -1, 0)
    assert agrees("north", 0, -1) and not agrees("north", 0, 1)
    assert agrees("south-west", -3, 1) and not agrees("south-west", -3, 0) and not agrees("south-west", 3, 1)


def test_every_objective_of_the_shipped_game_points_the_right_way(maps):
    program = YarnProgram.load(str(asset("dialogue")))
    assert untrue_directions(program, maps) == []


def test_the_backstage_mistake_is_caught(maps):
    """From the dressing room, the bar is west: an objective that says east is named, file:line."""
    program = YarnProgram.from_source(
        'title: Fixture_Drink\nmap: club\nspawn: backstage\n---\n'
        'Margaret: A drink first.\n'
        '<<objective "Get a drink at the bar (east, past the dance floor)" bar>>\n'
        '<<objective "Then the bar again (west)" bar>>\n'
        '<<objective "And back (north)">>\n'
        '<<objective "Or the rope (west)" rope_bridge>>\n===\n', "fixture.yarn")
    found = [str(p) for p in DialogueLinter(program)._untrue_directions(maps)]
    assert found[0].startswith("fixture.yarn:6: warning: 'east' is not the way to bar from backstage on club (it is ")
    assert found[1].startswith("fixture.yarn:8: warning: the objective names a direction (north) but no TARGET")
    assert found[2].startswith("fixture.yarn:9: warning: the objective's target 'rope_bridge' is not on map 'club'")
    assert len(found) == 3  # west is right


def test_a_node_played_by_a_person_starts_beside_them(maps):
    """`<<talk jimmy N>>`: N's objectives are read from where Jimmy was put."""
    program = YarnProgram.from_source(
        'title: Fixture_Start\nmap: penthouse\nspawn: front_door\n---\n'
        '<<place jimmy kitchen>>\n<<talk jimmy Fixture_Jimmy>>\n===\n'
        'title: Fixture_Jimmy\n---\n<<objective "The closet (east)" closet>>\n===\n', "fixture.yarn")
    found = untrue_directions(program, maps)
    assert len(found) == 1 and "from kitchen on penthouse" in found[0][2]
