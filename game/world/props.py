"""Animated sprites that are not people: the craft, the alien, the crystal, photo-shoot props.

Frames come from `assets/sprites/fx` and `assets/sprites/props` (each folder's index.json gives the
frame size, the count and named animations)."""

from __future__ import annotations

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


class PropSprite:
    """Drawn with its bottom centre at (x, y), sorted with the actors."""

    def __init__(self, name: str, x: float, y: float) -> None:
        self.name, self.x, self.y = name, x, y
        self.visible = True
        self.images, self.animations = frames(name)
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
