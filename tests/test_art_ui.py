"""The UI, fx and props art: font coverage, palette discipline, strip sizes, reproducible builds,
and the contact sheets over a fake person sheet."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.palette import palette  # noqa: E402

SPRITES = ROOT / "assets" / "sprites"
REQUIRED_CHARS = [chr(c) for c in list(range(32, 127)) + list(range(160, 256))]
# The alien's prism light may use any hue; glow is palette white with graded alpha.
PRISM = {"fx/alien.png", "fx/vaporise.png"}


def rgba(path: Path) -> np.ndarray:
    return np.array(Image.open(path).convert("RGBA"))


def palette_set() -> set[tuple[int, int, int]]:
    return set(palette().values())


@pytest.mark.parametrize("size", ["body", "small"])
def test_font_covers_ascii_and_latin1_inside_the_png(size):
    meta = json.loads((SPRITES / "ui" / f"font_{size}.json").read_text(encoding="utf-8"))
    img = rgba(SPRITES / "ui" / f"font_{size}.png")
    h, w = img.shape[:2]
    assert set(REQUIRED_CHARS) <= set(meta["glyphs"])
    assert meta["baseline"] < meta["line_height"]
    for char, (x, y, gw, gh, adv) in meta["glyphs"].items():
        assert gh == meta["line_height"], char
        assert 0 <= x and 0 <= y and x + gw <= w and y + gh <= h, char
        assert adv > 0, char
        inked = img[y:y + gh, x:x + gw, 3].any()
        assert inked == (char not in (" ", "\u00a0")), f"{char!r} ink={inked}"
    assert meta["glyphs"][" "][4] == meta["space"]


@pytest.mark.parametrize("size", ["body", "small"])
def test_accented_letters_are_their_base_plus_a_mark(size):
    meta = json.loads((SPRITES / "ui" / f"font_{size}.json").read_text(encoding="utf-8"))
    img = rgba(SPRITES / "ui" / f"font_{size}.png")[..., 3] > 0

    def ink(c):
        x, y, w, h, _ = meta["glyphs"][c]
        return img[y:y + h, x:x + w]

    for accented, base in [("Ä", "A"), ("ö", "o"), ("é", "e"), ("ñ", "n")]:
        a, b = ink(accented), ink(base)
        pad = a.shape[1] - b.shape[1]  # a mark wider than its base widens the glyph
        assert pad >= 0
        b = np.pad(b, ((0, 0), (pad // 2, pad - pad // 2)))
        assert (a & b).sum() == b.sum()  # the base is all there...
        extra = a & ~b
        assert extra.any() and np.nonzero(extra)[0].max() < np.nonzero(b)[0].min()  # ...mark above
    caps_top = meta["baseline"] - meta.get("cap_height", 0)
    x, y, w, h, _ = meta["glyphs"]["H"]
    assert np.nonzero(img[y:y + h, x:x + w].any(1))[0].min() == caps_top


def our_pngs():
    return sorted(p for d in ("ui", "fx", "props") for p in (SPRITES / d).glob("*.png"))


@pytest.mark.parametrize("path", our_pngs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_pixel_is_a_palette_colour(path):
    rel = f"{path.parent.name}/{path.name}"
    if rel in PRISM:
        return
    img = rgba(path)
    seen = img[img[..., 3] > 0][:, :3]
    colours = {tuple(int(v) for v in c) for c in np.unique(seen, axis=0)}
    off = colours - palette_set()
    if rel == "fx/ufo.png":  # the alien glimpsed in the dome: a few prism pixels a frame
        frames = img.shape[1] // 48
        n_off = sum(int((img[..., 3] > 0)[(img[..., :3] == c).all(-1)].sum()) for c in off)
        assert n_off <= 3 * frames
        return
    assert not off, f"{rel}: off-palette colours {sorted(off)[:5]}"
    if rel != "fx/glow.png":
        assert set(np.unique(img[..., 3])) <= {0, 255}, f"{rel}: partial alpha"


def test_glow_is_white_with_a_radial_alpha():
    img = rgba(SPRITES / "fx" / "glow.png")
    assert img.shape == (64, 64, 4)
    a = img[..., 3].astype(int)
    assert a[32, 32] > 200 and a[0, 0] == 0 and a[32, 4] < a[32, 16] < a[32, 28]


def strips():
    out = []
    for folder in ("fx", "props"):
        index = json.loads((SPRITES / folder / "index.json").read_text(encoding="utf-8"))
        out += [(f"{folder}/{n}.png", m["frame"], m["count"]) for n, m in index.items()
                if not n.startswith("_")]
    ui = json.loads((SPRITES / "ui" / "ui.json").read_text(encoding="utf-8"))
    out += [(f"ui/{n}.png", m["frame"], m["count"]) for n, m in ui["strips"].items()]
    for sheet in ("items", "prompts"):
        m = json.loads((SPRITES / "ui" / f"{sheet}.json").read_text(encoding="utf-8"))
        assert m["count"] == len(m["icons"]) and sorted(m["icons"].values()) == list(range(m["count"]))
        out.append((f"ui/{sheet}.png", m["frame"], m["count"]))
    return out


@pytest.mark.parametrize("rel,frame,count", strips(), ids=lambda v: v if isinstance(v, str) else "")
def test_strips_have_the_frames_their_index_says(rel, frame, count):
    img = Image.open(SPRITES / rel)
    assert img.size == (frame[0] * count, frame[1])
    frames = np.array(img.convert("RGBA"))[..., 3].reshape(frame[1], count, frame[0])
    assert all(frames[:, i].any() for i in range(count)), f"{rel}: an empty frame"


def test_the_brief_minimums():
    fx = json.loads((SPRITES / "fx" / "index.json").read_text(encoding="utf-8"))
    assert fx["alien"]["frame"] == [16, 16] and fx["alien"]["count"] >= 6
    assert fx["crystal"]["frame"] == [8, 16] and fx["crystal"]["count"] >= 4
    assert fx["vaporise"]["frame"] == [32, 48] and fx["vaporise"]["count"] >= 8
    ufo = json.loads((SPRITES / "fx" / "ufo.json").read_text(encoding="utf-8"))
    assert ufo["frame"] == [48, 24]
    anims = ufo["animations"]
    assert all(anims[a]["count"] >= 4 for a in ("idle", "landing", "takeoff"))
    assert sum(a["count"] for a in anims.values()) == ufo["count"] == fx["ufo"]["count"]
    items = json.loads((SPRITES / "ui" / "items.json").read_text(encoding="utf-8"))["icons"]
    assert {"outfit", "keys", "cocaine_vial", "stash_box", "notebook", "telescope", "coin",
            "photo", "crystal", "phone_number", "lipstick", "camera"} <= set(items)
    prompts = json.loads((SPRITES / "ui" / "prompts.json").read_text(encoding="utf-8"))["icons"]
    assert {"key_enter", "key_space", "key_e", "key_esc", "key_up", "key_down", "key_left",
            "key_right", "key_wasd", "key_f5", "key_f9", "key_f11", "key_tab", "pad_a", "pad_b",
            "pad_x", "pad_y", "pad_start", "pad_back", "pad_dpad", "pad_lstick", "pad_lb", "pad_rb",
            "mouse_left", "mouse_right"} <= set(prompts)
    assert Image.open(SPRITES / "ui" / "box.png").size == (24, 24)
    assert Image.open(SPRITES / "ui" / "card.png").size == (480, 270)


def test_rebuild_is_byte_identical(tmp_path):
    from tools.art.ui import build

    build.build(tmp_path)
    ours = sorted(p.relative_to(SPRITES) for d in ("ui", "fx", "props") for p in (SPRITES / d).iterdir())
    rebuilt = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert ours == rebuilt
    for rel in ours:
        assert (SPRITES / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel


def test_contact_sheets_over_a_fake_person(tmp_path):
    import shutil

    from tools.art import contact_sheets

    assets = tmp_path / "assets"
    for d in ("ui", "fx", "props"):
        shutil.copytree(SPRITES / d, assets / d)
    people = assets / "people"
    people.mkdir()
    sheet = np.zeros((128, 96, 4), np.uint8)
    sheet[4:30, 4:12] = (*palette()["magenta"], 255)  # one body per frame, 4 rows x 6 cols
    sheet[:, :] = np.tile(sheet[:32, :16], (4, 6, 1))
    Image.fromarray(sheet, "RGBA").save(people / "fake.png")
    Image.fromarray(np.full((16, 32, 4), 255, np.uint8), "RGBA").save(people / "fake_fallen.png")
    (assets / "tiles").mkdir()  # empty: skipped
    out = tmp_path / "out"
    written = contact_sheets.build(assets, out)
    names = {p.name for p in written}
    assert "people.png" in names and "fx.png" in names and "ui.png" in names
    assert not any(n.startswith("tiles") or n.startswith("portraits") for n in names)
    for p in written:
        assert p.stat().st_size < 2_000_000
        assert Image.open(p).width == contact_sheets.PAGE_W * 3
    page = np.array(Image.open(out / "people.png").convert("RGB"))
    magenta = (page[17 * 3:] == palette()["magenta"]).all(-1)  # below the title rule
    # 24 frames of an 8x26 body at 3x
    assert magenta.sum() == 24 * 8 * 26 * 9
