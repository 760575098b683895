"""A tileset under construction: named tiles and blocks -> PNG + Tiled .tsx + JSON index.

Each set module adds pieces by name; the Sheet lays them out 16 columns wide (a block keeps its
w x h tiles contiguous, row-major, rows 16 ids apart), then writes the three files.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lib import T, Canvas

COLUMNS = 16
Rect = tuple[int, int, int, int]
FULL: Rect = (0, 0, T, T)


@dataclass
class Piece:
    name: str
    w: int  # in tiles
    h: int
    frames: list[Canvas]
    durations: list[int]
    solid: list[Rect] = field(default_factory=list)  # in the piece's pixel space
    surface: str | None = None
    ids: list[int] = field(default_factory=list)  # first id of each frame, set by layout
    block: bool = False


class Sheet:
    def __init__(self, name: str):
        self.name = name
        self.pieces: list[Piece] = []

    def tile(self, name: str, art: Canvas | list[Canvas], *, solid: bool | Rect | list[Rect] = False,
             surface: str | None = None, ms: int | list[int] = 200) -> None:
        self._add(name, art, 1, 1, solid, surface, ms, block=False)

    def block(self, name: str, art: Canvas | list[Canvas], *, solid: bool | Rect | list[Rect] = False,
              surface: str | None = None, ms: int | list[int] = 200) -> None:
        first = art[0] if isinstance(art, list) else art
        assert first.w % T == 0 and first.h % T == 0, name
        assert first.w // T <= COLUMNS, f"{name}: a block is at most {COLUMNS} tiles wide (the sheet's width)"
        self._add(name, art, first.w // T, first.h // T, solid, surface, ms, block=True)

    def _add(self, name, art, w, h, solid, surface, ms, block) -> None:
        assert all(p.name != name for p in self.pieces), f"duplicate tile name {name}"
        assert surface in (None, "hard", "soft"), surface
        frames = art if isinstance(art, list) else [art]
        durations = ms if isinstance(ms, list) else [ms] * len(frames)
        if solid is True:
            rects = [(0, 0, w * T, h * T)]
        elif solid is False:
            rects = []
        elif isinstance(solid, tuple):
            rects = [solid]
        else:
            rects = list(solid)
        self.pieces.append(Piece(name, w, h, frames, durations, rects, surface, block=block))

    # -- layout ---------------------------------------------------------------------------------
    def layout(self) -> int:
        """Place every frame of every piece first-fit, row-major; return the number of rows."""
        used: set[tuple[int, int]] = set()

        def fits(col, row, w, h):
            return col + w <= COLUMNS and all((col + i, row + j) not in used
                                              for i in range(w) for j in range(h))

        rows = 0
        for p in self.pieces:
            p.ids = []
            for _ in p.frames:
                pos = 0
                while not fits(pos % COLUMNS, pos // COLUMNS, p.w, p.h):
                    pos += 1
                col, row = pos % COLUMNS, pos // COLUMNS
                used.update((col + i, row + j) for i in range(p.w) for j in range(p.h))
                p.ids.append(row * COLUMNS + col)
                rows = max(rows, row + p.h)
        return rows

    # -- output ---------------------------------------------------------------------------------
    def write(self, sprites_dir: Path, tilesets_dir: Path) -> None:
        rows = self.layout()
        image = Canvas(COLUMNS * T, rows * T)
        for p in self.pieces:
            for frame, first in zip(p.frames, p.ids):
                assert (frame.w, frame.h) == (p.w * T, p.h * T), p.name
                image.blit(frame, (first % COLUMNS) * T, (first // COLUMNS) * T)
        sprites_dir.mkdir(parents=True, exist_ok=True)
        tilesets_dir.mkdir(parents=True, exist_ok=True)
        (sprites_dir / f"{self.name}.png").write_bytes(png(image))
        (sprites_dir / f"{self.name}.json").write_text(self.index_json(), encoding="utf-8")
        (tilesets_dir / f"{self.name}.tsx").write_text(self.tsx(rows), encoding="utf-8")

    def index_json(self) -> str:
        tiles, blocks, frames = {}, {}, {}
        for p in self.pieces:
            if p.block:
                blocks[p.name] = [p.ids[0], p.w, p.h]
            else:
                tiles[p.name] = p.ids[0]
            if len(p.ids) > 1:
                frames[p.name] = p.ids
        data = {
            "columns": COLUMNS,
            "tiles": tiles,
            "blocks": blocks,
            "solid": [p.name for p in self.pieces if p.solid],
            "animated": [p.name for p in self.pieces if len(p.frames) > 1],
            "frames": frames,
            "surface": {p.name: p.surface for p in self.pieces if p.surface},
        }
        return json.dumps(data, indent=1) + "\n"

    def tsx(self, rows: int) -> str:
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<tileset version="1.10" tiledversion="1.10.2" name="{self.name}" tilewidth="{T}" '
            f'tileheight="{T}" tilecount="{rows * COLUMNS}" columns="{COLUMNS}">',
            f' <image source="../../sprites/tiles/{self.name}.png" width="{COLUMNS * T}" '
            f'height="{rows * T}"/>',
        ]
        for p in self.pieces:
            for j in range(p.h):
                for i in range(p.w):
                    out += self._tile_xml(p, i, j)
        out.append("</tileset>")
        return "\n".join(out) + "\n"

    def _tile_xml(self, p: Piece, i: int, j: int) -> list[str]:
        """One <tile>: name/surface properties, collision rects clipped to this cell, animation."""
        tid = p.ids[0] + j * COLUMNS + i
        label = p.name if not p.block else f"{p.name}[{i},{j}]"
        lines = [f' <tile id="{tid}">', "  <properties>",
                 f'   <property name="tile_name" value="{label}"/>']
        if p.surface:
            lines.append(f'   <property name="surface" value="{p.surface}"/>')
        lines.append("  </properties>")
        rects = []
        for x, y, w, h in p.solid:
            x0, y0 = max(x, i * T), max(y, j * T)
            x1, y1 = min(x + w, (i + 1) * T), min(y + h, (j + 1) * T)
            if x1 > x0 and y1 > y0:
                rects.append((x0 - i * T, y0 - j * T, x1 - x0, y1 - y0))
        if rects:
            lines.append('  <objectgroup draworder="index" id="2">')
            for n, (x, y, w, h) in enumerate(rects, 1):
                lines.append(f'   <object id="{n}" x="{x}" y="{y}" width="{w}" height="{h}"/>')
            lines.append("  </objectgroup>")
        if len(p.frames) > 1:
            lines.append("  <animation>")
            for first, ms in zip(p.ids, p.durations):
                lines.append(f'   <frame tileid="{first + j * COLUMNS + i}" duration="{ms}"/>')
            lines.append("  </animation>")
        lines.append(" </tile>")
        return lines


def png(c: Canvas) -> bytes:
    """Encode RGBA PNG by hand: no encoder metadata or timestamps, so rebuilds are byte-identical."""
    raw = c.rgba()
    stride = c.w * 4
    rows = b"".join(b"\0" + raw[y * stride:(y + 1) * stride] for y in range(c.h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", c.w, c.h, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
            + chunk(b"IEND", b""))
