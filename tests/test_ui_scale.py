"""The text size reaches every menu through ui_font: at large text the rows double, stay inside
their panel and the canvas, and a list too long to fit scrolls (keys and mouse wheel)."""

import pytest

from game.scenes.pause import PauseScene
from game.scenes.saveload import SaveLoadScene
from game.scenes.settings_menu import SettingsScene
from game.scenes.title import TitleScene
from game.ui.text import ui_font


SCREENS = {"title": TitleScene, "pause": PauseScene, "settings": SettingsScene,
           "save": lambda app: SaveLoadScene(app, "save")}


def shown(app, name, size):
    app.settings["text_size"], app.settings["notice_seen"] = size, True
    app.story.objective = "Find the outfit Adrian left on the roof before the party starts."
    app.director.clear()
    app.director.push(SCREENS[name](app))
    app.director.top.draw(app.canvas)
    return app.director.top.menu


@pytest.mark.parametrize("name", SCREENS)
@pytest.mark.parametrize("size", ["normal", "large"])
def test_every_shown_row_fits_its_panel_and_the_canvas(app, name, size):
    menu = shown(app, name, size)
    assert menu.row_height == (12 if size == "normal" else 24) + 4
    bounds = getattr(app.director.top, "panel_rect", app.canvas.get_rect())
    for i in range(menu.top, menu.top + menu.visible):
        rect = menu.row_rect(i)
        assert bounds.contains(rect), (name, size, menu.items[i].label, rect, bounds)
        assert menu.font.width(menu.items[i].label) <= rect.w, (name, menu.items[i].label)


@pytest.mark.parametrize("name", ["settings", "pause"])
def test_a_list_longer_than_its_room_scrolls_with_keys_and_wheel(app, driver, name):
    menu = shown(app, name, "large")
    assert menu.visible < len(menu.items)  # large text: not every row fits
    last = len(menu.items) - 1
    for _ in range(last):
        driver.press("down")
    assert menu.index == last and menu.top + menu.visible - 1 == last
    assert app.canvas.get_rect().contains(menu.row_rect(last))
    for _ in range(last):
        app.input.wheel(1)  # the wheel away from the player goes back up the list
        driver.step(1)
    assert menu.index == 0 and menu.top == 0


@pytest.mark.parametrize("language", ["en", "qps"])
@pytest.mark.parametrize("device", ["keys", "pad"])
def test_the_controls_at_large_text_show_as_many_rows_as_fit(app, driver, device, language):
    """Scrolled to each row in turn: a row takes two lines only when its label and value do not
    fit side by side, and the rows shown fill the list (one more would not fit), four at least."""
    from game.scenes.menu_screen import Row
    from game.scenes.settings_menu import ControlsScene
    from game.ui.strings import tr
    app.settings.update(text_size="large", language=language, notice_seen=True)
    app.apply_language()
    app.director.push(ControlsScene(app, device))
    scene, tall = app.director.top, set()
    menu, font = scene.menu, scene.menu.font
    for _ in menu.items:
        app.director.draw(app.canvas)
        for k in range(menu.top, menu.top + menu.visible):
            item, rect = menu.items[k], menu.row_rect(k)
            side_by_side = not isinstance(item, Row) or \
                font.width(item.label) + font.width(tr("menu.choice", item.value())) + 18 <= rect.w
            assert rect.h == (menu.row_height if side_by_side else 2 * font.line_height + 4), item.label
            assert scene.panel_rect.contains(rect)
            tall |= set() if side_by_side else {item.label}
        after = menu.top + menu.visible
        assert after == len(menu.items) or menu.row_rect(after - 1).bottom + menu.height_of(after) > \
            menu.pos[1] + menu.height
        assert menu.visible >= 4
        driver.press("down")
    assert len(tall) < 3  # two lines only where needed


def test_history_at_large_text_keeps_every_row_inside_its_panel(app):
    from game.app import Said
    from game.scenes.history import PANEL, HistoryScene
    app.settings["text_size"] = "large"
    app.history = [Said("Margaret", "Are you coming with me, or are you staying here with Adrian and his friends?")] * 6
    scene = HistoryScene(app)
    assert not scene.column  # a doubled name does not fit the name column: it takes its own row
    shown = scene.rows[scene.top:scene.top + scene.visible]
    assert ("Margaret", "") in shown
    body = ui_font("body")
    assert body.line_height == 24
    assert scene.first_y + scene.visible * body.line_height <= PANEL.bottom - 4 - 18
    assert all(body.width(row) <= PANEL.w - 24 for _s, row in scene.rows)


def test_question_above_the_choices_starts_at_a_sentence():
    from game.scenes.dialogue import question_rows
    text = "Margaret looks at the door. Are you coming with me, or are you staying here with Adrian and his friends tonight?"
    rows = question_rows(text, 440 // 2)
    assert rows[0].startswith("Are you coming")
    assert " ".join(rows) == text.split(". ", 1)[1]
