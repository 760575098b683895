"""Reading Tiled maps: our own pass over the XML, then pytmx for tiles and images.

pytmx groups layers by type, does not resolve object templates, breaks on class-typed properties
on maps and layers and stops with a bare exception on many files Tiled writes. So the game reads
the XML itself first and refuses, in one line naming file and layer, object or tileset, what it
cannot draw (the files around the map are read in `tiledfiles`): it checks size, orientation and
encodings, decodes every layer, resolves templates and object classes, reads every property with
its type, and records the file's layer order with each layer's drawing attributes (opacity, tint,
offset, parallax). pytmx then gets a sanitised copy (tile layers and tilesets only, external
tilesets inlined with checked images) for tile images, animations and collision shapes.
"""

from __future__ import annotations

import copy
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from game.world.proptypes import PropertyTypes, project_types
from game.world.tiledfiles import (GID_MASK, MAX_TILES, MapError, TilesetInfo, check_image, colour_rgba,
                                   decode_layer, number, parse_xml_file, tileset_element)

LAYER_TAGS = ("layer", "objectgroup", "imagelayer", "group")
GAMEPLAY_CLASSES = ("spawn", "door", "npc", "interact", "trigger", "marker", "collision", "light", "prop")


@dataclass
class MapObject:
    id: int
    name: str
    cls: str
    x: float
    y: float
    width: float
    height: float
    props: dict[str, Any] = field(default_factory=dict)
    points: list[tuple[float, float]] | None = None  # absolute polygon points, if a polygon
    layer: str = ""
    gid: int = 0  # a tile object's gid, flip flags included
    rotation: float = 0.0  # degrees clockwise around the object's (bottom-left for tiles) origin
    text: dict[str, Any] | None = None  # a text object: text, pixelsize, color, wrap, halign, valign

    @property
    def label(self) -> str:
        """How messages name this object: `object 12 "door_bar"`."""
        return f'object {self.id} "{self.name}"' if self.name else f"object {self.id}"

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2

    def rect(self) -> tuple[float, float, float, float]:
        return self.x, self.y, self.width, self.height


@dataclass
class LayerInfo:
    """One layer in file order, with what its groups pass down (Tiled multiplies opacity, tint and
    parallax through groups and adds their offsets)."""

    name: str
    kind: str  # "tiles", "objects", "image"
    visible: bool
    props: dict[str, Any]
    opacity: float = 1.0
    tint: tuple[int, int, int, int] | None = None
    offset: tuple[float, float] = (0.0, 0.0)
    parallax: tuple[float, float] = (1.0, 1.0)
    data: list[int] | None = None  # tile layers: raw gids, row by row
    image: Path | None = None  # image layers
    repeat: tuple[bool, bool] = (False, False)
    trans: tuple[int, int, int] | None = None  # an image layer's transparent colour
    objects: list[MapObject] = field(default_factory=list)  # object layers: their visible objects

    @property
    def plain(self) -> bool:
        """Drawn as it is, where it is: what pyscroll's buffer can draw."""
        return self.opacity == 1 and self.tint is None and self.offset == (0, 0) and self.parallax == (1, 1)


def _version(path: Path) -> tuple[int, int]:
    """What tells a file's edits apart: modification time and size."""
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


@dataclass
class MapDocument:
    """Everything the game reads from a TMX itself (no pygame involved)."""

    path: Path
    width: int
    height: int
    tilewidth: int
    tileheight: int
    props: dict[str, Any]
    layers: list[LayerInfo]
    objects: list[MapObject]  # the visible objects of visible layers: the ones the game acts on
    sanitised: ET.Element  # the XML handed to pytmx
    tilesets: list[TilesetInfo] = field(default_factory=list)
    background: tuple[int, int, int, int] | None = None
    parallax_origin: tuple[float, float] = (0.0, 0.0)
    left_out: list[str] = field(default_factory=list)  # Tiled features drawn otherwise, one line each
    sources: dict[Path, tuple[int, int]] = field(default_factory=dict)  # each file read -> (mtime, size)

    def stale(self) -> bool:
        """Whether a file it was read from (map, tileset, template) has changed or gone since."""
        try:
            return any(_version(p) != seen for p, seen in self.sources.items())
        except OSError:
            return True

    def objects_of(self, cls: str) -> list[MapObject]:
        return list(self._by_cls.get(cls, ()))

    @cached_property
    def _by_cls(self) -> dict[str, list[MapObject]]:
        """The objects by class, sorted once: doors and triggers are looked up every tick."""
        by_cls: dict[str, list[MapObject]] = {}
        for obj in self.objects:
            by_cls.setdefault(obj.cls, []).append(obj)
        return by_cls

    def find(self, cls: str, name: str) -> MapObject | None:
        for obj in self.objects:
            if obj.cls == cls and obj.name == name:
                return obj
        return None

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tilewidth, self.height * self.tileheight

    def tileset_of(self, gid: int) -> TilesetInfo | None:
        gid &= GID_MASK
        found = None
        for ts in self.tilesets:
            if ts.firstgid <= gid:
                found = ts
        return found

    def objects_of_layers(self) -> list[MapObject]:
        """Every visible object of every object layer, hidden layers' too (to draw when shown)."""
        return [o for layer in self.layers for o in layer.objects]

    def actor_layer(self) -> int:
        """The index in `layers` of the object layer people are drawn on (sorted with its tile
        objects): the first that holds a spawn or a person, else the first visible object layer
        that scrolls with the map, else over every layer."""
        candidates = [i for i, layer in enumerate(self.layers) if layer.kind == "objects"]
        for i in candidates:
            if any(o.cls in ("spawn", "npc") for o in self.layers[i].objects):
                return i
        flat = [i for i in candidates if self.layers[i].visible and self.layers[i].parallax == (1, 1)]
        return flat[0] if flat else len(self.layers)

    def holes(self) -> list[tuple[int, int]]:
        """Cells with no tile on any visible tile layer."""
        covered = bytearray(self.width * self.height)
        for layer in self.layers:
            if layer.kind == "tiles" and layer.visible and layer.data:
                for i, gid in enumerate(layer.data):
                    if gid:
                        covered[i] = 1
        return [(i % self.width, i // self.width) for i, c in enumerate(covered) if not c]


def _convert(value: str | None, kind: str | None, text: str | None = None) -> Any:
    raw = value if value is not None else (text or "")
    if kind == "int":
        return int(float(raw or 0))
    if kind == "float":
        return float(raw or 0)
    if kind == "bool":
        return raw.lower() == "true"
    if kind == "color":
        return raw
    return raw


def read_properties(node: ET.Element | None, types: PropertyTypes, where: str) -> dict[str, Any]:
    """Properties of a node, with class-typed properties as nested dicts (defaults filled in)."""
    result: dict[str, Any] = {}
    if node is None:
        return result
    block = node.find("properties")
    if block is None:
        return result
    for prop in block.findall("property"):
        name = prop.get("name", "")
        kind = prop.get("type")
        try:
            if kind == "class":
                nested = types.class_defaults(prop.get("propertytype", ""))
                nested.update(read_properties(prop, types, where))
                result[name] = nested
            else:
                result[name] = _convert(prop.get("value"), kind, prop.text)
        except ValueError:
            raise MapError(f"{where}: property {name!r} has a bad {kind} value {prop.get('value')!r}")
    return result


def _load_template(path: Path, cache: dict[Path, ET.Element]) -> ET.Element:
    if path not in cache:
        root = parse_xml_file(path, "template", "template")
        if root.find("object") is None:
            raise MapError(f"{path}: the template has no object")
        cache[path] = root
    return cache[path]


def _merge_properties(base: ET.Element, over: ET.Element) -> None:
    """Object properties override the template's by name."""
    over_props = over.find("properties")
    if over_props is None:
        return
    base_props = base.find("properties")
    if base_props is None:
        base.append(copy.deepcopy(over_props))
        return
    by_name = {p.get("name"): p for p in base_props.findall("property")}
    for prop in over_props.findall("property"):
        old = by_name.get(prop.get("name"))
        if old is not None:
            base_props.remove(old)
        base_props.append(copy.deepcopy(prop))


def resolve_template(obj: ET.Element, map_path: Path, cache: dict[Path, ET.Element],
                     firstgids: dict[Path, int] | None = None) -> ET.Element:
    """The object as Tiled would show it: the template's object with this object's changes.

    A tile template numbers its tile in its own tileset; `firstgids` (tileset file -> the map's
    first gid for it) turns that into the map's gid."""
    source = obj.get("template")
    if not source:
        return obj
    tpath = (map_path.parent / source).resolve()
    template = _load_template(tpath, cache)
    merged = copy.deepcopy(template.find("object"))
    ts = template.find("tileset")
    if merged.get("gid") and ts is not None and ts.get("source"):
        ts_path = (tpath.parent / ts.get("source")).resolve()
        if not ts_path.is_file():
            raise MapError(f"template {tpath.name}: tileset {ts.get('source')} not found ({ts_path})")
        if firstgids is not None:
            if ts_path not in firstgids:
                raise MapError(f"template {tpath.name} draws a tile of {ts_path.name}, which the map does not "
                               f"list; add that tileset to the map in Tiled")
            local = int(merged.get("gid")) & GID_MASK
            flags = int(merged.get("gid")) & ~GID_MASK
            merged.set("gid", str((local - int(ts.get("firstgid", 1)) + firstgids[ts_path]) | flags))
    for key, value in obj.attrib.items():
        if key != "template":
            merged.set(key, value)
    _merge_properties(merged, obj)
    for child in obj:
        if child.tag != "properties":
            old = merged.find(child.tag)
            if old is not None:
                merged.remove(old)
            merged.append(copy.deepcopy(child))
    return merged


def _text_of(node: ET.Element) -> dict[str, Any] | None:
    text = node.find("text")
    if text is None:
        return None
    return {"text": text.text or "", "pixelsize": int(float(text.get("pixelsize", 16))),
            "color": colour_rgba(text.get("color")) or (0, 0, 0, 255), "wrap": text.get("wrap") == "1",
            "halign": text.get("halign", "left"), "valign": text.get("valign", "top"),
            "bold": text.get("bold") == "1", "italic": text.get("italic") == "1"}


def _object_from_xml(node: ET.Element, layer: str, types: PropertyTypes, where: str,
                     offset: tuple[float, float] = (0.0, 0.0)) -> MapObject:
    oid = int(number(node, "id", 0, where))
    cls = node.get("class") or node.get("type") or ""
    name = node.get("name", "")
    label = f'{where}: object {oid} "{name}"' if name else f"{where}: object {oid}"
    props = types.class_defaults(cls)
    props.update(read_properties(node, types, label))
    x, y = number(node, "x", 0, label) + offset[0], number(node, "y", 0, label) + offset[1]
    w, h = number(node, "width", 0, label), number(node, "height", 0, label)
    gid = int(number(node, "gid", 0, label))
    if gid:
        y -= h  # Tiled anchors tile objects at their bottom-left corner
    points = None
    poly = node.find("polygon")
    if poly is not None:
        try:
            points = [(x + float(a), y + float(b)) for a, b in
                      (pair.split(",") for pair in poly.get("points", "").split())]
        except ValueError:
            raise MapError(f"{label}: polygon points do not parse")
        if not points:
            raise MapError(f"{label}: polygon has no points")
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x, y, w, h = min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)
    return MapObject(oid, name, cls, x, y, w, h, props, points, layer, gid,
                     number(node, "rotation", 0, label), _text_of(node))


def _refuse_kind(path: Path, root: ET.Element) -> None:
    """Orientation and infinity in one line, so a designer fixes both at once."""
    orientation = root.get("orientation", "orthogonal")
    infinite = root.get("infinite", "0") == "1"
    if orientation == "orthogonal" and not infinite:
        return
    if orientation == "orthogonal":
        raise MapError(f"{path}: this map is infinite; the game draws fixed-size maps only: "
                       f"uncheck Infinite in Map > Map Properties")
    what = f"{orientation} and infinite" if infinite else orientation
    raise MapError(f"{path}: this map is {what}; the game draws {'fixed-size ' if infinite else ''}"
                   f"orthogonal maps only")


def _layer_info(node: ET.Element, inherited: LayerInfo, types: PropertyTypes, where: str) -> LayerInfo:
    """A layer with what its groups pass down."""
    tint = colour_rgba(node.get("tintcolor"))
    if inherited.tint is not None:
        tint = tuple(a * b // 255 for a, b in zip(tint or (255, 255, 255, 255), inherited.tint))
    return LayerInfo(
        node.get("name", ""),
        {"layer": "tiles", "objectgroup": "objects", "imagelayer": "image", "group": "group"}[node.tag],
        inherited.visible and node.get("visible", "1") != "0",
        read_properties(node, types, where),
        opacity=inherited.opacity * number(node, "opacity", 1, where),
        tint=tint,
        offset=(inherited.offset[0] + number(node, "offsetx", 0, where),
                inherited.offset[1] + number(node, "offsety", 0, where)),
        parallax=(inherited.parallax[0] * number(node, "parallaxx", 1, where),
                  inherited.parallax[1] * number(node, "parallaxy", 1, where)))


def _tile_layer(node: ET.Element, info: LayerInfo, sanitised: ET.Element, width: int, height: int, where: str) -> None:
    """The layer's tiles, and the layer handed on to pytmx in the sanitised map."""
    info.data = decode_layer(node.find("data"), width, height, where)
    element = ET.SubElement(sanitised, "layer", {k: v for k, v in node.attrib.items()
                                                 if k in ("name", "width", "height", "id")})
    if node.find("data").get("encoding") is None:  # old XML tiles: handed on as CSV
        ET.SubElement(element, "data", encoding="csv").text = ",".join(map(str, info.data))
    else:
        element.append(node.find("data"))
    element.set("width", str(width))
    element.set("height", str(height))


def _image_layer(node: ET.Element, info: LayerInfo, path: Path, where: str) -> None:
    image = node.find("image")
    if image is not None and image.get("source"):
        info.image = (path.parent / image.get("source")).resolve()
        check_image(info.image, where)
    info.repeat = (node.get("repeatx") == "1", node.get("repeaty") == "1")
    trans = colour_rgba("#" + image.get("trans", "")) if image is not None else None
    info.trans = trans[:3] if trans else None


def _layer_objects(node: ET.Element, info: LayerInfo, path: Path, types: PropertyTypes, cache: dict,
                   firstgids: dict[Path, int], tilesets: list[TilesetInfo]) -> list[MapObject]:
    """The visible objects of an object layer, templates resolved."""
    found = []
    for obj in node.findall("object"):
        label = f"{path}: object {obj.get('id')}"
        try:
            resolved = resolve_template(obj, path, cache, firstgids)
        except MapError as exc:
            raise MapError(f"{label}: {exc}")
        item = _object_from_xml(resolved, info.name, types, str(path), info.offset)
        if resolved.get("visible", "1") == "0":
            continue
        if item.gid and not any(t.firstgid <= item.gid & GID_MASK < t.firstgid + max(t.count, 1)
                                for t in tilesets):
            raise MapError(f"{path}: {item.label}: tile {item.gid & GID_MASK} is in no tileset of the map")
        found.append(item)
    return found


def _keep_used_tiles(sanitised: ET.Element, used: set[int], where: str) -> None:
    """Leave in the tilesets pytmx sees only the <tile> entries of tiles the map draws, with the
    frames of their animations: pytmx builds every entry's colliders and loads its image, used or
    not, and a kit's tileset lists hundreds the map never shows."""
    entries = {int(ts.get("firstgid")) + int(number(tile, "id", 0, where)): (ts, tile)
               for ts in sanitised.findall("tileset") for tile in ts.findall("tile")}
    keep, todo = set(), [gid for gid in used if gid in entries]
    while todo:
        gid = todo.pop()
        if gid not in keep:
            keep.add(gid)
            ts, tile = entries[gid]
            frames = (int(ts.get("firstgid")) + int(number(f, "tileid", 0, where)) for f in tile.iter("frame"))
            todo.extend(f for f in frames if f in entries)
    for gid, (ts, tile) in entries.items():
        if gid not in keep:
            ts.remove(tile)


def read_map(path: str | os.PathLike, types: PropertyTypes | None = None) -> MapDocument:
    """Parse a TMX into a MapDocument. Raises MapError naming the file (and layer, object or
    tileset) on anything the game cannot open."""
    path = Path(path)
    types = types or project_types()
    if path.suffix.lower() in (".tmj", ".json"):
        raise MapError(f"{path}: this is a JSON map; the game reads .tmx: save it from Tiled as TMX")
    seen = _version(path) if path.is_file() else (0, 0)  # before reading: an edit meanwhile is seen next time
    root = parse_xml_file(path, "map file", "map")
    _refuse_kind(path, root)
    width, height = int(number(root, "width", 0, str(path))), int(number(root, "height", 0, str(path)))
    tw, th = int(number(root, "tilewidth", 0, str(path))), int(number(root, "tileheight", 0, str(path)))
    if width <= 0 or height <= 0 or tw <= 0 or th <= 0:
        raise MapError(f"{path}: map size {width} x {height} tiles of {tw}x{th} is not a size")
    if width * height > MAX_TILES:
        raise MapError(f"{path}: map is {width} x {height} tiles; the limit is {MAX_TILES:,} tiles "
                       f"(1000 x 1000): split it into maps joined by doors")

    sanitised = ET.Element("map", dict(root.attrib))
    tilesets: list[TilesetInfo] = []
    firstgids: dict[Path, int] = {}
    for ts in root.findall("tileset"):
        element, info = tileset_element(ts, path, str(path))
        sanitised.append(element)
        tilesets.append(info)
        if info.source:
            firstgids[info.source] = info.firstgid
    tilesets.sort(key=lambda t: t.firstgid)

    props = read_properties(root, types, f"{path}: map")
    layers: list[LayerInfo] = []
    objects: list[MapObject] = []
    cache: dict[Path, ET.Element] = {}
    left_out = [line for ts in tilesets for line in ts.left_out]

    def walk(parent: ET.Element, inherited: LayerInfo) -> None:
        for node in parent:
            if node.tag not in LAYER_TAGS:
                continue
            where = f"{path}: layer {node.get('name', '')!r}"
            info = _layer_info(node, inherited, types, where)
            if node.get("mode", "normal") != "normal":
                left_out.append(f"layer {info.name!r}: blend mode {node.get('mode')!r} is drawn as normal")
            if node.tag == "group":
                walk(node, info)
                continue
            layers.append(info)
            if node.tag == "layer":
                _tile_layer(node, info, sanitised, width, height, where)
            elif node.tag == "imagelayer":
                _image_layer(node, info, path, where)
            else:
                info.objects = _layer_objects(node, info, path, types, cache, firstgids, tilesets)
                objects.extend(info.objects if info.visible else [])

    walk(root, LayerInfo("", "group", True, {}))
    _keep_used_tiles(sanitised, {gid & GID_MASK for info in layers
                                 for gid in [*(info.data or ()), *(o.gid for o in info.objects)]}, str(path))
    sources = {path: seen, **{p: _version(p) for p in [*(t.source for t in tilesets if t.source), *cache]}}
    return MapDocument(path, width, height, tw, th, props=props, layers=layers, objects=objects, sources=sources,
                       sanitised=sanitised, tilesets=tilesets,
                       background=colour_rgba(root.get("backgroundcolor")),
                       parallax_origin=(number(root, "parallaxoriginx", 0, str(path)),
                                        number(root, "parallaxoriginy", 0, str(path))),
                       left_out=left_out,
                       )
