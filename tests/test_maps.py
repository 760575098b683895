"""The shipped maps: every door works in a real headless run, everything is reachable on foot from
each map's main spawn, `check` is clean, and the generated maps match their sources."""

import sys
from collections import deque
from pathlib import Path

import pytest

from game.paths import asset
from game.world.actors import FEET
from game.world.level import available_maps, load_level

ROOT = Path(__file__).resolve().parents[1]
MAPS = available_maps()
T = 16


@pytest.fixture(autouse=True, scope="module")
def display():
    """pytmx converts tile images, which needs a display (the dummy one in tests)."""
    import pygame
    pygame.display.init()
    if not pygame.display.get_surface():
        pygame.display.set_mode((1, 1))
    yield


def doors():
    from game.world.tmx import read_map
    for name in MAPS:
        for door in read_map(asset("maps", f"{name}.tmx")).objects_of("door"):
            yield pytest.param(name, door.id, id=f"{name}:{door.name}")


def cells_of(obj):
    """Tile cells an object covers (a point object: the cell it stands in)."""
    x0, y0 = int(obj.x // T), int(obj.y // T)
    if not obj.width and not obj.height:
        return [(int(obj.x // T), int((obj.y - 1) // T))]
    x1, y1 = int((obj.x + obj.width - 1) // T), int((obj.y + obj.height - 1) // T)
    return [(x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]


def around(cells):
    """The cells and their four neighbours: where a person can stand to use a thing."""
    out = set(cells)
    for x, y in cells:
        out |= {(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)}
    return out


def reached_from(level, start):
    grid = level.walkable(FEET)
    seen, todo = {start}, deque([start])
    while todo:
        x, y = todo.popleft()
        for n in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if n not in seen and 0 <= n[1] < len(grid) and 0 <= n[0] < len(grid[0]) and grid[n[1]][n[0]]:
                seen.add(n)
                todo.append(n)
    return seen


def main_spawn(level):
    spawns = level.doc.objects_of("spawn")
    return next((s for s in spawns if s.props.get("default")), spawns[0])


def test_the_places_of_the_story_have_maps():
    for name in ("club", "penthouse", "rooftop", "street", "sylvia_apartment"):
        assert name in MAPS


@pytest.mark.parametrize("name", MAPS)
def test_map_has_what_a_place_needs(name):
    level = load_level(name, lambda: 0)
    doc = level.doc
    assert [layer.name for layer in doc.layers] == ["floor", "walls", "decor", "objects", "overhead"]
    assert doc.props["title"] and doc.props["music"] and doc.props["ambience"] and doc.props["ambient"]
    assert len(doc.objects_of("interact")) >= 10
    assert all(o.props.get("node") for o in doc.objects_of("interact"))
    assert doc.objects_of("light") and all(o.props.get("radius") for o in doc.objects_of("light"))
    assert doc.objects_of("marker")
    # objects placed from templates get their class and defaults from the template
    assert all(o.cls for o in doc.objects), [o.label for o in doc.objects if not o.cls]
    raw = doc.path.read_text(encoding="utf-8")
    assert 'template="templates/light.tx"' in raw
    assert all(o.props.get("strength") is not None for o in doc.objects_of("light"))


def test_the_club_is_crowded_and_nobody_is_in_two_places():
    from game.story.casting import may_hold
    level = load_level("club", lambda: 0)
    doc = level.doc
    assert doc.width >= 60 and doc.height >= 40
    people = {o.name: o.props["actor"] for o in doc.objects_of("npc")}
    for chapter in ("1", "3"):  # every guest once: the queue is not also by the runway
        guests = [o.props["actor"] for o in doc.objects_of("npc")
                  if o.props["actor"].startswith("guest_") and may_hold(o.props.get("condition"), chapter, "margaret")]
        assert len(guests) == len(set(guests)) == 12, (chapter, guests)
    dancing = [o for o in doc.objects_of("npc") if o.name.startswith("dancer_") and may_hold(o.props.get("condition"), "1", "margaret")]
    assert len(dancing) >= 5 and all(o.props.get("dance") for o in dancing)
    def lit_floor(o) -> bool:
        props = level.tmx.get_tile_properties(int(o.x // 16), int(o.y // 16), 0) or {}
        return str(props.get("tile_name", "")).startswith("dance_")
    assert all(lit_floor(o) for o in dancing), "the dancers dance on the lit floor"
    at_bar = [o for o in doc.objects_of("npc") if o.name.startswith("bar_") and 29 <= o.x // 16 <= 36 and 7 <= o.y // 16 <= 8]
    assert len(at_bar) >= 4, "the bar is crowded"
    for actor in ("bouncer", "bartender", "dj", "adrian", "jimmy", "makeup_artist", "stylist", "stage_manager"):
        assert actor in people.values()
    for marker in ("runway_start", "runway_end", "bar_adrian", "mirror", "dj"):
        assert doc.find("marker", marker) is not None
    assert {s.name for s in doc.objects_of("spawn")} >= {"entrance", "backstage"}


# The three homes share only what belongs to the building, not to who lives there: the plumbing
# and the kitchen fittings. Every other piece of furniture is one home's own.
SHARED_FITTINGS = {"counter_l", "counter_m", "counter_stove", "counter_sink", "fridge", "toilet", "bath_sink", "tub"}


def furniture_of(name: str) -> set[str]:
    """The pieces on a generated map's decor and overhead layers (the wall tops a south wall puts
    overhead are the building, not furniture), named from the tileset's index."""
    import json
    import xml.etree.ElementTree as ET
    root = ET.parse(ROOT / "assets" / "maps" / f"{name}.tmx").getroot()
    names = {}
    for ts in root.findall("tileset"):
        set_name = Path(ts.get("source")).stem
        index = json.loads((ROOT / "assets" / "sprites" / "tiles" / f"{set_name}.json").read_text(encoding="utf-8"))
        first = int(ts.get("firstgid"))
        names.update({first + i: f"{set_name}:{n}" for n, i in index["tiles"].items()})
        for n, (start, w, h) in index["blocks"].items():
            names.update({first + start + j * 16 + i: f"{set_name}:{n}" for j in range(h) for i in range(w)})
    pieces = set()
    for layer in root.findall("layer"):
        if layer.get("name") in ("decor", "overhead"):
            gids = {int(v) for v in layer.find("data").text.replace("\n", "").split(",")} - {0}
            pieces |= {names[g] for g in gids}
    return {p for p in pieces if not p.split(":")[1].startswith("wall_")}


def test_each_home_has_its_own_furniture():
    homes = {name: furniture_of(name) for name in ("penthouse", "sylvia_apartment", "katherine_loft")}
    allowed = {f"interior:{n}" for n in SHARED_FITTINGS}
    for name, pieces in homes.items():
        assert len(pieces - allowed) >= 20, (name, sorted(pieces))
    for a, b in (("penthouse", "sylvia_apartment"), ("penthouse", "katherine_loft"),
                 ("sylvia_apartment", "katherine_loft")):
        assert homes[a] & homes[b] <= allowed, (a, b, sorted(homes[a] & homes[b] - allowed))
    # the story's pieces are each home's: the wardrobe where things are hidden, the televisions
    assert "interior:wardrobe_lacquer" in homes["penthouse"] and "interior:tv_monitor" in homes["penthouse"]
    assert {"interior:wardrobe_mirror", "interior:tv_console", "interior:photo_publicity"} <= homes["sylvia_apartment"]
    assert {"interior:dj_deck", "interior:canvas_red"} <= homes["katherine_loft"]


def test_the_facade_marks_the_windows_for_the_telescope():
    doc = load_level("facade", lambda: 0).doc
    for marker in ("window_living", "window_bedroom", "roof_edge"):
        assert doc.find("marker", marker) is not None
    assert load_level("rooftop", lambda: 0).doc.find("marker", "ufo_landing") is not None


def test_the_craft_seen_from_across_the_street_stands_on_the_roof_line():
    """The craft is drawn with its feet on the row above its spot: the spot is the parapet's lit
    top edge (black wall below it), and its feet are against the sky just above, not up in it."""
    from game.palette import colour
    level = load_level("facade", lambda: 0)
    spot = level.doc.find("marker", "ufo_over_roof")
    x, y = int(spot.x), int(spot.y)

    def at(py: int) -> tuple:
        return tuple(level.data.get_tile_image(x // T, py // T, 0).get_at((x % T, py % T)))[:3]
    parapet = (colour("grey_dark"), colour("black"))
    assert (at(y), at(y + 1)) == parapet and at(y - 1) not in parapet


@pytest.mark.parametrize("name", MAPS)
def test_everything_is_reachable_on_foot_from_the_main_spawn(name):
    level = load_level(name, lambda: 0)
    spawn = main_spawn(level)
    start = (int(spawn.x // T), int((spawn.y - 1) // T))
    reached = reached_from(level, start)
    assert len(reached) > 20
    missing = []
    for obj in level.doc.objects:
        if obj.cls in ("spawn", "marker") and not set(cells_of(obj)) & reached:
            missing.append(obj.label)
        elif obj.cls in ("npc", "interact", "door") and not around(cells_of(obj)) & reached:
            missing.append(obj.label)
    assert not missing, f"{name}: cannot walk to {missing}"


@pytest.mark.parametrize("name,door_id", list(doors()))
def test_walking_into_each_door_lands_on_its_target_spawn(app, driver, name, door_id):
    level = load_level(name, lambda: 0)
    door = next(o for o in level.doc.objects_of("door") if o.id == door_id)
    reached = reached_from(level, (lambda s: (int(s.x // T), int((s.y - 1) // T)))(main_spawn(level)))
    zone = set(cells_of(door))
    # a reachable cell beside the door, and the way to walk from it into the door
    step = {(0, 1): "up", (0, -1): "down", (1, 0): "left", (-1, 0): "right"}
    approach = next(((x + dx, y + dy), action) for (x, y) in sorted(zone)
                    for (dx, dy), action in step.items()
                    if (x + dx, y + dy) in reached and (x + dx, y + dy) not in zone)
    (cx, cy), action = approach
    app.start_map(name, player_pos=(cx * T + T / 2, cy * T + T - 2), facing=action)
    explore = app.explore()
    for _ in range(60):
        app.input.hold(action, 1)
        driver.step(1)
        if app.director.top is not explore:
            break
    driver.wait(60)
    arrived = app.explore()
    target = door.props["target_map"]
    assert arrived.level.name == target, f"{name}: door {door.name} did not lead to {target}"
    spawn = arrived.level.doc.find("spawn", door.props["target_spawn"])
    player = arrived.world.player
    assert (player.x, player.y) == (spawn.x + spawn.width / 2, spawn.y + spawn.height)


def test_check_is_clean_on_the_shipped_maps():
    from game.check import run_checks
    problems = run_checks([asset("maps"), asset("dialogue")])
    errors = [str(p) for p in problems if p.severity == "error"]
    assert not errors


def test_generated_maps_match_their_sources():
    """A map built by tools/maps is exactly what its source gives (rebuilds are byte-identical).
    A map that designers took over in Tiled has no source any more and is not checked here."""
    sys.path.insert(0, str(ROOT / "tools" / "maps"))
    try:
        import build
        from mapgen import MapBuilder
        for name in build.available():
            src = __import__(f"sources.{name}", fromlist=["furnish"])
            b = MapBuilder(name, **src.META)
            b.layout(src.LAYOUT, src.LEGEND)
            src.furnish(b)
            b.south_tops_overhead(src.LEGEND)
            assert b.tmx() == asset("maps", f"{name}.tmx").read_text(encoding="utf-8"), name
    finally:
        sys.path.remove(str(ROOT / "tools" / "maps"))


def test_the_craft_stands_on_the_roof_from_the_landing_to_the_takeoff(app):
    """A map object: not there when the prologue begins (the prologue lands it), standing on its
    spot with its prism light in the chapters after, gone once the finale has seen it leave."""
    from game.story.chapters import chapter
    from game.world.props import frames

    app.start_chapter(chapter("prologue"))
    assert "ufo" not in app.explore().props
    app.start_chapter(chapter("11"))
    explore = app.explore()
    craft = explore.props["ufo"]
    spot = explore.level.doc.find("marker", "ufo_landing")
    assert (craft.x, craft.y) == (spot.x, spot.y) and craft.visible
    landed = frames("ufo")[1]["landed"]
    assert (craft.first, craft.count, craft.loop) == (landed["first"], landed["count"], True)
    lights = [craft.glow(tick) for tick in range(0, 120, 5)]
    assert all(light and light[1] > 0 for light in lights)
    assert len({light[2] for light in lights}) >= 12, "the prism light turns through its hues"
    craft.visible = False  # taken off: its light goes with it
    assert craft.glow(0) is None
    app.story.record_beat(30)
    explore.load("penthouse", "stairs")
    explore.load("rooftop", "stairs")
    assert "ufo" not in explore.props


def test_the_craft_is_solid_across_its_footprint_and_examined_from_every_side(app):
    """The player walks round the craft, not into its sprite: its three tiles on the landing spot
    block keyboard walks and cutscene walks alike; it answers as the craft from west, east, south
    and from behind it; once it has gone, the scorch mark is open ground."""
    from game.driver import Driver

    app.start_map("rooftop", "28,21")
    explore = app.explore()
    world = explore.world
    body = {(30, 21), (31, 21), (32, 21)}
    blocked = {(r.x // 16, r.y // 16) for r in world.obstacles_for(world.player)}
    assert body <= blocked
    drive = Driver(app, mode="keyboard")
    drive.hold("right", 60)
    assert world.player.tile() == (29, 21), "walking east stops at the craft's side"
    for stand, facing in (((29, 21), "right"), ((33, 21), "left"), ((31, 22), "up"), ((31, 20), "down")):
        drive.walkto(*stand)
        drive.hold(facing, 2)
        assert world.interact_target()[1].name == "landing_spot", (stand, facing)
    path = {(int(x // 16), int(y // 16)) for x, y in world.path_to_tile(world.player, (29, 21))}
    assert not path & body, "a cutscene's walk from behind goes round the craft too"
    app.story.record_beat(30)
    explore.load("rooftop", "stairs")
    assert not explore.world.obstacles_for(explore.world.player)


def test_johanns_telescope_stands_only_where_the_story_has_put_it(app):
    """On the deck until he packs it at closing time; in Sylvia's window from when he sets it up in
    chapter 5 (and from the start of chapter 8, chosen from the menu); solid and examinable only
    while it is there."""
    from game.story.chapters import chapter

    def standing(explore) -> bool:
        world, scope = explore.world, explore.level.doc.find("prop", "telescope")
        solid = any(r.collidepoint(scope.x, scope.y) for r in world.obstacles_for(world.player))
        examinable = world.active(explore.level.doc.find("interact", "telescope"))
        assert solid == examinable
        return "telescope" in explore.props and solid

    app.start_chapter(chapter("4"))
    explore = app.explore()
    assert standing(explore)
    app.story.record_beat(11)  # packed; the dialogue takes the sprite away under the fade
    explore.props.pop("telescope")
    assert not standing(explore)
    explore.load("observation_deck", "elevator")
    assert not standing(explore)

    app.start_chapter(chapter("5"))
    explore = app.explore()
    explore.load("sylvia_apartment", "front_door")
    assert not standing(explore)  # still in its case
    app.story.record_beat(14)
    explore.load("sylvia_apartment", "front_door")
    assert standing(explore)
    app.start_chapter(chapter("8"))
    assert standing(app.explore())


def test_light_makes_pools_and_each_night_its_colours():
    """Lamps make pools with an edge (a hot core, a steep falloff), and the two nights look apart:
    the first neon (lights pushed to full colour), the second cold (a blue cast, lights toward ice)."""
    from game.story.chapters import CHAPTERS, night_of
    from game.world.lighting import Lighting, glow
    from game.world.tmx import MapObject

    assert [night_of(c["id"]) for c in CHAPTERS] == [1] * 4 + [2] * 11 and night_of("") == 0
    pool = glow(48, (255, 160, 80), 0.6)
    centre, edge = pool.get_at((48, 48)), pool.get_at((48 + 29, 48))  # 0.6 of the radius out
    assert edge.r < 0.2 * centre.r
    lamp = MapObject(1, "lamp", "light", 0, 0, 0, 0, {"colour": "#ff6a1f", "radius": 48})
    drawn, first, second = (Lighting("#8a8ab8", [lamp], night) for night in (0, 1, 2))
    blue = [light.ambient[2] / light.ambient[0] for light in (drawn, first, second)]
    assert blue[2] > blue[0] and blue[2] > blue[1]
    spread = [max(light.lights[0][2]) - min(light.lights[0][2]) for light in (drawn, first, second)]
    assert spread[1] > spread[0] > spread[2]
    second.set_night(1)  # the story moves on to another night while the map is open
    assert (second.ambient, second.lights) == (first.ambient, first.lights)


def test_the_landing_spot_is_the_craft_while_it_stands_and_its_mark_once_it_has_left(app, driver):
    from game.ui.hud import label_of
    app.story.chapter = "11"
    app.start_map("rooftop", "stairs")
    driver.wait(2)
    explore = app.explore()
    world = explore.world
    assert "ufo" in explore.props  # the craft stands on its spot
    world.player.x, world.player.y = world.tile_center(31, 22)
    world.player.facing = "up"
    spot = (31 * 16 + 16, 20 * 16 + 16)  # the middle of the landing spot, where a player clicks
    assert label_of(*world.interact_target()) == "Craft"
    assert world.pick(*spot)[1].props["node"] == "Rooftop_Landing_Spot"
    app.story.record_beat(30)  # the finale: the craft has taken off
    assert label_of(*world.interact_target()) == "Scorch mark"
    assert world.pick(*spot)[1].props["node"] == "Rooftop_Scorch_Mark"
    app.start_map("rooftop", "stairs")
    driver.wait(2)
    assert "ufo" not in app.explore().props


@pytest.mark.parametrize("chapter, speaker", [("3", "Margaret"), ("11", "Margaret"), ("13", "Johann")])
def test_the_craft_is_looked_at_by_whoever_is_played_on_the_roof(app, driver, chapter, speaker):
    app.story.chapter = chapter
    app.start_map("rooftop", "stairs")
    app.start_dialogue("Rooftop_Landing_Spot")  # as examining the craft does
    driver.step(3)
    line = app.director.stack[-1].line
    assert line is not None and line.speaker == speaker
    assert "scorch" not in line.text.lower()
