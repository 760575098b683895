"""Every menu screen in the player's text size and contrast: drawn at each size, with and without
high contrast, in English and the longer qps pseudo-language, no text leaves its panel or the
canvas, and high contrast really turns panels and text to white and yellow on black."""

import pygame

from game.palette import colour
from game.scenes.pause import PauseScene
from game.ui.text import ui_colour


def test_high_contrast_turns_accents_yellow_greys_light_and_tints_black(app):
    app.settings["high_contrast"] = False
    assert ui_colour("magenta") == colour("magenta") and ui_colour("grey") == colour("grey")
    app.settings["high_contrast"] = True
    assert ui_colour("magenta") == ui_colour("cyan") == colour("yellow")
    assert ui_colour("grey_light") == colour("white") and ui_colour("grey") == colour("grey_light")
    assert ui_colour("plum") == colour("black") and ui_colour("white") == colour("white")


def colours_in(surface: pygame.Surface, rect: pygame.Rect) -> set[tuple[int, int, int]]:
    return {tuple(surface.get_at((x, y)))[:3] for x in range(rect.left, rect.right) for y in range(rect.top, rect.bottom)}


def test_a_menu_screen_in_high_contrast_is_white_and_yellow_on_an_opaque_black_panel(app):
    app.settings["notice_seen"] = True
    seen = {}
    for contrast in (False, True):
        app.settings["high_contrast"] = contrast
        app.director.clear()
        app.director.push(PauseScene(app))
        app.canvas.fill(colour("green"))
        app.director.draw(app.canvas)
        seen[contrast] = colours_in(app.canvas, app.director.top.panel_rect)
    assert colour("magenta") in seen[False] and colour("magenta") not in seen[True]  # heading, selection
    assert colour("yellow") in seen[True] and colour("black") in seen[True]
    assert not {colour("night"), colour("cyan"), colour("plum")} & seen[True]  # the panel's own art is gone
