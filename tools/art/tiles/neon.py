"""Neon tubes: a lit core, the tube colour, and a dim halo, in palette colours only."""

from __future__ import annotations

from lib import Canvas

# tube colour -> (core, halo)
NEON = {
    "magenta": ("pink", "plum"),
    "cyan": ("ice", "teal"),
    "acid": ("bleach", "green_dark"),
    "yellow": ("bleach", "amber"),
    "pink": ("white", "plum"),
    "orange": ("yellow", "red_dark"),
}

# a 3x5 pixel font, only the letters the signs use
FONT = {
    "A": "010101111101101", "B": "110101110101110", "C": "011100100100011", "D": "110101101101110",
    "E": "111100110100111", "I": "111010010010111", "N": "101111111111101", "R": "110101110101101",
    "T": "111010010010010", "X": "101101010101101", "L": "100100100100111", "Q": "010101101111011",
    "U": "101101101101111", "S": "011100010001110", "K": "101101110101101", "Y": "101101010010010",
    "O": "010101101101010", "P": "110101110100100", "H": "101101111101101", "G": "011100101101011", "F": "111100110100100", "V": "101101101101010", "M": "101111111101101",
    "0": "111101101101111", "1": "010110010010111", "2": "110001010100111", "3": "110001010001110",
    "4": "101101111001001", "5": "111100110001110", "7": "111001010010010", "8": "111101111101111",
}


def tube_pixels(c: Canvas, pts: set[tuple[int, int]], colour: str, lit: bool = True) -> None:
    core, halo = NEON[colour]
    if not lit:  # a dead tube: dark glass
        for x, y in pts:
            c.px(x, y, "grey_dark")
        return
    for x, y in pts:
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            if (x + dx, y + dy) not in pts and c.get(x + dx, y + dy) in (None, "black", "ink", "grey_dark",
                                                                         "night", "leather", "skin_deep"):
                c.px(x + dx, y + dy, halo)
    for x, y in pts:
        c.px(x, y, colour)
    for x, y in sorted(pts)[:: 3]:
        c.px(x, y, core)


def word_pixels(text: str, x: int, y: int, scale: int = 1) -> set[tuple[int, int]]:
    pts = set()
    for i, ch in enumerate(text):
        bits = FONT[ch]
        for k, b in enumerate(bits):
            if b == "1":
                for sx in range(scale):
                    for sy in range(scale):
                        pts.add((x + (i * 4 + k % 3) * scale + sx, y + (k // 3) * scale + sy))
    return pts


def line_pixels(points: list[tuple[int, int]]) -> set[tuple[int, int]]:
    c = Canvas(64, 64)
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        c.line(x0, y0, x1, y1, "white")
    return {(x, y) for y in range(64) for x in range(64) if c.get(x, y)}
