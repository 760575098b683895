"""Every menu screen in the player's text size and contrast: drawn at each size, with and without
high contrast, in English and the longer qps pseudo-language, no text leaves its panel or the
canvas or runs into another, and high contrast really turns panels and text to white and yellow
on black."""

import copy
from collections import Counter

import pygame
import pytest

from conftest import fixture_map
from game.palette import colour
from game.scenes.pause import PauseScene
from game.ui.text import PixelFont, ui_colour
from test_text_fits import CANVAS, menu_screens, problems

# what text may be drawn in with high contrast: white and yellow, light grey for what cannot be
# chosen, orange for a problem
CONTRAST_TEXT = {colour(name) for name in ("white", "yellow", "grey_light", "orange")}


def test_high_contrast_turns_accents_yellow_greys_light_and_tints_black(app):
    app.settings["high_contrast"] = False
    assert ui_colour("magenta") == colour("magenta") and ui_colour("grey") == colour("grey")
    app.settings["high_contrast"] = True
    assert ui_colour("magenta") == ui_colour("cyan") == colour("yellow")
    assert ui_colour("grey_light") == colour("white") and ui_colour("grey") == colour("grey_light")
    assert ui_colour("plum") == colour("black") and ui_colour("white") == colour("white")


@pytest.fixture(params=[(lang, size, contrast) for lang in ("en", "qps") for size in ("normal", "large")
                        for contrast in (False, True)],
                ids=lambda p: f"{p[0]}-{p[1]}-{'contrast' if p[2] else 'plain'}")
def game(request):
    from game.app import App
    from game.settings import DEFAULTS
    lang, size, contrast = request.param
    settings = copy.deepcopy(DEFAULTS)
    settings.update(language=lang, text_size=size, high_contrast=contrast, notice_seen=True)
    app = App(headless=True, settings=settings)
    app.start_map(fixture_map("room_a"))
    story = app.story
    story.chapter, story.chapter_title = "5", "Across the Street"
    story.objective = "Get into no. 45 across the street and find out who lives in the penthouse."
    for item in ("cocaine_vial", "stash_box", "phone_number", "dollars", "outfit", "crystal"):
        story.give(item)
    for i in range(8):
        story.variables[f"$note_{i}"] = "Owen teaches drama at the college and wants to be a star."
    app.log_line("Margaret", "The lights hum. " * 6)
    app.log_line("", "A long pause.")
    yield app
    app.director.clear()


def drawn(scene, monkeypatch) -> list[tuple[str, pygame.Rect, tuple]]:
    """(text, rect, colour) of every text the scene draws on the canvas in one frame."""
    out = []
    draw = PixelFont.draw

    def record(self, surface, text, pos, col, *args, **kwargs):
        rect = draw(self, surface, text, pos, col, *args, **kwargs)
        if surface.get_size() == CANVAS.size and text.strip():
            out.append((text, rect, tuple(col)))
        return rect

    monkeypatch.setattr(PixelFont, "draw", record)
    scene.draw(pygame.Surface(CANVAS.size))
    monkeypatch.setattr(PixelFont, "draw", draw)
    return out


def faults(name, texts, box, contrast, footer=()) -> list[str]:
    """Text outside its panel (a footer under it: outside the canvas), text run together, and with
    high contrast, text in any colour but white and yellow."""
    found = problems(name, [(t, r) for t, r, _ in texts if t not in footer], box)
    found += problems(name, [(t, r) for t, r, _ in texts if t in footer])
    if contrast:
        found += [f"{name}: {t!r} in {c}" for t, r, c in texts if c not in CONTRAST_TEXT]
    return found


def test_every_menu_screen_fits_its_panel_at_each_text_size_and_contrast(game, monkeypatch):
    found = []
    for scene in menu_screens(game):
        for _ in range(len(scene.menu.items)):  # every row selected, every scroll position
            found += faults(type(scene).__name__, drawn(scene, monkeypatch), scene.panel_rect,
                            game.settings["high_contrast"])
            scene.menu.index = (scene.menu.index + 1) % len(scene.menu.items)
            scene.menu.scroll_into_view()
    assert sorted(set(found)) == []


def test_every_page_of_the_journal_fits_at_each_text_size_and_contrast(game, monkeypatch):
    from game.driver import Driver
    from game.scenes.journal import JournalScene
    from game.ui.strings import tr
    game.director.push(JournalScene(game))
    journal, driver, found, shown = game.director.top, Driver(game), [], []
    assert journal.spreads > 1  # six things carried and eight notes do not fit one spread
    for page in range(journal.spreads):
        assert journal.page == page
        texts = drawn(journal, monkeypatch)
        shown += [t for t, _r, _c in texts]
        found += faults("JournalScene", texts, journal.spread.rect, game.settings["high_contrast"],
                        footer=(tr("journal.close"), ))
        driver.press("right")
    assert sorted(set(found)) == []
    for _ in range(journal.spreads):
        game.input.wheel(1)  # the wheel turns back
        driver.step(1)
    assert journal.page == 0 and game.director.top is journal
    for line, _heading in journal.note_lines:
        assert line in shown  # every note on some page
    assert len([t for t in shown if t == tr("journal.now")]) == 1


def test_history_title_and_cards_fit_at_each_text_size_and_contrast(game, monkeypatch):
    from game.scenes.cards import TitleCard
    from game.scenes.history import PANEL, HistoryScene
    from game.scenes.title import TitleScene
    from game.ui.strings import tr
    contrast = game.settings["high_contrast"]
    found = faults("HistoryScene", drawn(HistoryScene(game), monkeypatch), PANEL, contrast,
                   footer=(tr("history.help"),))
    for scene in (TitleScene(game), TitleCard(game, "5", "Across the Street")):
        found += faults(type(scene).__name__, drawn(scene, monkeypatch), CANVAS, contrast)
    assert sorted(set(found)) == []


def colours_in(surface: pygame.Surface, rect: pygame.Rect) -> Counter:
    return Counter(tuple(surface.get_at((x, y)))[:3] for x in range(rect.left, rect.right, 2)
                   for y in range(rect.top, rect.bottom, 2))


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
    assert seen[True].most_common(1)[0][0] == colour("black") != seen[False].most_common(1)[0][0]
    assert colour("yellow") in seen[True]
    assert not {colour("night"), colour("cyan"), colour("plum")} & set(seen[True])  # the panel's own art is gone


# a line with bold and coloured runs, then the choice after it: one option chosen on an earlier
# visit, one that cannot be chosen now, one as long as the longest the game has
TALK = ("title: Q\n---\nSylvia: The [b]wind up there[/b] takes the words out of your mouth. The"
        " [color=magenta]roof[/color] is mine, and so is the [color=acid]water tower[/color]. #line:q1\n"
        "-> Let her finish #line:o1\n-> Get up and go <<if false>> #line:o2\n-> Say nothing #line:o3\n"
        "-> I am expected by the television producer on the top floor. #line:o4\n===\n")


def dialogue_box(app, showing: str):
    """The dialogue box over the test map, showing TALK's line or its choices."""
    from game.driver import Driver
    from game.story.yarn import YarnProgram
    app._program = YarnProgram.from_source(TALK, "q.yarn")
    app._strings = None  # the pseudo-language is made from this script
    app.start_map(fixture_map("room_a"))
    app.story.chosen_options.add("line:o3")
    app.start_dialogue("Q")
    driver = Driver(app)
    if showing == "options":
        driver.advance()
    else:
        driver.step(200)  # the whole line shown: the go-on icon and arrow too
    scene = app.director.top
    assert scene.showing_options() == (showing == "options") and scene.nameplate() is not None
    return scene


@pytest.mark.parametrize("showing", ["line", "choices"])
def test_the_dialogue_box_and_its_choices_fit_at_each_text_size_and_contrast(game, monkeypatch, showing):
    """The line's rows and the choices inside the box, the name on its plate and the quick menu
    above it; with high contrast all of it white and yellow (light grey what cannot be chosen)."""
    scene = dialogue_box(game, "options" if showing == "choices" else "line")
    texts = drawn(scene, monkeypatch)
    above = [scene.speaker()] + [label for _action, label, _rect in scene.quick_buttons()]
    assert {t for t, _r, _c in texts} >= set(above)
    assert sorted(set(faults("DialogueScene", texts, scene.box(), game.settings["high_contrast"],
                             footer=above))) == []


@pytest.mark.parametrize("showing", ["line", "options"])
def test_the_dialogue_box_in_high_contrast_is_white_and_yellow_on_black(app, showing):
    """The box, the nameplate, the text (a coloured run too), the choices and their cursor, the
    go-on icon and arrow: every pixel of them but the portrait from the contrast palette."""
    from game.scenes.dialogue import PORTRAIT_AT
    palette = {colour(name) for name in ("black", "white", "yellow", "grey_light", "orange")}
    seen = {}
    for contrast in (False, True):
        app.settings.update(high_contrast=contrast, text_speed=0)
        app.director.clear()
        scene = dialogue_box(app, showing)
        frame = app.draw()
        face = pygame.Rect(PORTRAIT_AT, (48, 48))
        seen[contrast] = {tuple(frame.get_at((x, y)))[:3] for rect in (scene.box(), scene.nameplate())
                          for x in range(rect.left, rect.right) for y in range(rect.top, rect.bottom)
                          if showing == "options" or not face.collidepoint(x, y)}
    assert colour("magenta") in seen[False]  # the box's own art, gone with high contrast
    assert seen[True] <= palette, [c for c in seen[True] if c not in palette]
    assert colour("yellow") in seen[True] and colour("white") in seen[True]


def test_the_content_notice_scrolls_when_large_text_does_not_fit(app, driver):
    from game.scenes.notice import NoticeScene
    app.settings["text_size"] = "large"
    app.director.push(NoticeScene(app, first_start=True))
    notice, seen = app.director.top, set()
    assert notice.last_top > 0  # it does not fit at once
    driver.press("interact")  # Continue reads on first
    assert notice.top > 0 and app.director.top is notice and not app.settings["notice_seen"]
    for _ in range(notice.top):
        driver.press("up")
    assert notice.top == 0
    for _ in range(notice.last_top + 2):
        seen |= {line for line, _tone in notice.shown(notice.top)}
        driver.press("down")
    assert notice.top == notice.last_top and seen == {line for line, _tone in notice.lines}
    app.input.wheel(1)
    driver.step(1)
    assert notice.top == notice.last_top - 1
    driver.press("interact")  # the end not yet in view: Continue shows it
    assert notice.top == notice.last_top and app.director.top is notice
    driver.press("interact")  # and now goes on
    assert app.settings["notice_seen"] and app.director.top is not notice


def test_choosing_large_text_in_settings_lays_the_screen_out_again(app, driver):
    from game.scenes.menu_screen import WIDE
    from game.scenes.settings_menu import SettingsScene
    from game.ui.strings import tr
    app.director.push(SettingsScene(app))
    scene = app.director.top
    scene.menu.index = [item.label for item in scene.menu.items].index(tr("settings.text_size"))
    driver.press("right")
    assert app.settings["text_size"] == "large" and scene.panel_rect == WIDE
    menu = scene.menu
    app.director.draw(app.canvas)
    assert menu.items[menu.index].label == tr("settings.text_size") and menu.row_height == 28
    assert (menu.pos[0], menu.width) == (WIDE.x + 12, WIDE.width - 24)  # the rows as wide as the panel
    for i in range(menu.top, menu.top + menu.visible):
        assert WIDE.contains(menu.row_rect(i)), menu.items[i].label


def test_the_credits_fit_the_screen_as_they_roll_at_each_text_size_and_contrast(game, monkeypatch):
    """Every row rolls past whole, inside the screen's width, clear of the next, in the contrast."""
    from game.pieces.credits import Credits
    credits, seen, found = Credits(game), set(), []
    for credits.t in range(0, 1800, 60):
        on_screen = [(text, rect, c) for text, rect, c in drawn(credits, monkeypatch)
                     if CANVAS.top <= rect.top and rect.bottom <= CANVAS.bottom]
        found += faults("Credits", on_screen, CANVAS, game.settings["high_contrast"])
        seen |= {text for text, _, _ in on_screen}
    assert sorted(set(found)) == []
    assert seen == {text for text, _ in Credits.rows(CANVAS.width - 20) if text}


def test_the_key_hints_under_pause_and_title_follow_the_text_size(game, monkeypatch):
    from game.scenes.title import TitleScene
    from game.ui.strings import tr
    from game.ui.text import font, text_scale
    for scene in (PauseScene(game), TitleScene(game)):
        [hint] = [rect for text, rect, _ in drawn(scene, monkeypatch) if text == tr("prompt.choose")]
        assert hint.height == font("small").line_height * text_scale() and CANVAS.contains(hint)
