"""The generated tilesets: Tiled .tsx + PNG + JSON index agree, use only palette colours, rebuild exactly."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from game.palette import palette

ROOT = Path(__file__).resolve().parents[1]
TILES = ROOT / "assets" / "sprites" / "tiles"
TSX = ROOT / "assets" / "maps" / "tilesets"
SETS = ["interior", "club", "rooftop", "street", "deck", "facade"]


def load(name):
    root = ET.parse(TSX / f"{name}.tsx").getroot()
    index = json.loads((TILES / f"{name}.json").read_text(encoding="utf-8"))
    tiles = {int(t.get("id")): t for t in root.findall("tile")}
    return root, index, tiles


def block_ids(first, w, h):
    return [first + j * 16 + i for j in range(h) for i in range(w)]


@pytest.mark.parametrize("name", SETS)
def test_tsx_points_at_matching_png(name):
    root, _, _ = load(name)
    assert root.get("version") == "1.10"
    assert (root.get("tilewidth"), root.get("tileheight"), root.get("columns")) == ("16", "16", "16")
    image = root.find("image")
    assert image.get("source") == f"../../sprites/tiles/{name}.png"
    png = (TSX / image.get("source")).resolve()
    assert png.is_file()
    with Image.open(png) as im:
        count, columns = int(root.get("tilecount")), int(root.get("columns"))
        assert im.size == (columns * 16, count // columns * 16)
        assert (int(image.get("width")), int(image.get("height"))) == im.size


@pytest.mark.parametrize("name", SETS)
def test_index_names_are_within_the_tileset(name):
    root, index, tiles = load(name)
    count = int(root.get("tilecount"))
    assert index["columns"] == 16
    seen = set()
    for tile_name, tid in index["tiles"].items():
        assert 0 <= tid < count, tile_name
        assert tid not in seen, f"{tile_name} shares id {tid}"
        seen.add(tid)
        assert tiles[tid].find("properties/property[@name='tile_name']").get("value") == tile_name
    for block, (first, w, h) in index["blocks"].items():
        assert first % 16 + w <= 16, block  # a block never wraps round the row
        ids = block_ids(first, w, h)
        assert max(ids) < count and not seen & set(ids), block
        seen.update(ids)


@pytest.mark.parametrize("name", SETS)
def test_solid_tiles_have_collision_rectangles(name):
    _, index, tiles = load(name)
    assert index["solid"] or name == "facade", "only the flat facade has nothing to walk into"
    for solid in index["solid"]:
        if solid in index["tiles"]:
            ids = [index["tiles"][solid]]
        else:
            ids = block_ids(*index["blocks"][solid])
        objects = [o for tid in ids if tid in tiles for o in tiles[tid].findall("objectgroup/object")]
        assert objects, f"{solid} is listed solid but has no collision object"
        for o in objects:
            x, y, w, h = (float(o.get(k)) for k in ("x", "y", "width", "height"))
            assert w > 0 and h > 0 and 0 <= x and x + w <= 16 and 0 <= y and y + h <= 16, solid


@pytest.mark.parametrize("name", SETS)
def test_floors_have_a_surface(name):
    _, index, tiles = load(name)
    floors = [n for n in index["tiles"] if n.startswith("floor_")]
    assert floors or name == "facade"
    for n in floors:
        prop = tiles[index["tiles"][n]].find("properties/property[@name='surface']")
        assert prop is not None and prop.get("value") in ("hard", "soft"), n


def test_enough_animated_tiles_with_valid_frames():
    animated = 0
    for name in SETS:
        root, index, tiles = load(name)
        count = int(root.get("tilecount"))
        for tile in tiles.values():
            frames = tile.findall("animation/frame")
            if not frames:
                continue
            animated += 1
            assert len(frames) >= 2
            for f in frames:
                assert 0 <= int(f.get("tileid")) < count
                assert int(f.get("duration")) > 0
        for n in index["animated"]:
            first = index["tiles"].get(n, index["blocks"].get(n, [None])[0])
            assert tiles[first].find("animation") is not None, n
    assert animated >= 10


@pytest.mark.parametrize("name", SETS)
def test_every_pixel_is_a_palette_colour(name):
    allowed = set(palette().values())
    with Image.open(TILES / f"{name}.png") as im:
        assert im.mode == "RGBA"
        colours = {c for _, c in im.getcolors(maxcolors=1 << 16)}
    for r, g, b, a in colours:
        assert a in (0, 255), "no half-transparent pixels"
        assert a == 0 or (r, g, b) in allowed, (r, g, b)


def test_rebuild_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools/art/tiles/build.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for name in SETS:
        for built, shipped in ((tmp_path / "sprites/tiles" / f"{name}.png", TILES / f"{name}.png"),
                               (tmp_path / "sprites/tiles" / f"{name}.json", TILES / f"{name}.json"),
                               (tmp_path / "maps/tilesets" / f"{name}.tsx", TSX / f"{name}.tsx")):
            assert built.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale: rebuild it"


def test_pytmx_reads_collision_animation_and_surface(tmp_path):
    """A one-tile map using each tileset, loaded the way the game loads maps."""
    pytmx = pytest.importorskip("pytmx")
    _, index, _ = load("club")
    dance, bar = index["tiles"]["dance_1"], index["tiles"]["bar_m"]
    tmx = tmp_path / "probe.tmx"
    tmx.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="2" height="1"
 tilewidth="16" tileheight="16" infinite="0" nextlayerid="2" nextobjectid="1">
 <tileset firstgid="1" source="{TSX / 'club.tsx'}"/>
 <layer id="1" name="floor" width="2" height="1"><data encoding="csv">{dance + 1},{bar + 1}</data></layer>
</map>""", encoding="utf-8")
    tmap = pytmx.TiledMap(str(tmx))
    gid_dance, gid_bar = tmap.get_tile_gid(0, 0, 0), tmap.get_tile_gid(1, 0, 0)
    props = tmap.get_tile_properties_by_gid(gid_dance)
    assert props["surface"] == "hard" and len(props["frames"]) == 4
    assert tmap.get_tile_properties_by_gid(gid_bar)["colliders"]


def draw_city(w: int, h: int, landmarks: dict[str, int]) -> dict[tuple[int, int], str]:
    from tools.art.skyline import panorama

    pixels: dict[tuple[int, int], str] = {}
    panorama(lambda x, y, c: pixels.__setitem__((x, y), c), w, h, "test", landmarks)
    return pixels


def test_the_city_has_depth_and_its_landmarks():
    """Three layers (hazy far towers, night-blue middle, black near roofs with water towers), the
    Empire State's spire and the north tower's antenna over everything, the Twin Towers' two flat tops."""
    city = draw_city(320, 48, {"empire_state": 80, "twin_towers": 220})
    assert {"night_high", "night", "black"} <= set(city.values())
    roofs = min(y for (x, y), c in city.items() if c == "night_high" and not 70 <= x < 240)
    spire = min(y for x, y in city if x == 80)
    antenna = min(y for x, y in city if x == 223)
    assert spire < roofs - 12 and antenna < roofs - 12
    assert city[(80, spire)] == "red"
    crest = {x: min((y for xx, y in city if xx == x and city[(xx, y)] == "night_high"), default=99)
             for x in range(212, 244)}
    high = min(crest.values())
    towers = sorted(x for x, y in crest.items() if y <= high + 1)  # the two flat tops, nothing else near
    assert towers == list(range(220, 227)) + list(range(229, 236)), "two towers of 7 with a gap of 2"
    water_towers = draw_city(320, 48, {})  # a roof with a tank stands out of the near layer
    assert sum(1 for (x, y), c in water_towers.items() if c == "black" and water_towers.get((x, y + 1)) != "black"
               and water_towers.get((x - 1, y)) != "black" and water_towers.get((x + 1, y)) != "black") >= 5


def test_the_title_windows_are_lit_windows_of_its_city():
    ui = json.loads((ROOT / "assets" / "sprites" / "ui" / "ui.json").read_text(encoding="utf-8"))
    city = Image.open(ROOT / "assets" / "sprites" / "ui" / "skyline.png").convert("RGB")
    lit = {palette()[c] for c in ("sodium", "yellow", "amber", "bleach")}
    windows = ui["skyline_windows"]
    assert len(windows) >= 20
    for x, y, wall in windows:
        assert city.getpixel((x, y)) in lit and wall in palette(), (x, y)
