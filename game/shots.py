"""`liquid-sky shots --out DIR`: screenshots of the game for the docs and the README.

The title screen; every shipped map as the player sees it on arrival (`view_<map>.png`); and, by
playing the playthrough script from New game (tests/scripts/chapters_1_3.txt in a checkout), a frame
of each chapter, the alien's view and the runway walk. Deterministic: the same build gives the same
images.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from game.driver import Driver, ScriptError

PLAYTHROUGH = Path(__file__).resolve().parent.parent / "tests" / "scripts" / "chapters_1_3.txt"


class ShotDriver(Driver):
    """Plays a script and saves a frame a while after each chapter starts and each overlay opens."""

    MOMENTS = {"UfoView": 70, "RunwayScene": 160, "TitleCard": 60}

    def __init__(self, app, out: Path) -> None:
        super().__init__(app)
        self.out, self.written, self.due = out, [], []
        self.chapter, self.seen_scenes = "", set()

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            super().step(1)
            self._watch()

    def _watch(self) -> None:
        story, top = self.app.story, self.app.director.top
        if story.chapter != self.chapter:
            self.chapter = story.chapter
            self.due.append((self.frames + 420, f"chapter_{story.chapter}.png"))
        kind = type(top).__name__ if top else ""
        key = (kind, story.chapter, getattr(top, "mode", ""))
        if kind in self.MOMENTS and key not in self.seen_scenes:
            self.seen_scenes.add(key)
            name = {"UfoView": f"ufo_{getattr(top, 'mode', '')}", "RunwayScene": "runway",
                    "TitleCard": f"card_{story.chapter}"}[kind]
            self.due.append((self.frames + self.MOMENTS[kind], f"{name}.png"))
        for at, name in [d for d in self.due if d[0] <= self.frames]:
            self.due.remove((at, name))
            self.written.append(self.screenshot(self.out / name))


def _app():
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from game.app import App
    from game.settings import DEFAULTS
    settings = dict(DEFAULTS)
    settings["show_content_notice"] = True
    return App(headless=True, settings=settings)


def shoot(out: Path, script: Path | None = PLAYTHROUGH) -> list[Path]:
    from game.scenes.title import TitleScene
    from game.world.level import available_maps
    from game.world.tmx import MapError

    out.mkdir(parents=True, exist_ok=True)
    app = _app()
    driver = ShotDriver(app, out)
    app.director.push(TitleScene(app))
    while type(app.director.top).__name__ != "TitleScene":  # past the content notice
        driver.press("interact")
    driver.step(60)
    written = [driver.screenshot(out / "title.png")]
    for name in available_maps():
        try:
            app.start_map(name)
            driver.step(30)
            written.append(driver.screenshot(out / f"view_{name}.png"))
        except MapError as exc:
            print(f"skipped {name}: {exc}")
    if script is not None and script.is_file():
        app = _app()
        driver = ShotDriver(app, out)
        app.director.push(TitleScene(app))
        try:
            driver.run_script(script.read_text(encoding="utf-8"), str(script))
        except ScriptError as exc:
            print(f"the playthrough stopped early: {exc}")
        written += driver.written
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="liquid-sky shots", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder (default docs/screenshots)")
    parser.add_argument("--script", type=Path, default=PLAYTHROUGH, help="the playthrough to take frames from")
    args = parser.parse_args(argv)
    for path in shoot(args.out, args.script):
        print(path)
    return 0
