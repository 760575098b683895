"""A tiny pixel grid of palette names, plus palette helpers shared by sprites and portraits."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from game.palette import palette

# A darker neighbour for every palette colour: used for shading cloth, hair and skin.
SHADE = {
    "black": "black", "ink": "black", "night": "ink", "night_mid": "night", "night_high": "night_mid",
    "dusk": "night_high", "plum_dark": "ink", "plum": "plum_dark", "violet": "plum", "lilac": "violet",
    "navy": "ink", "blue": "navy", "sky": "blue", "ice": "sky", "grey_dark": "ink", "grey": "grey_dark",
    "grey_light": "grey", "white": "grey_light", "magenta": "plum", "pink": "magenta", "cyan": "teal",
    "teal": "glass", "acid": "green", "green": "green_dark", "green_dark": "glass_dark",
    "yellow": "amber", "amber": "brown", "orange": "red", "red": "red_dark", "red_dark": "plum_dark",
    "skin_light": "skin", "skin": "skin_mid", "skin_mid": "skin_dark", "skin_dark": "skin_deep",
    "skin_deep": "brown_dark", "brown_dark": "black", "brown": "brown_dark", "tan": "brown",
    "wood": "tan", "bleach": "blonde", "blonde": "tan", "sodium": "amber", "leather": "black",
    "steel": "steel_dark", "steel_dark": "grey_dark", "glass_dark": "black", "glass": "glass_dark",
    "glass_light": "glass",
}
# A lighter neighbour, for highlights.
LIGHT = {
    "black": "grey_dark", "ink": "night_mid", "night": "night_high", "night_mid": "dusk",
    "night_high": "dusk", "dusk": "lilac", "plum_dark": "plum", "plum": "violet", "violet": "lilac",
    "lilac": "white", "navy": "blue", "blue": "sky", "sky": "ice", "ice": "white", "grey_dark": "grey",
    "grey": "grey_light", "grey_light": "white", "white": "white", "magenta": "pink", "pink": "white",
    "cyan": "ice", "teal": "cyan", "acid": "yellow", "green": "acid", "green_dark": "green",
    "yellow": "bleach", "amber": "yellow", "orange": "amber", "red": "orange", "red_dark": "red",
    "skin_light": "white", "skin": "skin_light", "skin_mid": "skin", "skin_dark": "skin_mid",
    "skin_deep": "skin_dark", "brown_dark": "brown", "brown": "tan", "tan": "wood", "wood": "blonde",
    "bleach": "white", "blonde": "bleach", "sodium": "yellow", "leather": "grey_dark", "steel": "ice",
    "steel_dark": "steel", "glass_dark": "glass", "glass": "glass_light", "glass_light": "ice",
}


def shade(name: str) -> str:
    return SHADE[name]


def light(name: str) -> str:
    return LIGHT[name]


class Grid:
    """A w x h grid of palette names; None is transparent. Out-of-range writes are dropped."""

    def __init__(self, w: int, h: int):
        self.w, self.h = w, h
        self.px: list[list[str | None]] = [[None] * w for _ in range(h)]

    def get(self, x: int, y: int) -> str | None:
        if 0 <= x < self.w and 0 <= y < self.h:
            return self.px[y][x]
        return None

    def put(self, x: int, y: int, c: str | None) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.px[y][x] = c

    def hline(self, x0: int, x1: int, y: int, c: str) -> None:
        for x in range(x0, x1 + 1):
            self.put(x, y, c)

    def rect(self, x0: int, y0: int, x1: int, y1: int, c: str) -> None:
        for y in range(y0, y1 + 1):
            self.hline(x0, x1, y, c)

    def stamp(self, other: "Grid", dx: int = 0) -> None:
        """Draw other's opaque pixels over this grid, shifted dx pixels right."""
        for y, row in enumerate(other.px):
            for x, c in enumerate(row):
                if c:
                    self.put(x + dx, y, c)

    def mirrored(self) -> "Grid":
        g = Grid(self.w, self.h)
        g.px = [list(reversed(row)) for row in self.px]
        return g

    def outline(self, c: str = "black") -> None:
        """Ring every opaque shape with a 1px outline so it reads on dark floors."""
        edge = [
            (x, y)
            for y in range(self.h)
            for x in range(self.w)
            if self.px[y][x] is None
            and any(self.get(x + dx, y + dy) not in (None,) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        ]
        for x, y in edge:
            self.px[y][x] = c

    def image(self) -> Image.Image:
        pal = palette()
        img = Image.new("RGBA", (self.w, self.h), (0, 0, 0, 0))
        img.putdata([(*pal[c], 255) if c else (0, 0, 0, 0) for row in self.px for c in row])
        return img


def save_png(img: Image.Image, path: Path) -> None:
    """Save without metadata so rebuilding gives byte-identical files."""
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=False)
