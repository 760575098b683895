"""Write scaled previews of built sprites to a folder, for looking at them (not shipped)."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.art.ui import pix  # noqa: E402


def scaled(src: Path, dst: Path, k: int = 4, bg: str = "night") -> None:
    im = Image.open(src).convert("RGBA")
    back = Image.new("RGBA", im.size, pix.rgba(bg))
    back.alpha_composite(im)
    back.resize((im.width * k, im.height * k), Image.NEAREST).save(dst)


if __name__ == "__main__":
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for p in sorted(Path(sys.argv[1]).rglob("*.png")):
        scaled(p, out / f"{p.parent.name}_{p.stem}.png", int(sys.argv[3]) if len(sys.argv) > 3 else 4)
