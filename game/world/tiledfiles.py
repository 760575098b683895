"""The files a Tiled map stands on, read defensively: XML limited in size before it is parsed,
images that must be images, tile layer data in every encoding Tiled writes, and tilesets made
ready for pytmx. Every failure is a MapError in one line naming the file and the place."""

from __future__ import annotations

import base64
import copy
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, field
from pathlib import Path

GID_MASK = 0x0FFFFFFF  # the top bits of a gid are Tiled's flip flags
MAX_FILE_BYTES = 32 * 1024 * 1024  # checked before a map, tileset or template is parsed
MAX_TILES = 1_000_000  # cells of a map (1000 x 1000); larger maps are refused before anything is allocated
LFS_POINTER = b"version https://git-lfs"


class MapError(Exception):
    """A problem with a map file, worded for a level designer: file, object, what is wrong."""


@dataclass
class TilesetInfo:
    name: str
    firstgid: int
    count: int
    offset: tuple[int, int]
    source: Path | None  # the .tsx file; None when embedded in the map
    collection: dict[int, tuple[int, int, int, int] | None] = field(default_factory=dict)  # image
    # collections: tile id -> the part of its image it shows (Tiled 1.9+), None for all of it
    left_out: list[str] = field(default_factory=list)  # what the game draws otherwise than Tiled


def colour_rgba(value: str | None) -> tuple[int, int, int, int] | None:
    """Tiled colours are '#rrggbb' or '#aarrggbb' (alpha first); None when empty or not a colour."""
    text = (value or "").strip().lstrip("#")
    try:
        if len(text) == 6:
            return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), 255
        if len(text) == 8:
            return int(text[2:4], 16), int(text[4:6], 16), int(text[6:8], 16), int(text[0:2], 16)
    except ValueError:
        pass
    return None


def parse_xml_file(path: Path, what: str, tag: str) -> ET.Element:
    """The root <tag> of a Tiled XML file, its size limited before parsing; MapError naming the file."""
    try:
        size = path.stat().st_size
    except OSError:
        raise MapError(f"{path}: {what} not found")
    if size > MAX_FILE_BYTES:
        raise MapError(f"{path}: {what} is {size // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise MapError(f"{path}: not a valid {path.suffix.lstrip('.').upper() or what} file ({exc})")
    except OSError as exc:
        raise MapError(f"{path}: {what} cannot be read ({exc.strerror or exc})")
    if root.tag != tag:
        raise MapError(f"{path}: not a Tiled {what.split()[0]} (root element <{root.tag}>)")
    return root


def check_image(path: Path, where: str) -> None:
    """An image a map needs must exist and be an image, not a Git LFS pointer left by a clone."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(LFS_POINTER))
    except OSError:
        raise MapError(f"{where}: image {path.name} not found ({path})")
    if head == LFS_POINTER:
        raise MapError(f"{where}: image {path.name} is a Git LFS pointer, not the image; run `git lfs pull`")


def number(node: ET.Element, key: str, default: float, where: str) -> float:
    try:
        return float(node.get(key, default))
    except ValueError:
        raise MapError(f"{where}: {key}={node.get(key)!r} is not a number")



def decode_layer(data: ET.Element | None, w: int, h: int, where: str) -> list[int]:
    """A tile layer's gids (flip flags kept) from any encoding Tiled writes, exactly w x h of them."""
    if data is None:
        raise MapError(f"{where}: has no <data>; save the map again in Tiled")
    encoding, compression = data.get("encoding"), data.get("compression")
    text = (data.text or "").strip()
    try:
        if encoding is None:
            values = [int(t.get("gid", 0)) for t in data.findall("tile")]
        elif encoding == "csv":
            values = [int(v) for v in text.replace("\n", "").split(",") if v.strip()]
        elif encoding == "base64":
            raw = base64.b64decode(text, validate=False)
            if compression in ("zlib", "gzip"):
                inflate = zlib.decompressobj(47)  # zlib or gzip header, detected
                raw = inflate.decompress(raw, 4 * w * h + 4)
            elif compression:
                fix = "CSV or Base64 (zlib compressed)"
                raise MapError(f"{where}: is compressed with {compression}, which the game cannot read: set "
                               f"Tile Layer Format to {fix} in Map > Map Properties")
            values = [int.from_bytes(raw[i:i + 4], "little") for i in range(0, len(raw) - 3, 4)]
        else:
            raise MapError(f"{where}: unknown layer data encoding {encoding!r}: set Tile Layer Format to CSV "
                           f"in Map > Map Properties")
    except (ValueError, zlib.error) as exc:
        raise MapError(f"{where}: the {encoding or 'XML'} tile data does not decode ({exc}); save the map "
                       f"again in Tiled")
    if len(values) != w * h:
        raise MapError(f"{where}: has {len(values)} tiles, a {w} x {h} map needs {w * h}: the data is cut "
                       f"short or too long; save the map again in Tiled")
    return values


_tileset_files: dict[Path, tuple[tuple[int, int], ET.Element]] = {}


def tileset_file(path: Path) -> ET.Element:
    """A .tsx file's root, parsed once while the file is unchanged: maps share their kits, and a
    kit's tileset is the largest file a map reads. Never changed (`tileset_element` makes each
    map its own)."""
    try:
        stat = path.stat()
    except OSError:
        raise MapError(f"{path}: tileset not found")
    known = _tileset_files.get(path)
    if known is None or known[0] != (stat.st_mtime_ns, stat.st_size):
        known = _tileset_files[path] = ((stat.st_mtime_ns, stat.st_size), parse_xml_file(path, "tileset", "tileset"))
    return known[1]


def tileset_element(ts: ET.Element, path: Path, where: str) -> tuple[ET.Element, TilesetInfo]:
    """A map's <tileset> as pytmx should see it: embedded, image paths absolute, images checked,
    sizes filled in where old Tiled files leave them out."""
    firstgid = int(number(ts, "firstgid", 1, where))
    source = ts.get("source")
    base, ts_path = path.parent, None
    if source:
        ts_path = (path.parent / source).resolve()
        if ts_path.suffix.lower() != ".tsx":
            raise MapError(f"{where}: tileset {source} is not a .tsx file; export it from Tiled as TSX")
        if not ts_path.is_file():
            raise MapError(f"{where}: tileset {ts_path.name} not found ({ts_path})")
        shared = tileset_file(ts_path)
        ts = ET.Element("tileset", shared.attrib)  # the entries shared, what gets changed copied
        ts.extend(copy.deepcopy(e) if e.tag == "image" or e.find("image") is not None else e for e in shared)
        base = ts_path.parent
        where = f"{where}: tileset {ts_path.name}"
    else:
        ts = copy.deepcopy(ts)
        where = f"{where}: tileset {ts.get('name', '')!r}"
    ts.set("firstgid", str(firstgid))
    ts.attrib.pop("source", None)
    tw, th = int(number(ts, "tilewidth", 0, where)), int(number(ts, "tileheight", 0, where))
    if tw <= 0 or th <= 0:
        raise MapError(f"{where}: tile size {tw}x{th} is not a size")
    count = int(number(ts, "tilecount", 0, where))
    for image in ts.iter("image"):
        if not image.get("source"):
            raise MapError(f"{where}: an image has no file (embedded image data is not supported)")
        img_path = (base / image.get("source")).resolve()
        check_image(img_path, where)
        image.set("source", str(img_path))
    sheet = ts.find("image")
    if sheet is not None and not (sheet.get("width") and sheet.get("height")):
        import pygame  # only old Tiled files leave the size out
        try:
            size = pygame.image.load(sheet.get("source")).get_size()
        except (pygame.error, OSError) as exc:
            raise MapError(f"{where}: image {Path(sheet.get('source')).name} cannot be read ({exc})")
        sheet.set("width", str(size[0]))
        sheet.set("height", str(size[1]))
    if sheet is not None and not count:
        spacing, margin = int(ts.get("spacing", 0)), int(ts.get("margin", 0))
        cols = (int(sheet.get("width")) - 2 * margin + spacing) // (tw + spacing)
        rows = (int(sheet.get("height")) - 2 * margin + spacing) // (th + spacing)
        count = max(0, cols * rows)
    collection = {}
    if sheet is None:  # an image collection: ids may have gaps
        count = max((int(t.get("id", 0)) + 1 for t in ts.findall("tile")), default=0)
        for tile in ts.findall("tile"):
            if tile.find("image") is not None:
                part = tuple(int(number(tile, k, 0, where)) for k in ("x", "y", "width", "height"))
                collection[int(tile.get("id", 0))] = part if tile.get("width") else None
    off = ts.find("tileoffset")
    offset = (int(number(off, "x", 0, where)), int(number(off, "y", 0, where))) if off is not None else (0, 0)
    return ts, TilesetInfo(ts.get("name", ""), firstgid, count, offset, ts_path, collection,
                           _left_out(ts))


def _left_out(ts: ET.Element) -> list[str]:
    """What of a tileset the game draws otherwise than Tiled, one line each."""
    name = f"tileset {ts.get('name', '')!r}"
    lines = []
    if ts.get("objectalignment", "unspecified") not in ("unspecified", "bottomleft"):
        lines.append(f"{name}: object alignment {ts.get('objectalignment')!r}: its tile objects are placed by "
                     f"their bottom-left corner")
    if ts.get("tilerendersize") == "grid":
        lines.append(f"{name}: tile render size 'grid': its tiles are drawn at their own size")
    return lines
