"""48x48 dialogue portraits: a front-view bust drawn from the same cast entry as the sprite.

Everything is built from regions (sets of pixels) so that shading is automatic: a region's pixels
whose lower-right neighbour lies outside get the shade colour, upper-left ones the light colour.
An expression is a choice of brows, eyes and mouth (plus a few extras), looked up by mood.
"""

from __future__ import annotations

import math

from PIL import Image

from tools.art.people.grid import Grid, light, shade

S = 48
CX = 23.5  # the face is symmetric about this column line
Region = set[tuple[int, int]]


# ---------------------------------------------------------------- regions
def ellipse(cx: float, cy: float, a: float, b: float) -> Region:
    return {
        (x, y)
        for y in range(S)
        for x in range(S)
        if ((x - cx) / a) ** 2 + ((y - cy) / b) ** 2 <= 1.0
    }


def rect(x0: int, y0: int, x1: int, y1: int) -> Region:
    return {(x, y) for y in range(max(0, y0), min(S, y1 + 1)) for x in range(max(0, x0), min(S, x1 + 1))}


def where(region: Region, test) -> Region:
    return {(x, y) for x, y in region if test(x, y)}


def mirror(region: Region) -> Region:
    return {(S - 1 - x, y) for x, y in region}


def head_region() -> Region:
    """An egg: round skull, narrower jaw, a small chin."""
    out: Region = set()
    for y in range(8, 33):
        t = (y - 19) / 13.0
        half = 10.5 * math.sqrt(max(0.0, 1 - t * t)) if y < 19 else 10.5 - 6.2 * ((y - 19) / 13.0) ** 1.6
        if y == 32:
            half = 3.5
        for x in range(S):
            if abs(x - CX) <= half:
                out.add((x, y))
    return out


HEAD = head_region()
EARS = rect(12, 19, 13, 24) | rect(34, 19, 35, 24)


def paint(g: Grid, region: Region, base: str, shading: bool = True) -> None:
    for x, y in region:
        c = base
        if shading:
            if (x + 1, y + 1) not in region or (x + 2, y) not in region:
                c = shade(base)
            elif (x - 1, y - 1) not in region and (x, y - 1) not in region:
                c = light(base)
        g.put(x, y, c)


# ---------------------------------------------------------------- hair (back part, front part)
def hair_regions(style: str) -> tuple[Region, Region]:
    top = where(ellipse(CX, 17, 12.5, 12), lambda x, y: y <= 14)
    sides = rect(11, 12, 14, 21) | rect(33, 12, 36, 21)
    if style == "cropped":
        # a hard geometric crop: flat top, square sideburns
        block = where(ellipse(CX, 13, 13, 10), lambda x, y: 4 <= y <= 11)
        wedge = {(x, y) for x in range(13, 33) for y in range(10, 18) if y <= 10 + (x - 13) * 0.3}
        sides = rect(12, 9, 14, 16) | rect(33, 9, 35, 16)
        return set(), block | wedge | sides
    if style == "short":
        jag = where(top, lambda x, y: y <= 12 + (x * 7 % 5) // 2) | where(sides, lambda x, y: y <= 18)
        return set(), jag
    if style == "slick":
        swept = where(ellipse(CX, 14, 12, 10), lambda x, y: y <= 12) | ellipse(18, 12, 5, 2)
        return set(), swept | where(sides, lambda x, y: y <= 17)
    if style == "side_part":
        sweep = where(ellipse(17, 12, 8, 5), lambda x, y: y >= 9)
        return set(), where(top, lambda x, y: y <= 12) | sweep | where(sides, lambda x, y: y <= 18)
    if style == "hat_brim":
        return set(), where(sides, lambda x, y: 12 <= y <= 17 and 12 <= x <= 35) | rect(12, 12, 35, 14)
    if style == "cap":
        return set(), where(sides, lambda x, y: 12 <= y <= 17 and 12 <= x <= 35)
    if style == "balding":
        tufts = ellipse(12.5, 18, 3, 6) | ellipse(34.5, 18, 3, 6)
        return set(), tufts
    if style == "big":
        back = ellipse(CX, 17, 21, 17) | rect(4, 17, 43, 40)
        back = where(back, lambda x, y: y < 40 - abs(x - CX) // 3)
        fringe = where(ellipse(CX, 16, 13, 12), lambda x, y: y <= 12) | ellipse(15, 11, 7, 4) | ellipse(32, 11, 7, 4)
        return back, fringe | where(sides, lambda x, y: True)
    if style == "bob":
        back = where(ellipse(CX, 18, 14, 15), lambda x, y: y <= 30) | rect(10, 18, 37, 30)
        fringe = where(top, lambda x, y: y <= 15) | rect(10, 15, 14, 30) | rect(33, 15, 37, 30)
        return back, fringe
    if style == "long":
        back = rect(10, 14, 37, 47) | where(ellipse(CX, 17, 13, 12), lambda x, y: True)
        curtains = where(top, lambda x, y: abs(x - CX) > 2 + (14 - y) // 2 or y <= 8)
        curtains |= rect(11, 12, 15, 40) | rect(32, 12, 36, 40)
        return back, curtains
    if style == "lank":  # unwashed, to the jaw, a ragged fringe
        back = rect(11, 14, 36, 30) | where(ellipse(CX, 17, 13, 12), lambda x, y: True)
        fringe = where(top, lambda x, y: y <= 13 + (x * 5) % 3) | rect(11, 12, 15, 30) | rect(32, 12, 36, 29)
        return back, fringe
    if style == "ponytail":
        return ellipse(38, 10, 5, 7), where(top, lambda x, y: y <= 12) | where(sides, lambda x, y: y <= 17)
    if style == "updo":
        return ellipse(CX, 4, 6, 5), where(top, lambda x, y: y <= 12) | where(sides, lambda x, y: y <= 17)
    if style == "asym":
        long_side = rect(10, 8, 20, 30) & (ellipse(16, 18, 7, 14) | rect(10, 8, 20, 14))
        return set(), where(top, lambda x, y: y <= 11) | long_side
    if style == "mohawk":
        return set(), rect(20, 0, 27, 13) & ellipse(CX, 10, 4.5, 11)
    if style == "quiff":
        pomp = ellipse(21, 7, 12, 6)
        return set(), pomp | where(top, lambda x, y: y <= 11) | where(sides, lambda x, y: y <= 18)
    if style == "afro":
        return ellipse(CX, 15, 19, 16), where(ellipse(CX, 14, 13, 9), lambda x, y: y <= 12)
    if style == "flattop":
        return set(), rect(12, 0, 35, 12) | where(sides, lambda x, y: y <= 17)
    if style == "beret":
        return set(), where(top, lambda x, y: y <= 13) | where(sides, lambda x, y: y <= 18)
    if style == "shaved":
        return set(), set()
    if style == "spiky":
        spikes: Region = set()
        for i, sx in enumerate(range(13, 36, 5)):
            h = 6 + (i % 2) * 3
            spikes |= {(sx + dx, 9 - dy) for dy in range(h) for dx in range(-2 + dy // 3, 3 - dy // 3)}
        return set(), spikes | where(top, lambda x, y: y <= 12) | where(sides, lambda x, y: y <= 17)
    raise KeyError(style)


def hat_regions(style: str) -> tuple[Region, Region, Region]:
    """(crown, band, brim or peak)."""
    if style == "hat_brim":
        crown = where(ellipse(CX, 8, 11, 8), lambda x, y: y <= 10) | rect(13, 6, 34, 10)
        return crown - rect(0, 0, 47, 1), rect(13, 9, 34, 10), where(ellipse(CX, 12, 19, 3), lambda x, y: True)
    if style == "cap":
        crown = where(ellipse(CX, 9, 11, 7), lambda x, y: y <= 11) | rect(13, 8, 34, 11)
        return crown, rect(13, 11, 34, 12), where(ellipse(CX, 13, 12.5, 2.5), lambda x, y: y >= 13)
    if style == "beret":
        crown = ellipse(20, 8, 15, 5.5) | {(20, 1), (20, 2)}
        return crown, set(), set()
    return set(), set(), set()


# ---------------------------------------------------------------- expressions
# brows: per-pixel vertical offsets of the left brow from the outside in (the right mirrors it,
# unless the mood raises just one).
BROWS = {
    "flat": [0, 0, 0, 0, 0, 0], "low": [1, 1, 1, 1, 1, 1], "angry": [-1, -1, 0, 1, 2, 2],
    "worried": [1, 0, 0, -1, -2, -2], "raised": [-1, -2, -2, -2, -2, -1], "arched": [1, 0, -1, -1, 0, 0],
}
MOODS = {
    # mood: (brows, eyes, mouth, extras)
    "neutral": ("flat", "open", "flat", ()),
    "cold": ("low", "narrow", "tight", ()),
    "shaken": ("worried", "wide", "open", ("sweat",)),
    "wry": ("one_raised", "half", "smirk", ()),
    "sneer": ("angry", "narrow", "sneer", ()),
    "pleading": ("worried", "wide", "frown_open", ()),
    "stern": ("angry", "narrow", "frown", ()),
    "worried": ("worried", "down", "frown", ()),
    "intent": ("low", "narrow", "tight", ("glint",)),
    "flustered": ("raised", "wide", "wavy", ("blush", "sweat")),
    "warm": ("arched", "happy", "smile", ()),
    "smug": ("low", "half", "smirk", ()),
    "flirty": ("one_raised", "wink", "smile", ("blush",)),
    "hurt": ("worried", "down", "frown", ("tear",)),
    "angry": ("angry", "wide", "shout", ()),
    "tired": ("flat", "half", "flat", ("bags",)),
    "sullen": ("low", "down", "frown", ()),
    "strung_out": ("worried", "half", "slack", ("bags", "sweat")),
    "charming": ("arched", "open", "grin", ()),
    "eager": ("raised", "wide", "grin", ()),
    "bored": ("flat", "half", "tight", ()),
    "fussy": ("one_raised", "narrow", "pout", ()),
    "harried": ("worried", "wide", "open", ("sweat",)),
    "grooving": ("raised", "happy", "smile", ()),
    "hard": ("angry", "narrow", "sneer", ()),
    "knowing": ("one_raised", "half", "smirk", ()),
    "polite": ("arched", "happy", "smile", ()),
}

EYE_Y = 20  # the row the pupils sit on
LEFT_EYE_X = 17  # leftmost column of the left eye (5 wide); the right eye mirrors it


def _brows(g: Grid, kind: str, colour: str) -> None:
    for side in (0, 1):
        offs = BROWS["raised" if kind == "one_raised" and side == 1 else "flat" if kind == "one_raised" else kind]
        for i, dy in enumerate(offs):
            x = LEFT_EYE_X - 1 + i
            if side == 1:
                x = S - 1 - x
            g.put(x, EYE_Y - 4 + dy, colour)
            if i in (1, 2, 3):
                g.put(x, EYE_Y - 5 + dy, colour)  # thicker in the middle


def _eye(g: Grid, x0: int, kind: str, iris: str, mirror_side: bool, lid: str, white: str) -> None:
    """One eye 5 px wide; x0 its leftmost column. Pupils look slightly inward."""
    y = EYE_Y

    def px(dx: int, yy: int, c: str) -> None:
        g.put(x0 + (4 - dx if mirror_side else dx), yy, c)

    if kind in ("happy", "wink_closed"):
        for dx, dy in ((0, 0), (1, -1), (2, -1), (3, -1), (4, 0)):
            px(dx, y + dy, lid)
        return
    if kind == "down":
        for dx in range(5):
            px(dx, y, lid)
        px(1, y + 1, white); px(2, y + 1, iris); px(3, y + 1, iris); px(4, y + 1, white)
        return
    top = {"open": y - 2, "wide": y - 3, "half": y - 1, "narrow": y - 1}[kind]
    for dx in range(5):
        px(dx, top, lid)
    if kind == "wide":
        px(0, top + 1, white)
        for dx in range(1, 5):
            px(dx, top + 1, white)
    rows = range(top + 1, y + 2) if kind != "narrow" else range(y, y + 1)
    for yy in rows:
        if yy == top + 1 and kind == "wide":
            continue
        for dx in range(5):
            c = white
            if dx in (2, 3):
                c = iris
            if dx == 3 and yy == y:
                c = "black"
            px(dx, yy, c)
    if kind in ("open", "wide"):
        px(0, y + 1, shade(white))
        px(4, y + 1, shade(white))


def _mouth(g: Grid, kind: str, lips: str, dark: str) -> None:
    y = 28
    pts: dict[tuple[int, int], str] = {}
    line = lambda xs, yy, c=dark: pts.update({(x, yy): c for x in xs})  # noqa: E731
    if kind == "flat":
        line(range(21, 27), y)
    elif kind == "tight":
        line(range(22, 26), y)
    elif kind == "smile":
        line(range(21, 27), y); pts[(20, y - 1)] = dark; pts[(27, y - 1)] = dark
        line(range(22, 26), y + 1, lips)
    elif kind == "grin":
        line(range(20, 28), y - 1); line(range(21, 27), y, "white"); line(range(22, 26), y + 1)
        pts[(19, y - 2)] = dark; pts[(28, y - 2)] = dark
    elif kind == "frown":
        line(range(21, 27), y); pts[(20, y + 1)] = dark; pts[(27, y + 1)] = dark
    elif kind == "smirk":
        line(range(21, 26), y); pts[(26, y - 1)] = dark; pts[(27, y - 2)] = dark
    elif kind == "sneer":
        line(range(21, 27), y); line(range(24, 27), y - 1, "white"); pts[(27, y - 2)] = dark
        pts[(25, y - 2)] = dark; pts[(26, y - 2)] = dark
    elif kind in ("open", "frown_open"):
        line(range(22, 26), y - 1); line(range(22, 26), y, "plum_dark"); line(range(22, 26), y + 1, "plum_dark")
        line(range(22, 26), y + 2)
        pts[(21, y)] = dark; pts[(26, y)] = dark; pts[(21, y + 1)] = dark; pts[(26, y + 1)] = dark
        if kind == "frown_open":
            pts[(20, y + 2)] = dark; pts[(27, y + 2)] = dark
    elif kind == "shout":
        line(range(20, 28), y - 1); line(range(21, 27), y, "white")
        for yy in (y + 1, y + 2):
            line(range(21, 27), yy, "plum_dark")
            pts[(20, yy)] = dark; pts[(27, yy)] = dark
        line(range(21, 27), y + 3)
    elif kind == "wavy":
        for i, x in enumerate(range(20, 28)):
            pts[(x, y + (i % 2))] = dark
    elif kind == "slack":
        line(range(21, 27), y); line(range(22, 26), y + 1, "plum_dark"); line(range(22, 26), y + 2)
    elif kind == "pout":
        line(range(22, 26), y, lips); line(range(22, 26), y + 1, lips); pts[(23, y)] = dark; pts[(24, y)] = dark
    for (x, yy), c in pts.items():
        g.put(x, yy, c)


# ---------------------------------------------------------------- the bust
def _body(g: Grid, p: dict) -> None:
    build = p["build"]
    half = {"slim": 15, "normal": 18, "broad": 21}[build] + (2 if p.get("padded") else 0)
    top = 36
    cloth = p["top"]
    body: Region = set()
    for y in range(top, S):
        t = y - top
        w = half - (max(0, 2 - t) if p.get("padded") else max(0, 4 - t) * 2)
        body |= {(x, y) for x in range(S) if abs(x - CX) <= w}
    style = p["top_style"]
    neck = rect(20, 28, 27, 40)
    if style in ("dress", "tshirt"):
        paint(g, neck, p["skin"])
    else:
        paint(g, neck, p["skin"])
    sleeveless = style == "dress"
    if sleeveless:
        # bare shoulders, the dress starting at the chest
        paint(g, body, p["skin"])
        dress = where(body, lambda x, y: y >= 42 - (abs(x - CX) < 8) * 0 and abs(x - CX) <= half - 4)
        paint(g, dress, cloth)
        _texture(g, p, dress, cloth)
    else:
        paint(g, body, cloth)
        _texture(g, p, body, cloth)
    inner = p.get("inner")
    if style in ("jacket", "coat", "cardigan", "uniform", "vest") and inner:
        v = {(x, y) for y in range(top, S) for x in range(S) if abs(x - CX) <= max(0, 6 - (y - top) * 0.5)}
        if style in ("cardigan", "vest"):
            v = {(x, y) for y in range(top, S) for x in range(S) if abs(x - CX) <= max(2, 6 - (y - top) * 0.6)}
        if style == "uniform":
            v = rect(20, top, 27, top + 2)
        paint(g, v, inner)
        if style in ("jacket", "coat"):
            # lapels: a darker edge down each side of the opening
            for x, y in v:
                if (x - 1, y) not in v or (x + 1, y) not in v:
                    g.put(x, y, shade(cloth))
    if style == "coat":
        paint(g, rect(16, top - 2, 20, top + 1) | rect(27, top - 2, 31, top + 1), cloth)  # turned-up collar
    if style == "tshirt":
        paint(g, ellipse(CX, top, 5, 2.5) & rect(0, top, 47, top + 2), p["skin"], shading=False)
    if style == "dress" and p.get("necklace"):
        for x in range(18, 30, 2):
            g.put(x, 41 + (abs(x - CX) < 3), p["necklace"])
    if p.get("necklace") and style != "dress":
        for x in range(20, 28, 2):
            g.put(x, top + 1, p["necklace"])
    if style == "uniform":
        for y in range(top + 4, S, 3):
            g.put(23, y, p.get("buttons", "yellow")); g.put(24, y, p.get("buttons", "yellow"))
    if p.get("tie"):
        paint(g, rect(23, top, 24, S - 1) | rect(22, top + 2, 25, S - 1), p["tie"])
    if p.get("bowtie"):
        paint(g, rect(19, top, 28, top + 2), p["bowtie"])
        g.put(23, top + 1, shade(p["bowtie"])); g.put(24, top + 1, shade(p["bowtie"]))
    if p.get("badge"):
        paint(g, rect(30, top + 4, 32, top + 6), p["badge"])
    if p.get("prop") == "camera":
        for i in range(10):
            g.put(14 + i, top + i // 2 - 1, "black")  # strap
        paint(g, rect(24, 41, 33, 46), "grey_dark")
        paint(g, ellipse(29, 44, 2.5, 2.5), "steel")
        g.put(29, 44, "black")
    if p.get("prop") == "notebook":
        paint(g, rect(30, 39, 37, 47), "white")
        for y in range(41, 47, 2):
            g.hline(32, 36, y, "grey_light")
    if p.get("prop") == "clipboard":
        paint(g, rect(30, 39, 38, 47), "wood")
        paint(g, rect(31, 41, 37, 47), "white")
        paint(g, rect(33, 39, 35, 40), "steel")
    if p.get("prop") == "brush":
        for i in range(7):
            g.put(33 + i // 2, 46 - i, "wood")
        paint(g, rect(35, 36, 37, 39), "magenta")


def _texture(g: Grid, p: dict, region: Region, cloth: str) -> None:
    tex = p.get("texture")
    for x, y in region:
        if tex == "check" and (2 * x + y) % 4 == 0:
            g.put(x, y, shade(cloth))
        elif tex == "check" and (x + 3 * y) % 7 == 0:
            g.put(x, y, light(cloth))
        elif tex == "stripes" and y % 3 == 0:
            g.put(x, y, p.get("stripe", "white"))
        elif tex == "sequins" and (x * 3 + y * 2) % 7 == 0:
            g.put(x, y, light(light(cloth)))
        elif tex == "sheen" and x in (14, 15, 31) and y % 4:
            g.put(x, y, "grey_dark")


def _face(g: Grid, p: dict, mood: str) -> None:
    brows, eyes, mouth, extras = MOODS[mood]
    skin = p["skin"]
    hair = p["hair"]
    if p.get("stripe"):
        # a hard band across the eyes that flares up at the temples like wings
        band = {(x, y) for x in range(12, 36) for y in range(EYE_Y - 2 - int(max(0, abs(x - CX) - 6.5)) // 2, EYE_Y + 2)}
        paint(g, band & (HEAD | EARS), p["stripe"], shading=False)
        if p.get("stripe2"):
            for x, y in band:
                if (x, y - 1) not in band and (x, y - 1) in HEAD:
                    g.put(x, y - 1, p["stripe2"])
    lid = "black"
    white = "white" if not p.get("stripe") else "white"
    iris = p.get("iris", "grey_dark" if p["skin"] != "skin_light" else "glass")
    if p.get("glasses") == "black":
        paint(g, rect(15, EYE_Y - 3, 22, EYE_Y + 1) | rect(25, EYE_Y - 3, 32, EYE_Y + 1) | rect(22, EYE_Y - 2, 25, EYE_Y - 2),
              "black", shading=False)
        g.put(16, EYE_Y - 2, "grey_dark"); g.put(26, EYE_Y - 2, "grey_dark")
    else:
        left_kind = eyes if eyes != "wink" else "open"
        right_kind = eyes if eyes != "wink" else "wink_closed"
        _eye(g, LEFT_EYE_X, left_kind, iris, False, lid, white)
        _eye(g, S - 1 - LEFT_EYE_X - 4, right_kind, iris, True, lid, white)
        if p.get("glasses"):
            c = p["glasses"]
            for x0 in (15, 25):
                for x in range(x0, x0 + 8):
                    g.put(x, EYE_Y - 3, c); g.put(x, EYE_Y + 2, c)
                for y in range(EYE_Y - 3, EYE_Y + 3):
                    g.put(x0, y, c); g.put(x0 + 7, y, c)
            g.hline(22, 25, EYE_Y - 1, c)
    brow_colour = shade(hair) if hair not in ("bleach", "blonde", "grey_light", "cyan") else "brown"
    if p["hair_style"] in ("shaved", "mohawk"):
        brow_colour = shade(shade(skin))
    _brows(g, brows, brow_colour)
    if p.get("beard"):
        # a full beard and moustache ringing a bare patch where the mouth moves
        beard = where(HEAD, lambda x, y: y >= 24) - rect(21, 27, 26, 29)
        paint(g, beard | rect(19, 25, 28, 26), p["beard"])
        g.hline(20, 27, 26, shade(p["beard"]))
    if p.get("stubble"):
        for x, y in where(HEAD, lambda x, y: y >= 25 and (x + 2 * y) % 3 == 0 and abs(x - CX) > 1):
            g.put(x, y, shade(skin))
    # nose: a shadow down the right side and a nostril
    for y in range(22, 26):
        g.put(25, y, shade(skin))
    g.put(24, 26, shade(skin)); g.put(23, 26, shade(shade(skin)))
    lips = p.get("lips") or shade(skin)
    _mouth(g, mouth, lips, shade(shade(skin)) if not p.get("lips") else p["lips"])
    if p.get("lips") and mouth in ("flat", "tight", "frown", "smirk"):
        g.hline(22, 25, 29, light(p["lips"]) if p["lips"] not in ("black",) else "black")
    if "blush" in extras:
        for x in (16, 17, 18, 29, 30, 31):
            g.put(x, 24, "pink" if skin in ("skin_light", "skin") else "red_dark")
    if "sweat" in extras:
        g.put(34, 13, "ice"); g.put(34, 14, "sky"); g.put(33, 14, "ice")
    if "tear" in extras:
        g.put(19, 22, "ice"); g.put(19, 23, "sky"); g.put(19, 24, "ice")
    if "bags" in extras:
        for x0 in (17, 26):
            g.hline(x0, x0 + 4, EYE_Y + 2, shade(skin))
    if "glint" in extras and not p.get("glasses"):
        g.put(LEFT_EYE_X + 2, EYE_Y - 1, "white")


def portrait(pid: str, p: dict, mood: str) -> Image.Image:
    g = Grid(S, S)
    style = p["hair_style"]
    back, front = hair_regions(style)
    paint(g, back, p["hair"])
    _body(g, p)
    skin = p["skin"]
    paint(g, HEAD | EARS, skin)
    for x, y in EARS:
        if x in (13, 34):
            g.put(x, y, shade(skin))
    if style == "shaved":
        for x, y in where(HEAD, lambda x, y: y <= 14):
            if (x + y) % 2 == 0:
                g.put(x, y, shade(skin))
    if style == "mohawk":
        for x, y in where(HEAD, lambda x, y: y <= 14 and abs(x - CX) > 5):
            if (x + y) % 3 == 0:
                g.put(x, y, shade(skin))
    _face(g, p, mood)
    if style == "asym":
        for x, y in where(HEAD, lambda x, y: y <= 16 and x > 26):
            if (x + y) % 2 == 0:
                g.put(x, y, shade(skin))
    paint(g, front, p["hair"])
    if style == "slick":
        # combed back with oil: long light lines running front to back
        for x, y in front:
            if y % 3 == 0 and 6 <= y <= 12 and (x + y) % 7 and (x, y + 1) in front:
                g.put(x, y, light(p["hair"]))
    elif p["hair"] in ("bleach", "blonde", "grey_light", "night") and style in ("cropped", "big", "bob"):
        # a cut-glass sheen across the top: light streaks
        for x, y in front:
            if (x - y) % 9 == 0 and 4 < y < 11 and (x, y + 1) in front:
                g.put(x, y, light(light(p["hair"])) if light(p["hair"]) != p["hair"] else "white")
    crown, band, brim = hat_regions(style)
    if crown:
        hat = p.get("hat", "black")
        if style == "cap":
            # a glossy black peak over the eyes
            paint(g, crown, hat)
            paint(g, brim, "black", shading=False)
            g.hline(16, 31, 13, "grey_dark")
        else:
            paint(g, brim, shade(hat))
            paint(g, crown, hat)
        paint(g, band, p.get("hat_band", "black"), shading=False)
    if p.get("headphones"):
        c = p["headphones"]
        arc = where(ellipse(CX, 16, 14, 14), lambda x, y: y <= 16) - ellipse(CX, 16, 12, 12)
        paint(g, arc, c)
        paint(g, rect(9, 16, 13, 25) | rect(34, 16, 38, 25), c)
        if p.get("mic"):
            for i in range(9):
                g.put(13 + i, 25 + i // 3, "black")
            paint(g, rect(21, 27, 22, 29), "black")
    _rim_light(g, p)
    g.outline("black")
    return g.image()


def _rim_light(g: Grid, p: dict) -> None:
    """Club light from the left: the left edge of hair and clothes catches the person's colour."""
    rim = p["colour"]
    edge = [
        (x, y) for y in range(S) for x in range(S)
        if g.get(x, y) and g.get(x - 1, y) is None and y >= 2
    ]
    for x, y in edge:
        if g.get(x, y) != p["skin"] and g.get(x, y) not in (shade(p["skin"]), light(p["skin"])):
            g.put(x, y, rim)
