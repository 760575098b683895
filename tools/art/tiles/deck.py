"""`deck`: the Empire State Building's observation deck — fence, binoculars, the city below."""

from __future__ import annotations

from common import city, city_blocks, floor_set, wall_fronts, wall_tops
from interior import telescope
from lib import T, Canvas, box, rng
from neon import word_pixels
from sheet import Sheet

DECK_W = 40  # tiles across the deck map: the view is one unbroken picture


def quarry(c: Canvas, r, v):
    """Square quarry tiles, dark terracotta under the deck lamps."""
    c.fill("skin_deep")
    c.noise(r, ["brown_dark", "skin_dark"], 0.12)
    c.hline(0, 7, T, "brown_dark"); c.hline(0, 15, T, "brown_dark")
    c.vline(7, 0, T, "brown_dark"); c.vline(15, 0, T, "brown_dark")
    if v == 2:
        c.rect(9, 1, 5, 5, "skin_dark")  # one replaced tile, a shade off
    if v == 3:
        c.line(1, 9, 5, 13, "brown_dark")


def deck_concrete(c: Canvas, r, v):
    c.fill("grey_dark")
    c.noise(r, ["steel_dark", "leather"], 0.14)
    c.hline(0, 15, T, "leather")
    if v == 2:
        c.px(4, 5, "grey"); c.px(11, 10, "grey")  # old gum
    if v == 3:
        c.vline(15, 0, T, "leather")


def stone(c: Canvas, r, v, base):
    c.fill("grey")
    c.noise(r, ["steel_dark"], 0.06)
    c.hline(0, 7, T, "steel_dark"); c.hline(0, 15, T, "steel_dark")
    c.vline((5 * v) % 16, 0, 7, "steel_dark"); c.vline((5 * v + 8) % 16, 8, 7, "steel_dark")
    c.hline(0, 0, T, "grey_light")


def glass_wall(c: Canvas, r, v, base):
    """The indoor part's windows: steel mullions, a dim warm lobby behind, the glass reflecting."""
    c.fill("brown")
    c.rect(0, 0, T, 4, "tan"); c.hline(0, 1, T, "wood")  # ceiling lights inside
    c.rect(0, 8, T, 8, "brown_dark")
    c.vline(0, 0, T, "steel_dark"); c.vline(15, 0, T, "black")
    c.hline(0, 11, T, "steel_dark")
    if v == 2:
        c.rect(5, 5, 3, 6, "skin_deep"); c.px(6, 4, "skin_deep")  # someone inside, far off
    if v == 3:
        c.rect(9, 6, 4, 5, "amber"); c.frame(9, 6, 4, 5, "tan")  # a lit display case
    c.line(2, 10, 8, 4, "glass_light"); c.line(4, 10, 9, 5, "glass")  # reflection on the pane


def fence(kind: str) -> Canvas:
    """The tall safety fence: steel bars, a rail, the top curling inward over the deck."""
    c = Canvas()
    for x in range(1, T, 3):
        c.vline(x, 4, 12, "steel_dark")
        c.px(x, 3, "steel_dark"); c.px(x + 1, 2, "steel_dark"); c.px(x + 1, 1, "steel")
    c.hline(0, 9, T, "steel"); c.hline(0, 10, T, "black")
    c.hline(0, 4, T, "steel_dark")
    if kind == "post":
        c.rect(6, 0, 3, T, "steel"); c.vline(8, 0, T, "steel_dark"); c.px(7, 0, "grey_light")
    return c


def view() -> Canvas:
    """Beyond the fence, from the 86th floor: the city in three layers with the Twin Towers
    downtown, and the lit grid of the streets far below."""
    c = Canvas(DECK_W * T, 3 * T)
    city(c, "deck_view", {"twin_towers": 23 * T}, 0, horizon=40, height=40)
    for y in range(40, 48, 3):  # far-off avenues: rows of street lights
        for x in range(c.w):
            if (x + y) % 3 == 0:
                c.px(x, y, "sodium")
            elif (x * 7 + y) % 41 == 0:
                c.px(x, y, "white" if x % 2 else "red")  # a car's lights
    return c


def binoculars() -> Canvas:
    c = Canvas(T, 32)
    c.rect(6, 14, 4, 14, "steel_dark"); c.vline(6, 14, 14, "steel")
    c.ellipse(3, 26, 10, 5, "steel_dark", "black")
    box(c, 2, 4, 12, 11, 7, "teal", "glass", hi="cyan")
    c.rect(1, 7, 3, 4, "black"); c.rect(12, 7, 3, 4, "black")  # eyepieces
    c.ellipse(3, 1, 4, 4, "glass", "black"); c.ellipse(9, 1, 4, 4, "glass", "black")
    c.px(7, 12, "amber")  # coin slot
    return c


def bench() -> Canvas:
    c = Canvas(32, T)
    for y in (2, 5):
        c.rect(1, y, 30, 2, "brown"); c.hline(1, y, 30, "tan")
    box(c, 0, 7, 32, 6, 3, "wood", "brown_dark")
    for x in (3, 27):
        c.rect(x, 13, 2, 3, "black")
    return c


def kiosk() -> Canvas:
    c = Canvas(48, 32)
    for x in range(0, 48):  # striped awning
        c.vline(x, 0, 7, "red" if (x // 4) % 2 == 0 else "bleach")
    c.hline(0, 7, 48, "red_dark"); c.hline(0, 0, 48, "black")
    c.rect(1, 8, 46, 10, "sodium")  # lit interior
    r = rng("kiosk")
    for x in range(3, 45, 3):  # postcards and souvenirs on the shelves
        c.rect(x, 9 + r.randrange(2), 2, 3, r.choice(["white", "sky", "pink", "bleach", "acid"]))
    for x in (8, 20, 34):  # tiny Empire State models
        c.vline(x, 12, 5, "grey_light"); c.px(x, 11, "grey_light"); c.px(x, 10, "steel")
    box(c, 0, 17, 48, 15, 9, "wood", "brown", hi="tan")
    for x, y in word_pixels("GIFTS", 14, 22):
        c.px(x, y, "yellow")
    return c


def door_pair(open_: bool) -> Canvas:
    c = Canvas(32, 32)
    c.rect(0, 0, 32, 32, "steel_dark")
    for x in (2, 17):
        c.rect(x, 3, 13, 29, "black" if open_ else "brown")
        if not open_:
            c.rect(x + 1, 4, 11, 8, "tan"); c.rect(x + 1, 20, 11, 12, "brown_dark")
            c.line(x + 2, 16, x + 9, 6, "glass_light")
            c.vline(x + (11 if x == 2 else 1), 16, 6, "steel")
    if open_:
        c.rect(2, 3, 3, 29, "glass_light"); c.rect(27, 3, 3, 29, "glass_light")
        c.rect(6, 8, 20, 24, "brown"); c.rect(6, 8, 20, 4, "tan"); c.rect(6, 26, 20, 6, "wood")
    c.hline(0, 0, 32, "grey")
    return c


def sign(text: str, colour: str) -> Canvas:
    c = Canvas(32, T)
    c.rect(1, 3, 30, 11, "navy"); c.frame(1, 3, 30, 11, "white")
    c.vline(8, 14, 2, "steel_dark"); c.vline(23, 14, 2, "steel_dark")
    for x, y in word_pixels(text, 16 - len(text) * 2, 6):
        c.px(x, y, colour)
    return c


def build() -> Sheet:
    s = Sheet("deck")
    floor_set(s, "quarry", quarry)
    floor_set(s, "concrete", deck_concrete)
    wall_tops(s, "parapet_top", "grey", "grey_light")
    wall_fronts(s, "stone", stone, "steel_dark", "grey_light")
    wall_fronts(s, "glass", glass_wall, "steel_dark", "steel")
    s.tile("fence_1", fence("bars"), solid=True)
    s.tile("fence_post", fence("post"), solid=True)
    city_blocks(s, "view", view())
    s.block("binoculars", binoculars(), solid=(3, 22, 10, 9))
    s.block("bench", bench(), solid=(0, 4, 32, 12))
    s.block("kiosk", kiosk(), solid=(0, 18, 48, 14))
    s.block("glass_doors", door_pair(False))
    s.block("glass_doors_open", door_pair(True))
    s.block("sign_open", sign("OPEN", "acid"))
    s.block("sign_closed", sign("CLOSED", "red"))
    s.block("telescope", telescope(), solid=(3, 24, 11, 7))
    return s
