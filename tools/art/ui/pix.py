"""Small drawing kit shared by the UI/fx/props generators: RGBA numpy canvases in palette colours.

Everything is drawn by name from the game's one palette, so an asset can only contain palette
colours (plus alpha); the alien's prism light is the one place that mixes its own hues.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from game.palette import palette
from tools.art.raster import line_points

ROOT = Path(__file__).resolve().parents[3]

PAL = palette()


def rgba(name: str, alpha: int = 255) -> tuple[int, int, int, int]:
    return (*PAL[name], alpha)


def new(w: int, h: int) -> np.ndarray:
    """A transparent canvas, indexed [y, x, channel]."""
    return np.zeros((h, w, 4), np.uint8)


def px(img, x, y, name, alpha=255):
    if 0 <= x < img.shape[1] and 0 <= y < img.shape[0]:
        img[y, x] = rgba(name, alpha)


def rect(img, x, y, w, h, name, alpha=255):
    """Filled rectangle, clipped to the canvas."""
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + w, img.shape[1]), min(y + h, img.shape[0])
    if x0 < x1 and y0 < y1:
        img[y0:y1, x0:x1] = rgba(name, alpha)


def frame(img, x, y, w, h, name):
    """One-pixel rectangle outline."""
    rect(img, x, y, w, 1, name)
    rect(img, x, y + h - 1, w, 1, name)
    rect(img, x, y, 1, h, name)
    rect(img, x + w - 1, y, 1, h, name)


def line(img, x0, y0, x1, y1, name, alpha=255):
    """Bresenham line, both ends included."""
    for x, y in line_points(x0, y0, x1, y1):
        px(img, x, y, name, alpha)


def disc(img, cx, cy, r, name, alpha=255):
    """Filled circle centred on (cx, cy) in pixel-centre coordinates (cx may be x.5)."""
    ys, xs = np.mgrid[0:img.shape[0], 0:img.shape[1]]
    mask = (xs - cx) ** 2 + (ys - cy) ** 2 <= r * r + 0.25
    img[mask] = rgba(name, alpha)


def ring(img, cx, cy, r, name, width=1.0):
    ys, xs = np.mgrid[0:img.shape[0], 0:img.shape[1]]
    d = np.sqrt((xs - cx) ** 2 + (ys - cy) ** 2)
    img[(d <= r + 0.5) & (d > r + 0.5 - width)] = rgba(name)


def grid(img, x, y, text: str, key: dict[str, str]):
    """Paint a pixel grid: one character per pixel, key maps characters to palette names;
    '.' and ' ' are left untouched."""
    rows = text.strip("\n").splitlines()
    for j, row in enumerate(rows):
        for i, ch in enumerate(row):
            if ch in ". ":
                continue
            px(img, x + i, y + j, key[ch])


def outline(img, name, diagonal=False):
    """Add a one-pixel outline in `name` around every opaque pixel (outside only)."""
    a = img[..., 3] > 0
    grow = np.zeros_like(a)
    shifts = [(0, 1), (0, -1), (1, 0), (-1, 0)]
    if diagonal:
        shifts += [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    for dy, dx in shifts:
        grow |= np.roll(np.roll(a, dy, 0), dx, 1) & _no_wrap(a.shape, dy, dx)
    img[grow & ~a] = rgba(name)


def _no_wrap(shape, dy, dx):
    m = np.ones(shape, bool)
    if dy > 0:
        m[:dy] = False
    if dy < 0:
        m[dy:] = False
    if dx > 0:
        m[:, :dx] = False
    if dx < 0:
        m[:, dx:] = False
    return m


def recolour(img, mapping: dict[str, str]):
    """Swap palette colours by name (used for frame variants such as a flash)."""
    out = img.copy()
    for src, dst in mapping.items():
        m = (img[..., :3] == PAL[src]).all(-1) & (img[..., 3] > 0)
        out[m, :3] = PAL[dst]
    return out


def strip(frames: list[np.ndarray]) -> np.ndarray:
    """Frames side by side, left to right."""
    return np.concatenate(frames, axis=1)


def save(img: np.ndarray, path: Path):
    """Write a PNG with no metadata, so the bytes depend only on the pixels."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.ascontiguousarray(img), "RGBA").save(path, format="PNG", optimize=False)


def to_image(img: np.ndarray) -> Image.Image:
    return Image.fromarray(np.ascontiguousarray(img), "RGBA")
