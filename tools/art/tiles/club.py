"""`club`: the New Wave night club — dance floor, bar, DJ booth, runway, backstage, entrance."""

from __future__ import annotations

from common import floor_set, wall_fronts, wall_tops
from interior import clothes_rack, mirror
from lib import T, Canvas, box, darker, lighter, rng
from neon import line_pixels, tube_pixels, word_pixels
from sheet import Sheet

CYCLE = ["magenta", "cyan", "acid", "yellow", "violet", "orange"]


def dance_panel(colour: str | None, pattern: str) -> Canvas:
    """One floor panel: black grout, dark glass, lit from below in `colour` (None = off)."""
    c = Canvas(fill="black")
    c.rect(1, 1, 14, 14, "ink")
    c.hline(1, 1, 14, "night")
    if colour is None:
        c.noise(rng("off", pattern), ["night"], 0.05, 1, 2, 14, 13)
        return c
    dim, hot = darker(colour), lighter(colour)
    if pattern == "square":
        c.rect(2, 2, 12, 12, dim); c.rect(4, 4, 8, 8, colour); c.rect(6, 6, 4, 4, hot)
    elif pattern == "ring":
        c.ellipse(2, 2, 12, 12, colour, dim); c.ellipse(5, 5, 6, 6, "ink", dim); c.px(7, 7, hot)
    elif pattern == "diag":
        for i in range(-14, 14, 4):
            c.line(1 + i, 14, 14 + i, 1, colour)
            c.line(2 + i, 14, 14 + i, 2, dim)
        c.frame(1, 1, 14, 14, "ink")
    else:  # "dots": four lamps
        for x, y in ((3, 3), (9, 3), (3, 9), (9, 9)):
            c.rect(x, y, 4, 4, dim); c.rect(x + 1, y + 1, 2, 2, colour); c.px(x + 1, y + 1, hot)
    c.px(2, 2, "white")  # the glint on the glass
    return c


def dance_floor(s: Sheet) -> None:
    """Eight animated panels; different phases and patterns so neighbours never blink in step."""
    specs = [("square", 0, 4), ("square", 2, 4), ("ring", 1, 4), ("ring", 3, 4),
             ("diag", 0, 6), ("diag", 3, 6), ("dots", 4, 4), ("dots", 5, 4)]
    for n, (pattern, phase, _step) in enumerate(specs, 1):
        frames = []
        for f in range(4):
            k = (phase + f * (1 if n % 2 else 3)) % len(CYCLE)
            colour = None if (f + n) % 4 == 3 else CYCLE[k]  # every panel goes dark one beat in four
            frames.append(dance_panel(colour, pattern))
        s.tile(f"dance_{n}", frames, surface="hard", ms=[400, 400, 400, 400] if n < 5 else 250)
    s.tile("dance_off", dance_panel(None, "off"), surface="hard")


def backstage(c: Canvas, r, v):
    c.fill("steel_dark")
    c.noise(r, ["grey_dark", "steel"], 0.08)
    c.hline(0, 15, T, "grey_dark"); c.vline(15, 0, T, "grey_dark")
    if v == 2:
        c.rect(3, 5, 3, 2, "grey"); c.px(10, 11, "magenta")  # tape mark, glitter
    if v == 3:
        c.px(6, 3, "cyan"); c.px(12, 8, "pink")


def club_concrete(c: Canvas, r, v):
    """Darker than the apartment concrete: the club is lit only by its own lights."""
    c.fill("leather")
    c.noise(r, ["grey_dark", "night"], 0.16)
    c.noise(r, ["steel_dark"], 0.02)
    if v == 2:
        c.line(3, 12, 8, 10, "black")
    if v == 3:
        c.rect(9, 4, 3, 2, "night"); c.px(12, 5, "night")  # a spilled drink, long dried


def void(c: Canvas, r, v):
    c.fill("black")
    c.noise(r, ["ink"], 0.05 * v)


# -- walls ---------------------------------------------------------------------------------------

def concrete_wall(c: Canvas, r, v, base):
    c.fill("grey_dark")
    c.noise(r, ["leather", "steel_dark"], 0.12)
    c.vline(0, 0, T, "leather")
    for x, y in ((3, 3), (12, 3), (3, 12), (12, 12)):
        c.px(x, y, "black")  # form-tie holes
    if v == 2:
        c.line(6, 2, 9, 10, "leather")
    if v == 3:  # a spray tag
        c.line(2, 9, 6, 6, "magenta"); c.line(6, 6, 9, 10, "magenta"); c.line(9, 10, 13, 5, "magenta")


def black_brick(c: Canvas, r, v, base):
    c.fill("black")
    for row in range(4):
        off = 0 if row % 2 == 0 else 4
        for x in range(-off, T, 8):
            tone = r.choice(["leather", "leather", "night", "grey_dark"])
            c.rect(x + 1, row * 4 + 1, 7, 3, tone)
    if v == 3:
        c.px(5, 6, "magenta"); c.px(6, 6, "plum")  # a flake of old paint


# -- furniture -----------------------------------------------------------------------------------

def bar_counter(part: str) -> Canvas:
    c = Canvas()
    box(c, 0, 1, 16, 15, 10, "brown_dark", "black", hi="tan")
    c.hline(0, 7, T, "magenta")  # neon strip under the lip
    c.hline(0, 8, T, "plum")
    if part == "l":
        c.vline(0, 1, 15, "black"); c.vline(1, 6, 9, "grey_dark")
    if part == "r":
        c.vline(15, 1, 15, "black"); c.vline(14, 6, 9, "grey_dark")
    if part == "m":
        c.rect(4, 2, 2, 3, "glass_light"); c.px(4, 2, "ice")  # a glass
        c.ellipse(9, 2, 4, 3, "grey", "grey_dark")
    if part == "m2":
        c.rect(10, 1, 2, 4, "green_dark"); c.px(10, 1, "black")
    return c


def bottle_shelf(v: int) -> Canvas:
    c = Canvas()
    r = rng("bottles", v)
    for shelf_y in (7, 14):
        x = 1
        while x < 14:
            col = r.choice(["green_dark", "amber", "glass_light", "red_dark", "cyan", "glass", "bleach"])
            h = r.randrange(4, 7)
            c.rect(x, shelf_y - h, 2, h, col); c.px(x, shelf_y - h, "black")
            c.px(x, shelf_y - h + 2, lighter(col))
            x += 3
        c.hline(0, shelf_y, T, "grey"); c.hline(0, shelf_y + 1, T, "black")
    return c


def stool() -> Canvas:
    c = Canvas()
    c.ellipse(4, 3, 8, 5, "red", "red_dark"); c.hline(5, 4, 5, "pink")
    c.vline(8, 8, 6, "steel"); c.vline(7, 8, 6, "steel_dark")
    c.ellipse(4, 13, 8, 3, "steel_dark", "black")
    return c


def dj_booth(frame: int) -> Canvas:
    c = Canvas(48, 32)
    box(c, 0, 6, 48, 26, 12, "grey_dark", "black", hi="steel")
    for x in (3, 27):  # two decks
        c.rect(x, 8, 18, 11, "leather"); c.frame(x, 8, 18, 11, "black")
        c.ellipse(x + 2, 9, 11, 9, "black", "grey_dark")
        c.ellipse(x + 6, 12, 3, 3, "red" if x == 3 else "cyan")
        ang = [(0, -3), (3, 0), (0, 3), (-3, 0)][(frame + (x // 27)) % 4]
        c.px(x + 7 + ang[0], 13 + ang[1], "grey_light")
        c.line(x + 16, 9, x + 13, 15, "steel")
    c.rect(21, 9, 6, 9, "black")
    for i in range(3):
        c.px(22 + i * 2, 10 + (frame + i) % 4 * 2, "acid")
    c.hline(2, 21, 44, "cyan" if frame % 2 == 0 else "teal")  # the booth's front light strip
    for i in range(0, 44, 6):
        c.px(3 + i, 25, CYCLE[(i // 6 + frame) % len(CYCLE)])
    return c


def speaker(frame: int) -> Canvas:
    c = Canvas(T, 32)
    box(c, 0, 2, 16, 30, 26, "leather", "black", hi="grey_dark")
    for cy, r in ((10, 4), (22, 6)):
        rr = r + (1 if frame == 1 and r == 6 else 0)
        c.ellipse(8 - rr, cy - rr, rr * 2, rr * 2, "grey_dark", "leather")
        c.ellipse(8 - 2, cy - 2, 4, 4, "steel_dark")
    c.px(2, 30, "red")
    return c


def runway(part: str, frame: int) -> Canvas:
    """The catwalk runs north-south, two tiles wide: glossy black, edge lights chasing south."""
    c = Canvas(fill="leather")
    r = rng("runway", part)
    for y in range(0, T, 4):  # streaks of reflected light on the lacquer
        x = r.randrange(3, 12)
        c.hline(x, y + 1, 3, "grey_dark")
    c.px(r.randrange(3, 13), r.randrange(T), "steel_dark")
    side = 0 if part.endswith("l") else T - 3
    c.rect(side, 0, 3, T, "black")
    c.vline(side + (2 if side == 0 else 0), 0, T, "white")  # the white edge tape
    for y in range(2, T, 4):
        on = ((y // 4) + frame) % 4 == 0
        c.px(side + 1, y, "yellow" if on else "amber")
        if on:
            c.px(side + 1, y - 1, "bleach")
    if part.startswith("end"):  # the south end: the raised front face shows
        c.rect(0, 9, T, 7, "black"); c.hline(0, 9, T, "white"); c.hline(0, 10, T, "grey_dark")
        for x in range(2, T, 5):
            c.px(x, 13, "magenta" if (x // 5 + frame) % 2 else "plum")
    return c


def audience_chair() -> Canvas:
    c = Canvas()
    box(c, 3, 1, 10, 8, 4, "steel_dark", "black")
    box(c, 3, 6, 10, 7, 3, "grey", "steel_dark")
    c.vline(4, 13, 3, "black"); c.vline(11, 13, 3, "black")
    return c


def banquette() -> Canvas:
    c = Canvas(32, 32)
    box(c, 0, 0, 32, 16, 10, "plum", "plum_dark")
    for x in range(3, 32, 7):
        c.px(x, 6, "violet"); c.px(x, 10, "violet")  # buttoned velvet
    box(c, 0, 12, 32, 18, 8, "violet", "plum")
    c.rect(1, 30, 30, 2, "ink")
    return c


def bulb_mirror(frame: int) -> Canvas:
    c = Canvas(32, T)
    c.rect(1, 1, 30, 14, "grey_dark"); c.frame(1, 1, 30, 14, "black")
    c.rect(4, 3, 24, 10, "glass"); c.line(6, 11, 12, 4, "glass_light"); c.line(9, 11, 14, 5, "glass_light")
    for i, x in enumerate(range(3, 30, 4)):
        dead = frame == 1 and i == 5  # one bulb flickers, as they always do
        c.px(x, 1, "grey" if dead else "bleach")
        c.px(x, 14, "bleach")
    for y in (4, 8, 12):
        c.px(2, y, "bleach"); c.px(29, y, "bleach")
    return c


def makeup_table() -> Canvas:
    c = Canvas(32, T)
    box(c, 0, 2, 32, 14, 7, "grey_light", "grey_dark", hi="white")
    items = [(3, "magenta"), (6, "black"), (9, "cyan"), (13, "red"), (20, "acid"), (25, "pink")]
    for x, col in items:
        c.rect(x, 3, 2, 3, col); c.px(x, 3, lighter(col))
    c.ellipse(16, 3, 3, 2, "bleach")  # powder
    c.line(22, 7, 28, 5, "black")  # a brush
    return c


def neon_sign(draw, colour: str, w: int, frames: int = 3) -> list[Canvas]:
    out = []
    for f in range(frames):
        c = Canvas(w, T)
        c.rect(0, 2, w, 12, None)
        pts = draw()
        lit = not (f == 1)
        if f == 1:  # a flicker: half the tube browns out for one frame
            lit_pts = {p for p in pts if p[0] < w // 2}
            tube_pixels(c, pts - lit_pts, colour)
            tube_pixels(c, lit_pts, colour, lit=False)
        else:
            tube_pixels(c, pts, colour if f == 0 else {"magenta": "pink", "cyan": "cyan",
                                                        "acid": "acid", "yellow": "orange"}[colour], lit)
        out.append(c)
    return out


def poster(kind: int) -> Canvas:
    c = Canvas()
    c.rect(2, 1, 12, 14, "bleach" if kind == 1 else "black")
    c.frame(2, 1, 12, 14, "grey")
    if kind == 1:
        c.ellipse(4, 3, 8, 8, "magenta"); c.rect(4, 11, 8, 2, "black")
    elif kind == 2:
        for i in range(4):
            c.hline(3, 3 + i * 3, 10, ["cyan", "magenta", "acid", "yellow"][i])
        c.rect(5, 13, 6, 1, "white")
    else:
        c.line(3, 13, 8, 3, "acid"); c.line(8, 3, 13, 13, "acid"); c.px(8, 9, "white")
    c.px(3, 1, "steel"); c.px(12, 1, "steel")  # tape
    return c


def rope(part: str) -> Canvas:
    c = Canvas()
    if part in ("l", "r"):
        x = 7
        c.ellipse(x - 3, 12, 8, 4, "amber", "brown")
        c.rect(x, 2, 2, 11, "amber"); c.vline(x, 2, 11, "yellow"); c.rect(x - 1, 1, 4, 2, "yellow")
        start, end = (x + 2, T) if part == "l" else (0, x)
    else:
        start, end = 0, T
    for xx in range(start, end):
        sag = int(3 * (1 - ((xx - 8) / 8) ** 2)) if part == "m" else 0
        c.px(xx, 4 + sag, "red"); c.px(xx, 5 + sag, "red_dark")
    return c


def entrance() -> Canvas:
    c = Canvas(32, 32)
    c.rect(0, 0, 32, 32, "grey_dark"); c.rect(2, 4, 28, 28, "black")
    for x in (3, 17):
        c.rect(x, 5, 12, 27, "steel_dark"); c.frame(x, 5, 12, 27, "black")
        c.rect(x + 2, 8, 8, 4, "glass_dark")
    c.vline(14, 14, 6, "steel"); c.vline(17, 14, 6, "steel")
    c.rect(12, 0, 8, 3, "red"); c.hline(13, 1, 6, "pink")  # the red bulb over the door
    return c


def cigarette_machine(frame: int) -> Canvas:
    """The lit vending machine by the toilets: a row of packs behind glass, the panel buzzing."""
    c = Canvas(T, 32)
    box(c, 1, 2, 14, 28, 24, "grey_dark", "red_dark", hi="grey")
    c.rect(3, 9, 10, 10, "bleach" if frame != 1 else "white")
    packs = ["red", "white", "blue", "acid", "yellow", "magenta", "white", "red"]
    for i, col in enumerate(packs):
        x, y = 3 + (i % 4) * 2 + (i % 4) // 2, 10 + (i // 4) * 5
        c.rect(x, y, 2, 3, col); c.px(x, y, "grey_light")
    for i in range(4):
        c.rect(3 + i * 3 - (1 if i == 3 else 0), 21, 2, 3, "steel")  # pull knobs
    c.rect(4, 25, 8, 2, "black")  # the tray
    c.hline(2, 7, 12, "amber" if frame == 2 else "yellow")
    c.rect(1, 30, 14, 2, "ink")
    return c


def mirror_ball(frame: int) -> Canvas:
    """Hung over the middle of the floor on its chain; its facets catch the lights as it turns."""
    c = Canvas()
    c.vline(8, 0, 2, "steel_dark")
    c.ellipse(1, 2, 14, 14, "grey", "black")
    for y in range(3, 15):
        for x in range(2, 14):
            if c.get(x, y) == "grey" and (x + y) % 2 == 0:
                k = (x // 2 + y // 2 + frame) % 4
                c.px(x, y, ("white", "grey_light", "steel", "ice")[k])
    for x in range(2, 14):  # the shadowed underside
        for y in (13, 14):
            if c.get(x, y) not in (None, "black"):
                c.px(x, y, "steel_dark")
    gx, gy = ((4, 5), (7, 4), (10, 6), (6, 8))[frame]
    c.px(gx, gy, "bleach"); c.px(gx + 1, gy, "white")  # the glint that travels round
    return c


def spot_can(colour: str, frame: int) -> Canvas:
    """A par can on the lighting bar over the wall, big enough to read at 1x: a black can in its
    yoke, the lens lit in the show's colours with a hot white core, and its beam down the wall."""
    c = Canvas()
    c.hline(0, 0, T, "steel"); c.hline(0, 1, T, "steel_dark"); c.hline(0, 2, T, "black")  # the bar
    c.vline(3, 2, 6, "steel_dark"); c.vline(12, 2, 6, "steel_dark"); c.hline(3, 2, 10, "steel")  # the yoke
    c.rect(4, 3, 8, 5, "black"); c.vline(5, 3, 5, "grey_dark")  # the can
    lit = frame % 2 == 0
    c.ellipse(3, 6, 10, 6, lighter(colour) if lit else darker(colour), "black")
    if lit:
        c.rect(7, 8, 2, 2, "white"); c.px(6, 8, colour); c.px(9, 9, colour)
        for y in range(12, T):  # the beam, dithered, widening down the wall
            spread = y - 10
            for x in range(8 - spread, 8 + spread):
                if (x + y) % 2 == 0:
                    c.px(x, y, colour)
    return c


def record_crate() -> Canvas:
    c = Canvas()
    box(c, 2, 4, 12, 12, 6, "brown", "brown_dark")
    for i, col in enumerate(("black", "red", "black", "cyan", "black", "yellow", "black")):
        c.vline(3 + i + (i // 2), 3, 4, col)  # the sleeves' spines
    return c


def build() -> Sheet:
    s = Sheet("club")
    dance_floor(s)
    floor_set(s, "concrete", club_concrete)
    floor_set(s, "backstage", backstage)
    floor_set(s, "void", void)
    wall_tops(s, "wall_top", "black", "plum")
    wall_fronts(s, "concrete", concrete_wall, "leather", "steel_dark")
    wall_fronts(s, "brick", black_brick, "grey_dark", "magenta")
    for part in ("l", "m", "m2", "r"):
        s.tile(f"bar_{part}", bar_counter(part), solid=(0, 3, 16, 13))
    for v in (1, 2, 3):
        s.tile(f"bottle_shelf_{v}", bottle_shelf(v))
    s.tile("bar_stool", stool())
    s.block("dj_booth", [dj_booth(f) for f in range(4)], solid=(0, 12, 48, 20), ms=120)
    s.block("speaker", [speaker(f) for f in range(2)], solid=(0, 10, 16, 22), ms=[240, 120])
    for part in ("l", "r", "end_l", "end_r"):
        s.tile(f"runway_{part}", [runway(part, f) for f in range(4)],
               solid=(0, 9, 16, 7) if part.startswith("end") else False, ms=150, surface="hard")
    s.tile("audience_chair", audience_chair(), solid=(3, 6, 10, 8))
    s.block("banquette", banquette(), solid=(0, 4, 32, 26))
    s.block("bulb_mirror", [bulb_mirror(f) for f in range(2)], ms=[1400, 90])
    s.block("makeup_table", makeup_table(), solid=(0, 6, 32, 10))
    s.block("clothes_rack", clothes_rack(), solid=(0, 20, 32, 10))
    s.tile("hand_mirror", mirror())
    s.block("neon_bar", neon_sign(lambda: word_pixels("BAR", 5, 3, 2), "magenta", 32), ms=[900, 80, 600])
    s.block("neon_dance", neon_sign(lambda: word_pixels("DANCE", 4, 5), "cyan", 32) , ms=[700, 70, 700])
    s.tile("neon_bolt", neon_sign(lambda: line_pixels([(9, 1), (4, 8), (11, 8), (6, 15)]), "yellow", T),
            ms=[500, 60, 500])
    s.tile("neon_eye", neon_sign(lambda: line_pixels([(1, 8), (8, 3), (14, 8), (8, 13), (1, 8)]) | {(7, 7), (8, 7), (7, 8), (8, 8)},
                                  "acid", T), ms=[1100, 90, 300])
    for k in (1, 2, 3):
        s.tile(f"poster_{k}", poster(k))
    for part in ("l", "m", "r"):
        s.tile(f"rope_{part}", rope(part), solid=(0, 3, 16, 6) if part == "m" else (4, 8, 8, 8))
    s.block("entrance_door", entrance())
    s.block("cigarette_machine", [cigarette_machine(f) for f in range(3)], solid=(0, 10, 16, 20),
            ms=[1500, 60, 400])
    s.tile("mirror_ball", [mirror_ball(f) for f in range(4)], ms=180)
    for colour in ("magenta", "cyan", "acid", "yellow"):
        s.tile(f"spot_{colour}", [spot_can(colour, f) for f in range(2)],
               ms=[700 + 90 * len(colour), 140])
    s.tile("record_crate", record_crate(), solid=(2, 6, 12, 10))
    return s
