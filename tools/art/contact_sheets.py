"""Contact sheets: every sprite of the game on labelled pages, drawn 3x, labels in the game's font.

    python tools/art/contact_sheets.py --out docs/art [--assets assets/sprites]

Reads whatever is there, skipping empty or missing folders:
  people/*.png      16x32 frames (4 rows x 6 columns), *_fallen.png shown whole
  portraits/*.png   shown whole
  tiles/*.png       cut into 16x16 tiles with a 1 px gap, so the grid is visible
  fx/, props/       frames from their index.json
  ui/               fonts with a sample, 9-slices with a stretched example, strips, icons by name
Writes <out>/<section>.png (and <section>_2.png ... when a section needs more pages).
Each page is kept under 2 MB.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `game` and `tools` importable
    sys.path.insert(0, str(ROOT))

from tools.art.ui import pix, text  # noqa: E402

SCALE = 3
PAGE_W = 560  # 1x width of a page; 1680 px once scaled
PAGE_H = 420  # 1x height before a section starts a new page
GAP = 6
MAX_BYTES = 2_000_000
SAMPLE = "Johann: Grüß Gott, Fräulein. Ä Ö Ü ß é\nThe quick brown fox jumps over the lazy dog. 0123456789"


def load(path: Path) -> np.ndarray:
    return np.array(Image.open(path).convert("RGBA"))


def gapped(img: np.ndarray, fw: int, fh: int, gap: int = 1) -> np.ndarray:
    """Re-lay a sheet of fw x fh frames with a transparent gap between them."""
    h, w = img.shape[:2]
    cols, rows = max(w // fw, 1), max(h // fh, 1)
    if w % fw or h % fh:
        return img  # not a clean grid: show it whole rather than cut it wrong
    frames = [img[r * fh:(r + 1) * fh, c * fw:(c + 1) * fw] for r in range(rows) for c in range(cols)]
    if cols * (fw + gap) > PAGE_W - 2 * GAP:  # too wide for a page: wrap the frames
        cols = max((PAGE_W - 2 * GAP) // (fw + gap), 1)
        rows = -(-len(frames) // cols)
    out = np.zeros((rows * (fh + gap) - gap, cols * (fw + gap) - gap, 4), np.uint8)
    for i, f in enumerate(frames):
        r, c = divmod(i, cols)
        out[r * (fh + gap):r * (fh + gap) + fh, c * (fw + gap):c * (fw + gap) + fw] = f
    return out


def nine_slice(img: np.ndarray, border: int, w: int, h: int) -> np.ndarray:
    """Stretch a 9-slice to w x h by repeating its edges and centre (as the game will)."""
    sh, sw = img.shape[:2]
    b = border
    ys = [min(y, b - 1) if y < b else (sh - (h - y)) if y >= h - b else b + (y - b) % (sh - 2 * b)
          for y in range(h)]
    xs = [min(x, b - 1) if x < b else (sw - (w - x)) if x >= w - b else b + (x - b) % (sw - 2 * b)
          for x in range(w)]
    return img[np.ix_(ys, xs)]


class Pages:
    """Flows labelled tiles left to right, top to bottom, onto 1x pages of one section."""

    def __init__(self, title: str, font_dir: Path):
        self.title, self.font_dir = title, font_dir
        self.pages: list[list[tuple[int, int, str, np.ndarray]]] = []
        self._new_page()

    def _new_page(self):
        self.pages.append([])
        self.x, self.y, self.row_h = GAP, 18, 0

    def add(self, label: str, img: np.ndarray):
        lw, lh = text.measure(label, self.font_dir, "small") if label else (0, 0)
        w, h = max(img.shape[1], lw), img.shape[0] + lh + 1
        if self.x + w > PAGE_W - GAP and self.x > GAP:
            self.x, self.y, self.row_h = GAP, self.y + self.row_h + GAP, 0
        if self.y + h > PAGE_H and self.pages[-1]:
            self._new_page()
        self.pages[-1].append((self.x, self.y, label, img))
        self.x += w + GAP
        self.row_h = max(self.row_h, h)

    def break_row(self):
        if self.x > GAP:
            self.x, self.y, self.row_h = GAP, self.y + self.row_h + GAP, 0

    def render(self) -> list[np.ndarray]:
        out = []
        for n, items in enumerate(self.pages):
            height = max([y + img.shape[0] + 12 for x, y, _l, img in items] + [40]) + GAP
            page = pix.new(PAGE_W, height)
            page[:] = pix.rgba("ink")
            title = self.title + (f"  ({n + 1}/{len(self.pages)})" if len(self.pages) > 1 else "")
            text.draw(page, GAP, 3, title, self.font_dir, "body", "cyan")
            pix.rect(page, GAP, 15, PAGE_W - 2 * GAP, 1, "magenta")
            for x, y, label, img in items:
                ly = y
                if label:
                    text.draw(page, x, y, label, self.font_dir, "small", "grey_light")
                    ly = y + text.measure(label, self.font_dir, "small")[1] + 1
                h, w = img.shape[:2]
                back = page[ly:ly + h, x:x + w]
                pix_back = back.copy()
                pix_back[:] = pix.rgba("night")  # frames sit on night, so transparency shows
                a = img[..., 3:4].astype(np.float32) / 255.0
                back[:] = (img * a + pix_back * (1 - a)).round().astype(np.uint8)
                back[..., 3] = 255
            out.append(page)
        return out


def people(assets: Path, pages: Pages):
    for p in sorted((assets / "people").glob("*.png")):
        img = load(p)
        if p.stem.endswith("_fallen"):
            pages.add(p.stem, img)
        else:
            pages.add(p.stem, gapped(img, 16, 32))


def whole(folder: Path, pages: Pages, frame: tuple[int, int] | None = None):
    for p in sorted(folder.glob("*.png")):
        img = load(p)
        pages.add(p.stem, gapped(img, *frame) if frame else img)


def indexed(folder: Path, pages: Pages):
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    for name, meta in index.items():
        if name.startswith("_") or not (folder / f"{name}.png").exists():
            continue
        fw, fh = meta["frame"]
        pages.add(f"{name} {fw}x{fh} x{meta['count']}", gapped(load(folder / f"{name}.png"), fw, fh))


def ui(folder: Path, pages: Pages, font_dir: Path):
    for size in ("body", "small"):
        sample = pix.new(PAGE_W - 2 * GAP, 26)
        text.draw(sample, 0, 0, SAMPLE, font_dir, size, "white")
        pages.add(f"font_{size}", sample)
        pages.break_row()
    meta = json.loads((folder / "ui.json").read_text(encoding="utf-8"))
    for name, info in meta["nine_slice"].items():
        img = load(folder / f"{name}.png")
        pages.add(name, img)
        h = 16 if name == "nameplate" else 40
        pages.add(f"{name} stretched", nine_slice(img, info["border"], 96, h))
    pages.break_row()
    for name, info in meta["strips"].items():
        pages.add(f"{name} x{info['count']}", gapped(load(folder / f"{name}.png"), *info["frame"]))
    for name in meta["images"]:
        pages.add(name, load(folder / f"{name}.png"))
    pages.break_row()
    for sheet in ("items", "prompts"):
        info = json.loads((folder / f"{sheet}.json").read_text(encoding="utf-8"))
        img = load(folder / f"{sheet}.png")
        for name, i in info["icons"].items():
            pages.add(name, img[:, i * 16:(i + 1) * 16])
        pages.break_row()


def save_page(img: np.ndarray, path: Path):
    big = Image.fromarray(img, "RGBA").convert("RGB")
    big = big.resize((big.width * SCALE, big.height * SCALE), Image.NEAREST)
    big.save(path, format="PNG", optimize=False, compress_level=9)
    if path.stat().st_size >= MAX_BYTES:
        raise SystemExit(f"{path}: {path.stat().st_size} bytes, over the 2 MB limit")


def build(assets: Path, out: Path) -> list[Path]:
    font_dir = assets / "ui"
    out.mkdir(parents=True, exist_ok=True)
    sections = {
        "people": lambda p: people(assets, p),
        "portraits": lambda p: whole(assets / "portraits", p),
        "tiles": lambda p: whole(assets / "tiles", p, (16, 16)),
        "fx": lambda p: indexed(assets / "fx", p),
        "props": lambda p: indexed(assets / "props", p),
        "ui": lambda p: ui(assets / "ui", p, font_dir),
    }
    written = []
    for name, fill in sections.items():
        folder = assets / name
        if not folder.is_dir() or not any(folder.glob("*.png")):
            continue  # another branch has not delivered this folder yet
        pages = Pages(name, font_dir)
        fill(pages)
        for n, page in enumerate(pages.render()):
            path = out / (f"{name}.png" if n == 0 else f"{name}_{n + 1}.png")
            save_page(page, path)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "art")
    parser.add_argument("--assets", type=Path, default=ROOT / "assets" / "sprites")
    args = parser.parse_args(argv)
    for path in build(args.assets, args.out):
        print(path)


if __name__ == "__main__":
    main()
