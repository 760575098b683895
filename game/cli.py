"""`liquid-sky` / `python -m game`: play, headless runs, and the tools (check, bench, shots)."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

TOOLS = ("check", "bench", "shots", "lines", "solve")


def play_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="liquid-sky",
        description="Liquid Sky, a pixel-art adventure. Tools: `liquid-sky check|bench|shots|lines|solve --help`.")
    p.add_argument("--map", help="start on this map (a name like 'club' or a path to a .tmx file)")
    p.add_argument("--spawn", help="the spawn object to start at, or X,Y in tiles (default: the map's default "
                                   "spawn; on a map without one, the free tile nearest its middle)")
    p.add_argument("--node", help="start by playing this dialogue node (its map:/spawn: headers place you)")
    p.add_argument("--headless", action="store_true", help="no window, no sound, as fast as the CPU allows")
    p.add_argument("--script", type=Path, help="an input script to play (see docs/testing.md)")
    p.add_argument("--record", type=Path, help="write this session's input to FILE as a script that "
                                                "--headless --script FILE replays (docs/testing.md)")
    p.add_argument("--state-out", type=Path, help="write the story state as JSON at the end")
    p.add_argument("--screenshot", type=Path, help="save the last frame as PNG at the end")
    p.add_argument("--max-frames", type=int, help="stop with an error after this many frames")
    p.add_argument("--seed", type=int, default=1983, help="random seed (default 1983)")
    p.add_argument("--verbose", "-v", action="store_true", help="log more")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in TOOLS:
        return run_tool(argv[0], argv[1:])
    args = play_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="liquid-sky: %(levelname)s: %(message)s")
    try:
        return play(args)
    except UserError as exc:
        print(f"liquid-sky: error: {exc}", file=sys.stderr)
        return 2


class UserError(Exception):
    pass


def script_start(args: argparse.Namespace) -> str | None:
    """Read the script and, when the command line names no start, take the one its `# args:`
    header names (so every script replays as it is). Returns the script's text."""
    from game.driver import ScriptError, script_header

    args.start_from = None  # a recording's settings and saves (`# start:`), to start from
    if not args.script:
        return None
    if not args.script.is_file():
        raise UserError(f"{args.script}: script file not found")
    text = args.script.read_text(encoding="utf-8")
    try:
        header = script_header(text, str(args.script))
    except ScriptError as exc:
        raise UserError(str(exc))
    if header["start"]:
        args.start_from = args.script.parent / header["start"]
        if not args.start_from.is_dir():
            raise UserError(f"{args.script}: the settings and saves it started from ({args.start_from}) are "
                            "missing; replayed without them it would not play the same")
    if header["args"] and not (args.map or args.node):
        extra = argparse.ArgumentParser(prog=f"{args.script}: # args:", add_help=False)
        for name in ("--map", "--spawn", "--node"):
            extra.add_argument(name)
        extra.add_argument("--seed", type=int)
        known, unknown = extra.parse_known_args(header["args"])
        if unknown:
            raise UserError(f"{args.script}: '# args:' takes --map, --spawn, --node, --seed; not {' '.join(unknown)}")
        for key, value in vars(known).items():
            if value is not None:
                setattr(args, key, value)
    return text


def play(args: argparse.Namespace) -> int:
    from game.driver import Driver, ScriptError
    from game.world.tmx import MapError

    text = script_start(args)
    headless = args.headless
    if headless:
        scratch_dirs(args.start_from)
    from game.app import App

    app = App(headless=headless, seed=args.seed)
    try:
        start(app, args)
    except MapError as exc:
        raise UserError(str(exc))
    if not headless:
        record(app, args)
        app.run()
        return 0
    driver = Driver(app, max_frames=args.max_frames)
    status = 0
    try:
        if text is not None:
            driver.run_script(text, str(args.script))
        else:
            driver.step(args.max_frames if args.max_frames is not None else 600)
    except ScriptError as exc:
        print(f"liquid-sky: script failed: {exc}", file=sys.stderr)
        status = 1
    except MapError as exc:
        print(f"liquid-sky: error: {exc}", file=sys.stderr)
        status = 2
    if args.state_out:
        driver.write_state(args.state_out)
    if args.screenshot:
        driver.screenshot(args.screenshot)
    return status


def record(app, args: argparse.Namespace) -> None:
    """`--record FILE`, else the "Record my sessions" setting: the input of this session as a script
    that starts where it started, with the same seed."""
    from game.record import session_path
    path = args.record or (session_path() if app.settings.get("record_sessions") else None)
    if path is None:
        return
    start_args = []
    for name in ("map", "spawn", "node"):
        if getattr(args, name):
            start_args += [f"--{name}", str(getattr(args, name))]
    app.record(path, start_args)  # an unwritable path is a one-line warning; the game runs on


def scratch_dirs(start: Path | None = None) -> None:
    """A scripted run starts from default settings and no saves, and never touches the player's;
    a recording starts from copies of the settings and saves its session started from (`start`)."""
    for var, part in (("LIQUID_SKY_CONFIG_DIR", "config"), ("LIQUID_SKY_DATA_DIR", "data")):
        if start is None:
            os.environ.setdefault(var, tempfile.mkdtemp(prefix="liquid-sky-"))
            continue
        folder = tempfile.mkdtemp(prefix="liquid-sky-")
        shutil.copytree(start / part, folder, dirs_exist_ok=True)
        os.environ[var] = folder


def start(app, args: argparse.Namespace) -> None:
    """Put the first scene on the stack: a map, a node, or the title screen."""
    if args.node:
        app.start_node_directly(args.node, args.map, args.spawn)
    elif args.map:
        app.start_map(args.map, args.spawn)
    else:
        from game.scenes.title import TitleScene
        app.director.push(TitleScene(app))


def run_tool(name: str, argv: list[str]) -> int:
    if name == "check":
        from game.check import main as check_main
        return check_main(argv)
    if name == "bench":
        from game.bench import main as bench_main
        return bench_main(argv)
    if name == "solve":
        from game.solve import main as solve_main
        return solve_main(argv)
    if name == "lines":
        from game.story.lines import main as lines_main
        return lines_main(argv)
    from game.shots import main as shots_main
    return shots_main(argv)
