"""`facade`: the penthouse building seen from across the street at night (a flat elevation).

For the telescope view and establishing shots: no top faces here, the wall is seen straight on.
"""

from __future__ import annotations

from common import sky
from lib import T, Canvas, rng
from sheet import Sheet

HORIZON = 52  # sky rows top, low, then the roof edge: one gradient down to the parapet


def brick(c: Canvas, r, v):
    c.fill("black")
    for row in range(4):
        off = 0 if row % 2 == 0 else 4
        for x in range(-off, T, 8):
            c.rect(x + 1, row * 4 + 1, 7, 3, r.choice(["plum_dark", "plum_dark", "red_dark", "night"]))
    if v == 2:
        c.rect(9, 5, 7, 3, "red_dark"); c.hline(9, 5, 6, "skin_deep")  # a replaced, redder brick
    if v == 3:
        c.rect(2, 6, 4, 4, "night")  # a sooty patch


def stone(c: Canvas, r, v):
    c.fill("night_mid")
    c.noise(r, ["night", "night_high"], 0.08)
    c.hline(0, 7, T, "night"); c.hline(0, 15, T, "night")
    c.vline(3 + 4 * v, 0, 7, "night"); c.vline((9 + 4 * v) % 16, 8, 7, "night")


def cornice(part: str) -> Canvas:
    c = Canvas()
    c.rect(0, 6, T, 10, "night_mid")
    c.rect(0, 4, T, 3, "grey_dark"); c.hline(0, 4, T, "grey"); c.hline(0, 7, T, "black")
    for x in range(1, T, 4):  # dentils
        c.rect(x, 8, 2, 2, "grey_dark")
    c.hline(0, 11, T, "night_high"); c.hline(0, 12, T, "night")
    if part == "l":
        c.rect(0, 0, 2, T, None); c.vline(2, 4, 12, "black")
    if part == "r":
        c.rect(14, 0, 2, T, None); c.vline(13, 4, 12, "black")
    return c


def window(kind: str, v: int = 1, frame: int = 0) -> Canvas:
    """A window in the brick: dark, lit (warm), TV-lit, or lit with one or two figures against it."""
    c = Canvas()
    brick(c, rng("facade", "winbrick", kind, v), 1)
    c.rect(3, 2, 10, 12, "grey_dark"); c.hline(2, 14, 12, "grey"); c.hline(2, 1, 12, "grey_dark")
    inside = {"dark": "glass_dark", "lit": "sodium", "lit2": "amber", "tv": "blue",
              "figure": "sodium", "two": "amber", "blink": "sodium"}[kind]
    if kind == "blink" and frame == 1:
        inside = "glass_dark"
    c.rect(4, 3, 8, 10, inside)
    if kind in ("lit", "figure", "blink") and inside != "glass_dark":
        c.rect(4, 3, 8, 3, "bleach" if v == 2 else "yellow")  # the lamp's glow at the top
    if kind == "dark":
        c.line(5, 4, 7, 4, "glass"); c.px(5, 5, "glass")
        if v == 2:
            c.rect(4, 3, 8, 5, "navy")  # a blind half down
    if kind == "tv":
        c.rect(4, 3, 8, 10, ["blue", "sky", "navy", "blue"][frame])
        c.rect(4, 9, 8, 4, "navy")
    if kind == "figure":  # one person standing at the window
        c.rect(7, 5, 3, 3, "black"); c.rect(6, 8, 5, 5, "black"); c.px(8, 4, "black")
    if kind == "two":  # two people, close, facing each other
        c.rect(4, 3, 8, 2, "yellow")
        c.rect(5, 6, 2, 2, "black"); c.rect(4, 8, 3, 5, "black")
        c.rect(9, 5, 2, 2, "black"); c.rect(9, 7, 3, 6, "black")
    c.vline(8, 3, 10, "grey_dark") if kind == "dark" else None
    c.hline(4, 8, 8, "grey_dark") if kind in ("dark", "lit2") else None
    return c


def penthouse(part: str, row: str, frame: int = 0) -> Canvas:
    """The penthouse's wall of glass: magenta light inside, mullions, sometimes someone there."""
    c = Canvas()
    c.fill("black")
    c.rect(0, 0, T, T, "plum")
    if row == "top":
        c.rect(0, 0, T, 2, "black"); c.rect(0, 2, T, 4, "violet"); c.hline(0, 3, T, "magenta")
        c.px(4, 2, "pink"); c.px(11, 2, "pink")
    else:
        c.rect(0, 10, T, 6, "plum_dark"); c.hline(0, 15, T, "grey"); c.hline(0, 14, T, "black")
        c.rect(1, 11, 6, 3, "black")  # sofa back against the glass
    c.vline(0 if part != "r" else 15, 0, T, "steel_dark")
    if part == "l":
        c.vline(0, 0, T, "black"); c.vline(1, 0, T, "steel_dark")
    if part == "r":
        c.vline(15, 0, T, "black"); c.vline(14, 0, T, "steel_dark")
    if part == "figure" and row == "low":
        # Margaret's silhouette: cropped hair, a straight shoulder line
        c.rect(6, 0, 4, 4, "black"); c.rect(4, 4, 8, 10, "black"); c.px(5, 0, "black")
        if frame == 1:
            c.rect(12, 3, 2, 1, "black")  # she lifts a hand
    if part == "figure" and row == "top":
        pass
    c.line(3, 12 if row == "low" else 14, 9, 6 if row == "low" else 8, "lilac")  # reflection
    return c


def roof_parapet(v: int) -> Canvas:
    c = Canvas()
    sky(c, f"facade{v}", v * T, 32, horizon=HORIZON, stars=False)
    c.rect(0, 8, T, 8, "black"); c.hline(0, 8, T, "grey_dark")
    if v == 2:
        c.rect(3, 4, 3, 4, "black")  # a vent stack
    if v == 3:
        c.vline(11, 1, 7, "black"); c.px(11, 0, "red")  # a little antenna
    return c


def tower_silhouette() -> Canvas:
    """The water tower against the sky, black on transparent: lay it over sky tiles."""
    c = Canvas(48, 48)
    for x in (10, 23, 36):
        c.rect(x, 30, 2, 18, "black")
    c.line(11, 34, 36, 46, "black"); c.line(37, 34, 12, 46, "black")
    c.rect(6, 28, 36, 3, "black")
    c.rect(8, 12, 32, 17, "black")
    for i in range(11):
        w = 4 + i * 3
        c.hline(24 - w // 2, 1 + i, w, "black")
    c.hline(7, 12, 34, "black")
    c.hline(9, 14, 30, "night_mid"); c.hline(9, 21, 30, "night_mid")  # the hoops catch a little light
    c.vline(39, 13, 15, "night_high")  # and the barrel's edge, lit by the city
    return c


def fire_escape(part: str) -> Canvas:
    """The iron fire escape down the front, drawn over the brick: a `landing` under a window (its
    railing against the glass), a `ladder` between two landings."""
    c = Canvas()
    if part == "landing":
        c.hline(0, 12, T, "grey"); c.hline(0, 13, T, "black"); c.hline(0, 14, T, "steel_dark")
        c.hline(0, 7, T, "grey")  # the railing's top bar
        for x in range(0, T, 3):
            c.vline(x, 8, 4, "black")
        c.px(0, 15, "black"); c.px(15, 15, "black")  # the brackets into the wall
    else:
        for x in (5, 10):
            c.vline(x, 0, T, "black")
        for y in range(1, T, 3):
            c.hline(5, y, 6, "steel")
    return c


def build() -> Sheet:
    s = Sheet("facade")
    for v in (1, 2, 3):
        b = Canvas(); brick(b, rng("facade", "brick", v), v); s.tile(f"brick_{v}", b)
    for v in (1, 2, 3):
        st = Canvas(); stone(st, rng("facade", "stone", v), v); s.tile(f"stone_{v}", st)
    for part in ("l", "m", "r"):
        s.tile(f"cornice_{part}", cornice(part))
    for v in (1, 2):
        s.tile(f"window_dark_{v}", window("dark", v))
        s.tile(f"window_lit_{v}", window("lit", v))
    s.tile("window_lit_3", window("lit2"))
    s.tile("window_figure", window("figure"))
    s.tile("window_two_figures", window("two"))
    s.tile("window_tv", [window("tv", 1, f) for f in range(4)], ms=[260, 140, 320, 90])
    s.tile("window_blink", [window("blink", 1, f) for f in range(2)], ms=[3000, 1200])
    for part in ("l", "m", "r", "figure"):
        for row in ("top", "low"):
            frames = [penthouse(part, row, f) for f in range(2)]
            s.tile(f"penthouse_{row}_{part}", frames if (part == "figure" and row == "low") else frames[0],
                   ms=[1800, 700])
    for v in (1, 2, 3):
        s.tile(f"roof_edge_{v}", roof_parapet(v))
        for row, y0 in (("top", 0), ("low", T)):
            sk = Canvas(); sky(sk, f"facadesky{v}{row}", v * T, y0, horizon=HORIZON); s.tile(f"sky_{row}_{v}", sk)
    s.block("water_tower_silhouette", tower_silhouette())
    s.tile("fire_escape_landing", fire_escape("landing"))
    s.tile("fire_escape_ladder", fire_escape("ladder"))
    return s
