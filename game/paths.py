"""Where the game's shipped assets live: a source checkout being edited, or the installed package."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=4)
def _checkout_around(folder: str) -> Path | None:
    """The assets/ of the Liquid Sky checkout that `folder` is in, if it is in one."""
    for top in (Path(folder), *Path(folder).parents):
        project = top / "pyproject.toml"
        if (top / "assets" / "maps").is_dir() and project.is_file() \
                and 'name = "liquid-sky"' in project.read_text(encoding="utf-8", errors="replace"):
            return top / "assets"
    return None


def assets_dir() -> Path:
    """The assets folder. Run inside a checkout, the checkout's own `assets/`, so that what a
    designer edits is what the game, `check` and F6 read even with a copy installed; else the
    installed package's, else the checkout this code is in."""
    try:
        here = _checkout_around(str(Path.cwd()))
    except OSError:  # the current folder was deleted
        here = None
    if here is not None:
        return here
    installed = _PACKAGE / "assets"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
