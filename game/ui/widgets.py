"""UI art from `assets/sprites/ui`: 9-slice panels, animation strips, portraits."""

from __future__ import annotations

import json
from functools import lru_cache

import pygame

from game.palette import colour
from game.paths import asset
from game.ui.text import CONTRAST, high_contrast, text_scale, ui_colour, ui_font


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
        out.fill((*colour("ink"), 235))
        pygame.draw.rect(out, colour("magenta"), out.get_rect(), 1)
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


def ui_panel(size: tuple[int, int], name: str = "panel") -> pygame.Surface:
    """A screen's panel: its own art, or with high contrast the dialogue box's opaque black one."""
    return nine_slice("box_contrast" if high_contrast() else name, size)


def ui_art(art: pygame.Surface) -> pygame.Surface:
    """Small UI art (the option cursor, the go-on arrow, the prompt icons) in the player's
    contrast: with high contrast each of its colours turned as `ui_colour` turns it."""
    return _in_contrast(art) if high_contrast() else art


@lru_cache(maxsize=8)
def _in_contrast(art: pygame.Surface) -> pygame.Surface:
    turn = {colour(name): colour(to) for name, to in CONTRAST.items()}
    out = art.copy()
    for x in range(out.get_width()):
        for y in range(out.get_height()):
            r, g, b, a = out.get_at((x, y))
            if (r, g, b) in turn:
                out.set_at((x, y), (*turn[(r, g, b)], a))
    return out


def ui_scaled(art: pygame.Surface) -> pygame.Surface:
    """Small UI art (an icon, the option cursor) at the player's text size, as the text beside it."""
    scale = text_scale()
    return pygame.transform.scale_by(art, scale) if scale != 1 else art


def strip_frame(name: str, tick: int, ticks_per_frame: int = 8) -> pygame.Surface | None:
    """The current frame of an animation strip such as the option cursor, in the player's contrast."""
    src = image("sprites", "ui", f"{name}.png")
    if src is None:
        return None
    src = ui_art(src)
    info = ui_index().get("strips", {}).get(name, {})
    fw, fh = info.get("frame", [src.get_height(), src.get_height()])
    count = info.get("count", max(1, src.get_width() // fw))
    i = (tick // ticks_per_frame) % count
    return src.subsurface((i * fw, 0, fw, fh))


def portrait(person: str, mood: str = "neutral") -> pygame.Surface | None:
    return image("sprites", "portraits", f"{person}_{mood}.png") or \
        image("sprites", "portraits", f"{person}_neutral.png")


PAD_ICONS = {"a": "pad_a", "b": "pad_b", "x": "pad_x", "y": "pad_y", "start": "pad_start", "back": "pad_back",
             "leftshoulder": "pad_lb", "rightshoulder": "pad_rb", "dpad_up": "pad_dpad_up",
             "dpad_down": "pad_dpad_down", "dpad_left": "pad_dpad_left", "dpad_right": "pad_dpad_right"}
KEY_ICONS = {"return": "key_enter", "space": "key_space", "e": "key_e", "escape": "key_esc", "tab": "key_tab",
             "f5": "key_f5", "f9": "key_f9", "f11": "key_f11", "up": "key_up", "down": "key_down",
             "left": "key_left", "right": "key_right", "w": "key_w", "a": "key_a", "s": "key_s", "d": "key_d"}


# what the mouse does for an action: a left click uses and chooses, a right click goes back
MOUSE_ICONS = {"interact": "mouse_left", "cancel": "mouse_right", "menu": "mouse_right"}


def prompt_icon(action: str, inp) -> pygame.Surface | None:
    """The icon of the first key or button bound to an action, for the device the player used
    last (a mouse user sees the click that does it, else the keyboard's key), in the player's
    contrast."""
    if action == "move":
        name = "pad_dpad" if inp.last_device == "pad" else "key_arrows"
    elif inp.last_device == "mouse" and action in MOUSE_ICONS:
        name = MOUSE_ICONS[action]
    elif inp.last_device == "pad":
        name = next((PAD_ICONS[b] for b in inp.bindings["pad"].get(action, []) if b in PAD_ICONS), None)
    else:
        name = next((KEY_ICONS[k] for k in inp.bindings["keys"].get(action, []) if k in KEY_ICONS), None)
    return _prompt_icons(high_contrast()).get(name)


@lru_cache(maxsize=2)
def _prompt_icons(contrast: bool) -> dict[str, pygame.Surface]:
    """Every prompt icon cut from its sheet once: HUD and dialogue ask for one on every frame."""
    sheet = image("sprites", "ui", "prompts.png")
    try:
        icons = json.loads(asset("sprites", "ui", "prompts.json").read_text(encoding="utf-8"))["icons"]
    except (FileNotFoundError, KeyError, ValueError):
        return {}
    if sheet is None:
        return {}
    sheet = _in_contrast(sheet) if contrast else sheet
    return {name: sheet.subsurface((i * 16, 0, 16, 16)) for name, i in icons.items()}


def prompt_row_height() -> int:
    """How tall a row of prompts is in the player's text size (its icons are 16 px at normal size)."""
    return 16 * text_scale()


def draw_prompts(surface: pygame.Surface, hints: list[tuple[str, str]], bottom_centre: tuple[int, int], inp) -> None:
    """A row of "[icon] label" hints centred above a point, e.g. [("interact", "choose"), ("cancel", "back")],
    on the device in use (a mouse user points, so gets no "move" hint), in the player's text size."""
    small, scale = ui_font("small"), text_scale()
    parts = [(prompt_icon(action, inp), label) for action, label in hints
             if not (action == "move" and inp.last_device == "mouse")]
    parts = [(ui_scaled(icon) if icon is not None else icon, label) for icon, label in parts]
    gap = 12 * scale
    width = sum((icon.get_width() + 2 * scale if icon else 0) + small.width(label) + gap for icon, label in parts) - gap
    x, y = bottom_centre[0] - width // 2, bottom_centre[1] - prompt_row_height() // 2
    for icon, label in parts:
        if icon is not None:
            surface.blit(icon, (x, y - icon.get_height() // 2))
            x += icon.get_width() + 2 * scale
        small.draw(surface, label, (x, y - small.line_height // 2), ui_colour("grey_light"), shadow=colour("black"))
        x += small.width(label) + gap
