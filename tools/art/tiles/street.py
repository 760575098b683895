"""`street`: the street between the penthouse building and Sylvia's — asphalt, kerbs, fronts, props."""

from __future__ import annotations

from common import floor_set, wall_fronts, wall_tops
from lib import T, Canvas, box, darker, rng
from neon import tube_pixels, word_pixels
from sheet import Sheet


def asphalt(c: Canvas, r, v):
    c.fill("night")
    c.noise(r, ["ink", "grey_dark"], 0.25)
    c.noise(r, ["steel_dark"], 0.02)
    if v == 2:
        c.line(1, 9, 6, 12, "ink"); c.line(6, 12, 11, 11, "ink")  # a crack
    if v == 3:
        c.ellipse(3, 4, 9, 6, "ink"); c.noise(r, ["night_mid"], 0.2, 4, 5, 7, 4)  # a patch of old repair
    if v == 4:
        c.ellipse(5, 6, 7, 4, "ink"); c.px(7, 7, "night_mid")  # an oil stain


def lane(kind: str) -> Canvas:
    c = Canvas()
    asphalt(c, rng("street", "lane", kind), 1)
    if kind == "dash_h":
        c.rect(2, 7, 10, 2, "yellow"); c.hline(2, 8, 10, "amber")
    if kind == "double_h":
        c.rect(0, 5, T, 2, "yellow"); c.rect(0, 9, T, 2, "yellow")
        c.noise(rng("wear"), ["amber"], 0.15, 0, 5, T, 6)
    if kind == "dash_v":
        c.rect(7, 2, 2, 10, "white"); c.vline(8, 2, 10, "grey_light")
    if kind == "crosswalk":
        for y in (1, 9):
            c.rect(1, y, 14, 5, "grey_light"); c.noise(rng("cw", y), ["grey"], 0.2, 1, y, 14, 5)
    if kind == "stop":
        c.rect(0, 6, T, 3, "grey_light")
    return c


def sidewalk(c: Canvas, r, v):
    """Big concrete flags with a joint every 16px, worn and gum-spotted."""
    c.fill("steel_dark")
    c.noise(r, ["grey_dark", "grey"], 0.12)
    c.hline(0, 15, T, "grey_dark"); c.vline(15, 0, T, "grey_dark")
    c.hline(0, 0, T, "grey" if v != 3 else "steel_dark")
    spots = {1: 2, 2: 4, 3: 1, 4: 3}[v]
    for _ in range(spots):
        c.px(r.randrange(1, 14), r.randrange(1, 14), "grey_dark")
    if v == 3:
        c.line(2, 2, 5, 6, "grey_dark")
    if v == 4:
        c.rect(10, 3, 3, 2, "grey_dark")  # an old stain


def kerb(kind: str, v: int) -> Canvas:
    """Sidewalk edge above the road: the flag's lip and the kerb's front face, then gutter."""
    c = Canvas()
    sidewalk(c, rng("street", "kerb", kind, v), v)
    c.rect(0, 10, T, 6, "night")
    c.noise(rng("gutter", v), ["ink", "grey_dark"], 0.25, 0, 13, T, 3)
    c.hline(0, 9, T, "grey")  # kerb top
    c.rect(0, 10, T, 3, "steel_dark")  # kerb face
    c.hline(0, 12, T, "grey_dark")
    if kind == "corner_l":
        c.rect(0, 0, 3, T, "night"); c.vline(3, 0, 10, "grey_light")
    if kind == "corner_r":
        c.rect(13, 0, 3, T, "night"); c.vline(12, 0, 10, "grey_light")
    return c


def kerb_north(v: int) -> Canvas:
    """Road above, sidewalk below: only the kerb's top line shows from this angle."""
    c = Canvas()
    sidewalk(c, rng("street", "kerbn", v), v)
    c.rect(0, 0, T, 3, "night"); c.noise(rng("kn", v), ["ink"], 0.3, 0, 0, T, 3)
    c.hline(0, 3, T, "grey_dark"); c.hline(0, 4, T, "grey")
    return c


# -- building fronts -------------------------------------------------------------------------

def brick_front(c: Canvas, r, v, base):
    c.fill("brown_dark")
    for row in range(4):
        off = 0 if row % 2 == 0 else 4
        for x in range(-off, T, 8):
            tone = r.choice(["red_dark", "red_dark", "skin_deep", "plum_dark"])
            c.rect(x + 1, row * 4 + 1, 7, 3, tone)
    if v == 2:
        c.rect(2, 4, 3, 10, "skin_deep")  # soot streak
    if v == 3:
        c.line(9, 2, 9, 15, "grey_dark"); c.px(8, 6, "steel")  # a drain pipe


def stone_front(c: Canvas, r, v, base):
    """Limestone gone grey-blue with soot; sodium light only reaches its lower courses."""
    c.fill("steel_dark")
    c.noise(r, ["grey_dark", "grey"], 0.07)
    c.hline(0, 7, T, "grey_dark"); c.hline(0, 15, T, "grey_dark")
    c.hline(0, 0, T, "grey"); c.hline(0, 8, T, "grey")
    c.vline(10 if v % 2 else 4, 0, 7, "grey_dark"); c.vline(2 if v % 2 else 12, 8, 7, "grey_dark")
    if v == 3:
        c.rect(3, 2, 2, 5, "grey_dark")


def window(lit: str | None, surround: str, v: int) -> Canvas:
    """A sash window in a wall front; lit ones show a warm room, a curtain, or TV blue."""
    c = Canvas()
    if surround == "brick":
        brick_front(c, rng("street", "winbrick", v), 1, False)
    else:
        stone_front(c, rng("street", "winstone", v), 1, False)
    c.rect(3, 1, 10, 13, "grey_light"); c.hline(2, 14, 12, "grey_light"); c.hline(2, 15, 12, "steel_dark")
    glass = {None: "glass_dark", "warm": "sodium", "amber": "amber", "tv": "blue"}[lit]
    c.rect(4, 2, 8, 11, glass)
    if lit is None:
        c.line(5, 3, 7, 3, "glass"); c.px(5, 4, "glass")
    elif lit == "tv":
        c.rect(4, 8, 8, 5, "navy"); c.rect(4, 2, 8, 6, "sky")
    else:
        c.rect(4, 2, 2, 11, "orange" if lit == "warm" else "brown")  # curtain
        c.rect(10, 2, 2, 11, "orange" if lit == "warm" else "brown")
        c.px(7, 8, "brown_dark"); c.rect(6, 9, 3, 4, "brown_dark") if v == 2 else None  # a chair back
    c.hline(4, 7, 8, "grey_light")  # sash
    return c


def tv_window(frame: int) -> Canvas:
    c = window("tv", "brick", 3)
    tone = ["sky", "blue", "ice", "blue"][frame]
    c.rect(4, 2, 8, 5, tone); c.rect(4, 8, 8, 5, darker(tone))
    return c


def awning(part: str) -> Canvas:
    c = Canvas()
    for x in range(T):
        stripe = "red" if (x // 4) % 2 == 0 else "bleach"
        c.vline(x, 2, 9, stripe)
        c.px(x, 11, darker(stripe)); c.px(x, 12, stripe if x % 4 < 2 else None)  # scalloped edge
    c.hline(0, 2, T, "red_dark"); c.hline(0, 1, T, "black")
    c.hline(0, 10, T, darker("red"))
    if part == "l":
        c.vline(0, 1, 12, "black")
    if part == "r":
        c.vline(15, 1, 12, "black")
    return c


def entrance(number: str, frame: int = 0) -> Canvas:
    """Glass double doors in a stone surround, lit lobby behind, house number on the transom."""
    c = Canvas(32, 32)
    c.fill("grey"); c.noise(rng("ent", number), ["steel_dark"], 0.06)
    c.rect(3, 2, 26, 30, "black")
    c.rect(4, 3, 24, 6, "grey_dark")
    for x, y in word_pixels(number, 16 - len(number) * 2, 4):
        c.px(x, y, "amber")
    for x in (5, 17):
        c.rect(x, 10, 10, 22, "steel_dark")
        c.rect(x + 1, 11, 8, 21, "sodium"); c.rect(x + 1, 11, 8, 3, "amber")
        c.rect(x + 2, 16, 5, 10, "bleach")  # lobby light
    c.vline(15, 14, 6, "amber"); c.vline(17, 14, 6, "amber")
    c.rect(1, 0, 30, 2, "grey_light")
    return c


def payphone() -> Canvas:
    c = Canvas(T, 32)
    c.rect(7, 14, 2, 18, "steel_dark"); c.vline(7, 14, 18, "black")
    box(c, 2, 1, 12, 15, 11, "steel", "blue", hi="grey_light")
    c.rect(3, 0, 10, 2, "steel")
    c.rect(4, 6, 4, 7, "black"); c.rect(4, 6, 3, 7, "leather")  # handset
    for y in range(6, 12, 2):
        c.hline(9, y, 3, "grey_light")
    c.px(11, 13, "steel"); c.rect(2, 30, 12, 2, "ink")
    c.hline(3, 2, 10, "white"); c.hline(4, 3, 8, "ice")  # the lit sign band
    return c


def street_lamp(frame: int, flicker: bool) -> Canvas:
    c = Canvas(T, 48)
    on = not (flicker and frame in (1, 3))
    dim = flicker and frame == 2
    c.rect(7, 6, 2, 40, "steel_dark"); c.vline(7, 6, 40, "black")
    c.rect(5, 44, 6, 4, "black"); c.rect(6, 44, 4, 3, "steel_dark")
    c.rect(3, 2, 10, 3, "grey_dark"); c.hline(3, 1, 10, "black")
    head = "sodium" if on and not dim else ("amber" if dim else "grey_dark")
    c.rect(4, 5, 8, 2, head)
    if on:
        c.hline(5, 6, 6, "bleach" if not dim else "amber")
        for x, y in ((2, 8), (13, 8), (4, 10), (11, 10), (7, 12), (8, 12)):
            c.px(x, y, "sodium" if not dim else "amber")
    return c


def taxi() -> Canvas:
    """A yellow cab parked facing east, seen from above and its near side."""
    c = Canvas(48, 32)
    c.rect(2, 28, 44, 3, "ink")
    box(c, 1, 4, 46, 25, 12, "yellow", "amber", hi="bleach")  # body
    c.rect(13, 5, 20, 11, "glass"); c.frame(13, 5, 20, 11, "black")
    c.hline(14, 6, 18, "glass_light")
    c.rect(19, 2, 8, 3, "black"); c.rect(20, 2, 6, 2, "bleach")  # roof light
    c.rect(5, 18, 10, 6, "glass_dark"); c.rect(17, 18, 12, 6, "glass_dark"); c.rect(31, 18, 8, 6, "glass_dark")
    c.hline(2, 24, 44, "black")
    for x in range(3, 45, 3):  # the checker band
        c.px(x, 25, "black")
    for x in (5, 35):
        c.ellipse(x, 24, 8, 8, "black"); c.ellipse(x + 2, 26, 4, 4, "steel_dark")
    c.px(46, 12, "bleach"); c.px(46, 13, "white"); c.px(1, 12, "red")
    return c


def hydrant() -> Canvas:
    c = Canvas()
    c.rect(5, 4, 6, 10, "red"); c.vline(5, 4, 10, "pink"); c.vline(10, 4, 10, "red_dark")
    c.ellipse(4, 1, 8, 5, "red", "red_dark"); c.px(7, 1, "pink")
    c.rect(3, 7, 10, 2, "red_dark"); c.rect(4, 13, 8, 2, "red_dark"); c.hline(4, 15, 8, "ink")
    return c


def trash_can() -> Canvas:
    c = Canvas()
    c.ellipse(2, 1, 12, 5, "grey_dark", "steel_dark")
    c.rect(2, 3, 12, 12, "steel_dark")
    for x in range(3, 14, 2):
        c.vline(x, 4, 10, "grey_dark")
    c.rect(4, 2, 3, 2, "white"); c.px(9, 2, "red")  # rubbish overflowing
    c.hline(2, 15, 12, "ink")
    return c


def news_box() -> Canvas:
    c = Canvas()
    box(c, 2, 1, 12, 14, 10, "blue", "navy", hi="sky")
    c.rect(4, 6, 8, 5, "grey_light"); c.hline(5, 7, 6, "black"); c.hline(5, 9, 4, "grey")
    c.rect(7, 12, 2, 1, "steel")
    return c


def manhole(frame: int) -> Canvas:
    """A manhole cover breathing steam; 1x2: the steam rises into the tile above."""
    c = Canvas(T, 32)
    base = Canvas()
    asphalt(base, rng("street", "manhole"), 1)
    base.ellipse(2, 4, 12, 9, "grey_dark", "black")
    for x in range(4, 12, 2):
        base.vline(x, 6, 5, "leather")
    c.blit(base, 0, T)
    r = rng("steam", frame)
    for k in range(22):
        t = (k * 5 + frame * 7) % 26
        x = 8 + round((r.random() - 0.5) * (4 + t * 0.5))
        y = 24 - t
        c.px(x, y, "grey_light" if t < 10 else ("grey" if t < 18 else "steel_dark"))
        if t < 14:
            c.px(x + 1, y, "white" if t < 6 else "grey_light")
    return c


def shop_sign(text: str, colour: str) -> list[Canvas]:
    out = []
    for f in range(2):
        c = Canvas(32, T)
        c.rect(0, 3, 32, 10, "black"); c.frame(0, 3, 32, 10, "grey_dark")
        pts = word_pixels(text, 16 - len(text) * 2, 6)
        tube_pixels(c, pts, colour, lit=(f == 0) or True)
        if f == 1:
            for x, y in sorted(pts)[:3]:
                c.px(x, y, "grey_dark")
        out.append(c)
    return out


# what sodium light does to each ground colour: greys go orange-brown
SODIUM = {"steel_dark": "skin_mid", "grey_dark": "skin_dark", "grey": "tan", "grey_light": "wood",
          "night": "brown_dark", "ink": "skin_deep", "night_mid": "skin_deep", "leather": "brown_dark"}


def glow(draw, w: int, h: int, key: str) -> Canvas:
    """A pool of street-lamp light on the ground: tinted in the middle, dithered at the rim."""
    c = Canvas(w * T, h * T)
    for j in range(h):
        for i in range(w):
            t = Canvas()
            draw(t, rng("street", key, i, j), 1 + (i + j) % 3)
            c.blit(t, i * T, j * T)
    cx, cy, rx, ry = c.w / 2, c.h / 2, c.w / 2, c.h / 2
    for y in range(c.h):
        for x in range(c.w):
            d = ((x + 0.5 - cx) / rx) ** 2 + ((y + 0.5 - cy) / ry) ** 2
            k = c.get(x, y)
            if d < 0.55 or (d < 1.0 and (x + y) % 2 == 0 and d < 0.8) or (d < 1.0 and (x * 3 + y) % 5 == 0):
                c.px(x, y, SODIUM.get(k, k))
    return c


def build() -> Sheet:
    s = Sheet("street")
    floor_set(s, "asphalt", asphalt, variants=4)
    for kind in ("dash_h", "double_h", "dash_v", "crosswalk", "stop"):
        s.tile(f"road_{kind}", lane(kind), surface="hard")
    floor_set(s, "sidewalk", sidewalk, variants=4)
    for v in (1, 2):
        s.tile(f"kerb_{v}", kerb("straight", v), surface="hard")
        s.tile(f"kerb_top_{v}", kerb_north(v), surface="hard")
    s.tile("kerb_corner_l", kerb("corner_l", 1), surface="hard")
    s.tile("kerb_corner_r", kerb("corner_r", 1), surface="hard")
    wall_tops(s, "roof_edge", "ink", "night_high")
    wall_fronts(s, "brick", brick_front, "grey_dark", "grey")
    wall_fronts(s, "stone", stone_front, "steel_dark", "grey_light")
    for surround in ("brick", "stone"):
        for v, lit in enumerate([None, None, "warm", "amber"], 1):
            tag = "dark" if lit is None else "lit"
            n = v if lit is None else v - 2
            s.tile(f"window_{surround}_{tag}_{n}", window(lit, surround, v), solid=True)
    s.tile("window_brick_tv", [tv_window(f) for f in range(4)], solid=True, ms=[300, 180, 120, 400])
    for part in ("l", "m", "r"):
        s.tile(f"awning_{part}", awning(part))
    s.block("entrance_44", entrance("44"))
    s.block("entrance_45", entrance("45"))
    s.block("sign_bar", shop_sign("BAR", "magenta"), ms=[1200, 90])
    s.block("sign_deli", shop_sign("DELI", "acid"), ms=[900, 120])
    s.block("payphone", payphone(), solid=(2, 20, 12, 12))
    s.block("street_lamp", street_lamp(0, False), solid=(5, 40, 6, 8))
    s.block("street_lamp_flicker", [street_lamp(f, True) for f in range(4)], solid=(5, 40, 6, 8),
            ms=[1600, 70, 120, 60])
    s.block("taxi", taxi(), solid=(0, 10, 48, 22))
    s.tile("hydrant", hydrant(), solid=(3, 6, 10, 10))
    s.tile("trash_can", trash_can(), solid=(2, 4, 12, 12))
    s.tile("news_box", news_box(), solid=(2, 6, 12, 10))
    s.block("manhole", [manhole(f) for f in range(4)], ms=140)
    s.block("sidewalk_glow", glow(sidewalk, 3, 2, "swglow"), surface="hard")
    s.block("asphalt_glow", glow(asphalt, 3, 2, "asglow"), surface="hard")
    return s
