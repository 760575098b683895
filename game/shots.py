"""`liquid-sky shots --out DIR`: screenshots of the game for the docs and the README.

The title screen; every shipped map as the player sees it on arrival (`view_<map>.png`: as the person
played there, the facade through the telescope); and, by
playing the whole story (tests/scripts/story_keyboard.txt in a checkout: New game to the credits), a
frame of each chapter, the alien's views, the runway walk, the telescope, the shoot and the credits.
Deterministic: the same build gives the same images.
"""

from __future__ import annotations

import argparse
import sys
import os
import re
from pathlib import Path

from game.driver import Driver, ScriptError

SCRIPTS = Path(__file__).resolve().parent.parent / "tests" / "scripts"
PLAYTHROUGHS = [SCRIPTS / "story_keyboard.txt"]


class ShotDriver(Driver):
    """Plays a script and saves a frame a while after each chapter starts and each overlay opens."""

    MOMENTS = {"UfoView": 70, "RunwayScene": 160, "ShootScene": 150, "TitleCard": 60, "Credits": 600,
               "SightingView": 150}

    def __init__(self, app, out: Path, taken: set[str] | None = None) -> None:
        super().__init__(app)
        self.out, self.written, self.due = out, [], []
        self.taken = set() if taken is None else taken  # frame names used, shared by the playthroughs
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
            name = {"UfoView": f"ufo_{getattr(top, 'mode', '')}", "RunwayScene": "runway", "ShootScene": "shoot",
                    "TitleCard": f"card_{story.chapter}", "Credits": "credits", "SightingView": "telescope"}[kind]
            if name in self.taken:
                name += f"_{story.chapter}"  # the alien's view again, in a later chapter
            self.taken.add(name)
            self.due.append((self.frames + self.MOMENTS[kind], f"{name}.png"))
        for at, name in [d for d in self.due if d[0] <= self.frames]:
            self.due.remove((at, name))
            self.written.append(self.screenshot(self.out / name))


def _app():
    from game.cli import scratch_dirs
    scratch_dirs()  # New game from a clean title screen, whatever the player has saved
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from game.app import App
    from game.settings import DEFAULTS
    settings = dict(DEFAULTS)
    settings["show_content_notice"] = True
    return App(headless=True, settings=settings)


def arrive(app, name: str) -> None:
    """On a map as a player first sees it: walking it as the person its first chapter plays there;
    the facade, which nobody walks, through Johann's telescope at the penthouse window."""
    from game.pieces.telescope import FACADE, TelescopeView
    from game.story.chapters import CHAPTERS
    if name == FACADE:
        app.director.reset_to(TelescopeView(app, "window_living"))
        return
    app.story.player = next((c["player"] for c in CHAPTERS if c["map"] == name), "margaret")
    app.start_map(name)


def shoot(out: Path, scripts: list[Path] = PLAYTHROUGHS) -> list[Path]:
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
            arrive(app, name)
            driver.step(30)
            written.append(driver.screenshot(out / f"view_{name}.png"))
        except MapError as exc:
            print(f"skipped {name}: {exc}")
    taken: set[str] = set()
    for script in [s for s in scripts if s.is_file()]:
        text = script.read_text(encoding="utf-8")
        app = _app()
        driver = ShotDriver(app, out, taken)
        start = re.search(r"^# args: --node (\w+)", text, re.M)  # a script that starts at a node says so
        if start:
            app.start_node_directly(start.group(1))
        else:
            app.director.push(TitleScene(app))
        try:
            driver.run_script(text, str(script))
        except ScriptError as exc:
            print(f"the playthrough {script.name} stopped early: {exc}")
        written += driver.written
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="liquid-sky shots", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder (default docs/screenshots)")
    parser.add_argument("--script", type=Path, action="append", help="a playthrough to take frames from "
                        "(repeatable; default: the whole story in tests/scripts)")
    args = parser.parse_args(argv)
    scripts = args.script or PLAYTHROUGHS
    missing = [s for s in scripts if not s.is_file()]
    if missing:  # an installed game has no tests/ beside it: say so rather than write half the frames
        for script in missing:
            print(f"liquid-sky shots: no playthrough script {script}; run it in a checkout of the game "
                  "or pass --script FILE", file=sys.stderr)
        return 2
    for path in shoot(args.out, scripts):
        print(path)
    return 0
