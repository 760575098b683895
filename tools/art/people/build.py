"""Build every people sheet, fallen pose, portrait and the two index files.

    python tools/art/people/build.py            # writes into assets/sprites/
    python tools/art/people/build.py --out DIR  # writes DIR/people/... and DIR/portraits/...
    python tools/art/people/build.py --preview  # also writes contact sheets to /tmp
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.art.people import portrait, sprite  # noqa: E402
from tools.art.people.cast import CREW, GUESTS, NAMED, person  # noqa: E402
from tools.art.people.grid import save_png  # noqa: E402

ORDER = NAMED + CREW + GUESTS


def people_index() -> dict:
    return {
        pid: {
            "frame": [sprite.W, sprite.H], "rows": list(sprite.ROWS), "idle": [0, 1], "walk": [2, 3, 4, 5],
            "fallen": bool(person(pid)["fallen"]), "colour": person(pid)["colour"],
        }
        for pid in ORDER
    }


def portraits_index() -> dict:
    return {pid: list(person(pid)["moods"]) for pid in NAMED + CREW}


def _json(data: dict) -> str:
    return json.dumps(data, indent=1, sort_keys=False) + "\n"


def build_person(pid: str, out: Path) -> None:
    p = person(pid)
    save_png(sprite.sheet(p), out / "people" / f"{pid}.png")
    if p["fallen"]:
        save_png(sprite.fallen(p), out / "people" / f"{pid}_fallen.png")
    if pid in NAMED or pid in CREW:
        for mood in p["moods"]:
            save_png(portrait.portrait(pid, p, mood), out / "portraits" / f"{pid}_{mood}.png")


def build(out: Path, only: list[str] | None = None) -> None:
    for pid in only or ORDER:
        build_person(pid, out)
    if only is None:
        (out / "people" / "index.json").write_text(_json(people_index()), encoding="utf-8")
        (out / "portraits" / "index.json").write_text(_json(portraits_index()), encoding="utf-8")


def preview(out: Path, dest: Path = Path("/tmp")) -> list[Path]:
    """Contact sheets on a dark floor: every sheet (and the fallen poses) at 4x, every portrait at 3x,
    and a lineup of everyone's first frame at 4x."""
    from PIL import Image, ImageDraw

    from game.palette import colour

    floor = (*colour("night"), 255)
    sheets = [Image.open(out / "people" / f"{pid}.png") for pid in ORDER]
    fallen = [Image.open(out / "people" / f"{pid}_fallen.png") for pid in ORDER if person(pid)["fallen"]]
    per_row = 4
    sw, sh = sheets[0].size
    rows = (len(sheets) + per_row - 1) // per_row
    img = Image.new("RGBA", (per_row * (sw + 8), rows * (sh + 8) + 40), floor)
    for i, s in enumerate(sheets):
        img.alpha_composite(s, (i % per_row * (sw + 8) + 4, i // per_row * (sh + 8) + 4))
    for i, f in enumerate(fallen):
        img.alpha_composite(f, (4 + i * 40, rows * (sh + 8) + 4))
    people = dest / "people_contact.png"
    img.resize((img.width * 4, img.height * 4), Image.NEAREST).save(people)

    names = [(pid, m) for pid in NAMED + CREW for m in person(pid)["moods"]]
    per_row = 4
    cell = 52
    rows_p = []
    for pid in NAMED + CREW:
        rows_p.append([Image.open(out / "portraits" / f"{pid}_{m}.png") for m in person(pid)["moods"]])
    sheet = Image.new("RGBA", (per_row * cell, len(rows_p) * cell), (*colour("grey_dark"), 255))
    for r, row in enumerate(rows_p):
        for c, im in enumerate(row):
            bg = Image.new("RGBA", im.size, (*colour("ink"), 255))
            bg.alpha_composite(im)
            sheet.paste(bg, (c * cell + 2, r * cell + 2))
    ports = dest / "portraits_contact.png"
    sheet.resize((sheet.width * 3, sheet.height * 3), Image.NEAREST).save(ports)
    del names, ImageDraw

    # every person as the game shows them first: facing down, idle, side by side
    per_row = 13
    lineup = Image.new("RGBA", (per_row * 18, ((len(sheets) + per_row - 1) // per_row) * 34), floor)
    for i, s in enumerate(sheets):
        lineup.alpha_composite(s.crop((0, 0, 16, 32)), (i % per_row * 18 + 1, i // per_row * 34 + 1))
    line = dest / "people_lineup.png"
    lineup.resize((lineup.width * 4, lineup.height * 4), Image.NEAREST).save(line)
    return [people, ports, line]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "assets" / "sprites")
    ap.add_argument("--preview", action="store_true")
    args = ap.parse_args(argv)
    build(args.out)
    if args.preview:
        for path in preview(args.out):
            print(path)


if __name__ == "__main__":
    main()
