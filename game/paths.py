"""Where the game's shipped assets live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def assets_dir() -> Path:
    """The assets folder: inside the installed package, else the checkout's top-level `assets/`."""
    installed = _PACKAGE / "assets"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
