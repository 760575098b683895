"""Tiled compatibility: small maps, written here, that each use one Tiled feature; the game draws
them as Tiled does (a pixel is compared), or refuses them in one line, the same line as `check`.
And the third-party sample maps in ../shared/tiled-samples/ (skipped when that folder is absent)."""

import base64
import gzip
import os
import shutil
import zlib
from pathlib import Path

import pygame
import pytest

from conftest import TEST_MAPS
from game.check import run_checks
from game.world.level import load_level
from game.world.lighting import Lighting
from game.world.render import MapView
from game.world.tmx import MapError

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = Path(os.environ.get("LIQUID_SKY_TILED_SAMPLES") or ROOT.parent / "shared" / "tiled-samples").resolve()  # as map_path gives it
FLOOR, WALL, RUG = (40, 80, 96), (54, 52, 112), (255, 47, 168)  # tiles 1, 2 and 7 of tests/maps/test.png
TALL = (255, 176, 47)


@pytest.fixture(autouse=True)
def display():
    pygame.display.init()
    pygame.display.set_mode((480, 270))


def grid(w: int, h: int, gid: int = 0, cells: dict | None = None) -> list[int]:
    values = [gid] * (w * h)
    for (x, y), g in (cells or {}).items():
        values[y * w + x] = g
    return values


def data(values: list[int], encoding: str = "csv") -> str:
    if encoding == "csv":
        return f'<data encoding="csv">{",".join(map(str, values))}</data>'
    if encoding == "xml":
        return "<data>" + "".join(f'<tile gid="{v}"/>' for v in values) + "</data>"
    raw = b"".join(v.to_bytes(4, "little") for v in values)
    compression = {"zlib": zlib.compress, "gzip": gzip.compress, "base64": lambda b: b}[encoding]
    attr = f' compression="{encoding}"' if encoding != "base64" else ""
    return f'<data encoding="base64"{attr}>{base64.b64encode(compression(raw)).decode()}</data>'


def layer(name: str, values: list[int], attrs: str = "", encoding: str = "csv") -> str:
    return f'<layer name="{name}" {attrs}>{data(values, encoding)}</layer>'


def write(folder: Path, body: str, w: int = 10, h: int = 6, attrs: str = "", name: str = "m.tmx",
          tilesets: str = '<tileset firstgid="1" source="test.tsx"/>') -> Path:
    for f in ("test.tsx", "test.png"):
        if not (folder / f).exists():
            shutil.copy(TEST_MAPS / f, folder / f)
    path = folder / name
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<map version="1.10" orientation="orthogonal" '
                    f'renderorder="right-down" width="{w}" height="{h}" tilewidth="16" tileheight="16" '
                    f'infinite="0" {attrs}>{tilesets}{body}</map>')
    return path


def picture(folder: Path, name: str, size: tuple[int, int], colour) -> str:
    image = pygame.Surface(size, pygame.SRCALPHA)
    image.fill(colour)
    pygame.image.save(image, str(folder / name))
    return name


def draw(path: Path, centre=None, things=()):
    """The frame the game draws of the map, and a function: map pixel -> colour on it."""
    level = load_level(str(path), lambda: 0)
    surface = pygame.Surface((480, 270))
    w, h = level.doc.pixel_size
    offset = MapView(level, Lighting("", [])).draw(surface, centre or (w / 2, h / 2), list(things), 0)
    return level, lambda x, y: tuple(surface.get_at((x + offset[0], y + offset[1])))[:3]


def refusal(path: Path) -> str:
    """The game's one-line refusal, checked to be exactly what `check` reports."""
    with pytest.raises(MapError) as caught:
        load_level(str(path), lambda: 0)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    checked = [str(p) for p in run_checks([path]) if p.severity == "error" and p.file == str(path)]
    assert checked == [message], checked
    return message


# -- encodings and visibility ------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["csv", "base64", "zlib", "gzip", "xml"])
def test_every_encoding_draws_and_counts_for_coverage(tmp_path, encoding):
    path = write(tmp_path, layer("floor", grid(10, 6, 1, {(3, 2): 0}), encoding=encoding))
    level, at = draw(path)
    assert at(8, 8) == FLOOR
    assert level.doc.holes() == [(3, 2)]
    assert any("1 cell(s) have no tile on any visible layer (e.g. 3,2)" in str(p) for p in run_checks([path]))


def test_a_layer_in_a_hidden_group_is_not_drawn_nor_counted(tmp_path):
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) +
                 f'<group name="g" visible="0">{layer("walls", grid(10, 6, 2))}</group>')
    level, at = draw(path)
    assert at(8, 8) == FLOOR and not level.layered


def test_hidden_collision_objects_and_hidden_walls_do_not_block(tmp_path):
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) + layer("walls", grid(10, 6, 2), 'visible="0"') +
                 '<objectgroup name="objects"><object id="1" name="start" type="spawn" x="80" y="64"/>'
                 '<object id="3" type="collision" x="0" y="0" width="160" height="96" visible="0"/></objectgroup>'
                 '<objectgroup name="blocking" visible="0">'
                 '<object id="2" type="collision" x="0" y="0" width="160" height="96"/></objectgroup>')
    level = load_level(str(path), lambda: 0)
    assert not level.collision.rects
    assert [o.id for o in level.doc.objects] == [1]


# -- drawing what Tiled draws ------------------------------------------------------------------
def test_a_map_with_only_object_and_image_layers_draws(tmp_path):
    picture(tmp_path, "sky.png", (8, 8), (10, 200, 30, 255))
    path = write(tmp_path, '<imagelayer name="sky" repeatx="1" repeaty="1"><image source="sky.png" width="8" height="8"/>'
                 '</imagelayer><objectgroup name="things"><object id="1" gid="7" x="32" y="48" width="16" height="16"/>'
                 '</objectgroup>')
    level, at = draw(path)
    assert level.layered
    assert at(150, 90) == (10, 200, 30)  # the image repeats over the whole map
    assert at(32 + 8, 32 + 8) == RUG  # the tile object, bottom-left at its position
    assert level.surface_at(40, 40) == "hard"


def test_an_image_layer_without_an_image_draws_nothing(tmp_path):
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) + '<imagelayer name="empty"/>')
    _, at = draw(path)
    assert at(8, 8) == FLOOR


def test_opacity_tint_and_offset_of_layers_and_groups(tmp_path):
    path = write(tmp_path, layer("floor", grid(10, 6, 2)) +
                 '<group name="g" opacity="0.5" offsetx="4">' +
                 layer("top", grid(10, 6, 0, {(1, 1): 1}), 'offsety="2" tintcolor="#ff0000"') + '</group>')
    _, at = draw(path)
    # tile 1's inside at cell 1,1, moved by (4, 2), red only, half over tile 2
    r, g, b = at(16 + 4 + 8, 16 + 2 + 8)
    assert (abs(r - (FLOOR[0] + WALL[0]) // 2) <= 2 and abs(g - WALL[1] // 2) <= 2 and abs(b - WALL[2] // 2) <= 2)
    assert at(16 + 8, 16 + 8)[0] < 100  # the cell itself: only the base layer under the moved tile's edge


def test_background_colour_shows_where_no_tile_is(tmp_path):
    path = write(tmp_path, layer("floor", grid(10, 6, 1, {(2, 2): 0})), attrs='backgroundcolor="#ff123456"')
    _, at = draw(path)
    assert at(2 * 16 + 5, 2 * 16 + 5) == (0x12, 0x34, 0x56)


def test_tall_tiles_stand_on_the_bottom_of_their_cell_with_the_tileset_offset(tmp_path):
    picture(tmp_path, "tall.png", (16, 32), TALL + (255,))
    tall = ('<tileset firstgid="100" name="tall" tilewidth="16" tileheight="32" tilecount="1" columns="1">'
            '<tileoffset x="2" y="0"/><image source="tall.png" width="16" height="32"/></tileset>')
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) + layer("trees", grid(10, 6, 0, {(4, 3): 100})),
                 tilesets='<tileset firstgid="1" source="test.tsx"/>' + tall)
    _, at = draw(path)
    assert at(4 * 16 + 8, 2 * 16 + 2) == TALL  # the row above its cell
    assert at(4 * 16 + 8, 3 * 16 + 14) == TALL
    assert at(4 * 16 + 8, 4 * 16 + 4) == FLOOR  # not one row too low
    assert at(4 * 16 + 1, 3 * 16 + 8) != TALL and at(5 * 16 + 1, 3 * 16 + 8) == TALL  # 2 px to the right


def test_parallax_moves_a_layer_by_its_factor_of_the_camera(tmp_path):
    w, h = 60, 40
    path = write(tmp_path, layer("floor", grid(w, h, 1)) +
                 layer("far", grid(w, h, 0, {(30, 20): 2}), 'parallaxx="0.5" parallaxy="0.5"'),
                 w=w, h=h, attrs='parallaxoriginx="480" parallaxoriginy="320"')
    # the camera on the parallax origin: the layer is where Tiled puts it without parallax
    _, at = draw(path, centre=(480, 320))
    assert at(30 * 16 + 8, 20 * 16 + 8) == WALL
    # the camera 160 px right: the far layer follows it by half, so it shows 80 px right
    _, at = draw(path, centre=(640, 320))
    assert at(30 * 16 + 8, 20 * 16 + 8) == FLOOR and at(30 * 16 + 8 + 80, 20 * 16 + 8) == WALL


def test_tile_objects_on_the_people_layer_sort_with_them_by_their_bottom_edge(tmp_path):
    picture(tmp_path, "post.png", (16, 32), TALL + (255,))
    posts = ('<tileset firstgid="100" name="posts" tilewidth="16" tileheight="32" tilecount="1">'
             '<tile id="0"><image source="post.png" width="16" height="32"/></tile></tileset>')

    class Person:
        visible, x = True, 72

        def __init__(self, y):
            self.y = y

        def image(self, tick):
            s = pygame.Surface((8, 8))
            s.fill((1, 2, 3))
            return s

    path = write(tmp_path, layer("floor", grid(10, 6, 1)) +
                 '<objectgroup name="objects"><object id="1" name="start" type="spawn" x="20" y="20"/>'
                 '<object id="2" gid="100" x="64" y="64" width="16" height="32"/></objectgroup>',
                 tilesets='<tileset firstgid="1" source="test.tsx"/>' + posts)
    _, at = draw(path, things=[Person(60)])  # feet above the post's bottom: behind it
    assert at(72, 58) == TALL
    _, at = draw(path, things=[Person(70)])  # in front of it
    assert at(72, 66) == (1, 2, 3) and at(72, 58) == TALL


def test_text_objects_are_drawn(tmp_path):
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) +
                 '<objectgroup name="labels"><object id="1" x="8" y="8" width="120" height="30">'
                 '<text pixelsize="16" color="#ffffff">HELLO</text></object></objectgroup>')
    level, at = draw(path)
    assert any(at(x, y) == (255, 255, 255) for x in range(8, 60) for y in range(8, 30))


# -- refusals: one line, the same from the game and from check ---------------------------------
@pytest.mark.parametrize("body,attrs,expected", [
    ("", 'orientation="isometric"', "this map is isometric; the game draws orthogonal maps only"),
    ("", 'orientation="staggered" infinite="1"', "this map is staggered and infinite; the game draws fixed-size"),
    ("", 'width="200000" height="200000"', "map is 200000 x 200000 tiles; the limit is 1,000,000 tiles"),
    ('<layer name="floor"><data encoding="csv">1,1,1,</data></layer>', "", "layer 'floor': has 3 tiles, a 10 x 6 map needs 60"),
    ('<layer name="floor"><data encoding="csv">1,x,1</data></layer>', "", "layer 'floor': the csv tile data does not decode"),
    ('<layer name="floor"><data encoding="base64" compression="zstd">KLUv</data></layer>', "",
     "layer 'floor': is compressed with zstd, which the game cannot read: set Tile Layer Format to CSV or Base64 (zlib"),
])
def test_maps_the_game_cannot_draw_are_refused_in_one_line(tmp_path, body, attrs, expected):
    path = write(tmp_path, body, attrs=attrs)
    text = path.read_text()
    for key in ("orientation", "width", "height", "infinite"):  # the test's attributes win
        if f'{key}="' in attrs:
            text = text.replace(f' {key}="', f' old{key}="', 1)
    path.write_text(text)
    assert expected in refusal(path)


def test_broken_images_are_named(tmp_path):
    (tmp_path / "lfs.png").write_text("version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 12\n")
    path = write(tmp_path, '<imagelayer name="sky"><image source="lfs.png"/></imagelayer>')
    assert "layer 'sky': image lfs.png is a Git LFS pointer, not the image; run `git lfs pull`" in refusal(path)
    (tmp_path / "bad.png").write_text("not a png")
    path = write(tmp_path, '<imagelayer name="sky"><image source="bad.png"/></imagelayer>')
    assert "layer 'sky': image bad.png cannot be read" in refusal(path)


def test_a_tileset_image_without_its_size_is_measured(tmp_path):
    old = ('<tileset firstgid="1" name="old" tilewidth="16" tileheight="16"><image source="test.png"/></tileset>')
    path = write(tmp_path, layer("floor", grid(10, 6, 2)), tilesets=old)
    _, at = draw(path)
    assert at(8, 8) == WALL


def test_a_tile_template_whose_tileset_is_missing_is_refused(tmp_path):
    (tmp_path / "t.tx").write_text('<template><tileset firstgid="1" source="gone.tsx"/>'
                                   '<object gid="3" width="16" height="16"/></template>')
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) +
                 '<objectgroup name="o"><object id="4" template="t.tx" x="16" y="32"/></objectgroup>')
    assert "object 4: template t.tx: tileset gone.tsx not found" in refusal(path)


# -- the third-party samples -------------------------------------------------------------------
def sample_maps() -> list[Path]:
    return sorted(SAMPLES.rglob("*.tmx")) if SAMPLES.is_dir() else []


@pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no third-party Tiled samples at {SAMPLES}")
def test_every_sample_map_opens_and_draws_or_is_refused_in_one_line(app):
    import xml.etree.ElementTree as ET
    maps = sample_maps()
    assert len(maps) > 20
    errors: dict[str, list[str]] = {}
    for p in run_checks(maps):  # one check over them all, as a designer would run it
        if p.severity == "error":
            errors.setdefault(p.file, []).append(str(p))
    for path in maps:
        if ET.parse(path).getroot().get("orientation") != "orthogonal":
            with pytest.raises(MapError) as caught:
                app.start_map(str(path))
            assert "\n" not in str(caught.value) and errors[str(path)] == [str(caught.value)]
            continue
        app.start_map(str(path))
        app.tick()
        frame = app.draw()
        colours = {tuple(frame.get_at((x, y))) for x in range(0, 480, 7) for y in range(20, 270, 7)}
        assert len(colours) > 3, path
        assert not [e for e in errors.get(str(path), []) if "cannot be read" in e], path


def test_pytmx_is_handed_only_the_tile_entries_the_map_draws_and_their_frames(tmp_path):
    (tmp_path / "kit.tsx").write_text(
        '<tileset name="kit" tilewidth="16" tileheight="16" tilecount="8" columns="8">'
        '<image source="test.png" width="128" height="16"/>'
        '<tile id="0"><properties><property name="surface" value="carpet"/></properties></tile>'
        '<tile id="1"><objectgroup><object id="1" x="0" y="0" width="16" height="16"/></objectgroup></tile>'
        '<tile id="2"><animation><frame tileid="5" duration="100"/><frame tileid="2" duration="100"/></animation></tile>'
        '<tile id="5"><animation><frame tileid="6" duration="100"/></animation></tile>'
        '<tile id="6"><properties><property name="surface" value="soft"/></properties></tile>'
        '<tile id="7"><objectgroup><object id="1" x="0" y="0" width="16" height="16"/></objectgroup></tile>'
        '</tileset>')
    path = write(tmp_path, layer("floor", grid(10, 6, 1, {(4, 3): 3})),
                 tilesets='<tileset firstgid="1" source="kit.tsx"/>')
    level, at = draw(path)
    assert [t.get("id") for t in level.doc.sanitised.find("tileset").iter("tile")] == ["0", "2", "5", "6"]
    assert at(8, 8) == FLOOR and level.surface_at(8, 8) == "carpet"
    assert not level.collision.rects  # the walls in the tileset are not on the map
    assert level.data.animated(level.tmx.layers[0].data[3][4])


def test_maps_sharing_a_tileset_each_get_their_own_entries_and_an_edited_tileset_is_read_again(tmp_path):
    kit = tmp_path / "test.tsx"
    a = write(tmp_path, layer("floor", grid(10, 6, 1)), name="a.tmx")
    b = write(tmp_path, layer("floor", grid(10, 6, 6)), name="b.tmx")
    assert load_level(str(a), lambda: 0).surface_at(8, 8) == "hard"
    assert load_level(str(b), lambda: 0).surface_at(8, 8) == "soft"  # the first map's pruning left it whole
    assert load_level(str(a), lambda: 0).surface_at(8, 8) == "hard"
    kit.write_text(kit.read_text().replace('value="hard"', 'value="gravel"'))
    assert load_level(str(a), lambda: 0).surface_at(8, 8) == "gravel"


def test_the_shipped_maps_stay_on_the_fast_renderer():
    from game.world.level import available_maps
    assert all(not load_level(name, lambda: 0).layered for name in available_maps())


# -- previewing any map, and the designer's own edits ---------------------------------------------
def test_a_map_without_spawn_starts_near_its_middle_and_spawn_takes_tile_coordinates(app, tmp_path):
    walls = grid(10, 6, 0, {(5, 3): 2})  # the middle tile is a wall
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) + layer("walls", walls))
    app.start_map(str(path))
    world = app.explore().world
    tx, ty = world.player.tile(16)
    assert abs(tx - 5) + abs(ty - 3) == 1
    assert "m.tmx has no spawn object: starting at tile" in app.message
    app.start_map(str(path), "2,4")
    assert app.explore().world.player.tile(16) == (2, 4)
    with pytest.raises(MapError, match=r"m.tmx: tile 10,4 is outside the map \(10 x 6 tiles"):
        app.start_map(str(path), "10,4")


def test_a_json_map_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "level.tmj"
    path.write_text("{}")
    with pytest.raises(MapError, match="this is a JSON map; the game reads .tmx: save it from Tiled as TMX"):
        load_level(str(path), lambda: 0)


def test_an_object_whose_condition_does_not_parse_is_named_on_load_and_stays_away(app, tmp_path):
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) +
                 '<objectgroup name="objects"><object id="1" name="start" type="spawn" x="24" y="40"/>'
                 '<object id="2" name="guard" type="npc" x="80" y="64"><properties>'
                 '<property name="condition" value="$x &gt;&gt; 2"/></properties></object></objectgroup>')
    app.start_map(str(path))
    world = app.explore().world
    assert "guard" not in world.actors
    assert 'm.tmx: object 2 "guard": condition \'$x >> 2\' does not parse' in app.message
    assert "the object stays inactive" in app.message


def test_f6_names_the_file_and_object_that_broke(app, tmp_path):
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) +
                 '<objectgroup name="objects"><object id="1" name="start" type="spawn" x="24" y="40"/></objectgroup>')
    app.start_map(str(path))
    path.write_text(path.read_text().replace('<object id="1"', '<object id="7" template="gone.tx"/><object id="1"'))
    app.explore().reload()
    assert "reload failed, kept the old version" in app.message
    assert "m.tmx: object 7: " in app.message and "gone.tx: template not found" in app.message


def test_check_and_the_game_read_the_checkout_they_run_in(tmp_path, monkeypatch, capsys):
    from game.check import main as check_main
    from game.paths import assets_dir
    (tmp_path / "assets" / "maps").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "liquid-sky"\n')
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    assert assets_dir() == tmp_path / "assets"
    check_main([str(write(tmp_path, layer("floor", grid(10, 6, 1))))])
    assert f"the game's assets are read from {tmp_path / 'assets'}" in capsys.readouterr().err


def test_what_is_drawn_otherwise_than_in_tiled_is_a_warning_naming_the_layer(tmp_path):
    path = write(tmp_path, layer("floor", grid(10, 6, 1), 'mode="add"'))
    warnings = [p.message for p in run_checks([path]) if p.severity == "warning"]
    assert "layer 'floor': blend mode 'add' is drawn as normal" in warnings


def test_an_image_layer_keeps_its_transparent_colour(tmp_path):
    image = pygame.Surface((16, 16))
    image.fill((255, 0, 255))
    image.fill((9, 9, 9), (0, 0, 4, 4))
    pygame.image.save(image, str(tmp_path / "keyed.png"))
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) +
                 '<imagelayer name="k"><image source="keyed.png" trans="ff00ff"/></imagelayer>')
    _, at = draw(path)
    assert at(1, 1) == (9, 9, 9) and at(8, 8) == FLOOR


def test_check_takes_an_image_collection_tileset_and_names_a_missing_tile_image(tmp_path):
    picture(tmp_path, "post.png", (16, 32), TALL + (255,))
    tsx = tmp_path / "posts.tsx"
    tsx.write_text('<tileset name="posts" tilewidth="16" tileheight="32" tilecount="2">'
                   '<tile id="0"><image source="post.png" width="16" height="32"/></tile></tileset>')
    assert not [p for p in run_checks([tsx]) if p.file == str(tsx)]
    tsx.write_text(tsx.read_text().replace("</tileset>", '<tile id="1"><image source="gone.png"/></tile></tileset>'))
    assert [p.message for p in run_checks([tsx]) if p.file == str(tsx)] == [
        f"tileset posts.tsx: image gone.png not found ({tmp_path / 'gone.png'})"]


def test_a_tileset_that_claims_a_larger_image_is_named(tmp_path):
    big = ('<tileset firstgid="1" name="big" tilewidth="16" tileheight="16">'
           '<image source="test.png" width="512" height="64"/></tileset>')
    path = write(tmp_path, layer("floor", grid(10, 6, 40)), tilesets=big)  # tile 40: row 2 of the claimed image
    assert "tileset 'big': image test.png is smaller than the tileset says" in refusal(path)


def test_a_rotated_tile_object_turns_around_its_bottom_left_corner(tmp_path):
    picture(tmp_path, "post.png", (16, 32), TALL + (255,))
    posts = ('<tileset firstgid="100" name="posts" tilewidth="16" tileheight="32" tilecount="1">'
             '<tile id="0"><image source="post.png" width="16" height="32"/></tile></tileset>')
    path = write(tmp_path, layer("floor", grid(10, 6, 1)) +
                 '<objectgroup name="things"><object id="2" gid="100" x="64" y="48" width="16" height="32" '
                 'rotation="90"/></objectgroup>', tilesets='<tileset firstgid="1" source="test.tsx"/>' + posts)
    _, at = draw(path)
    assert at(64 + 24, 48 + 8) == TALL  # lying to the right of the corner, below where it stood
    assert at(64 + 8, 48 - 8) == FLOOR
