"""Every input alone finishes the first night, and every script in tests/scripts replays as it is.

`chapters_1_3_<mode>.txt` play New game -> the end of chapter 3 with one device each: the keyboard
(keys, `walkto` as arrows), the mouse (clicks only) and a gamepad (buttons and the stick). Each
walks up to people and things as a player does. A script's `# mode:` header allows only its
device's verbs; its `# args:` header names where it starts, if not at the title.
"""

from pathlib import Path

import pytest

from game.driver import Driver, ScriptError, script_header
from game.scenes.title import TitleScene

SCRIPTS = Path(__file__).parent / "scripts"


@pytest.mark.parametrize("mode", ["keyboard", "mouse", "pad"])
def test_each_input_alone_plays_new_game_to_the_end_of_chapter_3(app, driver, mode):
    path = SCRIPTS / f"chapters_1_3_{mode}.txt"
    text = path.read_text(encoding="utf-8")
    assert script_header(text)["mode"] == mode
    app.director.push(TitleScene(app))
    driver.run_script(text, str(path))
    assert sorted(app.story.beats) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert (app.story.chapter, app.story.map) == ("3", "rooftop")
    assert app.input.last_device == mode
    assert app.story.variables["$runway_result"] == "perfect"  # every input poses on the beat


def test_every_script_declares_its_device_and_replays_from_its_own_header():
    import argparse
    from game.cli import play_parser, script_start

    scripts = sorted(SCRIPTS.glob("*.txt"))
    assert scripts
    for path in scripts:
        header = script_header(path.read_text(encoding="utf-8"), str(path))
        assert header["mode"] in ("keyboard", "mouse", "pad"), f"{path.name} declares no # mode:"
        args = play_parser().parse_args(["--headless", "--script", str(path)])
        assert script_start(args) is not None  # its # args: are valid for the command line
        assert isinstance(args, argparse.Namespace)


def run(app, text: str, name: str = "play.txt") -> str:
    with pytest.raises(ScriptError) as err:
        Driver(app).run_script(text, name)
    return str(err.value)


def test_a_verb_from_another_device_is_a_one_line_error_naming_file_and_line(app):
    app.start_map("club", "entrance")
    message = run(app, "# mode: mouse\nwait 1\npress interact\n")
    assert message.startswith("play.txt:3: press is not allowed in a mouse script")
    assert "\n" not in message
    assert run(app, "# mode: keyboard\nclick 10 10\n").startswith("play.txt:2: click is not allowed")
    assert run(app, "# mode: pad\nwalkto 9 30\n").startswith("play.txt:2: walkto is not allowed")
    assert run(app, "# mode: joystick\n").startswith("play.txt:1: unknown mode 'joystick'")


def test_an_unknown_pad_button_is_named(app):
    app.start_map("club", "entrance")
    message = run(app, "# mode: pad\n\npad z\n")
    assert message.startswith("play.txt:3: unknown pad button 'z' (buttons: a, b")


def test_pad_buttons_and_the_stick_go_through_the_bindings(app, driver):
    app.start_map("club", "entrance")
    player = app.explore().world.player
    x, y = player.x, player.y
    driver.mode = "pad"
    driver.stick(0, -1, 2)  # a short push turns on the spot
    assert (player.x, player.y, player.facing) == (x, y, "up")
    driver.stick(1, 0, 30)
    assert player.x > x + 20 and player.facing == "right"
    driver.pad("start")
    assert type(app.director.top).__name__ == "PauseScene"


def test_a_mouse_script_clicks_only_what_is_on_screen(app, driver):
    app.start_map("club", "entrance")
    driver.mode = "mouse"
    with pytest.raises(ScriptError, match="off screen"):
        driver.click_thing("stage_manager")  # backstage, far from the street
    driver.click_thing("bouncer")
    for _ in range(300):
        if type(app.director.top).__name__ == "DialogueScene":
            break
        driver.step(1)
    assert type(app.director.top).__name__ == "DialogueScene"


def test_the_command_line_starts_where_the_scripts_header_says(tmp_path, capsys):
    from game.cli import main

    script = tmp_path / "deck.txt"
    script.write_text("# mode: keyboard\n# args: --map club --spawn backstage\nwait 2\n"
                      'until map == "club" and x == 50 2\n', encoding="utf-8")
    assert main(["--headless", "--script", str(script)]) == 0
    script.write_text("# mode: mouse\n# args: --map club\nwait 2\npress interact\n", encoding="utf-8")
    assert main(["--headless", "--script", str(script)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith(f"{script}:4: press is not allowed in a mouse script (allowed: wait, until, "
                        "check, screenshot, advance, choose, point, click, rightclick, wheel)")
    assert len(err.splitlines()) == 1


def test_the_objective_shows_in_the_corner_when_it_changes_fades_and_comes_back_on_hints(app, driver):
    from game.ui.hud import FADE_TICKS, SHOW_TICKS
    app.start_map("club", "entrance")
    explore = app.explore()
    line = explore.objective_line
    driver.step(2)
    assert not line.visible  # nothing to do yet, nothing shown
    app.story.objective = "Find the stage manager"
    driver.step(1)
    assert line.visible and line.text == "Find the stage manager"
    before = driver.frame().copy()
    driver.step(SHOW_TICKS + FADE_TICKS)
    assert not line.visible
    assert driver.frame().get_at((10, 10)) != before.get_at((10, 10))  # the corner line was drawn
    driver.hold("hints", 2)
    assert line.visible
    # a line set during a talk waits for the talk to end
    app.start_dialogue("Club_Talk_Bouncer")
    driver.step(1)
    app.story.objective = "Get the keys"
    driver.step(5)
    assert line.text == "Find the stage manager"
    driver.advance()
    driver.step(2)
    assert line.visible and line.text == "Get the keys"


def test_a_new_chapter_starts_without_the_last_chapters_objective(app, driver):
    app.start_map("penthouse", "front_door")
    app.story.objective = "Go home for the outfit"  # chapter 1's, as the taxi arrives
    app.start_dialogue("Ch2_Start")
    driver.until('scene == "TitleCard"', 300)
    assert app.story.objective == ""


def test_hints_frame_every_usable_thing_with_its_label_and_facing_shows_the_prompt(app, driver):
    from game.ui.hud import label_of
    app.start_map("club", "entrance")
    explore = app.explore()
    world = explore.world
    bouncer = world.actor("bouncer")
    assert label_of(bouncer, None) == "Bouncer" and label_of(world.actor("queue_1"), None) == "Guest"
    assert label_of(None, explore.level.doc.find("interact", "front_door")) == "Door"
    driver.step(1)
    plain = driver.frame().copy()
    driver.mode = "keyboard"
    driver._key("hints", True)
    driver.step(1)
    framed = driver.frame().copy()
    driver._key("hints", False)
    ox, oy = explore.map_offset((480, 270))
    body = bouncer.body_rect().move(ox, oy)
    assert framed.get_at(body.topleft) != plain.get_at(body.topleft)  # the bouncer is framed
    # walking up to him shows his name and the interact prompt over him
    world.player.x, world.player.y, world.player.facing = bouncer.x - 14, bouncer.y, "right"
    driver.step(2)
    assert world.interact_target()[0] is bouncer
    above = driver.frame().get_at((body.centerx, body.y - 4))
    assert above != plain.get_at((body.centerx, body.y - 4))


def test_the_mouse_opens_pause_journal_and_history_from_the_corner_and_right_click(app, driver):
    from game.ui.hud import corner_buttons
    app.start_map("club", "entrance")
    driver.mode = "mouse"
    driver.step(1)
    for action, scene in (("menu", "PauseScene"), ("journal", "JournalScene"), ("history", "HistoryScene")):
        rect = next(r for a, _t, r in corner_buttons(480) if a == action)
        driver.click(*rect.center)
        driver.step(1)
        assert type(app.director.top).__name__ == scene
        app.director.pop(app.director.top)
        driver.step(1)
    app.input.click(200, 200, button=3)
    driver.step(1)
    assert type(app.director.top).__name__ == "PauseScene"
    app.director.pop(app.director.top)
    hints = next(r for a, _t, r in corner_buttons(480) if a == "hints")
    driver.click(*hints.center)
    assert app.explore().showing_hints


def test_in_chapter_1_the_road_is_closed_and_says_why(app, driver):
    app.start_map("club", "entrance")
    app.story.chapter = "1"
    world = app.explore().world
    world.player.x, world.player.y = 20 * 16 + 8, 42 * 16 + 14  # on the road, one step from the edge
    driver.mode = "keyboard"
    driver.hold("down", 30)
    driver.until('scene == "DialogueScene"', 60)
    driver.advance()
    driver.until('scene == "ExploreScene" and not walking', 300)
    assert app.story.map == "club" and app.explore().world.player.tile()[1] < 42
    assert any("stage manager first" in text for _, text in app.said())


def test_the_arrow_buttons_pose_by_click_in_the_same_timing_as_the_keys(app, driver):
    """A click on an arrow button under the ring is that direction pressed: a hit while its cue is
    in the ring, "off the beat" otherwise; the button lights up whichever device pressed it."""
    from game.pieces.runway import RunwayScene, arrow_buttons
    app.start_map("club", "backstage")
    walk = RunwayScene(app)
    app.director.push(walk)
    driver.mode = "mouse"
    buttons = arrow_buttons()
    assert all(app.canvas.get_rect().contains(rect) for rect in buttons.values())
    plain = driver.frame().copy()
    driver.click(*buttons["up"].center)  # no cue in the ring yet
    assert walk.feedback == "Off the beat" and not walk.judged
    lit = driver.frame()
    assert lit.get_at(buttons["up"].move(2, 2).topleft) != plain.get_at(buttons["up"].move(2, 2).topleft)
    first_at, first = walk.cues[0]
    driver.step(first_at - walk.t - 1)  # the cue is at the ring's centre on the next tick
    driver.click_thing(first)
    assert walk.judged == {0: "hit"} and walk.feedback == "Strike!"
    other = next(d for d in buttons if d != walk.cues[1][1])
    driver.step(walk.cues[1][0] - walk.t - 1)
    driver.click(*buttons[other].center)  # the wrong arrow: the cue goes by
    driver.step(20)
    assert walk.judged[1] == "miss"


def chapters_played(path: Path) -> list[str]:
    """The chapters a script plays: from its start (the chapter of its `--node`, else New game's
    first) to the last its name gives (`ch7_mouse` -> 7, `chapters_11_finale_pad` -> finale;
    `story_keyboard` -> the end)."""
    from game.story.chapters import CHAPTERS
    ids = [c["id"] for c in CHAPTERS]
    args = script_header(path.read_text(encoding="utf-8"), str(path))["args"]
    node = args[args.index("--node") + 1] if "--node" in args else CHAPTERS[0]["node"]
    first = next(i for i, c in enumerate(CHAPTERS) if c["node"] == node)
    name = path.stem.rsplit("_", 1)[0]
    last = ids[-1] if name == "story" else name.split("_")[-1].removeprefix("ch")
    return ids[first:ids.index(last) + 1]


@pytest.mark.parametrize("mode", ["keyboard", "mouse", "pad"])
def test_every_chapter_has_a_script_for_each_input(mode):
    from game.story.chapters import CHAPTERS
    played = [c for path in SCRIPTS.glob(f"*_{mode}.txt") for c in chapters_played(path)]
    assert set(played) == {c["id"] for c in CHAPTERS}


def test_a_click_goes_on_past_a_chapter_card_and_the_credits_as_interact_does(app, driver):
    from game.pieces.credits import Credits
    from game.story.chapters import chapter
    app.start_chapter(chapter("7"))
    driver.until('scene == "TitleCard"', 300)
    card = driver.scene()
    driver.step(25)
    driver.mode = "mouse"
    driver.click(240, 135)
    assert card not in app.director.stack
    credits = Credits(app)
    app.director.push(credits)
    driver.step(2)
    driver.click(240, 135)
    assert credits not in app.director.stack
