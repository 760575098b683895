"""Settings: bad files fall back to defaults with a copy kept; the screen applies, saves and rebinds."""

import copy
import json

import pygame
import pytest

from game import settings as settings_mod
from game.input import default_bindings
from game.scenes.settings_menu import ControlsScene, SettingsScene


# -- files --------------------------------------------------------------------------------------
BAD_FILES = {
    "not json": ("{ volume: loud", []),
    "truncated": ('{"master_volume": 0.5, "music_vol', []),
    "not an object": ("[1, 2, 3]", []),
    "wrong types": (json.dumps({"master_volume": "loud", "fullscreen": "yes", "text_size": 3,
                                "music_volume": 0.25}), [("music_volume", 0.25)]),
    "out of range": (json.dumps({"master_volume": 7, "window_scale": 0, "text_speed": -5,
                                 "effects_volume": 0.5}), [("effects_volume", 0.5)]),
    "bad bindings": (json.dumps({"bindings": {"keys": {"up": "w", "down": ["x"]}}}), []),
    "bad choice": (json.dumps({"text_size": "huge", "high_contrast": True}), [("high_contrast", True)]),
    "not UTF-8": (b'{"master_volume": 0.5, "x": "\xff\xfe"}', []),
    "nesting bomb": ("[" * 100_000 + "]" * 100_000, []),
    "4,301-digit integer": ('{"text_speed": ' + "9" * 4301 + "}", []),
    "NaN": ('{"master_volume": NaN, "music_volume": 0.25}', []),
    "huge file": (" " * (settings_mod.MAX_BYTES + 1) + "{}", []),
    "fractional window scale": (json.dumps({"window_scale": 2.5, "text_speed": 80}), [("text_speed", 80)]),
    "unknown action": (json.dumps({"bindings": {"keys": {"__class__": ["x"], "journal": ["k"]}}}), []),
    "unknown group": (json.dumps({"bindings": {"mouse": {"up": ["x"]}}}), []),
    "unknown pad button": (json.dumps({"bindings": {"pad": {"interact": ["z_button"]}}}), []),
    "unknown key": (json.dumps({"bindings": {"keys": {"journal": ["no such key"]}}}), []),
    "empty essential bindings": (json.dumps({"bindings": {"keys": {a: [] for a in
                                 ("menu", "interact", "cancel", "up", "down", "left", "right")}}}), []),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_settings_file_falls_back_with_a_warning_and_a_kept_copy(kind, caplog):
    text, kept = BAD_FILES[kind]
    path = settings_mod.settings_path()
    path.parent.mkdir(parents=True)
    raw = text if isinstance(text, bytes) else text.encode()
    path.write_bytes(raw)
    problems = []
    result = settings_mod.load(problems=problems)
    expected = copy.deepcopy(settings_mod.DEFAULTS)
    expected.update(dict(kept))
    if kind == "bad bindings":
        expected["bindings"]["keys"]["down"] = ["x"]  # the good part of the bindings is kept
    if kind == "unknown action":
        expected["bindings"]["keys"]["journal"] = ["k"]
    assert result == expected
    assert path.with_suffix(".bad.json").read_bytes() == raw[:settings_mod.MAX_BYTES]
    assert any(r.levelname == "WARNING" for r in caplog.records)
    assert problems and all(str(p).startswith("settings.json: ") and str(p).endswith("(kept as settings.bad.json)")
                            for p in problems)


def test_a_settings_file_with_a_byte_order_mark_is_read():
    path = settings_mod.settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text_speed": 80}).encode())
    problems = []
    assert settings_mod.load(problems=problems)["text_speed"] == 80
    assert problems == [] and not path.with_suffix(".bad.json").exists()


def test_the_game_starts_on_a_bad_settings_file_and_says_so():
    from game.app import App
    path = settings_mod.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("[" * 100_000)
    app = App(headless=True)
    try:
        assert app.settings == settings_mod.DEFAULTS
        assert app.message == "Settings: settings.json: garbage (nested too deeply); using the defaults " \
                              "(kept as settings.bad.json)"
        app.tick()
        app.draw()
    finally:
        app.director.clear()


def test_missing_or_unreadable_settings_give_defaults(tmp_path):
    assert settings_mod.load(tmp_path / "none.json") == settings_mod.DEFAULTS
    folder = tmp_path / "dir.json"
    folder.mkdir()
    assert settings_mod.load(folder) == settings_mod.DEFAULTS


def test_settings_round_trip_and_defaults_cover_the_notice_flag():
    s = copy.deepcopy(settings_mod.DEFAULTS)
    s["notice_seen"] = True
    s["text_speed"] = 0
    settings_mod.save(s)
    loaded = settings_mod.load()
    assert loaded["notice_seen"] is True and loaded["text_speed"] == 0


# -- the screen ---------------------------------------------------------------------------------
def open_settings(app, driver):
    app.director.push(SettingsScene(app))
    driver.step(1)
    return app.director.top


def select(driver, label):
    scene = driver.app.director.top
    labels = [it.label for it in scene.menu.items]
    for _ in range(len(labels)):
        if scene.menu.items[scene.menu.index].label == label:
            return
        driver.press("down")
    raise AssertionError(f"{label!r} not in {labels}")


def test_every_setting_of_the_issue_is_on_the_screen(app, driver):
    scene = open_settings(app, driver)
    labels = [it.label for it in scene.menu.items]
    for wanted in ("Master volume", "Music volume", "Effects volume", "Text speed", "Auto-forward delay",
                   "Fullscreen", "Window scale", "Keyboard controls", "Gamepad controls", "Text size",
                   "High contrast", "Reduce flashing", "Reduce screen shake",
                   "Content notice at start", "Read the content notice"):
        assert wanted in labels


def test_volumes_apply_live_and_are_saved_on_leaving(app, driver, monkeypatch):
    applied = []
    monkeypatch.setattr(app, "apply_volumes", lambda audio=None: applied.append(app.settings["music_volume"]))
    open_settings(app, driver)
    select(driver, "Music volume")
    driver.press("left")
    driver.press("left")
    assert app.settings["music_volume"] == pytest.approx(0.5)
    assert applied[-1] == pytest.approx(0.5)
    driver.press("cancel")
    assert not isinstance(app.director.top, SettingsScene)
    assert settings_mod.load()["music_volume"] == pytest.approx(0.5)


def test_text_speed_reaches_instant_and_display_settings_apply(app, driver, monkeypatch):
    calls = []
    monkeypatch.setattr(app, "set_fullscreen", lambda on: calls.append(("fullscreen", on)))
    monkeypatch.setattr(app, "set_window_scale", lambda s: calls.append(("scale", s)))
    open_settings(app, driver)
    select(driver, "Text speed")
    for _ in range(5):
        driver.press("left")
    assert app.settings["text_speed"] == 0  # instant
    select(driver, "Auto-forward delay")
    driver.press("right")
    assert app.settings["auto_delay"] == 2.0
    select(driver, "Fullscreen")
    driver.press("interact")
    select(driver, "Window scale")
    driver.press("left")
    assert calls == [("fullscreen", True), ("scale", 2)]
    for label, key, value in (("Text size", "text_size", "large"), ("High contrast", "high_contrast", True),
                              ("Reduce flashing", "reduce_flashing", True),
                              ("Reduce screen shake", "reduce_shake", True)):
        select(driver, label)
        driver.press("interact")
        assert app.settings[key] == value
    select(driver, "Back")
    driver.press("interact")
    saved = settings_mod.load()
    assert (saved["text_speed"], saved["auto_delay"], saved["fullscreen"], saved["window_scale"]) == (0, 2.0, True, 2)
    assert saved["text_size"] == "large" and saved["high_contrast"] and saved["reduce_shake"]


def test_mouse_click_changes_a_setting(app, driver):
    scene = open_settings(app, driver)
    rect = scene.menu.row_rect([it.label for it in scene.menu.items].index("Reduce flashing"))
    driver.click(*rect.center)
    assert app.settings["reduce_flashing"] is True


def test_content_notice_can_be_read_again_and_turned_back_on(app, driver):
    app.settings["notice_seen"] = True
    open_settings(app, driver)
    select(driver, "Content notice at start")
    driver.press("interact")
    assert app.settings["show_content_notice"] and not app.settings["notice_seen"]
    select(driver, "Read the content notice")
    driver.press("interact")
    assert type(app.director.top).__name__ == "NoticeScene"
    assert "sexual violence" in " ".join(line for line, _ in app.director.top.lines)
    driver.press("cancel")
    assert isinstance(app.director.top, SettingsScene)


# -- rebinding ----------------------------------------------------------------------------------
def key_event(key):
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)


def test_rebinding_a_key_changes_what_it_does_and_survives_a_restart(app, driver):
    from game.app import App
    open_settings(app, driver)
    select(driver, "Keyboard controls")
    driver.press("interact")
    assert isinstance(app.director.top, ControlsScene)
    select(driver, "Journal")
    driver.press("interact")
    assert app.director.top.listening == "journal"
    app.input.handle_event(key_event(pygame.K_k))  # what pump_events does with the real key
    driver.step(1)
    assert app.settings["bindings"]["keys"]["journal"] == ["k", "j"]
    assert "journal" in app.input.actions_for_key(pygame.K_k)
    app.input.handle_event(key_event(pygame.K_k))
    assert "journal" in app.input.pressed  # the key now does the action
    driver.step(1)
    driver.press("cancel")  # leave controls
    driver.press("cancel")  # leave settings: saved
    restarted = App(headless=True)
    try:
        assert restarted.settings["bindings"]["keys"]["journal"] == ["k", "j"]
        assert "journal" in restarted.input.actions_for_key(pygame.K_k)
    finally:
        restarted.director.clear()


def test_conflicts_are_shown_and_reset_restores_defaults(app, driver):
    app.director.push(ControlsScene(app, "keys"))
    driver.step(1)
    select(driver, "Up")
    driver.press("interact")
    app.input.handle_event(key_event(pygame.K_e))  # e is also Interact
    driver.step(1)
    scene = app.director.top
    assert ("e", "up", "interact") in scene.conflicts()
    assert "E is now bound to both Up and Interact" in app.message
    driver.frame()
    select(driver, "Reset to defaults")
    driver.press("interact")
    assert app.settings["bindings"]["keys"] == default_bindings()["keys"]
    assert scene.conflicts() == []


def test_escape_can_be_bound_and_waiting_gives_up(app, driver):
    app.director.push(ControlsScene(app, "keys"))
    driver.step(1)
    select(driver, "Quick save")
    driver.press("interact")
    driver.step(5 * 60 + 1)
    assert app.director.top.listening is None
    assert app.settings["bindings"]["keys"]["quicksave"] == ["f5"]
    driver.press("interact")
    app.input.handle_event(key_event(pygame.K_ESCAPE))
    driver.step(1)
    assert app.settings["bindings"]["keys"]["quicksave"] == ["escape", "f5"]
    assert isinstance(app.director.top, ControlsScene)  # the key bound, it did not close the screen


def test_a_key_without_a_name_is_refused_and_the_old_binding_kept(app, driver):
    app.director.push(ControlsScene(app, "keys"))
    driver.step(1)
    select(driver, "Pause menu")
    driver.press("interact")
    app.input.handle_event(key_event(0x40000999))  # a key SDL has no name for
    driver.step(1)
    assert app.settings["bindings"]["keys"]["menu"] == ["escape"]
    assert app.message == "That key cannot be bound; Pause menu keeps Escape."
    assert app.director.top.listening is None


def test_gamepad_rebinding(app, driver):
    app.director.push(ControlsScene(app, "pad"))
    driver.step(1)
    select(driver, "Interact / choose")
    driver.press("interact")
    app.input.handle_event(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_X,
                                              instance_id=0))
    driver.step(1)
    assert app.settings["bindings"]["pad"]["interact"] == ["x", "a"]
    app.input.handle_event(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_X,
                                              instance_id=0))
    assert "interact" in app.input.pressed
