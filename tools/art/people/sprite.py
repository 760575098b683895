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
# How each person walks: stride (side-view step length), bob (rise on the step frames), swing (arm
# swing), lift (how far the lifted foot rises, front view), sway (the upper body rolls onto the
# planted leg, in pixels).
GAITS = {
    "walk": {"stride": 2, "bob": 1, "swing": 1, "lift": 1, "sway": 0},
    "glide": {"stride": 2, "bob": 0, "swing": 1, "lift": 1, "sway": 0},  # the models' runway walk
    "stride": {"stride": 3, "bob": 1, "swing": 1, "lift": 2, "sway": 0},  # long, bent forward
    "brisk": {"stride": 1, "bob": 0, "swing": 2, "lift": 1, "sway": 0},  # short quick steps in heels
    "heavy": {"stride": 1, "bob": 1, "swing": 1, "lift": 1, "sway": 1},  # rolls from foot to foot
    "shuffle": {"stride": 1, "bob": 0, "swing": 0, "lift": 1, "sway": 1},  # drags himself along
    "strut": {"stride": 3, "bob": 1, "swing": 2, "lift": 2, "sway": 0},
    "sashay": {"stride": 1, "bob": 0, "swing": 1, "lift": 1, "sway": 1},
}
# What the second idle frame does: breathe (the body sinks a pixel), still (only the eyes move; from
# behind, a breath), fidget (shifts weight, a hand to the nose), notebook (lifts it and reads).
IDLES = ("breathe", "still", "fidget", "notebook")
# Stances that hold while walking; the others (hips) drop to swinging arms on the move.
HELD = ("pockets", "behind", "folded", "front", "case", "glass", "tray")


class Pose:
    """Where things are in one frame."""

    def __init__(self, p: dict, view: str, col: int):
        self.view = view
        self.idle = col < 2
        self.phase = None if self.idle else col - 2  # 0 step A, 1 pass, 2 step B, 3 pass
        self.gait = GAITS[p.get("gait", "walk")]
        idle = p.get("idle", "breathe")
        if idle not in IDLES:
            raise ValueError(f"unknown idle {idle!r}")
        self.gesture = idle if col == 1 else None
        self.blink = bool(p.get("_eyes_closed"))  # only the fallen pose closes them
        self.glance = self.gesture == "still" and view != "up"
        if self.idle:
            self.bob = 1 if self.gesture == "breathe" or (self.gesture == "still" and view == "up") else 0
        else:
            self.bob = self.gait["bob"] if self.phase in (0, 2) else 0
        step = {0: 1, 2: -1}.get(self.phase, 0)
        self.step = step  # which way this walk frame leans: +1 step A, -1 step B, 0 passing
        self.sway = step * self.gait["sway"] + (1 if self.gesture == "fidget" else 0)
        self.stance = p.get("stance")
        if not self.idle and self.stance not in HELD:
            self.stance = None
        if self.gesture == "fidget":
            self.stance = "raised"
        h = p["height"]
        self.hip = 22 - h  # first leg row; legs run to FEET
        self.top = 14 - h + self.bob  # first torso row
        # head offset from the normal-height grids: a stoop drops it onto the shoulders
        self.head = -h + self.bob + (1 if p.get("stoop") else 0) + (1 if self.gesture == "notebook" else 0)


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
    apart = p.get("apart", 0)  # feet set wide: each leg leans out this many pixels by the ankle
    n = FEET - pose.hip
    for side, (x0, x1) in enumerate(((8 - lw, 7), (8, 7 + lw))):
        lifted = (pose.phase == 0 and side == 0) or (pose.phase == 2 and side == 1)
        foot = FEET - pose.gait["lift"] if lifted else FEET
        out = -1 if side == 0 else 1
        for y in range(pose.hip, foot + 1):
            is_shoe = y >= foot - 1
            dx = out * round(apart * (y - pose.hip) / n)
            for x in range(x0, x1 + 1):
                inner = (x == x1 and side == 0) or (x == x0 and side == 1)
                c = p["shoes"] if is_shoe else legs
                g.put(x + dx, y, shade(c) if inner and not is_shoe and lw > 2 else c)


def _legs_side(g: Grid, p: dict, pose: Pose) -> None:
    legs = p["legs"] if p["lower"] in ("skirt", "gown") else p["bottom"]
    spread = pose.phase in (0, 2)
    stride = pose.gait["stride"]
    n = FEET - pose.hip
    # back leg first (darker), then the front leg over it
    for front in (False, True):
        if spread:
            start, end = (6, 6 - stride) if front else (7, 8 + stride)
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
    if lower == "pencil":  # a suit skirt: hugs the hips, stops at the knee
        return [(pose.hip + i, 1 if i < 2 else 0) for i in range(5)]
    if lower == "gown":
        return [(pose.hip + i, 1 + i // 2) for i in range(FEET - pose.hip)]
    if lower == "coat":
        return [(pose.hip + i, 1 + i // 3) for i in range(6)]
    if lower == "long_coat":  # to the shins, flaring
        return [(pose.hip + i, 1 + i // 2) for i in range(FEET - 2 - pose.hip)]
    if lower == "long_top":
        return [(pose.hip + i, 0) for i in range(2)]
    return []


def _lower_cloth(p: dict) -> str:
    return p["top"] if p["lower"] in ("coat", "long_coat", "long_top") else p["bottom"]


def _torso_rows(p: dict, pose: Pose, x0: int, x1: int) -> dict[int, tuple[int, int]]:
    """row -> (x0, x1) of the torso in the front view: shoulders, waist, belly."""
    top, hip = pose.top, pose.hip
    rows = {}
    for y in range(top, hip + (1 if p["lower"] == "trousers" else 0)):
        a, b = x0, x1
        if p.get("taper") and top + 4 <= y <= top + 6:
            a, b = a + 1, b - 1
        if p.get("belly") and top + 3 <= y <= hip - 1:
            a, b = a - 1, b + 1
        if p.get("slouch") and y == top:
            a, b = a + 1, b - 1  # shoulders that droop
        rows[y] = (a, b)
    return rows


def _front_details(g: Grid, p: dict, pose: Pose, x1: int) -> None:
    top, hip = pose.top, pose.hip
    cloth = p["top"]
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
    if p.get("strap"):  # a bag strap from the left shoulder across to the right hip
        for i, y in enumerate(range(top + 1, hip)):
            g.put(6 + i * (x1 - 6) // max(1, hip - top - 2), y, p["strap"])


def _arm_rows(p: dict, pose: Pose, side: int) -> list[tuple[int, int]]:
    """(row, outward shift) down one hanging arm in the front view; the last row is the hand."""
    top, hip = pose.top, pose.hip
    first = top + (2 if p.get("slouch") else 1)
    stance = pose.stance
    if stance == "hips":  # elbows out, hands on the hips
        bend = [0, 1, 1, 2, 2, 1, 0, 0]
        return [(y, bend[i]) for i, y in enumerate(range(first, hip))]
    if stance == "pockets":  # hands pushed into the pockets, elbows a little out
        return [(y, 1 if y >= hip - 4 else 0) for y in range(first, hip)]
    if stance == "behind":  # hands clasped behind the back
        return [(y, 0) for y in range(first, hip - 1)]
    reach = 0
    if pose.phase in (0, 2):
        reach = pose.gait["swing"] * (pose.step if side == 0 else -pose.step)
    if stance == "case" and side == 0:
        reach = 0  # the case hangs straight
    # a belly pushes the arms out round it
    return [(y, 1 if p.get("belly") and y >= top + 3 else 0) for y in range(first, hip + reach)]


def _bent_arm(g: Grid, p: dict, pose: Pose, side: int, xs: range, elbow: int, hand: tuple[int, int]) -> None:
    """An arm down to the elbow row, then the forearm across the body to a hand at (x, y)."""
    sleeve = p.get("sleeve", p["top"])
    first = pose.top + (2 if p.get("slouch") else 1)
    for y in range(first, elbow + 1):
        for x in xs:
            g.put(x, y, sleeve)
    hx, hy = hand
    edge = xs[-1] if side == 0 else xs[0]
    step = 1 if hx > edge else -1
    for x in range(edge, hx, step):
        g.put(x, elbow, shade(sleeve) if side == 1 else sleeve)
    for y in range(min(hy, elbow), max(hy, elbow) + 1):
        g.put(hx, y, sleeve)
    g.put(hx, hy, p["skin"])


def _arms_front(g: Grid, p: dict, pose: Pose, x0: int, x1: int, aw: int) -> None:
    top, hip = pose.top, pose.hip
    sleeve = p.get("sleeve", p["top"])
    stance = pose.stance
    for side in (0, 1):
        if p.get("_skip_arm") == side:
            continue  # the fallen pose draws this arm flung out instead
        xs = range(x0 - aw, x0) if side == 0 else range(x1 + 1, x1 + aw + 1)
        out = -1 if side == 0 else 1
        if stance == "folded":  # arms crossed high on the chest
            _bent_arm(g, p, pose, side, xs, top + 4, (x1 - 1 if side == 0 else x0 + 1, top + 4))
            g.hline(x0, x1, top + 5, shade(sleeve))
            continue
        if stance == "front":  # both hands hold something in front of the chest
            y = _held_row(pose)
            _bent_arm(g, p, pose, side, xs, y + 1, (6 if side == 0 else 9, y + 1))
            continue
        if side == 1 and stance in ("glass", "raised", "tray"):  # the forearm up, hand at the shoulder
            hand = (x1 + aw + 1, top - 1) if stance == "tray" else (x1 - 1, top + 1)
            _bent_arm(g, p, pose, side, xs, top + 4, hand)
            continue
        rows = _arm_rows(p, pose, side)
        for i, (y, shift) in enumerate(rows):
            bare = p["top_style"] == "dress" or (p["top_style"] == "tshirt" and y > top + 2)
            hand = i == len(rows) - 1 and stance not in ("pockets", "behind") and p["top_style"] != "cardigan"
            c = p["skin"] if bare or hand else sleeve  # limp cardigan sleeves swallow the hands
            for x in xs:
                g.put(x + out * shift, y, shade(c) if side == 1 and c == sleeve else c)
        if stance == "case" and side == 0:
            hx = xs[0] + out * rows[-1][1]
            g.put(hx, hip, "black")
            g.rect(hx - 2, hip + 1, hx + 1, hip + 3, p.get("case", "brown_dark"))
            g.put(hx, hip + 2, "steel")


def _torso_front(g: Grid, p: dict, pose: Pose, back: bool) -> None:
    tw = TORSO_W[p["build"]]
    x0, x1 = 8 - tw // 2, 7 + tw // 2
    aw = ARM_W[p["build"]]
    top, hip = pose.top, pose.hip
    cloth = p["top"]
    lower_cloth = _lower_cloth(p)
    # garment below the waist (skirt, gown, coat tail)
    for y, extra in _skirt_rows(p, pose):
        hem = p["lower"] == "gown" and y >= FEET - 3
        a, b = x0 - extra + (pose.step if hem else 0), x1 + extra + (pose.step if hem else 0)
        for x in range(a, b + 1):
            c = _textured(p, x, y, lower_cloth)
            g.put(x, y, shade(c) if x >= b - 0 else c)
        if p["lower"] in ("coat", "long_coat") and not back:
            g.put(7, y, shade(lower_cloth))
    # torso
    for y, (a, b) in _torso_rows(p, pose, x0, x1).items():
        for x in range(a, b + 1):
            g.put(x, y, _textured(p, x, y, cloth))
        g.put(b, y, shade(_textured(p, b, y, cloth)))
    if p["lower"] == "trousers":
        a, b = _torso_rows(p, pose, x0, x1)[hip]
        g.hline(a, b, hip, p.get("belt", shade(p["bottom"])))
    # shoulders: padded, or a fur stole round them
    wrap = p.get("stole")
    if p.get("padded") or wrap:
        c = wrap or cloth
        g.hline(x0 - aw - 1, x1 + aw + 1, top, light(c))
        g.hline(x0 - aw - 1, x1 + aw + 1, top + 1, c)
        g.put(x1 + aw + 1, top + 1, shade(c))
    if p.get("collar"):  # a turned-up collar stands beside the neck
        for x in (5, 10):
            g.put(x, top - 1, p["collar"]); g.put(x, top - 2, p["collar"])
    if not back:
        _front_details(g, p, pose, x1)
    # neck
    g.hline(7, 8, top - 1, p["skin"])
    _arms_front(g, p, pose, x0, x1, aw)
    if p.get("bag") and not back:  # a shoulder bag at the right hip, outside the arm
        g.rect(x1 + aw + 1, hip - 2, x1 + aw + 2, hip, p["bag"])
        g.put(x1 + aw + 1, hip - 2, light(p["bag"]))


def _torso_side(g: Grid, p: dict, pose: Pose) -> None:
    d = TORSO_D[p["build"]]
    x0 = 5 if d <= 6 else 4
    x1 = x0 + d - 1
    top, hip = pose.top, pose.hip
    cloth = p["top"]
    lower_cloth = _lower_cloth(p)
    for y, extra in _skirt_rows(p, pose):
        hem = p["lower"] == "gown" and y >= FEET - 3
        a = x0 - extra + (pose.step if hem else 0)
        b = x1 + max(0, extra - 1) + (pose.step if hem else 0)
        for x in range(a, b + 1):
            g.put(x, y, _textured(p, x, y, lower_cloth))
        g.put(b, y, shade(lower_cloth))
    for y in range(top, hip + (1 if p["lower"] == "trousers" else 0)):
        a = x0 - 1 if p.get("belly") and top + 3 <= y <= hip - 1 else x0
        for x in range(a, x1 + 1):
            g.put(x, y, _textured(p, x, y, cloth))
        g.put(x1, y, shade(cloth))
    if p["lower"] == "trousers":
        g.hline(x0, x1, hip, p.get("belt", shade(p["bottom"])))
    if p.get("padded") or p.get("stole"):
        c = p.get("stole") or cloth
        g.hline(x0 - 1, x1 + 1, top, light(c))
        g.hline(x0 - 1, x1 + 1, top + 1, c)
    if p.get("collar"):
        g.put(x1, top - 1, p["collar"]); g.put(x1, top - 2, p["collar"])
    style = p["top_style"]
    if p.get("inner") and style in ("jacket", "cardigan", "coat", "vest", "uniform"):
        g.put(x0, top, p["inner"])
        g.put(x0, top + 1, p["inner"])
    if style == "dress":
        g.put(x0, top, p["skin"])
    if p.get("tie") or p.get("bowtie"):
        g.put(x0, top + 1, p.get("tie") or p["bowtie"])
    g.hline(7, 8, top - 1, p["skin"])
    _arm_side(g, p, pose, _side_arm_x(p))
    if p.get("bag"):
        g.rect(x1, hip - 2, x1 + 1, hip, p["bag"])


def _side_arm_x(p: dict) -> int:
    """The near arm's column in the side view."""
    d = TORSO_D[p["build"]]
    return (5 if d <= 6 else 4) + (d - 2) // 2


def _side_lift(pose: Pose) -> int:
    """How far above the elbow a forearm held forward is raised; it jogs up on one step."""
    raised = pose.gesture == "notebook" or pose.stance in ("glass", "raised")
    return (2 if raised else 0) + (1 if pose.step == 1 else 0)


def _arm_side(g: Grid, p: dict, pose: Pose, ax: int) -> None:
    """The near arm in the side view: swinging, or held as the stance says."""
    top, hip = pose.top, pose.hip
    style = p["top_style"]
    sleeve = p.get("sleeve", p["top"])
    stance = pose.stance
    swing = -pose.step * pose.gait["swing"]
    hand = hip - 2 if stance in ("pockets", "behind") else hip - 1
    forward = stance in ("folded", "front", "glass", "raised", "tray")
    if stance in ("pockets", "behind", "case") or forward:
        swing = 0
    for y in range(top + 1, hand + 1):
        dx = swing if y >= top + 4 else 0
        if y >= top + 6:
            dx = swing * 2
        if stance == "hips" and top + 3 <= y <= top + 5:
            dx = 1  # the elbow juts back
        if forward and y > top + 4:
            break
        bare = style == "dress" or (style == "tshirt" and y > top + 2)
        c = p["skin"] if bare or (y == hand and stance not in ("pockets", "behind")) else sleeve
        if style == "cardigan" and y == hand:
            c = sleeve
        g.put(ax + dx, y, light(c) if c == sleeve else c)
        g.put(ax + dx + 1, y, shade(c))
    if forward:  # the forearm comes forward, the hand out in front
        lift = _side_lift(pose)
        g.hline(ax - 2, ax, top + 4 - lift, sleeve)
        g.put(ax - 3, top + 4 - lift, p["skin"])
    if stance == "case":
        g.put(ax, hip, "black")
        g.rect(ax - 1, hip + 1, ax + 2, hip + 3, p.get("case", "brown_dark"))


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
        look = 1 if pose.glance else 0  # the still idle: only the eyes move
        for x in (6, 9):
            if not pose.blink:
                g.put(x + look, 8 + y, p.get("eyes", "ink"))
            g.put(x + look, 9 + y, p.get("eyes", "ink"))
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
        look = 1 if pose.glance else 0
        if not pose.blink:
            g.put(5 + look, 8 + y, p.get("eyes", "ink"))
        g.put(5 + look, 9 + y, p.get("eyes", "ink"))
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
    if prop in ("notebook", "clipboard") and pose.stance == "front" and view != "up":
        # held in both hands in front of the chest (raised to read, in the notebook idle)
        tall = 3 if prop == "clipboard" else 2
        if view == "down":
            r = _held_row(pose)
            g.rect(6, r + 1 - tall, 9, r, "white")
            g.hline(7, 8, r, "grey_light")
            if prop == "clipboard":
                g.hline(7, 8, r + 1 - tall, "brown")
        else:  # just above the hand at the end of the forearm (see _arm_side)
            hx, hy = _side_arm_x(p) - 3, pose.top + 4 - _side_lift(pose)
            g.rect(hx - 1, hy - tall, hx, hy - 1, "white")
            g.put(hx - 1, hy - 1, "grey_light")
    elif prop in ("clipboard", "brush") and view != "up":
        hx = 8 - TORSO_W[p["build"]] // 2 - ARM_W[p["build"]]
        hy = hip - 2 + pose.step
        if view == "left":
            hx, hy = 5, hip - 2
        if prop == "clipboard":
            g.rect(hx - 1, hy - 1, hx, hy + 1, "white")
            g.put(hx - 1, hy - 1, "brown")
        else:
            g.put(hx, hy - 1, "wood")
            g.put(hx, hy - 2, "magenta")
    if view == "down" and pose.stance in ("glass", "tray"):
        tw = TORSO_W[p["build"]]
        if pose.stance == "glass":  # a cocktail by the chin
            gx = 7 + tw // 2 - 1
            g.put(gx, top - 1, "ice"); g.put(gx, top - 2, "white")
        else:  # a tray of glasses up on the fingertips
            tx = 8 + tw // 2 + ARM_W[p["build"]]
            g.hline(tx - 2, tx + 2, top - 2, "steel")
            g.put(tx - 1, top - 3, "ice"); g.put(tx + 1, top - 3, "white")


def _held_row(pose: Pose) -> int:
    """The row the hands hold something at, in front of the chest: higher while reading."""
    return pose.top + (2 if pose.gesture == "notebook" else 5)


def frame(p: dict, view: str, col: int, outline: bool = True) -> Grid:
    """One 16x32 frame; view is down, left, right or up; col 0-1 idle, 2-5 walk."""
    if view == "right":
        return frame(p, "left", col).mirrored()
    pose = Pose(p, view, col)
    g = Grid(W, H)
    body = Grid(W, H)  # everything above the legs, drawn apart so a walk can roll it sideways
    head = Grid(W, H)
    if view == "left":
        _legs_side(g, p, pose)
        _torso_side(body, p, pose)
    else:
        _legs_front(g, p, pose)
        _torso_front(body, p, pose, back=view == "up")
    if view == "up":
        for r, (a, b) in HEAD_DOWN.items():
            head.hline(a, b, r + pose.head, p["skin"])
    else:
        _head(head, p, pose, view)
    _draw_hair(head, p, pose, view)
    body.stamp(head, -1 if view == "left" and p.get("stoop") else 0)  # a stoop pushes the head forward
    _props(body, p, pose, view)
    g.stamp(body, 0 if view == "left" else pose.sway)
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
    lying = {**p, "_skip_arm": 1, "_eyes_closed": True, "stance": None, "apart": 0, "bag": None, "strap": None}
    body = frame(lying, "down", 0, outline=False)
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
