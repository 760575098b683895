"""Player settings: defaults, loading with a clear fallback, and atomic saving.

Kept as JSON in the platform's user config directory (platformdirs). A bad file never stops the
game: it falls back to defaults with a warning and the bad file is kept beside it for inspection.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import shutil
from pathlib import Path
from typing import Any

from game.input import default_bindings

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
    "fullscreen": False,
    "window_scale": 3,
    "text_size": "normal",  # normal | large
    "high_contrast": False,
    "reduce_flashing": False,
    "reduce_shake": False,
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


def validate(data: Any) -> tuple[dict[str, Any], list[str]]:
    """Defaults overlaid with every valid value from `data`; and a list of what was wrong."""
    result = copy.deepcopy(DEFAULTS)
    problems: list[str] = []
    if not isinstance(data, dict):
        return result, ["the file does not hold a JSON object"]
    for key, value in data.items():
        if key not in DEFAULTS or key == "version":
            continue
        default = DEFAULTS[key]
        if key == "bindings":
            if isinstance(value, dict) and all(isinstance(v, dict) for v in value.values()):
                for group in ("keys", "pad"):
                    for action, names in value.get(group, {}).items():
                        if isinstance(names, list) and all(isinstance(n, str) for n in names):
                            result["bindings"][group][action] = names
                        else:
                            problems.append(f"bindings.{group}.{action}: not a list of names")
            else:
                problems.append("bindings: not an object")
            continue
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, (int, float)):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        else:
            ok = isinstance(value, str)
        if ok and key in RANGES:
            lo, hi = RANGES[key]
            ok = lo <= value <= hi
        if ok and key in CHOICES:
            ok = value in CHOICES[key]
        if ok:
            result[key] = type(default)(value) if isinstance(default, float) else value
        else:
            problems.append(f"{key}: {value!r} is not allowed; using {default!r}")
    return result, problems


def load(path: Path | None = None) -> dict[str, Any]:
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return copy.deepcopy(DEFAULTS)
    except OSError as exc:
        log.warning("%s: cannot read settings (%s); using defaults", path, exc)
        return copy.deepcopy(DEFAULTS)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        _keep_bad_copy(path, text)
        log.warning("%s: settings file is not valid JSON (%s); using defaults, kept a copy as %s",
                    path, exc, path.with_suffix(".bad.json").name)
        return copy.deepcopy(DEFAULTS)
    result, problems = validate(data)
    if problems:
        _keep_bad_copy(path, text)
        for problem in problems:
            log.warning("%s: %s", path, problem)
    return result


def _keep_bad_copy(path: Path, text: str) -> None:
    try:
        path.with_suffix(".bad.json").write_text(text, encoding="utf-8")
    except OSError:
        pass


def atomic_write(path: Path, text: str, keep_backup: bool = True) -> None:
    """Write to a temporary file, flush and fsync, keep the old file as .bak, then rename over."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    if keep_backup and path.exists():
        backup = path.with_name(path.name + ".bak")
        backup_tmp = path.with_name(path.name + ".bak.tmp")
        shutil.copyfile(path, backup_tmp)
        os.replace(backup_tmp, backup)
    os.replace(tmp, path)


def save(settings: dict[str, Any], path: Path | None = None) -> None:
    path = path or settings_path()
    data = dict(settings)
    data["version"] = SETTINGS_VERSION
    atomic_write(path, json.dumps(data, indent=2, sort_keys=True))
