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
GUESTS = [f"guest_{n}" for n in range(1, 13)]
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
    """One silhouette in every frame but the second idle one, where Margaret stands still and
    Jimmy fidgets."""
    m, j = load(PEOPLE / "margaret.png"), load(PEOPLE / "jimmy.png")
    for (row, col, fm), (_, _, fj) in zip(frames(m), frames(j)):
        if col != 1:
            assert alpha_mask(fm) == alpha_mask(fj), (row, col)
    assert m.tobytes() != j.tobytes()
    assert len(colours(m) ^ colours(j)) >= 4


def overlap(a: str, b: str) -> float:
    """Intersection over union of two people's idle-down silhouettes (the first frame)."""
    ma, mb = (alpha_mask(load(PEOPLE / f"{pid}.png").crop((0, 0, 16, 32))) for pid in (a, b))
    both = sum(x & y for x, y in zip(ma, mb))
    either = sum(x | y for x, y in zip(ma, mb))
    return both / either


def test_the_named_cast_differ_by_silhouette_alone():
    cast = [pid for pid in NAMED if pid != "jimmy"]
    pairs = [(a, b) for i, a in enumerate(cast) for b in cast[i + 1:]]
    pairs += [("jimmy", pid) for pid in cast if pid != "margaret"]
    close = [(a, b, round(overlap(a, b), 3)) for a, b in pairs if overlap(a, b) > 0.85]
    assert not close, f"silhouettes overlap more than 0.85: {close}"


def test_extras_are_not_clones_of_the_cast():
    extras = CREW + GUESTS
    near_cast = [(a, b, round(overlap(a, b), 3)) for a in extras for b in NAMED if overlap(a, b) > 0.9]
    assert not near_cast, f"extras that read as a named person: {near_cast}"
    near_each = [(a, b, round(overlap(a, b), 3)) for i, a in enumerate(extras) for b in extras[i + 1:]
                 if overlap(a, b) > 0.92]
    assert not near_each, f"extras that share a body: {near_each}"


def idle_pair(pid: str, row: int = 0) -> tuple[Image.Image, Image.Image]:
    sheet = load(PEOPLE / f"{pid}.png")
    return tuple(sheet.crop((c * 16, row * 32, c * 16 + 16, row * 32 + 32)) for c in (0, 1))


def test_idles_say_who_they_are():
    still, glance = idle_pair("margaret")
    assert alpha_mask(still) == alpha_mask(glance), "Margaret stands still: only her eyes move"
    rest, fidget = idle_pair("jimmy")
    assert alpha_mask(rest) != alpha_mask(fidget), "Jimmy cannot keep still"
    white = (*palette()["white"], 255)

    def notebook_top(img: Image.Image) -> int:
        return min(i // 16 for i, px in enumerate(pixels(img)) if px == white and i // 16 > 12)
    holding, reading = idle_pair("johann")
    assert notebook_top(reading) < notebook_top(holding), "Johann lifts his notebook to read it"


def walk(pid: str) -> tuple:
    """How someone walks, measured from the sheet: the rise of the head on each step (down view),
    the roll of the head sideways, and the widest step in the side view beyond standing."""
    sheet = load(PEOPLE / f"{pid}.png")

    def alpha(row: int, col: int) -> Image.Image:
        return sheet.crop((col * 16, row * 32, col * 16 + 16, row * 32 + 32)).getchannel("A")

    def head(img: Image.Image) -> tuple[int, int]:
        top = img.getbbox()[1]
        box = img.crop((0, top, 16, top + 6)).getbbox()
        return top, box[0] + box[2]

    def feet(img: Image.Image) -> int:
        box = img.crop((0, 28, 16, 32)).getbbox()
        return box[2] - box[0]
    rest = head(alpha(0, 0))
    bob = tuple(head(alpha(0, c))[0] - rest[0] for c in range(2, 6))
    roll = tuple(head(alpha(0, c))[1] - rest[1] for c in range(2, 6))
    stride = max(feet(alpha(1, c)) for c in range(2, 6)) - feet(alpha(1, 0))
    return bob, roll, stride


def test_walks_differ():
    walks = {pid: walk(pid) for pid in NAMED if pid != "jimmy"}
    same = [(a, b) for a in walks for b in walks if a < b and walks[a] == walks[b]]
    assert not same, f"people who walk alike: {same}"
    assert walk("jimmy") == walks["margaret"], "the mirror walks alike too"


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
