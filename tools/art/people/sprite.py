"""Draws one 16x32 walking person (and the 32x32 fallen pose) from a cast entry.

The body is built from a few measured shapes (torso, arms, legs, garments) sized by the person's
build and height; hair and hats come from the text grids in hair.txt. Frame layout of a sheet:
4 rows (down, left, right, up) x 6 columns (idle 0-1, walk 2-5). Feet stand on row 30 and the
outline closes on row 31, so the game can anchor the bottom centre at the actor's feet.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image

from tools.art.people.grid import Grid, light, shade

W, H = 16, 32
ROWS = ("down", "left", "right", "up")
COLS = 6
FEET = 30
HAIR_FILE = Path(__file__).with_name("hair.txt")

TORSO_W = {"slim": 6, "normal": 8, "broad": 10}  # front width (down/up views)
TORSO_D = {"slim": 5, "normal": 6, "broad": 8}  # depth (side view)
LEG_W = {"slim": 2, "normal": 3, "broad": 4}
ARM_W = {"slim": 1, "normal": 1, "broad": 2}

# The bare head, down view and left view: row -> (x0, x1), for a person of normal height.
HEAD_DOWN = {3: (5, 10), **{r: (4, 11) for r in range(4, 11)}, 11: (5, 10), 12: (6, 9)}
HEAD_LEFT = {3: (5, 10), **{r: (4, 11) for r in range(4, 11)}, 11: (5, 11), 12: (6, 10)}


# ---------------------------------------------------------------- hair grids
@lru_cache(maxsize=1)
def hair_grids() -> dict[tuple[str, str], list[str]]:
    grids: dict[tuple[str, str], list[str]] = {}
    key = None
    for number, raw in enumerate(HAIR_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if line.startswith("== "):
            style, view = line[3:].split()
            key = (style, view)
            grids[key] = []
        elif line.startswith("#") or not line:
            key = None if not line else key
        elif key is not None:
            if len(line) != W or set(line) - set(".hdlstuk"):
                raise ValueError(f"{HAIR_FILE.name}:{number}: bad hair row {line!r}")
            grids[key].append(line)
    return grids


def _derive_left(down: list[str]) -> list[str]:
    """A side view from the front view: full rows slide back one pixel, face rows keep the back."""
    rows = []
    for r, line in enumerate(down):
        xs = [x for x, ch in enumerate(line) if ch != "."]
        if not xs:
            rows.append("." * W)
            continue
        left, right = xs[0], xs[-1]
        out = ["."] * W
        if "." not in line[left:right + 1]:
            for x in range(left, right + 1):
                if x + 1 < W:
                    out[x + 1] = line[x]
            if right + 2 < W:
                out[right + 2] = "d"
        else:
            for x in range(8, min(right + 2, W)):
                out[x] = "h"
            out[min(right + 1, W - 1)] = "d"
            if r in (8, 9):
                out[8] = "s"
        rows.append("".join(out))
    return rows


def _derive_up(down: list[str]) -> list[str]:
    """The back of the head: every hair row filled solid, and one more row of hair at the nape."""
    rows = []
    last = -1
    for r, line in enumerate(down):
        xs = [x for x, ch in enumerate(line) if ch not in ".s"]
        if not xs:
            rows.append("." * W)
            continue
        last = r
        out = ["."] * W
        for x in range(xs[0], xs[-1] + 1):
            ch = line[x]
            out[x] = ch if ch in "tukld" else "h"
        rows.append("".join(out))
    # hair that reaches the ears covers the back of the head down to the nape
    if 6 <= last < 11 and any(ch in "hdl" for ch in rows[last]):
        while len(rows) < 12:
            rows.append("." * W)
        for r in range(last + 1, 11):
            x0, x1 = HEAD_DOWN[r]
            rows[r] = "." * x0 + ("h" * (x1 - x0 + 1) if r < 10 else "d" * (x1 - x0 + 1)) + "." * (W - x1 - 1)
    return rows


def hair_rows(style: str, view: str) -> list[str]:
    grids = hair_grids()
    down = grids[(style, "down")]
    if view == "down":
        return down
    if view == "left":
        return grids.get((style, "left")) or _derive_left(down)
    return _derive_up(down)


# ---------------------------------------------------------------- the body
class Pose:
    """Where things are in one frame."""

    def __init__(self, p: dict, view: str, col: int):
        self.view = view
        self.idle = col < 2
        self.phase = None if self.idle else col - 2  # 0 step A, 1 pass, 2 step B, 3 pass
        self.blink = bool(p.get("_eyes_closed"))  # only the fallen pose closes them
        self.bob = 1 if col == 1 or self.phase in (0, 2) else 0
        h = p["height"]
        self.hip = 22 - h  # first leg row; legs run to FEET
        self.top = 14 - h + self.bob  # first torso row
        self.head = -h + self.bob  # head offset from the normal-height grids


def _colours(p: dict, ch: str) -> str | None:
    return {
        "h": p["hair"], "d": shade(p["hair"]), "l": light(p["hair"]), "s": p["skin"],
        "t": p.get("hat", "black"), "u": shade(p.get("hat", "black")), "k": p.get("hat_band", "black"),
    }.get(ch)


def _draw_hair(g: Grid, p: dict, pose: Pose, view: str) -> None:
    for r, line in enumerate(hair_rows(p["hair_style"], view)):
        for x, ch in enumerate(line):
            c = _colours(p, ch)
            if c:
                g.put(x, r + pose.head, c)


def _textured(p: dict, x: int, y: int, base: str) -> str:
    tex = p.get("texture")
    if tex == "check" and (2 * x + y) % 4 == 0:
        return shade(base)
    if tex == "check" and (x + 3 * y) % 5 == 0:
        return light(base)
    if tex == "stripes" and y % 2 == 1:
        return p.get("stripe", "white")
    if tex == "sheen" and x in (5, 6) and y % 3 != 0:
        return "grey"  # a gloss down the front of black leather
    if tex == "sequins" and (x + 2 * y) % 5 == 0:
        return light(base)
    return base


def _legs_front(g: Grid, p: dict, pose: Pose) -> None:
    lw = LEG_W[p["build"]]
    legs = p["legs"] if p["lower"] in ("skirt", "gown") else p["bottom"]
    for side, (x0, x1) in enumerate(((8 - lw, 7), (8, 7 + lw))):
        lifted = (pose.phase == 0 and side == 0) or (pose.phase == 2 and side == 1)
        foot = FEET - 1 if lifted else FEET
        for y in range(pose.hip, foot + 1):
            is_shoe = y >= foot - 1
            for x in range(x0, x1 + 1):
                inner = (x == x1 and side == 0) or (x == x0 and side == 1)
                c = p["shoes"] if is_shoe else legs
                g.put(x, y, shade(c) if inner and not is_shoe and lw > 2 else c)


def _legs_side(g: Grid, p: dict, pose: Pose) -> None:
    legs = p["legs"] if p["lower"] in ("skirt", "gown") else p["bottom"]
    spread = pose.phase in (0, 2)
    n = FEET - pose.hip
    # back leg first (darker), then the front leg over it
    for front in (False, True):
        if spread:
            start, end = (6, 4) if front else (7, 10)
        else:
            start, end = (6, 6) if front else (7, 7)
        if pose.phase == 2:
            front_colour = not front  # the other leg leads: swap the shading
        else:
            front_colour = front
        c_leg = legs if front_colour else shade(legs)
        c_shoe = p["shoes"] if front_colour else shade(p["shoes"])
        for i, y in enumerate(range(pose.hip, FEET + 1)):
            x0 = round(start + (end - start) * i / n)
            is_shoe = y >= FEET - 1
            for x in range(x0, x0 + 3):
                g.put(x, y, c_shoe if is_shoe else c_leg)
            if y == FEET:
                g.put(x0 - 1, y, c_shoe)  # the toe points the way they face


def _skirt_rows(p: dict, pose: Pose) -> list[tuple[int, int]]:
    """(row, extra half-width) for a skirt, gown or coat tail below the waist."""
    lower = p["lower"]
    if lower == "skirt":
        return [(pose.hip + i, 1 + i // 2) for i in range(5)]
    if lower == "gown":
        return [(pose.hip + i, 1 + i // 2) for i in range(FEET - pose.hip)]
    if lower == "coat":
        return [(pose.hip + i, 1 + i // 3) for i in range(6)]
    if lower == "long_top":
        return [(pose.hip + i, 0) for i in range(2)]
    return []


def _torso_front(g: Grid, p: dict, pose: Pose, back: bool) -> None:
    tw = TORSO_W[p["build"]]
    x0, x1 = 8 - tw // 2, 7 + tw // 2
    aw = ARM_W[p["build"]]
    top, hip = pose.top, pose.hip
    cloth = p["top"]
    lower_cloth = p["top"] if p["lower"] in ("coat", "long_top") else p["bottom"]
    # garment below the waist (skirt, gown, coat tail)
    sway = 0 if pose.phase is None else (1 if pose.phase == 0 else -1 if pose.phase == 2 else 0)
    for y, extra in _skirt_rows(p, pose):
        hem = p["lower"] == "gown" and y >= FEET - 3
        a, b = x0 - extra + (sway if hem else 0), x1 + extra + (sway if hem else 0)
        for x in range(a, b + 1):
            c = _textured(p, x, y, lower_cloth)
            g.put(x, y, shade(c) if x >= b - 0 else c)
        if p["lower"] == "coat" and not back:
            g.put(7, y, shade(lower_cloth))
    # torso
    for y in range(top, hip + (1 if p["lower"] in ("trousers",) else 0)):
        a, b = x0, x1
        if p.get("taper") and top + 4 <= y <= top + 6:
            a, b = a + 1, b - 1
        for x in range(a, b + 1):
            g.put(x, y, _textured(p, x, y, cloth))
        g.put(b, y, shade(_textured(p, b, y, cloth)))
    if p["lower"] == "trousers":
        g.hline(x0, x1, hip, p.get("belt", shade(p["bottom"])))
    # shoulders
    if p.get("padded"):
        g.hline(x0 - aw - 1, x1 + aw + 1, top, light(cloth))
        g.hline(x0 - aw - 1, x1 + aw + 1, top + 1, cloth)
        g.put(x1 + aw + 1, top + 1, shade(cloth))
    # front details
    if not back:
        style = p["top_style"]
        inner = p.get("inner")
        if style in ("jacket", "cardigan", "coat") and inner:
            g.hline(6, 9, top, inner)
            depth = 5 if style == "cardigan" else 2
            for y in range(top + 1, top + 1 + depth):
                g.hline(7, 8, y, inner)
        if style == "vest" and inner:
            g.hline(6, 9, top, inner)
            for y in range(top + 1, hip):
                g.hline(7, 8, y, inner if y < top + 4 else shade(cloth))
        if style == "dress":
            g.hline(6, 9, top, p["skin"])
            g.hline(7, 8, top + 1, p["skin"])
        if style == "tshirt":
            g.hline(7, 8, top, p["skin"])
        if style == "uniform":
            g.hline(6, 9, top, inner or shade(cloth))
            for y in range(top + 2, hip, 2):
                g.put(7, y, p.get("buttons", "yellow"))
        if p.get("tie"):
            for y in range(top, top + 5):
                g.hline(7, 8, y, p["tie"]) if y < top + 4 else g.put(7, y, p["tie"])
        if p.get("bowtie"):
            g.hline(6, 9, top, p["bowtie"])
            g.put(7, top, shade(p["bowtie"]))
        if p.get("necklace"):
            g.hline(6, 9, top + 1, p["necklace"])
            g.put(6, top, p["skin"]); g.put(9, top, p["skin"])
        if p.get("badge"):
            g.put(x1 - 1, top + 2, p["badge"])
    # neck
    g.hline(7, 8, top - 1, p["skin"])
    # arms
    sleeve = p.get("sleeve", cloth)
    for side in (0, 1):
        if p.get("_skip_arm") == side:
            continue  # the fallen pose draws this arm flung out instead
        xs = range(x0 - aw, x0) if side == 0 else range(x1 + 1, x1 + aw + 1)
        reach = 0
        if pose.phase == 0:
            reach = 1 if side == 0 else -1
        elif pose.phase == 2:
            reach = -1 if side == 0 else 1
        hand = hip - 1 + reach
        for y in range(top + 1, hand + 1):
            bare = p["top_style"] in ("dress",) or (p["top_style"] == "tshirt" and y > top + 2)
            c = p["skin"] if bare or y == hand else sleeve
            if p["top_style"] == "cardigan" and y == hand:
                c = sleeve  # limp sleeves swallow the hands
            for x in xs:
                g.put(x, y, shade(c) if side == 1 and c == sleeve else c)


def _torso_side(g: Grid, p: dict, pose: Pose) -> None:
    d = TORSO_D[p["build"]]
    x0 = 5 if d <= 6 else 4
    x1 = x0 + d - 1
    top, hip = pose.top, pose.hip
    cloth = p["top"]
    lower_cloth = p["top"] if p["lower"] in ("coat", "long_top") else p["bottom"]
    sway = 0 if pose.phase is None else (1 if pose.phase == 0 else -1 if pose.phase == 2 else 0)
    for y, extra in _skirt_rows(p, pose):
        hem = p["lower"] == "gown" and y >= FEET - 3
        a = x0 - extra + (sway if hem else 0)
        b = x1 + max(0, extra - 1) + (sway if hem else 0)
        for x in range(a, b + 1):
            g.put(x, y, _textured(p, x, y, lower_cloth))
        g.put(b, y, shade(lower_cloth))
    for y in range(top, hip + (1 if p["lower"] == "trousers" else 0)):
        for x in range(x0, x1 + 1):
            g.put(x, y, _textured(p, x, y, cloth))
        g.put(x1, y, shade(cloth))
    if p["lower"] == "trousers":
        g.hline(x0, x1, hip, p.get("belt", shade(p["bottom"])))
    if p.get("padded"):
        g.hline(x0 - 1, x1 + 1, top, light(cloth))
        g.hline(x0 - 1, x1 + 1, top + 1, cloth)
    style = p["top_style"]
    if p.get("inner") and style in ("jacket", "cardigan", "coat", "vest", "uniform"):
        g.put(x0, top, p["inner"])
        g.put(x0, top + 1, p["inner"])
    if style == "dress":
        g.put(x0, top, p["skin"])
    if p.get("tie") or p.get("bowtie"):
        g.put(x0, top + 1, p.get("tie") or p["bowtie"])
    g.hline(7, 8, top - 1, p["skin"])
    # the near arm, swinging
    sleeve = p.get("sleeve", cloth)
    ax = x0 + (d - 2) // 2
    swing = 0 if pose.phase in (None, 1, 3) else (-1 if pose.phase == 0 else 1)
    hand = hip - 1
    for y in range(top + 1, hand + 1):
        dx = swing if y >= top + 4 else 0
        if y >= top + 6:
            dx = swing * 2
        bare = style == "dress" or (style == "tshirt" and y > top + 2)
        c = p["skin"] if bare or y == hand else sleeve
        if style == "cardigan" and y == hand:
            c = sleeve
        g.put(ax + dx, y, light(c) if c == sleeve else c)
        g.put(ax + dx + 1, y, shade(c))


def _head(g: Grid, p: dict, pose: Pose, view: str) -> None:
    table = HEAD_LEFT if view == "left" else HEAD_DOWN
    skin = p["skin"]
    for r, (a, b) in table.items():
        g.hline(a, b, r + pose.head, skin)
        if view == "down":
            g.put(b, r + pose.head, shade(skin)) if 5 <= r <= 10 else None
    y = pose.head
    if view == "down":
        if p.get("stripe"):
            g.hline(4, 11, 8 + y, p["stripe"])
            if p.get("stripe2"):
                g.hline(5, 10, 7 + y, p["stripe2"])
        for x in (6, 9):
            if not pose.blink:
                g.put(x, 8 + y, p.get("eyes", "ink"))
            g.put(x, 9 + y, p.get("eyes", "ink"))
        g.hline(7, 8, 11 + y, p.get("lips") or shade(shade(skin)))
        if p.get("glasses"):
            g.hline(5, 10, 8 + y, p["glasses"])
            g.hline(5, 6, 9 + y, p["glasses"]); g.hline(9, 10, 9 + y, p["glasses"])
    elif view == "left":
        g.put(3, 9 + y, skin)  # nose
        if p.get("stripe"):
            g.hline(4, 7, 8 + y, p["stripe"])
            if p.get("stripe2"):
                g.hline(4, 7, 7 + y, p["stripe2"])
        if not pose.blink:
            g.put(5, 8 + y, p.get("eyes", "ink"))
        g.put(5, 9 + y, p.get("eyes", "ink"))
        g.put(4, 11 + y, p.get("lips") or shade(shade(skin)))
        if p.get("glasses"):
            g.hline(4, 7, 8 + y, p["glasses"])
            g.put(4, 9 + y, p["glasses"]); g.put(5, 9 + y, p["glasses"])
    if p.get("beard") and view in ("down", "left"):
        rows = {
            "down": {9: (4, 4), 10: (4, 11), 11: (5, 10), 12: (6, 9)},
            "left": {9: (8, 8), 10: (4, 9), 11: (5, 10), 12: (6, 9)},
        }[view]
        for r, (a, b) in rows.items():
            g.hline(a, b, r + y, p["beard"])
        if view == "down":
            g.put(11, 9 + y, p["beard"])
            g.hline(7, 8, 11 + y, shade(p["beard"]))  # the mouth inside the beard


def _props(g: Grid, p: dict, pose: Pose, view: str) -> None:
    top, hip = pose.top, pose.hip
    prop = p.get("prop")
    y = pose.head
    if p.get("headphones"):
        c = p["headphones"]
        if view in ("down", "up"):
            g.hline(4, 11, 2 + y, c)
            for x in (3, 12):
                g.rect(x, 7 + y, x, 9 + y, c)
            if p.get("mic") and view == "down":
                g.hline(4, 6, 11 + y, c)
        else:
            g.hline(6, 10, 2 + y, c)
            g.rect(9, 7 + y, 10, 9 + y, c)
            if p.get("mic"):
                g.hline(5, 8, 11 + y, c)
    if prop == "camera" and view != "up":
        if view == "down":
            g.rect(6, top + 3, 9, top + 4, "black")
            g.put(7, top + 4, "steel")
            g.put(8, top + 3, "grey")
            g.put(5, top + 1, "black"); g.put(10, top + 1, "black")
        else:
            g.rect(3, top + 3, 5, top + 4, "black")
            g.put(3, top + 3, "steel")
    if prop in ("notebook", "clipboard", "brush") and view != "up":
        hx = 3 if view == "down" else 6
        if view == "down":
            hx = 8 - TORSO_W[p["build"]] // 2 - ARM_W[p["build"]]
        hy = hip - 2 + (0 if pose.phase is None else (1 if pose.phase == 0 else -1 if pose.phase == 2 else 0))
        if view == "left":
            hx, hy = 5, hip - 2
        if prop == "notebook":
            g.rect(hx - 1, hy, hx, hy + 1, "white")
            g.put(hx - 1, hy + 1, "grey_light")
        elif prop == "clipboard":
            g.rect(hx - 1, hy - 1, hx, hy + 1, "white")
            g.put(hx - 1, hy - 1, "brown")
        else:
            g.put(hx, hy - 1, "wood")
            g.put(hx, hy - 2, "magenta")


def frame(p: dict, view: str, col: int, outline: bool = True) -> Grid:
    """One 16x32 frame; view is down, left, right or up; col 0-1 idle, 2-5 walk."""
    if view == "right":
        return frame(p, "left", col).mirrored()
    pose = Pose(p, view, col)
    g = Grid(W, H)
    if view == "left":
        _legs_side(g, p, pose)
        _torso_side(g, p, pose)
    else:
        _legs_front(g, p, pose)
        _torso_front(g, p, pose, back=view == "up")
    if view == "up":
        for r, (a, b) in HEAD_DOWN.items():
            g.hline(a, b, r + pose.head, p["skin"])
    else:
        _head(g, p, pose, view)
    _draw_hair(g, p, pose, view)
    _props(g, p, pose, view)
    if outline:
        g.outline("black")
    return g


def sheet(p: dict) -> Image.Image:
    img = Image.new("RGBA", (W * COLS, H * len(ROWS)), (0, 0, 0, 0))
    for row, view in enumerate(ROWS):
        for col in range(COLS):
            img.paste(frame(p, view, col).image(), (col * W, row * H))
    return img


FLOOR = 30  # the fallen body lies with its back edge on this row, outline below it


def fallen(p: dict) -> Image.Image:
    """32x32: the person lying on their back, head to the left, a crystal jutting from the head."""
    body = frame({**p, "_skip_arm": 1, "_eyes_closed": True}, "down", 0, outline=False)
    g = Grid(32, 32)
    # rotate the frame a quarter turn (top of the sprite -> left) and lay it on the floor rows
    for y in range(H):
        for x in range(W):
            c = body.px[y][x]
            if c:
                g.put(y, FLOOR - x, c)
    # one arm thrown out above the head, as if they dropped where they stood
    pose = Pose(p, "down", 0)
    x1 = 7 + TORSO_W[p["build"]] // 2
    shoulder_row = FLOOR - (x1 + 1)
    sleeve = p.get("sleeve", p["top"]) if p["top_style"] != "dress" else p["skin"]
    arm = [(pose.top + 1, shoulder_row), (pose.top, shoulder_row - 1), (pose.top - 1, shoulder_row - 2),
           (pose.top - 2, shoulder_row - 3), (pose.top - 3, shoulder_row - 3), (pose.top - 4, shoulder_row - 4)]
    for i, (x, y) in enumerate(arm):
        g.put(x, y, p["skin"] if i == len(arm) - 1 else sleeve)
        if i < len(arm) - 1:
            g.put(x + 1, y, shade(sleeve))
    g.outline("black")
    # the crystal: a shard jutting from the crown, up and away, with a faint halo
    crown = min(x for x in range(32) for y in (FLOOR - 8, FLOOR - 7) if g.get(x, y))
    shard = {
        (0, 0): "cyan", (1, 0): "teal", (0, -1): "white", (-1, -1): "ice", (-1, -2): "white",
        (-2, -2): "cyan", (-2, -3): "ice", (-3, -4): "white", (0, -2): "ice", (-1, -3): "cyan",
    }
    bx, by = crown + 2, FLOOR - 8
    for (dx, dy), c in shard.items():
        g.put(bx + dx, by + dy, c)
    halo = {
        (bx + dx + ox, by + dy + oy)
        for dx, dy in shard
        for ox, oy in ((1, 0), (-1, 0), (0, 1), (0, -1))
    }
    for x, y in sorted(halo):
        if g.get(x, y) is None:
            g.put(x, y, "dusk")
    return g.image()
