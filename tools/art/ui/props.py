"""Props for the maps and cutscenes: Johann's telescope (and, small, as the penthouse sees it in
Sylvia's window) and notebook, the photo-shoot set (camera on tripod, flash umbrella with a flash
frame, backdrop), the crystal in a hand and the payphone receiver. Drawn with the primitives in
pix.py; every prop near enough to walk past gets a black outline so it reads on the dark night
tiles. index.json gives each file's frame size and count."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tools.art.ui import pix


def _tripod(img, cx, top, bottom, wood=True):
    """Three legs from a head at (cx, top) to the ground at `bottom`."""
    leg, foot = ("wood", "brown") if wood else ("steel", "steel_dark")
    spread = (bottom - top) // 3
    pix.line(img, cx, top, cx - spread, bottom, leg)
    pix.line(img, cx, top, cx + spread, bottom, leg)
    pix.line(img, cx, top, cx, bottom - 1, "brown" if wood else "steel_dark")  # the back leg
    for x in (cx - spread, cx + spread):
        pix.px(img, x, bottom, foot)
    pix.rect(img, cx - 1, top - 1, 3, 2, "steel_dark")


def telescope() -> np.ndarray:
    """16x32: a brass refractor on a wooden tripod, aimed up to the right."""
    f = pix.new(16, 32)
    _tripod(f, 8, 16, 30)
    # tube: a 3-wide band on the diagonal, lit from the top-left
    for i in range(11):
        y, x = 3 + i, 12 - i
        pix.px(f, x, y, "yellow")
        pix.px(f, x + 1, y, "amber")
        pix.px(f, x + 1, y + 1, "brown")
        pix.px(f, x, y + 1, "amber")
    # brass bands and the dew cap at the front
    for i in (2, 6):
        pix.px(f, 12 - i, 3 + i, "brown")
        pix.px(f, 13 - i, 3 + i, "brown_dark")
    pix.rect(f, 12, 1, 3, 3, "brown_dark")
    pix.px(f, 13, 2, "glass_light")
    pix.px(f, 14, 1, "ice")
    # eyepiece at the back, bent down for an old man's neck
    pix.rect(f, 1, 14, 2, 2, "grey_dark")
    pix.px(f, 0, 16, "black")
    # the mount joining tube and tripod
    pix.rect(f, 7, 9, 2, 7, "steel_dark")
    pix.px(f, 7, 9, "steel")
    pix.outline(f, "black")
    return f


def telescope_far() -> np.ndarray:
    """16x16: the same telescope as the penthouse sees it across the street, small against Sylvia's
    lit window: a dark tube on its tripod and a glint of brass, no outline (it is far off)."""
    f = pix.new(16, 16)
    pix.line(f, 8, 9, 6, 15, "brown_dark")
    pix.line(f, 8, 9, 10, 15, "brown_dark")
    pix.line(f, 8, 9, 8, 14, "black")
    pix.line(f, 4, 11, 11, 6, "black")
    pix.px(f, 11, 6, "yellow")
    pix.px(f, 7, 8, "amber")
    return f


def notebook() -> np.ndarray:
    """16x16: Johann's notebook lying shut, seen from above, elastic strap and a pencil."""
    f = pix.new(16, 16)
    pix.rect(f, 2, 3, 11, 11, "brown_dark")
    pix.rect(f, 3, 3, 10, 10, "brown")
    pix.rect(f, 13, 4, 1, 10, "bleach")  # page edges
    pix.rect(f, 3, 13, 10, 1, "tan")
    pix.rect(f, 10, 3, 1, 11, "black")  # strap
    pix.rect(f, 4, 5, 4, 1, "tan")  # a label
    pix.rect(f, 4, 6, 3, 1, "tan")
    for i in range(7):  # pencil across the corner
        pix.px(f, 5 + i, 12 - i, "yellow")
        pix.px(f, 6 + i, 12 - i, "amber")
    pix.px(f, 12, 5, "skin")
    pix.px(f, 13, 4, "black")
    pix.outline(f, "black")
    return f


def camera_tripod() -> np.ndarray:
    """16x32: the photographer's 35 mm camera on a steel tripod, lens to the left."""
    f = pix.new(16, 32)
    _tripod(f, 8, 17, 30, wood=False)
    pix.rect(f, 7, 14, 2, 4, "steel_dark")  # centre column
    pix.rect(f, 5, 9, 9, 5, "grey_dark")  # body
    pix.rect(f, 5, 9, 9, 1, "steel")  # top plate
    pix.rect(f, 8, 7, 3, 2, "grey_dark")  # prism hump
    pix.px(f, 9, 7, "steel")
    pix.rect(f, 1, 10, 4, 3, "black")  # lens
    pix.px(f, 1, 11, "glass_light")
    pix.px(f, 2, 11, "glass")
    pix.px(f, 12, 10, "red")  # the ready light
    pix.rect(f, 10, 5, 3, 2, "grey_light")  # flash on the hot shoe
    pix.px(f, 10, 5, "white")
    pix.outline(f, "black")
    return f


def umbrella(flash: bool) -> np.ndarray:
    """32x32: a reflector umbrella on a stand, turned to the set; flash=True is the frame
    where the strobe fires (hot white canopy and a burst)."""
    f = pix.new(32, 32)
    # stand
    pix.line(f, 16, 18, 16, 29, "steel_dark")
    pix.line(f, 16, 26, 11, 31, "steel_dark")
    pix.line(f, 16, 26, 21, 31, "steel_dark")
    # canopy: the inside of a dome, seen at three-quarters
    ys, xs = np.mgrid[0:32, 0:32]
    dome = ((xs - 15.5) / 12.5) ** 2 + ((ys - 12) / 9.5) ** 2 <= 1.0
    dome &= ys <= 14
    inside = "white" if flash else "grey_light"
    f[dome] = pix.rgba(inside)
    rim = dome & ~(np.roll(dome, 1, 0) & np.roll(dome, -1, 0) & np.roll(dome, 1, 1) & np.roll(dome, -1, 1))
    f[rim] = pix.rgba("grey" if not flash else "ice")
    for x in (6, 11, 16, 21, 26):  # ribs converging on the shaft
        pix.line(f, x, 5 if x in (11, 16, 21) else 8, 16, 15, "grey" if not flash else "grey_light")
    pix.rect(f, 3, 14, 26, 1, "grey_dark")  # the canopy edge, nearest us
    # shaft and the strobe head
    pix.line(f, 16, 14, 16, 19, "steel")
    pix.rect(f, 14, 16, 5, 4, "grey_dark")
    pix.rect(f, 14, 15, 5, 1, "white" if flash else "grey")
    pix.outline(f, "black")
    if flash:  # burst rays around the canopy, drawn after the outline: they are light
        for (x0, y0, x1, y1) in [(16, 1, 16, -2), (4, 4, 1, 1), (27, 4, 30, 1),
                                 (2, 10, 0, 10), (29, 10, 31, 10), (9, 1, 8, -1), (22, 1, 23, -1)]:
            pix.line(f, x0, y0, x1, y1, "yellow")
        pix.px(f, 16, 0, "white")
    return f


def backdrop() -> np.ndarray:
    """48x32: a paper backdrop on two stands, magenta with a New Wave print of a cyan triangle,
    a yellow zigzag and black squares; it sweeps forward onto the floor."""
    f = pix.new(48, 32)
    for x in (1, 46):
        pix.rect(f, x, 1, 1, 30, "steel_dark")
        pix.line(f, x, 27, x - 1, 31, "steel_dark")
        pix.line(f, x, 27, x + 1, 31, "steel_dark")
    pix.rect(f, 0, 1, 48, 1, "steel")  # crossbar
    pix.rect(f, 3, 0, 42, 3, "grey_dark")  # the roll
    pix.rect(f, 3, 0, 42, 1, "grey")
    pix.rect(f, 3, 3, 42, 24, "magenta")
    pix.rect(f, 3, 27, 42, 4, "pink")  # the sweep on the floor, lit
    pix.rect(f, 3, 26, 42, 1, "plum")
    for i in range(12):  # cyan triangle
        pix.rect(f, 8 + i // 2, 8 + i, 12 - i, 1, "cyan")
    for k in range(6):  # yellow zigzag
        x = 22 + k * 3
        pix.line(f, x, 18, x + 1, 15, "yellow")
        pix.line(f, x + 1, 15, x + 3, 18, "yellow")
    for (x, y) in [(34, 6), (38, 10), (32, 11)]:
        pix.rect(f, x, y, 3, 3, "black")
    pix.rect(f, 3, 3, 1, 24, "plum")  # fold shadow at the edges
    pix.rect(f, 44, 3, 1, 24, "plum")
    pix.outline(f, "black")
    return f


def crystal_hand() -> np.ndarray:
    """16x16: an open hand holding out the crystal taken from a body (cutscene close-up)."""
    f = pix.new(16, 16)
    pix.grid(f, 0, 0, """
................
.......w........
......wic.......
......wic.......
.....wiict......
.....wiict......
...s.liict.s....
..ss.lviit.ss...
..sss.lvvt.sss..
..ssssSsSsSssS..
..sssssssssssS..
...ssssssssssS..
....sssssssSS...
.....SSSSSSS....
......SSSSS.....
......SSSSS.....
""", {"w": "white", "i": "ice", "c": "cyan", "t": "teal", "l": "lilac", "v": "violet",
      "s": "skin", "S": "skin_mid"})
    pix.outline(f, "black")
    return f


def receiver() -> np.ndarray:
    """16x16: the payphone's receiver off the hook, its armoured cord coiling away."""
    f = pix.new(16, 16)
    pix.grid(f, 0, 0, """
................
.DDDD...........
DggggD..........
DgDDgD..........
.DDDDDD.........
.....DDD........
......DDD.......
.......DDD......
........DDDD....
.........DggD...
........DgDDgD..
........DggggD..
.........DDDD...
..............s.
.............s.s
..............s.
""", {"D": "grey_dark", "g": "grey", "s": "steel"})
    pix.outline(f, "black")
    return f


def build(out: Path) -> None:
    sheets = {
        "telescope": ([telescope()], [16, 32]),
        "telescope_far": ([telescope_far()], [16, 16]),
        "notebook": ([notebook()], [16, 16]),
        "camera_tripod": ([camera_tripod()], [16, 32]),
        "umbrella": ([umbrella(False), umbrella(True)], [32, 32]),
        "backdrop": ([backdrop()], [48, 32]),
        "crystal_hand": ([crystal_hand()], [16, 16]),
        "receiver": ([receiver()], [16, 16]),
    }
    index = {}
    for name, (frames, size) in sheets.items():
        pix.save(pix.strip(frames), out / f"{name}.png")
        index[name] = {"frame": size, "count": len(frames)}
    index["umbrella"]["frames"] = {"idle": 0, "flash": 1}
    (out / "index.json").write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
