"""The overlay over play (objective line, corner buttons, name tags, the interaction prompt,
captions, the notice), the dialogue box and its quick menu, and the telescope's hint, buttons and
readouts, at each text size, with and without high contrast, in English and the pseudo-language:
nothing overlaps, nothing leaves the 480x270 canvas."""

import copy
import itertools

import pygame
import pytest

from conftest import fixture_map
from game.app import CANVAS
from game.driver import Driver
from game.palette import colour
from game.scenes.dialogue import BOX, QUICK_MENU, TEXT_X_WITH_PORTRAIT, go_on_marks
from game.story.yarn import YarnProgram
from game.ui.captions import caption_boxes
from game.ui.hud import corner_buttons
from game.ui.strings import tr
from game.ui.text import PixelFont, text_scale, ui_colour, ui_font

# the game's longest objective, and three of the longest captions
OBJECTIVE = "Look through the telescope by the window (north-west of the table): keep the craft in the lens to log it"
SOUNDS = ("ufo_land", "ufo_takeoff", "record_scratch")
LOOKS = [(size, contrast, language) for size in ("normal", "large") for contrast in (False, True)
         for language in ("en", "qps")]


@pytest.fixture(params=LOOKS, ids=lambda look: "-".join(str(part) for part in look))
def look(app, request):
    from game.settings import DEFAULTS
    size, contrast, language = request.param
    app.settings = {**copy.deepcopy(DEFAULTS), "text_size": size, "high_contrast": contrast,
                    "language": language, "captions": True}
    app.apply_language()
    yield app, size, contrast
    app.settings["language"] = "en"
    app.apply_language()


def apart(rects) -> None:
    """Each inside the canvas, none over another."""
    for rect in rects:
        assert pygame.Rect((0, 0), CANVAS).contains(rect), rect
    for a, b in itertools.combinations(rects, 2):
        assert not a.colliderect(b), (a, b)


def captions_clear(app, room_for_all: bool = True) -> list:
    """What the scenes draw over play (see Scene.covers), and the captions, each clear of that;
    all three of them, or the newest at least."""
    for name in SOUNDS:
        app.sfx(name)
    frame = app.draw()
    covered = [rect for scene in app.director.shown() for rect in scene.covers()]
    notice = [box for _rows, box in app.notice(covered)]
    captions = [box for _rows, box in caption_boxes(app.canvas.get_rect(), app.captions.lines(), covered + notice)]
    assert len(captions) == len(SOUNDS) if room_for_all else captions
    apart(captions + notice)
    assert not any(c.colliderect(r) for c in captions + notice for r in covered)
    return frame, covered


@pytest.mark.parametrize("hints", [True, False])
def test_the_overlay_over_play_fits_and_nothing_overlaps(look, hints):
    app, size, contrast = look
    driver = Driver(app)
    app.start_map("club", "entrance")
    app.story.objective = OBJECTIVE
    if not hints:  # the player at the bouncer, facing him: his name with the interact prompt
        driver.walkto(*app.explore().world.actor("bouncer").tile(16))
    driver.step(2)
    if hints:
        app.input.hold("hints", 5)
        driver.step(1)
    frame, covered = captions_clear(app)
    apart(covered)
    buttons, objective, tags = covered[:4], covered[4], covered[5:]
    assert len(tags) == (8 if hints else 1)  # two doors, the bouncer, three guests, the rope, the taxi
    assert all(b.h == (14 if size == "normal" else 23) for b in buttons)  # in the text size
    rows, _rect = app.explore().objective_line.layout(480)
    assert objective.h == len(rows) * ui_font("small").line_height + 6
    assert all(ui_font("small").width(row) <= objective.w - 14 for row in rows)
    # high contrast: the objective's panel solid black, not see-through
    assert (frame.get_at((objective.x + 4, objective.bottom - 1))[:3] == colour("black")) == contrast


@pytest.mark.parametrize("hints", [True, False])
def test_the_notice_keeps_clear_of_the_corner_buttons_and_the_overlay(look, hints):
    """A long problem (hints held) or news over play: in the text size and contrast, clear of the
    corner buttons, the objective line, the name tags and the captions."""
    app, size, contrast = look
    driver = Driver(app)
    app.start_map("club", "entrance")
    app.story.objective = OBJECTIVE
    driver.step(2)
    if hints:
        app.input.hold("hints", 5)
        driver.step(1)
    problem = hints
    app.notify(tr("notice.dialogue_broken", "assets/dialogue/chapter_04.yarn:212: <<telescope 23:55"
                  " margaret@window_living>>: there is no marker window_living on the facade map"), problem=problem)
    frame, covered = captions_clear(app)  # the captions and the notice clear of the overlay and each other
    (rows, box), = app.notice(covered)
    assert len(covered) > (5 if hints else 4) and covered[:4] == [r for _a, _t, r in corner_buttons(480)]
    assert box.h == len(rows) * ui_font("small").line_height + 4 and len(rows) > 1
    assert all(ui_font("small").width(row) <= box.w - 8 for row in rows)
    assert frame.get_at(box.topleft)[:3] == ui_colour("red_dark" if problem else "plum")
    assert (frame.get_at(box.topleft)[:3] == colour("black")) == (contrast and not problem)
    for action, _text, rect in corner_buttons(480):  # not drawn over
        assert frame.get_at(rect.topleft)[:3] == ui_colour("yellow" if hints and action == "hints" else "grey")


def test_a_change_of_look_shows_in_the_next_frame_and_going_back_shows_the_first_again(app):
    """The overlay's layouts and faces are made once and kept from frame to frame (game/ui/hud.py):
    a change of text size or contrast redraws every piece of it, one of language every piece with
    words that change, and going back gives the very first frame."""
    driver = Driver(app)
    app.start_map("club", "entrance")
    app.story.objective = OBJECTIVE
    driver.walkto(*app.explore().world.actor("bouncer").tile(16))
    driver.step(2)

    def pieces(size="normal", contrast=False, language="en") -> dict:
        """Each piece of the overlay (four buttons, the objective line, the bouncer's tag) and its pixels."""
        app.settings.update(text_size=size, high_contrast=contrast, language=language)
        app.apply_language()
        frame = app.draw()
        return {tuple(rect): pygame.image.tobytes(frame.subsurface(rect), "RGB") for rect in app.explore().covers()}

    first = pieces()
    assert len(first) == 6
    for look in ({"size": "large"}, {"contrast": True}):
        assert not set(pieces(**look).items()) & set(first.items())
    translated = pieces(language="qps")
    assert len([rect for rect, pixels in translated.items() if first.get(rect) != pixels]) >= 3  # II, objective, tag
    assert pieces() == first


@pytest.mark.parametrize("tracking", [False, True])
def test_the_telescope_hint_buttons_and_readouts_fit(look, tracking):
    """Looking (Note and Look away) or tracking the craft (the clock and the sightings logged too):
    the hint line in the text size, the buttons above it, captions clear of them all."""
    from game.pieces.telescope import SightingView, TelescopeView
    app, size, contrast = look
    app.start_map("street")
    if tracking:
        app.story.variables["$clock"] = "23:50"
        app.director.push(SightingView(app, 23 * 60 + 58))
    else:
        app.director.push(TelescopeView(app, "window_living"))
    Driver(app).step(2)
    scope = app.director.top
    frame, covered = captions_clear(app, room_for_all=False)
    apart(covered)
    rows, hint = scope.hint_box()
    assert len(covered) == (4 if tracking else 3) and hint in covered
    assert hint.h == len(rows) * ui_font("small").line_height + 2  # in the text size
    assert all(ui_font("small").width(row) <= hint.w - 8 for row in rows)
    assert all(rect.bottom < hint.top for _a, _l, rect in scope.buttons())
    if tracking:
        assert [text for text, _rect in scope.readouts()] == ["23:50", tr("telescope.logged", 0)]


# the game's longest speaker's name; and one that leaves no room beside it: the menu goes over it
@pytest.mark.parametrize("name", ["Makeup Artist", "The Man From Across The Street"])
@pytest.mark.parametrize("showing", ["line", "options"])
def test_the_dialogue_box_and_its_quick_menu_fit_with_a_long_name(look, showing, name):
    app, size, contrast = look
    app._program = YarnProgram.from_source(
        f"title: Q\n---\n{name}: Hold still. I am not finished with your eyes, and the light up there is"
        " unkind to anyone who blinks.\n-> Let her finish\n-> Get up and go\n-> Say nothing at all\n===\n", "q.yarn")
    app.start_map(fixture_map("room_a"))
    app.start_dialogue("Q")
    driver = Driver(app)
    if showing == "options":
        driver.advance()
    else:
        driver.step(5)
    frame, _covered = captions_clear(app, room_for_all=name == "Makeup Artist")
    scene = app.director.top
    box, plate, buttons = scene.box(), scene.nameplate(), scene.quick_buttons()
    assert [action for action, _label, _rect in buttons] == list(QUICK_MENU) and plate is not None
    apart([box])
    apart([plate] + [rect for _action, _label, rect in buttons])  # the plate and the buttons side by side
    for action, label, rect in buttons:
        assert ui_font("small").width(label) + 6 == rect.w  # the label fits its button
        assert label != f"quick.{action}"  # from the string table
        assert rect.bottom <= box.y + 9 - 2  # above the first row of text
        assert (rect.bottom < plate.y) == (size == "large" and name != "Makeup Artist")  # beside or over the plate
        assert (frame.get_at((rect.x + 1, rect.bottom - 2))[:3] == colour("black")) == contrast  # solid
    if showing == "options":
        assert not any(r.colliderect(scene.option_rect(k)) for _a, _l, r in buttons for k in range(3))


def drawn_rows(scene, monkeypatch) -> list[pygame.Rect]:
    """Where the box's text rows are drawn, glyph by glyph (a marked-up row is drawn one glyph at
    a time): one rect per row, from the glyphs drawn in the body font below the nameplate."""
    draw, rows = PixelFont.draw, {}

    def record(self, surface, text, pos, col, *args, **kwargs):
        rect = draw(self, surface, text, pos, col, *args, **kwargs)
        if self.size == "body" and text.strip() and rect.y >= BOX.y + 9:
            rows[rect.y] = rows[rect.y].union(rect) if rect.y in rows else rect
        return rect

    monkeypatch.setattr(PixelFont, "draw", record)
    scene.draw(pygame.Surface(CANVAS))
    monkeypatch.setattr(PixelFont, "draw", draw)
    return [rows[y] for y in sorted(rows)]


def test_every_row_of_every_page_keeps_clear_of_the_go_on_icon_and_arrow(look, monkeypatch):
    """A line of several pages, with bold and italic runs: the rows as drawn stay inside the box,
    and the last row of each page is wrapped short of the icon of the key that goes on and the
    arrow (drawn once the page is all shown, in the text size); nothing of the line is lost."""
    app, size, contrast = look
    text = ("I told him the rooftop was no place for a party, [b]that the wind up there takes the words out"
            " of your mouth before anyone hears them, and still he carried the speakers up himself,[/b] one by"
            " one, and set them along the parapet facing the street, [i]as if the street had asked for music.[/i]"
            " [b]Nobody down there looked up once, not even when the first record began.[/b]")
    plain = text.replace("[b]", "").replace("[/b]", "").replace("[i]", "").replace("[/i]", "")
    app._program = YarnProgram.from_source(f"title: Q\n---\nSylvia: {text} #line:q1\n===\n", "q.yarn")
    app._strings = None  # the pseudo-language is made from this script
    app.start_map(fixture_map("room_a"))
    app.start_dialogue("Q")
    Driver(app).step(2)
    scene = app.director.top
    assert (scene.line.text == plain) == (app.settings["language"] == "en")
    assert " ".join(row for page in scene.pages for row in page) == scene.line.text
    assert len(scene.pages) > 1 and {m.name for m in scene.line.markup} == {"b", "i"}
    icon, arrow = marks = list(go_on_marks())  # in the text size
    assert (icon.h, arrow.h) == (16 * text_scale(), 8 * text_scale()) and BOX.contains(icon.union(arrow))
    for number, page in enumerate(scene.pages):
        scene.page = number
        scene.shown = scene._page_len()
        rows = drawn_rows(scene, monkeypatch)
        assert len(rows) == len(page)
        assert all(row.x == TEXT_X_WITH_PORTRAIT and BOX.contains(row) for row in rows), rows
        apart(rows + marks)


def test_at_large_text_the_name_tags_on_every_map_keep_clear_of_each_other_and_the_hud(app):
    """Hints held at every spawn point of every map, in the longer pseudo-language: the busiest
    views (the loft, the observation deck) still find each name a place of its own."""
    from game.paths import asset
    from game.world.tmx import read_map
    app.settings.update(text_size="large", language="qps")
    app.apply_language()
    driver = Driver(app)
    try:
        for path in sorted(asset("maps").glob("*.tmx")):
            for spawn in [o.name for o in read_map(path).objects if o.cls == "spawn"]:
                app.director.clear()
                app.start_map(path.stem, spawn)
                app.story.objective = OBJECTIVE
                driver.step(2)
                app.input.hold("hints", 5)
                driver.step(1)
                app.draw()
                assert len(app.explore().covers()) > 5, (path.stem, spawn)  # some tags at least
                apart(app.explore().covers())
    finally:
        app.settings["language"] = "en"
        app.apply_language()
