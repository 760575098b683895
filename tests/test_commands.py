"""Every cutscene command in the registry, run on a map, and the checks its schema makes, the same
at run time and in `liquid-sky check`."""

from pathlib import Path

import pytest

from conftest import fixture_map
from game.check import run_checks
from game.palette import palette
from game.stage.context import Stage
from game.stage.registry import CommandError, commands
from game.stage.tasks import SceneTask


class Sounds:
    """Stands in for the audio and remembers what was played."""

    def __init__(self) -> None:
        self.played: list[tuple[str, str | None]] = []

    def play_music(self, track, fade_ms=800):
        self.played.append(("music", track))

    def play_sfx(self, name, volume=1.0):
        self.played.append(("sfx", name))

    def set_ambience(self, name):
        pass

    def duck(self, on):
        pass

    def update(self, frames=1):
        pass


@pytest.fixture
def stage(app):
    app.start_map(fixture_map("room_a"))
    app.audio = Sounds()
    return Stage(app)


def run(stage, line: str, driver=None):
    """Run a command; step the game until its task is done (or finish it when no driver is given)."""
    task, _ = stage.run(line)
    if task is None:
        return None
    if driver is None:
        task.finish()
        return task
    for _ in range(3000):
        if task.update():
            return task
        driver.step()
    raise AssertionError(f"<<{line}>> never ended")


def at_marker(stage, name):
    return stage.point(name)


def guard(stage):
    return stage.world.actor("guard")


def case_walk(stage, app, driver):
    run(stage, "walk guard to centre 2", driver)
    assert (guard(stage).x, guard(stage).y) == at_marker(stage, "centre")
    assert guard(stage).speed == 1.25  # the walk's own speed lasts for that walk only


def case_face(stage, app, driver):
    run(stage, "face guard left")
    assert guard(stage).facing == "left"
    stage.world.player.x = guard(stage).x + 40
    stage.world.player.y = guard(stage).y
    run(stage, "face guard player")
    assert guard(stage).facing == "right"


def case_place(stage, app, driver):
    run(stage, "place jimmy centre up")
    jimmy = stage.world.actor("jimmy")
    assert (jimmy.x, jimmy.y, jimmy.facing, jimmy.visible) == (*at_marker(stage, "centre"), "up", True)


def case_show(stage, app, driver):
    run(stage, "hide guard")
    run(stage, "show guard centre")
    assert guard(stage).visible and (guard(stage).x, guard(stage).y) == at_marker(stage, "centre")


def case_hide(stage, app, driver):
    run(stage, "hide guard")
    assert not guard(stage).visible


def case_anim(stage, app, driver):
    run(stage, "anim guard fallen")
    assert guard(stage).anim_override == "fallen"
    run(stage, "anim guard none")
    assert guard(stage).anim_override is None


def case_emote(stage, app, driver):
    task = run(stage, "emote guard heart")
    assert stage.effects.emotes[guard(stage).name][0] == "heart" and task is not None


def case_talk(stage, app, driver):
    run(stage, "talk guard Club_Talk_Jimmy")
    assert guard(stage).node == "Club_Talk_Jimmy"


def case_player(stage, app, driver):
    run(stage, "player guard")
    assert app.story.player == "guard" and stage.world.player.id == "guard"


def case_wait(stage, app, driver):
    task, _ = stage.run("wait 0.5")
    assert sum(1 for _ in iter(lambda: task.update(), True)) == 29  # done on the 30th tick


def case_fade(stage, app, driver):
    run(stage, "fade out 0.5 plum", driver)
    assert stage.effects.veil == 255 and stage.effects.veil_colour == palette()["plum"]
    run(stage, "fade in 0.5", driver)
    assert stage.effects.veil == 0


def case_flash(stage, app, driver):
    run(stage, "flash")
    assert (stage.effects.flash, stage.effects.flash_max) == (12, 255)
    app.settings["reduce_flashing"] = True
    run(stage, "flash magenta")
    assert (stage.effects.flash, stage.effects.flash_max) == (40, 90)
    assert stage.effects.flash_colour == palette()["magenta"]


def case_shake(stage, app, driver):
    run(stage, "shake 1")
    assert stage.effects.shake == 60
    stage.effects.shake = 0
    app.settings["reduce_shake"] = True
    run(stage, "shake")
    assert stage.effects.shake == 0


def case_letterbox(stage, app, driver):
    run(stage, "letterbox on")
    assert stage.effects.letterbox
    run(stage, "letterbox off")
    assert not stage.effects.letterbox


def case_camera_follow(stage, app, driver):
    run(stage, "camera follow guard")
    assert stage.explore.camera_target is guard(stage)


def case_camera_pan(stage, app, driver):
    run(stage, "camera pan centre 0.5", driver)
    assert stage.explore.camera_target == at_marker(stage, "centre")


def case_camera_reset(stage, app, driver):
    run(stage, "camera follow guard")
    run(stage, "camera reset")
    assert stage.explore.camera_target is None


def case_music(stage, app, driver):
    run(stage, "music club")
    run(stage, "music stop")
    assert app.audio.played[-2:] == [("music", "club"), ("music", None)]


def case_sfx(stage, app, driver):
    run(stage, "sfx heartbeat")
    assert app.audio.played[-1] == ("sfx", "heartbeat")


def case_give(stage, app, driver):
    run(stage, "give keys")
    assert app.story.inventory == ["keys"]


def case_take(stage, app, driver):
    run(stage, "give keys")
    run(stage, "take keys")
    assert app.story.inventory == []


def case_beat(stage, app, driver):
    run(stage, "beat 5")
    assert app.story.beats == [5]


def case_chapter(stage, app, driver):
    task, _ = stage.run('chapter 2 "Dope Fiends"')
    assert (app.story.chapter, app.story.chapter_title) == ("2", "Dope Fiends")
    assert type(app.director.top).__name__ == "TitleCard"
    task.finish()
    assert app.director.top is stage.explore


def case_objective(stage, app, driver):
    run(stage, 'objective "Find the keys."')
    assert app.story.objective == "Find the keys."
    run(stage, 'objective "Water the plant (east)" plant')  # a thing on the map it sends the player to
    assert app.story.objective == "Water the plant (east)"


def case_autosave(stage, app, driver):
    run(stage, "autosave")
    assert any(app.saves.read(s).exists for s in ("auto_1", "auto_2", "auto_3"))


def case_map(stage, app, driver):
    run(stage, "map room_b from_a")
    spawn = stage.world.level.doc.find("spawn", "from_a")
    assert stage.world.level.name == "room_b" and stage.world.player.x == spawn.x + spawn.width / 2


def case_prop(stage, app, driver):
    run(stage, "prop crystal centre")
    assert (stage.props["crystal"].x, stage.props["crystal"].y) == at_marker(stage, "centre")
    run(stage, "prop crystal hide")
    assert "crystal" not in stage.props


def case_note(stage, app, driver):
    run(stage, 'note johann "02:20. A crystal."')
    run(stage, 'note johann "02:21. Another."')
    v = app.story.variables
    assert (v["$notebook_johann"], v["$notebook_johann_1"], v["$notebook_johann_2"]) == (2, "02:20. A crystal.", "02:21. Another.")


def case_credits(stage, app, driver):
    assert stage.run("credits")[0] is None  # the end: a talk running it goes on to its end
    assert type(app.director.top).__name__ == "Credits" and app.audio.played[-1] == ("music", "credits")
    assert app.story.variables["$credits_rolled"] is True
    app.director.top.skip()  # then the title screen
    assert type(app.director.stack[0]).__name__ == "TitleScene" and app.explore() is None


def case_crystal(stage, app, driver):
    run(stage, "crystal guard", driver)
    assert guard(stage).anim_override == "fallen" and app.audio.played[-1] == ("sfx", "crystal")


def case_runway(stage, app, driver):
    task = stage.run("runway")[0]
    assert not task.skippable  # the walk is played, not watched
    run_until(driver, task)
    assert app.story.variables["$runway_result"] == "poor" and app.story.variables["$runway_score"] == 0


def case_shoot(stage, app, driver):
    task = stage.run("shoot")[0]
    assert not task.skippable  # the shoot is played, not watched
    run_until(driver, task)
    assert app.story.variables["$shoot_result"] == "poor" and app.story.variables["$shoot_misses"] == 10


def case_overlay_telescope(stage, app, driver):
    task = stage.run("overlay telescope window_living margaret@window_bedroom")[0]
    scope = app.director.top
    assert type(scope).__name__ == "TelescopeView" and scope.looking_at() == "window_living"
    marker = scope.level.doc.find("marker", "window_bedroom")
    seen = scope.world.actors["margaret"]
    assert (seen.x, seen.y) == (marker.x, marker.y + marker.height)
    task.finish()
    assert app.director.top is stage.explore


def case_telescope(stage, app, driver):
    app.story.variables["$clock"] = "23:50"
    task = stage.run("telescope 23:52 margaret@window_living")[0]
    scope = app.director.top
    assert type(scope).__name__ == "SightingView" and not task.skippable  # played, not watched
    assert "margaret" in scope.world.actors
    run_until(driver, task)  # two minutes of the night, and the view closes itself
    assert app.story.variables["$clock"] == "23:52" and app.story.variables["$telescope_logged"] == 0
    assert app.director.top is stage.explore


def case_overlay_ufo(stage, app, driver):
    task = stage.run("overlay ufo watch")[0]
    view = app.director.top
    assert type(view).__name__ == "UfoView" and view.mode == "watch"
    run_until(driver, task)  # watching ends by itself
    assert app.director.top is stage.explore


def case_ufo_land(stage, app, driver):
    run(stage, "ufo land centre", driver)
    craft = stage.props["ufo"]
    assert (craft.x, craft.y) == at_marker(stage, "centre") and craft.visible


def case_ufo_takeoff(stage, app, driver):
    run(stage, "ufo land centre")
    run(stage, "ufo takeoff", driver)
    assert not stage.props["ufo"].visible


def run_until(driver, task, limit=3000):
    for _ in range(limit):
        if task.update():
            return
        driver.step()
    raise AssertionError("the task never ended")


CASES = {name[5:].replace("_", " "): fn for name, fn in globals().items() if name.startswith("case_")}


def test_every_command_has_a_case_here():
    assert sorted(CASES) == sorted(commands())


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_command_runs(name, stage, app, driver):
    CASES[name](stage, app, driver)


# -- checks --------------------------------------------------------------------------------------
BAD = [
    ("walk margaret to nowhere", "no marker 'nowhere'"),
    ("prop crystal nowhere", "no marker 'nowhere'"),
    ("prop cristal centre", "no prop or effect named 'cristal'"),
    ("camera pan nowhere", "no marker 'nowhere'"),
    ("ufo land nowhere", "no marker 'nowhere'"),
    ('objective "Water the palm" palm', "nothing named 'palm' on map"),
    ("overlay telescope window_livng", "no marker 'window_livng' on map 'facade'"),
    ("overlay telescope window_living margaret@window_bedrom", "no marker 'window_bedrom' on map 'facade'"),
    ("overlay telescope window_living margret@window_bedroom", "unknown actor 'margret'"),
    ("overlay telescope window_living margaret", "write ACTOR@MARKER"),
    ("overlay ufo stare", "'stare': use descend, watch, feed"),
    ("overlay kaleidoscope", "`overlay telescope"),
    ("fade out 1 mauve", "unknown palette colour 'mauve'"),
    ("fade sideways 1", "'sideways': use out, in"),
    ("wait soon", "'soon' is not a number"),
    ("beat 31", "beats are numbered 1-30"),
    ('chapter 99 "Lost"', "unknown chapter '99' (the chapters are listed in game/story/chapters.py)"),
    ("emote guard rage", "'rage': use !"),
    ("face guard north", "'north': use down, up, left, right"),
    ("music elevator", "unknown music 'elevator'"),
    ("sfx boing", "unknown sound effect 'boing'"),
    ("hide gorilla", "unknown actor 'gorilla'"),
    ("walk guard centre", "expected 'to', not 'centre'"),
    ("letterbox on off", "expected `letterbox on|off`"),
]


@pytest.mark.parametrize("line,reason", BAD)
def test_a_mistake_is_stopped_at_run_time(line, reason, stage):
    with pytest.raises(CommandError, match=None) as caught:
        stage.run(line)
    assert reason in str(caught.value)


def check_yarn(tmp_path: Path, body: str, header: str = "map: rooftop\n") -> list[str]:
    script = tmp_path / "mistakes.yarn"
    script.write_text(f"title: Mistakes\n{header}---\n{body}===\n")
    return [str(p) for p in run_checks([script]) if p.severity == "error"]


@pytest.mark.parametrize("line,reason", [(line, reason) for line, reason in BAD
                                         if "guard" not in line])
def test_the_same_mistake_is_found_by_check(line, reason, tmp_path):
    found = check_yarn(tmp_path, f"<<{line}>>\n")
    assert any(f"mistakes.yarn:4: <<{line}>>: " in p and reason in p for p in found), found


def test_check_follows_the_map_a_node_moves_to(tmp_path):
    found = check_yarn(tmp_path, "<<walk margaret to ufo_landing>>\n<<map penthouse front_door>>\n"
                                 "<<walk margaret to ufo_landing>>\n<<map penthouse roof>>\n")
    assert not any(":4:" in p for p in found), found  # the node plays on the roof
    assert any(":6:" in p and "no marker 'ufo_landing' on map 'penthouse'" in p for p in found), found
    assert any(":7:" in p and "no spawn 'roof' on map 'penthouse'" in p for p in found), found


def test_check_knows_nodes_and_their_chapter_variants(tmp_path):
    found = check_yarn(tmp_path, "<<talk jimmy Club_Talk_Jimmy>>\n<<talk jimmy Club_Talk_Jimy>>\n")
    assert [p for p in found if "dialogue node" in p] == [p for p in found if ":5:" in p and "'Club_Talk_Jimy'" in p]
    assert len([p for p in found if "dialogue node" in p]) == 1


def test_expressions_in_arguments_are_left_to_run_time(tmp_path):
    body = '<<declare $where = "nowhere">>\n<<walk margaret to {$where}>>\n<<{"wait"} 1>>\n'
    assert check_yarn(tmp_path, body) == []


def test_scene_tasks_wait_for_their_scene(stage, app):
    task = stage.run("runway")[0]
    assert isinstance(task, SceneTask) and not task.update()
