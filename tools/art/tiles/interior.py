"""`interior`: the penthouse, Sylvia's apartment and Katherine's loft."""

from __future__ import annotations

import math

from common import floor_set, sky, skyline, wall_fronts, wall_tops
from lib import T, Canvas, box, darker, lighter, rng
from sheet import Sheet


# -- floors ------------------------------------------------------------------------------------

def parquet(c: Canvas, r, v):
    """Basket-weave parquet: 8x8 blocks of four 2px staves, alternating direction."""
    c.fill("brown")
    for by in range(0, T, 8):
        for bx in range(0, T, 8):
            horiz = ((bx + by) // 8) % 2 == 0
            for k in range(0, 8, 2):
                if horiz:
                    c.hline(bx, by + k + 1, 8, "brown_dark")
                else:
                    c.vline(bx + k + 1, by, 8, "brown_dark")
            if r.random() < 0.35:  # one stave a shade lighter
                k = r.randrange(0, 8, 2)
                if horiz:
                    c.hline(bx, by + k, 8, "tan")
                else:
                    c.vline(bx + k, by, 8, "tan")
    c.noise(r, ["skin_deep"], 0.02 * v)


def checker(c: Canvas, r, v):
    for y in range(T):
        for x in range(T):
            c.px(x, y, "grey_light" if ((x // 8) + (y // 8)) % 2 == 0 else "leather")
    c.hline(0, 7, T, "grey"); c.hline(0, 15, T, "grey"); c.vline(7, 0, T, "grey"); c.vline(15, 0, T, "grey")
    c.noise(r, ["white"], 0.03, 0, 0, 7, 7)
    if v == 2:
        c.line(1, 2, 3, 4, "grey")  # a hairline crack in a white tile
    if v == 3:
        c.px(11, 3, "grey_dark")  # a scuff


def carpet(c: Canvas, r, v):
    c.fill("plum")
    c.noise(r, ["plum_dark"], 0.14)
    c.noise(r, ["violet"], 0.015 * v)


def bath(c: Canvas, r, v):
    c.fill("glass_light")
    for i in range(0, T, 4):
        c.hline(0, i + 3, T, "glass"); c.vline(i + 3, 0, T, "glass")
    c.noise(r, ["ice"], 0.008 * v)


def concrete(c: Canvas, r, v):
    c.fill("grey_dark")
    c.noise(r, ["steel_dark", "leather"], 0.18)
    if v == 2:
        c.line(2, 14, 7, 11, "leather")
    if v == 3:
        c.hline(0, 15, T, "leather")  # a slab joint


def rug(s: Sheet, name: str, border: str, field: str, accent: str) -> None:
    """A 3x3 autotile rug: rug_<name>_<nw|n|ne|w|c|e|sw|s|se>; the middle repeats seamlessly."""
    big = Canvas(48, 48, field)
    for y in range(48):
        for x in range(48):
            if (x + y) % 8 == 0 or (x - y) % 8 == 0:
                big.px(x, y, accent)
    big.frame(0, 0, 48, 48, "black")
    big.frame(1, 1, 46, 46, border)
    big.frame(2, 2, 44, 44, border)
    big.frame(3, 3, 42, 42, "black")
    for i in range(2, 46, 3):  # fringe
        big.px(i, 0, border); big.px(i, 47, border)
    for j, row in enumerate("n c s".split()):
        for i, col in enumerate("w c e".split()):
            key = {"nc": "n", "cc": "c", "sc": "s", "cw": "w", "ce": "e"}.get(row + col, row + col)
            s.tile(f"rug_{name}_{key}", big.crop(i * T, j * T), surface="soft")


# -- walls -------------------------------------------------------------------------------------

def paper(c: Canvas, r, v, base):
    c.fill("plum")
    for x in range(0, T, 4):
        c.vline(x, 0, T, "plum_dark")
    for y in range(2, T, 6):
        for x in range(2, T, 4):
            c.px(x, y + (x // 4) % 2 * 3, "violet")
    c.hline(0, 0, T, "plum_dark")
    if v == 2:
        c.map(darker, 9, 5, 3, 2)  # a faded patch
    if v == 3:
        c.px(6, 9, "lilac")


def paint(c: Canvas, r, v, base):
    c.fill("night_mid")
    c.noise(r, ["night"], 0.06)
    c.hline(0, 2, T, "night_high")  # picture rail
    c.hline(0, 3, T, "night")
    if v == 2:
        c.noise(r, ["dusk"], 0.03, 0, 4, T, 10)
    if v == 3:
        c.rect(12, 8, 2, 3, "night")  # a nail shadow left by a picture


def brick(c: Canvas, r, v, base):
    c.fill("skin_deep")
    for row in range(4):
        y = row * 4
        off = 0 if row % 2 == 0 else 4
        for x in range(-off, T, 8):
            tone = r.choice(["red_dark", "red_dark", "brown", "skin_deep"])
            c.rect(x + 1, y + 1, 7, 3, tone)
            c.hline(x + 1, y + 1, 6, lighter(tone) if r.random() < 0.2 else tone)
    c.map(lambda k: darker(k) if k == "brown" else k)


def factory(c: Canvas, r, v, base):
    """Katherine's: the factory's brick with its steam pipe still along it, a valve on one bay."""
    brick(c, r, v, base)
    if base:
        c.rect(0, 8, T, 2, "grey_dark"); c.hline(0, 8, T, "steel_dark")  # a conduit
        return
    c.rect(0, 3, T, 4, "steel_dark"); c.hline(0, 3, T, "steel"); c.hline(0, 6, T, "black")
    c.rect(6, 2, 3, 6, "grey_dark"); c.vline(6, 2, 6, "steel")  # a joint's collar
    if v == 2:
        c.ellipse(10, 0, 5, 5, "steel_dark", "red"); c.px(12, 2, "red_dark")  # a valve wheel
    c.hline(0, 7, T, "ink")


def tiles(c: Canvas, r, v, base):
    c.fill("grey_light")
    for i in range(0, T, 8):
        c.hline(0, i + 7, T, "grey"); c.vline(i + 7, 0, T, "grey")
    c.noise(r, ["white"], 0.04)
    if v == 2:
        c.rect(1, 9, 5, 5, "glass_light")  # an accent tile
    if v == 3:
        c.px(4, 3, "grey")


# -- windows onto the skyline ------------------------------------------------------------------

def window_strip(x0: int, part: str, frame: int, factory: bool = False) -> Canvas:
    """One 16x32 column of the big window: sky above, skyline below, mullions and sill. A factory
    window (Katherine's loft) is a steel grid of small panes, a few of them painted over."""
    c = Canvas(T, 32)
    sky(c, "window", x0, 0, horizon=40)
    skyline(c, "window", x0, 30, 10, 22, frame=frame)
    if factory:
        r = rng("factory_window", x0, part)
        for px0 in range(0, T, 4):
            for py0 in range(3, 28, 5):
                if r.random() < 0.12:
                    c.rect(px0, py0, 3, 4, r.choice(["glass_dark", "grey_dark", "glass"]))
        for y in range(3, 28):
            for x in range(T):
                if x % 4 == 3 or (y - 3) % 5 == 4:
                    c.px(x, y, "steel_dark")
    c.rect(0, 0, T, 3, "black"); c.hline(0, 2, T, "steel_dark")
    c.rect(0, 28, T, 4, "grey"); c.hline(0, 28, T, "grey_light"); c.hline(0, 31, T, "black")
    if part == "l":
        c.rect(0, 0, 3, 28, "steel_dark"); c.vline(0, 0, 28, "black")
    if part == "r":
        c.rect(T - 3, 0, 3, 28, "steel_dark"); c.vline(T - 1, 0, 28, "black")
    if part in ("m", "l", "r"):
        c.vline(T - 1 if part != "r" else 0, 3, 25, "black")
    c.hline(0, 15, T, "steel_dark")  # transom
    return c


def windows(s: Sheet, prefix: str = "window", factory: bool = False) -> None:
    offsets = {"l": 0, "m": 16, "m2": 48, "r": 80}
    for part, x0 in offsets.items():
        key = "m" if part == "m2" else part
        strips = [window_strip(x0, key, f, factory) for f in range(3)]
        s.tile(f"{prefix}_top_{part}", strips[0].crop(0, 0), solid=True)
        low = [st.crop(0, T) for st in strips]
        animated = part in ("m", "m2")
        s.tile(f"{prefix}_low_{part}", low if animated else low[0], solid=True, ms=[900, 700, 1100])


# -- furniture ---------------------------------------------------------------------------------

def shadow(c: Canvas, inset: int = 1, h: int = 2) -> None:
    """The dark band a standing piece casts on the floor along its foot."""
    c.rect(inset, c.h - h, c.w - 2 * inset, h, "ink")


def bed() -> Canvas:
    c = Canvas(32, 48)
    box(c, 1, 0, 30, 12, 7, "brown_dark", "brown")
    c.rect(1, 11, 30, 33, "black")
    c.rect(2, 11, 28, 31, "grey_light")
    for x in (4, 17):
        c.rect(x, 13, 11, 6, "white"); c.hline(x, 18, 11, "grey_light"); c.frame(x, 13, 11, 6, "grey")
    c.rect(2, 21, 28, 19, "magenta")
    c.hline(2, 21, 28, "pink"); c.hline(2, 22, 28, "white")
    for y in range(25, 40, 5):
        c.hline(3, y, 26, "pink")
    c.vline(15, 23, 17, "plum")
    c.rect(2, 40, 28, 4, "plum"); c.hline(2, 43, 28, "plum_dark")
    c.rect(1, 44, 30, 3, "black"); c.rect(2, 44, 2, 3, "brown_dark"); c.rect(28, 44, 2, 3, "brown_dark")
    return c


def sofa(top: str, front: str) -> Canvas:
    c = Canvas(48, 32)
    box(c, 2, 2, 44, 14, 8, top, front)  # backrest
    box(c, 0, 8, 8, 22, 8, top, front)  # arms
    box(c, 40, 8, 8, 22, 8, top, front)
    for x in (8, 24):
        box(c, x, 14, 16, 16, 7, lighter(top), front)
    c.hline(8, 14, 32, "black")
    shadow(c)
    return c


# -- each home its own furniture (same footprints as the shared pieces, so paths stay) ------------
# The penthouse: a cold New Wave loft, white leather, chrome and glass. Sylvia: a TV producer's
# glamour, violet velvet and brass. Katherine: a party in a converted factory, old leather, steel.

def sofa_modular() -> Canvas:
    """The penthouse: a low white modular sofa in square blocks, black piping, chrome feet."""
    c = Canvas(48, 32)
    box(c, 2, 6, 44, 10, 5, "white", "grey_light", hi="white")  # a low backrest
    for x in (0, 16, 32):
        box(c, x, 13, 16, 16, 6, "ice" if x == 16 else "white", "grey_light")
        c.vline(x + 15, 14, 14, "grey")
    for x in (2, 45):
        c.rect(x, 29, 1, 2, "steel")
    shadow(c)
    return c


def chair_chrome() -> Canvas:
    """The penthouse: a chrome-tube chair slung with black leather."""
    c = Canvas(T, 32)
    c.rect(2, 10, 12, 8, "black"); c.hline(2, 10, 12, "grey_dark")  # the leather back
    for x in (1, 14):
        c.vline(x, 9, 21, "steel"); c.px(x, 9, "white")
    c.hline(1, 9, 14, "steel")
    c.rect(2, 19, 12, 5, "black"); c.hline(2, 19, 12, "grey_dark")  # the seat sling
    c.hline(1, 24, 14, "steel"); c.hline(1, 29, 14, "steel_dark"); c.hline(1, 25, 14, "steel_dark")
    shadow(c)
    return c


def lamp_arc() -> Canvas:
    """The penthouse: a chrome arc lamp, a cold white bulb in a steel dome."""
    c = Canvas(T, 32)
    c.ellipse(3, 2, 8, 5, "steel", "black"); c.hline(4, 6, 6, "ice"); c.px(7, 7, "white")
    c.line(10, 4, 13, 8, "steel"); c.vline(13, 8, 19, "steel"); c.vline(12, 8, 19, "steel_dark")
    c.rect(9, 26, 7, 4, "grey_light"); c.hline(9, 26, 7, "white"); c.hline(9, 29, 7, "grey")
    for x, y in ((2, 8), (11, 8), (7, 9)):
        c.px(x, y, "ice")
    return c


def table_glass() -> Canvas:
    """The penthouse: a long glass dining table on chrome trestles, bare but for an ashtray."""
    c = Canvas(48, 32)
    box(c, 1, 6, 46, 18, 3, "glass_light", "glass", hi="ice")
    c.line(5, 8, 14, 8, "ice"); c.line(30, 12, 36, 12, "ice")
    c.ellipse(20, 11, 6, 4, "grey", "grey_dark"); c.px(22, 12, "orange")
    for x in (4, 42):
        c.rect(x, 24, 2, 7, "steel"); c.vline(x + 1, 24, 7, "steel_dark")
    c.hline(4, 30, 40, "steel_dark")
    return c


def sofa_velvet() -> Canvas:
    """Sylvia's: a violet velvet sofa, buttoned, with brass feet and a gold cushion."""
    c = sofa("violet", "plum")
    for x in range(6, 44, 6):
        c.px(x, 6, "lilac")  # buttons in the back
    box(c, 10, 14, 8, 7, 3, "amber", "brown")  # a gold cushion
    for x in (2, 45):
        c.rect(x, 29, 1, 2, "yellow")
    return c


def armchair_wing() -> Canvas:
    """Sylvia's: a violet wingback with a brass stud line."""
    c = Canvas(T, 32)
    box(c, 1, 4, 14, 14, 6, "violet", "plum", hi="lilac")
    box(c, 0, 12, 4, 18, 8, "violet", "plum"); box(c, 12, 12, 4, 18, 8, "violet", "plum")
    box(c, 4, 17, 8, 13, 6, "lilac", "plum")
    c.hline(2, 17, 12, "amber")
    c.px(1, 30, "yellow"); c.px(14, 30, "yellow")
    shadow(c, h=1)
    return c


def lamp_brass() -> Canvas:
    """Sylvia's: a brass standard lamp under a pleated pink shade with a fringe."""
    c = Canvas(T, 32)
    c.rect(3, 2, 10, 7, "pink"); c.hline(4, 2, 8, "white")
    for x in range(4, 13, 2):
        c.vline(x, 3, 6, "magenta")  # pleats
    for x in range(3, 13, 2):
        c.px(x, 9, "amber")  # the fringe
    c.vline(8, 10, 17, "amber"); c.vline(7, 10, 17, "brown")
    c.ellipse(4, 26, 8, 4, "amber", "brown")
    for x, y in ((1, 5), (14, 5), (2, 10), (13, 10)):
        c.px(x, y, "pink")
    return c


def sofa_chesterfield() -> Canvas:
    """Katherine's: an old brown chesterfield, cracked, rolled arms."""
    c = sofa("tan", "brown")
    for x in range(5, 44, 5):
        c.px(x, 5, "brown_dark")
    for x, y in ((12, 20), (30, 22), (20, 17)):
        c.px(x, y, "wood")  # worn shine
    c.ellipse(0, 7, 8, 6, "tan", "brown"); c.ellipse(40, 7, 8, 6, "tan", "brown")
    return c


def chair_factory() -> Canvas:
    """Katherine's: a stamped-steel factory chair in worn green paint."""
    c = Canvas(T, 32)
    box(c, 3, 6, 10, 12, 3, "green_dark", "glass_dark", hi="green")
    for x in range(4, 12, 2):
        c.px(x, 9, "black")  # the punched holes
    box(c, 2, 17, 12, 6, 2, "green", "green_dark")
    for x in (3, 12):
        c.vline(x, 23, 7, "green_dark"); c.px(x, 29, "black")
    c.line(3, 28, 12, 24, "glass_dark")
    shadow(c, 2)
    return c


def lamp_work() -> Canvas:
    """Katherine's: a factory work lamp on a tripod, a black cone, a caged bulb."""
    c = Canvas(T, 32)
    c.line(3, 2, 12, 6, "black"); c.line(3, 3, 12, 7, "grey_dark")
    c.rect(3, 4, 9, 4, "black"); c.hline(4, 8, 7, "yellow"); c.px(7, 9, "bleach")
    c.vline(8, 8, 16, "grey_dark")
    c.line(8, 24, 3, 30, "grey_dark"); c.line(8, 24, 13, 30, "grey_dark"); c.vline(8, 24, 7, "grey_dark")
    for x, y in ((2, 10), (13, 10), (7, 11)):
        c.px(x, y, "amber")
    return c


def table_trestle() -> Canvas:
    """Katherine's: raw planks on steel trestles, bottles and glasses for the clients."""
    c = Canvas(48, 32)
    box(c, 1, 6, 46, 18, 5, "wood", "brown")
    for y in (10, 14):
        c.hline(2, y, 44, "tan")  # the plank seams
    for x, colour in ((8, "green_dark"), (12, "glass"), (30, "green_dark"), (38, "red_dark")):
        c.rect(x, 4, 2, 7, colour); c.px(x, 3, "black"); c.px(x + 1, 5, "glass_light")  # bottles
    for x in (17, 21, 25, 34):
        c.rect(x, 8, 2, 3, "ice"); c.px(x, 8, "white")  # glasses
    for x in (4, 41):
        c.line(x, 24, x - 2, 31, "grey_dark"); c.line(x + 1, 24, x + 3, 31, "grey_dark")
    return c


def dining_table() -> Canvas:
    c = Canvas(48, 32)
    box(c, 1, 4, 46, 24, 6, "wood", "brown")
    c.rect(2, 5, 44, 16, "grey_light")  # tablecloth
    c.hline(2, 20, 44, "white"); c.rect(2, 21, 44, 3, "grey_light"); c.hline(2, 23, 44, "grey")
    for x in (6, 33):
        c.ellipse(x, 9, 9, 7, "white", "grey")
        c.px(x + 4, 12, "red")
    for x in (22, 25):  # candles
        c.rect(x, 6, 1, 6, "bleach"); c.px(x, 5, "yellow"); c.px(x, 4, "amber")
    c.rect(19, 13, 10, 3, "red_dark"); c.hline(20, 13, 8, "red")  # a dish
    c.rect(3, 28, 2, 4, "brown_dark"); c.rect(43, 28, 2, 4, "brown_dark")
    return c


def chair(facing: str, frame: str = "brown", seat: str = "red_dark", edge: str = "brown_dark") -> Canvas:
    """A dining chair facing south (seat low, back behind it) or north (back toward the viewer)."""
    c = Canvas()
    if facing == "s":
        box(c, 3, 0, 10, 9, 4, frame, edge)
        box(c, 3, 7, 10, 7, 3, seat, edge)
    else:
        box(c, 3, 4, 10, 6, 3, seat, edge)
        box(c, 3, 6, 10, 9, 6, frame, edge)
    c.vline(4, 14, 2, edge); c.vline(11, 14, 2, edge)
    return c


def coffee_table() -> Canvas:
    c = Canvas(32, T)
    box(c, 1, 2, 30, 12, 4, "glass_light", "black", hi="ice")
    c.line(4, 4, 8, 4, "ice"); c.px(22, 5, "white")
    c.rect(20, 4, 6, 2, "white"); c.px(21, 3, "grey_light")  # magazine + ashtray
    c.ellipse(6, 6, 5, 3, "grey", "grey_dark"); c.px(8, 7, "orange")
    c.rect(2, 14, 2, 2, "steel"); c.rect(28, 14, 2, 2, "steel")
    return c


def coffee_table_marble() -> Canvas:
    """Sylvia's: white marble on brass, the TV listings open at her own show, a dish of sweets."""
    c = Canvas(32, T)
    box(c, 1, 2, 30, 12, 4, "white", "amber", hi="bleach")
    c.line(3, 4, 10, 8, "grey_light"); c.line(18, 3, 27, 7, "grey_light")  # the veins
    c.rect(5, 4, 7, 4, "yellow"); c.hline(6, 5, 5, "red"); c.hline(6, 7, 4, "grey")  # the listings
    c.ellipse(19, 4, 6, 4, "glass_light", "ice"); c.px(21, 5, "magenta"); c.px(22, 6, "acid")  # the sweets
    c.rect(2, 14, 2, 2, "amber"); c.rect(28, 14, 2, 2, "amber")
    return c


def counter(kind: str) -> Canvas:
    c = Canvas()
    box(c, 0, 2, 16, 14, 9, "grey_light", "night_mid", hi="white")
    c.noise(rng("counter", kind), ["grey"], 0.1, 1, 3, 14, 3)
    c.vline(8, 8, 6, "night")
    c.px(6, 10, "steel"); c.px(9, 10, "steel")
    if kind == "l":
        c.vline(0, 2, 14, "black")
    if kind == "stove":
        c.rect(1, 3, 14, 4, "black")
        for x in (2, 9):
            c.ellipse(x, 3, 5, 4, "grey_dark", "grey")
        c.px(4, 4, "red"); c.px(5, 5, "orange")
        c.rect(2, 9, 12, 5, "black"); c.hline(3, 9, 10, "steel")
    if kind == "sink":
        c.rect(3, 3, 10, 4, "steel"); c.rect(4, 4, 8, 2, "steel_dark"); c.px(8, 2, "grey_light")
    return c


def fridge() -> Canvas:
    c = Canvas(T, 32)
    box(c, 1, 2, 14, 28, 24, "grey_light", "white")
    c.hline(2, 14, 12, "grey"); c.vline(12, 9, 4, "steel"); c.vline(12, 16, 6, "steel")
    c.rect(4, 18, 3, 3, "magenta"); c.px(8, 20, "cyan")  # magnets
    shadow(c)
    return c


def tub() -> Canvas:
    c = Canvas(32, 32)
    box(c, 0, 2, 32, 28, 8, "white", "grey_light")
    c.ellipse(3, 4, 26, 15, "glass_light", "grey")
    c.line(8, 8, 14, 8, "ice"); c.px(20, 12, "ice"); c.rect(14, 3, 4, 2, "steel")
    return c


def toilet() -> Canvas:
    c = Canvas()
    box(c, 3, 0, 10, 6, 3, "white", "grey_light")
    c.ellipse(3, 5, 10, 9, "white", "grey")
    c.ellipse(5, 7, 6, 4, "glass_light")
    c.rect(6, 13, 4, 3, "grey_light")
    return c


def basin() -> Canvas:
    c = Canvas()
    box(c, 1, 1, 14, 9, 3, "white", "grey_light")
    c.ellipse(4, 2, 8, 5, "glass_light", "grey"); c.px(8, 1, "steel")
    c.rect(6, 10, 4, 6, "grey_light"); c.vline(9, 10, 6, "grey")
    return c


def mirror() -> Canvas:
    c = Canvas()
    c.ellipse(3, 1, 10, 13, "glass_light", "amber")
    c.line(6, 4, 8, 2, "ice"); c.line(6, 7, 10, 3, "ice")
    return c


def hang(c: Canvas, x: int, colour: str, length: int, w: int = 5, fur: bool = False) -> None:
    """A coat on a hanger from the rail at row 3: collar, a dark fold on one side, fur if fur."""
    c.px(x + w // 2, 3, "grey")
    c.rect(x, 4, w, length, colour)
    c.vline(x, 4, length, "black"); c.vline(x + w - 1, 4, length, darker(colour))
    c.hline(x + 1, 4, w - 2, lighter(colour))  # the collar
    if fur:
        c.noise(rng("fur", x, colour), [lighter(colour), darker(colour)], 0.3, x + 1, 5, w - 2, length - 1)


def wardrobe_lacquer() -> Canvas:
    """The penthouse: a built-in wall of black lacquer, three flush doors, chrome bar pulls and one
    small lock (Adrian has the key); the gloss shows the room, never what is put away."""
    c = Canvas(32, 32)
    box(c, 0, 0, 32, 30, 27, "grey_dark", "black", hi="steel_dark")
    for x in (10, 21):
        c.vline(x, 4, 24, "grey_dark")  # the door seams, hairline
    for x in (8, 12, 19, 23):
        c.vline(x, 11, 9, "steel"); c.px(x, 11, "white")  # the bar pulls
    c.rect(15, 14, 2, 3, "steel"); c.px(15, 15, "black")  # the lock
    for x0 in (2, 5, 24):
        c.line(x0, 26, x0 + 6, 6, "leather")  # the lacquer's gloss
    c.line(3, 26, 9, 6, "grey_dark")
    c.rect(1, 27, 30, 2, "steel_dark"); c.hline(1, 27, 30, "steel")  # a chrome kick plate
    shadow(c)
    return c


def wardrobe_mirror() -> Canvas:
    """Sylvia's: a wardrobe of mirrored doors in brass frames, the room's rose light in the glass."""
    c = Canvas(32, 32)
    box(c, 0, 0, 32, 30, 27, "brown", "amber", hi="yellow")
    for x0 in (2, 17):
        c.rect(x0, 4, 13, 23, "glass_light"); c.frame(x0, 4, 13, 23, "brown")
        c.line(x0 + 2, 24, x0 + 9, 6, "ice"); c.line(x0 + 5, 25, x0 + 11, 12, "ice")
        c.rect(x0 + 3, 7, 3, 2, "pink"); c.px(x0 + 4, 9, "plum")  # the lamp across the room
    c.vline(14, 13, 5, "yellow"); c.vline(17, 13, 5, "yellow")  # the handles
    c.hline(1, 28, 30, "brown_dark")
    shadow(c)
    return c


def clothes_rack() -> Canvas:
    """The penthouse: Margaret's chrome rail of clothes for being photographed in (the club's racks too)."""
    c = Canvas(32, 32)
    c.rect(1, 2, 30, 1, "steel"); c.vline(1, 2, 28, "steel"); c.vline(30, 2, 28, "steel")
    c.hline(0, 29, 4, "steel_dark"); c.hline(28, 29, 4, "steel_dark")
    colours = ["magenta", "black", "cyan", "acid", "white", "leather", "yellow", "plum"]
    for i, col in enumerate(colours):
        x = 3 + i * 3
        length = 14 + (i * 5) % 9
        c.px(x + 1, 3, "grey")
        c.rect(x, 4, 4, length, col)
        c.vline(x + 3, 4, length, darker(col)); c.vline(x, 4, length, "black")
        if i % 3 == 0:
            c.hline(x, 4 + length // 2, 3, lighter(col))  # a belt / seam
    c.rect(6, 27, 4, 2, "red"); c.rect(12, 27, 4, 2, "black"); c.rect(20, 27, 4, 2, "white")  # shoes
    return c


def coat_stand() -> Canvas:
    """Sylvia's hall: two brass coat stands, fur, fur, leather, and Johann's tired grey coat."""
    c = Canvas(32, 32)
    for x in (8, 23):
        c.vline(x, 2, 26, "amber"); c.vline(x + 1, 2, 26, "brown")
        c.hline(x - 2, 2, 6, "yellow"); c.px(x, 1, "yellow")  # the crown of hooks
        c.line(x, 27, x - 4, 30, "amber"); c.line(x + 1, 27, x + 5, 30, "brown")  # the feet
    hang(c, 2, "tan", 17, w=6, fur=True)
    hang(c, 10, "bleach", 15, w=6, fur=True)
    hang(c, 17, "black", 19, w=5)
    hang(c, 25, "grey", 21, w=5)
    c.hline(26, 16, 3, "grey_dark")  # the belt he never ties
    return c


def coat_rail() -> Canvas:
    """Katherine's: a rail welded from pipe on casters, the clients' camel coats and one fur."""
    c = Canvas(32, 32)
    c.rect(1, 2, 30, 2, "grey_dark"); c.hline(1, 2, 30, "steel_dark")
    for x in (1, 29):
        c.rect(x, 2, 2, 26, "grey_dark"); c.vline(x, 2, 26, "steel_dark")
        c.rect(x - 1, 28, 4, 1, "black"); c.px(x, 29, "leather"); c.px(x + 1, 29, "leather")  # casters
    for k, (colour, fur) in enumerate((("wood", False), ("tan", False), ("bleach", True), ("wood", False),
                                       ("tan", False))):
        hang(c, 3 + k * 5, colour, 16 + (k * 3) % 5, fur=fur)
        if not fur:
            c.vline(5 + k * 5, 8, 6, darker(colour))  # where a camel coat buttons
    c.hline(4, 26, 24, "ink")
    return c


def plant(kind: str = "rubber") -> Canvas:
    """A pot plant: Katherine's rubber plant in clay, the penthouse's spiky yucca in a white drum,
    Sylvia's palm in brass."""
    c = Canvas(T, 32)
    r = rng("plant", kind)
    if kind == "rubber":
        for i in range(10):
            x, y = 8 + r.randrange(-6, 6), 4 + r.randrange(0, 14)
            c.line(8, 22, x, y, "green_dark")
            c.ellipse(x - 2, y - 1, 5, 3, "green", "green_dark")
            c.px(x, y - 1, "acid" if i % 3 == 0 else "green")
        box(c, 4, 20, 8, 10, 6, "brown_dark", "tan")
        c.hline(5, 21, 6, "skin_deep")
    elif kind == "yucca":
        c.rect(7, 12, 2, 8, "brown"); c.vline(8, 12, 8, "tan")  # the bare trunk
        for x, y in ((1, 2), (3, 8), (5, 0), (8, 1), (11, 0), (13, 5), (15, 9), (2, 12), (14, 13), (10, 4)):
            c.line(8, 12, x, y, "green_dark"); c.line(8, 11, x, y, "green"); c.px(x, y, "acid")
        box(c, 4, 19, 8, 11, 8, "grey_light", "white", hi="white")
        c.hline(5, 20, 6, "grey"); c.hline(5, 28, 6, "grey_light")
    else:  # palm
        for tip, mid in (((0, 10), (3, 3)), ((15, 10), (12, 3)), ((2, 17), (2, 9)), ((14, 17), (13, 9)),
                         ((8, 1), (7, 6)), ((5, 4), (5, 7))):
            c.line(8, 20, *mid, "green_dark"); c.line(*mid, *tip, "green_dark")
            for (x0, y0), (x1, y1) in (((8, 20), mid), (mid, tip)):
                for k in range(1, 4):
                    x, y = x0 + (x1 - x0) * k // 4, y0 + (y1 - y0) * k // 4
                    c.px(x - 1, y + 1, "green"); c.px(x + 1, y + 1, "green")  # the leaflets
        box(c, 4, 20, 8, 10, 6, "yellow", "amber", hi="bleach")
        c.hline(5, 27, 6, "brown")
    shadow(c, 3)
    return c


def table_lamp() -> Canvas:
    """Sylvia's: a brass lamp, a silk shade, on a walnut side table."""
    c = Canvas()
    box(c, 2, 8, 12, 8, 4, "brown", "brown_dark")
    c.rect(5, 1, 6, 5, "yellow"); c.hline(5, 1, 6, "bleach"); c.hline(4, 5, 8, "amber")
    c.vline(8, 6, 3, "amber"); c.hline(7, 8, 3, "yellow")
    return c


def lamp_cube() -> Canvas:
    """The penthouse: a cube of white glass, lit from inside, on a black lacquer block."""
    c = Canvas()
    box(c, 2, 8, 12, 8, 4, "leather", "black", hi="grey_dark")
    c.rect(4, 1, 8, 8, "white"); c.frame(4, 1, 8, 8, "ice"); c.hline(5, 2, 6, "bleach")
    c.rect(5, 6, 6, 2, "grey_light")
    for x, y in ((3, 2), (12, 2), (3, 7), (12, 7)):
        c.px(x, y, "ice")
    return c


def lamp_clamp() -> Canvas:
    """Katherine's: a green enamel factory lamp clamped to a paint-spattered stool."""
    c = Canvas()
    box(c, 3, 9, 10, 7, 4, "wood", "brown")
    for x, y, col in ((5, 10, "red"), (9, 11, "cyan"), (11, 10, "bleach"), (6, 13, "yellow")):
        c.px(x, y, col)  # paint, from when this was a studio
    c.vline(4, 5, 5, "grey_dark"); c.line(4, 5, 7, 2, "grey_dark")
    c.rect(6, 1, 7, 3, "green"); c.hline(6, 1, 7, "green_dark"); c.hline(7, 4, 5, "yellow")
    c.px(9, 5, "bleach")
    return c


def phone_table() -> Canvas:
    """Sylvia's: a white telephone on a little walnut table."""
    c = Canvas()
    box(c, 2, 6, 12, 10, 4, "brown", "brown_dark")
    c.rect(4, 6, 8, 4, "white"); c.hline(4, 6, 8, "bleach"); c.rect(3, 5, 10, 2, "grey_light")
    c.ellipse(6, 7, 4, 3, "bleach", "amber"); c.px(7, 8, "black")
    c.line(12, 9, 14, 12, "grey_light")  # the cord
    return c


def phone_chrome() -> Canvas:
    """The penthouse: a black push-button telephone on a cube of glass with chrome edges."""
    c = Canvas()
    box(c, 2, 7, 12, 9, 4, "glass_light", "glass", hi="ice")
    c.vline(2, 7, 9, "steel"); c.vline(13, 7, 9, "steel"); c.hline(2, 15, 12, "steel_dark")
    c.rect(4, 5, 8, 4, "black"); c.rect(3, 4, 10, 2, "leather"); c.hline(3, 4, 10, "grey_dark")
    for x in (5, 7, 9):
        c.px(x, 7, "steel")
    c.px(11, 7, "red")  # the line Adrian's calls come in on
    return c


def phone_crate() -> Canvas:
    """Katherine's: a beige telephone on an upended crate, its cord long enough for the balcony."""
    c = Canvas()
    box(c, 2, 7, 12, 9, 5, "wood", "brown")
    c.hline(3, 12, 10, "brown_dark"); c.px(4, 13, "red_dark"); c.px(6, 13, "red_dark")  # a stencil
    c.rect(4, 5, 8, 4, "bleach"); c.rect(3, 4, 10, 2, "tan"); c.hline(3, 4, 10, "blonde")
    c.ellipse(6, 5, 4, 3, "white", "tan"); c.px(7, 6, "black")
    for y in range(8, 16, 2):
        c.px(13, y, "tan"); c.px(14, y + 1, "tan")  # the curled cord
    return c


def tv_console(frame: int) -> Canvas:
    """Sylvia's: a big console television in a walnut cabinet on splayed legs (two tiles across, so
    it reads as a television at 1x and not only by its glow), the screen beside a speaker grille,
    brass knobs; her show's award and her son's photograph on top; on screen, the hospital drama."""
    c = Canvas(32, 32)
    box(c, 0, 7, 32, 21, 17, "wood", "brown", hi="tan")
    c.rect(2, 12, 19, 14, "black")  # the screen's bezel
    c.rect(3, 13, 17, 12, "teal")  # the ward's green walls
    c.rect(3, 21, 17, 4, "green_dark")  # the ward's floor
    lean = frame % 2
    c.rect(6, 17, 3, 6, "white"); c.rect(6 + lean, 15, 3, 2, "skin_light"); c.hline(6 + lean, 14, 3, "blonde")  # the nurse
    c.rect(13, 17, 3, 6, "grey_light"); c.rect(13, 15, 3, 2, "skin"); c.hline(13, 14, 3, "brown_dark")  # the doctor
    c.hline(3, 13 + (frame * 5) % 12, 17, "glass_light")  # the picture's roll
    c.px(3, 13, "glass_light"); c.px(19, 13, "glass_light")  # the tube's bright corners
    c.rect(23, 12, 7, 10, "brown_dark")
    for y in range(13, 22, 2):
        c.hline(23, y, 7, "tan")  # the speaker grille
    for x in (24, 28):
        c.px(x, 23, "yellow"); c.px(x, 24, "amber")  # the knobs
    c.vline(5, 1, 6, "yellow"); c.hline(4, 1, 3, "yellow"); c.rect(3, 6, 5, 2, "amber")  # the award
    c.rect(22, 2, 7, 6, "amber"); c.rect(23, 3, 5, 4, "night_mid")  # her son, in brass
    c.px(25, 4, "skin"); c.px(25, 3, "blonde"); c.hline(24, 6, 3, "blue")
    for x0, x1 in ((2, 1), (29, 30)):
        c.line(x0, 28, x1, 31, "brown_dark")  # the splayed legs
    return c


def boombox(frame: int) -> Canvas:
    """Katherine's: a big chrome boom-box on a beer crate, both speakers going."""
    c = Canvas()
    box(c, 2, 10, 12, 6, 4, "green_dark", "green_dark", hi="green")
    c.hline(3, 13, 10, "black")
    c.hline(4, 1, 8, "grey_dark"); c.vline(4, 1, 3, "grey_dark"); c.vline(11, 1, 3, "grey_dark")  # handle
    c.rect(0, 3, 16, 8, "steel"); c.frame(0, 3, 16, 8, "black"); c.hline(1, 4, 14, "grey_light")
    cone = ("grey_dark", "steel_dark")[frame % 2]
    for x in (1, 10):
        c.ellipse(x, 5, 5, 5, "black", "grey_dark"); c.px(x + 2, 7, cone)
    c.rect(6, 6, 4, 3, "glass_dark"); c.px(7, 7, "white"); c.px(8, 7, "white")  # the cassette
    c.hline(6, 5, 1 + frame * 2, "acid")  # the meter
    return c


def hifi(frame: int) -> Canvas:
    """The penthouse: a black stack, the turntable under a smoked perspex lid, silver fascias,
    meters that jump."""
    c = Canvas(32, T)
    box(c, 0, 2, 32, 14, 5, "black", "leather", hi="grey_dark")
    c.rect(2, 3, 13, 6, "glass_dark"); c.frame(2, 3, 13, 6, "steel_dark")  # the lid
    c.ellipse(3, 3, 9, 6, "black", "grey_dark")
    spot = [(6, 4), (9, 5), (6, 7), (4, 5)][frame % 4]
    c.px(7, 5, "grey"); c.px(*spot, "steel")
    c.line(13, 4, 10, 6, "steel")
    c.rect(17, 3, 13, 5, "steel_dark"); c.hline(17, 3, 13, "steel")  # a cassette deck's fascia
    c.rect(18, 5, 4, 2, "black"); c.rect(24, 5, 4, 2, "black")
    c.rect(1, 11, 30, 3, "steel_dark"); c.hline(1, 11, 30, "steel")  # the amplifier's fascia
    for i in range(5):
        level = (frame * 3 + i * 2) % 4
        c.vline(19 + i * 2, 13 - level // 2, 1 + level // 2, "acid" if level < 3 else "yellow")
    c.px(3, 12, "red"); c.px(6, 12, "grey_light"); c.px(9, 12, "grey_light")
    return c


def dj_deck(frame: int) -> Canvas:
    """Katherine's: two turntables and a mixer on a plank over milk crates of records, two tiles
    across and two high (its top against the window behind), so the records turn where they can be
    seen at 1x."""
    c = Canvas(32, 32)
    for x, col in ((0, "red"), (16, "blue")):
        box(c, x, 17, 16, 15, 11, darker(col), col)
        for xx in range(x + 2, x + 14, 3):
            c.vline(xx, 22, 8, darker(col))  # the crate's grid
        for k, sleeve in enumerate(("black", "yellow", "black", "cyan", "magenta")):
            c.vline(x + 3 + k * 2, 18, 3, sleeve)  # records, spines up
    c.rect(0, 14, 32, 4, "wood"); c.hline(0, 14, 32, "tan"); c.hline(0, 17, 32, "brown_dark")  # the plank
    for x in (0, 19):
        box(c, x, 2, 13, 13, 3, "steel", "steel_dark", hi="grey_light")  # silver, against the dark glass
        c.ellipse(x + 1, 3, 10, 8, "black", "leather")  # the platter and its record
        c.ellipse(x + 4, 5, 4, 4, "leather")
        c.px(x + 5, 6, "red"); c.px(x + 6, 7, "red")  # the label
        spot = [(2, 4), (7, 4), (8, 8), (2, 8)][(frame + x) % 4]
        c.px(x + 1 + spot[0], 2 + spot[1], "grey_light")  # the light on the grooves, going round
        c.line(x + 12, 3, x + 9, 9, "steel"); c.px(x + 12, 3, "grey_light")  # the tone arm
    c.rect(13, 4, 6, 10, "black"); c.frame(13, 4, 6, 10, "grey_dark")  # the mixer
    for i in range(2):
        level = (frame + i * 2) % 4
        c.vline(14 + i * 3, 11 - level, 1 + level, "acid" if level < 3 else "yellow")  # its meters
    c.hline(14, 12, 4, "steel"); c.px(14 + frame % 4, 12, "white")  # the cross-fader
    return c


def shelves(top: str, front: str, back: str, fill) -> Canvas:
    """A tall set of three shelves; fill(c, r, y) stocks the shelf whose floor is at row y + 7."""
    c = Canvas(32, 32)
    box(c, 0, 0, 32, 30, 26, top, front)
    r = rng("shelves", fill.__name__)
    for y in (5, 13, 21):
        c.rect(2, y, 28, 7, back)
        fill(c, r, y)
        c.hline(1, y + 7, 30, top)
    shadow(c)
    return c


def encyclopaedia(c: Canvas, r, y) -> None:
    """The penthouse: books bought by the yard, every shelf one colour (the rugs'), never opened."""
    colour = {5: "black", 13: "cyan", 21: "magenta"}[y]
    for x in range(2, 30, 2):
        c.rect(x, y + 1, 2, 6, colour); c.vline(x + 1, y + 1, 6, darker(colour))
        c.px(x, y + 2, "amber")  # the gilt volume number


def scripts(c: Canvas, r, y) -> None:
    """Sylvia's: her shows' scripts bound in red, and in front, her son in a silver frame."""
    for x in range(2, 30, 3):
        h = r.randrange(5, 8)
        c.rect(x, y + 7 - h, 3, h, r.choice(["red", "red_dark"])); c.px(x + 1, y + 8 - h, "white")
    if y == 13:
        c.rect(20, y + 1, 6, 6, "grey_light"); c.rect(21, y + 2, 4, 4, "magenta"); c.px(22, y + 3, "skin")


def manuscripts(c: Canvas, r, y) -> None:
    """Katherine's: Paul's unfinished novels, stacked typescripts and box files."""
    x = 2
    while x < 27:
        if r.random() < 0.4:
            c.rect(x, y + 1, 4, 6, "grey_dark"); c.rect(x + 1, y + 3, 2, 1, "white")  # a box file
        else:
            for k in range(r.randrange(2, 6)):
                c.hline(x, y + 6 - k, 5, "white" if k % 2 else "bleach")  # a typescript, page edges
        x += 6




def bar_cart() -> Canvas:
    c = Canvas()
    box(c, 1, 8, 14, 6, 2, "glass_light", "amber", hi="ice")
    c.hline(1, 14, 14, "amber"); c.px(2, 15, "black"); c.px(13, 15, "black")
    for x, col, h in ((3, "green_dark", 7), (6, "amber", 6), (9, "glass_light", 8), (12, "red_dark", 5)):
        c.rect(x, 10 - h, 2, h, col); c.px(x, 10 - h, "black"); c.px(x, 11 - h + 1, lighter(col))
    return c


def stairs() -> Canvas:
    c = Canvas(32, 32)
    for i in range(8):
        y = i * 4
        tone = ["night", "night_mid", "night_high", "dusk"][min(3, i // 2)]
        c.rect(3, y, 26, 4, tone); c.hline(3, y, 26, lighter(tone)); c.hline(3, y + 3, 26, "black")
    c.rect(0, 0, 3, 32, "steel_dark"); c.rect(29, 0, 3, 32, "steel_dark")
    c.vline(1, 0, 32, "steel"); c.vline(30, 0, 32, "steel")
    c.rect(3, 0, 26, 3, "black")
    return c


def telescope() -> Canvas:
    c = Canvas(T, 32)
    c.line(8, 16, 3, 30, "black"); c.line(8, 16, 13, 30, "black"); c.line(8, 16, 8, 30, "steel_dark")
    c.line(3, 18, 13, 4, "white"); c.line(3, 19, 13, 5, "grey_light"); c.line(4, 19, 14, 5, "steel")
    c.line(2, 19, 3, 20, "black"); c.rect(12, 3, 3, 3, "steel_dark"); c.px(13, 4, "ice")
    c.rect(7, 13, 3, 3, "amber"); c.px(8, 14, "yellow")
    return c


def awards() -> Canvas:
    """Sylvia's: a glass wall shelf of television awards, gold statuettes on black plinths."""
    c = Canvas()
    c.hline(1, 12, 14, "glass_light"); c.hline(1, 13, 14, "glass")
    for x, h in ((3, 7), (7, 9), (11, 6)):
        c.rect(x - 1, 10, 3, 2, "black")
        c.vline(x, 11 - h, h - 1, "amber"); c.px(x, 11 - h, "yellow")
        c.px(x - 1, 12 - h, "amber"); c.px(x + 1, 12 - h, "amber")  # the raised arms
        c.px(x + 1, 13 - h, "bleach")
    return c


def show_poster() -> Canvas:
    """Sylvia's: her soap's poster in a chrome frame, a couple in a clinch under a title bar."""
    c = Canvas()
    c.rect(2, 2, 12, 12, "steel")
    c.rect(3, 3, 10, 10, "violet")
    c.rect(3, 3, 10, 2, "magenta"); c.hline(4, 3, 8, "pink")
    c.ellipse(4, 6, 4, 4, "skin", "skin_mid"); c.ellipse(8, 6, 4, 4, "skin_light", "skin")
    c.rect(4, 10, 8, 3, "plum_dark")
    return c


def artwork(kind: int) -> Canvas:
    c = Canvas()
    c.rect(2, 3, 12, 9, "black")
    if kind == 1:  # hard-edged geometry
        c.rect(3, 4, 10, 7, "acid")
        for i in range(7):
            c.hline(3 + i, 4 + i, 10 - i, "magenta")
        c.ellipse(8, 5, 4, 4, "cyan")
    elif kind == 2:  # a pop-art face in profile
        c.rect(3, 4, 10, 7, "cyan")
        c.ellipse(5, 5, 6, 6, "pink")
        c.rect(5, 5, 6, 2, "yellow"); c.px(9, 8, "magenta"); c.px(7, 7, "black")
    else:  # neon grid horizon
        c.rect(3, 4, 10, 7, "plum_dark")
        c.hline(3, 7, 10, "magenta")
        for x in range(3, 13, 3):
            c.line(8, 7, x, 10, "violet")
        c.ellipse(6, 4, 4, 3, "orange")
    c.hline(2, 12, 12, "ink")
    return c


def photo_publicity() -> Canvas:
    """Sylvia's: her own publicity photograph in a gilt frame, soft focus, signed in pink ink."""
    c = Canvas()
    c.rect(2, 1, 12, 13, "amber"); c.frame(2, 1, 12, 13, "brown"); c.hline(3, 2, 10, "yellow")
    c.rect(4, 3, 8, 9, "grey_dark")
    c.ellipse(4, 3, 8, 8, "blonde", "sodium")  # the hair, set
    c.ellipse(6, 4, 4, 5, "skin_light")
    c.px(7, 6, "ink"); c.px(9, 6, "ink"); c.hline(7, 8, 2, "red")
    c.rect(5, 10, 6, 2, "white"); c.px(8, 10, "skin_light")  # a bare shoulder in a white stole
    c.line(5, 11, 10, 9, "magenta")  # the signature
    c.hline(2, 14, 12, "ink")
    return c


def clock_sunburst() -> Canvas:
    """Sylvia's kitchen: a brass sunburst clock; a quarter to dinner, always."""
    c = Canvas()
    for k in range(12):
        a = k * math.pi / 6
        length = 7 if k % 2 == 0 else 5
        c.line(8, 7, 8 + round(math.cos(a) * length), 7 + round(math.sin(a) * length),
               "yellow" if k % 2 == 0 else "amber")
    c.ellipse(5, 4, 7, 7, "bleach", "amber")
    c.line(8, 7, 8, 5, "black"); c.line(8, 7, 6, 7, "black")
    return c


def canvas_red() -> Canvas:
    """Katherine's, a tile wide and the wall high: a big red square on raw canvas, unframed."""
    c = Canvas(T, 32)
    c.rect(1, 3, 14, 24, "bleach"); c.vline(1, 3, 24, "white")
    c.rect(2, 5, 12, 20, "red")
    c.noise(rng("canvas_red"), ["red_dark"], 0.08, 2, 5, 12, 20)
    c.vline(14, 4, 24, "ink"); c.hline(2, 27, 14, "ink")  # it stands off the brick
    return c


def canvas_drip() -> Canvas:
    """Katherine's: a drip painting, black, yellow and cyan flung at raw canvas."""
    c = Canvas()
    c.rect(1, 2, 14, 11, "bleach"); c.hline(1, 2, 14, "white")
    r = rng("canvas_drip")
    for colour in ("black", "yellow", "cyan", "black", "red"):
        x, y = r.randrange(2, 13), r.randrange(3, 11)
        for _ in range(6):
            nx, ny = max(2, min(13, x + r.randrange(-4, 5))), max(3, min(11, y + r.randrange(-3, 4)))
            c.line(x, y, nx, ny, colour)
            x, y = nx, ny
    c.vline(15, 3, 11, "ink"); c.hline(2, 13, 14, "ink")
    return c


def poster_gallery() -> Canvas:
    """Katherine's: a gallery's show poster taped to the brick, heavy black type and one red dot."""
    c = Canvas()
    c.rect(2, 1, 12, 14, "white"); c.vline(13, 1, 14, "grey_light")
    for y, w in ((3, 9), (5, 6), (7, 10)):
        c.rect(3, y, w, 1, "black")  # the type
    c.ellipse(8, 9, 4, 4, "red")  # sold
    c.hline(3, 13, 5, "grey")
    for x, y in ((2, 1), (13, 1), (2, 14), (13, 14)):
        c.px(x, y, "glass_light")  # the tape
    return c


def mirror_chrome() -> Canvas:
    """The penthouse: a plain oblong of glass in a chrome frame."""
    c = Canvas()
    c.rect(3, 0, 10, 14, "steel"); c.rect(4, 1, 8, 12, "glass_light")
    c.line(5, 8, 9, 2, "ice"); c.line(6, 11, 11, 4, "ice"); c.px(4, 1, "white")
    c.hline(3, 14, 10, "ink")
    return c


def mirror_steel() -> Canvas:
    """Katherine's: a mirror screwed to the tiles in a steel strip, a crack across one corner, a
    note in lipstick: CALL THE CATERER."""
    c = Canvas()
    c.rect(3, 1, 10, 13, "grey_dark"); c.rect(4, 2, 8, 11, "glass_light")
    c.line(9, 2, 11, 5, "steel_dark")  # the crack
    c.line(5, 4, 8, 3, "ice")
    c.hline(5, 10, 5, "magenta"); c.hline(5, 12, 3, "magenta")  # the lipstick
    c.hline(3, 14, 10, "ink")
    return c


def nightstand() -> Canvas:
    c = Canvas()
    box(c, 2, 4, 12, 12, 7, "brown", "brown_dark")
    c.hline(3, 12, 10, "black"); c.px(8, 10, "amber")
    c.rect(4, 5, 4, 2, "white"); c.rect(10, 3, 2, 3, "glass_light")  # a book, a glass of water
    return c


def door_frame() -> Canvas:
    """An open doorway without a door: the frame and the dark of the next room."""
    c = Canvas(T, 32)
    c.rect(0, 0, T, 32, "wood"); c.rect(2, 2, 12, 30, "black"); c.vline(2, 2, 30, "ink")
    c.hline(0, 0, T, "tan"); c.vline(0, 0, 32, "brown"); c.vline(15, 0, 32, "brown_dark")
    return c


def lava_lamp(frame: int, brass: bool = False) -> Canvas:
    """A lava lamp on a side table: Paul's, magenta blobs in amber glass on a worn table; Sylvia's,
    gold wax in pink glass on a brass stand."""
    c = Canvas()
    glass, left, right, wax, gleam = (("pink", "magenta", "lilac", "amber", "yellow") if brass else
                                      ("amber", "orange", "sodium", "magenta", "pink"))
    if brass:
        box(c, 3, 10, 10, 6, 3, "yellow", "amber", hi="bleach")
    else:
        box(c, 2, 10, 12, 6, 3, "brown", "brown_dark")
    c.rect(6, 1, 4, 9, glass); c.vline(6, 1, 9, left); c.vline(9, 1, 9, right)
    metal = ("amber", "brown") if brass else ("steel", "steel_dark")
    c.rect(6, 0, 4, 1, metal[0]); c.rect(5, 9, 6, 2, metal[0]); c.hline(5, 10, 6, metal[1])
    for y0 in (0, 4):
        y = 2 + (y0 + frame * 2) % 7
        c.rect(7, y, 2, 2, wax); c.px(7, y, gleam)
    return c


def lamp_neon(frame: int) -> Canvas:
    """The penthouse: a magenta neon zigzag on a black plinth, humming, once in a while a stutter."""
    c = Canvas()
    box(c, 3, 10, 10, 6, 3, "leather", "black", hi="grey_dark")
    tube, core = ("magenta", "pink") if frame == 0 else ("plum", "magenta")
    pts = [(4, 9), (6, 2), (8, 8), (10, 1), (12, 9)]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        c.line(x0, y0, x1, y1, tube); c.line(x0 + 1, y0, x1 + 1, y1, core)
    return c


# -- the penthouse's own ----------------------------------------------------------------------

def across(frame: int) -> Canvas:
    """The penthouse's glass wall, 15 tiles wide, and what it sees: Sylvia's building across the
    street, her floor at eye level, a water tower on its roof; dark windows, a few lit, a television
    flickering in one, and hers, wide and rose-lit, a woman in gold beside a lamp."""
    c = Canvas(240, 32)
    sky(c, "across", 0, 0, horizon=40)
    r = rng("across")
    c.rect(0, 12, 240, 16, "brown_dark")  # the brick face
    c.noise(r, ["skin_deep", "red_dark"], 0.12, 0, 13, 240, 15)
    c.rect(0, 10, 240, 2, "grey"); c.hline(0, 10, 240, "grey_light"); c.hline(0, 12, 240, "black")  # cornice
    for x in range(2, 240, 6):
        c.px(x, 9, "grey_dark")  # the parapet's balusters
    c.rect(46, 3, 12, 5, "brown_dark"); c.hline(47, 2, 10, "brown_dark"); c.px(51, 1, "brown_dark")  # her roof's
    c.line(47, 8, 45, 9, "grey_dark"); c.line(56, 8, 58, 9, "grey_dark"); c.vline(51, 8, 2, "grey_dark")  # water tower
    for x in range(48, 57, 3):
        c.vline(x, 4, 3, "brown")  # its staves
    for bay, x in enumerate(range(4, 240, 14)):
        sylvia = x in (158, 172)  # her living room: two bays, one window
        lit = sylvia or rng("across", bay).random() < 0.3
        glass = "amber" if lit else "night"
        if bay == 5:  # somebody's television
            glass = ("blue", "sky", "ice")[frame]
        c.rect(x - 1, 14, 10, 1, "grey")  # lintel
        c.rect(x, 15, 8, 10, glass)
        if not lit and bay != 5:
            c.line(x + 1, 23, x + 6, 16, "night_mid")  # a reflection
        elif not sylvia:
            c.rect(x, 15, 8, 2 + bay % 4, "tan")  # a blind part down
        c.hline(x - 1, 25, 10, "grey_light")  # sill
    c.rect(158, 15, 22, 10, "pink"); c.rect(159, 16, 20, 8, "amber")  # Sylvia's window, rose and gold
    c.rect(161, 16, 3, 2, "magenta"); c.vline(162, 18, 5, "brown")  # her lamp
    c.rect(168, 20, 8, 2, "white"); c.hline(168, 22, 8, "brown")  # the table set for two
    c.px(172, 16, "skin_light"); c.rect(171, 17, 3, 6, "yellow"); c.px(172, 23, "amber")  # her, in gold
    c.hline(157, 25, 24, "grey_light")
    c.rect(0, 0, 240, 3, "black"); c.hline(0, 2, 240, "steel_dark")  # our glass wall's head
    c.rect(0, 28, 240, 4, "grey"); c.hline(0, 28, 240, "grey_light"); c.hline(0, 31, 240, "black")  # sill
    for x in range(31, 239, 32):
        c.vline(x, 3, 25, "steel_dark")  # mullions
    for x in range(6, 240, 48):
        c.line(x, 26, x + 9, 4, "ice")  # the glass catches the room's light
    c.rect(0, 0, 3, 28, "steel_dark"); c.vline(0, 0, 28, "black")
    c.rect(237, 0, 3, 28, "steel_dark"); c.vline(239, 0, 28, "black")
    return c


def pit(s: Sheet) -> None:
    """The sunken living area: a 3x3 autotile (pit_<nw|n|ne|w|c|e|sw|s|se>) of cold blue carpet two
    steps down. The floor's edge is lit white and the step's nosing carries a cyan light strip, over
    risers going into shadow, so the drop reads at 1x: the north rim shows both risers (they face the viewer), the sides the treads
    edge-on, the south rim the treads from above, their risers facing away; and the floor above
    throws a shadow onto the pit floor along the north and the sides."""
    big = Canvas(48, 48)
    carpet(big, rng("pit"), 1)
    big.replace("plum", "navy").replace("plum_dark", "night_mid").replace("violet", "blue")
    # each list runs from the rim's outer edge inward
    north = ["white", "steel", "night_high", "night_mid", "night_mid", "ink", "cyan", "blue", "navy",
             "night_mid", "night_mid", "ink"]
    side = ["white", "steel", "ink", "cyan", "blue", "navy", "ink", "black"]
    south = ["steel", "white", "black", "navy", "cyan", "black"]
    shade = 4  # rows of shadow on the pit floor inside the north and side rims
    for y in range(48):
        for x in range(48):
            rims = [(y, north), (x, side), (47 - x, side), (47 - y, south)]
            depth, colours = min(rims, key=lambda d: d[0] / len(d[1]))
            if depth < len(colours):
                big.px(x, y, colours[depth])
                continue
            inside = min(y - len(north), x - len(side), 47 - x - len(side))
            if inside < 2:
                big.px(x, y, "ink")
            elif inside < shade and (x + y) % (2 if inside == 2 else 4) == 0:
                big.px(x, y, darker(big.get(x, y)))
    for j, row in enumerate("n c s".split()):
        for i, col in enumerate("w c e".split()):
            key = {"nc": "n", "cc": "c", "sc": "s", "cw": "w", "ce": "e"}.get(row + col, row + col)
            s.tile(f"pit_{key}", big.crop(i * T, j * T), surface="soft")


def sofa_pit() -> Canvas:
    """The penthouse: the black leather modular sofa in the pit, seen from behind, facing the windows."""
    c = Canvas(48, 32)
    box(c, 0, 4, 8, 22, 6, "leather", "black", hi="grey_dark")  # the arms
    box(c, 40, 4, 8, 22, 6, "leather", "black", hi="grey_dark")
    for x in (8, 24):
        box(c, x, 5, 16, 10, 3, "grey_dark", "leather", hi="grey")  # seat cushions, seen over the back
    box(c, 2, 11, 44, 19, 13, "leather", "black", hi="grey")  # the back, toward us
    for x in (16, 32):
        c.vline(x, 12, 17, "ink")  # the seams between the blocks
    c.hline(4, 19, 40, "grey_dark")  # a crease catching the light
    for x in (3, 44):
        c.rect(x, 29, 1, 2, "steel")
    shadow(c)
    return c


def bar_chrome() -> Canvas:
    """The penthouse: a two-shelf chrome trolley, smoked glass, vodka, a shaker and a lime."""
    c = Canvas()
    for x in (1, 14):
        c.vline(x, 3, 12, "steel"); c.px(x, 15, "black")
    c.rect(1, 8, 14, 2, "glass_dark"); c.hline(1, 8, 14, "steel"); c.hline(1, 13, 14, "steel")
    c.rect(2, 14, 12, 1, "glass_dark")
    c.rect(3, 2, 3, 6, "ice"); c.px(4, 1, "steel"); c.px(3, 3, "white")  # the vodka, frosted
    c.rect(8, 4, 2, 4, "steel"); c.px(8, 3, "grey_light")  # the shaker
    c.rect(11, 5, 2, 3, "glass_light"); c.px(11, 5, "white")  # a glass
    c.px(13, 7, "acid")  # the lime that has given up
    c.rect(4, 10, 8, 3, "black"); c.hline(4, 10, 8, "grey_dark")  # a record sleeve on the low shelf
    return c


def bed_platform() -> Canvas:
    """The penthouse: a low black lacquer platform, grey sheets, two hard white pillows."""
    c = Canvas(32, 48)
    box(c, 0, 1, 32, 8, 4, "black", "leather", hi="grey_dark")  # the headboard slab
    box(c, 0, 8, 32, 38, 5, "leather", "black", hi="steel_dark")  # the platform
    c.rect(3, 9, 26, 31, "grey")
    for x in (4, 17):
        c.rect(x, 10, 11, 5, "white"); c.hline(x, 14, 11, "grey_light")
    c.rect(3, 17, 26, 23, "steel_dark"); c.hline(3, 17, 26, "steel"); c.hline(3, 18, 26, "grey_light")
    c.line(5, 24, 26, 36, "steel")  # the sheet turned back on the diagonal
    c.rect(3, 40, 26, 1, "black")
    shadow(c)
    return c


def tv_monitor(frame: int) -> Canvas:
    """The penthouse: a black monitor on a chrome pedestal; a salesman in a blue studio, holding up
    a knife, the picture rolling."""
    c = Canvas()
    c.rect(7, 11, 2, 4, "steel"); c.rect(4, 14, 8, 2, "steel_dark"); c.hline(4, 14, 8, "steel")
    box(c, 1, 0, 14, 12, 2, "grey_dark", "black")
    c.rect(3, 2, 10, 7, "blue")
    c.rect(5, 6, 4, 3, "grey"); c.rect(6, 3, 2, 3, "skin"); c.px(6, 3, "brown_dark")  # the salesman
    c.line(9, 6 - frame % 2, 11, 3 - frame % 2, "white"); c.px(9, 6, "black")  # the knife, waved
    c.hline(3, 2 + (frame * 2) % 7, 10, "sky")  # the roll of the bad tracking
    c.px(13, 10, "red")
    return c


def bar_cart_brass() -> Canvas:
    """Sylvia's: a brass bar cart on big wheels, mirrored shelves, gin, a decanter, an ice bucket."""
    c = Canvas(32, T)
    c.rect(2, 7, 28, 2, "amber"); c.hline(2, 7, 28, "yellow")  # the top shelf's brass rim
    c.rect(3, 11, 26, 2, "glass_light"); c.hline(3, 11, 26, "ice"); c.hline(3, 13, 26, "amber")
    for x in (2, 29):
        c.vline(x, 4, 10, "amber")
    c.line(29, 4, 31, 2, "amber")  # the handle
    for x in (4, 24):
        c.ellipse(x, 12, 4, 4, "black", "brown"); c.px(x + 1, 13, "amber")  # the wheels
    for x, colour, h in ((4, "glass_light", 6), (7, "green_dark", 7), (10, "glass_light", 5)):
        c.rect(x, 7 - h, 2, h, colour); c.px(x, 7 - h, "black"); c.px(x + 1, 8 - h, "white")  # gin, gin
    c.ellipse(14, 2, 5, 5, "amber", "brown"); c.px(16, 1, "amber"); c.px(15, 3, "bleach")  # the decanter
    c.rect(21, 3, 5, 4, "steel"); c.hline(21, 3, 5, "grey_light"); c.px(22, 2, "ice")  # the ice bucket
    c.rect(12, 9, 3, 2, "pink"); c.rect(18, 9, 2, 2, "ice")  # on the low shelf: a lipsticked glass
    return c


def doors(s: Sheet, wood: str, panel: str) -> None:
    closed = Canvas(T, 32)
    closed.rect(0, 0, T, 32, "brown_dark")
    closed.rect(2, 3, 12, 29, panel); closed.frame(2, 3, 12, 29, "black")
    closed.frame(4, 6, 8, 9, darker(panel)); closed.frame(4, 18, 8, 11, darker(panel))
    closed.px(12, 18, "amber"); closed.hline(0, 0, T, wood); closed.rect(0, 1, 2, 31, wood); closed.rect(14, 1, 2, 31, wood)
    s.block("door_closed", closed)
    opened = closed.copy()
    opened.rect(2, 3, 12, 29, "black")
    opened.rect(2, 3, 3, 29, panel); opened.vline(4, 3, 29, darker(panel))
    opened.rect(5, 26, 9, 6, "ink")  # light falls on the floor through the gap
    s.block("door_open", opened)


def build() -> Sheet:
    s = Sheet("interior")
    floor_set(s, "wood", parquet)
    floor_set(s, "check", checker)
    floor_set(s, "carpet", carpet, surface="soft")
    floor_set(s, "bath", bath)
    floor_set(s, "concrete", concrete)
    rug(s, "magenta", "magenta", "black", "plum")
    rug(s, "cyan", "cyan", "navy", "teal")
    rug(s, "rose", "amber", "red_dark", "plum")  # Sylvia's
    rug(s, "kilim", "red_dark", "tan", "brown")  # Katherine's
    wall_tops(s, "wall_top", "night", "dusk")
    wall_fronts(s, "paper", paper, "plum_dark", "violet")
    wall_fronts(s, "paint", paint, "night", "night_high")
    wall_fronts(s, "brick", brick, "grey_dark", "grey")
    wall_fronts(s, "tiles", tiles, "grey", "white")
    wall_fronts(s, "factory", factory, "grey_dark", "grey")
    windows(s)
    windows(s, "window_factory", factory=True)
    doors(s, "wood", "brown")
    s.block("bed", bed(), solid=(0, 4, 32, 43))
    s.block("sofa_magenta", sofa("magenta", "plum"), solid=(0, 8, 48, 22))
    s.block("dining_table", dining_table(), solid=(0, 10, 48, 20))
    # each home's own pieces, on the same footprints
    for name, art in (("sofa_modular", sofa_modular()), ("sofa_velvet", sofa_velvet()),
                      ("sofa_chesterfield", sofa_chesterfield())):
        s.block(name, art, solid=(0, 8, 48, 22))
    for name, art in (("chair_chrome", chair_chrome()), ("armchair_wing", armchair_wing()),
                      ("chair_factory", chair_factory())):
        s.block(name, art, solid=(0, 14, 16, 16))
    for name, art in (("lamp_arc", lamp_arc()), ("lamp_brass", lamp_brass()), ("lamp_work", lamp_work())):
        s.block(name, art, solid=(4, 26, 8, 5))
    s.block("table_glass", table_glass(), solid=(0, 10, 48, 20))
    s.block("table_trestle", table_trestle(), solid=(0, 10, 48, 20))
    s.tile("nightstand", nightstand(), solid=(2, 8, 12, 8))
    s.block("door_frame", door_frame())
    s.tile("chair_s", chair("s"))
    s.tile("chair_n", chair("n"))
    s.block("coffee_table", coffee_table(), solid=(0, 4, 32, 12))
    for kind in ("l", "m", "stove", "sink"):
        s.tile(f"counter_{kind}", counter(kind), solid=(0, 4, 16, 12))
    s.block("fridge", fridge(), solid=(0, 12, 16, 18))
    s.block("tub", tub(), solid=(0, 4, 32, 26))
    s.tile("toilet", toilet(), solid=(3, 4, 10, 12))
    s.tile("bath_sink", basin(), solid=(2, 6, 12, 10))
    for name, art in (("mirror", mirror()), ("mirror_chrome", mirror_chrome()), ("mirror_steel", mirror_steel())):
        s.tile(name, art)
    for name, art in (("wardrobe_lacquer", wardrobe_lacquer()), ("wardrobe_mirror", wardrobe_mirror())):
        s.block(name, art, solid=(0, 8, 32, 22))
    for name, art in (("clothes_rack", clothes_rack()), ("coat_stand", coat_stand()), ("coat_rail", coat_rail())):
        s.block(name, art, solid=(0, 20, 32, 10))
    for name, kind in (("plant", "rubber"), ("plant_yucca", "yucca"), ("plant_palm", "palm")):
        s.block(name, plant(kind), solid=(3, 22, 10, 8))
    for name, art in (("table_lamp", table_lamp()), ("lamp_cube", lamp_cube()), ("lamp_clamp", lamp_clamp()),
                      ("phone_table", phone_table()), ("phone_chrome", phone_chrome()),
                      ("phone_crate", phone_crate())):
        s.tile(name, art, solid=(2, 8, 12, 8))
    s.tile("boombox", [boombox(f) for f in range(2)], solid=(1, 8, 14, 8), ms=[240, 120])
    s.block("hifi", [hifi(f) for f in range(4)], solid=(0, 6, 32, 10), ms=150)
    s.block("dj_deck", [dj_deck(f) for f in range(4)], solid=(0, 22, 32, 10), ms=150)
    s.block("tv_console", [tv_console(f) for f in range(4)], solid=(1, 20, 30, 12), ms=[900, 700, 1100, 600])
    for fill, frame in ((encyclopaedia, ("white", "grey_light", "grey_dark")),
                        (scripts, ("brown_dark", "brown", "skin_deep")),
                        (manuscripts, ("steel_dark", "grey_dark", "ink"))):
        s.block(f"shelf_{fill.__name__}", shelves(*frame, fill), solid=(0, 8, 32, 22))
    s.tile("bar_cart", bar_cart(), solid=(1, 8, 14, 8))
    s.tile("lava_lamp", [lava_lamp(f) for f in range(4)], solid=(2, 10, 12, 6), ms=500)
    s.tile("lava_lamp_brass", [lava_lamp(f, brass=True) for f in range(4)], solid=(2, 10, 12, 6), ms=600)
    s.tile("lamp_neon", [lamp_neon(f) for f in range(2)], solid=(2, 10, 12, 6), ms=[2600, 80])
    s.block("stairs_up", stairs())
    s.block("telescope", telescope(), solid=(3, 24, 11, 7))
    for k in (1, 2, 3):
        s.tile(f"art_{k}", artwork(k))
    s.tile("awards", awards())
    s.tile("show_poster", show_poster())
    for name, art in (("photo_publicity", photo_publicity()), ("clock_sunburst", clock_sunburst()),
                      ("canvas_drip", canvas_drip()), ("poster_gallery", poster_gallery())):
        s.tile(name, art)
    s.block("canvas_red", canvas_red())
    s.block("window_across", [across(f) for f in range(3)], solid=True, ms=[900, 700, 1100])
    pit(s)
    s.block("sofa_pit", sofa_pit(), solid=(0, 8, 48, 22))
    s.tile("bar_chrome", bar_chrome(), solid=(1, 8, 14, 8))
    s.block("bed_platform", bed_platform(), solid=(0, 4, 32, 43))
    s.tile("tv_monitor", [tv_monitor(f) for f in range(4)], solid=(1, 8, 14, 8), ms=240)
    s.block("bar_cart_brass", bar_cart_brass(), solid=(1, 8, 30, 8))
    s.tile("chair_chrome_s", chair("s", "steel", "black", "steel_dark"))
    s.tile("chair_chrome_n", chair("n", "steel", "black", "steel_dark"))
    s.tile("chair_fold_s", chair("s", "steel_dark", "grey", "black"))
    s.tile("chair_fold_n", chair("n", "steel_dark", "grey", "black"))
    s.block("coffee_table_marble", coffee_table_marble(), solid=(0, 4, 32, 12))
    return s
