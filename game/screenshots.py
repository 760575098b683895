"""The screenshot key: the frame, at the window's scale, as a PNG in the player's pictures folder
(LIQUID_SKY_PICTURES_DIR overrides it, as the saves and settings folders are overridden)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pygame

APP_NAME = "liquid-sky"


def pictures_dir() -> Path:
    override = os.environ.get("LIQUID_SKY_PICTURES_DIR")
    if override:
        return Path(override)
    from platformdirs import user_pictures_dir
    return Path(user_pictures_dir()) / "Liquid Sky"


def save_screenshot(canvas: pygame.Surface, scale: int) -> Path:
    """Write the canvas scaled by a whole number (pixels stay square and crisp); returns the path.
    The name carries the date and time, and a number if that second is taken already."""
    folder = pictures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d_%H-%M-%S")  # a file name, not game logic: the wall clock is fine
    path = folder / f"{APP_NAME}_{stamp}.png"
    n = 2
    while path.exists():
        path = folder / f"{APP_NAME}_{stamp}_{n}.png"
        n += 1
    image = canvas if scale <= 1 else pygame.transform.scale_by(canvas, scale)
    pygame.image.save(image, str(path))
    return path
