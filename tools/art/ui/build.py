"""Rebuild every UI, fx and props sprite from the sources in this folder.

    python tools/art/ui/build.py                # writes into assets/sprites/{ui,fx,props}
    python tools/art/ui/build.py --out /tmp/x   # writes into /tmp/x/{ui,fx,props}

Output is byte-identical for identical sources: no randomness without a fixed seed, no metadata.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:  # run as a script: make `game` and `tools` importable
    sys.path.insert(0, str(ROOT))

from tools.art.ui import font, fx, icons, pix, props, ui  # noqa: E402


def build(out: Path) -> None:
    font.build_all(out / "ui")  # first: the UI art draws labels with the font
    ui.build(out / "ui")
    icons.build(out / "ui")
    fx.build(out / "fx")
    props.build(out / "props")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=pix.ROOT / "assets" / "sprites")
    args = parser.parse_args(argv)
    build(args.out)


if __name__ == "__main__":
    main()
