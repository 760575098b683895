"""The credits: rolled by `<<credits>>` at the end of the story and from the title menu."""

from __future__ import annotations

import pygame

from game.director import Scene
from game.palette import colour
from game.stage.registry import command
from game.ui.text import text_scale, ui_colour, ui_font
from game.timing import ticks
from game.ui.strings import tr

CREDITS = [  # (UI string, colour); "" is a gap
    ("credits.1", "magenta"), ("", ""),
    ("credits.2", "grey_light"), ("", ""),
    ("credits.3", "cyan"), ("credits.4", "white"), ("", ""),
    ("credits.5", "cyan"), ("credits.6", "white"), ("", ""),
    ("credits.7", "yellow"),
]


class Credits(Scene):
    """The credits. At the end of the story (`ending`) they record `$credits_rolled` and hand over
    to the title screen, whose chapter select then lists every chapter reached; from the title
    menu they just close."""

    opaque = True
    pauses_below = True

    def __init__(self, app, ending: bool = False) -> None:
        super().__init__(app)
        self.t, self.ending = 0, ending

    def enter(self) -> None:
        if self.ending:
            from game.story.chapters import THE_END
            self.app.story.variables["$credits_rolled"] = True
            self.app.saves.note_reached(THE_END)  # the finale is finished: the gallery offers it
        if self.app.audio is not None:
            self.app.audio.play_music("credits")

    def update(self, is_top: bool) -> None:
        self.t += 1
        inp = self.app.input
        if self.t > ticks(30) or (is_top and ({"cancel", "interact"} & inp.pressed or inp.clicks or "skip" in inp.held)):
            self.skip()

    def skip(self) -> None:
        if self.ending and self in self.app.director.stack:
            from game.scenes.title import TitleScene
            self.app.director.reset_to(TitleScene(self.app))
        else:
            self.close()

    @staticmethod
    def rows(width: int) -> list[tuple[str, str]]:
        """(text, colour) of each row as it rolls, in the player's text size: a credit wider than
        `width` wraps, a gap is an empty row."""
        body = ui_font("body")
        return [(row, col) for key, col in CREDITS for row in (body.wrap(tr(key), width) if key else [""])]

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(colour("black"))
        body = ui_font("body")
        step = body.line_height + 4 * text_scale()
        y = surface.get_height() + 10 - self.t // 3
        for text, col in self.rows(surface.get_width() - 20):
            if text:
                body.draw(surface, text, (surface.get_width() // 2, y), ui_colour(col), align="center")
            y += step

    def describe(self) -> dict:
        return {"scene": "Credits"}


@command("credits", doc="the end: roll the credits, then the title screen (put it last)")
def credits(stage):
    # The talk finishes first, so its last node counts as seen whether the credits are watched or
    # skipped; the credits roll beneath it, then hand over to the title.
    stage.play(Credits, True, beneath_talk=True)
