"""The one palette of the game, read from `assets/palette.gpl` (a GIMP palette any editor opens).

Tools draw with these names; the game uses them for UI colours. Pure Python: no pygame needed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from game.paths import asset

RGB = tuple[int, int, int]


def parse_gpl(text: str, filename: str = "palette.gpl") -> dict[str, RGB]:
    colours: dict[str, RGB] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#") or ":" in line or line == "GIMP Palette":
            continue
        parts = line.split(None, 3)
        if len(parts) < 4:
            raise ValueError(f"{filename}:{number}: expected 'R G B name', got {line!r}")
        r, g, b, name = parts
        colours[name.strip()] = (int(r), int(g), int(b))
    return colours


@lru_cache(maxsize=1)
def palette() -> dict[str, RGB]:
    path: Path = asset("palette.gpl")
    return parse_gpl(path.read_text(encoding="utf-8"), str(path))


def colour(name: str) -> RGB:
    """A palette colour by name, e.g. colour("magenta")."""
    return palette()[name]
