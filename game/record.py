"""Recording a real session as an input script (`--record FILE`, or the "Record my sessions" setting).

Every keyboard, mouse and pad event the app takes in is noted with the tick it arrived before; at
the end the notes become a script in the language of docs/testing.md (`wait N`, `press`, `hold`,
`keydown`/`keyup`, `point`, `click`, `rightclick`, `wheel`, `pad`, `paddown`/`padup`, `stick`) with
`# mode:`, `# args:` and `# start:` headers, so `liquid-sky --headless --script FILE` replays the
session frame by frame. `# start:` names `FILE.start/`, kept beside the script: the settings and
saves the session started from. A replay starts from them, so the title's Continue, a loaded save
and every setting that changes play (text speed, auto-forward delay, text size, language ...) are
the same.
"""

from __future__ import annotations

import shlex
import shutil
import time
from pathlib import Path

import pygame

from game.input import PAD_BUTTONS, STICK_DEADZONE

PAD_NAMES = {code: name for name, code in PAD_BUTTONS.items()}
DEVICE_OF = {"keydown": "keyboard", "keyup": "keyboard", "click": "mouse", "rightclick": "mouse", "point": "mouse",
             "wheel": "mouse", "paddown": "pad", "padup": "pad", "stick": "pad"}


def session_path() -> Path:
    """Where the setting writes: the user data folder's recordings/, one file a session."""
    from game.saves import data_dir
    return data_dir() / "recordings" / time.strftime("session-%Y%m%d-%H%M%S.txt")


def start_folder(script: Path) -> Path:
    """Beside a recording: the settings and saves its session started from."""
    return script.with_name(script.name + ".start")


def keep_start(folder: Path, settings: dict, data: Path) -> None:
    """What a replay needs to start as the session did: the settings in use, and the saves and
    chapters reached as they are now, file dates and all (Continue goes by them)."""
    from game import settings as settings_mod
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "config").mkdir(parents=True)
    settings_mod.save(settings, folder / "config" / "settings.json")
    (folder / "data").mkdir()
    if (data / "saves").is_dir():
        shutil.copytree(data / "saves", folder / "data" / "saves")
    if (data / "progress.json").is_file():
        shutil.copy2(data / "progress.json", folder / "data" / "progress.json")


class Recorder:
    def __init__(self, path: Path, start_args: list[str]) -> None:
        self.path = Path(path)
        self.start_args = start_args  # --seed and the start (--map/--spawn/--node), for `# args:`
        self.notes: list[tuple[int, str, str]] = []  # (tick, verb, argument)
        # ticks since the recording began: the app's own count goes back with a loaded save
        self.frames = 0
        self._stick = [0, 0]  # the left stick's direction on each axis: -1, 0, 1
        self._pointer = ""  # where the mouse pointer was last noted, "X Y" on the canvas

    def open(self, settings: dict, data: Path) -> str | None:
        """Make sure the file can be written and keep what the session starts from beside it
        (`settings`, and the saves in the user data folder `data`); a one-line problem if not."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text("# recording...\n", encoding="utf-8")
            keep_start(start_folder(self.path), settings, data)
        except OSError as exc:
            return f"cannot record to {self.path}: {exc.strerror or exc}"
        return None

    def event(self, ev: pygame.event.Event, app) -> None:
        """Note one input event, as the action, click or button a script can say."""
        tick = self.frames
        if ev.type in (pygame.KEYDOWN, pygame.KEYUP):
            action = self._action_for_key(app.input, ev.key)
            if action:
                self.notes.append((tick, "keydown" if ev.type == pygame.KEYDOWN else "keyup", action))
        elif ev.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            pos = app.to_canvas(ev.pos)
            if pos is None:
                return
            where = f"{pos[0]} {pos[1]}"
            if where != self._pointer:  # menus and options follow the pointer
                if self.notes and self.notes[-1][:2] == (tick, "point"):
                    self.notes.pop()  # only where it rests before a frame matters
                self.notes.append((tick, "point", where))
                self._pointer = where
            if ev.type == pygame.MOUSEBUTTONDOWN and ev.button in (1, 3):
                self.notes.append((tick, "click" if ev.button == 1 else "rightclick", where))
        elif ev.type == pygame.MOUSEWHEEL and ev.y:
            self.notes.append((tick, "wheel", "up" if ev.y > 0 else "down"))
        elif ev.type in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP) and ev.button in PAD_NAMES:
            verb = "paddown" if ev.type == pygame.CONTROLLERBUTTONDOWN else "padup"
            self.notes.append((tick, verb, PAD_NAMES[ev.button]))
        elif ev.type == pygame.CONTROLLERAXISMOTION and ev.axis in (pygame.CONTROLLER_AXIS_LEFTX,
                                                                    pygame.CONTROLLER_AXIS_LEFTY):
            axis = 0 if ev.axis == pygame.CONTROLLER_AXIS_LEFTX else 1
            direction = (ev.value > STICK_DEADZONE) - (ev.value < -STICK_DEADZONE)
            if direction != self._stick[axis]:
                self._stick[axis] = direction
                self.notes.append((tick, "stick", f"{self._stick[0]} {self._stick[1]}"))

    @staticmethod
    def _action_for_key(inp, code: int) -> str | None:
        """The action whose first key does what this key does (a replay presses the first key)."""
        actions = inp.actions_for_key(code)
        for action in actions:
            first = inp.bindings["keys"][action][0]
            if inp.actions_for_key(pygame.key.key_code(first)) == actions:
                return action
        return actions[0] if actions else None

    def script(self, end_tick: int) -> str:
        used = {DEVICE_OF[verb] for _, verb, _ in self.notes}
        mode = used.pop() if len(used) == 1 else ("mixed" if used else "keyboard")
        lines = [f"# mode: {mode}", f"# args: {shlex.join(self.start_args)}",
                 f"# start: {start_folder(self.path).name}",
                 "# recorded by liquid-sky --record; replay with liquid-sky --headless --script FILE"]
        now = 0
        notes = self._joined(end_tick)
        for tick, verb, arg, frames in notes:
            if tick > now:
                lines.append(f"wait {tick - now}")
                now = tick
            lines.append(f"{verb} {arg}" + (f" {frames}" if verb in ("hold", "pad", "stick") else ""))
            now += frames
        if end_tick > now:
            lines.append(f"wait {end_tick - now}")
        return "\n".join(lines) + "\n"

    def _joined(self, end_tick: int) -> list[tuple[int, str, str, int]]:
        """(tick, verb, argument, frames it runs): a key or button down and up with nothing between
        or beside becomes `press`/`hold`/`pad`, a stick push and its return to rest one `stick`."""
        out: list[tuple[int, str, str, int]] = []
        notes = self.notes
        i = 0
        while i < len(notes):
            tick, verb, arg = notes[i]
            after = notes[i + 1] if i + 1 < len(notes) else None
            alone = i == 0 or notes[i - 1][0] != tick  # nothing else came before the same frame
            ups = {"keydown": "keyup", "paddown": "padup"}
            if verb in ups and alone and after and after[1:] == (ups[verb], arg) and after[0] > tick:
                frames = after[0] - tick
                joined = ("press" if frames == 1 else "hold") if verb == "keydown" else "pad"
                out.append((tick, joined, arg, frames))
                i += 2
                continue
            if verb == "stick" and arg != "0 0":
                until = after[0] if after else end_tick
                out.append((tick, "stick", arg, until - tick))
                if after and after[1:] == ("stick", "0 0"):
                    i += 1
                i += 1
                continue
            if verb == "stick":  # back at rest with no push before it: nothing to replay
                i += 1
                continue
            out.append((tick, verb, arg, 1 if verb in ("click", "rightclick", "wheel") else 0))
            i += 1
        # what takes no frame goes first among what came before the same frame: all of it lands
        # before that frame, and a click or press after it would push it a frame late
        return sorted(out, key=lambda note: (note[0], note[3] > 0))

    def finish(self) -> str | None:
        """Write the script; a one-line problem if it cannot be written."""
        try:
            self.path.write_text(self.script(self.frames), encoding="utf-8")
        except OSError as exc:
            return f"cannot write the recording {self.path}: {exc.strerror or exc}"
        return None
