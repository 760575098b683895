"""Save files: round trip mid-chapter, crash safety, every kind of bad save, migration, rotation."""

import json
import os
import shutil

import pygame
import pytest

from conftest import fixture_map
from game import saves as saves_mod
from game import settings as settings_mod
from game.saves import AUTO_SLOTS, SaveError, SaveManager, check
from game.story.yarn import YarnProgram

NODES = """
title: Guard_Talk
---
Guard: Evening. #line:g1
===
"""


@pytest.fixture
def game(app):
    """A game in progress in the middle of a chapter on the test room."""
    app._program = YarnProgram.from_source(NODES, "test.yarn")
    app.start_map(fixture_map("room_a"))
    story = app.story
    story.chapter, story.chapter_title, story.objective = "2", "House Call", "Find the outfit."
    story.record_beat(5)
    story.give("outfit")
    story.variables["$jimmy_mood"] = 3
    story.seen_lines.add("line:g1")
    return app


def frames_bytes(driver, n, action="right"):
    out = []
    for _ in range(n):
        driver.app.input.hold(action, 1)
        driver.step(1)
        out.append(pygame.image.tobytes(driver.frame(), "RGB"))  # the exact pixels
    return out


def moment(driver):
    state = driver.state()
    state.pop("frames")
    explore = driver.app.explore()
    state["actors"] = {n: (a.x, a.y, a.facing, a.visible, a.anim_override) for n, a in explore.world.actors.items()}
    state["rng"] = driver.app.story.rng.getstate()  # the random stream continues where it was
    return state


def test_round_trip_mid_chapter_restores_state_and_next_frames(game, driver):
    driver.hold("right", 12)
    driver.hold("down", 6)
    driver.step(3)  # stand still: the walk cycle restarts from its first frame
    guard = game.explore().world.actors["guard"]
    guard.x, guard.y, guard.facing, guard.anim_override = 150.0, 60.0, "up", "fallen"  # moved by a cutscene
    guard.visible = False
    assert game.saves.save("slot_1") == ""
    before = moment(driver)
    reference = frames_bytes(driver, 30)  # what the player saw right after saving
    assert game.saves.load("slot_1") == ""
    assert moment(driver) == before
    assert frames_bytes(driver, 30) == reference
    # wander off and change the story, then come back
    driver.hold("up", 20)
    game.story.record_beat(6)
    game.story.give("stash_box")
    game.story.variables["$jimmy_mood"] = 0
    assert game.saves.load("slot_1") == ""
    assert moment(driver) == before
    assert game.explore().world.actors["guard"].anim_override == "fallen"
    assert frames_bytes(driver, 30) == reference


def test_save_holds_everything_the_slot_list_shows(game):
    game.story.play_ticks = 60 * 61
    game.saves.save("slot_2")
    info = game.saves.read("slot_2")
    assert info.ok
    d = info.data
    assert d["version"] == saves_mod.FORMAT_VERSION
    assert d["chapter_title"] == "House Call" and d["character"] == "margaret"
    assert d["map"] == "room_a" and d["map_path"].endswith("room_a.tmx")  # not a shipped map: path kept
    assert d["place"] == game.explore().level.title
    assert set(d["actors"]) == {"guard"}
    assert d["story"]["seen_lines"] == ["line:g1"]
    assert info.summary()[3] == "Played 0:01:01"
    thumb = info.thumbnail()
    assert thumb is not None and thumb.get_size() == (96, 54)
    text = info.path.read_text()
    assert "pickle" not in text and json.loads(text)["story"]["beats"] == [5]


def test_saving_is_refused_during_dialogue(game, driver):
    game.start_dialogue("Guard_Talk")
    driver.step(1)
    assert "conversation" in game.saves.save("slot_1")
    assert not game.saves.read("slot_1").exists


# -- crashes ------------------------------------------------------------------------------------
class Crash(OSError):
    pass


class CrashAt:
    """Counts the system calls of a file write (open, write, fsync, rename) and fails at call k.
    A failing write first writes half of its bytes, as a power cut part way through would."""

    def __init__(self, k):
        self.k, self.n = k, 0
        self.replaces = []  # the call number of each rename

    def step(self, what):
        self.n += 1
        if what == "replace":
            self.replaces.append(self.n)
        if self.n == self.k:
            raise Crash(f"simulated crash at step {self.k} ({what})")

    def install(self, monkeypatch):
        real_open, real_write, real_replace, real_fsync = os.open, os.write, os.replace, os.fsync
        crash = self

        def write(fd, data):
            if crash.n + 1 == crash.k:
                real_write(fd, bytes(data[: len(data) // 2]))
            crash.step("write")
            return real_write(fd, data)

        monkeypatch.setattr(os, "open", lambda *a, **kw: (crash.step("open"), real_open(*a, **kw))[1])
        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(os, "replace", lambda *a: (crash.step("replace"), real_replace(*a))[1])
        monkeypatch.setattr(os, "fsync", lambda fd: (crash.step("fsync"), real_fsync(fd))[1])


def test_a_crash_at_any_step_of_a_write_leaves_the_old_or_the_new_save(game, monkeypatch):
    saves = game.saves
    assert saves.save("slot_1") == ""
    old = saves.read("slot_1").data
    game.story.give("photo")
    counting = CrashAt(0)
    with monkeypatch.context() as m:
        counting.install(m)
        assert saves.save("slot_1") == ""
    steps = counting.n
    # open, write, fsync the new file; the same for the backup, its rename and the folder's fsync;
    # the rename of the save and the folder's fsync
    assert steps == 12
    last_rename = counting.replaces[-1]
    old_text = saves.path("slot_1").read_text()
    old_inventory = json.loads(old_text)["story"]["inventories"]["margaret"]
    assert old_inventory != old["story"]["inventories"]["margaret"]
    for k in range(1, steps + 1):
        saves.path("slot_1").write_text(old_text)
        game.story.give(f"item_{k}")
        new_inventory = list(game.story.inventory)
        crash = CrashAt(k)
        with monkeypatch.context() as m:
            crash.install(m)
            problem = saves.save("slot_1")
        assert problem.startswith("Could not save"), k
        info = saves.read("slot_1")
        assert info.ok, (k, info.error)
        inventory = info.data["story"]["inventories"]["margaret"]
        # until the rename the old save stands; after it, the new one (the folder's fsync failed:
        # the player is told, as the new name may not survive a power cut)
        assert inventory == (old_inventory if k <= last_rename else new_inventory), k
        assert not list(saves.folder.glob("*.tmp")), k  # a failed write leaves nothing behind
    # and after all those crashes a normal save still works and keeps a backup
    assert saves.save("slot_1") == ""
    assert saves.read("slot_1").ok and saves.backup("slot_1").ok


# -- bad saves ----------------------------------------------------------------------------------
def corrupt_text(text):
    return text[: len(text) // 2]


def spoil(**changes):
    def apply(text):
        data = json.loads(text)
        for path, value in changes.items():
            keys = path.split("__")
            target = data
            for key in keys[:-1]:
                target = target[key]
            if value is DELETE:
                del target[keys[-1]]
            else:
                target[keys[-1]] = value
        return json.dumps(data)
    return apply


DELETE = object()

BAD = {
    "truncated": (corrupt_text, "truncated"),
    "garbage text": (lambda t: "this is not a save at all {{{", "garbage"),
    "empty file": (lambda t: "", "truncated"),
    "json but a list": (lambda t: "[1, 2, 3]", "not a save"),
    "wrong type: position": (spoil(player__x="ten"), "wrong type"),
    "wrong type: facing": (spoil(player__facing=7), "facing"),
    "wrong type: beats": (spoil(story__beats="five"), "story.beats has the wrong type"),
    "wrong type: story": (spoil(story=[]), "wrong type"),
    "wrong type: actor": (spoil(actors__guard__x=None), "actor 'guard'"),
    "wrong type: play time": (spoil(play_ticks="long"), "wrong type"),
    "missing: player": (spoil(player=DELETE), "missing player"),
    "missing: story": (spoil(story=DELETE), "missing story"),
    "missing: story field": (spoil(story__beats=DELETE), "missing story.beats"),
    "newer version": (spoil(version=99), "newer version"),
    "bad version": (spoil(version="one"), "version"),
    "map not the game's": (spoil(map="nowhere", map_path=DELETE), "map 'nowhere' is not one of the game's maps"),
    "map a path": (spoil(map="../../../../etc/passwd", map_path=DELETE), "is not one of the game's maps"),
    "map_path elsewhere": (spoil(map_path="/etc/passwd"), "map 'room_a' is not one of the game's maps"),
    "node gone": (spoil(node="Deleted_Node"), "node 'Deleted_Node' no longer exists"),
    "inside a wall": (spoil(player__x=8.0, player__y=100.0), "inside a wall"),
    "far off the map": (spoil(player__x=-90000, player__y=-90000), "off the map"),
    "beat 31": (spoil(story__beats=[5, 31]), "beats 1-30"),
    "beat 0": (spoil(story__beats=[0]), "beats 1-30"),
    "beat true": (spoil(story__beats=[True]), "beats 1-30"),
    "unknown player": (spoil(story__player="nobody", character="nobody"), "player 'nobody' is not one of"),
    "character not the player": (spoil(character="jimmy"), "character 'jimmy'"),
    "unknown chapter": (spoil(story__chapter="99"), "chapter '99' is not one of the game's chapters"),
    "NaN variable": (spoil(story__variables__x=float("nan")), "a number in it is NaN"),
    "infinite variable": (spoil(story__variables__x=float("inf")), "a number in it is Infinity"),
    "overflowing number": (lambda t: t.replace('"ticks":', '"ticks":1e999,"x":', 1), "too big"),
    "4,301-digit number": (lambda t: t.replace('"play_ticks":', '"play_ticks":' + "9" * 4301 + ',"x":', 1),
                           "too many digits"),
    "garbage date": (spoil(date="yesterday, more or less"), "date is not a date"),
    "date with a zone": (spoil(date="2026-11-23T22:07:52+01:00"), "date is not a date"),
    "long chapter title": (spoil(chapter_title="X" * 2000), "chapter_title is far too long"),
    "long place": (spoil(place="X" * 2000), "place is far too long"),
    "random state": (spoil(story__rng=[3, [1] * 10, None]), "story.rng has the wrong type"),
    "inventory not a list": (spoil(story__inventories__margaret="outfit"), "margaret's inventory has the wrong type"),
    "inventory of nobody": (spoil(story__inventories__nobody=["outfit"]), "'nobody', who is not one of the game's"),
    "nesting bomb": (lambda t: "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "huge thumbnail text": (spoil(thumbnail="A" * 200_000), "far too long"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_each_kind_of_bad_save_is_shown_damaged_and_never_loaded_or_overwritten(game, driver, kind):
    make, reason = BAD[kind]
    saves = game.saves
    saves.save("slot_3")
    path = saves.path("slot_3")
    path.write_text(make(path.read_text()))
    bad_bytes = path.read_bytes()
    info = saves.read("slot_3")
    assert info.damaged and reason in info.error, info.error
    assert info.summary()[0] == "Damaged"
    # loading refuses and leaves the game as it is
    before = driver.state()
    assert "damaged" in saves.load("slot_3")
    assert driver.state() == before
    # the slot list shows it, draws it, and does not offer it to Continue
    from game.scenes.saveload import SaveLoadScene
    game.director.push(SaveLoadScene(game, "load"))
    assert game.director.top.describe()["slots"]["slot_3"].startswith("damaged")
    driver.frame()
    assert saves.latest() is None or saves.latest().slot != "slot_3"
    # saving over it needs the player's say-so
    assert "damaged" in saves.save("slot_3")
    assert path.read_bytes() == bad_bytes
    # and it can be deleted
    saves.delete("slot_3")
    assert not saves.read("slot_3").exists


def test_overwriting_a_damaged_slot_keeps_it_aside_and_the_backup_good(game):
    saves = game.saves
    saves.save("slot_1")
    saves.save("slot_1")  # the first is now the backup
    good_backup = saves.path("slot_1").with_name("slot_1.json.bak").read_bytes()
    saves.path("slot_1").write_text("{broken")
    assert saves.save("slot_1", overwrite_damaged=True) == ""
    assert saves.read("slot_1").ok
    assert saves.path("slot_1").with_name("slot_1.json.damaged").read_text() == "{broken"
    assert saves.path("slot_1").with_name("slot_1.json.bak").read_bytes() == good_backup


def test_garbage_bytes_and_huge_files_are_damaged(game):
    saves = game.saves
    saves.folder.mkdir(parents=True, exist_ok=True)
    saves.path("slot_1").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00garbage")
    assert saves.read("slot_1").error == "garbage (not text)"
    saves.path("slot_2").write_text("[" * 100_000)
    assert saves.read("slot_2").error == "garbage (nested too deeply)"
    saves.path("slot_4").write_bytes(b" " * (saves_mod.MAX_BYTES + 1))
    assert saves.read("slot_4").error == "file is far too big"


def test_damaged_slot_can_be_restored_from_its_backup(game):
    saves = game.saves
    saves.save("slot_1")
    saves.save("slot_1")  # the first is now the backup
    saves.path("slot_1").write_text("{broken")
    assert saves.read("slot_1").damaged and saves.backup("slot_1").ok
    assert saves.restore_backup("slot_1")
    assert saves.read("slot_1").ok
    assert saves.path("slot_1").with_name("slot_1.json.damaged").read_text() == "{broken"


def test_failed_load_of_a_vanished_map_keeps_the_game(game, driver, tmp_path):
    room = tmp_path / "maps"
    shutil.copytree(fixture_map("room_a").rsplit("/", 1)[0], room)
    game.start_map(str(room / "room_a.tmx"))
    game.saves.save("slot_1")
    (room / "room_a.tmx").unlink()
    info = game.saves.read("slot_1")
    assert info.damaged and "no longer exists" in info.error


# -- migration ----------------------------------------------------------------------------------
def test_version_0_saves_are_upgraded_by_explicit_migration(game, driver):
    saves = game.saves
    saves.save("slot_1")
    data = json.loads(saves.path("slot_1").read_text())
    v0 = dict(data)
    v0["version"] = 0
    v0["pos"] = [120.0, 100.0]
    del v0["player"], v0["actors"]
    upgraded, _ = check(json.loads(json.dumps(v0)))
    assert upgraded["version"] == saves_mod.FORMAT_VERSION
    assert upgraded["player"] == {"x": 120.0, "y": 100.0, "facing": "down"}
    assert upgraded["actors"] == {}
    saves.path("slot_1").write_text(json.dumps(v0))
    assert saves.load("slot_1") == ""
    d = game.explore().describe()
    assert (d["x"], d["y"], d["facing"]) == (120.0, 100.0, "down")
    with pytest.raises(SaveError):
        check({"version": 0, "pos": "nowhere"})


def test_version_1_saves_share_out_the_one_inventory(game, driver):
    """Format 1 kept one inventory for everyone played: Johann's things go to him, the rest to Margaret."""
    saves = game.saves
    saves.save("slot_1")
    v1 = json.loads(saves.path("slot_1").read_text())
    v1["version"] = 1
    del v1["story"]["inventories"]
    v1["story"]["inventory"] = ["keys", "notebook", "outfit", "dollars"]
    upgraded, story = check(json.loads(json.dumps(v1)))
    assert upgraded["version"] == saves_mod.FORMAT_VERSION
    assert story.inventories == {"margaret": ["keys", "outfit"], "johann": ["notebook", "dollars"]}
    saves.path("slot_1").write_text(json.dumps(v1))
    assert saves.load("slot_1") == ""
    assert game.story.player == "margaret" and game.story.inventory == ["keys", "outfit"]
    with pytest.raises(SaveError, match="inventory has the wrong type"):
        check({**v1, "story": {**v1["story"], "inventory": "keys"}})


def test_seen_lines_of_saves_made_before_the_lines_had_ids_still_count(game):
    """Saves from before `lines tag` remember lines by a hash of file, node and text; loading
    gives them the lines' ids, also for a node that was then a chapter variant (Ch2_...)."""
    [line] = [s for n in game.dialogue_program()._all_nodes for s in n.body if hasattr(s, "text_id")]
    game.story.seen_lines = {line.text_id(), "auto:000000000000"}
    game.story.chosen_options = {line.text_id("Ch2_Guard_Talk")}
    game.saves.save("slot_1")
    assert game.saves.load("slot_1") == ""
    assert game.story.seen_lines == {"line:g1", "auto:000000000000"}  # one it cannot place is kept
    assert game.story.chosen_options == {"line:g1"}
    # and a typo fixed in the line keeps its id, so it stays seen
    game._program = YarnProgram.from_source(NODES.replace("Evening.", "Evenin'."), "test.yarn")
    [line] = [s for n in game.dialogue_program()._all_nodes for s in n.body if hasattr(s, "text_id")]
    assert line.line_id in game.story.seen_lines


def test_every_version_below_the_current_has_a_migration():
    assert sorted(saves_mod.MIGRATIONS) == list(range(saves_mod.FORMAT_VERSION))


# -- automatic saves ----------------------------------------------------------------------------
def test_autosaves_rotate_and_never_touch_manual_or_damaged_slots(game):
    saves = game.saves
    saves.save("slot_1")
    manual = saves.path("slot_1").read_bytes()
    written = []
    for i in range(5):
        game.story.variables["$n"] = i
        assert game.saves.autosave() == ""
        written.append({s: saves.read(s).data["story"]["variables"].get("$n") for s in AUTO_SLOTS
                        if saves.read(s).ok})
    assert written[2] == {"auto_1": 0, "auto_2": 1, "auto_3": 2}
    assert written[3] == {"auto_1": 3, "auto_2": 1, "auto_3": 2}  # the oldest goes
    assert written[4] == {"auto_1": 3, "auto_2": 4, "auto_3": 2}
    assert saves.path("slot_1").read_bytes() == manual
    saves.path("auto_3").write_text("{")
    game.saves.autosave()
    assert saves.path("auto_3").read_text() == "{"


def test_a_new_chapter_autosaves_once_control_returns_and_is_remembered(game, driver):
    driver.step(2)
    assert game.saves.read("auto_1").ok  # chapter 2 started (set by the fixture)
    game.story.chapter = "3"
    game.start_dialogue("Guard_Talk")
    driver.step(5)
    assert not game.saves.read("auto_2").exists  # not in the middle of a conversation
    driver.advance()
    driver.step(2)
    assert game.saves.read("auto_2").ok
    assert game.saves.reached_chapters() == ["2", "3"]


def test_saves_go_to_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("LIQUID_SKY_DATA_DIR", str(tmp_path / "elsewhere"))
    assert SaveManager().folder == tmp_path / "elsewhere" / "saves"
    monkeypatch.delenv("LIQUID_SKY_DATA_DIR")
    from platformdirs import user_data_dir
    assert SaveManager().folder == saves_mod.Path(user_data_dir("liquid-sky", appauthor=False)) / "saves"


def test_loading_a_save_is_not_a_chapter_start(game, driver):
    driver.step(2)
    game.saves.save("slot_1")
    assert [game.saves.read(s).exists for s in AUTO_SLOTS] == [True, False, False]
    game.story.chapter = "5"
    assert game.saves.load("slot_1") == ""
    driver.step(5)
    assert [game.saves.read(s).exists for s in AUTO_SLOTS] == [True, False, False]


def test_randomly_spoiled_saves_never_raise(game):
    """Seeded fuzzing: any value anywhere replaced or removed is either loadable or damaged."""
    import copy
    import random
    saves = game.saves
    saves.save("slot_1")
    base = json.loads(saves.path("slot_1").read_text())
    paths = []

    def walk(obj, path):
        paths.append(path)
        items = obj.items() if isinstance(obj, dict) else enumerate(obj) if isinstance(obj, list) and len(obj) < 5 else ()
        for key, value in items:
            walk(value, path + [key])

    walk(base, [])
    values = [None, True, 0, -1, 1e308, 3.5, "", "x", [], {}, [1, 2], {"a": 1}]
    rng = random.Random(7)
    outcomes = set()
    for _ in range(150):
        data = copy.deepcopy(base)
        for _ in range(rng.randint(1, 3)):
            *parents, last = rng.choice(paths[1:])
            target = data
            try:
                for key in parents:
                    target = target[key]
                if rng.random() < 0.3 and isinstance(target, dict):
                    target.pop(last, None)
                else:
                    target[last] = copy.deepcopy(rng.choice(values))
            except (KeyError, IndexError, TypeError):
                pass
        saves.path("slot_2").write_text(json.dumps(data))
        info = saves.read("slot_2")
        outcomes.add(info.ok)
        info.summary()
        if info.ok:
            info.thumbnail()
            saves.load("slot_2")
            game.draw()
    assert outcomes == {True, False}


def test_a_new_game_in_the_same_chapter_still_autosaves_at_its_start(game, driver):
    from game.story.state import StoryState
    driver.step(2)
    assert game.saves.read("auto_1").ok
    game.story = StoryState()  # what New game does
    game.start_map(fixture_map("room_a"))
    game.story.chapter = "2"
    driver.step(2)
    assert game.saves.read("auto_2").ok


def test_a_deleted_slot_keeps_its_backup(game):
    saves = game.saves
    saves.save("slot_1")
    game.story.give("photo")
    saves.save("slot_1")
    saves.delete("slot_1")
    assert not saves.read("slot_1").exists
    assert saves.backup("slot_1").ok
    assert saves.restore_backup("slot_1")
    assert saves.read("slot_1").data["story"]["inventories"] == {"margaret": ["outfit"]}


def test_an_explicit_chapter_start_autosave_is_not_doubled(game, driver):
    driver.step(2)
    game.story.chapter = "3"
    assert game.saves.autosave() == ""  # the story code's own call at the chapter start
    driver.step(3)
    assert [game.saves.read(s).exists for s in AUTO_SLOTS] == [True, True, False]


def test_people_placed_by_a_script_and_what_they_say_survive_a_save(app, driver):
    from conftest import fixture_map
    from game.stage.context import Stage
    app.start_map(fixture_map("room_a"))
    cut = Stage(app)
    cut.run("place jimmy centre")
    cut.run("talk jimmy Jimmy_Talk")
    cut.run("prop crystal centre")
    assert app.saves.save("slot_2") == ""
    app.start_map(fixture_map("room_a"))
    assert app.explore().world.actor("jimmy") is None
    assert app.saves.load("slot_2") == ""
    jimmy = app.explore().world.actor("jimmy")
    marker = app.explore().world.marker("centre")
    assert jimmy is not None and jimmy.node == "Jimmy_Talk" and (jimmy.x, jimmy.y) == (marker.x, marker.y)
    assert "crystal" in app.explore().props


def test_an_autosave_asked_for_in_a_cutscene_happens_when_it_ends(app, driver):
    from conftest import fixture_map
    from game.story.yarn import YarnProgram
    app._program = YarnProgram.from_source("title: A\n---\n<<autosave>>\nGuard: Done. #line:a1\n===\n", "a.yarn")
    app.start_map(fixture_map("room_a"))
    app.start_dialogue("A")
    driver.step(2)
    assert not app.saves.read("auto_1").exists  # not in the middle of the talk
    driver.advance()
    driver.step(2)
    assert app.saves.read("auto_1").exists or app.saves.read("auto_2").exists or app.saves.read("auto_3").exists


# -- files a hostile world may hold -----------------------------------------------------------
def test_a_save_with_a_byte_order_mark_is_read(game):
    saves = game.saves
    saves.save("slot_1")
    path = saves.path("slot_1")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # as Windows Notepad saves it
    assert saves.read("slot_1").ok
    assert saves.load("slot_1") == ""


def png_header(width, height):
    """The first bytes of a PNG claiming this size: all a thumbnail check may read."""
    return (b"\x89PNG\r\n\x1a\n" + (13).to_bytes(4, "big") + b"IHDR" + width.to_bytes(4, "big")
            + height.to_bytes(4, "big") + b"\x01\x00\x00\x00\x00" + b"\x00" * 40)


def test_a_thumbnail_of_another_size_is_never_decoded(game, monkeypatch):
    import base64
    saves = game.saves
    saves.save("slot_1")
    good = saves.read("slot_1").data["thumbnail"]
    assert saves_mod.thumb_size(good) == saves_mod.THUMB_SIZE
    decoded = []
    real_load = pygame.image.load
    monkeypatch.setattr(pygame.image, "load", lambda *a: (decoded.append(a), real_load(*a))[1])
    for width, height in ((30000, 30000), (60000, 60000), (96, 55)):
        saves.path("slot_1").write_text(spoil(thumbnail=base64.b64encode(png_header(width, height)).decode())(
            saves.path("slot_1").read_text()))
        info = saves.read("slot_1")
        assert info.ok  # the save itself is fine: only its picture is not shown
        assert info.thumbnail() is None
    saves.path("slot_1").write_text(spoil(thumbnail="not base64 at all!")(saves.path("slot_1").read_text()))
    assert saves.read("slot_1").thumbnail() is None
    assert decoded == []


def test_the_title_opens_whatever_the_saves_hold(game, driver):
    from game.scenes.title import TitleScene
    saves = game.saves
    saves.save("slot_1")
    text = saves.path("slot_1").read_text()
    saves.path("slot_1").write_text(text.replace('"play_ticks":', '"play_ticks":' + "9" * 5000 + ',"x":', 1))
    saves.path("quick").write_text("[" * 100_000)
    saves.path("slot_2").write_bytes(b"\xff\xfe garbage")
    saves.path("auto_1").write_text(spoil(player__x=-90000, player__y=-90000)(text))
    title = TitleScene(game)
    game.director.reset_to(title)
    driver.step(2)
    assert title.latest is None  # nothing usable: Continue is off, the title is up
    assert "Continue" not in title.describe()["items"]
    driver.frame()


def test_a_save_inside_a_wall_is_never_loaded_nor_saved_over(game, driver):
    saves = game.saves
    saves.save("quick")
    good = saves.path("quick").read_bytes()
    saves.path("slot_1").write_text(spoil(player__x=8.0, player__y=100.0)(good.decode()))
    assert "inside a wall" in saves.load("slot_1")
    assert game.explore().world.player.x != 8.0
    assert saves.path("quick").read_bytes() == good


def test_wrapping_is_linear_in_the_length_and_done_once_per_text(monkeypatch):
    """Counts the characters measured: an over-long word is measured a bounded number of times
    per character (it was cubic), and the same text at the same width is not measured again."""
    from game.ui.text import PixelFont
    small = PixelFont("small")
    counted = []
    real = PixelFont.advance
    monkeypatch.setattr(PixelFont, "advance", lambda self, ch: (counted.append(ch), real(self, ch))[1])
    for n in (2_000, 20_000):
        counted.clear()
        word = "W" * n
        lines = small.wrap(word, 200)
        assert "".join(lines) == word and all(small.width(line) <= 200 for line in lines)
        measured = len(counted) - 2 * n  # the width checks above measure every character twice
        assert measured <= 2 * n + 1, (n, measured)
        counted.clear()
        assert small.wrap(word, 200) == lines and counted == []  # remembered
    counted.clear()
    sentence = " ".join(["fashion"] * 3000)
    small.wrap(sentence, 180)
    assert len(counted) <= 2 * len(sentence)


def test_the_load_screen_draws_long_names_without_wrapping_each_frame(game, driver, monkeypatch):
    from game.scenes.saveload import SaveLoadScene
    from game.ui.text import PixelFont
    saves = game.saves
    saves.save("slot_1")
    saves.path("slot_2").write_text(spoil(place="Z" * 2000)(saves.path("slot_1").read_text()))
    game.director.push(SaveLoadScene(game, "load"))
    driver.step(1)
    counted = []
    real = PixelFont._wrap
    monkeypatch.setattr(PixelFont, "_wrap", lambda self, *a: (counted.append(a), real(self, *a))[1])
    for _slot in range(12):
        driver.frame()
        before = len(counted)
        for _ in range(30):
            driver.frame()
        assert len(counted) == before  # nothing wrapped again while the same slot is shown
        driver.press("down")


# -- failures the player is told about ----------------------------------------------------------
class TinyDisk:
    """A file system of `capacity` bytes: writes past it fail with the real ENOSPC, as a full
    disk's do. (Mounting a real tiny file system needs privileges a test cannot count on.)"""

    def __init__(self, capacity):
        self.free = capacity

    def install(self, monkeypatch):
        import errno
        real_write = os.write

        def write(fd, data):
            if len(data) > self.free:
                written = real_write(fd, bytes(data[: self.free])) if self.free else 0
                self.free = 0
                if not written:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                return written
            self.free -= len(data)
            return real_write(fd, data)

        monkeypatch.setattr(os, "write", write)


def test_a_full_disk_is_told_for_every_kind_of_save(game, driver, monkeypatch):
    from game.story.yarn import YarnProgram
    saves = game.saves
    saves.save("slot_1")
    kept = {p.name: p.read_bytes() for p in saves.folder.iterdir()}
    TinyDisk(2_000).install(monkeypatch)  # room for less than one save
    # the chapter-start autosave
    driver.step(2)
    assert game.message == f"Autosave failed: the disk is full: {saves.folder}"
    # F5
    game.input.press("quicksave")
    driver.step(1)
    assert game.message == f"Could not save: the disk is full: {saves.folder}"
    # a slot from the save screen
    assert saves.save("slot_2") == f"Could not save: the disk is full: {saves.folder}"
    # <<autosave>> in a conversation: done, and failing, when it ends
    game._program = YarnProgram.from_source("title: A\n---\n<<autosave>>\nGuard: Done. #line:a1\n===\n", "a.yarn")
    game.message = ""
    game.start_dialogue("A")
    driver.step(2)
    driver.advance()
    driver.step(2)
    assert game.message.startswith("Autosave failed: the disk is full")
    # quitting to the title autosaves too
    game.message = ""
    game.open_pause()
    game.director.top.quit_to_title()
    assert "the disk is full" in game.message
    # the settings
    game.save_settings()
    assert game.message == f"Settings could not be saved: the disk is full: {settings_mod.config_dir()}"
    # nothing lost, nothing half-written left behind
    assert {p.name: p.read_bytes() for p in saves.folder.iterdir()} == kept
    assert saves.read("slot_1").ok


def test_a_read_only_folder_and_damaged_autosaves_are_told(game, driver, monkeypatch):
    import errno
    saves = game.saves
    saves.save("slot_1")
    real_open = os.open

    def read_only(path, flags, *a, **kw):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *a, **kw)

    with monkeypatch.context() as m:
        m.setattr(os, "open", read_only)
        assert saves.save("slot_1") == f"Could not save: the saves folder is read-only: {saves.folder}"
    for slot in AUTO_SLOTS:
        saves.path(slot).write_text("{")
    driver.step(2)  # the chapter start
    assert game.message.startswith("Autosave skipped: every autosave slot is damaged")


def test_a_file_where_the_saves_folder_should_be_is_named(game, driver):
    saves = game.saves
    saves.folder.parent.mkdir(parents=True, exist_ok=True)
    saves.folder.write_text("not a folder")
    assert [saves.read(s).exists for s in saves_mod.ALL_SLOTS] == [False] * len(saves_mod.ALL_SLOTS)
    driver.step(1)  # the chapter start
    assert game.message == f"Autosave failed: the saves folder is a file: {saves.folder}"
    game.input.press("quicksave")
    driver.step(1)
    assert game.message == f"Could not save: the saves folder is a file: {saves.folder}"
    assert saves.save("slot_1") == f"Could not save: the saves folder is a file: {saves.folder}"
    # and the same for the settings, at start and on saving them
    config = settings_mod.config_dir()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("not a folder either")
    problems = []
    assert settings_mod.load(problems=problems) == settings_mod.DEFAULTS
    assert [str(p) for p in problems] == [f"settings.json: cannot be read: the settings folder is a file: {config}"]
    game.save_settings()
    assert game.message == f"Settings could not be saved: the settings folder is a file: {config}"


def test_leftover_temporary_files_are_removed_on_start(tmp_path):
    from game.app import App
    from game.settings import config_dir
    saves = SaveManager()
    saves.folder.mkdir(parents=True)
    config_dir().mkdir(parents=True)
    leftovers = [saves.folder / "slot_1.json.tmp", saves.folder / "quick.json.bak.tmp",
                 saves.folder.parent / "progress.json.tmp", config_dir() / "settings.json.tmp"]
    for path in leftovers:
        path.write_text("half a fil")
    (saves.folder / "slot_1.json").write_text("kept")
    app = App(headless=True)
    try:
        assert not any(p.exists() for p in leftovers)
        assert (saves.folder / "slot_1.json").read_text() == "kept"
    finally:
        app.director.clear()
