"""Pieces every set shares: floor variants, autotiled wall tops, wall fronts, the night skyline."""

from __future__ import annotations

from lib import T, Canvas, darker, rng
from sheet import Sheet

from tools.art.skyline import panorama

SIDES = "nsew"  # name order: wall_top_ns, wall_top_se, wall_top_nsew ...


def floor_set(s: Sheet, name: str, draw, variants: int = 3, surface: str = "hard") -> None:
    """floor_<name>_1..n plus floor_<name>_shadow: the row right under a wall front is darker."""
    tiles = []
    for v in range(1, variants + 1):
        c = Canvas()
        draw(c, rng(s.name, name, v), v)
        tiles.append(c)
        s.tile(f"floor_{name}_{v}", c, surface=surface)
    sh = tiles[0].copy()
    sh.map(darker, 0, 0, T, 5)
    sh.map(darker, 0, 0, T, 2)
    s.tile(f"floor_{name}_shadow", sh, surface=surface)


def wall_tops(s: Sheet, prefix: str, fill: str, rim: str, edge: str = "black", solid: bool = True) -> None:
    """Autotile set for the top face of walls seen from above.

    `<prefix>` is the inside; `<prefix>_<sides>` has a lit rim on each listed side where the wall top
    ends (sides in the order n, s, e, w: `_s`, `_ne`, `_ew`, `_nsew`); `<prefix>_in_<corner>` are
    inner corners (ne, nw, se, sw), `_in_n/_s/_e/_w` two at once (T-junctions), `_in_all` a cross.
    """
    def base(key: str) -> Canvas:
        c = Canvas(fill=fill)
        c.noise(rng(s.name, prefix, key), [darker(fill)], 0.08)
        return c

    def rim_side(c: Canvas, side: str) -> None:
        if side == "n":
            c.hline(0, 0, T, edge); c.hline(0, 1, T, rim)
        if side == "s":
            c.hline(0, T - 1, T, edge); c.hline(0, T - 2, T, rim)
        if side == "w":
            c.vline(0, 0, T, edge); c.vline(1, 0, T, rim)
        if side == "e":
            c.vline(T - 1, 0, T, edge); c.vline(T - 2, 0, T, rim)

    for mask in range(16):
        sides = "".join(side for i, side in enumerate(SIDES) if mask & (1 << i))
        c = base(sides)
        for side in sides:
            rim_side(c, side)
        # keep the outer black line on top where two rims cross
        for side in sides:
            if side == "n": c.hline(0, 0, T, edge)
            if side == "s": c.hline(0, T - 1, T, edge)
            if side == "w": c.vline(0, 0, T, edge)
            if side == "e": c.vline(T - 1, 0, T, edge)
        s.tile(prefix + ("_" + sides if sides else ""), c, solid=solid)
    def inner(c: Canvas, corner: str) -> None:
        x = T - 2 if "e" in corner else 0
        y = 0 if "n" in corner else T - 2
        c.rect(x, y, 2, 2, rim)
        c.px(x + (1 if "e" in corner else 0), y + (0 if "n" in corner else 1), edge)

    # inner corners; the two-corner ones are T-junctions (an inner wall meeting an outer one)
    combos = {"ne": ["ne"], "nw": ["nw"], "se": ["se"], "sw": ["sw"], "n": ["ne", "nw"],
              "s": ["se", "sw"], "e": ["ne", "se"], "w": ["nw", "sw"], "all": ["ne", "nw", "se", "sw"]}
    for key, corners in combos.items():
        c = base("in" + key)
        for corner in corners:
            inner(c, corner)
        s.tile(f"{prefix}_in_{key}", c, solid=solid)


def wall_fronts(s: Sheet, name: str, draw, base_colour: str, trim: str, variants: int = 3) -> None:
    """wall_<name>_1..n (upper), wall_<name>_base (lower, with skirting), _l/_r end variants.

    A wall is one top row plus two front rows: any upper variant above the base tile.
    """
    ups = []
    for v in range(1, variants + 1):
        c = Canvas()
        draw(c, rng(s.name, name, v), v, False)
        ups.append(c)
        s.tile(f"wall_{name}_{v}", c, solid=True)
    b = Canvas()
    draw(b, rng(s.name, name, "base"), 1, True)
    b.rect(0, T - 4, T, 4, base_colour)
    b.hline(0, T - 4, T, trim)
    b.hline(0, T - 1, T, "black")
    s.tile(f"wall_{name}_base", b, solid=True)
    for tag, src in (("", ups[0]), ("base_", b)):
        left = src.copy()
        left.map(darker, 0, 0, 3, T)
        left.vline(0, 0, T, "black")
        s.tile(f"wall_{name}_{tag}l", left, solid=True)
        right = src.copy()
        right.map(darker, T - 3, 0, 3, T)
        right.vline(T - 1, 0, T, "black")
        s.tile(f"wall_{name}_{tag}r", right, solid=True)


# -- the night skyline -----------------------------------------------------------------------------

def sky(c: Canvas, key: str, x0: int = 0, y0: int = 0, horizon: int = 64, stars: bool = True) -> None:
    """Night sky filling c: ink at the top, banding into night / night_mid toward the horizon.

    x0, y0: this canvas's position in the world, so neighbouring tiles' dithering lines up.
    """
    bands = ["ink", "night", "night_mid", "dusk"]
    for y in range(c.h):
        wy = y + y0
        t = max(0.0, min(0.999, wy / horizon)) * (len(bands) - 1)
        i = int(t)
        frac = t - i
        for x in range(c.w):
            wx = x + x0
            # ordered 2x2 dither between band i and i+1
            thr = ((wx % 2) * 2 + (wy % 2) * 3) % 4 / 4 + 0.125
            c.px(x, y, bands[min(i + 1, 3)] if frac > thr + 0.25 else bands[i])
    if stars:
        r = rng("stars", key, x0, y0)
        for _ in range(c.w * c.h // 90):
            x, y = r.randrange(c.w), r.randrange(c.h)
            if (y + y0) < horizon * 0.7:
                c.px(x, y, r.choice(["grey", "lilac", "grey_light"]))


def city(c: Canvas, key: str, landmarks: dict[str, int], sky_y0: int, horizon: int,
         top: int = 0, height: int | None = None) -> None:
    """Night sky, then the shared three-layer Manhattan (tools/art/skyline.py) with its landmarks,
    on rows top..top+height of c."""
    sky(c, key, 0, sky_y0, horizon=horizon, stars=True)
    h = height or c.h - top
    panorama(lambda x, y, name: c.px(x, top + y, name), c.w, h, key, landmarks)


def city_blocks(s: Sheet, name: str, picture: Canvas) -> list[str]:
    """A picture wider than the sheet as blocks of at most 16 tiles (`name_1`, `name_2`, ...),
    laid side by side on the map in that order; returns their names."""
    names = []
    for k, x in enumerate(range(0, picture.w, 16 * T), 1):
        names.append(f"{name}_{k}")
        s.block(names[-1], picture.crop(x, 0, min(16 * T, picture.w - x), picture.h))
    return names


def _buildings(key: str, upto: int, lo: int, hi: int):
    """Yield (x_start, width, top_y, style) for buildings covering world x 0..upto."""
    r = rng("skyline", key)
    x = -r.randrange(8)
    while x < upto:
        w = r.randrange(4, 11)
        top = r.randrange(lo, hi)
        style = r.randrange(4)
        yield x, w, top, style
        x += w + (1 if r.random() < 0.25 else 0)


def skyline(c: Canvas, key: str, x0: int, base: int, lo: int, hi: int, frame: int = 0,
            body: tuple[str, str] = ("black", "ink"), lit: tuple[str, ...] = ("sodium", "amber", "yellow"),
            density: float = 0.35) -> None:
    """Manhattan silhouettes between world y lo..hi (tops) down to `base`, windows that blink.

    Drawn in world coordinates (x0 = this canvas's world x), so tiles side by side join up.
    `frame` changes a few windows per frame: that is the blinking animation.
    """
    for bx, bw, top, style in _buildings(key, x0 + c.w + 16, lo, hi):
        if bx + bw < x0 or bx > x0 + c.w:
            continue
        col = body[style % 2]
        for wy in range(top, base):
            for wx in range(bx, bx + bw):
                x = wx - x0
                if not 0 <= x < c.w or not 0 <= wy < c.h:
                    continue
                inner_x, inner_y = wx - bx, wy - top
                if style == 3 and inner_y < 3 and (inner_x < 2 or inner_x > bw - 3):
                    continue  # a setback crown
                c.px(x, wy, col)
                if inner_x in (0, bw - 1) or inner_y < 2:
                    continue
                if inner_x % 2 == 1 and inner_y % 3 == 0:
                    w = rng("win", key, wx, wy)
                    on = w.random() < density
                    if w.random() < 0.12:  # a blinking window
                        on = (frame + w.randrange(3)) % 3 != 0
                    if on:
                        c.px(x, wy, w.choice(list(lit)))
        # antenna on the tallest ones
        if top < lo + 3 and style == 0:
            ax = bx + bw // 2 - x0
            for yy in range(max(0, top - 4), top):
                c.px(ax, yy, "grey_dark")
            if 0 <= ax < c.w and top - 5 >= 0:
                c.px(ax, top - 5, "red" if frame % 2 == 0 else "red_dark")
