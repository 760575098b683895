"""Drawing a map layer by layer, as Tiled draws it, for maps pyscroll's single buffer cannot show:
image layers (repeated or not), tile and text objects, layer and group opacity, tint, offset and
parallax, the background colour, tileset tile offsets and tiles larger than the grid (anchored at
the bottom-left of their cell). The shipped maps use none of this and stay on pyscroll
(`Level.layered` decides); here every visible layer is blitted each frame, tile by tile."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Callable

import pygame

from game.world.tmx import GID_MASK, LayerInfo, MapError, MapObject


@lru_cache(maxsize=16)
def _font(size: int, bold: bool, italic: bool) -> pygame.font.Font:
    if not pygame.font.get_init():
        pygame.font.init()
    font = pygame.font.Font(None, max(6, round(size * 1.3)))  # the default font draws small for its size
    font.bold, font.italic = bold, italic
    return font


def text_image(obj: MapObject) -> pygame.Surface:
    """A text object as Tiled lays it out: its colour, size, wrapping and alignment in its box."""
    t = obj.text
    font = _font(t["pixelsize"], t["bold"], t["italic"])
    width = max(1, round(obj.width))
    rendered = font.render(t["text"], True, t["color"][:3], wraplength=width if t["wrap"] else 0)
    rendered.set_alpha(t["color"][3])
    box = pygame.Surface((width, max(1, round(obj.height))), pygame.SRCALPHA)
    x = {"center": (width - rendered.get_width()) // 2, "right": width - rendered.get_width()}.get(t["halign"], 0)
    y = {"center": (box.get_height() - rendered.get_height()) // 2,
         "bottom": box.get_height() - rendered.get_height()}.get(t["valign"], 0)
    box.blit(rendered, (x, y))
    return box


def _rotated(image: pygame.Surface, degrees: float, origin_at_bottom: bool) -> tuple[pygame.Surface, tuple[int, int]]:
    """The image turned clockwise around its origin corner, and where its top-left then is."""
    w, h = image.get_size()
    oy = h if origin_at_bottom else 0
    a = math.radians(degrees)
    cos, sin = math.cos(a), math.sin(a)
    corners = [(x * cos - (y - oy) * sin, x * sin + (y - oy) * cos) for x, y in ((0, 0), (w, 0), (w, h), (0, h))]
    return pygame.transform.rotate(image, -degrees), (round(min(c[0] for c in corners)),
                                                      round(min(c[1] for c in corners) + oy))


class Stamp:
    """A tile or text object: a picture at a map position, sorted with the people by its bottom
    edge when it is on their layer."""

    def __init__(self, obj: MapObject, image: Callable[[int], pygame.Surface], dx: int = 0, dy: int = 0) -> None:
        self.obj, self._image, self.visible = obj, image, True
        self.x, self.y = obj.x + obj.width / 2, obj.y + obj.height  # bottom centre, like an actor
        self.dx, self.dy = dx, dy  # tileset offset and rotation, from the object's top-left

    def image(self, tick: int) -> pygame.Surface:
        return self._image(tick)

    def topleft(self, offset: tuple[float, float]) -> tuple[int, int]:
        return round(self.obj.x + self.dx + offset[0]), round(self.obj.y + self.dy + offset[1])


class LayeredMap:
    def __init__(self, level) -> None:
        self.level = level
        doc = level.doc
        self.background = doc.background[:3] if doc.background else (0, 0, 0)
        self.actor_index = doc.actor_layer()
        self.steps: list[tuple[LayerInfo, object]] = []
        tile_index = 0
        for info in doc.layers:
            if info.kind == "tiles":
                self.steps.append((info, tile_index))
                tile_index += 1
            elif info.kind == "image":
                self.steps.append((info, self._layer_image(info)))
            else:
                self.steps.append((info, [s for s in (self._stamp(o) for o in info.objects) if s]))
        self._anchor: dict[int, tuple[int, int]] = {}
        self._styled: dict[tuple[int, int], pygame.Surface] = {}
        self._reach = self._tile_reach()

    # -- loading -------------------------------------------------------------------------------
    def _layer_image(self, info: LayerInfo) -> pygame.Surface | None:
        if info.image is None:
            return None  # Tiled draws nothing for an image layer without an image
        try:
            image = pygame.image.load(str(info.image))
        except (pygame.error, OSError) as exc:
            raise MapError(f"{self.level.path}: layer {info.name!r}: image {info.image.name} cannot be read ({exc})")
        if info.trans:
            image.set_colorkey(info.trans)
        if pygame.display.get_surface():
            image = image.convert_alpha()
        return self._style(image, info)

    def _stamp(self, obj: MapObject) -> Stamp | None:
        tmx = self.level.tmx
        if obj.text is not None:
            image = text_image(obj)
            dx, dy = 0, 0
            if obj.rotation:
                image, (dx, dy) = _rotated(image, obj.rotation, False)
            return Stamp(obj, lambda tick, image=image: image, dx, dy)
        if not obj.gid:
            return None
        gid = tmx.register_gid_check_flags(obj.gid)
        size = (max(1, round(obj.width)), max(1, round(obj.height)))
        ts = self.level.doc.tileset_of(obj.gid)
        ox, oy = ts.offset if ts else (0, 0)

        def shaped(image: pygame.Surface) -> tuple[pygame.Surface, int, int]:
            if obj.width and obj.height and image.get_size() != size:
                image = pygame.transform.scale(image, size)
            if obj.rotation:
                image, (dx, dy) = _rotated(image, obj.rotation, True)
                return image, dx + ox, dy + oy
            return image, ox, oy

        data = self.level.data
        if data.animated(gid):
            frames = {id(f): shaped(f)[0] for f in data.frames(gid)}
            _, dx, dy = shaped(data.frame_image(gid))
            return Stamp(obj, lambda tick: frames[id(data.frame_image(gid))], dx, dy)
        image = tmx.images[gid] if gid < len(tmx.images) else None
        if image is None:
            return None
        image, dx, dy = shaped(image)
        return Stamp(obj, lambda tick, image=image: image, dx, dy)

    def _tile_reach(self) -> tuple[int, int]:
        """How many cells left and down a tile's picture can start from its own (big tiles, offsets)."""
        tw, th = self.level.doc.tilewidth, self.level.doc.tileheight
        w = max((i.get_width() for i in self.level.tmx.images if i is not None), default=tw)
        h = max((i.get_height() for i in self.level.tmx.images if i is not None), default=th)
        offsets = [ts.offset for ts in self.level.doc.tilesets] or [(0, 0)]
        return (math.ceil((w + max(abs(o[0]) for o in offsets)) / tw),
                math.ceil((h + max(abs(o[1]) for o in offsets)) / th))

    # -- drawing -------------------------------------------------------------------------------
    def _style(self, image: pygame.Surface, info: LayerInfo) -> pygame.Surface:
        if info.tint is None and info.opacity == 1:
            return image
        image = image.copy()
        if info.tint is not None:
            image.fill(info.tint, special_flags=pygame.BLEND_RGBA_MULT)
        if info.opacity < 1:
            image.set_alpha(round(255 * max(0.0, info.opacity)))
        return image

    def _styled_tile(self, image: pygame.Surface, info: LayerInfo, layer: int) -> pygame.Surface:
        if info.tint is None and info.opacity == 1:
            return image
        key = (id(image), layer)
        if key not in self._styled:
            self._styled[key] = self._style(image, info)
        return self._styled[key]

    def _anchor_of(self, gid: int, image: pygame.Surface) -> tuple[int, int]:
        """Where a tile's picture sits from its cell's top-left: bottom-aligned, plus the tileset offset."""
        if gid not in self._anchor:
            tiled = self.level.tmx.tiledgidmap.get(gid, gid)
            ts = self.level.doc.tileset_of(tiled & GID_MASK)
            ox, oy = ts.offset if ts else (0, 0)
            self._anchor[gid] = (ox, self.level.doc.tileheight - image.get_height() + oy)
        return self._anchor[gid]

    def shift(self, info: LayerInfo, offset: tuple[int, int], centre: tuple[float, float]) -> tuple[float, float]:
        """Canvas position of the layer's map origin: Tiled's offset plus parallax, which moves a
        layer by (1 - factor) x (camera centre - the map's parallax origin)."""
        origin = self.level.doc.parallax_origin
        return (offset[0] + info.offset[0] + (1 - info.parallax[0]) * (centre[0] - origin[0]),
                offset[1] + info.offset[1] + (1 - info.parallax[1]) * (centre[1] - origin[1]))

    def draw(self, surface: pygame.Surface, area: pygame.Rect, offset: tuple[int, int],
             centre: tuple[float, float], things: list, tick: int) -> None:
        surface.fill(self.background, area)
        self.level.data.sync()
        drawn_people = False
        for index, (info, payload) in enumerate(self.steps):
            if index == self.actor_index:
                self._objects(surface, payload, offset, things, tick)
                drawn_people = True
                continue
            if not info.visible:
                continue
            shift = self.shift(info, offset, centre)
            if info.kind == "tiles":
                self._tiles(surface, area, info, payload, shift)
            elif info.kind == "image" and payload is not None:
                self._image(surface, area, payload, info, shift)
            elif info.kind == "objects":
                for stamp in payload:
                    surface.blit(self._styled_tile(stamp.image(tick), info, -1 - index), stamp.topleft(shift))
        if not drawn_people:
            self._objects(surface, [], offset, things, tick)

    def _objects(self, surface, stamps: list[Stamp], offset, things: list, tick: int) -> None:
        """People, props and the actor layer's tile objects, sorted by their bottom edge."""
        info = self.steps[self.actor_index][0] if self.actor_index < len(self.steps) else None
        shown = stamps if info is None or info.visible else []
        for thing in sorted([*things, *shown], key=lambda a: (a.y, a.x)):
            if not thing.visible:
                continue
            image = thing.image(tick)
            if isinstance(thing, Stamp):
                surface.blit(self._styled_tile(image, info, -1 - self.actor_index), thing.topleft(offset))
            else:
                surface.blit(image, image.get_rect(midbottom=(round(thing.x) + offset[0], round(thing.y) + offset[1])))

    def _tiles(self, surface, area: pygame.Rect, info: LayerInfo, layer: int, shift) -> None:
        doc, data = self.level.doc, self.level.data
        tw, th = doc.tilewidth, doc.tileheight
        rx, ry = self._reach
        x0 = max(0, math.floor((area.left - shift[0]) / tw) - 1)
        x1 = min(doc.width, math.ceil((area.right - shift[0]) / tw) + rx)
        y0 = max(0, math.floor((area.top - shift[1]) / th) - 1)
        y1 = min(doc.height, math.ceil((area.bottom - shift[1]) / th) + ry)
        rows = self.level.tmx.layers[layer].data
        blits = []
        for y in range(y0, y1):
            row = rows[y]
            for x in range(x0, x1):
                gid = row[x]
                if not gid:
                    continue
                image = data.get_tile_image(x, y, layer)
                if image is None:
                    continue
                ax, ay = self._anchor_of(gid, image)
                blits.append((self._styled_tile(image, info, layer),
                              (round(x * tw + ax + shift[0]), round(y * th + ay + shift[1]))))
        surface.blits(blits, doreturn=False)

    def _image(self, surface, area: pygame.Rect, image: pygame.Surface, info: LayerInfo, shift) -> None:
        w, h = image.get_size()
        xs = [shift[0]]
        ys = [shift[1]]
        if info.repeat[0]:
            start = area.left - (area.left - shift[0]) % w
            xs = [start + i * w for i in range(area.width // w + 2)]
        if info.repeat[1]:
            start = area.top - (area.top - shift[1]) % h
            ys = [start + i * h for i in range(area.height // h + 2)]
        surface.blits([(image, (round(x), round(y))) for y in ys for x in xs], doreturn=False)
