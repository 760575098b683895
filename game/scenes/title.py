"""The title screen: the logo over the night skyline and the craft's light."""

from __future__ import annotations

import math
import random

import pygame

from game.director import Fade, Scene
from game.palette import colour
from game.paths import asset
from game.ui.menu import Menu, MenuItem
from game.ui.text import font


class TitleScene(Scene):
    def __init__(self, app) -> None:
        super().__init__(app)
        self.t = 0
        self.menu = Menu(self.build_items(), (240, 168), width=150)
        self.skyline = _skyline(app.seed)
        try:
            self.logo = pygame.image.load(str(asset("sprites", "ui", "logo.png")))
        except (FileNotFoundError, pygame.error):
            self.logo = None

    def build_items(self) -> list[MenuItem]:
        return [MenuItem("New game", self.new_game), MenuItem("Quit", self.app.quit)]

    def enter(self) -> None:
        if self.app.audio is not None:
            self.app.audio.play_music("title")
            self.app.audio.set_ambience("city_night")

    def new_game(self) -> None:
        self.app.director.push(Fade(self.app, self.app.new_game, out_ticks=30, in_ticks=30))

    def update(self, is_top: bool) -> None:
        self.t += 1
        if is_top:
            self.menu.handle(self.app)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(colour("black"))
        surface.blit(self.skyline, (0, 0))
        # the craft's light drifting over the skyline
        x = 240 + int(150 * math.sin(self.t / 300))
        y = 70 + int(10 * math.sin(self.t / 47))
        hue = pygame.Color(0)
        hue.hsva = ((self.t * 2) % 360, 70, 100, 100)
        for r, a in ((14, 40), (8, 90), (3, 255)):
            glow = pygame.Surface((r * 2, r * 2), pygame.SRCALPHA)
            pygame.draw.circle(glow, (hue.r, hue.g, hue.b, a), (r, r), r)
            surface.blit(glow, (x - r, y - r))
        if self.logo:
            surface.blit(self.logo, self.logo.get_rect(center=(240, 110)))
        else:
            font("body").draw(surface, "LIQUID SKY", (240, 104), colour("magenta"), shadow=colour("ink"),
                              align="center")
        self.menu.draw(surface, self.t)
        font("small").draw(surface, "Enter / click to choose", (240, 256), colour("grey"), align="center")

    def describe(self) -> dict:
        return {"scene": "TitleScene", "selected": self.menu.items[self.menu.index].label}


def _skyline(seed: int) -> pygame.Surface:
    """Manhattan at night: towers in dark blues with lit windows, made once from a seed."""
    rng = random.Random(seed)
    surf = pygame.Surface((480, 270))
    for y in range(270):
        k = y / 270
        surf.fill(tuple(int(a + (b - a) * k) for a, b in zip(colour("ink"), colour("plum_dark"))), (0, y, 480, 1))
    for _ in range(60):
        surf.set_at((rng.randrange(480), rng.randrange(120)), colour("grey_light"))
    x = 0
    while x < 480:
        w = rng.randrange(18, 46)
        h = rng.randrange(60, 190)
        body = colour(rng.choice(["night", "night_mid", "ink"]))
        surf.fill(body, (x, 270 - h, w, h))
        for wy in range(270 - h + 6, 266, 6):
            for wx in range(x + 3, x + w - 3, 5):
                if rng.random() < 0.28:
                    surf.fill(colour(rng.choice(["yellow", "amber", "sodium", "ice"])), (wx, wy, 2, 3))
        if rng.random() < 0.25:
            surf.fill(colour("grey_dark"), (x + w // 2, 270 - h - 12, 1, 12))
            surf.set_at((x + w // 2, 270 - h - 13), colour("red"))
        x += w + rng.randrange(0, 4)
    return surf
