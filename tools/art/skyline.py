"""Manhattan, 1983, at night: a skyline in three layers of depth with its landmarks.

Shared by the tiles (the rooftop's and the observation deck's view) and the title screen, so the
city looks the same everywhere. It draws through a `put(x, y, colour_name)` callback, in palette
names only, so each kit (tiles' Canvas, the UI's numpy pixels) draws it its own way.

Far layer: hazy towers in night_high with few lights; the Empire State Building (setbacks, the
floodlit crown, the mast) and the Twin Towers (pinstriped, the north tower's antenna) stand in it.
Middle layer: night-blue blocks with amber windows. Near layer: black roofs close by, more windows
lit, and the wooden water towers on their legs that every roof in the city carries.
"""

from __future__ import annotations

import random
from typing import Callable

Put = Callable[[int, int, str], None]

# (body colour, window colours, chance a window is lit, tops as fractions of the height)
LAYERS = {
    "far": ("night_high", ("dusk", "lilac"), 0.06, (0.40, 0.68)),
    "mid": ("night", ("amber", "sodium", "dusk"), 0.16, (0.52, 0.78)),
    "near": ("black", ("sodium", "yellow", "amber", "bleach"), 0.3, (0.66, 0.88)),
}


def _rect(put: Put, w: int, h: int, x0: int, y0: int, rw: int, rh: int, c: str) -> None:
    for y in range(max(0, y0), min(h, y0 + rh)):
        for x in range(max(0, x0), min(w, x0 + rw)):
            put(x, y, c)


def _windows(put: Put, r: random.Random, w: int, h: int, bx: int, top: int, bw: int, layer: str, s: int,
             lit_pixels: list | None) -> None:
    body, lights, chance, _ = LAYERS[layer]
    for wy in range(top + 2 * s, h, 3 * s):
        for wx in range(bx + s, bx + bw - s, 2 * s):
            if r.random() < chance and 0 <= wx < w:
                c = r.choice(lights)
                _rect(put, w, h, wx, wy, s, s + s // 2, c)
                if lit_pixels is not None and layer == "near":
                    lit_pixels.append((wx, wy, body))


def _water_tower(put: Put, w: int, h: int, x: int, roof: int, s: int) -> None:
    """A wooden tank on legs, a conical cap: 5 x 8 pixels at scale 1."""
    legs = 2 * s
    tank = 4 * s
    y = roof - legs - tank
    _rect(put, w, h, x, roof - legs, s, legs, "black")
    _rect(put, w, h, x + 4 * s, roof - legs, s, legs, "black")
    _rect(put, w, h, x + s, roof - legs, 3 * s, max(1, s // 2), "black")  # the cross brace
    _rect(put, w, h, x, y, 5 * s, tank, "black")
    _rect(put, w, h, x + s, y - s, 3 * s, s, "black")
    _rect(put, w, h, x + 2 * s, y - 2 * s, s, s, "black")


def empire_state(put: Put, w: int, h: int, cx: int, s: int, body: str = "night_high") -> None:
    """Setbacks narrowing to the floodlit crown, the mast, and the spire with its red light."""
    steps = [(0.5, 16), (0.38, 12), (0.28, 9), (0.22, 6)]  # (top as a fraction of h, width at scale 1)
    for top, width in steps:
        y = round(h * top)
        _rect(put, w, h, cx - width * s // 2, y, width * s, h - y, body)
    crown = round(h * 0.22)
    for i, c in enumerate(("white", "ice", "ice", "sky")):  # the lit top floors
        _rect(put, w, h, cx - 3 * s + s, crown + i * s, 4 * s, s, c)
    mast = round(h * 0.14)
    _rect(put, w, h, cx - s, mast, 2 * s, crown - mast, "steel_dark")
    _rect(put, w, h, cx - s, mast, 2 * s, s, "grey")
    tip = round(h * 0.02)
    _rect(put, w, h, cx, tip, max(1, s // 2) or 1, mast - tip, "grey_dark")
    put(cx, tip, "red") if 0 <= cx < w and 0 <= tip < h else None
    for x in range(cx - 7 * s, cx + 8 * s, 2 * s):  # the piers' window strips, a few lit
        for y in range(round(h * 0.6), h, 3 * s):
            if (x * 7 + y * 3) % 11 == 0 and 0 <= x < w:
                _rect(put, w, h, x, y, s, s, "lilac")


def twin_towers(put: Put, w: int, h: int, x0: int, s: int, body: str = "night_high") -> None:
    """Two flat-topped slabs, pinstriped, side by side; the north tower carries the antenna."""
    top = round(h * 0.1)
    tw, gap = 7 * s, 2 * s
    for k, x in enumerate((x0, x0 + tw + gap)):
        t = top + (s if k else 0)  # seen at an angle: the south tower sits a touch lower
        _rect(put, w, h, x, t, tw, h - t, body)
        for col in range(x + s, x + tw - s, 2 * s):  # the steel piers catch the city's glow
            _rect(put, w, h, col, t + s, max(1, s // 2), h - t - s, "dusk")
        for y in range(t + 3 * s, h, 4 * s):
            if (x + y) % 3 == 0:
                _rect(put, w, h, x + 2 * s, y, 2 * s, s, "ice")
    ax = x0 + tw // 2
    _rect(put, w, h, ax, top - round(h * 0.1), max(1, s // 2), round(h * 0.1), "grey_dark")


def layer(put: Put, w: int, h: int, key: str, name: str, s: int, towers: bool = False,
          lit_pixels: list | None = None) -> None:
    """One layer of blocks across the whole width, tops within the layer's band."""
    body, _, _, (lo, hi) = LAYERS[name]
    r = random.Random(f"skyline:{key}:{name}")
    x = -r.randrange(6 * s)
    while x < w:
        bw = r.randrange(5, 14) * s
        top = round(h * (lo + (hi - lo) * r.random()))
        setback = r.random() < 0.3
        _rect(put, w, h, x, top, bw, h - top, body)
        if setback:  # a narrower storey on top
            _rect(put, w, h, x + bw // 4, top - 2 * s, bw // 2, 2 * s, body)
        _windows(put, r, w, h, x, top, bw, name, s, lit_pixels)
        if towers and bw >= 7 * s and r.random() < 0.55:
            _water_tower(put, w, h, x + r.randrange(s, bw - 5 * s), top, s)
        x += bw + (r.randrange(1, 3) * s if r.random() < 0.3 else 0)


def panorama(put: Put, w: int, h: int, key: str, landmarks: dict[str, int] | None = None, s: int = 1,
             lit_pixels: list | None = None) -> None:
    """The three layers, back to front, with landmarks (`empire_state`, `twin_towers`: their x) in
    the far one. `s` scales everything (1 for tiles; more for a full screen). `lit_pixels`, when
    given, collects near windows (x, y, wall colour) that a caller may switch on and off."""
    layer(put, w, h, key, "far", s)
    for name, x in (landmarks or {}).items():
        {"empire_state": empire_state, "twin_towers": twin_towers}[name](put, w, h, x, s)
    layer(put, w, h, key, "mid", s)
    layer(put, w, h, key, "near", s, towers=True, lit_pixels=lit_pixels)
