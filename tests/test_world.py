"""The world from Tiled: layer order, templates, collision, doors, triggers, camera."""

import pytest

from conftest import TEST_MAPS as TEST_MAPS_DIR, fixture_map
from game.world.tmx import MapError, read_map


def test_layer_order_follows_the_file_not_pytmx(app):
    app.start_map(fixture_map("room_a"))
    level = app.explore().level
    assert [layer.name for layer in level.tmx.layers] == ["floor", "decor", "walls", "overhead"]
    # actors go between the ground layers and the overhead layer
    assert level.actor_layer == 2


def test_template_and_class_resolve():
    doc = read_map(fixture_map("room_a"))
    guard = next(o for o in doc.objects if o.id == 6)
    assert guard.cls == "npc"
    assert guard.name == "guard"
    assert guard.props["actor"] == "guard"
    assert guard.props["node"] == "Guard_Talk"
    assert guard.props["facing"] == "down"  # the map's own value overrides the template's "left"
    assert (guard.x, guard.y, guard.width) == (200, 48, 16)
    trigger = doc.find("trigger", "bell")
    assert trigger.props["once"] is True


def test_npc_from_template_is_placed(app):
    app.start_map(fixture_map("room_a"))
    guard = app.explore().world.actor("guard")
    assert guard is not None and guard.node == "Guard_Talk" and guard.facing == "down"


def test_walls_stop_the_player_and_it_slides_along_them(app, driver):
    app.start_map(fixture_map("room_a"), "start")
    player = app.explore().world.player
    driver.hold("up", 120)
    top_wall_bottom = 16
    assert player.y - 6 >= top_wall_bottom  # feet box rests against the wall
    assert player.y - 6 <= top_wall_bottom + 2
    x_before = player.x
    # pushing diagonally into the wall slides along it
    app.input.hold("up", 40)
    driver.hold("right", 40)
    assert player.x > x_before + 30
    assert player.y - 6 >= top_wall_bottom


def test_collision_objects_block_rect_and_polygon(app):
    app.start_map(fixture_map("room_a"))
    collision = app.explore().level.collision
    import pygame
    assert collision.blocked(pygame.Rect(130, 130, 4, 4))  # crate rectangle
    assert collision.blocked(pygame.Rect(242, 130, 4, 4))  # inside the wedge polygon
    assert not collision.blocked(pygame.Rect(265, 153, 4, 4))  # outside the wedge's slope


def test_door_lands_on_its_target_spawn(app, driver):
    app.start_map(fixture_map("room_a"), "from_b")
    driver.hold("right", 40)
    driver.wait(40)
    explore = app.explore()
    assert explore.level.name == "room_b"
    spawn = explore.level.doc.find("spawn", "from_a")
    assert (explore.world.player.x, explore.world.player.y) == (spawn.x, spawn.y)
    assert explore.world.player.facing == "right"


def test_trigger_once_fires_once_and_plain_trigger_every_time(app):
    app.start_map(fixture_map("room_a"))
    world = app.explore().world
    fired = []

    def visit(x, y):
        world.player.x, world.player.y = x, y
        world.update((0, 0))
        fired.extend(e.node for e in world.events)
        world.events.clear()
        world.player.x, world.player.y = 160, 96  # step away
        world.update((0, 0))

    for _ in range(3):
        visit(64, 158)  # the bell, once
        visit(224, 158)  # the mat, every time
    assert fired.count("Bell_Once") == 1
    assert fired.count("Mat_Every") == 3


def test_interact_starts_the_faced_objects_node(app, driver):
    app.start_map(fixture_map("room_a"))
    world = app.explore().world
    world.player.x, world.player.y, world.player.facing = 40, 46, "up"
    driver.press("interact")
    assert app.story.variables.get("$last_node") == "Plant_Look"


def test_camera_is_clamped_and_small_maps_are_centred(app):
    app.start_map(fixture_map("room_b"))
    explore = app.explore()
    view = explore.view((480, 270))
    assert view.size == (160, 128)
    assert view.center == (240, 135)


def test_missing_spawn_names_the_map_and_lists_spawns(app):
    with pytest.raises(MapError) as err:
        app.start_map(fixture_map("room_a"), "nowhere")
    assert "room_a.tmx" in str(err.value) and "nowhere" in str(err.value) and "from_b" in str(err.value)


def test_mouse_click_walks_along_a_path(app, driver):
    app.start_map(fixture_map("room_a"), "start")
    explore = app.explore()
    # click the floor tile on the far side of the pillar
    ox, oy = explore.map_offset((480, 270))
    driver.click(12 * 16 + 8 + ox, 5 * 16 + 8 + oy)
    driver.wait(300)
    assert explore.world.player.tile() == (12, 5)


def test_hot_reload_picks_up_changes_and_keeps_the_player_in_place(app, driver, tmp_path):
    import shutil
    from conftest import TEST_MAPS
    for name in ("room_a.tmx", "room_b.tmx", "test.tsx", "test.png"):
        shutil.copy(TEST_MAPS / name, tmp_path / name)
    shutil.copytree(TEST_MAPS / "templates", tmp_path / "templates")
    app.start_map(str(tmp_path / "room_a.tmx"))
    driver.hold("right", 20)
    before = (app.explore().world.player.x, app.explore().world.player.y)
    source = (tmp_path / "room_a.tmx").read_text()
    (tmp_path / "room_a.tmx").write_text(source.replace('name="plant" class="interact"', 'name="fern" class="interact"'))
    driver.press("reload")
    explore = app.explore()
    assert explore.level.doc.find("interact", "fern") is not None
    assert (explore.world.player.x, explore.world.player.y) == before
    (tmp_path / "room_a.tmx").write_text("<map><broken")
    driver.press("reload")
    assert app.explore().level.doc.find("interact", "fern") is not None  # the old version stays
    assert "reload failed" in app.message and "room_a.tmx" in app.message


def test_a_map_is_read_again_only_when_its_map_tileset_or_template_changed(app, tmp_path):
    """Going back to a map reuses what was read; an edited template is read again (F6 and doors)."""
    import shutil
    from conftest import TEST_MAPS
    for name in ("room_a.tmx", "test.tsx", "test.png"):
        shutil.copy(TEST_MAPS / name, tmp_path / name)
    shutil.copytree(TEST_MAPS / "templates", tmp_path / "templates")
    room = str(tmp_path / "room_a.tmx")
    app.start_map(room)
    first = app.explore().level.doc
    app.start_map(room)
    assert app.explore().level.doc is first and not first.stale()
    template = tmp_path / "templates" / "guard.tx"
    template.write_text(template.read_text().replace('value="Guard_Talk"', 'value="Guard_Again"'))
    assert first.stale()
    app.start_map(room)
    assert app.explore().level.doc.find("npc", "guard").props["node"] == "Guard_Again"


def test_animated_tiles_follow_the_tick_not_the_load(app, driver):
    """A map loaded at tick T shows what one left running since tick 0 shows at T."""
    import hashlib
    import pygame

    def frames_until(end):
        hashes = []
        while app.ticks < end:
            driver.wait(1)
            if app.ticks % 20 == 0:
                hashes.append(hashlib.sha256(pygame.image.tobytes(driver.frame(), "RGB")).hexdigest())
        return hashes

    app.start_map("club", "entrance")
    running = frames_until(400)[-5:]
    assert len(set(running)) > 1  # the neon and the dance floor do animate
    app.ticks = 250
    app.start_map("club", "entrance")  # arrived later
    assert frames_until(400)[-5:] == running


def test_clicking_a_person_walks_up_to_them_and_talks(app, driver):
    app.start_map(fixture_map("room_a"), "start")
    explore = app.explore()
    guard = explore.world.actor("guard")
    ox, oy = explore.map_offset((480, 270))
    driver.click(round(guard.x) + ox, round(guard.y) - 16 + oy)
    for _ in range(400):
        if app.story.variables.get("$last_node"):
            break
        driver.step(1)
    assert app.story.variables.get("$last_node") == "Guard_Talk"
    player = explore.world.player
    assert abs(player.x - guard.x) + abs(player.y - guard.y) <= 24  # it walked up to the guard


def test_a_script_taking_over_ends_the_players_click_walk(app, driver):
    from game.story.yarn import YarnProgram
    app._program = YarnProgram.from_source("title: Mat_Every\n---\nA: Wipe your feet. #line:m1\n===\n"
                                           "title: Guard_Talk\n---\nGuard: Hm. #line:g1\n===\n", "t.yarn")
    app.start_map(fixture_map("room_a"), "start")
    world = app.explore().world
    guard = world.actor("guard")
    assert world.walk_to_use(guard, None)
    driver.step(5)
    app.start_dialogue("Mat_Every")  # as a trigger would
    driver.step(3)
    assert world.player.path == []
    driver.advance()
    driver.step(200)
    names = [type(s).__name__ for s in app.director.stack]
    assert names == ["ExploreScene"]  # no second talk opened by the abandoned walk


def test_clicking_someone_already_beside_you_talks_at_once(app, driver):
    from game.story.yarn import YarnProgram
    app._program = YarnProgram.from_source("title: Guard_Talk\n---\nGuard: Hm. #line:g1\n===\n", "t.yarn")
    app.start_map(fixture_map("room_a"), "start")
    world = app.explore().world
    guard = world.actor("guard")
    world.player.x, world.player.y = guard.x, guard.y + 16  # one tile below the guard
    explore = app.explore()
    ox, oy = explore.map_offset((480, 270))
    driver.click(round(guard.x) + ox, round(guard.y) - 16 + oy)
    driver.step(2)
    assert type(app.director.top).__name__ == "DialogueScene" and world.player.facing == "up"


def test_conditions_use_declared_defaults_and_a_broken_one_does_not_stop_the_map(app, tmp_path):
    import shutil
    from game.story.yarn import YarnProgram
    for name in ("room_a.tmx", "room_b.tmx", "test.tsx", "test.png"):
        shutil.copy(TEST_MAPS_DIR / name, tmp_path / name)
    shutil.copytree(TEST_MAPS_DIR / "templates", tmp_path / "templates")
    source = (tmp_path / "room_a.tmx").read_text()
    (tmp_path / "room_a.tmx").write_text(source.replace(
        '<property name="facing" value="down"/></properties></object>',
        '<property name="facing" value="down"/><property name="condition" value="not $met_guard"/></properties></object>'))
    app._program = YarnProgram.from_source("title: X\n---\n<<declare $met_guard = false>>\n===\n", "x.yarn")
    app.start_map(str(tmp_path / "room_a.tmx"))
    assert app.explore().world.actor("guard") is not None  # $met_guard is false by declaration
    app._program = YarnProgram.from_source("title: X\n---\nA: nothing declared\n===\n", "x.yarn")
    app.start_map(str(tmp_path / "room_a.tmx"))
    assert app.explore().world.actor("guard") is None  # cannot be evaluated: counts as false
    assert "not $met_guard" in app.message


def test_a_one_frame_tap_turns_on_the_spot_and_a_hold_walks(app, driver):
    app.start_map(fixture_map("room_a"), "start")
    player = app.explore().world.player
    x, y = player.x, player.y
    driver.hold("left", 1)
    driver.wait(2)
    assert player.facing == "left" and (player.x, player.y) == (x, y)
    driver.hold("down", 3)
    driver.wait(2)
    assert player.facing == "down" and (player.x, player.y) == (x, y)
    driver.hold("left", 20)
    assert player.x < x - 15


def test_interact_forgives_a_few_pixels_and_works_from_inside_a_doorway(app, driver):
    app.start_map(fixture_map("room_a"))
    world = app.explore().world
    # the plant (32..48, 16..32) is not straight ahead but a few px off to the side: still reached
    world.player.x, world.player.y, world.player.facing = 54, 46, "up"
    assert world.interact_target()[1].name == "plant"
    # too far to the side: nothing
    world.player.x = 64
    assert world.interact_target() == (None, None)
    # facing the door from the room, interact goes through it
    world.player.x, world.player.y, world.player.facing = 280, 90, "right"
    assert world.interact_target()[1].name == "to_b"
    driver.press("interact")
    driver.wait(40)
    assert app.explore().level.name == "room_b"


def test_walking_into_a_door_set_in_a_wall_uses_it(app, driver, tmp_path):
    import shutil
    for name in ("room_a.tmx", "room_b.tmx", "test.tsx", "test.png"):
        shutil.copy(TEST_MAPS_DIR / name, tmp_path / name)
    shutil.copytree(TEST_MAPS_DIR / "templates", tmp_path / "templates")
    # move the door onto the wall itself (x 288 -> 304, the east wall): it cannot be stepped on
    source = (tmp_path / "room_a.tmx").read_text()
    (tmp_path / "room_a.tmx").write_text(source.replace('name="to_b" class="door" x="288"',
                                                        'name="to_b" class="door" x="304"'))
    app.start_map(str(tmp_path / "room_a.tmx"), "from_b")
    driver.hold("right", 60)
    driver.wait(40)
    assert app.explore().level.name == "room_b"


def test_people_stop_the_player_at_their_edge(app, driver):
    app.start_map(fixture_map("room_a"), "start")
    world = app.explore().world
    guard = world.actor("guard")
    # walking straight at the guard: the feet never overlap
    world.player.x, world.player.y = guard.x - 40, guard.y
    driver.hold("right", 60)
    assert not world.player.feet_rect().colliderect(guard.feet_rect())
    assert world.player.x > guard.x - 16
    # a clicked walk to the guard's own tile ends beside him, facing him, and talks
    world.player.x, world.player.y = guard.x, guard.y + 48
    assert world.walk_to_use(guard, None)
    driver.step(80)
    assert not world.player.feet_rect().colliderect(guard.feet_rect())
    assert app.story.variables.get("$last_node") == "Guard_Talk"


def test_the_player_walks_out_of_someone_a_script_put_on_her(app, driver):
    """A cutscene walks a person onto the tile where the player stands (chapter 3 walks Jimmy to
    46,9 beside the photographer): she is not held inside him, and then he blocks her as anyone does."""
    app.start_map(fixture_map("room_a"), "start")
    world = app.explore().world
    guard = world.actor("guard")
    guard.x, guard.y = world.player.x, world.player.y
    x = world.player.x
    for direction in ("left", "right"):  # whichever way is open
        driver.hold(direction, 40)
    assert world.player.x != x
    assert not world.player.feet_rect().colliderect(guard.feet_rect())


def test_walkable_grid_in_one_pass_matches_asking_every_cell():
    """The grid is built once per map from the solid shapes; it must say exactly what asking
    `blocked` for every cell's feet box says, on every shipped map and on odd shapes."""
    import pygame

    from game.world.actors import FEET
    from game.world.collision import CollisionMap
    from game.world.level import _collision, available_maps, map_path

    def asked(cm, feet):
        t, (w, h) = cm.tile, feet
        return [[not cm.blocked(pygame.Rect(tx * t + t // 2 - w // 2, ty * t + t - 2 - h, w, h))
                 for tx in range(cm.width_px // t)] for ty in range(cm.height_px // t)]

    odd = CollisionMap(160, 96, 16)
    for rect in [(0, 0, 1, 1), (37, 21, 3, 40), (100, 90, 60, 6), (70, 47, 9, 1), (158, 0, 2, 96)]:
        odd.add(pygame.Rect(rect))
    maps = [_collision(p, p.stat().st_mtime_ns) for p in map(map_path, available_maps())]
    for cm in [odd, *maps]:
        for feet in (FEET, (14, 8)):
            assert cm.walkable_grid(feet) == asked(cm, feet)


def test_walks_go_round_a_solid_prop(app):
    """Johann's telescope stands on the deck as a solid prop: a walk past it goes round it, with the
    arrows as with a click, instead of pushing into it (solve found a keyboard walk stuck there)."""
    from game.driver import Driver
    app.start_map("observation_deck", "16,6")
    Driver(app, mode="keyboard").walkto(20, 9)
    assert app.explore().world.player.tile() == (20, 9)


def _crowd(app, n: int, seed: int):
    """The club with `n` more people and everyone (the player too) walking somewhere."""
    import random

    from game import bench
    from game.world.actors import Actor

    app.start_map("club")
    world = app.explore().world
    rng = random.Random(seed)
    grid, free = bench._free_tiles(world)
    people = sorted({a.id for a in world.all_actors()})
    for i in range(n):
        world.actors[f"extra_{i}"] = Actor(people[i % len(people)], *world.tile_center(*rng.choice(free)))
    return world, lambda: bench._keep_walking(world, rng, grid, free)


def test_drawing_a_crowd_leaves_where_everyone_walks_as_it_was(app):
    """Culling and drawing only read the world: a crowd drawn every frame ends where the same
    crowd ends undrawn, to the bit, facing and mid-step the same."""
    ends = []
    for draw in (True, False):
        world, keep_walking = _crowd(app, 80, seed=21)
        for _ in range(150):
            keep_walking()
            app.tick()
            if draw:
                app.draw()
        ends.append([(a.x, a.y, a.facing, a.moving, a.walk_ticks, list(a.path)) for a in world.all_actors()])
    assert ends[0] == ends[1]
    assert sum(a[4] > 0 for a in ends[0]) > 40  # they really were walking


def test_people_off_screen_are_not_drawn(app):
    from game.world.actors import Actor

    asked = []

    class Watched(Actor):
        def image(self, tick):
            asked.append(self.name)
            return super().image(tick)

    world, _ = _crowd(app, 0, seed=1)
    player = world.player
    far_x = 16 if player.x > 512 else 1000  # the club is 1024 px wide; the view 480
    world.actors["near"] = Watched("margaret", player.x + 20, player.y, name="near")
    world.actors["far"] = Watched("margaret", far_x, player.y, name="far")
    app.draw()
    assert asked == ["near"]


def test_overhead_tiles_are_drawn_over_a_person_under_them(app):
    """room_a has overhead tiles on cells (5, 2) and (6, 2): a person under them is hidden there,
    and drawn round them."""
    import pygame

    app.start_map(fixture_map("room_a"), "start")
    explore = app.explore()
    player = explore.world.player
    player.x, player.y = 5 * 16 + 8, 3 * 16 + 10  # the sprite's top half under cell (5, 2)
    ox, oy = explore.map_offset(app.canvas.get_size())
    cell = pygame.Rect(5 * 16 + ox, 2 * 16 + oy, 16, 16)
    tile = explore.level.data.get_tile_image(5, 2, explore.level.actor_layer + 1)
    opaque = [(x, y) for y in range(16) for x in range(16) if tile.get_at((x, y)).a == 255]
    assert opaque
    shown = app.draw().copy()
    player.visible = False
    without = app.draw().copy()
    assert all(shown.get_at((cell.x + x, cell.y + y)) == without.get_at((cell.x + x, cell.y + y)) for x, y in opaque)
    below = pygame.Rect(cell.x, cell.bottom, 16, 10)
    assert pygame.image.tobytes(shown.subsurface(below), "RGB") != pygame.image.tobytes(without.subsurface(below), "RGB")


def test_a_dancer_steps_in_place_on_the_beat_and_turns_at_each_bar(app):
    """The club's dancers (an npc's `dance`) step through their walk frames on the spot and turn away
    and back over four bars, each in their own phase; standing people only breathe."""
    from game.world.actors import DANCE_BEAT, Actor
    app.start_map("club", "entrance")
    dancers = [a for a in app.explore().world.actors.values() if a.dance]
    assert len(dancers) >= 5 and all(a.name.startswith("dancer_") for a in dancers)
    one = dancers[0]
    x, y = one.x, one.y
    frames = [one.image(t) for t in range(0, DANCE_BEAT * 16, DANCE_BEAT // 2)]
    assert len({id(f) for f in frames}) >= 8, "steps and turns"
    assert {f for f in frames} & set(one.frames["left_walk"] + one.frames["right_walk"])
    assert (one.x, one.y) == (x, y), "in place"
    assert len({id(a.image(0)) for a in dancers}) > 1 or len({a.dance_phase for a in dancers}) > 1
    still = Actor(one.id, 0, 0)
    assert {id(still.image(t)) for t in range(0, DANCE_BEAT * 16, 7)} <= {id(f) for f in still.frames["down_idle"]}
