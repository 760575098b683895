"""Captions for sounds and the screenshot key."""

from __future__ import annotations

import pygame

from game.captions import CAPTIONS, SHOW_SECONDS
from game.palette import colour
from game.timing import TICK_RATE


def test_every_caption_names_a_sound_that_exists():
    from game.audio import known_sfx

    assert set(CAPTIONS) <= known_sfx()
    assert {"phone_ring", "ufo_hum", "crystal", "door_open"} <= set(CAPTIONS)


def test_a_sound_shows_its_caption_only_with_the_setting_on(app):
    app.sfx("phone_ring")
    assert app.captions.lines() == []
    app.settings["captions"] = True
    app.sfx("phone_ring")
    app.sfx("step_hard")        # footsteps carry nothing: no caption
    app.sfx("phone_ring")       # a repeat keeps one caption up
    assert app.captions.lines() == ["[a telephone rings]"]
    app.sfx("crystal")
    assert app.captions.lines() == ["[a telephone rings]", "[a clear ring, like struck glass]"]
    for _ in range(int(SHOW_SECONDS * TICK_RATE)):
        app.captions.update()
    assert app.captions.lines() == []


def test_captions_are_drawn_in_the_players_text_size_and_fit(app):
    app.settings["captions"] = True
    app.sfx("ufo_land")
    sizes = {}
    for size in ("normal", "large"):
        app.settings["text_size"] = size
        canvas = app.draw().copy()
        canvas.set_colorkey(colour("black"))
        drawn = canvas.get_bounding_rect()  # all that is not the black of an empty frame
        assert drawn.w and drawn.x > 0 and drawn.right < canvas.get_width(), size  # nothing cut off
        sizes[size] = drawn.size
    assert sizes["large"][0] > sizes["normal"][0] and sizes["large"][1] > sizes["normal"][1]


def test_the_screenshot_key_saves_the_frame_at_the_window_scale(app, tmp_path, monkeypatch):
    monkeypatch.setenv("LIQUID_SKY_PICTURES_DIR", str(tmp_path))
    app.window = pygame.Surface((1440, 810))  # a window at 3x
    app.input.pressed.add("screenshot")
    app.tick()
    [shot] = list(tmp_path.glob("liquid-sky_*.png"))
    assert pygame.image.load(str(shot)).get_size() == (1440, 810)
    assert "Screenshot saved" in app.message and not app.message_is_problem
    app.screenshot()  # the same second: a second file, not an overwrite
    assert len(list(tmp_path.glob("*.png"))) == 2


def test_a_screenshot_that_cannot_be_written_says_why(app, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("LIQUID_SKY_PICTURES_DIR", str(blocker))
    app.screenshot()
    assert app.message.startswith("Screenshot not saved") and app.message_is_problem


def test_screenshot_is_bound_on_keyboard_and_pad():
    from game.input import DEFAULT_KEYS, DEFAULT_PAD

    assert DEFAULT_KEYS["screenshot"] == ["f12"] and DEFAULT_PAD["screenshot"] == ["rightstick"]
