"""Rollback: back over lines and choices to the exact moment, forward over what was seen, a fork
when the player chooses again, and never during a timing challenge."""

import pygame

from conftest import fixture_map
from game.driver import Driver

SCRIPT = """
title: Talk
---
<<declare $mood = "calm">>
<<declare $count = 0>>
<<place guard centre>>
Guard: Evening. #line:r1
<<set $count to 1>>
<<walk guard to 4,3>>
<<objective "Wait for the guard">>
Guard: Something is off tonight. #line:r2
-> Stay #line:ro1
    <<set $mood to "stay">>
    <<give badge>>
    Guard: Then stay. #line:r3
-> Go #line:ro2
    <<set $mood to "go">>
    <<beat 2>>
    <<walk guard to centre>>
    Guard: Then go. #line:r4
Guard: Goodnight. #line:r5
===
title: Show
---
Guard: Before the show. #line:s1
<<runway>>
Guard: After the show. #line:s2
===
"""


def box(app):
    return app.director.top


def line_id(app) -> str:
    scene = box(app)
    return scene.line.line_id if scene.showing_line() else "options"


def until_waiting(driver) -> None:
    """Frames until the box waits for the player (a line or the options)."""
    for _ in range(600):
        scene = box(driver.app)
        if scene.showing_options() or (scene.showing_line() and scene.shown >= scene._page_len()):
            return
        driver.step(1)
    raise AssertionError("the box never waited")


def go_on(driver) -> None:
    driver.press("interact")
    until_waiting(driver)


def moment(app) -> tuple:
    """The story (without what stays across a rollback) and where everyone stands."""
    story = app.story.to_json()
    for kept in ("play_ticks", "seen_lines", "chosen_options"):
        story.pop(kept)
    world = app.explore().world
    return story, {k: (a.x, a.y, a.facing, a.visible) for k, a in world.actors.items()}, list(app.history)


def test_rolling_back_over_a_choice_and_choosing_again_ends_in_the_other_branch(talk, driver, app):
    # the way of "Go", played straight on another app
    from game.app import App
    other = App(headless=True, settings=app.settings)
    other._program = talk._program
    other.start_map(fixture_map("room_a"))
    other.start_dialogue("Talk")
    straight = Driver(other)
    until_waiting(straight)
    go_on(straight)
    straight.choose(2)
    until_waiting(straight)
    assert line_id(other) == "line:r4"
    go_on(straight)
    expected = moment(other)

    talk.start_dialogue("Talk")
    until_waiting(driver)
    go_on(driver)
    driver.choose(1)  # Stay
    until_waiting(driver)
    assert line_id(talk) == "line:r3" and talk.story.has_item("badge")
    driver.press("rollback")
    assert line_id(talk) == "options" and not talk.story.has_item("badge")
    driver.choose(2)  # Go, this time
    until_waiting(driver)
    assert line_id(talk) == "line:r4"
    go_on(driver)
    assert line_id(talk) == "line:r5"
    assert moment(talk) == expected
    assert talk.story.variables["$mood"] == "go" and talk.story.beats == [2]


def test_rolling_back_restores_variables_people_and_the_history_set_in_between(talk, driver):
    talk.start_dialogue("Talk")
    until_waiting(driver)
    at_first = moment(talk)
    go_on(driver)
    assert line_id(talk) == "line:r2"
    guard = talk.explore().world.actors["guard"]
    assert talk.story.variables["$count"] == 1 and talk.story.objective == "Wait for the guard"
    assert (guard.x, guard.y) != (at_first[1]["guard"][0], at_first[1]["guard"][1])
    driver.press("rollback")
    assert line_id(talk) == "line:r1"
    assert box(talk).shown == box(talk)._page_len()  # read before: shown whole at once
    assert moment(talk) == at_first
    assert "$count" not in talk.story.variables and talk.story.objective == ""
    driver.press("rollback")  # nothing before the first line: it stays
    assert line_id(talk) == "line:r1" and moment(talk) == at_first


def test_rolling_forward_replays_what_was_seen_and_the_choice_made(talk, driver):
    talk.start_dialogue("Talk")
    until_waiting(driver)
    go_on(driver)
    driver.choose(2)
    until_waiting(driver)
    seen = moment(talk)
    for expected in ("options", "line:r2", "line:r1"):
        driver.press("rollback")
        assert line_id(talk) == expected
    for expected in ("line:r2", "options", "line:r4"):
        driver.press("rollforward")
        until_waiting(driver)
        assert line_id(talk) == expected
    assert moment(talk) == seen
    driver.press("rollforward")  # nothing further was seen: it stays
    assert line_id(talk) == "line:r4"


def test_the_wheel_the_keys_and_the_pad_roll_back(talk):
    talk.start_dialogue("Talk")
    for device in ("keyboard", "mouse", "pad"):
        driver = Driver(talk, mode=device)
        until_waiting(driver)
        driver._confirm()  # Enter, a click on the box, A
        until_waiting(driver)
        assert line_id(talk) == "line:r2"
        if device == "keyboard":
            driver.press("rollback")  # Page Up
        elif device == "mouse":
            talk.input.handle_event(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False),
                                    talk.to_canvas)
            driver.step(1)
        else:
            driver.pad("leftstick")
        assert line_id(talk) == "line:r1", device


def test_no_rollback_during_the_runway_nor_back_over_it(talk, driver):
    talk.start_dialogue("Show")
    until_waiting(driver)
    driver.press("interact")
    driver.step(2)
    runway = box(talk)
    assert type(runway).__name__ == "RunwayScene"
    driver.press("rollback")
    assert box(talk) is runway and talk.story.variables.get("$runway_result") is None
    while type(box(talk)).__name__ == "RunwayScene":
        driver.step(1)
    until_waiting(driver)
    assert line_id(talk) == "line:s2"
    driver.press("rollback")
    assert line_id(talk) == "line:s2" and talk.story.variables["$runway_result"] == "poor"
