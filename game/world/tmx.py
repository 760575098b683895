"""Reading Tiled maps: our own pass over the XML, then pytmx for tiles and images.

pytmx groups layers by type, does not resolve object templates and breaks on class-typed
properties on maps and layers. So the game reads the XML itself first: it resolves templates and
object classes, reads every property with its type, and records the file's layer order. pytmx then
gets a sanitised copy (no object layers, no properties on map or layers) for tile data and images.
"""

from __future__ import annotations

import copy
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.world.proptypes import PropertyTypes, project_types

LAYER_TAGS = ("layer", "objectgroup", "imagelayer", "group")
GAMEPLAY_CLASSES = ("spawn", "door", "npc", "interact", "trigger", "marker", "collision", "light")


class MapError(Exception):
    """A problem with a map file, worded for a level designer: file, object, what is wrong."""


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
    gid: int = 0

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
    name: str
    kind: str  # "tiles", "objects", "image"
    visible: bool
    props: dict[str, Any]


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
    objects: list[MapObject]
    tileset_sources: list[Path]
    sanitised: ET.Element  # the XML handed to pytmx

    def objects_of(self, cls: str) -> list[MapObject]:
        return [o for o in self.objects if o.cls == cls]

    def find(self, cls: str, name: str) -> MapObject | None:
        for obj in self.objects:
            if obj.cls == cls and obj.name == name:
                return obj
        return None

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tilewidth, self.height * self.tileheight


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
        try:
            root = ET.parse(path).getroot()
        except FileNotFoundError:
            raise MapError(f"{path}: template not found")
        except ET.ParseError as exc:
            raise MapError(f"{path}: template does not parse: {exc}")
        obj = root.find("object")
        if root.tag != "template" or obj is None:
            raise MapError(f"{path}: not a Tiled object template")
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


def resolve_template(obj: ET.Element, map_path: Path, cache: dict[Path, ET.Element]) -> ET.Element:
    """The object as Tiled would show it: the template's object with this object's changes."""
    source = obj.get("template")
    if not source:
        return obj
    tpath = (map_path.parent / source).resolve()
    template = _load_template(tpath, cache)
    merged = copy.deepcopy(template.find("object"))
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


def _object_from_xml(node: ET.Element, layer: str, types: PropertyTypes, where: str) -> MapObject:
    oid = int(node.get("id", "0"))
    cls = node.get("class") or node.get("type") or ""
    name = node.get("name", "")
    label = f'{where}: object {oid} "{name}"' if name else f"{where}: object {oid}"
    props = types.class_defaults(cls)
    props.update(read_properties(node, types, label))
    x, y = float(node.get("x", 0)), float(node.get("y", 0))
    w, h = float(node.get("width", 0)), float(node.get("height", 0))
    gid = int(node.get("gid", "0")) & 0x0FFFFFFF
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
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x, y, w, h = min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)
    return MapObject(oid, name, cls, x, y, w, h, props, points, layer, gid)


def read_map(path: str | os.PathLike, types: PropertyTypes | None = None) -> MapDocument:
    """Parse a TMX into a MapDocument. Raises MapError with file and object on any problem."""
    path = Path(path)
    types = types or project_types()
    if not path.is_file():
        raise MapError(f"{path}: map file not found")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise MapError(f"{path}: not a valid TMX file ({exc})")
    if root.tag != "map":
        raise MapError(f"{path}: not a Tiled map (root element <{root.tag}>)")
    if root.get("infinite", "0") == "1":
        raise MapError(f"{path}: infinite maps are not supported; uncheck 'Infinite' in Map Properties")
    if root.get("orientation", "orthogonal") != "orthogonal":
        raise MapError(f"{path}: only orthogonal maps are supported")
    for data in root.iter("data"):
        if data.get("compression") not in (None, "zlib", "gzip"):
            raise MapError(f"{path}: layer data compression {data.get('compression')!r} is not supported")

    props = read_properties(root, types, f"{path}: map")
    layers: list[LayerInfo] = []
    objects: list[MapObject] = []
    cache: dict[Path, ET.Element] = {}

    def walk(parent: ET.Element, hidden: bool) -> None:
        for node in parent:
            if node.tag not in LAYER_TAGS:
                continue
            visible = node.get("visible", "1") != "0" and not hidden
            name = node.get("name", "")
            if node.tag == "group":
                walk(node, not visible)
                continue
            kind = {"layer": "tiles", "objectgroup": "objects", "imagelayer": "image"}[node.tag]
            layers.append(LayerInfo(name, kind, visible, read_properties(node, types, f"{path}: layer {name!r}")))
            if node.tag == "objectgroup":
                for obj in node.findall("object"):
                    try:
                        resolved = resolve_template(obj, path, cache)
                    except MapError as exc:
                        raise MapError(f"{path}: object {obj.get('id')}: {exc}")
                    objects.append(_object_from_xml(resolved, name, types, str(path)))

    walk(root, False)

    sanitised = copy.deepcopy(root)

    def strip(parent: ET.Element) -> None:
        for node in list(parent):
            if node.tag == "objectgroup":
                parent.remove(node)
            elif node.tag == "properties":
                parent.remove(node)
            elif node.tag in LAYER_TAGS:
                strip(node)

    strip(sanitised)
    sources = [(path.parent / ts.get("source")).resolve() for ts in root.findall("tileset") if ts.get("source")]
    for src in sources:
        if not src.is_file():
            raise MapError(f"{path}: tileset {src.name} not found ({src})")
    try:
        size = [int(root.get(k, "0")) for k in ("width", "height", "tilewidth", "tileheight")]
    except ValueError:
        raise MapError(f"{path}: map size attributes are not numbers")
    return MapDocument(path, *size, props=props, layers=layers, objects=objects,
                       tileset_sources=sources, sanitised=sanitised)
