"""Player settings: defaults, loading with a clear fallback, and atomic saving.

Kept as JSON in the platform's user config directory (platformdirs). A bad file never stops the
game: it falls back to defaults with a warning and the bad file is kept beside it for inspection.
"""

from __future__ import annotations

import copy
import errno
import json
import logging
import math
import os
import re
from pathlib import Path
from typing import Any

from game import jsonfile
from game.input import ACTIONS, ESSENTIAL, default_bindings, known_control
from game.story.strings import LANGUAGE_CODE
from game.ui.strings import Message

log = logging.getLogger(__name__)

APP_NAME = "liquid-sky"
SETTINGS_VERSION = 1

DEFAULTS: dict[str, Any] = {
    "version": SETTINGS_VERSION,
    "master_volume": 0.8,
    "music_volume": 0.7,
    "effects_volume": 0.8,
    "text_speed": 40,  # characters per second; 0 means instant
    "auto_delay": 1.5,  # seconds after a line is shown before auto-forward moves on
    "skip_unseen": False,  # skip passes lines not read before too (it always stops at options)
    "fullscreen": False,
    "window_scale": 3,
    "text_size": "normal",  # normal | large
    "language": "en",  # the dialogue's language: en (as written) or an assets/dialogue/<code>.csv
    "high_contrast": False,
    "reduce_flashing": False,
    "reduce_shake": False,
    "captions": False,  # short captions for sounds that carry story ("[a telephone rings]")
    "record_sessions": False,  # write each session's input as a replayable script (bug reports)
    "show_content_notice": True,
    "notice_seen": False,  # set once the notice has been acknowledged; start-up skips it after that
    "bindings": default_bindings(),
}

RANGES = {"master_volume": (0.0, 1.0), "music_volume": (0.0, 1.0), "effects_volume": (0.0, 1.0),
          "text_speed": (0, 240), "auto_delay": (0.3, 10.0), "window_scale": (1, 8)}
CHOICES = {"text_size": ("normal", "large")}


def config_dir() -> Path:
    override = os.environ.get("LIQUID_SKY_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir
    return Path(user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / "settings.json"


MAX_BYTES = 100_000  # a real settings file is some 2 KB
MAX_NAMES = 8  # keys or buttons bound to one action


def _bindings(value: Any, result: dict, problems: list[Message]) -> None:
    """Overlay the usable bindings in `value` on `result["bindings"]`: known actions, known keys
    and buttons; an essential action is never left without one."""
    if not isinstance(value, dict):
        problems.append(Message("settings_error.not_object", "bindings"))
        return
    for group, actions in value.items():
        if group not in ("keys", "pad") or not isinstance(actions, dict):
            problems.append(Message("settings_error.not_bindings", f"bindings.{str(group)[:40]}"))
            continue
        for action, names in actions.items():
            where = f"bindings.{group}.{str(action)[:40]}"
            if action not in ACTIONS:
                problems.append(Message("settings_error.no_action", where))
            elif not (isinstance(names, list) and len(names) <= MAX_NAMES
                      and all(isinstance(n, str) and known_control(n, group) for n in names)):
                problems.append(Message("settings_error.unknown_keys" if group == "keys"
                                        else "settings_error.unknown_buttons", where))
            elif not names and action in ESSENTIAL:
                problems.append(Message("settings_error.needs_key" if group == "keys"
                                        else "settings_error.needs_button", where))
            else:
                result["bindings"][group][action] = names


def validate(data: Any) -> tuple[dict[str, Any], list[Message]]:
    """Defaults overlaid with every valid value from `data`; and a list of what was wrong."""
    result = copy.deepcopy(DEFAULTS)
    problems: list[Message] = []
    if not isinstance(data, dict):
        return result, [Message("settings_error.not_settings")]
    for key, value in data.items():
        if key not in DEFAULTS or key == "version":
            continue
        default = DEFAULTS[key]
        if key == "bindings":
            _bindings(value, result, problems)
            continue
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, int):  # whole numbers only: a window scale of 2.5 is not one
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif isinstance(default, float):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        else:
            ok = isinstance(value, str)
        if ok and key in RANGES:
            lo, hi = RANGES[key]
            ok = lo <= value <= hi
        if ok and key in CHOICES:
            ok = value in CHOICES[key]
        if ok and key == "language":
            ok = re.fullmatch(LANGUAGE_CODE, value) is not None  # a file name part: checked
        if ok:
            result[key] = type(default)(value) if isinstance(default, float) else value
        else:
            problems.append(Message("settings_error.not_allowed", key, _short(value), repr(default)))
    return result, problems


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def load(path: Path | None = None, problems: list[Message] | None = None) -> dict[str, Any]:
    """The settings in the file, with defaults for what is missing or unusable. What was wrong is
    logged, appended to `problems` (for the player, put into words when shown: the language is a
    setting) and the file kept as `settings.bad.json`."""
    path = path or settings_path()
    found: list[Message] = []
    try:
        data = jsonfile.read(path, MAX_BYTES)
    except FileNotFoundError:
        return copy.deepcopy(DEFAULTS)
    except OSError as exc:
        found.append(Message("settings_error.unreadable", why(exc, path.parent, Message("notice.settings_folder"))))
        result = copy.deepcopy(DEFAULTS)
    except jsonfile.BadFile as exc:
        found.append(Message("settings_error.defaults", exc))
        result = copy.deepcopy(DEFAULTS)
    else:
        result, found = validate(data)
    if found:
        kept = _keep_bad_copy(path)
        for problem in found:
            log.warning("%s: %s", path, problem)
        if problems is not None:
            problems.extend(Message("settings_error.kept", path.name, p, kept) if kept
                            else Message("settings_error.in_file", path.name, p) for p in found)
    return result


def _keep_bad_copy(path: Path) -> str:
    """Keep the file beside as `settings.bad.json`; its name, or "" if it cannot be kept."""
    bad = path.with_suffix(".bad.json")
    try:
        bad.write_bytes(path.read_bytes()[:MAX_BYTES])
    except OSError:
        return ""
    return bad.name


# OS errors a write can meet, as the player is told them (UI strings; {0}: "the saves folder", ...)
WHY = {code: key for code, key in (
    (errno.ENOSPC, "os_error.disk_full"), (getattr(errno, "EDQUOT", None), "os_error.quota"),
    (errno.EROFS, "os_error.read_only"), (errno.EACCES, "os_error.no_permission"),
    (errno.EPERM, "os_error.no_permission"), (errno.EIO, "os_error.disk_failed")) if code is not None}


def folder_problem(folder: Path, what: Message | str) -> Message | str:
    """Why no file can be made in this folder because of what stands in its place, or ""."""
    for place in (folder, *folder.parents):
        if place.exists() or place.is_symlink():
            if place.is_dir():
                return ""
            return Message("os_error.folder_is_file" if place == folder else "os_error.file_in_path", what, place)
    return ""


def why(exc: OSError, folder: Path, what: Message | str) -> Message:
    """A failed read or write as the player can act on it, naming the folder (`what`, and where)."""
    known = WHY.get(exc.errno)
    return folder_problem(folder, what) or \
        Message("os_error.in_folder", Message(known, what) if known else exc.strerror or exc, folder)


def atomic_write(path: Path, text: str, keep_backup: bool = True) -> None:
    """Write to a temporary file and fsync it, keep the old file as .bak (written the same way),
    rename over, and fsync the folder after each rename so that a power cut keeps the new name.
    On failure nothing but the temporary files changed, and they are removed."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    backup_tmp = path.with_name(path.name + ".bak.tmp")
    try:
        _write_synced(tmp, text.encode("utf-8"))
        if keep_backup and path.exists():
            _write_synced(backup_tmp, path.read_bytes())
            os.replace(backup_tmp, path.with_name(path.name + ".bak"))
            fsync_folder(folder)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, backup_tmp):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise
    fsync_folder(folder)


def _write_synced(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in this folder durable. Windows cannot open a folder and needs no fsync for it."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # a file system that cannot sync folders has nothing to sync
            raise
    finally:
        os.close(fd)


def remove_leftovers(folder: Path) -> None:
    """Temporary files of writes that were killed part way (the real files are untouched)."""
    try:
        leftovers = list(folder.glob("*.tmp"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            leftover.unlink()
        except OSError as exc:
            log.warning("%s: cannot remove a leftover temporary file (%s)", leftover, exc.strerror)


def save(settings: dict[str, Any], path: Path | None = None) -> None:
    path = path or settings_path()
    data = dict(settings)
    data["version"] = SETTINGS_VERSION
    atomic_write(path, json.dumps(data, indent=2, sort_keys=True))
