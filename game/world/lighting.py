"""Night lighting: the map is dimmed by its `ambient` colour (multiply), then each `light` object
adds a soft glow of its colour and radius (additive), so lamps and neon read as light."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.world.tiledfiles import colour_rgba
from game.world.tmx import MapObject


def parse_colour(value: str, default: tuple[int, int, int] = (255, 255, 255)) -> tuple[int, int, int]:
    """Tiled colours are '#rrggbb' or '#aarrggbb'."""
    rgba = colour_rgba(value)
    return rgba[:3] if rgba else default


@lru_cache(maxsize=256)
def glow(radius: int, colour: tuple[int, int, int], strength: float) -> pygame.Surface:
    """A radial glow in banded steps (pixel-art light rather than a smooth gradient): a hot core
    and a steep falloff, so a lamp makes a pool with an edge rather than a soft disc."""
    size = radius * 2
    surf = pygame.Surface((size, size))
    surf.fill((0, 0, 0))
    bands = 6
    for i in range(bands, 0, -1):
        r = radius * i / bands
        k = strength * (1 - (i - 1) / bands) ** 2.4 * (1.3 if i == 1 else 1.0)
        pygame.draw.circle(surf, tuple(min(255, int(c * k)) for c in colour), (radius, radius), int(r))
    return surf


# How each night looks: a tint multiplied into a map's ambient, and what happens to its lights.
# The first night is neon (lights pushed to full saturation, a magenta cast); the second is cold
# (a blue cast, lights drawn toward ice). Night 0 (a map opened outside the story) is as drawn.
NIGHTS = {
    0: ((1.0, 1.0, 1.0), None),
    1: ((1.04, 0.94, 1.08), "neon"),
    2: ((0.8, 0.92, 1.14), "cold"),
}
ICE = (159, 216, 255)


def night_light(rgb: tuple[int, int, int], night: int) -> tuple[int, int, int]:
    mood = NIGHTS[night][1]
    if mood == "neon":
        mean = sum(rgb) / 3
        return tuple(max(0, min(255, round(mean + (c - mean) * 1.35))) for c in rgb)
    if mood == "cold":
        return tuple(round(c * 0.7 + i * 0.3) for c, i in zip(rgb, ICE))
    return rgb


def night_ambient(rgb: tuple[int, int, int], night: int) -> tuple[int, int, int]:
    return tuple(min(255, round(c * t)) for c, t in zip(rgb, NIGHTS[night][0]))


class Lighting:
    def __init__(self, ambient: str, lights: list[MapObject], night: int = 0) -> None:
        """`night`: 1 or 2 gives the map that night's colours (see NIGHTS), 0 leaves them as drawn; the map's
        scene follows the story to the next night with set_night."""
        self.drawn_ambient = parse_colour(ambient) if ambient else None
        self.drawn_lights = [(lo.center, int(lo.props.get("radius", 48) or 48),
                              parse_colour(str(lo.props.get("colour") or lo.props.get("color") or "#ffffff")),
                              float(lo.props.get("strength", 0.6) or 0.6),
                              int(lo.props.get("flicker", 0) or 0)) for lo in lights]
        self.night = -1
        self.set_night(night)

    def set_night(self, night: int) -> None:
        """Colour the map for a night (the story may move on to the next while the map is open)."""
        if night == self.night:
            return
        self.night = night
        self.ambient = night_ambient(self.drawn_ambient, night) if self.drawn_ambient else None
        self.lights = [(centre, radius, night_light(rgb, night), strength, flicker)
                       for centre, radius, rgb, strength, flicker in self.drawn_lights]

    @property
    def active(self) -> bool:
        return self.ambient is not None or bool(self.lights)

    def draw(self, surface: pygame.Surface, offset: tuple[int, int], area: pygame.Rect, tick: int,
             carried: list = ()) -> None:
        """Dim by the ambient, then add every light: the map's, and `carried` ones (centre, radius,
        colour, strength) that move with a prop, such as the craft's prism light."""
        if self.ambient is not None:
            surface.fill(self.ambient, area, special_flags=pygame.BLEND_RGB_MULT)
        ox, oy = offset
        for (cx, cy), radius, colour, strength, flicker in [*self.lights, *((*c, 0) for c in carried)]:
            if flicker and (tick // 7 + int(cx)) % flicker == 0:
                strength *= 0.5  # a deterministic flicker, off the tick
            x, y = round(cx + ox) - radius, round(cy + oy) - radius
            if x > area.right or y > area.bottom or x + 2 * radius < area.left or y + 2 * radius < area.top:
                continue
            surface.blit(glow(radius, colour, strength), (x, y), special_flags=pygame.BLEND_RGB_ADD)
