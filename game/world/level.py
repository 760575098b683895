"""A loaded map: tiles through pytmx in the file's layer order, collision, and its renderer."""

from __future__ import annotations

import logging
import math
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Callable

import pygame
import pyscroll
import pytmx
from pytmx.util_pygame import handle_transformation, pygame_image_loader

from game.paths import asset
from game.world.actors import FEET
from game.world.collision import CollisionMap
from game.world.layers import LayeredMap
from game.world.proptypes import PropertyTypes, project_types
from game.world.tmx import MapDocument, MapError, read_map
from game.timing import TICK_RATE

log = logging.getLogger(__name__)


def map_path(name_or_path: str, beside: Path | None = None) -> Path:
    """`club` -> assets/maps/club.tmx; a path to a .tmx anywhere is taken as it is.

    `beside` is the folder of the map a door leads from: a map there wins, so a designer can try
    a set of new maps linked by doors from any folder."""
    if name_or_path.endswith(".tmx") or "/" in name_or_path or "\\" in name_or_path:
        return Path(name_or_path).resolve()
    if beside is not None and (beside / f"{name_or_path}.tmx").is_file():
        return beside / f"{name_or_path}.tmx"
    return asset("maps", f"{name_or_path}.tmx")


def map_name(path: Path) -> str:
    return path.stem


def available_maps() -> list[str]:
    return sorted(p.stem for p in asset("maps").glob("*.tmx"))


_opened: set[Path] = set()


def opened_maps() -> set[Path]:
    """The map files loaded in this run (the game's, and a designer's given by path)."""
    return _opened


def feet_free(collision: CollisionMap, x: float, y: float) -> bool:
    """Whether an actor's feet can stand at (x, y)."""
    w, h = FEET
    return not collision.blocked(pygame.Rect(round(x - w / 2), round(y - h), w, h))


def standable(path: Path, x: float, y: float) -> bool:
    """Whether an actor's feet can stand at (x, y) on this map. MapError if it cannot be read."""
    return feet_free(_collision(path, path.stat().st_mtime_ns), x, y)


@lru_cache(maxsize=8)
def _collision(path: Path, mtime_ns: int) -> CollisionMap:
    """The solid shapes of a map, read without its images (the mtime makes an edited map new)."""
    doc = read_map(path)
    tmx = pytmx.TiledMap()
    tmx.filename = str(path)
    try:
        tmx.parse_xml(doc.sanitised)
    except Exception as exc:  # pytmx raises bare Exception/ValueError/KeyError on bad data
        raise MapError(f"{path}: the map cannot be read ({type(exc).__name__}: {exc})")
    return collision_map(doc, tmx)


_documents: dict[Path, tuple[MapDocument, PropertyTypes]] = {}


def _document(path: Path) -> MapDocument:
    """The map as read from its files, read again only when one of them (the map, a tileset, a
    template) has changed or the project's property types were reloaded: going back through a door
    parses no XML. The game never changes a document."""
    types = project_types()
    known = _documents.get(path)
    if known is not None and known[1] is types and not known[0].stale():
        return known[0]
    doc = read_map(path, types)
    _documents[path] = (doc, types)
    return doc


def collision_map(doc: MapDocument, tmx: pytmx.TiledMap) -> CollisionMap:
    """Solid shapes from the tiles' colliders and the map's collision objects."""
    t = doc.tilewidth
    w, h = doc.pixel_size
    collision = CollisionMap(w, h, t)
    solid = {gid: p["colliders"] for gid, p in tmx.tile_properties.items() if gid and p.get("colliders")}
    shown = [info.visible for info in doc.layers if info.kind == "tiles"]  # pytmx's layers, in this order
    for layer, visible in zip(tmx.layers, shown):
        if not visible:  # hidden means hidden: its walls stop no one either
            continue
        for tx, ty, gid in ((x, y, gid) for y, row in enumerate(layer.data) for x, gid in enumerate(row) if gid in solid):
            for shape in solid[gid]:
                points = getattr(shape, "points", None)
                if points:
                    collision.add_polygon([(tx * t + p.x, ty * t + p.y) for p in points])
                else:
                    collision.add(pygame.Rect(round(tx * t + shape.x), round(ty * t + shape.y),
                                              round(shape.width), round(shape.height)))
    for obj in doc.objects_of("collision"):
        if obj.points:
            collision.add_polygon(obj.points)
        else:
            collision.add(pygame.Rect(round(obj.x), round(obj.y), round(obj.width), round(obj.height)))
    return collision


class TickMapData(pyscroll.data.TiledMapData):
    """pyscroll map data whose tile animations are a pure function of the game's tick.

    pyscroll starts every animation when a map loads and reads the wall clock. Here the frame shown
    is worked out from the tick alone, so a map loaded at tick T (a door, a save being loaded) shows
    exactly what a map left running since tick 0 would show."""

    def __init__(self, tmx: pytmx.TiledMap, ticks: Callable[[], int]) -> None:
        self._ticks = ticks
        self._clips: dict[int, tuple[list, list[int], int]] = {}
        self._shown: dict[tuple[int, int, int], int] = {}  # animated cells drawn -> frame index
        self._showing: dict[int, int] = {}  # animation gid -> its frame when the queue was last read
        self._turns_at = 0.0  # the time (ms) the next of those frames ends
        super().__init__(tmx)

    def _update_time(self) -> None:
        self._last_time = self._ticks() * 1000 / TICK_RATE

    def reload_animations(self) -> None:
        self._update_time()
        self._animation_queue, self._animation_map, self._tracked_gids = [], {}, set()
        self._clips, self._shown, self._showing, self._turns_at = {}, {}, {}, 0.0
        for gid, frames in self.get_animations():
            ends = list(accumulate(max(1, int(duration)) for _, duration in frames))
            self._clips[gid] = ([self._get_tile_image_by_id(f) for f, _ in frames], ends, ends[-1])

    def animated(self, gid: int) -> bool:
        return gid in self._clips

    def frames(self, gid: int) -> list[pygame.Surface]:
        return self._clips[gid][0]

    def frame_image(self, gid: int) -> pygame.Surface:
        """The frame an animated tile shows now (after `sync`)."""
        return self._frame(gid)[1]

    def sync(self) -> None:
        """Read the tick: the layered renderer draws animated tiles without pyscroll's queue."""
        self._update_time()

    def _frame(self, gid: int) -> tuple[int, pygame.Surface]:
        images, ends, total = self._clips[gid]
        i = bisect_right(ends, self._last_time % total)
        return i, images[i]

    def _gid(self, x: int, y: int, l: int) -> int:
        return self.tmx.layers[l].data[y][x]

    def get_tile_image(self, x: int, y: int, l: int):
        gid = self._gid(x, y, l)
        return self._frame(gid)[1] if gid in self._clips else self._get_tile_image(x, y, l)

    def get_tile_images_by_rect(self, rect):
        for x, y, l, image in super().get_tile_images_by_rect(rect):
            gid = self._gid(x, y, l)
            if gid in self._clips:
                self._shown[(x, y, l)], image = self._frame(gid)
            yield x, y, l, image

    def process_animation_queue(self, tile_view) -> list:
        """The cells whose frame changed since they were drawn, with their whole column. Until an
        animation turns a frame, every cell drawn shows its frame already: nothing to look at."""
        self._update_time()
        now = self._last_time
        if now < self._turns_at:
            return []
        showing, turns = {}, math.inf
        for gid, (_, ends, total) in self._clips.items():
            into = now % total
            showing[gid] = bisect_right(ends, into)
            turns = min(turns, now - into + ends[showing[gid]])
        self._turns_at = turns - 1e-6  # a hair early: float error must not make a turn late
        if showing == self._showing:
            return []
        self._showing = showing
        changed = []
        layers = tuple(self.visible_tile_layers)
        for (x, y, l), shown in list(self._shown.items()):
            if not tile_view.collidepoint(x, y):
                del self._shown[(x, y, l)]
                continue
            gid = self._gid(x, y, l)
            index = showing[gid]
            if index == shown:
                continue
            self._shown[(x, y, l)] = index
            image = self._clips[gid][0][index]
            for layer in layers:
                tile = image if layer == l else self.get_tile_image(x, y, layer)
                if tile:
                    changed.append((x, y, layer, tile))
        return changed


class Level:
    def __init__(self, source: str, ticks: Callable[[], int], beside: Path | None = None) -> None:
        self.path = map_path(source, beside)
        self.name = map_name(self.path)
        self.doc: MapDocument = _document(self.path)
        self.tmx = self._load_tmx()
        self.actor_layer = self._order_layers()
        self.tile = self.doc.tilewidth
        self.collision = collision_map(self.doc, self.tmx)
        _opened.add(self.path.resolve())
        self.data = TickMapData(self.tmx, ticks)
        self.layered = self._needs_layers()
        self.layers = LayeredMap(self) if self.layered else None
        self.renderer: pyscroll.BufferedRenderer | None = None
        self._renderer_size: tuple[int, int] | None = None
        # The people's walk grid is built with the map, so a first click never stalls.
        self._walkable = {FEET: self.collision.walkable_grid(FEET)}

    # -- loading ------------------------------------------------------------------------------
    def _load_tmx(self) -> pytmx.TiledMap:
        tmx = pytmx.TiledMap(image_loader=self._image_loader)
        tmx.filename = str(self.path)
        for obj in self.doc.objects_of_layers():
            if obj.gid:  # tile objects' images, flips included (pytmx registers only what layers use)
                tmx.register_gid_check_flags(obj.gid)
        try:
            tmx.parse_xml(self.doc.sanitised)
        except MapError:
            raise
        except Exception as exc:  # pytmx raises bare Exception/ValueError/KeyError on data it cannot use
            raise MapError(f"{self.path}: the map cannot be read ({type(exc).__name__}: {exc})")
        self._collection_images(tmx)
        return tmx

    def _collection_images(self, tmx: pytmx.TiledMap) -> None:
        """pytmx gives image-collection tiles their whole image, unflipped: cut out the part a tile
        shows (Tiled 1.9+) and flip it as each use asks."""
        for ts in self.doc.tilesets:
            for tile_id, part in ts.collection.items():
                for gid, flags in tmx.gidmap.get(ts.firstgid + tile_id, ()):
                    image = tmx.images[gid] if gid < len(tmx.images) else None
                    if image is None:
                        continue
                    if part:
                        clipped = pygame.Rect(part).clip(image.get_rect())
                        image = image.subsurface(clipped) if clipped.size else image
                    tmx.images[gid] = handle_transformation(image, flags) if flags else image

    def _image_loader(self, filename: str, colorkey, **kwargs):
        """pytmx's pygame loader, with a failure worded as which image of which tileset."""
        tileset = kwargs.get("tileset")
        where = f"{self.path}: tileset {tileset.name!r}" if tileset is not None else str(self.path)
        try:
            load = pygame_image_loader(filename, colorkey, **kwargs)
        except (pygame.error, OSError) as exc:
            raise MapError(f"{where}: image {Path(filename).name} cannot be read ({exc})")

        def tile(rect=None, flags=None):
            try:
                return load(rect, flags)
            except ValueError:  # pytmx cuts tiles by the size the tileset states
                raise MapError(f"{where}: image {Path(filename).name} is smaller than the tileset says; "
                               f"open the tileset in Tiled and save it again")
        return tile

    def _order_layers(self) -> int:
        """Put pytmx's tile layers in the file's order; return the tile layer index actors are drawn
        after (-1: under every tile layer)."""
        tiles = list(self.tmx.layers)
        ordered = []
        for info in self.doc.layers:
            if info.kind == "tiles":
                layer = tiles.pop(0)
                layer.visible = info.visible  # also hides layers inside hidden groups
                ordered.append(layer)
        self.tmx.layers = ordered
        self.tmx.layernames = {l.name: l for l in ordered}
        actors = self.doc.actor_layer()
        return sum(1 for info in self.doc.layers[:actors] if info.kind == "tiles") - 1

    def _needs_layers(self) -> bool:
        """Whether the map uses anything pyscroll's one buffer cannot draw (see game/world/layers.py)."""
        doc = self.doc
        if doc.background or any(ts.offset != (0, 0) for ts in doc.tilesets):
            return True
        for info in doc.layers:
            if info.kind == "image" and info.image or info.kind == "tiles" and not info.plain \
                    or any(o.gid or o.text for o in info.objects):
                return True
        size = (doc.tilewidth, doc.tileheight)
        return any(i is not None and i.get_size() != size for i in self.tmx.images) or bool(doc.holes())

    # -- queries ------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        return str(self.doc.props.get("title", self.name))

    def prop(self, key: str, default=None):
        return self.doc.props.get(key, default)

    def walkable(self, feet: tuple[int, int]) -> list[list[bool]]:
        """Where a feet box of this size can stand, tile by tile (worked out once per size)."""
        if feet not in self._walkable:
            self._walkable[feet] = self.collision.walkable_grid(feet)
        return self._walkable[feet]

    def surface_at(self, x: float, y: float) -> str:
        """The `surface` property of the topmost floor tile under a point ("hard" by default)."""
        tx, ty = int(x // self.tile), int(y // self.tile)
        for index in range(min(self.actor_layer, len(self.tmx.layers) - 1), -1, -1):
            layer = self.tmx.layers[index]
            try:
                gid = layer.data[ty][tx]
            except IndexError:
                return "hard"
            surface = gid and self.tmx.tile_properties.get(gid, {}).get("surface")
            if surface:
                return surface
        return "hard"

    # -- drawing ------------------------------------------------------------------------------
    def view_size(self, canvas: tuple[int, int]) -> tuple[int, int]:
        w, h = self.doc.pixel_size
        return min(w, canvas[0]), min(h, canvas[1])

    def get_renderer(self, canvas: tuple[int, int]) -> pyscroll.BufferedRenderer:
        size = self.view_size(canvas)
        if self.renderer is None or self._renderer_size != size:
            self.renderer = pyscroll.BufferedRenderer(self.data, size, clamp_camera=True)
            self._renderer_size = size
        return self.renderer


def load_level(source: str, ticks: Callable[[], int], beside: Path | None = None) -> Level:
    """The one way a map is opened, by the game, F6 and `check`: a Level, or MapError in one line."""
    try:
        return Level(source, ticks, beside)
    except MapError:
        raise
    except MemoryError:
        raise MapError(f"{map_path(source, beside)}: the map does not fit in memory")
    except Exception as exc:  # whatever a file from anywhere makes the libraries do: one line, never a traceback
        log.debug("map load failed", exc_info=True)
        raise MapError(f"{map_path(source, beside)}: the map cannot be read ({type(exc).__name__}: {exc})")


__all__ = ["Level", "MapError", "load_level", "map_path", "available_maps", "read_map"]
