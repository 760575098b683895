"""Draw text with the game's own pixel font into numpy canvases (used by previews, prompts and
the contact sheets). Reads the built font_<size>.png/.json, so it shows exactly what ships."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image

from tools.art.ui import pix


@lru_cache(maxsize=None)
def _font(folder: str, size: str):
    base = Path(folder) / f"font_{size}"
    meta = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
    atlas = np.array(Image.open(base.with_suffix(".png")).convert("RGBA"))
    return meta, atlas


def measure(s: str, folder: Path, size: str = "body") -> tuple[int, int]:
    meta, _ = _font(str(folder), size)
    lines = s.split("\n")
    width = max(sum(meta["glyphs"].get(c, meta["glyphs"]["?"])[4] for c in ln) for ln in lines)
    return max(width - 1, 0), meta["line_height"] * len(lines)


def draw(img: np.ndarray, x: int, y: int, s: str, folder: Path, size: str = "body",
         colour: str = "white") -> None:
    """Draw s with its line top at y; unknown characters draw as '?'."""
    meta, atlas = _font(str(folder), size)
    tint = np.array(pix.rgba(colour), np.uint8)
    pen_y = y
    for ln in s.split("\n"):
        pen_x = x
        for c in ln:
            gx, gy, w, h, adv = meta["glyphs"].get(c, meta["glyphs"]["?"])
            ink = atlas[gy:gy + h, gx:gx + w, 3] > 0
            ys, xs = np.nonzero(ink)
            ys, xs = ys + pen_y, xs + pen_x
            ok = (ys >= 0) & (ys < img.shape[0]) & (xs >= 0) & (xs < img.shape[1])
            img[ys[ok], xs[ok]] = tint
            pen_x += adv
        pen_y += meta["line_height"]
