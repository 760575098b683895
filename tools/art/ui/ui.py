"""UI art: 9-slice frames, cursor, more-arrow, title logo, chapter card, journal page.

Writes into the ui folder, plus ui.json (9-slice margins and frame strips) for the game.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tools.art import skyline
from tools.art.ui import pix

# ---- 9-slice frames ------------------------------------------------------------------------


def chamfer_frame(w, h, cut, layers, fill, accents=None):
    """A rectangle with its corners cut at 45 degrees. layers: colour names from the outside in,
    one pixel each; fill: the inside. Distance to the edge is measured along the chamfer too,
    so every layer follows the cut corners."""
    img = pix.new(w, h)
    for y in range(h):
        for x in range(w):
            d = min(x, y, w - 1 - x, h - 1 - y,
                    x + y - cut, (w - 1 - x) + y - cut,
                    x + (h - 1 - y) - cut, (w - 1 - x) + (h - 1 - y) - cut)
            if d < 0:
                continue
            pix.px(img, x, y, layers[d] if d < len(layers) else fill)
    return img


def box():
    img = chamfer_frame(24, 24, 3, ["black", "magenta", "plum_dark", "ink"], "ink")
    # New Wave corner cuts: the neon line turns cyan across the top-left and bottom-right cuts
    # and hot yellow across the other two (all inside the 8 px corners, so the 9-slice holds)
    for i in range(3):
        pix.px(img, 1 + i, 3 - i, "cyan")
        pix.px(img, 22 - i, 20 + i, "cyan")
        pix.px(img, 20 + i, 1 + i, "yellow")
        pix.px(img, 1 + i, 20 + i, "yellow")
    return img


def box_contrast():
    img = chamfer_frame(24, 24, 3, ["black", "white", "white", "black"], "black")
    pix.px(img, 4, 4, "yellow")
    pix.px(img, 19, 19, "yellow")
    return img


def nameplate():
    """24x16, 6 px borders: a slanted tab in plum with a magenta edge; stretch it sideways."""
    w, h = 24, 16
    img = pix.new(w, h)
    for y in range(h):
        left = (h - 1 - y) // 3  # slanted left edge, right edge slants the other way
        right = w - 1 - y // 3
        for x in range(left, right + 1):
            edge = x in (left, right) or y in (0, h - 1)
            inner = x in (left + 1, right - 1) or y in (1, h - 2)
            pix.px(img, x, y, "black" if edge else ("magenta" if inner else "plum"))
    # a highlight along the top inside edge
    for x in range(6, 18):
        pix.px(img, x, 2, "violet")
    pix.px(img, 3, 11, "cyan")
    pix.px(img, 4, 8, "cyan")
    return img


def panel():
    img = chamfer_frame(24, 24, 4, ["black", "cyan", "teal", "night", "ink"], "ink")
    # inner fill: a faint hatch of night over ink, so big menus are not a flat slab
    for y in range(5, 19):
        for x in range(5, 19):
            if (x + y) % 4 == 0:  # a fine diagonal hatch; period 4 divides the 8 px centre
                pix.px(img, x, y, "night")
    for i in range(3):
        pix.px(img, 19 + i, 1, "magenta")
        pix.px(img, 2 + i, 22, "magenta")
    return img


# ---- small animated bits -------------------------------------------------------------------

CURSOR = """
#.......
##......
#o#.....
#oo#....
#oo#....
#o#.....
##......
#.......
"""


def cursor():
    """4 frames 8x8: a neon wedge that pulses and nudges right."""
    frames = []
    for shift, (edge, core) in zip([0, 1, 1, 0], [("magenta", "pink"), ("pink", "white"),
                                                 ("magenta", "pink"), ("plum", "magenta")]):
        f = pix.new(8, 8)
        pix.grid(f, shift, 0, CURSOR, {"#": edge, "o": core})
        # the tip stays inside the frame
        frames.append(f)
    return pix.strip(frames)


MORE = """
#######
.#ooo#.
..#o#..
...#...
"""


def more():
    """4 frames 8x8: a cyan chevron that bobs down and back."""
    frames = []
    for dy, core in zip([1, 2, 3, 2], ["cyan", "ice", "cyan", "teal"]):
        f = pix.new(8, 8)
        pix.grid(f, 0, dy, MORE, {"#": "teal", "o": core})
        pix.px(f, 3, dy + 4 if dy + 4 < 8 else 7, "ink")  # a dark drop under the tip
        frames.append(f)
    return pix.strip(frames)


# ---- title logo ------------------------------------------------------------------------------

# Letters on a coarse grid, 4 px a module. '#' full, '.' empty; half-modules cut on the diagonal:
# r = lower-right half filled, l = lower-left, R = upper-right, L = upper-left.
LETTERS = {
    "L": ["#....", "#....", "#....", "#....", "#....", "#....", "#....", "R####"],
    "I": ["#", "#", "#", "#", "#", "#", "#", "#"],
    "Q": ["r###l.", "#...#.", "#...#.", "#...#.", "#...#.", "#.Rl#.", "#..R#l", "R####L"],
    "U": ["#...#", "#...#", "#...#", "#...#", "#...#", "#...#", "#...#", "R###L"],
    "D": ["####l", "#...#", "#...#", "#...#", "#...#", "#...#", "#...#", "####L"],
    "S": ["r####", "#....", "#....", "R###l", "....#", "....#", "....#", "####L"],
    "K": ["#...#", "#..rL", "#.rL.", "#rL..", "#Rl..", "#.Rl.", "#..Rl", "#...#"],
    "Y": ["#...#", "#...#", "Rl.rL", ".R#L.", "..#..", "..#..", "..#..", "..#.."],
    " ": ["..", "..", "..", "..", "..", "..", "..", ".."],
}
MODULE = 4


def _module_mask(kind: str) -> np.ndarray:
    j, i = np.mgrid[0:MODULE, 0:MODULE]  # j row, i column
    s = MODULE - 1
    return {
        "#": np.ones((MODULE, MODULE), bool),
        "r": i + j >= s,
        "l": j >= i,
        "R": i >= j,
        "L": i + j <= s,
    }[kind]


def _word_mask(word: str) -> np.ndarray:
    cols = []
    for n, ch in enumerate(word):
        rows = LETTERS[ch]
        w = len(rows[0])
        m = np.zeros((8 * MODULE, w * MODULE), bool)
        for gy, row in enumerate(rows):
            for gx, k in enumerate(row):
                if k != ".":
                    m[gy * MODULE:(gy + 1) * MODULE, gx * MODULE:(gx + 1) * MODULE] = _module_mask(k)
        cols.append(m)
        if n < len(word) - 1:
            cols.append(np.zeros((8 * MODULE, MODULE), bool))
    return np.concatenate(cols, axis=1)


def logo():
    """240x60 'LIQUID SKY': chrome-cut neon letters (ice-to-cyan sky over a magenta 'liquid'
    lower half), a violet extruded shadow, and a prism spectrum running out under the words."""
    w, h = 240, 60
    img = pix.new(w, h)
    mask = _word_mask("LIQUID SKY")
    mh, mw = mask.shape
    ox, oy = (w - mw) // 2 - 2, 8
    # extruded shadow: the letters stamped 1..4 px down-right
    for k in range(4, 0, -1):
        colour = "plum_dark" if k > 2 else "plum"
        sub = img[oy + k:oy + k + mh, ox + k:ox + k + mw]
        sub[mask] = pix.rgba(colour)
    # face: vertical bands, with a dark horizon cut at the middle and thin gaps below it
    bands = ["white", "ice", "ice", "cyan", "cyan", "cyan", "cyan", "sky", "sky", "sky",
             "teal", "sky", "blue", "blue", "navy", "black",
             "magenta", "magenta", "pink", "pink", "magenta", "magenta", "magenta", "plum",
             "magenta", "magenta", "plum", "magenta", "plum", "violet", "plum", "plum_dark"]
    for y in range(mh):
        row = img[oy + y, ox:ox + mw]
        row[mask[y]] = pix.rgba(bands[y])
    pix.outline(img, "black")
    # prism spectrum under the words, tapering to the right
    spectrum = ["red", "orange", "yellow", "acid", "cyan", "blue", "violet"]
    top = oy + mh + 7
    start = ox + 4
    for i, c in enumerate(spectrum):
        pix.rect(img, start + 6 * i, top + i, w - 16 - (start + 6 * i), 1, c)
    # the beam coming in, white, and a tiny prism where it splits
    pix.rect(img, 6, top + 3, start - 6 - 6, 1, "white")
    tri = pix.new(11, 11)
    for k in range(11):  # a small glass prism, point up, where the beam splits
        half = k // 2
        pix.rect(tri, 5 - half, k, 2 * half + 1, 1, "glass_light" if k < 10 else "ice")
        pix.px(tri, 5 - half, k, "ice")
        pix.px(tri, 5 + half, k, "white")
    pix.rect(tri, 0, 10, 11, 1, "ice")
    sub = img[top - 4:top + 7, start - 6:start + 5]
    sub[tri[..., 3] > 0] = tri[tri[..., 3] > 0]
    return img


# ---- chapter card ----------------------------------------------------------------------------


def _night_sky(img, steps: list[str], stars: int, star_rows: int, seed: int) -> None:
    """A top-to-bottom gradient through `steps`, ordered-dithered 2x2 between neighbouring bands,
    and cold stars in the upper rows."""
    h, w = img.shape[:2]
    last = len(steps) - 1
    for y in range(h):
        t = y / (h - 1) * last
        lo = int(t)
        frac = t - lo
        for x in range(w):
            thresh = [0.125, 0.625, 0.875, 0.375][(y % 2) * 2 + (x % 2)]
            img[y, x] = pix.rgba(steps[min(lo + (1 if frac > thresh else 0), last)])
    rng = np.random.default_rng(seed)
    for _ in range(stars):
        x, y = int(rng.integers(16, w - 16)), int(rng.integers(16, star_rows))
        pix.px(img, x, y, str(rng.choice(["grey", "ice", "lilac", "grey_light"])))


def _city(img, top: int, key: str, landmarks: dict[str, int], s: int, lit: list | None = None) -> None:
    """The shared Manhattan skyline (tools/art/skyline.py) from row `top` to the bottom."""
    h, w = img.shape[:2]
    skyline.panorama(lambda x, y, c: pix.px(img, x, top + y, c), w, h - top, key, landmarks, s, lit)


def card():
    """480x270: black-to-night sky, a neon frame, a thin skyline with a few lit windows along
    the bottom. The middle stays dark so the 'Chapter N / Title' text reads."""
    w, h = 480, 270
    img = pix.new(w, h)
    _night_sky(img, ["black", "ink", "night", "night_mid"], 70, 150, 1983)
    _city(img, h - 64, "card", {"empire_state": 392}, 1)
    # the neon frame: magenta outer line, cyan inner line, chamfered corners
    for inset, c in ((10, "magenta"), (13, "cyan")):
        cut = 10
        x0, y0, x1, y1 = inset, inset, w - 1 - inset, h - 1 - inset
        pix.line(img, x0 + cut, y0, x1 - cut, y0, c)
        pix.line(img, x0 + cut, y1, x1 - cut, y1, c)
        pix.line(img, x0, y0 + cut, x0, y1 - cut, c)
        pix.line(img, x1, y0 + cut, x1, y1 - cut, c)
        pix.line(img, x0, y0 + cut, x0 + cut, y0, c)
        pix.line(img, x1 - cut, y0, x1, y0 + cut, c)
        pix.line(img, x0, y1 - cut, x0 + cut, y1, c)
        pix.line(img, x1 - cut, y1, x1, y1 - cut, c)
    # a short acid-green rule where the chapter number sits above the title
    pix.rect(img, w // 2 - 40, 118, 80, 1, "acid")
    pix.rect(img, w // 2 - 44, 118, 2, 1, "acid")
    pix.rect(img, w // 2 + 42, 118, 2, 1, "acid")
    return img


# ---- the title's city ------------------------------------------------------------------------

SKYLINE_TOP = 64  # the title's city rises from here; the logo and the craft's light sit above it


def title_skyline() -> tuple[np.ndarray, list]:
    """480x270 behind the title: the night over Manhattan, the Empire State Building to the west,
    the Twin Towers to the east, the menu's column between them. Also some near windows (x, y,
    wall colour) for the title to switch off and on."""
    img = pix.new(480, 270)
    _night_sky(img, ["black", "ink", "night", "plum_dark", "night_mid"], 60, 110, 1983)
    lit: list = []
    _city(img, SKYLINE_TOP, "title", {"empire_state": 78, "twin_towers": 366}, 2, lit)
    rng = np.random.default_rng(83)
    chosen = sorted(int(i) for i in rng.choice(len(lit), size=min(40, len(lit)), replace=False))
    return img, [[lit[i][0], SKYLINE_TOP + lit[i][1], lit[i][2]] for i in chosen]


# ---- journal page ----------------------------------------------------------------------------


def journal():
    """320x200 open notebook (Johann's): two ruled pages on a leather cover, spiral rings down the
    spine, a red margin, a faint coffee ring. Text goes on the pages in dark ink."""
    w, h = 320, 200
    img = pix.new(w, h)
    pix.rect(img, 0, 2, w, h - 2, "leather")
    pix.rect(img, 2, 0, w - 4, h, "leather")
    pix.frame(img, 1, 1, w - 2, h - 2, "brown_dark")
    for side in (0, 1):
        x0 = 8 if side == 0 else w // 2 + 4
        pw = w // 2 - 12
        pix.rect(img, x0 + 1, 8, pw, h - 15, "tan")  # page edge shadow
        pix.rect(img, x0, 6, pw, h - 14, "bleach")
        for y in range(22, h - 14, 12):  # 12 px apart: the body font line height
            pix.rect(img, x0 + 4, y, pw - 8, 1, "lilac")
        mx = x0 + 16 if side == 0 else x0 + 14
        pix.rect(img, mx, 6, 1, h - 14, "pink")
        # page number stub: a tiny grey rule at the bottom corner
        pix.rect(img, (x0 + pw - 14) if side else x0 + 6, h - 14, 8, 1, "grey_light")
    # spiral binding
    cx = w // 2
    pix.rect(img, cx - 4, 6, 8, h - 14, "brown_dark")
    for y in range(12, h - 12, 8):
        pix.rect(img, cx - 6, y, 12, 2, "steel")
        pix.rect(img, cx - 6, y + 2, 12, 1, "steel_dark")
        pix.px(img, cx - 6, y, "grey_light")
    # coffee ring on the right page, broken so it reads as a stain not a shape
    ys, xs = np.mgrid[0:h, 0:w]
    d = np.sqrt((xs - 262) ** 2 + (ys - 158) ** 2)
    ring_mask = (d > 13) & (d <= 14.2) & ((xs + ys) % 7 != 0) & (ys < 186)
    img[ring_mask] = pix.rgba("blonde")
    # a corner clip
    pix.rect(img, w - 30, 3, 6, 14, "steel_dark")
    pix.rect(img, w - 29, 4, 4, 12, "steel")
    return img


SLICES = {
    "box": {"size": [24, 24], "border": 8},
    "box_contrast": {"size": [24, 24], "border": 8},
    "nameplate": {"size": [24, 16], "border": 6, "note": "stretch horizontally; height 16"},
    "panel": {"size": [24, 24], "border": 8},
}


def build(out: Path) -> None:
    for name, fn in [("box", box), ("box_contrast", box_contrast), ("nameplate", nameplate),
                     ("panel", panel), ("cursor", cursor), ("more", more), ("logo", logo),
                     ("card", card), ("journal", journal)]:
        pix.save(fn(), out / f"{name}.png")
    city, windows = title_skyline()
    pix.save(city, out / "skyline.png")
    index = {
        "nine_slice": SLICES,
        "strips": {"cursor": {"frame": [8, 8], "count": 4}, "more": {"frame": [8, 8], "count": 4}},
        "images": {"logo": [240, 60], "card": [480, 270], "journal": [320, 200], "skyline": [480, 270]},
        "skyline_windows": windows,
        "font_tint": "glyphs are palette white; tint exactly with fill((0,0,0), BLEND_RGB_MULT) "
                     "then fill(colour, BLEND_RGB_ADD)",
    }
    (out / "ui.json").write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
