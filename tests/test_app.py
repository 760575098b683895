"""Window scaling, determinism, the scene director and the headless command line."""

import hashlib
import json
import shutil
import subprocess
import sys

import pygame
import pytest

from conftest import TEST_MAPS, fixture_map
from game.app import App, fitting_scale, integer_scale
from game.director import Fade, Scene
from game.driver import Driver, ScriptError, bare_names_to_variables


@pytest.mark.parametrize("window,scale,rect", [
    ((1440, 810), 3, (0, 0, 1440, 810)),
    ((1920, 1080), 4, (0, 0, 1920, 1080)),
    ((1600, 900), 3, (80, 45, 1440, 810)),
    ((2560, 1080), 4, (320, 0, 1920, 1080)),
    ((500, 300), 1, (10, 15, 480, 270)),
    ((300, 200), 1, (-90, -35, 480, 270)),
])
def test_integer_scale_and_letterbox(window, scale, rect):
    got_scale, got_rect = integer_scale(window)
    assert got_scale == scale
    assert tuple(got_rect) == rect


@pytest.mark.parametrize("window", [(1440, 810), (1600, 900), (2560, 1080), (1000, 1200), (300, 200)])
def test_the_bars_and_the_canvas_cover_the_window_once(window):
    """scale_canvas clears only the bars: bars + the scaled canvas are the whole window, no overlap."""
    from game.app import letterbox_bars

    _, rect = integer_scale(window)
    screen = pygame.Rect((0, 0), window)
    pieces = [rect.clip(screen), *letterbox_bars(window, rect)]
    assert sum(p.width * p.height for p in pieces) == window[0] * window[1]
    assert all(a.colliderect(b) is False for i, a in enumerate(pieces) for b in pieces[i + 1:])


@pytest.mark.parametrize("window", [(1920, 1080), (1440, 810), (2000, 1210), (1366, 768), (480, 270)])
@pytest.mark.parametrize("bits", [32, 16])
def test_scale_canvas_is_nearest_neighbour_in_black_bars(window, bits):
    """Every window pixel is the canvas pixel under it (transform.scale's pixels), the bars are
    black, whatever the window's pixel format; both surfaces are free again afterwards."""
    import random

    from game.app import CANVAS, letterbox_bars, scale_canvas
    from game.palette import colour

    rng = random.Random(3)
    canvas = pygame.Surface(CANVAS)
    for _ in range(400):
        canvas.fill([rng.randrange(256) for _ in range(3)],
                    (rng.randrange(480), rng.randrange(270), rng.randrange(1, 30), rng.randrange(1, 30)))
    target = pygame.Surface(window, 0, bits)
    target.fill((255, 255, 255))
    scale_canvas(canvas, target)
    _, rect = integer_scale(window)
    expected = pygame.Surface(rect.size, 0, bits)
    expected.blit(pygame.transform.scale(canvas, rect.size), (0, 0))
    assert pygame.image.tobytes(target.subsurface(rect), "RGB") == pygame.image.tobytes(expected, "RGB")
    black = target.unmap_rgb(target.map_rgb(colour("black")))
    for bar in letterbox_bars(window, rect):
        assert pygame.transform.average_color(target, bar)[:3] == black[:3]
    assert not canvas.get_locked() and not target.get_locked()


def test_the_window_loop_draws_once_per_tick_and_not_while_minimised(monkeypatch):
    """At most one frame per simulation step; none while the window cannot be seen; a frame
    that is the one already on show is not presented again."""
    from game.settings import DEFAULTS

    app = App(headless=False, settings=dict(DEFAULTS))
    app.director.push(Scene(app))
    counts = {"tick": 0, "draw": 0, "flip": 0}
    real_tick = app.tick

    def tick():
        counts["tick"] += 1
        real_tick()
        if counts["tick"] >= 12:
            app.running = False

    monkeypatch.setattr(app, "tick", tick)
    monkeypatch.setattr(app, "draw", lambda: counts.__setitem__("draw", counts["draw"] + 1))
    monkeypatch.setattr(pygame.display, "flip", lambda: counts.__setitem__("flip", counts["flip"] + 1))
    monkeypatch.setattr(app, "shutdown", lambda: None)
    app.run()
    assert 1 <= counts["draw"] <= counts["tick"] == 12
    assert counts["flip"] == 1  # the canvas never changed: shown once
    counts.update(tick=0, draw=0)
    app.running = True
    pygame.event.post(pygame.event.Event(pygame.WINDOWMINIMIZED))
    app.run()
    assert counts["tick"] == 12 and counts["draw"] == 0


def test_window_scale_never_exceeds_the_desktop():
    assert fitting_scale((1920, 1080), 3) == 3
    assert fitting_scale((1366, 768), 3) == 2
    assert fitting_scale((3840, 2160), 3) == 3
    assert fitting_scale((800, 600), 3) == 1


def test_mouse_to_canvas_respects_letterbox(app):
    app.window = pygame.Surface((1600, 900))
    assert app.to_canvas((80, 45)) == (0, 0)
    assert app.to_canvas((80 + 1439, 45 + 809)) == (479, 269)
    assert app.to_canvas((10, 10)) is None


def test_the_gpu_path_maps_the_mouse_through_the_same_letterbox(app, monkeypatch):
    """With SDL's renderer the display surface is only the canvas: the mouse is mapped through
    the window's real size and the letterbox the renderer is given."""
    app._renderer = object()  # as on the GPU path: present() hands integer_scale's rect to SDL
    app.window = pygame.Surface((480, 270))
    monkeypatch.setattr(pygame.display, "get_window_size", lambda: (1600, 900))
    assert app.window_size() == (1600, 900)
    assert app.to_canvas((80, 45)) == (0, 0) and app.to_canvas((80 + 1439, 45 + 809)) == (479, 269)
    assert app.to_canvas((1599, 899)) is None


def test_without_a_gpu_renderer_the_window_falls_back_to_cpu_scaling(caplog, monkeypatch):
    """Headless SDL (the dummy driver) has only a software renderer: the window is scaled on the
    CPU, said in one log line, and a presented frame is the canvas at a whole scale, letterboxed
    (a GPU device faked: without one the renderer is not even tried, see below)."""
    from game import app as app_mod
    from game.settings import DEFAULTS

    monkeypatch.setattr(app_mod, "gpu_device", lambda: True)
    with caplog.at_level("WARNING", logger="game.app"):
        app = App(headless=False, settings=dict(DEFAULTS))
    assert app.present_path == "cpu"
    assert [r.getMessage() for r in caplog.records] == [
        "scaling on the CPU: the GPU renderer cannot be used (no accelerated renderer)"]
    assert pygame.display.get_surface() is app.window and app.window_size() == app.window.get_size()
    scale, rect = integer_scale(app.window_size())
    app.canvas.fill((200, 30, 90))
    app.canvas.set_at((0, 0), (10, 250, 10))
    app.present()
    assert app.window.get_at(rect.topleft)[:3] == (10, 250, 10)
    assert app.window.get_at((rect.x + scale, rect.y))[:3] == (200, 30, 90)
    assert app.to_canvas((rect.x + scale, rect.y)) == (1, 0)


SCRIPT = """
hold right 25
hold down 30
walkto 14 8
wait 20
"""


def run_frames(script: str) -> list[str]:
    application = App(headless=True)
    application.start_map(fixture_map("room_a"))
    driver = Driver(application)
    hashes = []
    for line in script.strip().splitlines():
        driver.run_line(line)
        hashes.append(hashlib.sha256(pygame.image.tobytes(driver.frame(), "RGB")).hexdigest())
    application.director.clear()
    return hashes


def test_same_script_gives_byte_identical_frames():
    first, second = run_frames(SCRIPT), run_frames(SCRIPT)
    assert first == second
    assert len(set(first)) > 1  # the frames really changed as the player moved


def test_bad_script_line_fails_with_its_line_number(driver, app):
    app.start_map(fixture_map("room_a"))
    with pytest.raises(ScriptError, match=r"play\.txt:3: unknown command 'jump'"):
        driver.run_script("wait 1\n# fine\njump 3\n", "play.txt")
    with pytest.raises(ScriptError, match=r"s:1: unknown action 'fly'"):
        driver.run_script("press fly", "s")
    with pytest.raises(ScriptError, match=r"s:2: wait: 'x' are not whole numbers"):
        driver.run_script("wait 1\nwait x", "s")


def test_check_says_whether_the_state_holds_now_without_a_frame(driver, app):
    app.start_map(fixture_map("room_a"))
    frames = driver.frames
    driver.run_script('check map == "room_a" and beats == 0 and not walking\n', "s")
    assert driver.frames == frames
    with pytest.raises(ScriptError, match=r"s:2: check map == \"club\": not true \(state: map='room_a'"):
        driver.run_script('wait 1\ncheck map == "club"\n', "s")
    assert driver.frames == frames + 1
    with pytest.raises(ScriptError, match=r"s:1: check needs an expression"):
        driver.run_script("check # nothing", "s")


def test_until_reads_plain_state_words():
    assert bare_names_to_variables('map == "club" and x > 3') == '$map == "club" and $x > 3'
    assert bare_names_to_variables('visited("A") or not $done') == 'visited("A") or not $done'


class Counter(Scene):
    def __init__(self, app, opaque=True, pauses=True):
        super().__init__(app)
        self.opaque, self.pauses_below, self.ticks, self.draws = opaque, pauses, 0, 0

    def update(self, is_top):
        self.ticks += 1

    def draw(self, surface):
        self.draws += 1


def test_director_pausing_and_opacity(app):
    base, overlay = Counter(app), Counter(app, opaque=False, pauses=False)
    app.director.push(base)
    app.director.push(overlay)
    app.tick()
    app.draw()
    assert (base.ticks, overlay.ticks) == (1, 1)  # an overlay that does not pause lets the map run
    assert (base.draws, overlay.draws) == (1, 1)  # and the map shows through it
    menu = Counter(app)
    app.director.push(menu)
    app.tick()
    app.draw()
    assert (base.ticks, overlay.ticks, menu.ticks) == (1, 1, 1)
    assert (base.draws, menu.draws) == (1, 1)  # an opaque menu hides the map
    app.director.pop()
    app.director.replace(Counter(app))
    assert app.director.stack[0] is base and len(app.director.stack) == 2


def test_fade_runs_its_callback_at_black_and_removes_itself(app):
    base = Counter(app)
    app.director.push(base)
    calls = []
    fade = Fade(app, lambda: calls.append(app.ticks), out_ticks=10, in_ticks=10)
    app.director.push(fade)
    for _ in range(9):
        app.tick()
    assert calls == [] and fade.alpha > 200
    app.tick()
    assert calls == [9] and fade.alpha == 255  # during the tenth tick
    for _ in range(10):
        app.tick()
    assert fade not in app.director.stack and base.ticks == 0  # the fade paused the scene below


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=60)


def test_cli_headless_run_writes_state_and_screenshot(tmp_path):
    script = tmp_path / "walk.txt"
    script.write_text("hold right 40\nuntil x >= 7 120\n")
    state, shot = tmp_path / "state.json", tmp_path / "shot.png"
    result = run_cli("--headless", "--map", fixture_map("room_a"), "--spawn", "start", "--script", str(script),
                     "--state-out", str(state), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    data = json.loads(state.read_text())
    assert data["map"] == "room_a" and data["position"]["tile"][0] >= 7
    assert pygame.image.load(str(shot)).get_size() == (480, 270)


def test_cli_reports_bad_input_in_one_line(tmp_path):
    missing = run_cli("--headless", "--map", "no_such_map")
    assert missing.returncode == 2
    assert "no_such_map.tmx: map file not found" in missing.stderr
    assert "Traceback" not in missing.stderr
    spawn = run_cli("--headless", "--map", fixture_map("room_a"), "--spawn", "moon")
    assert spawn.returncode == 2 and "no spawn named 'moon'" in spawn.stderr and "Traceback" not in spawn.stderr
    broken = tmp_path / "broken.tmx"
    broken.write_text("<map><layer")
    parse = run_cli("--headless", "--map", str(broken))
    assert parse.returncode == 2 and "broken.tmx: not a valid TMX file" in parse.stderr
    bad_script = tmp_path / "bad.txt"
    bad_script.write_text("wait 2\nwalk 3\n")
    script = run_cli("--headless", "--map", fixture_map("room_a"), "--script", str(bad_script))
    assert script.returncode == 1 and "bad.txt:2: unknown command 'walk'" in script.stderr


def test_broken_template_path_names_map_and_object(tmp_path):
    source = open(fixture_map("room_a")).read().replace("templates/guard.tx", "templates/nope.tx")
    (tmp_path / "room_a.tmx").write_text(source)
    for name in ("test.tsx", "test.png"):
        shutil.copy(TEST_MAPS / name, tmp_path / name)
    result = run_cli("--headless", "--map", str(tmp_path / "room_a.tmx"))
    assert result.returncode == 2
    assert "room_a.tmx: object 6:" in result.stderr and "nope.tx: template not found" in result.stderr


def test_new_game_from_the_title_puts_the_player_on_the_first_chapters_map(app, driver):
    from game.scenes.title import TitleScene
    from game.story.chapters import NEW_GAME
    app.director.push(TitleScene(app))
    driver.step(5)
    assert type(app.director.top).__name__ == "NoticeScene"  # the content notice comes first
    driver.press("interact")
    driver.step(2)
    assert app.director.top.describe()["selected"] == "New game"
    driver.press("interact")
    driver.until(f'map == "{NEW_GAME["map"]}"', 120)
    explore = app.explore()
    assert explore is not None and explore.level.name == NEW_GAME["map"]
    assert not any(type(s).__name__ == "TitleScene" for s in app.director.stack)


def test_cli_node_starts_on_the_map_that_plays_it(tmp_path):
    state = tmp_path / "state.json"
    script = tmp_path / "s.txt"
    script.write_text('until scene == "DialogueScene" 5\nadvance\n')
    result = run_cli("--headless", "--node", "Penthouse_Fridge", "--script", str(script), "--state-out", str(state))
    assert result.returncode == 0, result.stderr
    data = json.loads(state.read_text())
    assert data["map"] == "penthouse"
    assert data["variables"]["$Yarn.Internal.Visiting.Penthouse_Fridge"] == 1
    missing = run_cli("--headless", "--node", "No_Such_Node")
    assert missing.returncode == 2 and "no dialogue node named 'No_Such_Node'" in missing.stderr


def test_bench_reports_every_key_with_honest_workloads():
    """`liquid-sky bench --json` keys, on a tiny run; the people really walk (their positions
    change between frames) and the bare draw is measured in the same run."""
    from game import bench

    report = bench.run(frames=4, maps=["club", "street"])
    club = report["maps"][0]
    for key in ("frame_ms", "canvas_ms", "scale_ms", "bare_ms"):
        assert set(club[key]) == {"median", "p99", "cpu_median", "cpu_p99"}
    assert club["canvas_ratio"] > 0 and club["switch_ms"] > 0 and club["actors"] > 10
    assert set(report["npc_ms"]) == {"10", "50", "200", "500"}
    assert set(report["scenes"]) == {"club_dialogue", "ufo_overlay", "telescope"}
    for scene in report["scenes"].values():
        assert set(scene) == {"frame_ms", "canvas_ms"} and set(scene["frame_ms"]) == set(club["frame_ms"])
    assert {"peak_memory_mb", "cold_start_s", "yarn_2000_nodes_s", "budgets"} <= set(report)
    assert report["cold_start_cpu_s"] > 0 and report["yarn_2000_nodes_cpu_s"] > 0  # CPU beside wall
    assert report["present_path"] == "cpu (headless)" and len(report["load_average"]) == 2
    assert club["switch_cpu_ms"] > 0
    assert 0 < report["rollback_kb"] < report["budgets"]["rollback_kb"]


def test_bench_people_walk_and_the_camera_follows():
    import random

    from game import bench
    from game.app import App
    from game.settings import DEFAULTS

    app = App(headless=True, settings=dict(DEFAULTS))
    app.start_map("club")
    world = app.explore().world
    before = {id(a): (a.x, a.y) for a in world.all_actors()}
    _, _, poses = bench._frames(app, 30, random.Random(1), pygame.Surface((480, 270)))
    moved = sum((a.x, a.y) != before[id(a)] for a in world.all_actors())
    assert moved >= len(before) // 2
    assert poses[0][-2:] != poses[-1][-2:]  # the player (the camera's target) walked too


def test_the_bench_tracks_the_craft_through_the_telescope_as_a_player_does():
    """The telescope scene is the tracking task as played: the bench's clicks keep the lens on the
    craft, the view stays open, and it logs what it sees (the sightings drawn as in play)."""
    import math
    import random

    from game import bench
    from game.app import App
    from game.pieces.telescope import IN_LENS, SightingView
    from game.settings import DEFAULTS

    app = App(headless=True, settings=dict(DEFAULTS))
    app.start_map("sylvia_apartment")
    bench._telescope(app, 400)
    view = app.director.top
    follow, apart = bench._follow_the_craft(app, view), []

    def beside(pose, tick):
        follow(pose, tick)
        apart.append(math.dist(view.craft_centre(), view.gaze))

    bench._frames(app, 400, random.Random(7), pygame.Surface((480, 270)), beside=beside)
    assert isinstance(view, SightingView) and app.director.top is view
    assert max(apart[100:]) <= IN_LENS and view.logged >= 1
    assert len(view.world.actors) == 2  # Margaret and Owen at the window


def test_bench_window_says_clearly_when_there_is_no_display(capsys):
    from game import bench

    assert bench.main(["--window", "--map", "club", "--frames", "2"]) == 2
    assert ("--window needs a display, and none can be opened here: the dummy video driver shows nothing"
            in capsys.readouterr().err)


def test_shots_says_when_its_playthrough_is_missing(tmp_path, capsys):
    from game import shots

    assert shots.main(["--out", str(tmp_path), "--script", str(tmp_path / "gone.txt")]) == 2
    assert "no playthrough script" in capsys.readouterr().err and not list(tmp_path.iterdir())


@pytest.mark.parametrize("name, person", [("street", "johann"), ("katherine_loft", "katherine"),
                                          ("penthouse", "margaret"), ("rooftop", "margaret")])
def test_shots_arrive_as_the_person_of_the_first_chapter_on_the_map(app, name, person):
    """The street is first walked in chapter 5, by Johann; the penthouse in chapter 2 by Margaret
    (not chapter 13's Johann)."""
    from game import shots

    app.story.player = "nobody"
    shots.arrive(app, name)
    explore = app.explore()
    assert explore is app.director.top and explore.level.name == name == app.story.map
    assert explore.world.player.id == person == app.story.player


def test_shots_arrive_at_the_facade_through_the_telescope(app):
    from game import shots
    from game.pieces.telescope import FACADE, TelescopeView

    app.start_map("street")
    shots.arrive(app, FACADE)
    assert isinstance(app.director.top, TelescopeView) and app.explore() is None


@pytest.mark.parametrize("x_window, path", [((480, 270), "cpu"), ((1920, 1080), "gpu"), (None, "gpu")])
def test_a_fullscreen_the_window_did_not_get_is_scaled_on_the_cpu(monkeypatch, caplog, x_window, path):
    """Without a window manager X keeps the SCALED window at 480x270 while SDL reports the screen's
    size: that fullscreen takes the CPU path, said in the log. Sizes faked (and SDL's renderer, which
    the dummy driver lacks); where the X window has the size, or X is not there, the GPU path stays."""
    from types import SimpleNamespace

    from pygame._sdl2 import video

    from game import app as app_mod
    from game.settings import DEFAULTS

    set_mode = pygame.display.set_mode
    monkeypatch.setattr(pygame.display, "set_mode", lambda size, flags=0, **kw: set_mode(size, flags & ~pygame.SCALED))
    monkeypatch.setattr(video, "Window", SimpleNamespace(from_display_module=lambda: SimpleNamespace(size=(0, 0))))
    monkeypatch.setattr(video, "Renderer", SimpleNamespace(from_window=lambda window: SimpleNamespace()))
    monkeypatch.setattr(pygame.display, "get_window_size", lambda: (1920, 1080))
    monkeypatch.setattr(app_mod, "x11_window_size", lambda: x_window)
    monkeypatch.setattr(app_mod, "gpu_device", lambda: True)
    with caplog.at_level("WARNING", logger="game.app"):
        app = App(headless=False, settings={**DEFAULTS, "fullscreen": True})
    assert app.present_path == path and app.fullscreen
    assert [r.getMessage() for r in caplog.records] == ([
        "scaling on the CPU: the GPU renderer cannot be used (X keeps the fullscreen window at 480x270 (no window manager?))"]
        if path == "cpu" else [])


def test_without_a_gpu_device_no_opengl_context_is_opened(monkeypatch, caplog):
    """No GPU device (Xvfb, most VMs): OpenGL would be Mesa on the CPU, and the context opened to
    find that out would keep some 80 MB of LLVM mapped. The GPU path is not tried: no SCALED window
    is asked for, and the log says why in one line."""
    from game import app as app_mod
    from game.settings import DEFAULTS

    asked = []
    set_mode = pygame.display.set_mode
    monkeypatch.setattr(pygame.display, "set_mode", lambda size, flags=0, **kw: asked.append(flags) or set_mode(size, flags))
    monkeypatch.setattr(app_mod, "gpu_device", lambda: False)
    with caplog.at_level("WARNING", logger="game.app"):
        app = App(headless=False, settings=dict(DEFAULTS))
    assert app.present_path == "cpu" and asked and not any(flags & pygame.SCALED for flags in asked)
    assert [r.getMessage() for r in caplog.records] == [
        "scaling on the CPU: the GPU renderer cannot be used (no GPU device here (/dev/dri, /dev/nvidiactl, "
        "/dev/dxg): OpenGL would be drawn on the CPU)"]


@pytest.mark.parametrize("platform, devices, gpu", [
    ("linux", [], False), ("linux", ["dri"], True), ("linux", ["nvidiactl"], True), ("win32", [], True)])
def test_a_gpu_device_is_a_device_node_on_linux(monkeypatch, tmp_path, platform, devices, gpu):
    from game import app as app_mod

    for name in devices:
        (tmp_path / name).mkdir()
    monkeypatch.setattr(app_mod, "GPU_DEVICES", tuple(str(tmp_path / name) for name in ("dri", "nvidiactl", "dxg")))
    monkeypatch.setattr(app_mod.sys, "platform", platform)
    assert app_mod.gpu_device() is gpu


@pytest.mark.parametrize("renderer, software", [
    ("llvmpipe (LLVM 15.0.6, 256 bits)", True), ("softpipe", True), ("Mesa DRI swrast", True),
    ("Software Rasterizer", True), ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)", False),
    ("NVIDIA GeForce RTX 3060/PCIe/SSE2", False), ("AMD Radeon RX 6600 (radeonsi, navi23, LLVM 15.0.7, DRM 3.49)", False),
    ("", False),
])
def test_a_software_opengl_is_not_taken_for_a_gpu(renderer, software):
    """Mesa's CPU drivers pass for accelerated in SDL: told apart by the renderer's name (an AMD
    driver built with LLVM is still a GPU; a name that cannot be read keeps the GPU path)."""
    from game.app import software_gl

    assert software_gl(renderer) is software


def test_the_gl_renderer_reads_as_nothing_without_a_gl_context(app):
    from game.app import gl_renderer

    assert gl_renderer() == ""
