"""Headless, silent pygame for every test, and helpers to run the real game."""

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

TEST_MAPS = Path(__file__).parent / "maps"


def pytest_addoption(parser):
    parser.addoption("--regen-goldens", action="store_true",
                     help="write tests/golden/*.png from the frames drawn now (tests/test_golden.py)")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """Settings and saves of a test go to its own temporary folder, never the real user's."""
    monkeypatch.setenv("LIQUID_SKY_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("LIQUID_SKY_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def _ui_globals_restored():
    """The UI's language and the settings its text follows are module globals that every App
    sets: each test leaves them as it found them (a game played in qps once left the next test's
    chapter headings in qps)."""
    with ui_globals_kept():
        yield


@contextmanager
def ui_globals_kept():
    from game.ui import strings, text

    saved = strings._language, text._settings
    try:
        yield
    finally:
        strings.use_language(saved[0])
        text.follow_settings(saved[1])


@pytest.fixture
def app():
    from game.app import App
    from game.settings import DEFAULTS
    import copy

    application = App(headless=True, settings=copy.deepcopy(DEFAULTS))
    yield application
    application.director.clear()


@pytest.fixture
def talk(app, request):
    """The app on the test map room_a, its whole dialogue the test module's SCRIPT."""
    return on_test_map(app, request.module.SCRIPT, f"{request.module.__name__}.yarn")


def on_test_map(app, script: str, filename: str = "test.yarn", name: str = "room_a"):
    """`app` with `script` as its whole dialogue, on a test map, ready to start_dialogue."""
    from game.story.yarn import YarnProgram

    app._program = YarnProgram.from_source(script, filename)
    app.start_map(fixture_map(name))
    return app


@pytest.fixture
def driver(app):
    from game.driver import Driver

    return Driver(app)


def fixture_map(name: str) -> str:
    return str(TEST_MAPS / f"{name}.tmx")


@contextmanager
def isolated_app(home: Path):
    """A headless app and its driver with settings and saves of their own in `home`, for
    module-scoped fixtures (they cannot use the per-test folders of `_isolated_user_dirs`)."""
    import copy

    from game.app import App
    from game.driver import Driver
    from game.settings import DEFAULTS

    with pytest.MonkeyPatch.context() as mp, ui_globals_kept():
        mp.setenv("LIQUID_SKY_CONFIG_DIR", str(home / "config"))
        mp.setenv("LIQUID_SKY_DATA_DIR", str(home / "data"))
        app = App(headless=True, settings=copy.deepcopy(DEFAULTS))
        yield app, Driver(app)
        app.director.clear()


@contextmanager
def played_from_title(home: Path, script: Path):
    """A new game played by `script` from the title screen, in an `isolated_app`."""
    from game.scenes.title import TitleScene

    with isolated_app(home) as (app, driver):
        app.director.push(TitleScene(app))
        driver.run_script(script.read_text(encoding="utf-8"), str(script))
        yield app, driver
