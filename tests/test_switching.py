"""Playing as someone else: `<<player B>>` makes the one played until now an ordinary person
again (name, node, facing) and takes B out of the people; A -> B -> A puts everyone back, through
a save and load in the middle too. The alien is never walked: it is the `overlay ufo` view."""

import pytest

from conftest import fixture_map
from game.stage.context import Stage
from game.stage.registry import CommandError


def people(app) -> dict:
    """Everyone on the map: the player and the others by their key, where they are and who they are."""
    world = app.explore().world
    everyone = {"<player>": world.player, **world.actors}
    return {key: (a.id, a.name, a.node, round(a.x, 2), round(a.y, 2), a.facing, a.visible)
            for key, a in everyone.items()}


@pytest.fixture
def room(app):
    app.start_map(fixture_map("room_a"))
    stage = Stage(app)
    stage.run("place jimmy centre up")  # someone without a map object of their own
    stage.run("talk jimmy Jimmy_Talk")
    return stage


def test_the_previous_player_stays_as_a_person_with_name_node_and_facing(app, room):
    world = app.explore().world
    margaret = world.player
    margaret.facing = "right"
    guard = world.actor("guard")
    room.run("player guard")
    assert world.player is guard and app.story.player == "guard"
    assert "guard" not in world.actors and world.actors["margaret"] is margaret
    assert (margaret.facing, margaret.name) == ("right", "margaret")
    room.run("player jimmy")
    assert world.actors["guard"] is guard and guard.node == "Guard_Talk" and guard.name == "guard"
    assert world.player.id == "jimmy" and "jimmy" not in world.actors


def test_a_to_b_to_a_leaves_everyone_in_place(app, room):
    before = people(app)
    order = list(app.explore().world.actors)
    room.run("player guard")
    assert people(app) != before
    room.run("player margaret")
    assert people(app) == before and list(app.explore().world.actors) == order


def test_a_to_b_save_load_to_a_leaves_everyone_in_place(app, room, driver):
    before = people(app)
    room.run("player guard")
    app.explore().world.actor("margaret").node = "Margaret_Talk"  # what she says as a person
    during = people(app)
    assert app.saves.save("slot_1") == ""
    app.start_map(fixture_map("room_b"))
    assert app.saves.load("slot_1") == ""
    assert people(app) == during
    assert app.explore().world.player.id == "guard" and app.story.player == "guard"
    Stage(app).run("player margaret")
    expected = dict(before)
    expected["<player>"] = before["<player>"][:2] + ("Margaret_Talk",) + before["<player>"][3:]
    assert people(app) == expected


def test_each_person_carries_their_own_things_through_switches_and_a_save(app, room):
    from game.scenes.journal import JournalScene
    story = app.story
    room.run("give keys")
    room.run("player guard")
    assert story.inventory == [] and not story.test('has_item("keys")')
    room.run("give dollars")
    room.run("give photo margaret")  # handed to someone not played now
    assert story.inventory == ["dollars"]
    room.run("player margaret")
    assert story.inventory == ["keys", "photo"] and story.test('has_item("keys") and not has_item("dollars")')
    app.director.push(JournalScene(app))
    assert app.director.top.describe()["items"] == ["keys", "photo"]
    app.director.pop()
    room.run("player guard")
    assert app.saves.save("slot_1") == ""
    room.run("take dollars")
    app.start_map(fixture_map("room_b"))
    assert app.saves.load("slot_1") == ""
    assert app.story.player == "guard" and app.story.inventory == ["dollars"]
    Stage(app).run("player margaret")
    assert app.story.inventory == ["keys", "photo"]
    assert app.story.inventories == {"margaret": ["keys", "photo"], "guard": ["dollars"]}


def test_the_one_switched_to_must_be_on_the_map(app, room):
    with pytest.raises(CommandError, match="actor 'johann' is not on map 'room_a'"):
        room.run("player johann")
    assert app.explore().world.player.id == "margaret"


def test_the_alien_is_an_overlay_whose_gaze_seeks_the_one_played(app, room, driver):
    room.run("player guard")
    task, _ = room.run("overlay ufo watch")
    view = app.director.top
    guard = app.explore().world.player
    assert view.target_id == "guard" and view.target_point() == (guard.x, guard.y - 14)
    task.finish()
    task, _ = room.run("overlay ufo feed jimmy")
    assert app.director.top.target_id == "jimmy"
    with pytest.raises(CommandError, match="not on map"):
        room.run("player alien")
