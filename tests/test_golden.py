"""Golden frames: the renderer (MapView over pyscroll, the World walking people, culling, the
overhead tiles, the lighting, the CPU scaling) drawn on the test map tests/maps/golden.tmx with
the test tileset and sprite sheets drawn here, never the game's art, so they change only when the
drawing does. Each frame is compared pixel for pixel with its PNG in tests/golden/. After a
change meant to alter the picture, look at the frames written under /tmp and regenerate with
`python -m pytest tests/test_golden.py --regen-goldens`."""

import tempfile
from pathlib import Path

import pygame
import pytest

from conftest import fixture_map
from game.app import CANVAS, scale_canvas
from game.story.state import StoryState
from game.world import actors
from game.world.actors import FRAME_H, FRAME_W, ROWS, Actor
from game.world.level import load_level
from game.world.lighting import Lighting
from game.world.render import MapView
from game.world.world import World

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = "python -m pytest tests/test_golden.py --regen-goldens"
PEOPLE = {"walker_a": (230, 60, 60), "walker_b": (60, 200, 90), "walker_c": (70, 110, 240), "player": (240, 240, 240)}


def sprite_sheet(body: tuple[int, int, int]) -> pygame.Surface:
    """A person in the game's sheet layout (rows: down, left, right, up; columns: two idle, four
    walk): a body of one colour, a dark head showing the facing, and legs that move as they walk."""
    sheet = pygame.Surface((FRAME_W * 6, FRAME_H * len(ROWS)), pygame.SRCALPHA)
    eye = {"down": (7, 9), "left": (4, 8), "right": (10, 8), "up": (7, 5)}
    for r, direction in enumerate(ROWS):
        for c in range(6):
            x, y = c * FRAME_W, r * FRAME_H
            bob = c % 2
            sheet.fill((30, 24, 40), (x + 4, y + 3 + bob, 8, 8))
            sheet.fill(body, (x + 3, y + 11 + bob, 10, 13))
            sheet.fill((250, 250, 200), (x + eye[direction][0], y + eye[direction][1] + bob, 2, 2))
            stride = (0, 0, 2, 0, -2, 0)[c]
            sheet.fill((20, 20, 30), (x + 4 + stride, y + 24, 3, 8))
            sheet.fill((20, 20, 30), (x + 9 - stride, y + 24, 3, 8))
    return sheet


@pytest.fixture
def scene(tmp_path, monkeypatch):
    """The golden map's level, world (the player 'player' at its start) and view, with the test
    sheets loaded by the game's own loader; `tick` is the level's clock."""
    if pygame.display.get_surface() is None:
        pygame.display.set_mode(CANVAS)
    for actor_id, body in PEOPLE.items():
        pygame.image.save(sprite_sheet(body), str(tmp_path / f"{actor_id}.png"))
    monkeypatch.setattr(actors, "asset", lambda *parts: tmp_path / parts[-1])
    monkeypatch.setattr(actors, "_sheets", {})
    clock = [0]
    level = load_level(fixture_map("golden"), lambda: clock[0])
    world = World(level, StoryState(player="player"), "start")
    mapview = MapView(level, Lighting(str(level.prop("ambient", "")), level.doc.objects_of("light")))

    class Scene:
        def __init__(self):
            self.level, self.world, self.mapview = level, world, mapview

        @property
        def tick(self):
            return clock[0]

        def run(self, ticks: int) -> None:
            for _ in range(ticks):
                clock[0] += 1
                world.update((0, 0))

        def draw(self, centre=None) -> pygame.Surface:
            canvas = pygame.Surface(CANVAS)  # as the app's canvas
            player = world.player
            mapview.draw(canvas, centre or (player.x, player.y), world.all_actors(), clock[0])
            return canvas

    return Scene()


def walking(world: World, key: str, actor_id: str, start: tuple[int, int], *path: tuple[int, int]) -> Actor:
    person = Actor(actor_id, *start, name=key)
    person.path = [(float(x), float(y)) for x, y in path]
    world.actors[key] = person
    return person


def assert_golden(request, name: str, frame: pygame.Surface) -> None:
    path = GOLDEN / f"{name}.png"
    if request.config.getoption("--regen-goldens"):
        GOLDEN.mkdir(exist_ok=True)
        pygame.image.save(frame, str(path))
        return
    assert path.is_file(), f"{path} is missing: write it with `{REGENERATE}`"
    expected = pygame.image.load(str(path))
    got = pygame.image.tobytes(frame, "RGB")
    if expected.get_size() == frame.get_size() and pygame.image.tobytes(expected, "RGB") == got:
        return
    out = Path(tempfile.gettempdir()) / "liquid-sky-golden"
    out.mkdir(exist_ok=True)
    pygame.image.save(frame, str(out / f"{name}_actual.png"))
    message = f"frame {name} differs from {path}: the frame drawn is {out / (name + '_actual.png')}"
    if expected.get_size() == frame.get_size():
        diff = frame.copy()
        diff.fill((96, 96, 96), special_flags=pygame.BLEND_RGB_MULT)  # the frame dimmed, differences in magenta
        expected = expected.convert(frame)
        differ = [(x, y) for y in range(frame.get_height()) for x in range(frame.get_width())
                  if frame.get_at((x, y))[:3] != expected.get_at((x, y))[:3]]
        for xy in differ:
            diff.set_at(xy, (255, 0, 255))
        pygame.image.save(diff, str(out / f"{name}_diff.png"))
        message += f", {len(differ)} pixels differ (in magenta: {out / (name + '_diff.png')})"
    else:
        message += f", {frame.get_size()} against {expected.get_size()}"
    pytest.fail(f"{message}. If the change is meant, regenerate: {REGENERATE}")


def test_a_crowd_crossing_the_edges_of_the_view(scene, request):
    """People walk in from beyond every edge of the view and out past it, in front of and behind
    each other, through the lit dimness; the player stands still."""
    world = scene.world
    walking(world, "a1", "walker_a", (40, 200), (600, 200))
    walking(world, "a2", "walker_a", (600, 230), (40, 230))
    walking(world, "b1", "walker_b", (300, 20), (300, 370))
    walking(world, "b2", "walker_b", (360, 370), (360, 60), (560, 60))
    walking(world, "c1", "walker_c", (60, 360), (560, 80))
    walking(world, "c2", "walker_c", (90, 300), (330, 300), (330, 205))
    scene.run(40)
    assert_golden(request, "crowd_early", scene.draw())
    scene.run(70)
    assert_golden(request, "crowd_late", scene.draw())


def test_people_under_the_overhead_beam(scene, request):
    """The beam (row 11) and its animated lamp are drawn over the player and over someone walking
    under it, but not over someone in front of it."""
    world = scene.world
    world.player.x, world.player.y = 15 * 16 + 8, 12 * 16 + 6  # the head under the beam
    walking(world, "under", "walker_a", (200, 200), (420, 200))
    walking(world, "front", "walker_b", (420, 220), (200, 220))
    scene.run(50)
    assert_golden(request, "overhead", scene.draw())
    scene.run(16)  # the lamp's next frame (250 ms)
    assert_golden(request, "overhead_lamp", scene.draw())


def test_lights_and_a_flicker(scene, request):
    """The ambient dims the map, each light adds its glow (the camera clamped to the map's corner),
    and the flickering light is at half strength on alternate spans of seven ticks."""
    world = scene.world
    world.player.x, world.player.y = 520, 310
    corner = (10_000, 10_000)  # clamped to the bottom right
    assert_golden(request, "lights", scene.draw(corner))
    scene.run(7)
    assert_golden(request, "lights_flicker", scene.draw(corner))


@pytest.mark.parametrize("window", [(960, 540), (1500, 850)])
def test_the_cpu_scaling_fills_or_letterboxes_the_window(scene, request, window):
    """The frame at a whole scale: exactly twice in 960x540; three times in 1500x850 between bars."""
    walking(scene.world, "a1", "walker_a", (200, 200), (600, 200))
    scene.run(30)
    target = pygame.Surface(window)
    target.fill((200, 0, 0))  # what the bars must clear
    scale_canvas(scene.draw(), target)
    assert_golden(request, f"scaled_{window[0]}x{window[1]}", target)
