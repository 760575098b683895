"""Tiny pixel canvas that draws with palette colour *names*, so nothing off-palette can sneak in.

A Canvas holds a grid of colour names (None = transparent). Helpers cover what tiles need:
rectangles, lines, ellipses, seeded noise, shading through darken/lighten maps, and the 3/4-view
box (a top face above a front face) that most furniture is built from.
"""

from __future__ import annotations

import random
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:  # run as a script from anywhere: make `game` importable
    sys.path.insert(0, str(ROOT))

from game.palette import palette  # noqa: E402
from tools.art.raster import line_points  # noqa: E402

T = 16  # tile size in pixels


def rng(*key: object) -> random.Random:
    """A seeded RNG per tile name, so every rebuild draws the same pixels."""
    return random.Random(":".join(str(k) for k in key))


def _nearest(rgb: tuple[float, float, float], exclude: str | None = None) -> str:
    best, best_d = "black", 1e9
    for name, (r, g, b) in palette().items():
        if name == exclude:
            continue
        d = (r - rgb[0]) ** 2 + (g - rgb[1]) ** 2 + (b - rgb[2]) ** 2
        if d < best_d:
            best, best_d = name, d
    return best


@lru_cache(maxsize=None)
def darker(name: str) -> str:
    """The palette colour closest to `name` at about 60% brightness (black stays black)."""
    if name == "black":
        return "black"
    r, g, b = palette()[name]
    return _nearest((r * 0.6, g * 0.6, b * 0.66), exclude=name)


@lru_cache(maxsize=None)
def lighter(name: str) -> str:
    if name == "white":
        return "white"
    r, g, b = palette()[name]
    return _nearest((min(255, r * 1.3 + 24), min(255, g * 1.3 + 24), min(255, b * 1.3 + 24)), exclude=name)


class Canvas:
    def __init__(self, w: int = T, h: int = T, fill: str | None = None):
        for_check = palette()
        if fill is not None and fill not in for_check:
            raise KeyError(fill)
        self.w, self.h = w, h
        self.px_: list[list[str | None]] = [[fill] * w for _ in range(h)]

    # -- basic pixels -------------------------------------------------------------------------
    def px(self, x: int, y: int, c: str | None) -> None:
        if c is not None and c not in palette():
            raise KeyError(f"not a palette colour: {c}")
        if 0 <= x < self.w and 0 <= y < self.h:
            self.px_[y][x] = c

    def get(self, x: int, y: int) -> str | None:
        if 0 <= x < self.w and 0 <= y < self.h:
            return self.px_[y][x]
        return None

    def rect(self, x: int, y: int, w: int, h: int, c: str | None) -> "Canvas":
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self.px(xx, yy, c)
        return self

    def fill(self, c: str | None) -> "Canvas":
        return self.rect(0, 0, self.w, self.h, c)

    def hline(self, x: int, y: int, w: int, c: str) -> None:
        self.rect(x, y, w, 1, c)

    def vline(self, x: int, y: int, h: int, c: str) -> None:
        self.rect(x, y, 1, h, c)

    def frame(self, x: int, y: int, w: int, h: int, c: str) -> None:
        self.hline(x, y, w, c)
        self.hline(x, y + h - 1, w, c)
        self.vline(x, y, h, c)
        self.vline(x + w - 1, y, h, c)

    def line(self, x0: int, y0: int, x1: int, y1: int, c: str) -> None:
        for x, y in line_points(x0, y0, x1, y1):
            self.px(x, y, c)

    def ellipse(self, x: int, y: int, w: int, h: int, c: str, outline: str | None = None) -> None:
        """Filled ellipse inside the box x,y,w,h (pixel-centre test), optional 1px outline."""
        cx, cy, rx, ry = x + w / 2, y + h / 2, w / 2, h / 2
        inside = set()
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                if ((xx + 0.5 - cx) / rx) ** 2 + ((yy + 0.5 - cy) / ry) ** 2 <= 1.0:
                    inside.add((xx, yy))
        for xx, yy in inside:
            edge = any((xx + a, yy + b) not in inside for a, b in ((1, 0), (-1, 0), (0, 1), (0, -1)))
            self.px(xx, yy, outline if (edge and outline) else c)

    # -- texture and shading ------------------------------------------------------------------
    def noise(self, r: random.Random, colours: list[str], density: float,
              x: int = 0, y: int = 0, w: int | None = None, h: int | None = None) -> None:
        w = self.w - x if w is None else w
        h = self.h - y if h is None else h
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                if r.random() < density:
                    self.px(xx, yy, r.choice(colours))

    def map(self, fn, x: int = 0, y: int = 0, w: int | None = None, h: int | None = None) -> None:
        """Recolour opaque pixels in a region through fn (e.g. darker) — shadows and highlights."""
        w = self.w - x if w is None else w
        h = self.h - y if h is None else h
        for yy in range(max(0, y), min(self.h, y + h)):
            for xx in range(max(0, x), min(self.w, x + w)):
                c = self.px_[yy][xx]
                if c is not None:
                    self.px_[yy][xx] = fn(c)

    def replace(self, old: str, new: str | None) -> "Canvas":
        for row in self.px_:
            for i, c in enumerate(row):
                if c == old:
                    row[i] = new
        return self

    # -- composition --------------------------------------------------------------------------
    def copy(self) -> "Canvas":
        c = Canvas(self.w, self.h)
        c.px_ = [row[:] for row in self.px_]
        return c

    def blit(self, other: "Canvas", x: int = 0, y: int = 0) -> "Canvas":
        for yy in range(other.h):
            for xx in range(other.w):
                c = other.px_[yy][xx]
                if c is not None:
                    self.px(x + xx, y + yy, c)
        return self

    def crop(self, x: int, y: int, w: int = T, h: int = T) -> "Canvas":
        c = Canvas(w, h)
        for yy in range(h):
            for xx in range(w):
                c.px_[yy][xx] = self.get(x + xx, y + yy)
        return c

    def flip_x(self) -> "Canvas":
        c = Canvas(self.w, self.h)
        c.px_ = [row[::-1] for row in self.px_]
        return c

    def rgba(self) -> bytes:
        pal = palette()
        out = bytearray()
        for row in self.px_:
            for c in row:
                out += bytes((*pal[c], 255)) if c is not None else b"\0\0\0\0"
        return bytes(out)


def box(c: Canvas, x: int, y: int, w: int, h: int, depth: int, top: str, front: str,
        line: str = "black", hi: str | None = None) -> None:
    """A 3/4-view block: top face (h - depth rows) above a front face (depth rows), outlined.

    The outline is the dark line every 16-bit piece of furniture has; `hi` lights the top's front
    lip, which is what makes the top read as a surface seen from above.
    """
    c.rect(x, y, w, h, line)
    c.rect(x + 1, y + 1, w - 2, h - depth - 1, top)
    c.rect(x + 1, y + h - depth, w - 2, depth - 1, front)
    c.hline(x + 1, y + h - depth - 1, w - 2, hi or lighter(top))
    c.hline(x + 1, y + h - 2, w - 2, darker(front))
