"""`rooftop`: the penthouse roof — tar, parapets, water tower, skylight, the skyline beyond."""

from __future__ import annotations

import math

from common import city, city_blocks, floor_set, sky, wall_fronts, wall_tops
from lib import T, Canvas, box, rng
from sheet import Sheet

ROOF_W = 44  # tiles across the roof map: the city beyond it is one unbroken picture


def tar(c: Canvas, r, v):
    """Gravel-on-tar: dark, fine-grained, a few lighter stones; variants add seams and patches."""
    c.fill("grey_dark")
    c.noise(r, ["leather"], 0.35)
    c.noise(r, ["steel_dark"], 0.06)
    c.noise(r, ["grey"], 0.015)
    if v == 2:
        c.line(0, 12, 15, 11, "leather")  # a lapped seam, slightly off true
    if v == 3:
        c.line(2, 3, 7, 5, "black"); c.line(7, 5, 12, 4, "black")  # a sealed crack
    if v == 4:
        c.ellipse(4, 6, 8, 5, "leather")  # a tar patch, smooth where the gravel is gone
        c.noise(r, ["grey_dark"], 0.15, 4, 6, 8, 5)


def puddle(phase: int, frame: int, big: bool) -> Canvas:
    """Standing water on tar: reflects the sky (navy), with ripple rings that move each frame."""
    c = Canvas()
    tar(c, rng("puddle_base", big), 1)
    w, h = (14, 10) if big else (10, 7)
    x, y = (T - w) // 2, (T - h) // 2 + 1
    c.ellipse(x, y, w, h, "navy", "night_mid")
    c.px(x + 2, y + 2, "ice")  # a star's reflection
    k = (frame + phase) % 3
    rx, ry = 2 + k * 2, 1 + k
    cx, cy = x + w // 2, y + h // 2
    for t in range(0, 360, 15):
        px, py = round(cx + rx * math.cos(math.radians(t))), round(cy + ry * math.sin(math.radians(t)))
        if c.get(px, py) in ("navy",):
            c.px(px, py, "blue" if k < 2 else "night_high")
    c.hline(x + 3, y + 1, 3, "sky" if frame % 3 == 1 else "blue")  # a glint of a neon sign
    return c


def parapet_front(c: Canvas, r, v, base):
    """Brick, weathered; the parapet's face toward the roof."""
    c.fill("skin_deep")
    for row in range(4):
        off = 0 if row % 2 == 0 else 4
        for x in range(-off, T, 8):
            c.rect(x + 1, row * 4 + 1, 7, 3, r.choice(["red_dark", "red_dark", "plum_dark", "brown_dark"]))
    if v == 2:
        c.rect(3, 6, 2, 5, "green_dark")  # a streak of moss under a drip
    if v == 3:
        c.rect(10, 2, 3, 3, "black"); c.px(11, 3, "grey_dark")  # a scupper hole


def sky_tile(v: int) -> Canvas:
    c = Canvas()
    sky(c, f"roof{v}", v * 16, 0, horizon=80)
    return c


def city_north() -> Canvas:
    """Uptown beyond the north parapet: the Empire State Building over three layers of roofs."""
    c = Canvas(ROOF_W * T, 3 * T)
    city(c, "roof_north", {"empire_state": 30 * T}, T, horizon=64)
    return c


def city_south() -> Canvas:
    """Downtown beyond the south parapet, lower and further: the Twin Towers."""
    c = Canvas(ROOF_W * T, 2 * T)
    city(c, "roof_south", {"twin_towers": 12 * T}, T, horizon=40)
    return c


def water_tower() -> Canvas:
    c = Canvas(48, 64)
    # legs and cross bracing
    for x in (8, 22, 36):
        c.rect(x, 36, 3, 26, "steel_dark"); c.vline(x, 36, 26, "black")
    c.line(10, 40, 36, 58, "black"); c.line(38, 40, 11, 58, "black")
    c.hline(8, 48, 31, "steel_dark")
    # platform
    box(c, 2, 32, 44, 8, 3, "brown", "brown_dark")
    # barrel: wooden staves with iron hoops
    c.rect(6, 12, 36, 22, "brown")
    for x in range(6, 42, 3):
        c.vline(x, 12, 22, "brown_dark")
    c.rect(6, 12, 4, 22, "brown_dark"); c.rect(38, 12, 4, 22, "skin_deep")
    for y in (15, 22, 29):
        c.hline(5, y, 38, "steel_dark"); c.hline(5, y + 1, 38, "black")
    c.vline(5, 12, 22, "black"); c.vline(42, 12, 22, "black")
    # conical roof
    for i in range(12):
        c.hline(24 - 2 - i * 2 + i // 2, 1 + i, 4 + i * 4 - i, "grey_dark")
    for i in range(12):
        w = 4 + i * 3
        c.hline(24 - w // 2, 1 + i, w, "grey_dark" if i % 3 else "steel_dark")
        c.px(24 - w // 2, 1 + i, "black"); c.px(24 + w // 2 - 1 + (w % 2), 1 + i, "black")
    c.hline(4, 12, 40, "black"); c.rect(23, 0, 2, 2, "steel")
    c.line(30, 12, 33, 34, "grey_dark")  # a ladder
    c.line(34, 12, 37, 34, "grey_dark")
    for y in range(14, 34, 3):
        c.hline(31 + (y - 12) // 7, y, 4, "grey_dark")
    return c


def skylight() -> Canvas:
    c = Canvas(32, 32)
    box(c, 0, 4, 32, 26, 6, "grey", "grey_dark")  # curb
    c.rect(3, 6, 26, 16, "glass_dark")
    # glass ridge: two sloped panes, the lit room glows amber through
    c.rect(4, 7, 11, 14, "amber"); c.rect(17, 7, 11, 14, "sodium")
    for x in range(4, 28, 4):
        c.vline(x, 7, 14, "steel_dark")
    c.hline(3, 14, 26, "steel"); c.vline(15, 6, 16, "steel"); c.vline(16, 6, 16, "black")
    c.line(6, 9, 9, 9, "bleach")
    c.rect(0, 30, 32, 2, "black")
    return c


def chimney() -> Canvas:
    c = Canvas(T, 32)
    box(c, 2, 6, 12, 24, 18, "black", "red_dark", hi="grey_dark")
    for y in range(13, 29, 3):
        c.hline(3, y, 10, "skin_deep")
    box(c, 1, 4, 14, 6, 3, "grey", "grey_dark")
    c.rect(5, 5, 6, 2, "black")
    c.rect(2, 30, 12, 2, "black")
    return c


def vent(frame: int) -> Canvas:
    c = Canvas()
    c.rect(6, 6, 4, 9, "steel"); c.vline(9, 6, 9, "steel_dark"); c.vline(6, 6, 9, "grey_light")
    c.ellipse(2, 2, 12, 6, "steel", "steel_dark"); c.hline(4, 3, 8, "grey_light")
    c.hline(5, 15, 6, "black")
    if frame:  # a breath of warm air
        c.px(4 + frame, 0, "grey"); c.px(10 - frame, 1, "grey_dark")
    return c


def ac_unit(frame: int) -> Canvas:
    c = Canvas(32, T)
    box(c, 0, 0, 32, 16, 9, "grey_light", "grey", hi="white")
    c.ellipse(3, 1, 10, 6, "steel_dark", "black")
    blades = [((5, 4), (10, 4)), ((8, 2), (8, 6)), ((6, 2), (10, 6)), ((10, 2), (6, 6))][frame % 4]
    c.line(*blades[0], *blades[1], "grey_light")
    for x in range(16, 30, 2):
        c.vline(x, 2, 4, "grey")
    for y in range(9, 14, 2):
        c.hline(2, y, 28, "steel_dark")
    c.px(28, 1, "acid" if frame % 2 else "green")
    return c


def access_hut() -> Canvas:
    c = Canvas(48, 48)
    box(c, 0, 0, 48, 22, 4, "grey_dark", "grey", hi="steel_dark")  # flat roof
    c.noise(rng("hutroof"), ["leather"], 0.2, 1, 1, 46, 16)
    c.rect(0, 22, 48, 26, "black")
    for row in range(6):
        off = 0 if row % 2 == 0 else 4
        for x in range(-off, 48, 8):
            c.rect(x + 1, 22 + row * 4 + 1, 7, 3, "red_dark")
    c.rect(18, 28, 13, 20, "steel_dark"); c.frame(18, 28, 13, 20, "black")
    c.rect(20, 31, 9, 5, "glass_dark"); c.px(28, 39, "steel")
    c.rect(22, 24, 5, 3, "bleach"); c.hline(22, 26, 5, "amber")  # caged bulb over the door
    c.vline(0, 0, 48, "black"); c.vline(47, 0, 48, "black")
    return c


def mark(kind: str) -> Canvas:
    """Gaffer tape on the tar, where the photographer wants the models to stand."""
    c = Canvas()
    col = "acid" if kind in ("x", "h", "v") else "magenta"
    if kind == "x" or kind == "x2":
        c.line(4, 4, 11, 11, col); c.line(5, 4, 12, 11, col)
        c.line(11, 4, 4, 11, col); c.line(12, 4, 5, 11, col)
    if kind == "t":
        c.rect(3, 5, 10, 2, col); c.rect(7, 7, 2, 6, col)
    if kind == "h":
        c.rect(0, 7, T, 2, col)
    if kind == "v":
        c.rect(7, 0, 2, T, col)
    return c


def photo_light(frame: int) -> Canvas:
    """The crew's studio flash on its stand; it fires now and then."""
    c = Canvas(T, 32)
    c.line(8, 14, 3, 30, "black"); c.line(8, 14, 13, 30, "black"); c.vline(8, 10, 20, "steel_dark")
    c.ellipse(1, 0, 14, 12, "white" if frame else "grey_light", "grey")  # the umbrella
    c.ellipse(4, 2, 8, 7, "bleach" if frame else "white")
    c.rect(6, 10, 4, 3, "black")
    if frame:
        for x, y in ((0, 4), (15, 4), (7, -1), (1, 11), (14, 11)):
            c.px(x, y, "ice")
    return c


def landing_mark() -> Canvas:
    """Where the small craft sets down: the gravel pressed into faint rings, a few crystals."""
    c = Canvas(32, 32)
    for j in range(2):
        for i in range(2):
            t = Canvas(); tar(t, rng("rooftop", "landing", i, j), 1 + i + j); c.blit(t, i * T, j * T)
    c.ellipse(2, 6, 28, 20, "leather")
    c.ellipse(4, 8, 24, 16, "grey_dark")
    c.ellipse(8, 11, 16, 10, "night_mid", "leather")
    c.ellipse(12, 13, 8, 6, "leather")
    for x, y in ((9, 9), (22, 12), (14, 22), (25, 19), (6, 17)):
        c.px(x, y, "lilac"); c.px(x, y - 1, "ice")
    return c


def build() -> Sheet:
    s = Sheet("rooftop")
    floor_set(s, "tar", tar, variants=4)
    for n, (phase, big) in enumerate([(0, False), (1, True), (2, False)], 1):
        s.tile(f"puddle_{n}", [puddle(phase, f, big) for f in range(3)], surface="soft", ms=[260, 260, 260])
    wall_tops(s, "parapet_top", "grey", "grey_light", solid=True)
    wall_fronts(s, "parapet", parapet_front, "black", "grey_dark")
    for v in (1, 2, 3):
        s.tile(f"sky_{v}", sky_tile(v))
    city_blocks(s, "city_north", city_north())
    city_blocks(s, "city_south", city_south())
    s.block("water_tower", water_tower(), solid=[(6, 50, 36, 12)])
    s.block("skylight", skylight(), solid=(0, 6, 32, 26))
    s.block("chimney", chimney(), solid=(2, 14, 12, 18))
    s.tile("vent", [vent(f) for f in range(3)], solid=(5, 8, 6, 8), ms=[600, 300, 300])
    s.block("ac_unit", [ac_unit(f) for f in range(4)], solid=(0, 4, 32, 12), ms=70)
    s.block("access_hut", access_hut(), solid=(0, 8, 48, 40))
    s.block("landing_mark", landing_mark(), surface="hard")
    for kind in ("x", "x2", "t", "h", "v"):
        s.tile(f"mark_{kind}", mark(kind))
    s.block("photo_light", [photo_light(0), photo_light(1), photo_light(0)], solid=(3, 26, 11, 6),
            ms=[2200, 80, 900])
    return s
