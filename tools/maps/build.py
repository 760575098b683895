"""Build every map (or the ones named) from tools/maps/sources/, plus the project file and templates.

    python tools/maps/build.py            # all maps
    python tools/maps/build.py club       # one map

The TMX files are written to assets/maps/. After that, designers may edit them in Tiled directly;
rebuilding a map from its source overwrites such edits, so pick one way per map (see
docs/level-design.md).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import project  # noqa: E402
from mapgen import MapBuilder  # noqa: E402

ORDER = ["club", "penthouse", "rooftop", "street", "observation_deck", "sylvia_apartment",
         "katherine_loft", "facade"]


def available() -> list[str]:
    return [n for n in ORDER if (HERE / "sources" / f"{n}.py").is_file()]


def build(name: str) -> Path:
    src = importlib.import_module(f"sources.{name}")
    b = MapBuilder(name, **src.META)
    b.layout(src.LAYOUT, src.LEGEND)
    src.furnish(b)
    b.south_tops_overhead(src.LEGEND)
    return b.write()


def main(argv: list[str]) -> int:
    project.write()
    for name in argv or available():
        print(build(name).relative_to(HERE.parents[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
