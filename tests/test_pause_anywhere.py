"""The pause menu over a conversation and a choice, played with the keyboard alone, the mouse
alone and the pad alone: it opens where it opens over play, everything under it waits, a setting
changed there holds, and closing it goes on from the same line, page and choice."""

import pytest

from conftest import on_test_map
from game.driver import Driver
from game.scenes.dialogue import DialogueScene
from game.scenes.pause import PauseScene
from game.scenes.saveload import ConfirmScene
from game.scenes.settings_menu import SettingsScene
from game.scenes.title import TitleScene
from game.ui.hud import pause_button

SCRIPT = """title: Talk
---
Owen: Sit down, Margaret. This will take a while, and I would rather say it all in one go than twice over, so listen to the whole of it before you answer me. #line:p1
Margaret: Go on. #line:p2
-> Stay. #line:p3
-> Leave. #line:p4
Owen: Good. #line:p5
===
"""


@pytest.fixture
def talk(app):
    return on_test_map(app, SCRIPT, "pause_anywhere.yarn")


def scene(app):
    return app.director.top


def dialogue(app) -> DialogueScene:
    return app.director.find(DialogueScene)


def open_pause(driver, mode):
    if mode == "keyboard":
        driver.press("menu")  # Esc
    elif mode == "pad":
        driver.pad("start")
    else:
        driver.click(*pause_button(driver.app.canvas.get_width()).center)  # the II button
    assert isinstance(scene(driver.app), PauseScene)


def pick(driver, mode, label):
    """Choose a row of the menu on top, by its label, as the device does it."""
    menu = scene(driver.app).menu
    labels = [item.label for item in menu.items]
    if mode == "mouse":
        while not menu.row_rect(labels.index(label)).w:  # scrolled out of view: the wheel brings it
            driver.wheel("down")
        driver.click(*menu.row_rect(labels.index(label)).center)
        return
    for _ in range(len(labels)):
        if menu.items[menu.index].label == label:
            break
        driver.press("down") if mode == "keyboard" else driver.pad("dpad_down")
    assert menu.items[menu.index].label == label
    driver.press("interact") if mode == "keyboard" else driver.pad("a")


def change_text_speed(driver, mode):
    """Pause, Settings, Text speed one step on, back, Resume: back to the scene that was on top."""
    under = scene(driver.app)
    open_pause(driver, mode)
    pick(driver, mode, "Settings")
    assert isinstance(scene(driver.app), SettingsScene)
    before = driver.app.settings["text_speed"]
    pick(driver, mode, "Text speed")
    assert driver.app.settings["text_speed"] != before
    if mode == "mouse":
        pick(driver, mode, "Back")
        pick(driver, mode, "Resume")
    else:
        for _ in range(2):  # Esc or B: the settings, then the pause menu
            driver.press("cancel") if mode == "keyboard" else driver.pad("b")
    assert scene(driver.app) is under
    return before


@pytest.mark.parametrize("mode", ["keyboard", "mouse", "pad"])
def test_pause_mid_line_changes_a_setting_and_the_line_goes_on_where_it_was(talk, mode):
    driver = Driver(talk, mode=mode)
    talk.auto_forward = True  # Auto is kept as the player left it
    talk.start_dialogue("Talk")
    driver.step(20)
    d = dialogue(talk)
    line, shown, t = d.line, d.shown, d.t
    assert 0 < shown < d._page_len(), "the typewriter is part way through the page"
    before = change_text_speed(driver, mode)
    assert talk.settings["text_speed"] != before
    assert dialogue(talk) is d and d.line is line and d.page == 0
    assert d.shown == shown and d.t == t, "the typewriter waited under the menu"
    assert talk.auto_forward
    driver.step(5)
    assert d.shown > shown and d.line is line  # and goes on from there


@pytest.mark.parametrize("mode", ["keyboard", "mouse", "pad"])
def test_pause_over_a_choice_keeps_the_choice_highlighted(talk, mode):
    driver = Driver(talk, mode=mode)
    talk.start_dialogue("Talk")
    driver.advance()  # on to the choice, by the device's own way of going on
    d = dialogue(talk)
    assert d.showing_options()
    options = d.options
    d.move_cursor_to(1)
    change_text_speed(driver, mode)
    assert d.options is options and d.cursor == 1


def test_text_size_changed_in_the_pause_menu_lays_the_line_out_again(talk):
    driver = Driver(talk, mode="keyboard")
    talk.start_dialogue("Talk")
    driver.step(2)
    driver.press("interact")  # the page at once
    d = dialogue(talk)
    pages = len(d.pages)
    open_pause(driver, "keyboard")
    pick(driver, "keyboard", "Settings")
    pick(driver, "keyboard", "Text size")
    assert talk.settings["text_size"] == "large"
    driver.press("cancel")
    driver.press("cancel")
    assert d.line.line_id == "line:p1" and d.page == 0
    assert len(d.pages) > pages and all(len(p) <= 2 for p in d.pages), "half the rows a page at large text"
    driver.frame()


def test_right_click_pauses_a_conversation_as_it_pauses_play(talk):
    driver = Driver(talk, mode="mouse")
    talk.start_dialogue("Talk")
    driver.step(5)
    driver.click(240, 230, button=3)
    assert isinstance(scene(talk), PauseScene)
    assert dialogue(talk).line.line_id == "line:p1", "the click did not go on in the box"


def test_saving_waits_for_the_scene_to_end_and_the_menu_says_so(talk):
    driver = Driver(talk, mode="keyboard")
    talk.start_dialogue("Talk")
    driver.step(5)
    open_pause(driver, "keyboard")
    items = {item.label: item.enabled for item in scene(talk).menu.items}
    assert items.get("Save after this scene") is False and "Save" not in items
    driver.press("cancel")
    driver.advance()  # to the choice
    driver.choose(1)
    driver.advance()
    assert dialogue(talk) is None
    open_pause(driver, "keyboard")
    assert {item.label: item.enabled for item in scene(talk).menu.items}["Save"] is True


def test_quitting_mid_conversation_asks_first_and_leaves_no_autosave_of_it(talk):
    driver = Driver(talk, mode="keyboard")
    talk.start_dialogue("Talk")
    driver.step(5)
    open_pause(driver, "keyboard")
    pick(driver, "keyboard", "Quit to title")
    assert isinstance(scene(talk), ConfirmScene) and "since the last save is lost" in scene(talk).question
    driver.press("cancel")
    assert isinstance(scene(talk), PauseScene)
    pick(driver, "keyboard", "Quit to title")
    pick(driver, "keyboard", "Quit to title")
    driver.step(60)
    assert isinstance(talk.director.stack[0], TitleScene)
    assert not talk.saves.read("auto_1").exists
    assert not talk.saves.autosave_due


# -- cutscenes ------------------------------------------------------------------------------------
SHOW = """title: Show
---
<<chapter 1 "Fashion Victims">>
Owen: After the card. #line:s1
<<runway>>
Owen: After the walk. #line:s2
<<overlay telescope>>
Owen: After the lens. #line:s3
===
"""


@pytest.fixture
def show(app):
    return on_test_map(app, SHOW, "pause_show.yarn")


def paused_and_back(driver, mode, kind):
    """Pause over the cutscene on top, change a setting, close: it is where it was, its clock
    stopped while the menu was open, and it goes on."""
    cutscene = scene(driver.app)
    assert type(cutscene).__name__ == kind
    t = cutscene.t
    change_text_speed(driver, mode)
    assert scene(driver.app) is cutscene and cutscene.t == t
    driver.step(1)
    assert cutscene.t == t + 1


def next_line(driver, line_id):
    """The cutscene over, the talk goes on at its next line."""
    for _ in range(2000):
        d = dialogue(driver.app)
        if d is not None and d.showing_line():
            assert d.line.line_id == line_id
            return
        driver.step(1)
    raise AssertionError(f"no line {line_id}")


@pytest.mark.parametrize("mode", ["keyboard", "mouse", "pad"])
def test_pause_over_the_chapter_card_the_runway_and_the_telescope(show, mode):
    driver = Driver(show, mode=mode)
    show.start_dialogue("Show")
    driver.step(30)
    paused_and_back(driver, mode, "TitleCard")
    next_line(driver, "line:s1")
    driver.advance()
    driver.until('scene == "RunwayScene"', 100)
    driver.step(40)
    paused_and_back(driver, mode, "RunwayScene")
    next_line(driver, "line:s2")
    driver.advance()
    driver.until('scene == "TelescopeView"', 100)
    driver.step(20)
    if mode == "keyboard":  # Esc looks away in the lens, as it always has: there is no pause key besides
        driver.press("menu")
    else:
        paused_and_back(driver, mode, "TelescopeView")
        driver.pad("b") if mode == "pad" else driver.click(240, 135, button=3)  # B, right-click
    next_line(driver, "line:s3")


def test_in_the_telescope_esc_and_a_right_click_look_away_and_start_and_ii_pause(show):
    from game.pieces.telescope import TelescopeView
    for way in ("start", "ii", "esc", "rightclick"):
        show.director.clear()
        on_test_map(show, SHOW, "pause_show.yarn")
        driver = Driver(show)
        show.director.push(TelescopeView(show))
        driver.step(20)
        if way == "start":
            driver.mode = "pad"
            driver.pad("start")
        elif way == "ii":
            driver.click(*pause_button(show.canvas.get_width()).center)
        elif way == "esc":
            driver.mode = "keyboard"
            driver.press("cancel")
        else:
            driver.click(240, 135, button=3)
        top = type(scene(show)).__name__
        assert top == ("PauseScene" if way in ("start", "ii") else "ExploreScene"), way
