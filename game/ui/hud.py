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
from game.ui.strings import language_key, story_text, tr

SHOW_TICKS = 300  # 5 s on screen after a change
FADE_TICKS = 60
WIDTH = 260  # the objective line's widest, at normal text size
AT = (6, 6)
GAP = 2


def panel(size: tuple[int, int], alpha: int) -> pygame.Surface:
    """A dark see-through panel behind overlay text; solid (and black) with high contrast."""
    return _panel(size, panel_tone(alpha))


def panel_tone(alpha: int) -> tuple[int, int, int, int]:
    return (*ui_colour("ink"), 255 if high_contrast() else alpha)


@lru_cache(maxsize=64)
def _panel(size: tuple[int, int], tone: tuple[int, int, int, int]) -> pygame.Surface:
    """Made once per size: the corner buttons and tags ask for theirs every frame."""
    surf = pygame.Surface(size, pygame.SRCALPHA)
    surf.fill(tone)
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
        room = corner_buttons(width)[0][2].x - GAP * 2 - AT[0]
        rows, size = _objective_layout(story_text(self.text), min(WIDTH * text_scale(), room) - 14, text_scale())
        return list(rows), pygame.Rect(AT, size)

    def draw(self, surface: pygame.Surface) -> None:
        if not self.visible:
            return
        rows, rect = self.layout(surface.get_width())
        face = _objective_face(tuple(rows), rect.size, text_scale(), high_contrast())
        face.set_alpha(min(255, 255 * self.left // FADE_TICKS))
        surface.blit(face, rect)


# The overlay's layouts and faces are the same from frame to frame: each is made once for what it
# depends on (its words, the canvas width, and the text size and contrast that ui_font and
# ui_colour read, passed as `scale` and `contrast` to be part of the key) and blitted whole.

@lru_cache(maxsize=8)
def _objective_layout(text: str, wrap_at: int, scale: int) -> tuple[tuple[str, ...], tuple[int, int]]:
    small = ui_font("small")
    rows = small.wrap(text, wrap_at)
    return tuple(rows), (max(small.width(r) for r in rows) + 14, len(rows) * small.line_height + 6)


@lru_cache(maxsize=8)
def _objective_face(rows: tuple[str, ...], size: tuple[int, int], scale: int, contrast: bool) -> pygame.Surface:
    small = ui_font("small")
    face = panel(size, 200).copy()
    pygame.draw.rect(face, ui_colour("yellow"), (0, 0, 2, size[1]))  # the objective's mark
    for i, row in enumerate(rows):
        small.draw(face, row, (8, 3 + i * small.line_height), ui_colour("white"))
    return face


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
    def rows(above: range, below: range) -> list[tuple[int, int]]:
        bottoms = [-1 - k * (h + 1) for k in above] + [over_h + 1 + h + k * (h + 1) for k in below]
        return sorted(((j * w // 2, bottom) for bottom in bottoms for j in range(-6, 7)),
                      key=lambda spot: abs(spot[0]) + abs(spot[1] + 1))  # from just above it
    # the farther rows only once all the near ones are taken (a crowd with hints held, at large text)
    return rows(range(4), range(6)) + rows(range(4, 8), range(6, 12))


def _draw_tag(surface: pygame.Surface, text: str, rect: pygame.Rect, icon=None, tone: str = "white") -> None:
    surface.blit(_tag_face(text, rect.size, icon, tone, text_scale(), high_contrast()), rect)


@lru_cache(maxsize=64)
def _tag_face(text: str, size: tuple[int, int], icon, tone: str, scale: int, contrast: bool) -> pygame.Surface:
    small = ui_font("small")
    face = panel(size, 210).copy()
    x = 4
    if icon is not None:
        face.blit(icon, (0, (size[1] - icon.get_height()) // 2))
        x = icon.get_width() + 1
    small.draw(face, text, (x, (size[1] - small.line_height) // 2), ui_colour(tone))
    return face


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
        icon = _scaled(icon, text_scale())
    text = label_of(actor, obj)
    where = tag_rect(text, _thing_rect(world, actor, obj, offset), surface.get_rect(), clear_of, icon)
    _draw_tag(surface, text, where, icon)
    return [where]


@lru_cache(maxsize=4)
def _scaled(icon: pygame.Surface, scale: int) -> pygame.Surface:
    return pygame.transform.scale_by(icon, scale)


CORNER_BUTTONS = ("menu", "journal", "history", "hints")  # their faces: the UI strings hud.<action>


def corner_buttons(width: int) -> list[tuple[str, str, pygame.Rect]]:
    """The mouse's way to the pause menu, journal, history and hints: small square buttons top
    right (wider for a longer face), in the text size."""
    return [(action, text, pygame.Rect(rect)) for action, text, rect in _corner_layout(width, _button_words(), text_scale())]


def _button_words() -> tuple[str, ...]:
    return _words(language_key())


@lru_cache(maxsize=2)
def _words(language: int) -> tuple[str, ...]:
    return tuple(tr(f"hud.{action}") for action in CORNER_BUTTONS)


@lru_cache(maxsize=8)
def _corner_layout(width: int, words: tuple[str, ...], scale: int) -> tuple:
    small = ui_font("small")
    side = small.line_height + 5
    buttons, x = [], width - 4
    for action, text in reversed(list(zip(CORNER_BUTTONS, words))):
        w = max(side, small.width(text) + 6)
        x -= w
        buttons.append((action, text, (x, 4, w, side)))
        x -= GAP
    return tuple(buttons[::-1])


def pause_button(width: int) -> pygame.Rect:
    """The II button, where it is over play; over a talk or a cutscene it is drawn alone."""
    return next(rect for action, _text, rect in corner_buttons(width) if action == "menu")


def draw_corner_buttons(surface: pygame.Surface, active: str = "", only: tuple[str, ...] = CORNER_BUTTONS) -> None:
    face, at = _corner_face(surface.get_width(), _button_words(), text_scale(), high_contrast(), active, only)
    surface.blit(face, at)


@lru_cache(maxsize=8)
def _corner_face(width: int, words: tuple[str, ...], scale: int, contrast: bool,
                 active: str, only: tuple[str, ...]) -> tuple[pygame.Surface, tuple[int, int]]:
    """The row of buttons (those in `only`) as one picture, see-through between them, and where it goes."""
    small = ui_font("small")
    buttons = _corner_layout(width, words, scale)
    left, top, _w, side = buttons[0][2]
    face = pygame.Surface((width - 4 - left, side), pygame.SRCALPHA)
    for action, text, (x, _y, w, _h) in buttons:
        if action not in only:
            continue
        rect = pygame.Rect(x - left, 0, w, side)
        face.fill(panel_tone(190), rect)
        pygame.draw.rect(face, ui_colour("yellow" if action == active else "grey"), rect, 1)
        small.draw(face, text, (rect.centerx, (side - small.line_height) // 2 + 1), ui_colour("white"), align="center")
    return face, (left, top)
