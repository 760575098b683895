"""What the map shows over play: the objective line in the top-left corner.

The line appears when the objective changes (once the player has control again), stays a few
seconds, fades, and comes back while `hints` is held (or the mouse's corner button is clicked)."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.palette import colour
from game.ui.text import font
from game.ui.strings import story_text, tr

SHOW_TICKS = 300  # 5 s on screen after a change
FADE_TICKS = 60
WIDTH = 260
AT = (6, 6)


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

    def draw(self, surface: pygame.Surface) -> None:
        if not self.visible:
            return
        small = font("small")
        lines = small.wrap(story_text(self.text), WIDTH)[:3]
        h = len(lines) * small.line_height + 6
        w = max(small.width(line) for line in lines) + 14
        panel = pygame.Surface((w, h), pygame.SRCALPHA)
        panel.fill((*colour("ink"), 200))
        pygame.draw.rect(panel, colour("yellow"), (0, 0, 2, h))  # the objective's mark
        for i, line in enumerate(lines):
            small.draw(panel, line, (8, 3 + i * small.line_height), colour("white"))
        panel.set_alpha(min(255, 255 * self.left // FADE_TICKS))
        surface.blit(panel, AT)


def label_of(actor, obj) -> str:
    """What a person, thing or door is called on screen: its Tiled `label`, else a person's name
    from their id ("stage_manager" -> "Stage Manager", "guest_7" -> "Guest"), else "Door"."""
    source = obj if obj is not None else getattr(actor, "source", None)
    label = source.props.get("label") if source is not None else ""
    if label:
        return str(label)
    if actor is not None:
        return " ".join(w for w in actor.id.split("_") if not w.isdigit()).title()
    return tr("hud.door") if obj.cls == "door" else obj.name.replace("_", " ").title()


def _tag(surface: pygame.Surface, text: str, midbottom: tuple[int, int], icon=None, tone: str = "white") -> None:
    """A small dark tag with a label (and a prompt icon in front), kept on screen."""
    small = font("small")
    w = small.width(text) + 8 + (16 if icon is not None else 0)
    h = max(small.line_height + 4, 16 if icon is not None else 0)
    rect = pygame.Rect(0, 0, w, h)
    rect.midbottom = midbottom
    rect.clamp_ip(surface.get_rect())
    panel = pygame.Surface(rect.size, pygame.SRCALPHA)
    panel.fill((*colour("ink"), 210))
    surface.blit(panel, rect)
    x = rect.x + 4
    if icon is not None:
        surface.blit(icon, (rect.x, rect.y + (h - 16) // 2))
        x = rect.x + 17
    small.draw(surface, text, (x, rect.y + (h - small.line_height) // 2), colour(tone))


def draw_hotspots(surface: pygame.Surface, world, offset: tuple[int, int]) -> None:
    """Every person, thing and door the player can use, framed and labelled (hints held)."""
    for actor, obj in world.usable():
        rect = (actor.body_rect() if actor is not None else world.use_rect(None, obj)).move(offset)
        if not rect.colliderect(surface.get_rect()):
            continue
        pygame.draw.rect(surface, colour("yellow"), rect, 1)
        _tag(surface, label_of(actor, obj), (rect.centerx, rect.y - 1), tone="yellow")


def draw_facing(surface: pygame.Surface, world, offset: tuple[int, int], inp) -> None:
    """What interact would use now: its label with the interact prompt of the device in use."""
    from game.ui.widgets import prompt_icon
    actor, obj = world.interact_target()
    if actor is None and obj is None:
        return
    rect = (actor.body_rect() if actor is not None else world.use_rect(None, obj)).move(offset)
    _tag(surface, label_of(actor, obj), (rect.centerx, rect.y - 1), icon=prompt_icon("interact", inp))


CORNER_BUTTONS = ("menu", "journal", "history", "hints")  # their faces: the UI strings hud.<action>
BUTTON = 14


def corner_buttons(width: int) -> list[tuple[str, str, pygame.Rect]]:
    """The mouse's way to the pause menu, journal, history and hints: small buttons top right."""
    return [(action, tr(f"hud.{action}"), pygame.Rect(width - (len(CORNER_BUTTONS) - i) * (BUTTON + 2) - 2, 4,
                                                     BUTTON, BUTTON))
            for i, action in enumerate(CORNER_BUTTONS)]


def draw_corner_buttons(surface: pygame.Surface, active: str = "") -> None:
    small = font("small")
    panel = _button_panel(colour("ink"))
    for action, text, rect in corner_buttons(surface.get_width()):
        surface.blit(panel, rect)
        pygame.draw.rect(surface, colour("yellow" if action == active else "grey"), rect, 1)
        small.draw(surface, text, (rect.centerx, rect.y + (BUTTON - small.line_height) // 2 + 1),
                   colour("white"), align="center")


@lru_cache(maxsize=1)
def _button_panel(ink: tuple[int, int, int]) -> pygame.Surface:
    """The corner buttons' see-through face, made once rather than four times a frame."""
    panel = pygame.Surface((BUTTON, BUTTON), pygame.SRCALPHA)
    panel.fill((*ink, 190))
    return panel
