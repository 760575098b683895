"""The people sprites, fallen poses and portraits: layout, palette, distinctness, reproducibility."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.palette import palette  # noqa: E402

PEOPLE = ROOT / "assets" / "sprites" / "people"
PORTRAITS = ROOT / "assets" / "sprites" / "portraits"
NAMED = ["margaret", "jimmy", "adrian", "johann", "owen", "sylvia", "katherine", "paul", "soap_actor"]
CREW = ["photographer", "makeup_artist", "stylist", "stage_manager", "dj", "bouncer", "bartender",
        "doorman", "guard"]
GUESTS = [f"guest_{n}" for n in range(1, 9)]
ALL = NAMED + CREW + GUESTS
FALLEN = ["owen", "paul", "jimmy", "soap_actor"]
PALETTE = {(*rgb, 255) for rgb in palette().values()}


def load(path: Path) -> Image.Image:
    return Image.open(path).convert("RGBA")


def frames(sheet: Image.Image):
    for row in range(4):
        for col in range(6):
            yield row, col, sheet.crop((col * 16, row * 32, col * 16 + 16, row * 32 + 32))


def alpha_mask(img: Image.Image) -> bytes:
    return bytes(1 if a else 0 for a in img.getchannel("A").tobytes())


def pixels(img: Image.Image) -> list[tuple[int, int, int, int]]:
    data = img.tobytes()
    return [tuple(data[i:i + 4]) for i in range(0, len(data), 4)]


def colours(img: Image.Image) -> set:
    return {px for px in pixels(img) if px[3]}


@pytest.mark.parametrize("pid", ALL)
def test_sheet_layout(pid):
    sheet = load(PEOPLE / f"{pid}.png")
    assert sheet.size == (96, 128)
    for row, col, f in frames(sheet):
        assert f.getbbox() is not None, f"{pid} row {row} col {col} is empty"
        # feet on the floor: something opaque in the bottom two rows of every frame
        assert f.crop((0, 30, 16, 32)).getchannel("A").getbbox() is not None, (pid, row, col)


@pytest.mark.parametrize("pid", ALL)
def test_walk_frames_move_and_idle_breathes(pid):
    sheet = load(PEOPLE / f"{pid}.png")
    for row in range(4):
        cells = [sheet.crop((c * 16, row * 32, c * 16 + 16, row * 32 + 32)).tobytes() for c in range(6)]
        assert cells[0] != cells[1], f"{pid}: idle row {row} does not animate"
        assert len(set(cells[2:])) >= 3, f"{pid}: walk row {row} has too few distinct frames"


def test_every_pixel_is_in_the_palette():
    files = sorted(PEOPLE.glob("*.png")) + sorted(PORTRAITS.glob("*.png"))
    assert len(files) > 60
    for path in files:
        alphas = set(load(path).getchannel("A").tobytes())
        assert alphas <= {0, 255}, f"{path.name}: partial transparency"
        stray = colours(load(path)) - PALETTE
        assert not stray, f"{path.name}: colours outside the palette {sorted(stray)[:3]}"


def test_fallen_poses():
    for pid in FALLEN:
        img = load(PEOPLE / f"{pid}_fallen.png")
        assert img.size == (32, 32)
        # lying down: wider than tall
        x0, y0, x1, y1 = img.getbbox()
        assert x1 - x0 > y1 - y0
        # the crystal glows: ice or white pixels
        rgb = {px[:3] for px in colours(img)}
        assert palette()["ice"] in rgb


def test_portrait_moods():
    index = json.loads((PORTRAITS / "index.json").read_text())
    for pid in NAMED:
        assert "neutral" in index[pid] and len(index[pid]) >= 3, pid
    for pid in CREW:
        assert "neutral" in index[pid] and len(index[pid]) >= 2, pid
    for pid, moods in index.items():
        images = []
        for mood in moods:
            img = load(PORTRAITS / f"{pid}_{mood}.png")
            assert img.size == (48, 48)
            images.append(img.tobytes())
        for a in range(len(images)):
            for b in range(a + 1, len(images)):
                changed = sum(images[a][i:i + 4] != images[b][i:i + 4] for i in range(0, len(images[a]), 4))
                assert changed >= 8, f"{pid}: {moods[a]} and {moods[b]} barely differ ({changed} px)"


def test_people_index():
    index = json.loads((PEOPLE / "index.json").read_text())
    assert set(index) == set(ALL)
    for pid, entry in index.items():
        assert entry["frame"] == [16, 32]
        assert entry["rows"] == ["down", "left", "right", "up"]
        assert entry["idle"] == [0, 1] and entry["walk"] == [2, 3, 4, 5]
        assert entry["fallen"] == (pid in FALLEN)
        assert entry["colour"] in palette()
        assert (PEOPLE / f"{pid}_fallen.png").exists() == entry["fallen"]


def test_margaret_and_jimmy_are_mirror_images():
    m, j = load(PEOPLE / "margaret.png"), load(PEOPLE / "jimmy.png")
    assert alpha_mask(m) == alpha_mask(j)
    assert m.tobytes() != j.tobytes()
    assert len(colours(m) ^ colours(j)) >= 4


def test_silhouettes_are_distinct():
    masks = {}
    for pid in ALL:
        down_idle = load(PEOPLE / f"{pid}.png").crop((0, 0, 16, 32))
        masks.setdefault(alpha_mask(down_idle), []).append(pid)
    shared = [ids for ids in masks.values() if len(ids) > 1]
    assert shared == [["margaret", "jimmy"]]


def test_rebuild_is_byte_identical(tmp_path):
    from tools.art.people import build

    build.build(tmp_path)
    built = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert len(built) > 60
    committed_files = sorted(
        p.relative_to(ROOT / "assets" / "sprites") for d in (PEOPLE, PORTRAITS) for p in d.iterdir() if p.is_file()
    )
    assert committed_files == built, "stale or missing files next to the generated ones"
    for rel in built:
        committed = ROOT / "assets" / "sprites" / rel
        assert committed.read_bytes() == (tmp_path / rel).read_bytes(), f"{rel} differs from a rebuild"
