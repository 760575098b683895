"""Driving the real game from a script: headless runs (`--script FILE`) and the tests' driver.

Script lines (documented in docs/testing.md):
    wait N | press ACTION | hold ACTION N | walkto X Y | click X Y | choose K | advance |
    until EXPR [MAXFRAMES] | screenshot FILE | # comment
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pygame

from game.input import ACTIONS

DEFAULT_UNTIL = 1800  # frames
WORD_OPERATORS = {"and", "or", "not", "xor", "is", "eq", "neq", "lt", "lte", "gt", "gte", "true", "false"}


class ScriptError(Exception):
    """A script line that is invalid or did not come true; the message names file and line."""


class FrameLimit(ScriptError):
    pass


def bare_names_to_variables(expr: str) -> str:
    """`map == "club"` -> `$map == "club"`: state facts read like plain words in `until`."""
    out, pos = [], 0
    for m in re.finditer(r'"(?:\\.|[^"\\])*"|\$?[A-Za-z_][A-Za-z0-9_.]*(\s*\()?', expr):
        out.append(expr[pos:m.start()])
        token = m.group(0)
        if token.startswith('"') or token.startswith("$") or m.group(1) or token in WORD_OPERATORS:
            out.append(token)
        else:
            out.append("$" + token)
        pos = m.end()
    out.append(expr[pos:])
    return "".join(out)


class Driver:
    """Steps the app frame by frame with scripted input. Every verb of the script is a method."""

    def __init__(self, app, max_frames: int | None = None) -> None:
        self.app = app
        self.frames = 0
        self.max_frames = max_frames

    # -- stepping ------------------------------------------------------------------------------
    def step(self, n: int = 1) -> None:
        for _ in range(n):
            if self.max_frames is not None and self.frames >= self.max_frames:
                raise FrameLimit(f"reached --max-frames {self.max_frames}")
            if not self.app.running:
                raise ScriptError("the game has quit")
            self.app.tick()
            self.frames += 1

    def frame(self) -> pygame.Surface:
        """The current frame as the player would see it (the 480x270 canvas)."""
        return self.app.draw()

    def scene(self):
        return self.app.director.top

    # -- verbs ---------------------------------------------------------------------------------
    def wait(self, n: int) -> None:
        self.step(n)

    def press(self, action: str) -> None:
        self.app.input.press(action)
        self.step(1)

    def hold(self, action: str, n: int) -> None:
        self.app.input.hold(action, n)
        self.step(n)

    def click(self, x: int, y: int) -> None:
        self.app.input.click(x, y)
        self.step(1)

    def walkto(self, x: int, y: int, limit: int = 3000) -> None:
        explore = self.app.explore()
        if explore is None or explore is not self.scene():
            raise ScriptError("walkto needs the map to be the active scene")
        if not explore.world.walk_player_to((x, y)):
            raise ScriptError(f"tile {x},{y} cannot be reached from {explore.world.player.tile()}")
        for _ in range(limit):
            if not explore.world.player.path or self.app.explore() is not explore:
                return
            self.step(1)
        raise ScriptError(f"walkto {x} {y}: did not arrive within {limit} frames")

    def _dialogue(self):
        scene = self.scene()
        return scene if hasattr(scene, "showing_options") else None

    def choose(self, k: int, limit: int = DEFAULT_UNTIL) -> None:
        for _ in range(limit):
            d = self._dialogue()
            if d is not None and d.showing_options():
                d.move_cursor_to(k - 1)
                self.press("interact")
                return
            if d is not None and d.showing_line():
                self.press("interact")
                continue
            self.step(1)
        raise ScriptError(f"choose {k}: no options appeared within {limit} frames")

    def advance(self, limit: int = DEFAULT_UNTIL) -> None:
        """Press interact while a dialogue line is waiting; stops at options or when talk ends."""
        for _ in range(limit):
            d = self._dialogue()
            if d is None or d.showing_options():
                return
            if d.showing_line():
                self.press("interact")
            else:
                self.step(1)
        raise ScriptError(f"advance: dialogue still running after {limit} frames")

    def until(self, expr: str, limit: int = DEFAULT_UNTIL) -> None:
        for _ in range(limit + 1):
            if self.holds(expr):
                return
            self.step(1)
        raise ScriptError(f"until {expr}: not true after {limit} frames (state: {self.brief()})")

    def holds(self, expr: str) -> bool:
        story = self.app.story
        variables = story.expression_variables(self.app.dialogue_program().initial_values)
        explore = self.app.explore()
        if explore is not None:
            tx, ty = explore.world.player.tile(explore.level.tile)
            variables.update({"$x": tx, "$y": ty, "$facing": explore.world.player.facing})
        top = self.scene()
        variables["$scene"] = type(top).__name__ if top else ""
        from game.story.expressions import evaluate, parse_expression
        return bool(evaluate(parse_expression(bare_names_to_variables(expr)), variables, story.functions()))

    def screenshot(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.frame(), str(path))
        return path

    # -- state ---------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        data = self.app.story.to_json()
        data.pop("rng", None)
        data["frames"] = self.frames
        data["scenes"] = [s.describe() for s in self.app.director.stack]
        explore = self.app.explore()
        if explore is not None:
            d = explore.describe()
            data["position"] = {"x": d["x"], "y": d["y"], "tile": d["tile"], "facing": d["facing"]}
        return data

    def brief(self) -> str:
        s = self.state()
        return f"map={s['map']!r} scene={s['scenes'][-1]['scene'] if s['scenes'] else None} beats={s['beats']}"

    def write_state(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.state(), indent=2, sort_keys=True), encoding="utf-8")

    # -- scripts -------------------------------------------------------------------------------
    def run_line(self, line: str) -> None:
        try:
            words = shlex.split(line, comments=True)
        except ValueError as exc:
            raise ScriptError(f"cannot read the line: {exc}")
        if not words:
            return
        verb, args = words[0], words[1:]

        def ints(count: int) -> list[int]:
            if len(args) != count:
                raise ScriptError(f"{verb} takes {count} number(s), got {len(args)}")
            try:
                return [int(a) for a in args]
            except ValueError:
                raise ScriptError(f"{verb}: {' '.join(args)!r} are not whole numbers")

        def action(name: str) -> str:
            if name not in ACTIONS:
                raise ScriptError(f"unknown action {name!r} (actions: {', '.join(ACTIONS)})")
            return name

        if verb == "wait":
            self.wait(*ints(1))
        elif verb == "press":
            if len(args) != 1:
                raise ScriptError("press takes one action")
            self.press(action(args[0]))
        elif verb == "hold":
            if len(args) != 2 or not args[1].isdigit():
                raise ScriptError("hold takes an action and a number of frames")
            self.hold(action(args[0]), int(args[1]))
        elif verb == "walkto":
            self.walkto(*ints(2))
        elif verb == "click":
            self.click(*ints(2))
        elif verb == "choose":
            (k,) = ints(1)
            if k < 1:
                raise ScriptError("choose counts options from 1")
            self.choose(k)
        elif verb == "advance":
            if args:
                raise ScriptError("advance takes no arguments")
            self.advance()
        elif verb == "until":
            body = line.split("#", 1)[0].strip()[len("until"):].strip()
            limit = DEFAULT_UNTIL
            m = re.search(r"\s(\d+)\s*$", body)
            if m:
                limit, body = int(m.group(1)), body[:m.start()].strip()
            if not body:
                raise ScriptError("until needs an expression")
            try:
                self.until(body, limit)
            except ScriptError:
                raise
            except Exception as exc:  # a parse or type error in the expression
                raise ScriptError(f"until {body}: {exc}")
        elif verb == "screenshot":
            if len(args) != 1:
                raise ScriptError("screenshot takes a file name")
            self.screenshot(args[0])
        else:
            raise ScriptError(f"unknown command {verb!r} (wait, press, hold, walkto, click, choose, "
                              f"advance, until, screenshot)")

    def run_script(self, text: str, filename: str = "<script>") -> None:
        for number, line in enumerate(text.splitlines(), 1):
            try:
                self.run_line(line)
            except ScriptError as exc:
                raise ScriptError(f"{filename}:{number}: {exc}") from None
