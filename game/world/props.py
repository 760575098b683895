"""Animated sprites that are not people: the craft, the alien, the crystal, photo-shoot props.

Frames come from `assets/sprites/fx` and `assets/sprites/props` (each folder's index.json gives the
frame size, the count and named animations)."""

from __future__ import annotations

import colorsys
import json
from functools import lru_cache

import pygame

from game.paths import asset

FOLDERS = ("fx", "props")


@lru_cache(maxsize=2)
def _index(folder: str) -> dict:
    try:
        return json.loads(asset("sprites", folder, "index.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def known_props() -> set[str]:
    return {name for folder in FOLDERS for name in _index(folder) if not name.startswith("_")}


@lru_cache(maxsize=64)
def frames(name: str) -> tuple[list[pygame.Surface], dict]:
    for folder in FOLDERS:
        info = _index(folder).get(name)
        if info is None:
            continue
        sheet = pygame.image.load(str(asset("sprites", folder, f"{name}.png")))
        if pygame.display.get_surface():
            sheet = sheet.convert_alpha()
        fw, fh = info.get("frame") or info.get("size") or sheet.get_size()
        count = info.get("count", info.get("frames", max(1, sheet.get_width() // fw)))
        return [sheet.subsurface((i * fw, 0, fw, fh)) for i in range(count)], info.get("animations", {})
    raise KeyError(f"no sprite {name!r} in assets/sprites/fx or props")


def sprite_info(name: str) -> dict | None:
    """A prop's entry in its folder's index.json (frame, count, animations, light), or None."""
    for folder in FOLDERS:
        info = _index(folder).get(name)
        if info is not None:
            return info
    return None


PRISM_STEPS, PRISM_TICKS = 24, 5  # the prism light turns through 24 hues, 5 ticks each


def prism_rgb(tick: int) -> tuple[int, int, int]:
    """The alien's light: the one colour in the game that is not a palette colour, always turning."""
    return _prism_step(tick // PRISM_TICKS % PRISM_STEPS)


@lru_cache(maxsize=PRISM_STEPS)  # asked for on every frame the craft's light is on screen
def _prism_step(step: int) -> tuple[int, int, int]:
    r, g, b = colorsys.hsv_to_rgb(step / PRISM_STEPS, 0.6, 1.0)
    return round(r * 255), round(g * 255), round(b * 255)


class PropSprite:
    """Drawn with its bottom centre at (x, y), sorted with the actors."""

    def __init__(self, name: str, x: float, y: float) -> None:
        self.name, self.x, self.y = name, x, y
        self.visible = True
        self.images, self.animations = frames(name)
        self.light = (sprite_info(name) or {}).get("light")  # colour, radius, strength
        self.first, self.count, self.loop = 0, len(self.images), True
        if "idle" in self.animations:
            self.play("idle")
        self.t = 0

    def play(self, animation: str) -> None:
        anim = self.animations.get(animation)
        if anim:
            self.first, self.count, self.loop = anim["first"], anim["count"], anim.get("loop", True)
            self.t = 0

    def update(self) -> None:
        self.t += 1

    def image(self, tick: int = 0) -> pygame.Surface:
        """The current frame (props count their own ticks from when they were placed)."""
        step = self.t // 8
        i = step % self.count if self.loop else min(step, self.count - 1)
        return self.images[self.first + i]

    def glow(self, tick: int) -> tuple[tuple[float, float], int, tuple[int, int, int], float] | None:
        """The light it throws where it stands now (centre, radius, colour, strength), or None."""
        if not self.light or not self.visible:
            return None
        from game.world.lighting import parse_colour
        colour = self.light.get("colour", "#ffffff")
        rgb = prism_rgb(tick) if colour == "prism" else parse_colour(colour)
        return (self.x, self.y - 4), int(self.light.get("radius", 48)), rgb, float(self.light.get("strength", 0.6))
