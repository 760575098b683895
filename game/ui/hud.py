"""What the map shows over play: the objective line in the top-left corner, the mouse's corner
buttons top right, and the names of what can be used (all of them while hints are held, else what
interact would use now). All of it in the player's text size and contrast, and clear of each other.

The objective line appears when the objective changes (once the player has control again), stays a
few seconds, fades, and comes back while `hints` is held (or the mouse's corner button is clicked)."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.ui.text import high_contrast, text_scale, ui_colour, ui_font
from game.story.people import shown_name
from game.ui.strings import story_text, tr

SHOW_TICKS = 300  # 5 s on screen after a change
FADE_TICKS = 60
WIDTH = 260  # the objective line's widest, at normal text size
AT = (6, 6)
GAP = 2


def panel(size: tuple[int, int], alpha: int) -> pygame.Surface:
    """A dark see-through panel behind overlay text; solid (and black) with high contrast."""
    return _panel(size, ui_colour("ink"), 255 if high_contrast() else alpha)


@lru_cache(maxsize=64)
def _panel(size: tuple[int, int], tone: tuple[int, int, int], alpha: int) -> pygame.Surface:
    """Made once per size: the corner buttons and tags ask for theirs every frame."""
    surf = pygame.Surface(size, pygame.SRCALPHA)
    surf.fill((*tone, alpha))
    return surf


class ObjectiveLine:
    def __init__(self) -> None:
        self.text = ""  # what was last shown (a loaded game announces its objective once)
        self.left = 0  # ticks still to show

    def update(self, objective: str, playing: bool, recall: bool) -> None:
        """`playing`: the player has control (a line set mid-talk waits for the talk to end)."""
        if objective != self.text and playing:
            self.text, self.left = objective, SHOW_TICKS + FADE_TICKS
        elif recall and playing and self.text:
            self.left = max(self.left, FADE_TICKS + 30)
        elif playing:
            self.left = max(0, self.left - 1)

    @property
    def visible(self) -> bool:
        return bool(self.text) and self.left > 0

    def layout(self, width: int) -> tuple[list[str], pygame.Rect]:
        """Its rows and panel, kept left of the corner buttons on a canvas `width` wide."""
        small = ui_font("small")
        room = corner_buttons(width)[0][2].x - GAP * 2 - AT[0]
        rows = small.wrap(story_text(self.text), min(WIDTH * text_scale(), room) - 14)
        return rows, pygame.Rect(AT, (max(small.width(r) for r in rows) + 14, len(rows) * small.line_height + 6))

    def draw(self, surface: pygame.Surface) -> None:
        if not self.visible:
            return
        small = ui_font("small")
        rows, rect = self.layout(surface.get_width())
        face = panel(rect.size, 200).copy()
        pygame.draw.rect(face, ui_colour("yellow"), (0, 0, 2, rect.h))  # the objective's mark
        for i, row in enumerate(rows):
            small.draw(face, row, (8, 3 + i * small.line_height), ui_colour("white"))
        face.set_alpha(min(255, 255 * self.left // FADE_TICKS))
        surface.blit(face, rect)


def label_of(actor, obj) -> str:
    """What a person, thing or door is called on screen: its Tiled `label`, else a person's name
    from their id ("stage_manager" -> "Stage Manager", "guest_7" -> "Guest"), else "Door"."""
    source = obj if obj is not None else getattr(actor, "source", None)
    label = source.props.get("label") if source is not None else ""
    if label:
        return story_text(str(label))
    if actor is not None:
        return story_text(shown_name(actor.id))
    return tr("hud.door") if obj.cls == "door" else story_text(shown_name(obj.name))


def tag_rect(text: str, over: pygame.Rect, bounds: pygame.Rect, taken: list[pygame.Rect],
             icon: pygame.Surface | None = None) -> pygame.Rect:
    """Where a name tag goes, on the canvas: just above the thing if that is clear of `taken` (the
    HUD, the other tags), else the nearest clear place stacked above or below it, or beside that;
    with none clear, just above it all the same."""
    small = ui_font("small")
    w = small.width(text) + 8 + (icon.get_width() + 1 if icon is not None else 0)
    h = max(small.line_height + 4, icon.get_height() if icon is not None else 0)
    first = None
    for dx, dy in _tag_spots(w, h, over.height):  # usually the first is clear: make no more rects
        spot = pygame.Rect(over.centerx + dx - w // 2, over.y + dy - h, w, h).clamp(bounds)
        if spot.collidelist(taken) < 0:
            return spot
        if first is None:
            first = spot
    return first


@lru_cache(maxsize=64)
def _tag_spots(w: int, h: int, over_h: int) -> list[tuple[int, int]]:
    """Where a w x h tag's bottom centre may go, relative to (the thing's centre x, its top):
    rows stacked above it and below it, each spread sideways, nearest first (the same every frame,
    so worked out once)."""
    bottoms = [-1 - k * (h + 1) for k in range(4)] + [over_h + 1 + h + k * (h + 1) for k in range(6)]
    return sorted(((j * w // 2, bottom) for bottom in bottoms for j in range(-6, 7)),
                  key=lambda spot: abs(spot[0]) + abs(spot[1] - bottoms[0]))


def _draw_tag(surface: pygame.Surface, text: str, rect: pygame.Rect, icon=None, tone: str = "white") -> None:
    small = ui_font("small")
    surface.blit(panel(rect.size, 210), rect)
    x = rect.x + 4
    if icon is not None:
        surface.blit(icon, (rect.x, rect.y + (rect.h - icon.get_height()) // 2))
        x = rect.x + icon.get_width() + 1
    small.draw(surface, text, (x, rect.y + (rect.h - small.line_height) // 2), ui_colour(tone))


def _thing_rect(world, actor, obj, offset) -> pygame.Rect:
    return (actor.body_rect() if actor is not None else world.use_rect(None, obj)).move(offset)


def draw_hotspots(surface: pygame.Surface, world, offset: tuple[int, int],
                  clear_of: list[pygame.Rect]) -> list[pygame.Rect]:
    """Every person, thing and door the player can use, framed, then labelled (hints held); each
    label clear of `clear_of` and of the others. Where the labels went."""
    things = [(actor, obj, _thing_rect(world, actor, obj, offset)) for actor, obj in world.usable()]
    things = [(actor, obj, rect) for actor, obj, rect in things if rect.colliderect(surface.get_rect())]
    for _actor, _obj, rect in things:
        pygame.draw.rect(surface, ui_colour("yellow"), rect, 1)
    tags: list[pygame.Rect] = []
    for actor, obj, rect in things:
        text = label_of(actor, obj)
        tags.append(tag_rect(text, rect, surface.get_rect(), clear_of + tags))
        _draw_tag(surface, text, tags[-1], tone="yellow")
    return tags


def draw_facing(surface: pygame.Surface, world, offset: tuple[int, int], inp,
                clear_of: list[pygame.Rect]) -> list[pygame.Rect]:
    """What interact would use now: its label with the interact prompt of the device in use (its
    key is text too: drawn in the text size), clear of `clear_of`. Where it went."""
    from game.ui.widgets import prompt_icon
    actor, obj = world.interact_target()
    if actor is None and obj is None:
        return []
    icon = prompt_icon("interact", inp)
    if icon is not None and text_scale() != 1:
        icon = pygame.transform.scale_by(icon, text_scale())
    text = label_of(actor, obj)
    where = tag_rect(text, _thing_rect(world, actor, obj, offset), surface.get_rect(), clear_of, icon)
    _draw_tag(surface, text, where, icon)
    return [where]


CORNER_BUTTONS = ("menu", "journal", "history", "hints")  # their faces: the UI strings hud.<action>


def corner_buttons(width: int) -> list[tuple[str, str, pygame.Rect]]:
    """The mouse's way to the pause menu, journal, history and hints: small square buttons top
    right (wider for a longer face), in the text size."""
    small = ui_font("small")
    side = small.line_height + 5
    buttons, x = [], width - 4
    for action in reversed(CORNER_BUTTONS):
        text = tr(f"hud.{action}")
        w = max(side, small.width(text) + 6)
        x -= w
        buttons.append((action, text, pygame.Rect(x, 4, w, side)))
        x -= GAP
    return buttons[::-1]


def draw_corner_buttons(surface: pygame.Surface, active: str = "") -> None:
    small = ui_font("small")
    for action, text, rect in corner_buttons(surface.get_width()):
        surface.blit(panel(rect.size, 190), rect)
        pygame.draw.rect(surface, ui_colour("yellow" if action == active else "grey"), rect, 1)
        small.draw(surface, text, (rect.centerx, rect.y + (rect.h - small.line_height) // 2 + 1),
                   ui_colour("white"), align="center")
