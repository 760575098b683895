"""UI art from `assets/sprites/ui`: 9-slice panels, animation strips, portraits."""

from __future__ import annotations

import json
from functools import lru_cache

import pygame

from game.paths import asset


@lru_cache(maxsize=1)
def ui_index() -> dict:
    try:
        return json.loads(asset("sprites", "ui", "ui.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"nine_slice": {}, "strips": {}}


@lru_cache(maxsize=64)
def image(*parts: str) -> pygame.Surface | None:
    try:
        surf = pygame.image.load(str(asset(*parts)))
    except (FileNotFoundError, pygame.error):
        return None
    return surf.convert_alpha() if pygame.display.get_surface() else surf


def nine_slice(name: str, size: tuple[int, int]) -> pygame.Surface:
    """A panel of any size from a 9-slice image: corners kept, edges and centre tiled."""
    return _nine_slice(name, max(size[0], 1), max(size[1], 1))


@lru_cache(maxsize=64)
def _nine_slice(name: str, w: int, h: int) -> pygame.Surface:
    src = image("sprites", "ui", f"{name}.png")
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    if src is None:
        out.fill((20, 18, 42, 235))
        pygame.draw.rect(out, (255, 47, 168), out.get_rect(), 1)
        return out
    b = ui_index().get("nine_slice", {}).get(name, {}).get("border", 8)
    sw, sh = src.get_size()
    b = min(b, w // 2, h // 2, sw // 2, sh // 2)
    cw, ch = sw - 2 * b, sh - 2 * b

    def tile(area: pygame.Rect, dest: pygame.Rect) -> None:
        piece = src.subsurface(area)
        for y in range(dest.top, dest.bottom, max(1, area.h)):
            for x in range(dest.left, dest.right, max(1, area.w)):
                clip = pygame.Rect(x, y, min(area.w, dest.right - x), min(area.h, dest.bottom - y))
                out.blit(piece, clip.topleft, pygame.Rect(0, 0, clip.w, clip.h))

    tile(pygame.Rect(b, b, cw, ch), pygame.Rect(b, b, w - 2 * b, h - 2 * b))
    tile(pygame.Rect(b, 0, cw, b), pygame.Rect(b, 0, w - 2 * b, b))
    tile(pygame.Rect(b, sh - b, cw, b), pygame.Rect(b, h - b, w - 2 * b, b))
    tile(pygame.Rect(0, b, b, ch), pygame.Rect(0, b, b, h - 2 * b))
    tile(pygame.Rect(sw - b, b, b, ch), pygame.Rect(w - b, b, b, h - 2 * b))
    out.blit(src, (0, 0), pygame.Rect(0, 0, b, b))
    out.blit(src, (w - b, 0), pygame.Rect(sw - b, 0, b, b))
    out.blit(src, (0, h - b), pygame.Rect(0, sh - b, b, b))
    out.blit(src, (w - b, h - b), pygame.Rect(sw - b, sh - b, b, b))
    return out


def strip_frame(name: str, tick: int, ticks_per_frame: int = 8) -> pygame.Surface | None:
    """The current frame of an animation strip such as the option cursor."""
    src = image("sprites", "ui", f"{name}.png")
    if src is None:
        return None
    info = ui_index().get("strips", {}).get(name, {})
    fw, fh = info.get("frame", [src.get_height(), src.get_height()])
    count = info.get("count", max(1, src.get_width() // fw))
    i = (tick // ticks_per_frame) % count
    return src.subsurface((i * fw, 0, fw, fh))


def portrait(person: str, mood: str = "neutral") -> pygame.Surface | None:
    return image("sprites", "portraits", f"{person}_{mood}.png") or \
        image("sprites", "portraits", f"{person}_neutral.png")
