"""Driving the real game from a script: headless runs (`--script FILE`) and the tests' driver.

Script lines (documented in docs/testing.md):
    wait N | press ACTION | hold ACTION N | keydown ACTION | keyup ACTION | walkto X Y | point X Y |
    click X Y | click NAME | click tile X Y | rightclick X Y | wheel up|down | pad BUTTON [N] |
    paddown BUTTON | padup BUTTON | stick X Y N | stickto X Y | choose K | advance | until EXPR [MAXFRAMES] |
    check EXPR | screenshot FILE | # comment
A script declares the one device it plays with in its first lines (`# mode: keyboard|mouse|pad`);
then only that device's verbs are allowed, and `advance` and `choose` use that device too.
`# mode: mixed` (recorded sessions that used several devices) allows every device's verbs.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pygame

from game.input import ACTIONS, PAD_BUTTONS

DEFAULT_UNTIL = 1800  # frames
COMMON_VERBS = ("wait", "until", "check", "screenshot", "advance", "choose")
MODE_VERBS = {"keyboard": ("press", "hold", "keydown", "keyup", "walkto"),
              "mouse": ("point", "click", "rightclick", "wheel"),
              "pad": ("pad", "paddown", "padup", "stick", "stickto")}
ALL_VERBS = COMMON_VERBS + tuple(v for verbs in MODE_VERBS.values() for v in verbs)
MODE_VERBS["mixed"] = ALL_VERBS[len(COMMON_VERBS):]  # a recorded session that used several devices
KEY_MODES = ("keyboard", "mixed")  # press and hold go through the keys
STICK_FULL = 32767
WORD_OPERATORS = {"and", "or", "not", "xor", "is", "eq", "neq", "lt", "lte", "gt", "gte", "true", "false"}


class ScriptError(Exception):
    """A script line that is invalid or did not come true; the message names file and line."""


class FrameLimit(ScriptError):
    pass


def _ints(verb: str, args: list[str], count: int) -> list[int]:
    if len(args) != count:
        raise ScriptError(f"{verb} takes {count} number(s), got {len(args)}")
    try:
        return [int(a) for a in args]
    except ValueError:
        raise ScriptError(f"{verb}: {' '.join(args)!r} are not whole numbers")


def _action(name: str) -> str:
    if name not in ACTIONS:
        raise ScriptError(f"unknown action {name!r} (actions: {', '.join(ACTIONS)})")
    return name


def _one(args: list[str], message: str) -> str:
    """The line's one word after the verb; `message` says what it takes when it has not one."""
    if len(args) != 1:
        raise ScriptError(message)
    return args[0]


def script_header(text: str, filename: str = "<script>") -> dict[str, Any]:
    """The `# mode: ...`, `# args: ...` and `# start: ...` lines among a script's leading comments."""
    header: dict[str, Any] = {"mode": None, "args": [], "start": None}
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        m = re.match(r"#\s*(mode|args|start)\s*:\s*(.*)$", stripped)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "mode":
            if value not in MODE_VERBS:
                raise ScriptError(f"{filename}:{number}: unknown mode {value!r} (modes: {', '.join(MODE_VERBS)})")
            header["mode"] = value
        elif key == "start":
            header["start"] = value
        else:
            try:
                header["args"] = shlex.split(value)
            except ValueError as exc:
                raise ScriptError(f"{filename}:{number}: cannot read the args: {exc}")
    return header


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

    def __init__(self, app, max_frames: int | None = None, mode: str | None = None) -> None:
        self.app = app
        self.frames = 0
        self.max_frames = max_frames
        self.mode = mode  # None: every verb, actions pressed directly (the tests' driver)

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
        if self.mode in KEY_MODES:
            self.hold(action, 1)
            return
        self.app.input.press(action)
        self.step(1)

    def hold(self, action: str, n: int) -> None:
        if self.mode in KEY_MODES:
            self._key(action, True)
            self.step(n)
            self._key(action, False)
            return
        self.app.input.hold(action, n)
        self.step(n)

    def _key(self, action: str, down: bool) -> None:
        """A key bound to the action goes down or up, as the keyboard would send it."""
        names = self.app.input.bindings["keys"].get(action) or []
        if not names:
            raise ScriptError(f"no key is bound to {action!r}")
        kind = pygame.KEYDOWN if down else pygame.KEYUP
        self.app.input.handle_event(pygame.event.Event(kind, key=pygame.key.key_code(names[0]), mod=0))

    def pad(self, button: str, n: int = 1) -> None:
        """A gamepad button pressed for n frames, through the pad bindings."""
        self._button(button, True)
        self.step(n)
        self._button(button, False)

    def _button(self, button: str, down: bool) -> None:
        """A pad button goes down or up (`paddown`/`padup`: no frame passes)."""
        if button not in PAD_BUTTONS:
            raise ScriptError(f"unknown pad button {button!r} (buttons: {', '.join(PAD_BUTTONS)})")
        kind = pygame.CONTROLLERBUTTONDOWN if down else pygame.CONTROLLERBUTTONUP
        self.app.input.handle_event(pygame.event.Event(kind, button=PAD_BUTTONS[button]))

    def _pad_action(self, action: str) -> None:
        buttons = self.app.input.bindings["pad"].get(action) or []
        if not buttons:
            raise ScriptError(f"no pad button is bound to {action!r}")
        self.pad(buttons[0])

    def _stick_to(self, x: float, y: float) -> None:
        inp = self.app.input
        for axis, value in ((pygame.CONTROLLER_AXIS_LEFTX, x), (pygame.CONTROLLER_AXIS_LEFTY, y)):
            inp.handle_event(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=axis, value=round(value * STICK_FULL)))

    def stick(self, x: float, y: float, n: int) -> None:
        """The left stick held at (x, y), each from -1 to 1, for n frames, then let go."""
        self._stick_to(x, y)
        self.step(n)
        self._stick_to(0, 0)

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.app.input.click(x, y, button)
        self.step(1)

    def wheel(self, way: str) -> None:
        """One notch of the mouse wheel, up or down (one frame passes, as after a click)."""
        if way not in ("up", "down"):
            raise ScriptError(f"wheel goes up or down, not {way!r}")
        self.app.input.wheel(1 if way == "up" else -1)
        self.step(1)

    def click_thing(self, name: str) -> None:
        """Click the person, thing or door of that name (or label) where it is drawn on screen, or a
        button of the scene on top by its name (`click_targets`: the runway's arrows)."""
        targets = getattr(self.scene(), "click_targets", None)
        button = targets().get(name) if targets else None
        if button is not None:
            self.click(*button.center)
            return
        explore = self.app.explore()
        if explore is None:
            raise ScriptError(f"click {name} needs a map on screen")
        world = explore.world
        ox, oy = explore.map_offset(self.app.canvas.get_size())
        rect = None
        for actor in world.all_actors():
            if actor.visible and name in (actor.name, actor.id):
                rect = actor.body_rect()
        for obj in world.level.doc.objects_of("interact") + world.level.doc.objects_of("door"):
            if rect is None and name in (obj.name, obj.props.get("label")):
                rect = pygame.Rect(obj.x, obj.y, max(obj.width, 1), max(obj.height, 1))
        if rect is None:
            raise ScriptError(f"click {name}: nobody and nothing of that name on {explore.level.name}")
        seen = rect.move(ox, oy).clip(self.app.canvas.get_rect())
        if not seen:
            raise ScriptError(f"click {name}: it is off screen; a player can only click what they see")
        self._click_on_screen(seen.centerx, seen.bottom - 3, f"click {name}")

    def click_tile(self, tx: int, ty: int) -> None:
        explore = self.app.explore()
        if explore is None:
            raise ScriptError("click tile needs a map on screen")
        t = explore.level.tile
        ox, oy = explore.map_offset(self.app.canvas.get_size())
        self._click_on_screen(tx * t + t // 2 + ox, ty * t + t // 2 + oy, f"click tile {tx} {ty}")

    def _click_on_screen(self, x: int, y: int, what: str) -> None:
        w, h = self.app.canvas.get_size()
        if not (0 <= x < w and 0 <= y < h):
            raise ScriptError(f"{what}: it is off screen (at {x},{y}); a player can only click what they see")
        from game.ui.hud import corner_buttons
        if any(rect.collidepoint(x, y) for _a, _t, rect in corner_buttons(w)):
            raise ScriptError(f"{what}: a corner button covers it (at {x},{y})")
        self.click(x, y)

    def _on_canvas(self, verb: str, x: int, y: int) -> tuple[int, int]:
        w, h = self.app.canvas.get_size()
        if not (0 <= x < w and 0 <= y < h):
            raise ScriptError(f"{verb} {x} {y}: off the {w}x{h} screen; a player can only click on it")
        return x, y

    def _explore(self, verb: str):
        explore = self.app.explore()
        if explore is None or explore is not self.scene():
            raise ScriptError(f"{verb} needs the map to be the active scene")
        return explore

    def walkto(self, x: int, y: int, limit: int = 3000) -> None:
        """Keyboard mode: walk there with the arrow keys; pad mode (`stickto`): with the stick;
        with no mode, along the path directly."""
        explore = self._explore("walkto")
        world = explore.world
        if self.mode is not None and self.mode != "mouse":
            self._steer_to(explore, (x, y), limit)
            return
        if not world.walk_player_to((x, y)):
            raise ScriptError(f"tile {x},{y} cannot be reached from {world.player.tile()}")
        for _ in range(limit):
            if not world.player.path or self.app.explore() is not explore:
                return
            self.step(1)
        raise ScriptError(f"walkto {x} {y}: did not arrive within {limit} frames")

    def _steer_to(self, explore, goal: tuple[int, int], limit: int) -> None:
        """Hold the arrows (or push the stick) tile by tile along a path round walls and people."""
        world = explore.world
        player = world.player
        cells = world.path_to_tile(player, goal, world.grid_around_people(goal))
        if cells is None:
            raise ScriptError(f"tile {goal[0]},{goal[1]} cannot be reached from {player.tile()}")
        held: str | None = None

        def steer(direction: str | None) -> None:
            nonlocal held
            if direction == held:
                return
            if self.mode != "pad":
                if held:
                    self._key(held, False)
                if direction:
                    self._key(direction, True)
            else:
                dx, dy = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1), None: (0, 0)}[direction]
                self._stick_to(dx, dy)
            held = direction

        frames, best, stuck = 0, None, 0
        try:
            for wx, wy in cells:
                while True:
                    if self.app.explore() is not explore or self.scene() is not explore:
                        return  # a trigger or a talk took over: the walk is over
                    dx, dy = wx - player.x, wy - player.y
                    if abs(dx) <= 1 and abs(dy) <= 1:
                        break
                    steer(("right" if dx > 0 else "left") if abs(dx) > 1 else ("down" if dy > 0 else "up"))
                    self.step(1)
                    frames += 1
                    distance = abs(wx - player.x) + abs(wy - player.y)
                    best, stuck = (distance, 0) if best is None or distance < best - 0.1 else (best, stuck + 1)
                    if stuck > 60 or frames > limit:
                        raise ScriptError(f"walkto {goal[0]} {goal[1]}: stuck at tile {player.tile()}")
                best = None
        finally:
            steer(None)
        self.step(1)  # the keys are up for a frame, as when a player lets go: the next press turns first

    def _dialogue(self):
        scene = self.scene()
        return scene if hasattr(scene, "showing_options") else None

    def _confirm(self) -> None:
        """Interact with the script's device: a key, a click on the dialogue box, the pad's A."""
        if self.mode == "mouse":
            from game.scenes.dialogue import BOX
            self.click(*BOX.center)
        elif self.mode == "pad":
            self._pad_action("interact")
        else:
            self.press("interact")

    def choose(self, k: int, limit: int = DEFAULT_UNTIL) -> None:
        for _ in range(limit):
            d = self._dialogue()
            if d is not None and d.showing_options():
                self._pick_option(d, k)
                return
            if d is not None and d.showing_line():
                self._confirm()
                continue
            self.step(1)
        raise ScriptError(f"choose {k}: no options appeared within {limit} frames")

    def _pick_option(self, d, k: int) -> None:
        if k - 1 not in d.visible_options:
            raise ScriptError(f"choose {k}: there is no option {k} to choose")
        row = d.visible_options.index(k - 1)
        if self.mode is None:
            d.move_cursor_to(k - 1)
            self.press("interact")
        elif self.mode == "mouse":
            self.click(*d.option_rect(row).center)
        else:
            while d.cursor != row:  # the arrows or the d-pad move the cursor, as a player would
                if self.mode == "pad":
                    self._pad_action("down")
                else:
                    self.press("down")
            self._confirm()

    def advance(self, limit: int = DEFAULT_UNTIL) -> None:
        """Press interact while a dialogue line is waiting; stops at options or when talk ends."""
        for _ in range(limit):
            d = self._dialogue()
            if d is None or d.showing_options():
                return
            if d.showing_line():
                self._confirm()
            else:
                self.step(1)
        raise ScriptError(f"advance: dialogue still running after {limit} frames")

    def until(self, expr: str, limit: int = DEFAULT_UNTIL) -> None:
        for _ in range(limit + 1):
            if self.holds(expr):
                return
            self.step(1)
        raise ScriptError(f"until {expr}: not true after {limit} frames (state: {self.brief()})")

    def check(self, expr: str) -> None:
        """EXPR holds now; no frame passes."""
        if not self.holds(expr):
            raise ScriptError(f"check {expr}: not true (state: {self.brief()})")

    def holds(self, expr: str) -> bool:
        story = self.app.story
        variables = story.expression_variables(self.app.dialogue_program().initial_values)
        explore = self.app.explore()
        if explore is not None:
            tx, ty = explore.world.player.tile(explore.level.tile)
            variables.update({"$x": tx, "$y": ty, "$facing": explore.world.player.facing,
                              "$walking": bool(explore.world.player.path)})
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
        if verb not in ALL_VERBS:
            raise ScriptError(f"unknown command {verb!r} ({', '.join(ALL_VERBS)})")
        if self.mode is not None and verb not in COMMON_VERBS + MODE_VERBS[self.mode]:
            raise ScriptError(f"{verb} is not allowed in a {self.mode} script "
                              f"(allowed: {', '.join(COMMON_VERBS + MODE_VERBS[self.mode])})")
        getattr(self, f"_line_{verb}")(verb, args, line)

    # each verb's line, read and played: _line_VERB(verb, its words, the whole line)
    def _line_wait(self, verb: str, args: list[str], line: str) -> None:
        self.wait(*_ints(verb, args, 1))

    def _line_press(self, verb: str, args: list[str], line: str) -> None:
        self.press(_action(_one(args, "press takes one action")))

    def _line_hold(self, verb: str, args: list[str], line: str) -> None:
        if len(args) != 2 or not args[1].isdigit():
            raise ScriptError("hold takes an action and a number of frames")
        self.hold(_action(args[0]), int(args[1]))

    def _line_keydown(self, verb: str, args: list[str], line: str) -> None:
        self._key(_action(_one(args, f"{verb} takes one action")), verb == "keydown")

    _line_keyup = _line_keydown

    def _line_point(self, verb: str, args: list[str], line: str) -> None:
        self.app.input.mouse_pos = tuple(_ints(verb, args, 2))  # the pointer rests there; no frame passes

    def _line_paddown(self, verb: str, args: list[str], line: str) -> None:
        self._button(_one(args, f"{verb} takes one button"), verb == "paddown")

    _line_padup = _line_paddown

    def _line_walkto(self, verb: str, args: list[str], line: str) -> None:
        self.walkto(*_ints(verb, args, 2))

    _line_stickto = _line_walkto

    def _line_click(self, verb: str, args: list[str], line: str) -> None:
        if len(args) == 1:
            self.click_thing(args[0])
        elif args[:1] == ["tile"]:
            self.click_tile(*_ints(verb, args[1:], 2))
        else:
            self.click(*self._on_canvas(verb, *_ints(verb, args, 2)))

    def _line_rightclick(self, verb: str, args: list[str], line: str) -> None:
        self.click(*self._on_canvas(verb, *_ints(verb, args, 2)), button=3)

    def _line_wheel(self, verb: str, args: list[str], line: str) -> None:
        self.wheel(_one(args, "wheel takes up or down"))

    def _line_pad(self, verb: str, args: list[str], line: str) -> None:
        if len(args) not in (1, 2) or (len(args) == 2 and not args[1].isdigit()):
            raise ScriptError("pad takes a button and, to hold it, a number of frames")
        self.pad(args[0], int(args[1]) if len(args) == 2 else 1)

    def _line_stick(self, verb: str, args: list[str], line: str) -> None:
        if len(args) != 3:
            raise ScriptError("stick takes X Y (each -1 to 1) and a number of frames")
        try:
            x, y, n = float(args[0]), float(args[1]), int(args[2])
        except ValueError:
            raise ScriptError(f"stick: {' '.join(args)!r} are not X Y N")
        if not (-1 <= x <= 1 and -1 <= y <= 1):
            raise ScriptError("stick: X and Y go from -1 to 1")
        self.stick(x, y, n)

    def _line_choose(self, verb: str, args: list[str], line: str) -> None:
        (k,) = _ints(verb, args, 1)
        if k < 1:
            raise ScriptError("choose counts options from 1")
        self.choose(k)

    def _line_advance(self, verb: str, args: list[str], line: str) -> None:
        if args:
            raise ScriptError("advance takes no arguments")
        self.advance()

    def _line_until(self, verb: str, args: list[str], line: str) -> None:
        body = line.split("#", 1)[0].strip()[len(verb):].strip()
        limit = DEFAULT_UNTIL
        m = re.search(r"\s(\d+)\s*$", body) if verb == "until" else None
        if m:
            limit, body = int(m.group(1)), body[:m.start()].strip()
        if not body:
            raise ScriptError(f"{verb} needs an expression")
        try:
            if verb == "until":
                self.until(body, limit)
            else:
                self.check(body)
        except ScriptError:
            raise
        except Exception as exc:  # a parse or type error in the expression
            raise ScriptError(f"{verb} {body}: {exc}")

    _line_check = _line_until

    def _line_screenshot(self, verb: str, args: list[str], line: str) -> None:
        self.screenshot(_one(args, "screenshot takes a file name"))

    def run_script(self, text: str, filename: str = "<script>") -> None:
        """Play a script; its `# mode:` header, if any, sets the device for the rest of the run."""
        mode = script_header(text, filename)["mode"]
        if mode is not None:
            self.mode = mode
        for number, line in enumerate(text.splitlines(), 1):
            try:
                self.run_line(line)
            except ScriptError as exc:
                raise ScriptError(f"{filename}:{number}: {exc}") from None
