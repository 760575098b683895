"""Pixel text: the game's bitmap fonts (`assets/sprites/ui/font_<size>.png` + `.json`), tinted,
measured and word-wrapped, plain or bold. Never smoothed."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from functools import lru_cache

import pygame

from game.palette import colour
from game.paths import asset

log = logging.getLogger(__name__)

Colour = tuple[int, int, int]


class PixelFont:
    """One size of the pixel font; `bold` draws each glyph twice, a pixel apart, so every
    character is a pixel wider, and measures it so."""

    def __init__(self, size: str, bold: bool = False) -> None:
        self.size, self.bold = size, bold
        png, meta = asset("sprites", "ui", f"font_{size}.png"), asset("sprites", "ui", f"font_{size}.json")
        self.glyphs: dict[str, tuple[int, int, int, int, int]] = {}
        self._tinted: dict[tuple[str, Colour], pygame.Surface] = {}
        self._rendered: dict[tuple[str, Colour], pygame.Surface] = {}  # recent strings, drawn each frame
        self._wrapped: dict[tuple[str, int], list[str]] = {}  # recent texts wrapped, by width
        self._widths: dict[str, int] = {}  # recent texts measured (name tags: each frame)
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            self.sheet = pygame.image.load(str(png))
            self.line_height = int(info["line_height"])
            self.space = int(info.get("space", 3))
            self.glyphs = {ch: tuple(v) for ch, v in info["glyphs"].items()}
            self._fallback = None
        except (FileNotFoundError, KeyError, ValueError, pygame.error) as exc:
            log.warning("pixel font %s unavailable (%s); using pygame's default font", size, exc)
            self._fallback = pygame.font.Font(None, 12 if size == "small" else 16)
            self.line_height = self._fallback.get_linesize()
            self.space = 3

    def width(self, text: str) -> int:
        if self._fallback:
            return self._fallback.size(text)[0]
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = sum(self.advance(ch) for ch in text)
            if len(self._widths) > 600:  # forget the oldest
                del self._widths[next(iter(self._widths))]
        return width

    def render(self, text: str, colour: Colour) -> pygame.Surface:
        key = (text, tuple(colour))
        cached = self._rendered.get(key)
        if cached is None:
            cached = self._rendered[key] = self._render(text, tuple(colour))
            if len(self._rendered) > 600:  # forget the oldest (dicts keep insertion order)
                del self._rendered[next(iter(self._rendered))]
        return cached

    def _render(self, text: str, colour: Colour) -> pygame.Surface:
        if self._fallback:
            return self._fallback.render(text, False, colour)
        surf = pygame.Surface((max(1, self.width(text)), self.line_height), pygame.SRCALPHA)
        x = 0
        for ch in text:
            g = self.glyphs.get(ch) or self.glyphs.get("?")
            if not g:
                x += self.space + self.bold
                continue
            gx, gy, gw, gh, adv = g
            if gw and gh:
                glyph = self._glyph(ch, g, colour)
                surf.blit(glyph, (x, 0))
                if self.bold:
                    surf.blit(glyph, (x + 1, 0))
            x += adv + self.bold
        return surf

    def _glyph(self, ch: str, g, colour: Colour) -> pygame.Surface:
        key = (ch, colour)
        if key not in self._tinted:
            gx, gy, gw, gh, _ = g
            glyph = self.sheet.subsurface((gx, gy, gw, gh)).copy().convert_alpha() \
                if pygame.display.get_surface() else self.sheet.subsurface((gx, gy, gw, gh)).copy()
            # glyphs are palette white: clear to black, then add the colour, for an exact tint
            glyph.fill((0, 0, 0), special_flags=pygame.BLEND_RGB_MULT)
            glyph.fill(colour, special_flags=pygame.BLEND_RGB_ADD)
            self._tinted[key] = glyph
        return self._tinted[key]

    def draw(self, surface: pygame.Surface, text: str, pos: tuple[int, int], colour: Colour,
             shadow: Colour | None = None, align: str = "left", scale: int = 1) -> pygame.Rect:
        """Draw text; `scale` 2 doubles every pixel (the large text setting), still crisp."""
        img = self.render(text, colour)
        if scale != 1:
            img = pygame.transform.scale_by(img, scale)
        x, y = pos
        if align == "center":
            x -= img.get_width() // 2
        elif align == "right":
            x -= img.get_width()
        if shadow:
            shade = self.render(text, shadow)
            if scale != 1:
                shade = pygame.transform.scale_by(shade, scale)
            surface.blit(shade, (x + scale, y + scale))
        return surface.blit(img, (x, y))

    def advance(self, ch: str) -> int:
        """How far one character moves the pen."""
        if self._fallback:
            return self._fallback.size(ch)[0]
        g = self.glyphs.get(ch) or self.glyphs.get("?")
        return (g[4] if g else self.space) + self.bold

    def wrap(self, text: str, max_width: int) -> list[str]:
        """Word-wrap into lines no wider than max_width; words longer than a line are split.
        Linear in the length of the text, and remembered per text and width: menus call it every
        frame."""
        key = (text, max_width)
        lines = self._wrapped.get(key)
        if lines is None:
            lines = self._wrapped[key] = self._wrap(text, max_width)
            if len(self._wrapped) > 200:  # forget the oldest
                del self._wrapped[next(iter(self._wrapped))]
        return list(lines)

    def _wrap(self, text: str, max_width: int) -> list[str]:
        return wrap_widths(text, [self.advance(ch) for ch in text], max_width)


def wrap_widths(text: str, widths: Sequence[int], max_width: int) -> list[str]:
    """Word-wrap `text`, whose i-th character is widths[i] wide, into lines no wider than
    max_width; words longer than a line are split. A line of mixed styles (plain and bold) is
    wrapped by the widths its characters are drawn at."""
    lines: list[str] = []
    pos = 0  # where the word begins in text
    for paragraph in text.split("\n"):
        line, line_w = "", 0
        for word in paragraph.split(" "):
            word_w = sum(widths[pos:pos + len(word)])
            space = widths[pos - 1] if line else 0  # the space before the word
            at, pos = pos, pos + len(word) + 1  # past the space or line break after it
            if line and line_w + space + word_w <= max_width:
                line, line_w = f"{line} {word}", line_w + space + word_w
                continue
            if not line and word_w <= max_width:
                line, line_w = word, word_w
                continue
            if line:
                lines.append(line)
            if word_w <= max_width:
                line, line_w = word, word_w
                continue
            # a word longer than a line: cut it where the next character would not fit
            start, piece_w = 0, 0
            for i in range(len(word)):
                w = widths[at + i]
                if piece_w + w > max_width and i > start:
                    lines.append(word[start:i])
                    start, piece_w = i, 0
                piece_w += w
            line, line_w = word[start:], piece_w
        lines.append(line)
    return lines


@lru_cache(maxsize=8)
def font(size: str = "body", bold: bool = False) -> PixelFont:
    return PixelFont(size, bold)


# the player's settings, followed live: the text size and contrast every screen asks for here
_settings: dict = {}


def follow_settings(settings: dict) -> None:
    """Called once by the app: `ui_font` and `high_contrast` read these settings from now on."""
    global _settings
    _settings = settings


def text_scale() -> int:
    """2 with the large text setting: every glyph pixel doubled, still crisp."""
    return 2 if _settings.get("text_size") == "large" else 1


def high_contrast() -> bool:
    return bool(_settings.get("high_contrast"))


# high contrast: white and yellow on black, as the dialogue box's box_contrast. Accents become yellow,
# light tints white, greys lighter (a disabled row still reads as one), dark tints black, red orange
CONTRAST = {"magenta": "yellow", "pink": "yellow", "cyan": "yellow", "teal": "yellow", "acid": "yellow",
            "grey_light": "white", "lilac": "white", "ice": "white", "grey": "grey_light",
            "grey_dark": "grey_light", "plum": "black", "ink": "black", "red": "orange"}


def ui_colour(name: str) -> Colour:
    """A screen's colour by palette name, in the player's contrast: the one place that choice is made."""
    return colour(CONTRAST.get(name, name) if high_contrast() else name)


def ui_accent(name: str) -> Colour:
    """A colour the story picks (a speaker's name, a [color=...] run) in the player's contrast:
    its own, or with high contrast yellow, the one accent there (the name still tells who speaks)."""
    return colour("yellow" if high_contrast() else name)


class ScaledFont:
    """A PixelFont drawn `scale` times as large, measured and wrapped at that size, so a screen
    lays out from the font it is given."""

    def __init__(self, base: PixelFont, scale: int) -> None:
        self.base, self.scale = base, scale
        self.size = base.size
        self.line_height = base.line_height * scale
        self.space = base.space * scale

    def width(self, text: str) -> int:
        return self.base.width(text) * self.scale

    def advance(self, ch: str) -> int:
        return self.base.advance(ch) * self.scale

    def wrap(self, text: str, max_width: int) -> list[str]:
        return self.base.wrap(text, max_width // self.scale)

    def render(self, text: str, colour: Colour) -> pygame.Surface:
        img = self.base.render(text, colour)
        return pygame.transform.scale_by(img, self.scale) if self.scale != 1 else img

    def draw(self, surface: pygame.Surface, text: str, pos: tuple[int, int], colour: Colour,
             shadow: Colour | None = None, align: str = "left", scale: int = 1) -> pygame.Rect:
        return self.base.draw(surface, text, pos, colour, shadow, align, scale * self.scale)


def ui_font(size: str = "body", bold: bool = False) -> PixelFont | ScaledFont:
    """The font a screen draws with, at the player's text size: the one place that choice is made."""
    scale = text_scale()
    return font(size, bold) if scale == 1 else _scaled(size, scale, bold)


@lru_cache(maxsize=8)
def _scaled(size: str, scale: int, bold: bool) -> ScaledFont:
    return ScaledFont(font(size, bold), scale)
