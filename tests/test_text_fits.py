"""Every text box fits in the pseudo-language qps (accented, some 30% longer), on every screen
and not only in the dialogue box: each text drawn lies inside the canvas and inside its panel,
and no two texts run into each other."""

from __future__ import annotations

import copy

import pygame
import pytest

from conftest import fixture_map
from game.ui.text import PixelFont

CANVAS = pygame.Rect(0, 0, 480, 270)


@pytest.fixture(params=["en", "qps"])
def game(request):
    from game.app import App
    from game.settings import DEFAULTS
    settings = copy.deepcopy(DEFAULTS)
    settings["language"] = request.param
    app = App(headless=True, settings=settings)
    app.start_map(fixture_map("room_a"))
    story = app.story
    story.chapter, story.chapter_title = "5", "Across the Street"
    story.objective = "Get into no. 45 across the street and find out who lives in the penthouse."
    for item in ("cocaine_vial", "stash_box", "phone_number", "dollars"):
        story.give(item)
    story.variables["$note_owen"] = "Owen teaches drama at the college and wants to be a star."
    app.log_line("Margaret", "The lights hum. " * 6)
    app.log_line("", "A long pause.")
    yield app
    app.director.clear()


def texts_drawn(scene, monkeypatch) -> list[tuple[str, pygame.Rect]]:
    """(text, rect) of every text the scene draws on the canvas in one frame."""
    drawn = []
    draw = PixelFont.draw

    def record(self, surface, text, pos, colour, *args, **kwargs):
        rect = draw(self, surface, text, pos, colour, *args, **kwargs)
        if surface.get_size() == CANVAS.size and text.strip():
            drawn.append((text, rect))
        return rect

    monkeypatch.setattr(PixelFont, "draw", record)
    canvas = pygame.Surface(CANVAS.size)
    scene.draw(canvas)
    monkeypatch.setattr(PixelFont, "draw", draw)
    return drawn


def problems(name, drawn, box=CANVAS) -> list[str]:
    out = [f"{name}: {text!r} at {tuple(rect)} is outside {tuple(box)}" for text, rect in drawn
           if not box.contains(rect)]
    for i, (text, rect) in enumerate(drawn):
        for other, orect in drawn[i + 1:]:
            if rect.colliderect(orect):
                out.append(f"{name}: {text!r} runs into {other!r}")
    return out


def test_the_check_sees_text_cut_off_or_run_together():
    box = pygame.Rect(10, 10, 100, 50)
    drawn = [("inside", pygame.Rect(12, 12, 40, 9)), ("over the edge", pygame.Rect(80, 30, 40, 9)),
             ("on top", pygame.Rect(40, 14, 30, 9))]
    assert problems("S", drawn, box) == ["S: 'over the edge' at (80, 30, 40, 9) is outside (10, 10, 100, 50)",
                                         "S: 'inside' runs into 'on top'"]


def menu_screens(app):
    from game.scenes.notice import NoticeScene
    from game.scenes.pause import PauseScene
    from game.scenes.saveload import ConfirmScene, SaveLoadScene
    from game.scenes.settings_menu import ControlsScene, SettingsScene
    from game.scenes.title import ChapterSelectScene
    from game.story.chapters import CHAPTERS
    from game.ui.strings import tr
    app.saves.save("slot_1")
    app.saves.path("slot_2").write_text("{")
    [ok, damaged] = app.saves.slots(("slot_1", "slot_2"))
    listening = ControlsScene(app, "keys")
    listening.listening, listening.listen_ticks = "interact", 300
    return [PauseScene(app), SaveLoadScene(app, "save"), SaveLoadScene(app, "load"), SettingsScene(app),
            ControlsScene(app, "keys"), ControlsScene(app, "pad"), listening,
            NoticeScene(app), NoticeScene(app, first_start=True), ChapterSelectScene(app, CHAPTERS),
            ConfirmScene(app, tr("saves.damaged_q", damaged.label, damaged.error),
                         [(tr("saves.overwrite_it"), None), (tr("saves.delete_it"), None)]),
            ConfirmScene(app, tr("saves.load_q", ok.label, ok.data["chapter_title"]),
                         [(tr("saves.load"), None), (tr("saves.delete"), None)]),
            ConfirmScene(app, tr("saves.empty_backup_q", ok.label), [(tr("saves.restore"), None)])]


def test_every_menu_screen_fits_in_its_panel(game, monkeypatch):
    found, seen = [], []
    for scene in menu_screens(game):
        for _ in range(len(scene.menu.items)):  # every row selected, every scroll position
            drawn = texts_drawn(scene, monkeypatch)
            seen += [text for text, _ in drawn]
            found += problems(type(scene).__name__, drawn, scene.panel_rect)
            scene.menu.index = (scene.menu.index + 1) % len(scene.menu.items)
            if hasattr(scene.menu, "scroll_into_view"):
                scene.menu.scroll_into_view()
    assert sorted(set(found)) == []
    if game.settings["language"] == "qps":  # the screens were drawn, in qps
        assert len(seen) > 500 and sum(any(ch in text for ch in "áéíóú") for text in seen) > len(seen) / 2


def test_the_other_screens_fit_on_the_canvas(game, monkeypatch):
    from game.pieces.runway import RunwayScene, ShootScene
    from game.scenes.cards import TitleCard
    from game.scenes.history import HistoryScene
    from game.scenes.journal import JournalScene
    from game.scenes.title import TitleScene
    found = []
    for scene in [TitleScene(game), JournalScene(game), HistoryScene(game), TitleCard(game, "5", "Across the Street"),
                  RunwayScene(game), ShootScene(game)]:
        found += problems(type(scene).__name__, texts_drawn(scene, monkeypatch))
    assert sorted(set(found)) == []


@pytest.mark.parametrize("size", ["normal", "large"])
def test_the_longest_objective_is_shown_whole(game, monkeypatch, size):
    """The pause menu and the journal show all of the script's longest objective, in either text
    size; the objective line over the map has room for it."""
    import shlex

    from game.scenes.journal import JournalScene
    from game.scenes.pause import PauseScene
    from game.ui.hud import ObjectiveLine
    from game.ui.strings import story_text
    objectives = [shlex.split(text)[1] for *_, kind, text in game.dialogue_program().iter_statements()
                  if kind == "command" and text.startswith("objective ") and "{" not in text]
    game.story.objective = max(objectives, key=lambda o: len(story_text(o)))
    game.settings["text_size"] = size
    whole = " ".join(story_text(game.story.objective).split())
    for scene in (PauseScene(game), JournalScene(game)):
        drawn = texts_drawn(scene, monkeypatch)
        assert whole in " ".join(text for text, _ in drawn), type(scene).__name__
        assert problems(type(scene).__name__, drawn) == []
    line = ObjectiveLine()
    line.text = game.story.objective
    assert " ".join(line.layout(480)[0]) == whole  # the objective line shows all of it


@pytest.mark.parametrize("size", ["normal", "large"])
def test_every_caption_fits_in_either_text_size(game, monkeypatch, size):
    from types import SimpleNamespace

    from game.captions import CAPTIONS
    from game.ui.captions import draw_captions
    game.settings.update(captions=True, text_size=size)
    found = []
    for sound in sorted(CAPTIONS):
        game.captions.shown = []
        game.sfx(sound)
        captions = SimpleNamespace(draw=lambda canvas: draw_captions(canvas, game.captions.lines(), []))
        drawn = texts_drawn(captions, monkeypatch)
        assert [text for text, _ in drawn] == game.captions.lines() != []
        found += problems(sound, drawn)
    assert found == []
