"""The dialogue box over a map: lines, pages, options, history, auto, skip, and cutscenes."""

import pytest

from conftest import on_test_map
from game.story.yarn import YarnProgram

SCRIPT = """
title: Guard_Talk
---
<<declare $has_key = false>>
Guard: Evening. #line:g1
Guard: This is a very long line that goes on and on about the weather, the lift, the landlord, the rent, the neighbours, the noise from the club downstairs, the taxis and the pigeons on the water tower, so it cannot fit in one page of the box, not with the portrait beside it and the name plate above it, and not even if the box were a little wider than it is today, which it is not. #line:g2
-> Ask about the roof #line:o1
    Guard: Closed. #line:g3
-> Ask about the key <<if $has_key>> #line:o2
    Guard: Which key? #line:g4
-> Secret <<if false>> #hide #line:o3
    Guard: Hidden. #line:g5
Guard: Goodnight. #line:g6
===
title: Scene_Walk
---
<<place guard centre>>
<<walk guard to 4,3>>
<<wait 1>>
<<beat 2>>
<<give badge>>
Guard: Done. #line:w1
<<walk guard to centre>>
<<declare $walked = false>>
<<set $walked to true>>
===
"""


def top(app):
    return app.director.top


def test_long_lines_are_paginated_never_cut(talk, driver):
    talk.start_dialogue("Guard_Talk")
    driver.press("interact")  # reveal "Evening."
    driver.press("interact")  # next line
    scene = top(talk)
    assert scene.line.line_id == "line:g2"
    assert len(scene.pages) >= 2
    words = " ".join(" ".join(p) for p in scene.pages).split()
    assert words == scene.line.text.split()


def test_options_unavailable_greyed_hidden_and_read(talk, driver):
    talk.start_dialogue("Guard_Talk")
    driver.until('scene == "DialogueScene"', 5)
    for _ in range(12):
        if top(talk).showing_options():
            break
        driver.press("interact")
    scene = top(talk)
    texts = [scene.options.options[i].text for i in scene.visible_options]
    assert texts == ["Ask about the roof", "Ask about the key"]  # the #hide one is not listed
    assert scene.options.options[1].available is False
    frame = driver.frame()
    with pytest.raises(ValueError):
        scene.move_cursor_to(2)
    driver.choose(1)
    driver.advance()
    assert "line:o1" in talk.story.chosen_options
    assert frame.get_size() == (480, 270)
    assert talk.director.top is talk.explore()  # the talk ended
    assert talk.story.variables["$Yarn.Internal.Visiting.Guard_Talk"] == 1


def test_history_lists_everything_said_with_speakers(talk, driver):
    talk.start_dialogue("Guard_Talk")
    driver.choose(1)
    driver.advance()
    said = talk.said()
    speakers = [s for s, _ in said]
    assert said[0] == ("Guard", "Evening.")
    assert ("", "> Ask about the roof") in said and ("Guard", "Closed.") in said
    assert speakers.count("Guard") == 4


def test_skip_passes_seen_lines_and_stops_at_unseen(talk, driver):
    talk.story.seen_lines |= {"line:g1", "line:g2"}
    talk.start_dialogue("Guard_Talk")
    talk.input.hold("skip", 30)
    driver.step(30)
    scene = top(talk)
    assert scene.showing_options()  # g1 and g2 were skipped; options always stop skipping
    driver.choose(1)
    talk.input.hold("skip", 30)
    driver.step(30)
    assert top(talk).line is not None and top(talk).line.line_id == "line:g3"  # unseen: waits


def test_auto_forward_moves_on_after_the_delay(talk, driver):
    talk.settings["auto_delay"] = 0.5
    talk.start_dialogue("Guard_Talk")
    driver.press("auto")
    driver.step(60)
    assert top(talk).line.line_id != "line:g1"


def positions(app):
    world = app.explore().world
    return {a.name: (round(a.x, 2), round(a.y, 2)) for a in world.all_actors()}


def test_skipping_a_cutscene_equals_watching_it(talk, driver):
    talk.start_dialogue("Scene_Walk")
    for _ in range(600):
        if talk.director.top is talk.explore():
            break
        driver.press("interact") if top(talk).showing_line() else driver.step(1)
    watched = (talk.story.to_json(), positions(talk))
    assert talk.story.beats == [2] and talk.story.variables["$walked"] is True

    from game.app import App
    other = App(headless=True, settings=talk.settings)
    on_test_map(other, SCRIPT)
    other.story.seen_lines = set(talk.story.seen_lines)
    other.start_dialogue("Scene_Walk")
    other.input.hold("skip", 40)
    from game.driver import Driver
    Driver(other).step(40)
    assert other.director.top is other.explore()
    skipped = (other.story.to_json(), positions(other))
    for state in (watched[0], skipped[0]):
        state.pop("play_ticks")
    assert skipped == watched


def test_a_broken_command_stops_the_talk_with_a_message_not_a_crash(app, driver):
    on_test_map(app, "title: Bad\n---\n<<walk nobody to nowhere>>\nA: never\n===\n", "bad.yarn")
    app.start_dialogue("Bad")
    driver.step(2)
    assert app.director.top is app.explore()
    assert "bad.yarn:3" in app.message and "nobody" in app.message


def test_large_text_doubles_the_glyphs_and_halves_the_lines_a_page(talk, driver):
    talk.start_dialogue("Guard_Talk")
    driver.press("interact")
    driver.press("interact")
    normal = top(talk).pages
    talk.director.pop(top(talk))
    talk.settings["text_size"] = "large"
    talk.start_dialogue("Guard_Talk")
    driver.press("interact")
    driver.press("interact")
    large = top(talk).pages
    assert max(len(p) for p in large) == 2 and max(len(p) for p in normal) == 4
    assert len(large) > len(normal)
    assert " ".join(" ".join(p) for p in large).split() == top(talk).line.text.split()


def test_an_overlay_with_nowait_plays_beneath_the_lines(app, driver):
    on_test_map(app, "title: Watch\n---\n<<overlay ufo watch nowait>>\nGuard: It is looking at her. #line:u1\n===\n")
    app.start_dialogue("Watch")
    driver.step(3)
    names = [type(s).__name__ for s in app.director.stack]
    assert names[-2:] == ["UfoView", "DialogueScene"]
    assert top(app).showing_line() and top(app).line.line_id == "line:u1"
    driver.advance()
    assert "DialogueScene" not in [type(s).__name__ for s in app.director.stack]


def box_pixels(driver):
    import pygame
    return pygame.image.tobytes(driver.frame().subsurface((20, 202, 420, 40)), "RGB")  # the text, not the arrow


def test_the_box_draws_wave_and_bold_markup(app, driver):
    app.settings["text_speed"] = 0
    on_test_map(app, "title: M\n---\nA: calm words #line:m1\nA: calm [wave]words[/wave] #line:m2\n"
                "A: calm [b]words[/b] #line:m3\n===\n")
    app.start_dialogue("M")
    driver.step(1)
    plain = [box_pixels(driver), box_pixels(driver.step(7) or driver)]
    assert plain[0] == plain[1]  # plain text holds still
    driver.press("interact")
    waves = {box_pixels(driver.step(5) or driver) for _ in range(6)}
    assert len(waves) > 1 and plain[0] not in waves  # the waving word moves
    driver.press("interact")
    assert top(app).line.text == "calm words" and box_pixels(driver) != plain[0]  # bold is heavier


def test_the_telescope_shows_the_facade_with_people_at_windows(app, driver):
    from game.stage.context import Stage
    app.start_map("sylvia_apartment")
    Stage(app).run("overlay telescope window_living margaret@window_living")
    scope = app.director.top
    assert type(scope).__name__ == "TelescopeView" and scope.world.actor("margaret") is not None
    driver.step(12)
    assert scope.looking_at() == "window_living"
    # seen front-on across the street, a person at a window is a black shape against the light
    scope.draw(app.canvas)
    margaret, picture = scope.world.actors["margaret"], scope._picture
    ox, oy = scope.mapview.offset(picture.get_size(), (picture.get_width() / 2, picture.get_height() / 2))
    shape = {tuple(picture.get_at((round(margaret.x) + dx + ox, round(margaret.y) - dy + oy)))[:3]
             for dx in (-2, 0, 2) for dy in (8, 14, 20)}
    from game.palette import colour
    assert shape == {colour("black")}
    # the craft stands on the roof line whenever the roof map has it on the roof (not in the prologue)
    assert [craft.animation for craft in scope.things()] == ["landed"]
    driver.hold("right", 88)  # 176 px to the right: the bedroom window
    assert scope.looking_at() == "window_bedroom"
    driver.press("interact")
    assert app.story.variables["$telescope_saw"] == "window_bedroom"
    assert app.director.top is app.explore()


@pytest.mark.parametrize("body, expected", [
    ("<<prop nosuch centre>>", "no prop or effect named 'nosuch'"),
    ('<<if beat("x")>>\nA: never\n<<endif>>', "beat()"),
])
def test_script_mistakes_stop_the_talk_with_a_message(app, driver, body, expected):
    on_test_map(app, f"title: Bad\n---\n{body}\nA: after\n===\n", "bad.yarn")
    app.start_dialogue("Bad")
    driver.step(2)
    assert app.director.top is app.explore()
    assert expected in app.message and "bad.yarn" in app.message


HISTORY = """title: Bar
---
<<declare $n = 2>>
Jimmy: You owe me {$n} drinks. #line:owe
-> Pay #line:pay
    Margaret: Recieved. #line:got
Untagged aside.
<<set $n to 5>>
===
"""


def test_history_shows_lines_by_their_ids_in_the_language_in_use(app, driver):
    from game.story.strings import pseudo, pseudo_table
    on_test_map(app, HISTORY, "bar.yarn")
    app.start_dialogue("Bar")
    driver.choose(1)
    driver.advance()
    app.log_line("", "A generated notice.")
    english = [("Jimmy", "You owe me 2 drinks."), ("", "> Pay"), ("Margaret", "Recieved."),
               ("", "Untagged aside."), ("", "A generated notice.")]
    assert app.said() == english
    # switching language: each line with an id in qps, its {$n} as it was when said (2, not 5)
    app.settings["language"], app._strings = "qps", ("qps", pseudo_table(app._program).parts)
    said = app.said()
    assert said[0] == ("Jimmy", pseudo("You owe me 2 drinks.").removeprefix("Jimmy: ")) != english[0]
    assert said[1] == ("", "> " + pseudo("Pay")) and said[2][1] == pseudo("Recieved.").removeprefix("Margaret: ")
    assert said[3:] == english[3:]  # no id: the words as said
    # a typo fixed in the script shows fixed; the untagged line (its id is its text) keeps its words
    app.settings["language"] = "en"
    app._program = YarnProgram.from_source(HISTORY.replace("Recieved", "Received")
                                           .replace("Untagged aside", "Untagged remark"), "bar.yarn")
    assert app.said()[2] == ("Margaret", "Received.") and app.said()[3] == ("", "Untagged aside.")
    # a line whose {expressions} changed in the script keeps its words
    app._program = YarnProgram.from_source(HISTORY.replace("{$n} drinks", "{$n} drinks, {$n}"), "bar.yarn")
    assert app.said()[0] == ("Jimmy", "You owe me 2 drinks.")
