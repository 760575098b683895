"""Build every tileset: python tools/art/tiles/build.py [--out DIR]

Writes <out>/sprites/tiles/<set>.png + .json and <out>/maps/tilesets/<set>.tsx (default out: assets/).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import ROOT  # noqa: E402

SETS = ["interior", "club", "rooftop", "street", "deck", "facade"]


def built_sets():
    for name in SETS:
        if (HERE / f"{name}.py").exists():
            yield importlib.import_module(name).build()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "assets")
    args = ap.parse_args(argv)
    for sheet in built_sets():
        sheet.write(args.out / "sprites" / "tiles", args.out / "maps" / "tilesets")
        print(f"{sheet.name}: {len(sheet.pieces)} pieces")


if __name__ == "__main__":
    main()
