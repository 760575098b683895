"""Build the game's pixel font atlases from the text glyph grids in this folder.

Input: font_<size>.txt (glyphs and diacritic marks) and compose.txt (accented letters).
Output: <out>/font_<size>.png (palette-white glyphs on transparent) and <out>/font_<size>.json:
{"line_height", "baseline", "cap_height", "space", "licence",
 "glyphs": {char: [x, y, w, h, advance]}} with (x, y, w, h) the glyph's cell in the PNG,
 its top at the line top (h == line_height) and advance the pen advance in pixels.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tools.art.ui import pix

HERE = Path(__file__).resolve().parent
SIZES = ("body", "small")
ATLAS_WIDTH = 256
LICENCE = "Liquid Sky pixel font, made for this project; same licence as the project (MIT)."
CHARS = [chr(c) for c in list(range(32, 127)) + list(range(160, 256))]


@dataclass
class Glyph:
    ink: np.ndarray  # bool [rows, cols]
    top: int  # row of ink[0], relative to the cap top (negative = above the caps)


@dataclass
class FontSource:
    cap: int
    above: int
    below: int
    space: int
    glyphs: dict[str, Glyph]

    @property
    def line_height(self) -> int:
        return self.above + self.cap + self.below


def _key(label: str) -> str:
    if label.startswith("U+") and len(label) > 2:
        return chr(int(label[2:], 16))
    return label


def parse(text: str, filename: str) -> FontSource:
    settings: dict[str, int] = {}
    glyphs: dict[str, Glyph] = {}
    current: str | None = None
    top = 0
    rows: list[str] = []

    def finish():
        if current is None:
            return
        if not rows:
            raise ValueError(f"{filename}: glyph {current!r} has no rows")
        width = max(len(r) for r in rows)
        ink = np.array([[c == "#" for c in r.ljust(width, ".")] for r in rows], bool)
        glyphs[current] = Glyph(ink, top)

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if current is None and (not line or line.startswith("#")):
            continue
        if line.startswith(": "):
            finish()
            head = line[2:].split(" @")
            current, top, rows = _key(head[0]), (int(head[1]) if len(head) > 1 else 0), []
        elif current is None:
            name, value = line.split()
            settings[name] = int(value)
        elif not line:
            finish()
            current = None
        else:
            if set(line) - {"#", "."}:
                raise ValueError(f"{filename}:{number}: bad pixel row {line!r}")
            rows.append(line)
    finish()
    return FontSource(settings["cap"], settings["above"], settings["below"], settings["space"], glyphs)


def compose(src: FontSource, recipes: str) -> None:
    """Add accented letters: the mark centred on the base glyph, above its ink with a one-row gap
    (moved down to touch when the line has no room), or below the baseline for a cedilla."""
    for raw in recipes.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        char, rest = (s.strip() for s in raw.split("="))
        base_name, mark_name = (s.strip() for s in rest.split("+"))
        base, mark = src.glyphs[base_name], src.glyphs[mark_name]
        bh, bw = base.ink.shape
        mh, mw = mark.ink.shape
        base_top = base.top + int(np.argmax(base.ink.any(1)))
        if mark_name == "cedilla":
            mark_top = src.cap
        else:
            mark_top = max(base_top - 1 - mh, -src.above)
        top = min(base.top, mark_top)
        bottom = max(base.top + bh, mark_top + mh)
        width = max(bw, mw)
        ink = np.zeros((bottom - top, width), bool)
        bx, mx = (width - bw) // 2, (width - mw + 1) // 2
        ink[base.top - top:base.top - top + bh, bx:bx + bw] |= base.ink
        ink[mark_top - top:mark_top - top + mh, mx:mx + mw] |= mark.ink
        src.glyphs[char] = Glyph(ink, top)


def load(size: str) -> FontSource:
    path = HERE / f"font_{size}.txt"
    src = parse(path.read_text(encoding="utf-8"), str(path))
    compose(src, (HERE / "compose.txt").read_text(encoding="utf-8"))
    missing = [c for c in CHARS if c not in src.glyphs]
    if missing:
        raise ValueError(f"font_{size}: no glyph for {''.join(missing)!r}")
    return src


def build(size: str, out: Path) -> None:
    src = load(size)
    lh = src.line_height
    placed: dict[str, list[int]] = {}
    x = y = 0
    for char in CHARS:
        w = src.glyphs[char].ink.shape[1]
        if x + w > ATLAS_WIDTH:
            x, y = 0, y + lh + 1
        placed[char] = [x, y, w, lh, w + 1]
        x += w + 1  # one empty column between cells so linear filtering never bleeds
    height = y + lh
    img = pix.new(ATLAS_WIDTH, height)
    white = pix.rgba("white")
    for char, (gx, gy, w, _h, _adv) in placed.items():
        g = src.glyphs[char]
        r0 = src.above + g.top
        if r0 < 0 or r0 + g.ink.shape[0] > lh:
            raise ValueError(f"font_{size}: glyph {char!r} does not fit in the line")
        cell = img[gy + r0:gy + r0 + g.ink.shape[0], gx:gx + w]
        cell[g.ink] = white
    for blank in (" ", "\u00a0"):
        placed[blank][4] = src.space
    pix.save(img, out / f"font_{size}.png")
    meta = {
        "licence": LICENCE,
        "line_height": lh,
        "baseline": src.above + src.cap,
        "cap_height": src.cap,
        "space": src.space,
        "glyphs": placed,
    }
    (out / f"font_{size}.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def build_all(out: Path) -> None:
    for size in SIZES:
        build(size, out)
