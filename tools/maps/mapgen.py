"""The map builder: tiles by name, ASCII room layouts with autotiled walls, objects, TMX output.

A map source (tools/maps/sources/<map>.py) draws its rooms as ASCII, places furniture by block
name and lists its objects; this module turns that into Tiled 1.10 TMX (CSV data, external
tilesets, layers floor, walls, decor, objects, overhead). Output depends only on the sources:
variants are picked by a hash of the cell, never by the clock or an unseeded RNG.
"""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAPS = ROOT / "assets" / "maps"
TILES = ROOT / "assets" / "sprites" / "tiles"
T = 16
# Tilesets start 1000 gids apart, so a set that grows later never runs into the next one's gids.
GID_STRIDE = 1000
TILE_LAYERS = ("floor", "walls", "decor")
SIDES = "nsew"


def pick(options: list[str], *key) -> str:
    """A stable 'random' choice for a cell: the same sources give the same map, always."""
    digest = hashlib.sha1(repr(key).encode()).digest()
    return options[digest[0] % len(options)]


@dataclass
class Tileset:
    name: str
    firstgid: int
    tiles: dict[str, int]
    blocks: dict[str, list[int]]
    columns: int

    @classmethod
    def load(cls, name: str, firstgid: int) -> "Tileset":
        index = json.loads((TILES / f"{name}.json").read_text(encoding="utf-8"))
        return cls(name, firstgid, index["tiles"], index["blocks"], index.get("columns", 16))


@dataclass
class Obj:
    cls: str
    name: str
    x: float
    y: float
    w: float = 0
    h: float = 0
    props: list[tuple[str, str, str, str]] = field(default_factory=list)  # name, type, propertytype, value
    template: str = ""


# What the linter and the game call each member's type (matches the project file).
MEMBER_TYPES = {
    "facing": ("string", "facing"), "default": ("bool", ""), "target_map": ("string", "map"),
    "target_spawn": ("string", ""), "actor": ("string", "actor"), "node": ("string", ""),
    "condition": ("string", ""), "label": ("string", ""), "once": ("bool", ""),
    "colour": ("color", ""), "radius": ("int", ""), "strength": ("float", ""), "flicker": ("int", ""),
    "sprite": ("string", "sprite"), "animation": ("string", ""), "solid": ("bool", ""), "dance": ("bool", ""),
}


class MapBuilder:
    def __init__(self, name: str, width: int, height: int, sets: list[str], *, title: str, music: str,
                 ambience: str, ambient: str, wall_prefix: str = "wall_top") -> None:
        self.name, self.w, self.h = name, width, height
        self.sets = [Tileset.load(s, 1 + i * GID_STRIDE) for i, s in enumerate(sets)]
        self.layers = {k: [[0] * width for _ in range(height)] for k in (*TILE_LAYERS, "overhead")}
        # name, type, enum (so Tiled offers a drop-down of the project's values), value
        self.props = [("title", "string", "", title), ("music", "string", "music", music),
                      ("ambience", "string", "ambience", ambience), ("ambient", "color", "", ambient)]
        self.objects: list[Obj] = []
        self.wall_prefix = wall_prefix
        self.grid: list[str] = []

    # -- tiles ------------------------------------------------------------------------------
    def _find(self, name: str) -> tuple[Tileset, str]:
        set_name, _, bare = name.rpartition(":")
        for ts in self.sets:
            if set_name and ts.name != set_name:
                continue
            if bare in ts.tiles or bare in ts.blocks:
                return ts, bare
        raise KeyError(f"{self.name}: no tile or block {name!r} in {[s.name for s in self.sets]}")

    def gid(self, name: str, dx: int = 0, dy: int = 0) -> int:
        ts, bare = self._find(name)
        if bare in ts.tiles:
            return ts.firstgid + ts.tiles[bare]
        first = ts.blocks[bare][0]
        return ts.firstgid + first + dy * ts.columns + dx

    def size_of(self, name: str) -> tuple[int, int]:
        ts, bare = self._find(name)
        return (1, 1) if bare in ts.tiles else tuple(ts.blocks[bare][1:3])

    def put(self, layer: str, x: int, y: int, name: str) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.layers[layer][y][x] = self.gid(name)

    def fill(self, layer: str, x: int, y: int, w: int, h: int, names: list[str] | str) -> None:
        names = [names] if isinstance(names, str) else names
        for j in range(y, y + h):
            for i in range(x, x + w):
                self.put(layer, i, j, pick(names, self.name, layer, i, j))

    def row(self, layer: str, x: int, y: int, names: list[str]) -> None:
        for i, n in enumerate(names):
            self.put(layer, x + i, y, n)

    def block(self, name: str, x: int, y: int, layer: str = "decor", over: int | None = None) -> None:
        """Place multi-tile furniture. The top `over` rows go on `overhead` (default: all but the
        bottom row), so people walking behind tall things disappear behind them."""
        bw, bh = self.size_of(name)
        over = (bh - 1) if over is None else over
        for j in range(bh):
            for i in range(bw):
                target = "overhead" if j < over else layer
                if 0 <= x + i < self.w and 0 <= y + j < self.h:
                    self.layers[target][y + j][x + i] = self.gid(name, i, j)

    def window(self, x: int, y: int, width: int, kind: str = "window") -> None:
        """An interior window in a wall face: `width` tiles (at least 2), two rows tall; `kind` is
        the tiles' prefix (`window`, or the loft's `window_factory`)."""
        middle = [(f"{kind}_top_m", f"{kind}_low_m"), (f"{kind}_top_m2", f"{kind}_low_m2")]
        cols = [(f"{kind}_top_l", f"{kind}_low_l")] + [middle[i % 2] for i in range(width - 2)] + \
            [(f"{kind}_top_r", f"{kind}_low_r")]
        for i, (top, low) in enumerate(cols):
            self.put("walls", x + i, y, top)
            self.put("walls", x + i, y + 1, low)

    def rug(self, colour: str, x: int, y: int, w: int, h: int) -> None:
        self.autotile(f"rug_{colour}", x, y, w, h, "decor")

    def autotile(self, prefix: str, x: int, y: int, w: int, h: int, layer: str = "floor") -> None:
        """A w x h rectangle of a 3x3 autotile: `prefix_<nw|n|ne|w|c|e|sw|s|se>` (a rug, a sunken pit)."""
        for j in range(h):
            for i in range(w):
                v = "n" if j == 0 else "s" if j == h - 1 else ""
                u = "w" if i == 0 else "e" if i == w - 1 else ""
                self.put(layer, x + i, y + j, f"{prefix}_{(v + u) or 'c'}")

    # -- ASCII layout -------------------------------------------------------------------------
    def layout(self, text: str, legend: dict[str, tuple]) -> None:
        """Rooms from ASCII. Legend values:
        ("wall",)               wall top, autotiled (rims where it meets anything that is not wall)
        ("wall", prefix)        the same with another autotile set, e.g. "rooftop:parapet_top"
        ("front", material)     wall face: the lowest row of a run is the base, rows above it upper
        ("floor", names...)     floor, variants picked per cell; the row under a wall gets `shadow`
        ("tiles", layer, names) any tiles on a layer over the default floor
        """
        rows = [r for r in text.strip("\n").split("\n")]
        assert len(rows) == self.h, f"{self.name}: layout has {len(rows)} rows, map is {self.h}"
        for r in rows:
            assert len(r) == self.w, f"{self.name}: layout row {r!r} is {len(r)} wide, map is {self.w}"
        self.grid = rows
        for y, r in enumerate(rows):
            for x, ch in enumerate(r):
                spec = legend[ch]
                kind = spec[0]
                if kind == "wall":
                    self.put("walls", x, y, self._wall_top(x, y, legend))
                elif kind == "front":
                    self.put("walls", x, y, self._front(x, y, spec[1], legend))
                elif kind == "floor":
                    names = list(spec[1:])
                    above = legend[rows[y - 1][x]][0] if y > 0 else "wall"
                    shadow = names[0].rsplit("_", 1)[0] + "_shadow"
                    if above == "front" and self._has(shadow):
                        self.put("floor", x, y, shadow)
                    else:
                        self.put("floor", x, y, pick(names, self.name, "floor", x, y))
                elif kind == "tiles":
                    self.put(spec[1], x, y, pick(list(spec[2:]), self.name, spec[1], x, y))
                else:
                    raise ValueError(f"{self.name}: unknown legend kind {kind!r} for {ch!r}")

    def _has(self, name: str) -> bool:
        try:
            self._find(name)
            return True
        except KeyError:
            return False

    def _kind(self, x: int, y: int, legend) -> str:
        if not (0 <= x < self.w and 0 <= y < self.h):
            return "wall"  # beyond the edge counts as more wall: no rim on the map border
        return legend[self.grid[y][x]][0]

    def _wall_top(self, x: int, y: int, legend) -> str:
        def wall(dx, dy):
            return self._kind(x + dx, y + dy, legend) == "wall"
        sides = "".join(s for s, (dx, dy) in zip(SIDES, ((0, -1), (0, 1), (1, 0), (-1, 0))) if not wall(dx, dy))
        spec = legend[self.grid[y][x]]
        p = spec[1] if len(spec) > 1 else self.wall_prefix  # ("wall", "rooftop:parapet_top")
        if sides:
            return f"{p}_{sides}"
        corners = [c for c, (dx, dy) in (("ne", (1, -1)), ("nw", (-1, -1)), ("se", (1, 1)), ("sw", (-1, 1)))
                   if not wall(dx, dy)]
        if len(corners) == 1:
            return f"{p}_in_{corners[0]}"
        if len(corners) == 2 and corners[0][0] == corners[1][0]:
            return f"{p}_in_{corners[0][0]}"  # T-junction: both inner corners on one side
        if len(corners) == 2 and corners[0][1] == corners[1][1]:
            return f"{p}_in_{corners[0][1]}"
        if corners and self._has(f"{p}_in_all"):
            return f"{p}_in_all"
        return p

    def _front(self, x: int, y: int, material: str, legend) -> str:
        prefix, _, material = material.rpartition(":")  # "club:brick" = the club set's brick
        return (prefix + ":" if prefix else "") + self._front_name(x, y, material, legend)

    def _front_name(self, x: int, y: int, material: str, legend) -> str:
        below = self._kind(x, y + 1, legend) == "front"
        if len(legend[self.grid[y][x]]) > 2:  # a one-row face (a parapet): mix upper and base tiles
            below = pick([True, True, False], self.name, "low", x, y)
        left = self._kind(x - 1, y, legend) in ("front", "wall")
        right = self._kind(x + 1, y, legend) in ("front", "wall")
        base = "base_" if not below else ""
        if not left:
            return f"wall_{material}_{base}l"
        if not right:
            return f"wall_{material}_{base}r"
        if not below:
            return f"wall_{material}_base"
        return pick([f"wall_{material}_{i}" for i in (1, 2, 3)], self.name, "front", x, y)

    def south_tops_overhead(self, legend) -> None:
        """Wall tops with floor just north of them (a room's south wall) are drawn over people,
        so someone walking along the bottom of a room tucks in behind the wall's edge."""
        for y in range(1, self.h):
            for x in range(self.w):
                if self._kind(x, y, legend) == "wall" and self._kind(x, y - 1, legend) == "floor":
                    self.layers["overhead"][y][x], self.layers["walls"][y][x] = self.layers["walls"][y][x], 0

    # -- objects ------------------------------------------------------------------------------
    def _props(self, **values) -> list[tuple[str, str, str, str]]:
        out = []
        for key, value in values.items():
            if value is None:
                continue
            kind, ptype = MEMBER_TYPES.get(key, ("string", ""))
            if kind == "bool":
                value = "true" if value else "false"
            out.append((key, kind, ptype, str(value)))
        return out

    @staticmethod
    def feet(tx: float, ty: float) -> tuple[float, float]:
        """Where a person standing on tile (tx, ty) has their feet: bottom centre, 2 px up."""
        return tx * T + T / 2, ty * T + T - 2

    def spawn(self, name: str, tx: float, ty: float, facing: str = "down", default: bool = False) -> None:
        x, y = self.feet(tx, ty)
        self.objects.append(Obj("spawn", name, x, y, props=self._props(facing=facing, default=default or None)))

    def marker(self, name: str, tx: float, ty: float, facing: str | None = None) -> None:
        x, y = self.feet(tx, ty)
        self.objects.append(Obj("marker", name, x, y, props=self._props(facing=facing)))

    def npc(self, actor: str, tx: float, ty: float, facing: str = "down", node: str | None = None,
            name: str | None = None, condition: str | None = None, dance: bool = False,
            label: str | None = None) -> None:
        x, y = self.feet(tx, ty)
        self.objects.append(Obj("npc", name or actor, x, y, props=self._props(
            actor=actor, node=node, facing=facing, condition=condition, dance=dance or None, label=label),
            template="templates/npc.tx"))

    def door(self, name: str, tx: int, ty: int, tw: int, th: int, target_map: str, target_spawn: str,
             condition: str | None = None) -> None:
        self.objects.append(Obj("door", name, tx * T, ty * T, tw * T, th * T, props=self._props(
            target_map=target_map, target_spawn=target_spawn, condition=condition), template="templates/door.tx"))

    def interact(self, name: str, tx: int, ty: int, tw: int, th: int, node: str, label: str,
                 condition: str | None = None) -> None:
        self.objects.append(Obj("interact", name, tx * T, ty * T, tw * T, th * T,
                                props=self._props(node=node, label=label, condition=condition)))

    def trigger(self, name: str, tx: int, ty: int, tw: int, th: int, node: str, once: bool = True,
                condition: str | None = None) -> None:
        self.objects.append(Obj("trigger", name, tx * T, ty * T, tw * T, th * T,
                                props=self._props(node=node, once=once, condition=condition)))

    def light(self, name: str, tx: float, ty: float, colour: str, radius: int, strength: float | None = None,
              flicker: int | None = None) -> None:
        """A glow centred on tile (tx, ty); fractional tiles allowed (0.5 = a tile's centre)."""
        self.objects.append(Obj("light", name, tx * T, ty * T, props=self._props(
            colour=colour, radius=radius, strength=strength, flicker=flicker), template="templates/light.tx"))

    def prop(self, name: str, tx: float, ty: float, sprite: str | None = None, animation: str | None = None,
             condition: str | None = None, solid: bool = False) -> None:
        """A set piece (a sprite from assets/sprites/fx or props) standing on tile (tx, ty)."""
        x, y = self.feet(tx, ty)
        self.objects.append(Obj("prop", name, x, y, props=self._props(
            sprite=sprite, animation=animation, condition=condition, solid=solid or None), template="templates/prop.tx"))

    # -- output -------------------------------------------------------------------------------
    def _csv(self, grid: list[list[int]]) -> str:
        return "\n" + ",\n".join(",".join(str(v) for v in row) for row in grid) + "\n"

    def check_coverage(self) -> None:
        for y in range(self.h):
            for x in range(self.w):
                if not any(self.layers[k][y][x] for k in self.layers):
                    raise ValueError(f"{self.name}: cell {x},{y} has no tile")

    def tmx(self) -> str:
        self.check_coverage()
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" '
               f'width="{self.w}" height="{self.h}" tilewidth="{T}" tileheight="{T}" infinite="0" '
               f'nextlayerid="6" nextobjectid="{len(self.objects) + 1}">',
               " <properties>"]
        for key, kind, enum, value in self.props:
            type_attr = f' type="{kind}"' if kind != "string" else ""
            enum_attr = f' propertytype="{enum}"' if enum else ""
            out.append(f'  <property name="{key}"{type_attr}{enum_attr} value="{_esc(value)}"/>')
        out.append(" </properties>")
        for ts in self.sets:
            out.append(f' <tileset firstgid="{ts.firstgid}" source="tilesets/{ts.name}.tsx"/>')
        for lid, key in enumerate(TILE_LAYERS, 1):
            out += [f' <layer id="{lid}" name="{key}" width="{self.w}" height="{self.h}">',
                    f'  <data encoding="csv">{self._csv(self.layers[key])}</data>', " </layer>"]
        out.append(' <objectgroup id="4" name="objects">')
        for oid, obj in enumerate(self.objects, 1):
            out += _object_xml(oid, obj)
        out.append(" </objectgroup>")
        out += [f' <layer id="5" name="overhead" width="{self.w}" height="{self.h}">',
                f'  <data encoding="csv">{self._csv(self.layers["overhead"])}</data>', " </layer>", "</map>", ""]
        return "\n".join(out)

    def write(self) -> Path:
        path = MAPS / f"{self.name}.tmx"
        path.write_text(self.tmx(), encoding="utf-8")
        ET.parse(path)  # it must at least be well-formed XML
        return path


def _esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;"))


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _object_xml(oid: int, obj: Obj) -> list[str]:
    attrs = [f'id="{oid}"']
    if obj.template:
        attrs.append(f'template="{obj.template}"')
    if obj.name:
        attrs.append(f'name="{_esc(obj.name)}"')
    if not obj.template:
        # `type`, not `class`: Tiled 1.10+ writes an object's class as `type` itself, and Tiled 1.8
        # reads only `type` (it would silently drop a `class` attribute and save the object without it).
        attrs.append(f'type="{obj.cls}"')
    attrs += [f'x="{_num(obj.x)}"', f'y="{_num(obj.y)}"']
    if obj.w or obj.h:
        attrs += [f'width="{_num(obj.w)}"', f'height="{_num(obj.h)}"']
    lines = [f'  <object {" ".join(attrs)}>']
    if obj.props:
        lines.append("   <properties>")
        for key, kind, ptype, value in obj.props:
            type_attr = f' type="{kind}"' if kind != "string" else ""
            ptype_attr = f' propertytype="{ptype}"' if ptype else ""
            lines.append(f'    <property name="{key}"{type_attr}{ptype_attr} value="{_esc(value)}"/>')
        lines.append("   </properties>")
    if not (obj.w or obj.h):
        lines.append("   <point/>")
    lines.append("  </object>")
    return lines
