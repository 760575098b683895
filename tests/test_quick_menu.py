"""The mouse reaches every comfort action: the dialogue box's quick menu (Back, History, Skip,
Auto), and the plain telescope view's Note and Look away."""


import pytest

from game.driver import Driver
from game.palette import colour
from game.scenes.dialogue import BOX

SCRIPT = """
title: Talk
---
<<place guard centre>>
Guard: Evening. #line:q1
Guard: Quiet tonight. #line:q2
<<walk guard to 4,3>>
Guard: Too quiet. #line:q3
Guard: Goodnight. #line:q4
===
title: Ask
---
Guard: Stay or go? #line:a1
-> Stay #line:ao1
    Guard: Then stay. #line:a2
-> Go #line:ao2
    Guard: Then go. #line:a3
===
title: Scope
---
<<declare $telescope_saw = "">>
Guard: Have a look. #line:t1
<<overlay telescope window_living margaret@window_living>>
Guard: You saw {$telescope_saw}. #line:t2
===
"""

ON_THE_BOX = f"click {BOX.centerx} {BOX.centery}\n"  # goes on, as Enter does


def mouse(app) -> Driver:
    return Driver(app, mode="mouse")


def box(app):
    return app.director.top


def waiting_line(driver, other_than: str = "") -> str:
    """Frames (one at least) until the box waits at a line fully shown (not that one); its id."""
    driver.step(1)
    for _ in range(900):
        scene = box(driver.app)
        if scene.showing_line() and scene.shown >= scene._page_len() and scene.line.line_id != other_than:
            return scene.line.line_id
        driver.step(1)
    raise AssertionError("the box never waited")


def lit(app, action: str) -> bool:
    """Whether the button is drawn lit (its edge in acid green) in the frame as the player sees it."""
    rect = box(app).click_targets()[action]
    frame = app.draw()
    return frame.get_at(rect.topleft)[:3] == colour("acid")


def test_a_mouse_script_turns_skip_and_auto_on_and_off_opens_history_and_rolls_back(talk):
    talk.start_dialogue("Talk")
    driver = mouse(talk)
    assert waiting_line(driver) == "line:q1"
    driver.run_script(ON_THE_BOX)
    assert waiting_line(driver) == "line:q2"

    driver.run_script("click rollback\n")
    assert waiting_line(driver) == "line:q1"

    driver.run_script("click history\nuntil scene == \"HistoryScene\" 1\nrightclick 240 135\n"
                      "until scene == \"DialogueScene\" 1\n")
    assert waiting_line(driver) == "line:q1"  # the history opened and closed; the line stays

    driver.run_script("click skip\n")
    assert box(talk).describe()["skip"] and lit(talk, "skip")
    driver.step(1)
    assert box(talk).line.line_id == "line:q2"  # q1 was read: skip passes it at once
    driver.wait(200)  # q2 was never gone past: skip stops there, and goes off
    assert box(talk).line.line_id == "line:q2" and not box(talk).describe()["skip"]
    assert not lit(talk, "skip")

    driver.run_script("click auto\n")
    assert box(talk).describe()["auto"] and lit(talk, "auto")
    assert waiting_line(driver) == "line:q3"  # on by itself, past the guard's walk
    assert waiting_line(driver, "line:q3") == "line:q4"
    driver.run_script("click auto\n")
    assert not box(talk).describe()["auto"] and not lit(talk, "auto")
    driver.wait(200)
    assert box(talk).line.line_id == "line:q4"  # auto is off: the line waits


def test_a_click_on_a_button_does_only_what_it_says_and_elsewhere_on_the_box_goes_on(talk):
    talk.start_dialogue("Talk")
    driver = mouse(talk)
    assert waiting_line(driver) == "line:q1"
    driver.run_script("click auto\nclick auto\n")
    assert box(talk).line.line_id == "line:q1"  # not advanced by the clicks
    driver.click(BOX.x + 20, BOX.bottom - 10)
    assert waiting_line(driver) == "line:q2"


def test_back_is_dim_with_nothing_to_roll_back_and_a_button_lights_under_the_pointer(talk):
    talk.start_dialogue("Talk")
    driver = mouse(talk)
    waiting_line(driver)
    targets = box(talk).click_targets()
    frame = talk.draw()
    assert frame.get_at(targets["rollback"].topleft)[:3] == colour("grey_dark")
    talk.input.mouse_pos = targets["history"].center
    frame = talk.draw()
    assert frame.get_at(targets["history"].topleft)[:3] == colour("yellow")
    assert frame.get_at(targets["skip"].topleft)[:3] == colour("grey_dark")


def test_skip_by_mouse_ends_a_cutscene_as_the_held_key_does(talk):
    talk.start_dialogue("Talk")
    driver = mouse(talk)
    for _ in range(2):
        waiting_line(driver)
        driver.run_script(ON_THE_BOX)
    scene = box(talk)
    assert scene.task is not None and list(scene.click_targets()) == ["skip"]  # the guard walks
    driver.run_script("click skip\n")
    assert scene.task is None and scene.line.line_id == "line:q3"
    guard = talk.explore().world.actor("guard")
    assert (guard.tile(16)) == (4, 3)


def scope(talk, driver):
    talk.start_dialogue("Scope")
    assert waiting_line(driver) == "line:t1"
    driver.run_script(ON_THE_BOX + "until scene == \"TelescopeView\" 30\nwait 12\n")
    return box(talk)


def test_a_mouse_script_aims_the_telescope_notes_what_it_sees_and_gets_out(talk):
    driver = mouse(talk)
    view = scope(talk, driver)
    assert view.looking_at() == "window_living"
    x, y = view.lens_centre()
    # the bedroom window is 176 pixels of the picture to the right, twice that on screen: two
    # clicks at the right of the lens, each followed as far as it goes
    driver.run_script(f"click {x + 176} {y}\nwait 50\nclick {x + 176} {y}\nwait 50\n")
    assert view.looking_at() == "window_bedroom"
    driver.run_script("click interact\nuntil scene == \"DialogueScene\" 1\n")
    assert talk.story.variables["$telescope_saw"] == "window_bedroom"
    assert waiting_line(driver) == "line:t2"


@pytest.mark.parametrize("leave", ["rightclick 240 135", "click cancel"])
def test_a_right_click_or_look_away_lowers_the_telescope_without_a_note(talk, leave):
    driver = mouse(talk)
    view = scope(talk, driver)
    assert set(view.click_targets()) == {"interact", "cancel"}
    driver.run_script(f"{leave}\nuntil scene == \"DialogueScene\" 1\n")
    assert talk.story.variables.get("$telescope_saw", "") == ""  # nothing noted
    assert waiting_line(driver) == "line:t2"


def test_the_pad_reaches_every_comfort_action(talk):
    talk.start_dialogue("Talk")
    driver = Driver(talk, mode="pad")
    assert waiting_line(driver) == "line:q1"
    driver.run_script("pad a\n")
    assert waiting_line(driver) == "line:q2"
    driver.run_script("pad leftstick\n")  # roll back
    assert box(talk).line.line_id == "line:q1"
    driver.run_script("pad leftshoulder\nuntil scene == \"HistoryScene\" 1\npad b\nuntil scene == \"DialogueScene\" 1\n")
    driver.run_script("pad y\n")
    assert box(talk).describe()["auto"] and lit(talk, "auto")
    driver.run_script("pad y\npaddown rightshoulder\nwait 1\n")
    assert not box(talk).describe()["auto"] and box(talk).describe()["skip"] and lit(talk, "skip")
    assert box(talk).line.line_id == "line:q2"  # q1 was read: skipped
    driver.run_script("padup rightshoulder\nwait 1\n")
    assert not box(talk).describe()["skip"]


def test_every_row_of_the_readmes_controls_table_says_keyboard_pad_and_mouse():
    from pathlib import Path
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Controls", 1)[1].split("\n\n", 2)[1]
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in table.splitlines()[2:]]
    assert rows and all(len(r) == 4 and all(r) for r in rows), rows
    assert any("SKIP" in r[3] for r in rows) and any("AUTO" in r[3] for r in rows)


def test_the_telescope_task_has_look_away_alone_and_it_keeps_the_nights_clock(app):
    from game.stage.context import Stage
    app.start_map("sylvia_apartment")
    app.story.variables["$clock"] = "23:50"
    Stage(app).run("telescope 23:58")
    view = box(app)
    assert list(view.click_targets()) == ["cancel"]  # the task logs by itself: no Note
    driver = mouse(app)
    driver.run_script(f"wait {240 + 12}\nclick cancel\n")
    assert app.director.top is app.explore() and app.story.variables["$clock"] == "23:51"


def test_after_rolling_back_to_a_choice_the_cursor_is_on_the_one_made_so_a_goes_forward(talk):
    talk.start_dialogue("Ask")
    driver = Driver(talk, mode="pad")
    waiting_line(driver)
    driver.run_script("choose 2\n")  # the d-pad down to Go, and A
    assert waiting_line(driver) == "line:a3"
    driver.run_script("pad leftstick\n")
    assert box(talk).showing_options() and box(talk).cursor == 1
    driver.run_script("pad a\n")  # rolls forward over the choice: Go again
    assert waiting_line(driver) == "line:a3"


def test_auto_stays_on_into_the_next_dialogue_until_turned_off(talk):
    talk.start_dialogue("Talk")
    driver = mouse(talk)
    waiting_line(driver)
    driver.run_script("click auto\n")
    driver.until('scene == "ExploreScene"', 2000)  # auto went on to the end by itself
    talk.start_dialogue("Ask")
    assert waiting_line(driver) == "line:a1"
    assert box(talk).describe()["auto"] and lit(talk, "auto")  # still on, and shown so
    driver.wait(int(talk.settings["auto_delay"] * 60) + 2)
    assert box(talk).showing_options()  # a1 went on by itself
    driver.run_script("click auto\n")
    assert not box(talk).describe()["auto"] and not lit(talk, "auto")


def test_skip_stays_on_into_the_next_dialogue_and_stops_at_a_choice(talk):
    talk.story.seen_lines |= {"line:q1", "line:q2", "line:q3", "line:q4", "line:a1"}
    talk.start_dialogue("Talk")
    driver = mouse(talk)
    waiting_line(driver)
    driver.run_script("click skip\n")
    driver.until('scene == "ExploreScene"', 60)  # every line read before, the walk skipped
    talk.start_dialogue("Ask")
    driver.step(2)
    assert box(talk).showing_options()  # a1 was read: passed at once, skip still on
    assert not box(talk).describe()["skip"] and not lit(talk, "skip")  # and off at the choice


@pytest.mark.parametrize("unseen", [False, True])
def test_skip_goes_off_at_an_unseen_line_unless_skip_unseen_is_set(talk, unseen):
    talk.settings["skip_unseen"] = unseen
    talk.story.seen_lines |= {"line:q1"}
    talk.start_dialogue("Talk")
    driver = mouse(talk)
    waiting_line(driver)
    driver.run_script("click skip\n")
    driver.wait(20)
    if unseen:
        assert talk.director.top is talk.explore() and talk.skip_mode  # through to the end, still on
    else:
        assert box(talk).line.line_id == "line:q2" and not box(talk).describe()["skip"]
