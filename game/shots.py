"""`liquid-sky shots --out DIR`: screenshots of the game for the docs and the README.

The title screen, every shipped map at each of its spawns, the alien's view over the rooftop, and
each chapter's opening (played headless from New game / chapter start). Deterministic: the same
build gives the same images.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def _app():
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from game.app import App
    from game.settings import DEFAULTS
    return App(headless=True, settings=dict(DEFAULTS))


def shoot(out: Path, frames: int = 30) -> list[Path]:
    from game.driver import Driver, ScriptError
    from game.scenes.title import TitleScene
    from game.story.chapters import CHAPTERS
    from game.world.level import available_maps
    from game.world.tmx import MapError, read_map
    from game.paths import asset

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    app = _app()
    driver = Driver(app)
    app.director.push(TitleScene(app))
    driver.step(frames)
    written.append(driver.screenshot(out / "title.png"))
    for name in available_maps():
        try:
            spawns = [s.name for s in read_map(asset("maps", f"{name}.tmx")).objects_of("spawn")]
            for i, spawn in enumerate(spawns):
                app.start_map(name, spawn)
                driver.step(frames)
                written.append(driver.screenshot(out / (f"{name}.png" if i == 0 else f"{name}_{spawn}.png")))
        except MapError as exc:
            print(f"skipped {name}: {exc}")
    if "rooftop" in available_maps():
        from game.scenes.overlays import UfoView
        app.start_map("rooftop")
        app.director.push(UfoView(app, "watch"))
        driver.step(frames)
        written.append(driver.screenshot(out / "ufo_view.png"))
    for chapter in CHAPTERS:
        try:
            app.start_chapter(chapter)
            driver.step(240)  # past the title card, into the chapter's first moments
            written.append(driver.screenshot(out / f"chapter_{chapter['id']}.png"))
        except (MapError, ScriptError, KeyError) as exc:
            print(f"skipped chapter {chapter['id']}: {exc}")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="liquid-sky shots", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder (default docs/screenshots)")
    args = parser.parse_args(argv)
    for path in shoot(args.out):
        print(path)
    return 0
