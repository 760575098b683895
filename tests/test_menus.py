"""Title, content notice, pause, journal, save/load screens and chapter select, driven like a player."""

import pytest

import pygame

from conftest import fixture_map
from game import settings as settings_mod
from game.director import Fade
from game.scenes.journal import JournalScene
from game.scenes.notice import NoticeScene
from game.scenes.pause import PauseScene
from game.scenes.saveload import ConfirmScene, SaveLoadScene
from game.scenes.title import ChapterSelectScene, TitleScene


def top(app):
    return app.director.top


def select(driver, label):
    menu = top(driver.app).menu
    for _ in range(len(menu.items)):
        if menu.items[menu.index].label == label:
            return
        driver.press("down")
    raise AssertionError(f"{label!r} not selectable in {[i.label for i in menu.items]}")


def settle(driver, frames=60):
    """Let fades finish."""
    for _ in range(frames):
        if not any(isinstance(s, Fade) for s in driver.app.director.stack):
            return
        driver.step(1)


@pytest.fixture
def playing(app):
    app.start_map(fixture_map("room_a"))
    app.story.chapter_title = "Fashion Victims"
    app.story.objective = "Find the outfit."
    return app


# -- content notice and title -------------------------------------------------------------------
def test_notice_comes_first_once_then_never_unless_turned_back_on(app, driver):
    app.director.push(TitleScene(app))
    assert isinstance(top(app), NoticeScene)
    driver.frame()
    driver.press("cancel")  # the first notice is only left by Continue
    assert isinstance(top(app), NoticeScene)
    driver.press("interact")
    assert isinstance(top(app), TitleScene)
    assert settings_mod.load()["notice_seen"] is True
    app.director.clear()
    app.director.push(TitleScene(app))
    assert isinstance(top(app), TitleScene)
    app.settings["notice_seen"] = False  # "Content notice at start: On" in Settings
    app.director.clear()
    app.director.push(TitleScene(app))
    assert isinstance(top(app), NoticeScene)


def title(app, driver):
    app.settings["notice_seen"] = True
    app.director.push(TitleScene(app))
    driver.step(1)
    return top(app)


def test_title_menu_items_and_what_is_enabled(app, driver):
    scene = title(app, driver)
    assert [i.label for i in scene.menu.items] == ["Continue", "New game", "Load", "Chapter select",
                                                    "Scene gallery", "Settings", "Credits", "Quit"]
    assert scene.describe()["items"] == ["New game", "Load", "Settings", "Credits", "Quit"]
    assert scene.describe()["selected"] == "New game"
    driver.press("up")  # Continue is disabled: wraps to Quit
    assert scene.describe()["selected"] == "Quit"
    frame = driver.frame()
    assert frame.get_at((240, 256)) is not None


def test_title_opens_each_screen_with_keys_and_mouse(app, driver):
    scene = title(app, driver)
    select(driver, "Settings")
    driver.press("interact")
    assert type(top(app)).__name__ == "SettingsScene"
    driver.press("cancel")
    assert top(app) is scene
    rect = scene.menu.row_rect(2)  # Load, by mouse
    driver.click(*rect.center)
    assert isinstance(top(app), SaveLoadScene) and top(app).mode == "load"
    driver.press("cancel")
    select(driver, "Credits")
    driver.press("interact")
    assert type(top(app)).__name__ == "Credits"
    driver.press("cancel")
    select(driver, "Quit")
    driver.press("interact")
    assert app.running is False


def test_continue_loads_the_most_recent_save(playing, driver):
    app = playing
    driver.hold("right", 10)
    app.saves.save("slot_2")
    saved_x = app.explore().world.player.x
    driver.hold("down", 10)
    app.saves.save("slot_5")
    latest_x, latest_y = app.explore().world.player.x, app.explore().world.player.y
    app.director.clear()
    scene = title(app, driver)
    assert scene.describe()["selected"] == "Continue"  # offered first once there is a save
    driver.press("interact")
    settle(driver)
    p = app.explore().world.player
    assert (p.x, p.y) == (latest_x, latest_y)
    assert (saved_x, app.saves.read("slot_2").data["player"]["y"]) != (latest_x, latest_y)


# -- pause ----------------------------------------------------------------------------------------
def test_pause_opens_on_menu_shows_objective_and_resumes(playing, driver):
    driver.press("menu")
    assert isinstance(top(playing), PauseScene)
    assert [i.label for i in top(playing).menu.items] == ["Resume", "Journal", "Save", "Load", "Settings",
                                                           "Screenshot", "Quit to title"]
    driver.frame()
    ticks = playing.story.play_ticks
    driver.step(10)
    assert playing.story.play_ticks == ticks  # the game is paused
    driver.press("interact")  # Resume
    assert top(playing) is playing.explore()
    driver.press("menu")
    driver.press("cancel")
    assert top(playing) is playing.explore()


def test_the_mouse_takes_a_screenshot_from_the_pause_menu_without_the_menu_in_it(playing, driver, tmp_path,
                                                                                   monkeypatch):
    """The mouse has no screenshot key: right-click, Screenshot; the picture is the play behind."""
    monkeypatch.setenv("LIQUID_SKY_PICTURES_DIR", str(tmp_path))
    play = driver.frame().copy()
    driver.click(240, 135, button=3)
    assert isinstance(top(playing), PauseScene)
    menu = top(playing).menu
    row = menu.row_rect([i.label for i in menu.items].index("Screenshot"))
    driver.click(*row.center)
    driver.step(1)
    assert top(playing) is playing.explore()
    [shot] = list(tmp_path.glob("liquid-sky_*.png"))
    picture = pygame.image.load(str(shot))
    assert picture.get_size() == play.get_size()  # headless: a window at 1x
    assert pygame.image.tobytes(picture, "RGB") == pygame.image.tobytes(play, "RGB")
    assert "Screenshot saved" in playing.message


def in_a_conversation(app):
    from game.story.yarn import YarnProgram
    app._program = YarnProgram.from_source("title: Talk\n---\nA: Hm. #line:t1\nA: Well. #line:t2\n===\n", "t.yarn")
    app.start_dialogue("Talk")
    assert app.explore().cutscene_depth == 1


def test_pause_opens_over_a_conversation_too(playing, driver):
    in_a_conversation(playing)
    driver.press("menu")
    assert isinstance(top(playing), PauseScene)


def test_journal_lists_items_and_notes(playing, driver):
    playing.story.give("outfit")
    playing.story.give("crystal")
    playing.story.variables["$note_01"] = "Adrian keeps the stash in the kitchen."
    driver.press("menu")
    select(driver, "Journal")
    driver.press("interact")
    scene = top(playing)
    assert isinstance(scene, JournalScene)
    assert scene.describe()["items"] == ["outfit", "crystal"]
    assert scene.describe()["notes"] == ["Adrian keeps the stash in the kitchen."]
    driver.frame()
    driver.press("cancel")
    assert isinstance(top(playing), PauseScene)


def test_save_from_pause_then_load_from_pause(playing, driver):
    driver.press("menu")
    select(driver, "Save")
    driver.press("interact")
    assert isinstance(top(playing), SaveLoadScene) and top(playing).mode == "save"
    driver.press("interact")  # Slot 1, empty: saved at once
    assert playing.saves.read("slot_1").ok
    driver.press("interact")  # Slot 1 again: asks first
    assert isinstance(top(playing), ConfirmScene)
    driver.press("cancel")
    driver.press("cancel")  # back to the pause menu
    driver.press("cancel")  # and to the game
    x0 = playing.explore().world.player.x
    driver.hold("right", 15)
    assert playing.explore().world.player.x != x0
    driver.press("menu")
    select(driver, "Load")
    driver.press("interact")
    select(driver, "Slot 1")
    driver.press("interact")
    assert isinstance(top(playing), ConfirmScene)
    driver.press("interact")  # Load
    settle(driver)
    assert top(playing) is playing.explore()
    assert playing.explore().world.player.x == x0


def test_damaged_slot_in_the_list_can_be_deleted_by_the_player(playing, driver):
    playing.saves.save("slot_1")
    playing.saves.path("slot_1").write_text('{"version": 1, "map": 5}')
    playing.director.push(SaveLoadScene(playing, "load"))
    driver.step(1)
    select(driver, "Slot 1")
    assert "damaged" in top(playing).describe()["slots"]["slot_1"]
    driver.frame()
    driver.press("interact")
    confirm = top(playing)
    assert isinstance(confirm, ConfirmScene) and "damaged" in confirm.question
    labels = [i.label for i in confirm.menu.items]
    assert "Delete it" in labels and "Load" not in labels
    select(driver, "Delete it")
    driver.press("interact")
    assert not playing.saves.read("slot_1").exists
    assert top(playing).describe()["slots"]["slot_1"] == "empty"


def test_quit_to_title_autosaves(playing, driver):
    driver.press("menu")
    select(driver, "Quit to title")
    driver.press("interact")
    settle(driver)
    assert isinstance(playing.director.stack[0], TitleScene)
    assert playing.saves.read("auto_1").ok
    assert "Continue" in playing.director.stack[0].describe()["items"]


def test_quick_save_and_quick_load(playing, driver):
    driver.hold("right", 8)
    driver.press("quicksave")
    assert playing.saves.read("quick").ok and "Quick saved" in playing.message
    x = playing.explore().world.player.x
    driver.hold("left", 20)
    driver.press("quickload")
    assert playing.explore().world.player.x == x
    in_a_conversation(playing)
    driver.press("quicksave")
    assert "Cannot save" in playing.message


def test_every_menu_screen_draws_inside_its_panel(playing, driver):
    """Outside its panel a menu screen only dims what is below: no text runs over the edge, whatever
    it holds (long objective, saved and damaged slots, every setting, every binding)."""
    from game.scenes.settings_menu import ControlsScene, SettingsScene
    playing.story.objective = "A very long objective " * 12
    playing.saves.save("slot_1")
    playing.saves.path("slot_2").write_text("{")
    screens = [PauseScene(playing), SaveLoadScene(playing, "save"), SaveLoadScene(playing, "load"),
               SettingsScene(playing), ControlsScene(playing, "keys"), ControlsScene(playing, "pad"),
               NoticeScene(playing), NoticeScene(playing, first_start=True),
               ConfirmScene(playing, "Slot 2 is damaged:\n" + "a long reason " * 10, [("Delete it", lambda: None)]),
               ChapterSelectScene(playing, [{"id": str(i), "title": "Across the Street", "map": "x"}
                                            for i in range(1, 14)])]
    for scene in screens:
        for _ in range(len(scene.menu.items)):  # every scroll position
            canvas = pygame.Surface((480, 270))
            canvas.fill((0, 0, 0))
            scene.draw(canvas)
            outside = canvas.get_at((0, 0))
            r = scene.panel_rect
            for x in range(0, 480, 2):
                for y in range(0, 270, 2):
                    if not r.collidepoint(x, y):
                        assert canvas.get_at((x, y)) == outside, (type(scene).__name__, x, y)
            scene.menu.index = (scene.menu.index + 1) % len(scene.menu.items)
            if hasattr(scene.menu, "scroll_into_view"):
                scene.menu.scroll_into_view()


# -- chapter select -------------------------------------------------------------------------------
def test_chapter_select_offers_chapters_reached_in_any_playthrough(app, driver, monkeypatch):
    from game.story import chapters
    monkeypatch.setattr(chapters, "CHAPTERS", [
        {"id": "1", "title": "Fashion Victims", "map": fixture_map("room_a"), "spawn": "start", "node": ""},
        {"id": "2", "title": "House Call", "map": fixture_map("room_b"), "spawn": None, "node": ""},
    ], raising=False)
    scene = title(app, driver)
    assert "Chapter select" not in scene.describe()["items"]
    app.story.chapter = "2"
    app.saves.note_chapter(app.story)
    app.director.clear()
    scene = title(app, driver)
    select(driver, "Chapter select")
    driver.press("interact")
    chooser = top(app)
    assert isinstance(chooser, ChapterSelectScene)
    assert [i.label for i in chooser.menu.items] == ["Chapter 2: House Call", "Back"]
    driver.frame()
    driver.press("interact")
    settle(driver)
    assert app.explore().level.name == "room_b"
    assert app.story.chapter == "2" and app.story.chapter_title == "House Call"


GALLERY_SCRIPT = """
title: One_Start
---
<<chapter 1 "Fashion Victims">>
Guard: The first chapter, again. #line:gal1
<<set $replayed to true>>
<<autosave>>
<<chapter 2 "House Call">>
Guard: The second chapter: a replay never gets here. #line:gal2
===
"""


def user_files(app) -> dict:
    """Every file in the saves folder and the chapters reached, with their bytes."""
    folder = app.saves.folder.parent
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("mode", ["keyboard", "mouse", "pad"])
def test_the_scene_gallery_replays_a_finished_chapter_and_touches_no_progress(app, monkeypatch, mode):
    from game.driver import Driver
    from game.story import chapters
    from game.story.yarn import YarnProgram
    monkeypatch.setattr(chapters, "CHAPTERS", [
        {"id": "1", "title": "Fashion Victims", "map": fixture_map("room_a"), "spawn": "start", "node": "One_Start"},
        {"id": "2", "title": "House Call", "map": fixture_map("room_b"), "spawn": None, "node": ""},
    ], raising=False)
    app._program = YarnProgram.from_source(GALLERY_SCRIPT, "gallery.yarn")
    driver = Driver(app, mode=mode)
    scene = title(app, driver)
    assert "Scene gallery" not in scene.describe()["items"]  # nothing finished yet
    app.saves.note_reached("1")
    app.start_map(fixture_map("room_b"))  # a game in chapter 2, saved: chapter 1 is finished
    app.story.chapter = "2"
    assert app.saves.save("slot_1") == "" and app.saves.autosave() == ""
    app.director.clear()
    before = user_files(app)
    assert "progress.json" in before and len(before) >= 3

    scene = title(app, driver)
    menu = scene.menu
    target = [i.label for i in menu.items].index("Scene gallery")

    def choose(menu, index):
        if mode == "mouse":
            driver.click(*menu.row_rect(index).center)
            return
        for _ in range(len(menu.items)):
            if menu.index == index:
                break
            driver.pad("dpad_down") if mode == "pad" else driver.press("down")
        driver.pad("a") if mode == "pad" else driver.press("interact")

    choose(menu, target)
    gallery = top(app)
    assert isinstance(gallery, ChapterSelectScene) and gallery.describe()["scene"] == "ChapterSelectScene"
    assert [i.label for i in gallery.menu.items] == ["Chapter 1: Fashion Victims", "Back"]
    choose(gallery.menu, 0)
    settle(driver)
    assert app.replaying == "1" and app.explore().level.name == "room_a"
    assert "nothing is saved" in app.message
    driver.until('scene == "DialogueScene"', 300)
    assert app.saves.save("slot_2").startswith("Nothing is saved")
    driver.advance()
    driver.step(2)
    settle(driver)
    assert isinstance(top(app), TitleScene) and app.explore() is None  # chapter 2 began: the replay ended on the title
    assert app.story.variables.get("$replayed") is True and app.replaying == ""
    assert user_files(app) == before


def test_title_hints_show_the_prompts_of_the_device_in_use(app, driver):
    import pygame
    from game.scenes.title import TitleScene
    from game.ui.widgets import prompt_icon
    app.settings["show_content_notice"] = False
    app.director.push(TitleScene(app))
    driver.step(2)
    keys = prompt_icon("interact", app.input)
    assert keys is not None
    app.input.handle_event(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_A,
                                              instance_id=0))
    pad = prompt_icon("interact", app.input)
    assert pad is not None
    assert pygame.image.tobytes(keys, "RGBA") != pygame.image.tobytes(pad, "RGBA")
    app.input.set_bindings({"keys": {"interact": ["space"]}, "pad": {}})
    app.input.last_device = "keyboard"
    assert pygame.image.tobytes(prompt_icon("interact", app.input), "RGBA") != pygame.image.tobytes(keys, "RGBA")


def test_the_dialogue_box_and_the_pause_menu_prompt_on_the_device_in_use(app, driver):
    """The advance prompt in the dialogue box and the pause menu's hints follow the last device
    used: Enter, a left click, the pad's A (and the pause menu's back: Esc, a right click, B)."""
    from game.scenes.dialogue import BOX
    app.start_map(fixture_map("room_a"))
    driver.step(2)
    app.start_dialogue("Club_Taxi")
    driver.step(2)
    driver.press("interact")  # the whole line at once: the advance prompt shows
    driver.step(2)

    def crops(rect):
        seen = {}
        for device in ("keyboard", "mouse", "pad"):
            app.input.last_device = device
            driver.step(1)
            seen[device] = pygame.image.tobytes(driver.frame().subsurface(rect), "RGB")
        return seen

    advance = crops(pygame.Rect(BOX.right - 36, BOX.bottom - 19, 16, 16))
    assert len(set(advance.values())) == 3, "each device shows its own advance prompt"
    driver.press("interact")
    driver.step(5)
    app.director.push(PauseScene(app))
    driver.step(2)
    panel = app.director.top.panel_rect
    hints = crops(pygame.Rect(panel.x, panel.bottom - 24, panel.width, 20))
    assert len(set(hints.values())) == 3, "each device shows its own hints"


def test_a_chapter_is_finished_once_the_next_begins_and_the_finale_once_the_credits_roll(app):
    from game.pieces.credits import Credits
    from game.story.chapters import finished
    assert [c["id"] for c in finished(["prologue", "1", "2"])] == ["prologue", "1"]
    for chapter in ("12", "13", "finale"):
        app.saves.note_reached(chapter)
    assert [c["id"] for c in finished(app.saves.reached_chapters())] == ["12", "13"]
    Credits(app, ending=True).enter()
    assert [c["id"] for c in finished(app.saves.reached_chapters())] == ["12", "13", "finale"]
