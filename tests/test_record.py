"""Recording a session played through real pygame events, and replaying it headless exactly."""

import json

import pygame

from game import cli
from game.driver import Driver

START = ["--map", "club", "--spawn", "entrance"]


def key(name, down):
    kind = pygame.KEYDOWN if down else pygame.KEYUP
    return pygame.event.Event(kind, key=pygame.key.key_code(name), mod=0)


def mouse(x, y, click=False):
    if click:
        return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=1)
    return pygame.event.Event(pygame.MOUSEMOTION, pos=(x, y), rel=(0, 0), buttons=(0, 0, 0))


def play(app, events, frames):
    """The interactive loop's order: events posted to pygame's queue, pumped, then a tick."""
    for frame in range(frames):
        for ev in events.get(frame, []):
            pygame.event.post(ev)
        app.pump_events()
        app.tick()


def test_a_played_stretch_replays_to_the_same_state_and_frame(app, tmp_path):
    script = tmp_path / "session.txt"
    app.record(script, START)
    app.start_map("club", "entrance")
    spawned = app.explore().describe()["tile"]
    events = {
        5: [key("right", True)], 30: [key("right", False)],          # a walk: hold
        40: [key("d", True)], 52: [key("space", True)],              # an interact while walking
        53: [key("space", False)], 70: [key("d", False)],
        75: [key("up", True), key("up", False)],                     # down and up before one frame
        90: [mouse(300, 120), mouse(200, 180)], 95: [mouse(180, 170, click=True)],  # click to walk
        200: [key("escape", True)], 204: [key("escape", False)],     # the pause menu
        215: [mouse(240, 126)], 230: [key("down", True)], 231: [key("down", False)],
        240: [mouse(200, 126, click=True), key("up", True)], 243: [key("up", False)],  # two at once
    }
    play(app, events, 270)
    recorded = Driver(app)
    recorded.frames = app.ticks
    state = recorded.state()
    frame = pygame.image.tobytes(app.draw(), "RGB")
    app.stop_recording()
    assert state["position"]["tile"] != spawned
    assert state["scenes"][-1]["scene"] == "JournalScene"  # the click took the pause menu's Journal

    text = script.read_text()
    assert text.startswith("# mode: mixed\n# args: --seed 1983 --map club --spawn entrance\n")
    for line in ("hold right 25", "keydown right", "press interact", "point 180 170", "click 180 170"):
        assert line in text.splitlines(), text

    out_state, out_png = tmp_path / "state.json", tmp_path / "end.png"
    assert cli.main(["--headless", "--script", str(script), "--state-out", str(out_state),
                     "--screenshot", str(out_png)]) == 0
    assert json.loads(out_state.read_text()) == json.loads(json.dumps(state))
    assert pygame.image.tobytes(pygame.image.load(str(out_png)), "RGB") == frame


def test_an_unwritable_record_path_is_one_line_and_the_game_runs_on(app, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    app.record(blocker / "session.txt", START)
    assert app.recorder is None
    assert app.message.startswith(f"cannot record to {blocker / 'session.txt'}:")
    assert "\n" not in app.message
    app.start_map("club", "entrance")
    play(app, {}, 5)
    assert app.running


def test_the_setting_records_each_session_into_the_user_data_folder(app):
    from game.saves import data_dir
    cli.record(app, cli.play_parser().parse_args(["--map", "club"]))
    assert app.recorder is None  # off by default
    app.settings["record_sessions"] = True
    cli.record(app, cli.play_parser().parse_args(["--map", "club"]))
    path = app.recorder.path
    assert path.parent == data_dir() / "recordings"
    app.start_map("club")
    play(app, {3: [key("left", True)], 9: [key("left", False)]}, 12)
    app.stop_recording()
    assert path.read_text().splitlines()[:2] == ["# mode: keyboard", "# args: --seed 1983 --map club"]
    assert "hold left 6" in path.read_text().splitlines()


def button(name, down):
    from game.input import PAD_BUTTONS
    kind = pygame.CONTROLLERBUTTONDOWN if down else pygame.CONTROLLERBUTTONUP
    return pygame.event.Event(kind, button=PAD_BUTTONS[name], instance_id=0)


def axis(x_axis, value):
    which = pygame.CONTROLLER_AXIS_LEFTX if x_axis else pygame.CONTROLLER_AXIS_LEFTY
    return pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=which, value=value, instance_id=0)


def test_a_pad_session_replays_with_the_pad_verbs(app, tmp_path):
    script = tmp_path / "pad.txt"
    app.record(script, START)
    app.start_map("club", "entrance")
    events = {
        4: [axis(True, 30000)], 5: [axis(True, 32767)], 40: [axis(True, 200)],    # the stick, pushed right
        50: [button("dpad_down", True)], 60: [button("a", True)],                 # overlapping buttons
        62: [button("a", False)], 80: [button("dpad_down", False)], 90: [button("start", True)],
        92: [button("start", False)],
    }
    play(app, events, 120)
    recorded = Driver(app)
    recorded.frames = app.ticks
    state = recorded.state()
    app.stop_recording()
    assert state["scenes"][-1]["scene"] == "PauseScene"
    lines = script.read_text().splitlines()
    assert lines[0] == "# mode: pad"
    for line in ("stick 1 0 36", "paddown dpad_down", "pad a 2", "padup dpad_down", "pad start 2"):
        assert line in lines, lines
    out_state = tmp_path / "state.json"
    assert cli.main(["--headless", "--script", str(script), "--state-out", str(out_state)]) == 0
    assert json.loads(out_state.read_text()) == json.loads(json.dumps(state))


def test_a_right_click_is_recorded_and_replays_to_the_pause_menu(app, tmp_path):
    script = tmp_path / "session.txt"
    app.record(script, START)
    app.start_map("club", "entrance")
    right = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(200, 150), button=3)
    play(app, {10: [right]}, 30)
    assert type(app.director.top).__name__ == "PauseScene"
    recorded = Driver(app)
    recorded.frames = app.ticks
    state = recorded.state()
    app.stop_recording()
    text = script.read_text()
    assert text.startswith("# mode: mouse\n") and "rightclick 200 150" in text.splitlines(), text
    out_state = tmp_path / "state.json"
    assert cli.main(["--headless", "--script", str(script), "--state-out", str(out_state)]) == 0
    assert json.loads(out_state.read_text()) == json.loads(json.dumps(state))


def wheel(up):
    return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1 if up else -1, flipped=False)


def test_rolling_back_with_the_wheel_is_recorded_and_replays(app, tmp_path):
    script = tmp_path / "wheel.txt"
    app.record(script, ["--node", "Prologue_Start"])
    app.start_node_directly("Prologue_Start", None, None)
    events = {t: [key("space", True), key("space", False)] for t in range(20, 560, 25)}
    events.update({580: [wheel(True)], 585: [wheel(True)], 600: [wheel(False)]})  # back two lines, on one
    play(app, events, 620)
    recorded = Driver(app)
    recorded.frames = app.ticks
    state = recorded.state()
    app.stop_recording()
    assert state["scenes"][-1]["line"].startswith("Inside is not a pilot")
    lines = script.read_text().splitlines()
    assert "wheel up" in lines and "wheel down" in lines
    out_state = tmp_path / "state.json"
    assert cli.main(["--headless", "--script", str(script), "--state-out", str(out_state)]) == 0
    assert json.loads(out_state.read_text()) == json.loads(json.dumps(state))


def test_a_session_replays_from_the_settings_and_saves_it_started_from(app, tmp_path, capsys):
    """The player's settings (the content notice already seen, large text) and their saves, one of
    which the title's Continue loads, travel beside the recording; without them it is refused."""
    import shutil

    from game.scenes.title import TitleScene
    app.start_map("club", "entrance")
    assert app.saves.save("slot_1") == ""
    app.director.clear()
    app.settings.update(notice_seen=True, text_size="large")
    script = tmp_path / "continue.txt"
    app.record(script, [])
    app.director.push(TitleScene(app))
    events = {5: [key("return", True)], 6: [key("return", False)],  # Continue
              100: [key("right", True)], 120: [key("right", False)]}
    play(app, events, 140)
    recorded = Driver(app)
    recorded.frames = 140  # frames played: the app's count went back to the save's
    state = recorded.state()
    frame = pygame.image.tobytes(app.draw(), "RGB")
    app.stop_recording()
    assert state["map"] == "club" and [s["scene"] for s in state["scenes"]] == ["ExploreScene"]
    assert "# start: continue.txt.start" in script.read_text().splitlines()

    out_state, out_png = tmp_path / "state.json", tmp_path / "end.png"
    assert cli.main(["--headless", "--script", str(script), "--state-out", str(out_state),
                     "--screenshot", str(out_png)]) == 0
    assert json.loads(out_state.read_text()) == json.loads(json.dumps(state))
    assert pygame.image.tobytes(pygame.image.load(str(out_png)), "RGB") == frame

    shutil.rmtree(tmp_path / "continue.txt.start")
    assert cli.main(["--headless", "--script", str(script)]) == 2
    err = capsys.readouterr().err.strip()
    assert "continue.txt.start" in err and "missing" in err and len(err.splitlines()) == 1
