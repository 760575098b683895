"""Effects: the alien, its craft, the crystal, the vaporise effect, a light glow and a sparkle.

The alien's prism light is the one thing in the game allowed off the palette: the alien,
the prism pixels of the vaporise effect and the alien glimpsed in the UFO dome use free hues
(`prism`). Everything else is palette colours. index.json lists every strip.
"""

from __future__ import annotations

import colorsys
import json
import math
from pathlib import Path

import numpy as np

from tools.art.ui import pix


def prism(hue: float, sat: float = 0.75, val: float = 1.0, alpha: int = 255):
    r, g, b = colorsys.hsv_to_rgb(hue % 1.0, sat, val)
    return (round(r * 255), round(g * 255), round(b * 255), alpha)


# ---- the alien -------------------------------------------------------------------------------

ALIEN_FRAMES = 8


def alien_frame(t: int, size: int = 16) -> np.ndarray:
    """A wobbling blob: radius rippled by two slow sine waves, hue running round its edge and
    drifting with time, a white-hot core, and a thin translucent halo."""
    f = pix.new(size, size)
    phase = t / ALIEN_FRAMES * 2 * math.pi
    c = (size - 1) / 2
    for y in range(size):
        for x in range(size):
            dx, dy = x - c, y - c + 0.5
            a = math.atan2(dy, dx)
            d = math.hypot(dx, dy)
            r = 5.0 + 0.9 * math.sin(3 * a + phase) + 0.6 * math.sin(2 * a - 2 * phase)
            if d <= r:
                hue = a / (2 * math.pi) + t / ALIEN_FRAMES + d / 18
                edge = d / r
                if edge < 0.3:
                    f[y, x] = (255, 255, 255, 255)
                elif edge < 0.6:
                    f[y, x] = prism(hue, 0.2)
                elif edge < 0.85:
                    f[y, x] = prism(hue, 0.55)
                else:
                    f[y, x] = prism(hue, 0.75, 0.85)
            elif d <= r + 1.2:
                f[y, x] = prism(a / (2 * math.pi) + t / ALIEN_FRAMES + 0.5, 0.9, 1.0, 110)
    # one dark speck drifting round the core: something in there is looking back
    ex = int(round(c + 1.4 * math.cos(phase)))
    ey = int(round(c + 0.5 + 1.0 * math.sin(phase)))
    f[ey, ex] = (*pix.PAL["ink"], 255)
    return f


def alien() -> np.ndarray:
    return pix.strip([alien_frame(t) for t in range(ALIEN_FRAMES)])


# ---- the UFO ---------------------------------------------------------------------------------

# The hull, row by row: (row, half-width, fill, rim). Centred on x = 17.5 of a 36x16 canvas.
HULL = [
    (4, 10, "steel", "steel_dark"),
    (5, 14, "grey_light", "steel_dark"),
    (6, 16, "grey_light", "steel"),
    (7, 17, "magenta", "plum"),  # a neon pin-stripe round the rim
    (8, 18, "steel", "steel_dark"),  # the lights row
    (9, 17, "steel_dark", "grey_dark"),
    (10, 14, "grey_dark", "grey_dark"),
    (11, 10, "grey_dark", "leather"),
]
LIGHTS = list(range(3, 34, 4))  # x of the rim lights
LIGHT_CYCLE = ["magenta", "cyan", "yellow", "acid"]
UFO_W, UFO_H = 48, 24


def _saucer(t: int, lights_on: bool = True, legs: int = 0, dome_alien: bool = True) -> np.ndarray:
    """The saucer on a 36x16 canvas: glass dome, hull, rim lights chasing with t, legs out by
    `legs` pixels (0..3), and a teal glow under the hull."""
    s = pix.new(36, 16)
    for lx in (9, 26):
        for k in range(legs):
            pix.px(s, lx, 12 + k, "steel_dark")
        if legs:
            pix.rect(s, lx - 1, 12 + legs, 3, 1, "steel")
    for row, hw, fill, rim in HULL:
        pix.rect(s, 18 - hw, row, 2 * hw, 1, fill)
        pix.px(s, 18 - hw, row, rim)
        pix.px(s, 17 + hw, row, rim)
    # the dome: dark glass, a steel frame, an ice highlight on its upper right
    pix.rect(s, 14, 0, 8, 1, "steel_dark")
    pix.rect(s, 13, 1, 10, 3, "steel_dark")
    pix.rect(s, 14, 1, 8, 3, "glass_dark")
    pix.rect(s, 19, 1, 2, 1, "ice")
    pix.px(s, 20, 2, "glass_light")
    if dome_alien:
        s[2, 17] = prism(t / 4)
        s[2, 18] = prism(t / 4 + 0.15)
        s[3, 17] = prism(t / 4 + 0.3, 0.3)
    if lights_on:
        for i, lx in enumerate(LIGHTS):
            pix.px(s, lx, 8, LIGHT_CYCLE[(i + t) % 4])
    pix.outline(s, "black")
    pix.rect(s, 13, 13 if not legs else 12, 10, 1, "teal")
    return s


def _place(canvas, sprite, x, y):
    h, w = sprite.shape[:2]
    for j in range(h):
        for i in range(w):
            if sprite[j, i, 3] and 0 <= y + j < canvas.shape[0] and 0 <= x + i < canvas.shape[1]:
                canvas[y + j, x + i] = sprite[j, i]


BAYER4 = [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]


def _beam(f, top, strength, cx=24):
    """A tractor-beam cone under the hull, ordered-dithered so it fades with palette colours
    only: ice in the core, cyan, teal at the edges, thinning out towards the ground."""
    for y in range(max(top, 0), UFO_H):
        k = y - top
        half = 2 + k * 0.7
        for x in range(int(cx - half), int(cx + half) + 1):
            if not (0 <= x < UFO_W) or f[y, x, 3]:
                continue
            across = abs(x + 0.5 - cx) / half
            level = strength * (1.0 - k / 16) * (1.0 - 0.5 * across)
            if level * 16 > BAYER4[y % 4][x % 4] + 0.5:
                pix.px(f, x, y, "ice" if across < 0.3 and level > 0.6 else
                       "cyan" if across < 0.7 else "teal")


def ufo() -> tuple[np.ndarray, dict]:
    frames = []
    # idle: hovering, lights chasing round the rim, a 1 px bob
    for t in range(4):
        f = pix.new(UFO_W, UFO_H)
        _place(f, _saucer(t), 6, 4 + (1 if t in (1, 2) else 0))
        frames.append(f)
    # landing: drops in from above on its beam, legs come out, beam dies
    for t, (y, legs, beam) in enumerate([(-6, 0, 1.0), (0, 0, 0.9), (4, 2, 0.6), (8, 3, 0.0)]):
        f = pix.new(UFO_W, UFO_H)
        if beam:
            _beam(f, y + 12, beam)
        _place(f, _saucer(t, legs=legs), 6, y)
        frames.append(f)
    # take-off: legs in, glow under the hull, then up and out with speed streaks
    for t, (y, legs, streak) in enumerate([(8, 2, 0), (5, 0, 0), (-2, 0, 4), (-10, 0, 8)]):
        f = pix.new(UFO_W, UFO_H)
        if streak:
            for sx in (8, 15, 22, 29, 36):
                pix.rect(f, sx, max(y + 14, 0), 1, streak, "cyan" if sx % 2 else "lilac")
        _place(f, _saucer(t, legs=legs), 6, y)
        if t == 1:
            pix.rect(f, 14, y + 13, 20, 1, "cyan")
            pix.rect(f, 18, y + 14, 12, 1, "teal")
        frames.append(f)
    # landed: standing on its legs where the landing left it, the rim lights chasing and the
    # alien turning in the dome; the light it throws on the roof is the game's (a prism glow)
    for t in range(4):
        f = pix.new(UFO_W, UFO_H)
        _place(f, _saucer(t, legs=3), 6, 8)
        frames.append(f)
    meta = {"frame": [UFO_W, UFO_H], "count": len(frames), "animations": {
        "idle": {"first": 0, "count": 4, "loop": True},
        "landing": {"first": 4, "count": 4, "loop": False},
        "takeoff": {"first": 8, "count": 4, "loop": False},
        "landed": {"first": 12, "count": 4, "loop": True},
    }}
    return pix.strip(frames), meta


# ---- crystal ---------------------------------------------------------------------------------

CRYSTAL = """
...w....
...wi...
..wic...
..wict..
..wict..
.wiicct.
.wiicct.
.wiicct.
.liicct.
.liicct.
..lvict.
..lvvt..
...vv...
..SSSS..
.SsSSsS.
........
"""


def crystal() -> np.ndarray:
    """4 frames 8x16: a shard on a little rubble base; a glint runs up its lit edge and flares."""
    frames = []
    key = {"w": "white", "i": "ice", "c": "cyan", "t": "teal", "l": "lilac", "v": "violet",
           "S": "steel_dark", "s": "grey"}
    glints = [(1, 9), (1, 6), (2, 3), (3, 0)]
    for t, (gx, gy) in enumerate(glints):
        f = pix.new(8, 16)
        pix.grid(f, 0, 0, CRYSTAL, key)
        pix.px(f, gx, gy, "white")
        pix.px(f, gx + 1, gy, "white")
        if t == 3:  # the flare at the tip
            for dx, dy in ((-1, 1), (1, 1), (0, 2)):
                pix.px(f, gx + dx, gy + dy, "white")
            pix.px(f, 5, 1, "ice")
            pix.px(f, 1, 1, "ice")
        frames.append(f)
    return pix.strip(frames)


# ---- vaporise --------------------------------------------------------------------------------

FIGURE = """
....#.##.#....
....######....
....######....
....######....
....######....
....######....
.....####.....
......##......
..##########..
.############.
.############.
.###.####.###.
.###.####.###.
.###.####.###.
.##..####..##.
.##..####..##.
.##..####..##.
.##.######.##.
....######....
....######....
....######....
....##..##....
....##..##....
....##..##....
....##..##....
....##..##....
....##..##....
....##..##....
....##..##....
....##..##....
....##..##....
....##..##....
...###..###...
...###..###...
"""
VAPE_FRAMES = 10


def vaporise() -> np.ndarray:
    """10 frames 32x48: a person-sized silhouette lit white, shot through with prism colour,
    then coming apart from the feet up into rising prism motes until only a few remain."""
    base = np.zeros((48, 32), bool)
    rows = FIGURE.strip("\n").splitlines()
    top, left = 47 - len(rows), (32 - len(rows[0])) // 2  # feet on the bottom row
    for j, row in enumerate(rows):
        for i, ch in enumerate(row):
            if ch == "#":
                base[top + j, left + i] = True
    rng = np.random.default_rng(30)  # beat 30
    order = rng.random((48, 32))  # when each pixel leaves
    ys = np.arange(48)[:, None] / 47.0
    leave = 1.0 - (0.55 * order + 0.45 * (1.0 - ys))  # leaves when leave > 1 - cut: feet first
    frames = []
    for t in range(VAPE_FRAMES):
        f = pix.new(32, 48)
        p = t / (VAPE_FRAMES - 1)
        cut = p * 1.15 - 0.05  # fraction of the body gone
        for y in range(48):
            for x in range(32):
                if not base[y, x]:
                    continue
                if leave[y, x] > 1 - cut:
                    continue
                if t == 0:
                    colour = pix.rgba("ice" if (x + y) % 5 else "white")
                else:
                    hue = (y / 48.0) + x / 64.0 + t * 0.09
                    sat = 0.15 + 0.7 * p if (x * 7 + y * 3) % 4 else 0.05
                    colour = prism(hue, sat)
                f[y, x] = colour
        # motes: pixels that already left, drifting upward by how long ago they left
        gone = base & (leave > 1 - cut)
        gy, gx = np.nonzero(gone)
        for y, x in zip(gy, gx):
            age = (cut - (1 - leave[y, x])) * 40
            if (x + y * 3) % 3:
                continue  # only a third of the pixels become visible motes
            ny = int(y - age * 1.6)
            nx = int(x + math.sin(y * 0.7 + t) * 2)
            if 0 <= ny < 48 and 0 <= nx < 32 and age < 14:
                f[ny, nx] = prism(y / 48.0 + t * 0.11, 0.6, 1.0, 255 if age < 8 else 140)
        # an outline of light while the body still stands
        if t < 6:
            body = f[..., 3] == 255
            halo = np.zeros_like(body)
            for dy, dx in ((0, 1), (0, -1), (1, 0), (-1, 0)):
                halo |= np.roll(np.roll(body, dy, 0), dx, 1)
            halo &= ~(f[..., 3] > 0)
            f[halo] = prism(0.5 + t * 0.13, 0.5, 1.0, 150)
        frames.append(f)
    return pix.strip(frames)


# ---- glow and sparkle ------------------------------------------------------------------------


def glow() -> np.ndarray:
    """64x64 palette white with a smooth radial falloff in alpha, to add for light sources."""
    f = pix.new(64, 64)
    ys, xs = np.mgrid[0:64, 0:64]
    d = np.hypot(xs - 31.5, ys - 31.5) / 32.0
    a = np.clip(1.0 - d, 0.0, 1.0) ** 2
    f[..., :3] = pix.PAL["white"]
    f[..., 3] = np.round(a * 255).astype(np.uint8)
    f[f[..., 3] == 0] = 0
    return f


SPARKLE = [
    ["........", "........", "........", "...w....", "........", "........", "........", "........"],
    ["........", "........", "...c....", "..cwc...", "...c....", "........", "........", "........"],
    ["...c....", "...i....", "...w....", "ciwwwic.", "...w....", "...i....", "...c....", "........"],
    ["........", "...c....", "..i.i...", ".c.w.c..", "..i.i...", "...c....", "........", "........"],
    ["........", "........", "..c.c...", "........", "..c.c...", "........", "........", "........"],
]


def sparkle() -> np.ndarray:
    frames = []
    for rows in SPARKLE:
        f = pix.new(8, 8)
        pix.grid(f, 0, 0, "\n".join(rows), {"w": "white", "i": "ice", "c": "cyan"})
        frames.append(f)
    return pix.strip(frames)


def build(out: Path) -> None:
    ufo_img, ufo_meta = ufo()
    sheets = {
        "alien": (alien(), [16, 16]),
        "ufo": (ufo_img, [UFO_W, UFO_H]),
        "crystal": (crystal(), [8, 16]),
        "vaporise": (vaporise(), [32, 48]),
        "glow": (glow(), [64, 64]),
        "sparkle": (sparkle(), [8, 8]),
    }
    index = {}
    for name, (img, frame) in sheets.items():
        pix.save(img, out / f"{name}.png")
        index[name] = {"frame": frame, "count": img.shape[1] // frame[0]}
    index["ufo"]["animations"] = ufo_meta["animations"]
    # the prism light the game throws round the craft wherever it stands (its hue turns)
    index["ufo"]["light"] = {"colour": "prism", "radius": 40, "strength": 0.3}
    # the tiles its body stands on (wide, deep), centred on its own: a solid prop blocks them all
    index["ufo"]["footprint"] = [3, 1]
    # the vaporise effect plays once and stays on its last (empty) frame
    index["vaporise"]["animations"] = {"idle": {"first": 0, "count": index["vaporise"]["count"], "loop": False}}
    (out / "index.json").write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    (out / "ufo.json").write_text(json.dumps(ufo_meta, indent=1) + "\n", encoding="utf-8")
