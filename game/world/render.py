"""Drawing a level: pyscroll for the tiles, then people and props sorted by y with the overhead
tiles redrawn over them, then the night lighting. The map scene and the telescope both use it."""

from __future__ import annotations

from operator import attrgetter

import pygame

from game.world.level import Level
from game.world.lighting import Lighting


# How far outside the view a person may stand and still be drawn: the tallest sprite and its
# bubble reach this far above their feet.
CULL_MARGIN = 48
BY_FEET = attrgetter("y", "x")  # drawing order: lower on screen is nearer


def carried_lights(things: list, tick: int) -> list:
    """The lights that things throw round themselves (props with a `glow`: the craft's prism)."""
    lights = []
    for thing in things:
        glow = getattr(thing, "glow", None)
        light = glow(tick) if glow else None
        if light:
            lights.append(light)
    return lights


class MapView:
    def __init__(self, level: Level, lighting: Lighting) -> None:
        self.level, self.lighting = level, lighting
        t = level.tile
        # per row, the cells with something overhead: (column, layers, the cell on the map)
        self._overhead = [[(x, layers, pygame.Rect(x * t, y * t, t, t)) for x, layers in enumerate(row) if layers]
                          for y, row in enumerate(self._overhead_cells())]

    def _overhead_cells(self) -> list[list[tuple[int, ...]]]:
        """Per row and column, the layers above the people that have a tile in that cell, found once
        at load. The cells with any become `_overhead`: a frame tests only those in the view
        against the people's boxes (`_redraw_overhead`) and redraws their tiles where one is covered."""
        level = self.level
        rows: list[list[tuple[int, ...]]] = [[()] * level.doc.width for _ in range(level.doc.height)]
        if level.layered:
            return rows
        data, images = level.data, level.tmx.images
        for layer in (i for i in data.visible_tile_layers if i > level.actor_layer):
            for row, gids in zip(rows, level.tmx.layers[layer].data):
                for x, gid in enumerate(gids):
                    if gid and (data.animated(gid) or images[gid]):  # what get_tile_image would draw
                        row[x] += (layer,)
        return rows

    @staticmethod
    def on_screen(things: list, offset: tuple[int, int], area: pygame.Rect) -> list:
        """The visible things whose feet are within the view (plus a margin for tall sprites)."""
        view = area.inflate(CULL_MARGIN * 2, CULL_MARGIN * 2).move(-offset[0], -offset[1])
        view.height += CULL_MARGIN  # a sprite hangs above its feet: keep those just below the view
        return [t for t in things if t.visible and view.collidepoint(t.x, t.y)]

    def area(self, canvas: tuple[int, int]) -> pygame.Rect:
        """Where the map sits on the canvas: all of it, or centred when the map is smaller."""
        w, h = self.level.view_size(canvas)
        return pygame.Rect((canvas[0] - w) // 2, (canvas[1] - h) // 2, w, h)

    def camera(self, canvas: tuple[int, int], centre: tuple[float, float]) -> tuple[float, float]:
        """The camera centre kept inside the map, as pyscroll's clamp_camera does."""
        (vw, vh), (mw, mh) = self.level.view_size(canvas), self.level.doc.pixel_size
        return min(max(centre[0], vw / 2), mw - vw / 2), min(max(centre[1], vh / 2), mh - vh / 2)

    def offset(self, canvas: tuple[int, int], centre: tuple[float, float]) -> tuple[int, int]:
        """Map pixel + offset = canvas pixel, with the camera on `centre` (clamped to the map)."""
        if self.level.layered:
            (cx, cy), area = self.camera(canvas, centre), self.area(canvas)
            return area.x + round(area.width / 2 - cx), area.y + round(area.height / 2 - cy)
        renderer = self.level.get_renderer(canvas)
        renderer.center(centre)
        ox, oy = renderer.get_center_offset()
        area = self.area(canvas)
        return ox + area.x, oy + area.y

    def draw(self, surface: pygame.Surface, centre: tuple[float, float], things: list, tick: int) -> tuple[int, int]:
        """Draw the map and `things` (anything with x, y, visible and image(tick)); returns the offset."""
        size = surface.get_size()
        offset = self.offset(size, centre)
        area = self.area(size)
        if self.level.layered:
            clip = surface.get_clip()
            surface.set_clip(area)
            self.level.layers.draw(surface, area, offset, self.camera(size, centre), self.on_screen(things, offset, area), tick)
            surface.set_clip(clip)
            if self.lighting.active:
                self.lighting.draw(surface, offset, area, tick, carried_lights(things, tick))
            return offset
        self.level.get_renderer(size).draw(surface, area)
        # People are blitted here, sorted by y, rather than through pyscroll's sprite list, which
        # orders sprites of one layer by x first (pyscroll issue 47).
        clip = surface.get_clip()
        surface.set_clip(area)
        ox, oy = offset
        batch, boxes = [], []
        for thing in sorted(self.on_screen(things, offset, area), key=BY_FEET):
            image = thing.image(tick)
            w, h = image.get_size()
            x, y = round(thing.x) - w // 2, round(thing.y) - h  # feet at the bottom middle, on the map
            batch.append((image, (x + ox, y + oy)))
            boxes.append(pygame.Rect(x, y, w, h))
        surface.blits(batch, doreturn=False)
        if boxes:
            self._redraw_overhead(surface, offset, area, boxes)
        surface.set_clip(clip)
        if self.lighting.active:
            self.lighting.draw(surface, offset, area, tick, carried_lights(things, tick))
        return offset

    def _redraw_overhead(self, surface: pygame.Surface, offset: tuple[int, int], area: pygame.Rect,
                         boxes: list[pygame.Rect]) -> None:
        """Tiles of the layers above the people, layer by layer, over every cell in the view that a
        person (`boxes`, on the map) covers. The view's few overhead cells are each tested against
        all the people at once (Rect.collidelist), so a crowd costs little more than one person."""
        t, rows = self.level.tile, self._overhead
        ox, oy = offset
        left, top = area.x - ox, area.y - oy
        reach = boxes[0].unionall(boxes[1:])  # only the view's rows and columns that someone is in
        first, last = max(left, reach.left) // t, (min(left + area.width, reach.right) - 1) // t
        covered = [(cx, cy, layers)
                   for cy in range(max(0, top // t, reach.top // t),
                                   min(len(rows), (top + area.height - 1) // t + 1, (reach.bottom - 1) // t + 1))
                   for cx, layers, cell in rows[cy] if first <= cx <= last and cell.collidelist(boxes) >= 0]
        if not covered:
            return
        data = self.level.data
        covered.sort()
        for layer in sorted({layer for _, _, layers in covered for layer in layers}):
            surface.blits([(data.get_tile_image(cx, cy, layer), (cx * t + ox, cy * t + oy))
                           for cx, cy, layers in covered if layer in layers], doreturn=False)
