"""Item icons (from items.txt) and input prompt icons (drawn here), 16x16 strips + name->index JSON."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tools.art.ui import pix
from tools.art.ui import text

HERE = Path(__file__).resolve().parent
ITEM_KEY = {
    "w": "white", "G": "grey_light", "g": "grey", "s": "steel", "S": "steel_dark", "m": "magenta",
    "p": "pink", "P": "plum", "v": "violet", "c": "cyan", "i": "ice", "t": "teal", "y": "yellow",
    "a": "amber", "o": "orange", "b": "brown", "B": "brown_dark", "T": "tan", "d": "wood",
    "e": "bleach", "L": "leather", "n": "night", "u": "blue", "h": "sky", "x": "glass",
    "q": "glass_light", "r": "red", "R": "red_dark", "l": "lilac", "k": "black", "A": "acid",
    "D": "grey_dark",
}


def parse_grids(path: Path) -> dict[str, str]:
    """': name' headers, each followed by 16 rows of 16 characters."""
    grids: dict[str, list[str]] = {}
    name = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            name = None if not line.strip() else name
            continue
        if line.startswith(": "):
            name = line[2:].strip()
            grids[name] = []
        elif name is not None:
            if len(line) != 16:
                raise ValueError(f"{path.name}:{number}: row is {len(line)} wide, not 16")
            grids[name].append(line)
    for name, rows in grids.items():
        if len(rows) != 16:
            raise ValueError(f"{path.name}: {name} has {len(rows)} rows, not 16")
    return {n: "\n".join(r) for n, r in grids.items()}


def items() -> tuple[np.ndarray, list[str]]:
    grids = parse_grids(HERE / "items.txt")
    frames = []
    for g in grids.values():
        f = pix.new(16, 16)
        pix.grid(f, 0, 0, g, ITEM_KEY)
        pix.outline(f, "black")
        frames.append(f)
    return pix.strip(frames), list(grids)


# ---- prompts ---------------------------------------------------------------------------------


def _key(label: str | None, font_dir: Path, face="grey_light", ink="ink") -> np.ndarray:
    """A keyboard keycap: light face, darker front edge, black outline, label in the small font."""
    f = pix.new(16, 16)
    for y in range(1, 16):
        for x in range(16):
            corner = (x in (0, 15)) and (y in (1, 15))
            if not corner:
                pix.px(f, x, y, "black")
    pix.rect(f, 1, 2, 14, 11, face)
    pix.rect(f, 1, 13, 14, 2, "grey")
    pix.rect(f, 2, 2, 12, 1, "white")
    if label:
        w, _ = text.measure(label, font_dir, "small")
        text.draw(f, (16 - w) // 2, 3, label, font_dir, "small", ink)
    return f


def _arrow(f, direction: str, colour="ink", cx=8, cy=7):
    """A solid 5-wide triangle pointing in direction, centred at (cx, cy)."""
    for k in range(3):
        for s in range(-k, k + 1):
            dx, dy = {"up": (s, k - 1), "down": (s, 1 - k), "left": (k - 1, s),
                      "right": (1 - k, s)}[direction]
            pix.px(f, cx + dx, cy + dy, colour)


def _cluster(font_dir: Path, labels: dict[str, str] | None) -> np.ndarray:
    """Four small keys in an inverted T: arrows (labels None) or WASD letters in the small font."""
    f = pix.new(16, 16)
    spots = {"up": (5, 0, 7), "left": (2, 7, 5), "down": (6, 7, 5), "right": (10, 7, 5)}
    for x, y, w in spots.values():
        pix.rect(f, x, y, w, 9 if y else 8, "black")
    for d, (x, y, w) in spots.items():
        pix.rect(f, x + 1, y + 1, w - 2, 5, "grey_light")
        pix.rect(f, x + 1, y + 6, w - 2, 1, "grey")
        cx = x + w // 2
        if labels is None:
            _arrow_small(f, d, cx, y + 3)
        else:
            lw, _ = text.measure(labels[d], font_dir, "small")
            text.draw(f, x + (w - lw) // 2, y - 1, labels[d], font_dir, "small", "ink")
    return f


def _arrow_small(f, d, cx, cy):
    """A 3-wide, 2-deep triangle."""
    pts = {"up": [(0, -1), (-1, 0), (0, 0), (1, 0)], "down": [(0, 1), (-1, 0), (0, 0), (1, 0)],
           "left": [(-1, 0), (0, -1), (0, 0), (0, 1)], "right": [(1, 0), (0, -1), (0, 0), (0, 1)]}
    for dx, dy in pts[d]:
        pix.px(f, cx + dx, cy + dy, "ink")


def _button(letter: str, fill: str, shade: str, ink: str, font_dir: Path) -> np.ndarray:
    f = pix.new(16, 16)
    pix.disc(f, 7.5, 7.5, 7.5, "black")
    pix.disc(f, 7.5, 7.5, 6.5, shade)
    pix.disc(f, 7.5, 6.8, 5.8, fill)
    w, _ = text.measure(letter, font_dir, "body")
    text.draw(f, (16 - w) // 2, -1, letter, font_dir, "body", ink)
    return f


def _pill(symbol: str) -> np.ndarray:
    f = pix.new(16, 16)
    pix.rect(f, 1, 4, 14, 8, "black")
    pix.rect(f, 0, 5, 16, 6, "black")
    pix.rect(f, 1, 5, 14, 6, "grey_dark")
    pix.rect(f, 2, 5, 12, 1, "grey")
    if symbol == "start":  # three bars
        for y in (6, 8, 10):
            pix.rect(f, 5, y - 0, 6, 1, "white")
    else:  # back: two overlapping windows
        pix.frame(f, 4, 6, 5, 4, "white")
        pix.frame(f, 7, 7, 5, 4, "grey_light")
    return f


def _dpad(highlight: str | None) -> np.ndarray:
    f = pix.new(16, 16)
    pix.rect(f, 5, 0, 6, 16, "black")
    pix.rect(f, 0, 5, 16, 6, "black")
    pix.rect(f, 6, 1, 4, 14, "grey_dark")
    pix.rect(f, 1, 6, 14, 4, "grey_dark")
    pix.rect(f, 6, 1, 4, 1, "grey")
    pix.rect(f, 1, 6, 1, 4, "grey")
    parts = {"up": (6, 1, 4, 5), "down": (6, 10, 4, 5), "left": (1, 6, 5, 4), "right": (10, 6, 5, 4)}
    if highlight:
        x, y, w, h = parts[highlight]
        pix.rect(f, x, y, w, h, "cyan")
    pix.rect(f, 7, 7, 2, 2, "black")
    return f


def _stick() -> np.ndarray:
    f = pix.new(16, 16)
    pix.disc(f, 7.5, 7.5, 7.5, "black")
    pix.disc(f, 7.5, 7.5, 6.5, "grey_dark")
    pix.disc(f, 7.5, 6.5, 4.5, "black")
    pix.disc(f, 7.5, 6.5, 3.5, "grey")
    pix.disc(f, 7.0, 5.5, 1.5, "grey_light")
    pix.px(f, 7, 13, "cyan")  # L mark under the stick
    pix.px(f, 8, 13, "cyan")
    return f


def _shoulder(label: str, font_dir: Path) -> np.ndarray:
    f = pix.new(16, 16)
    left = label == "LB"
    for y in range(3, 13):
        slope = max(0, 6 - (y - 3)) if left else 0
        slope_r = 0 if left else max(0, 6 - (y - 3))
        pix.rect(f, slope, y, 16 - slope - slope_r, 1, "black")
        if 3 < y < 12:
            pix.rect(f, slope + 1, y, 14 - slope - slope_r, 1, "grey_dark" if y > 9 else "grey")
    w, _ = text.measure(label, font_dir, "small")
    text.draw(f, (16 - w) // 2 + (1 if left else -1), 3, label, font_dir, "small", "white")
    return f


def _mouse() -> np.ndarray:
    f = pix.new(16, 16)
    pix.rect(f, 3, 1, 10, 15, "black")
    pix.rect(f, 2, 3, 12, 11, "black")
    pix.rect(f, 4, 2, 8, 13, "grey_light")
    pix.rect(f, 3, 4, 10, 9, "grey_light")
    pix.rect(f, 4, 2, 4, 6, "magenta")  # the left button lit
    pix.rect(f, 3, 4, 1, 4, "magenta")
    pix.rect(f, 4, 2, 2, 1, "pink")
    pix.rect(f, 8, 2, 1, 6, "grey")
    pix.rect(f, 3, 8, 10, 1, "grey")
    pix.rect(f, 4, 13, 8, 1, "grey")
    return f


def _enter(font_dir: Path) -> np.ndarray:
    f = _key(None, font_dir)
    pix.rect(f, 11, 4, 1, 5, "ink")  # the return arrow: down then left
    pix.rect(f, 5, 8, 7, 1, "ink")
    _arrow(f, "left", "ink", cx=5, cy=8)
    return f


def _space(font_dir: Path) -> np.ndarray:
    f = _key(None, font_dir)
    pix.rect(f, 4, 9, 8, 1, "ink")
    pix.rect(f, 4, 7, 1, 2, "ink")
    pix.rect(f, 11, 7, 1, 2, "ink")
    return f


def prompts(font_dir: Path) -> tuple[np.ndarray, list[str]]:
    icons: dict[str, np.ndarray] = {
        "key_enter": _enter(font_dir),
        "key_space": _space(font_dir),
        "key_e": _key("E", font_dir),
        "key_esc": _key("ESC", font_dir),
        "key_tab": _key("TAB", font_dir),
        "key_f5": _key("F5", font_dir),
        "key_f9": _key("F9", font_dir),
        "key_f11": _key("F11", font_dir),
    }
    for d in ("up", "down", "left", "right"):
        k = _key(None, font_dir)
        _arrow(k, d)
        icons[f"key_{d}"] = k
    icons["key_arrows"] = _cluster(font_dir, None)
    for letter in "wasd":
        icons[f"key_{letter}"] = _key(letter.upper(), font_dir)
    icons["key_wasd"] = _cluster(font_dir, {"up": "W", "left": "A", "down": "S", "right": "D"})
    icons["pad_a"] = _button("A", "green", "green_dark", "white", font_dir)
    icons["pad_b"] = _button("B", "red", "red_dark", "white", font_dir)
    icons["pad_x"] = _button("X", "blue", "navy", "white", font_dir)
    icons["pad_y"] = _button("Y", "yellow", "amber", "ink", font_dir)
    icons["pad_start"] = _pill("start")
    icons["pad_back"] = _pill("back")
    icons["pad_dpad"] = _dpad(None)
    for d in ("up", "down", "left", "right"):
        icons[f"pad_dpad_{d}"] = _dpad(d)
    icons["pad_lstick"] = _stick()
    icons["pad_lb"] = _shoulder("LB", font_dir)
    icons["pad_rb"] = _shoulder("RB", font_dir)
    icons["mouse_left"] = _mouse()
    icons["mouse_right"] = _mouse()[:, ::-1].copy()  # the same mouse, the right button lit
    return pix.strip(list(icons.values())), list(icons)


def build(out: Path) -> None:
    """Needs the font already built in `out` (the prompts' labels use it)."""
    for name, (img, names) in (("items", items()), ("prompts", prompts(out))):
        pix.save(img, out / f"{name}.png")
        index = {"frame": [16, 16], "count": len(names), "icons": {n: i for i, n in enumerate(names)}}
        (out / f"{name}.json").write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
