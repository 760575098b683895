"""Solid shapes of a map, feet-box movement that slides along walls, and the walkable grid."""

from __future__ import annotations

from collections import defaultdict

import pygame

BUCKET = 32  # px; spatial hash cell for quick lookups


class CollisionMap:
    def __init__(self, width_px: int, height_px: int, tile: int) -> None:
        self.width_px, self.height_px, self.tile = width_px, height_px, tile
        self.rects: list[pygame.Rect] = []
        self._buckets: dict[tuple[int, int], list[pygame.Rect]] = defaultdict(list)

    def add(self, rect: pygame.Rect) -> None:
        rect = pygame.Rect(rect)
        if rect.width <= 0 or rect.height <= 0:
            return
        self.rects.append(rect)
        for bx in range(rect.left // BUCKET, (rect.right - 1) // BUCKET + 1):
            for by in range(rect.top // BUCKET, (rect.bottom - 1) // BUCKET + 1):
                self._buckets[bx, by].append(rect)

    def add_polygon(self, points: list[tuple[float, float]], step: int = 2) -> None:
        """Rasterise a polygon into thin rows of rectangles (exact enough for feet boxes)."""
        ys = [p[1] for p in points]
        for y in range(int(min(ys)), int(max(ys)), step):
            cy = y + step / 2
            xs = []
            for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
                if (y1 <= cy < y2) or (y2 <= cy < y1):
                    xs.append(x1 + (cy - y1) * (x2 - x1) / (y2 - y1))
            xs.sort()
            for a, b in zip(xs[::2], xs[1::2]):
                self.add(pygame.Rect(round(a), y, max(1, round(b) - round(a)), step))

    def nearby(self, rect: pygame.Rect) -> list[pygame.Rect]:
        found: list[pygame.Rect] = []
        for bx in range(rect.left // BUCKET - 1, rect.right // BUCKET + 2):
            for by in range(rect.top // BUCKET - 1, rect.bottom // BUCKET + 2):
                found.extend(self._buckets.get((bx, by), ()))
        return found

    def blocked(self, rect: pygame.Rect, extra: list[pygame.Rect] = ()) -> bool:
        if rect.left < 0 or rect.top < 0 or rect.right > self.width_px or rect.bottom > self.height_px:
            return True
        return rect.collidelist(self.nearby(rect)) >= 0 or rect.collidelist(list(extra)) >= 0

    def move(self, box: pygame.FRect, dx: float, dy: float, extra: list[pygame.Rect] = ()) -> tuple[float, float]:
        """Move a feet box by (dx, dy), one axis at a time so it slides along walls.

        Returns the distance actually moved. When a straight push is blocked near a corner, the
        box is nudged sideways around it, as players expect of a doorway."""
        moved_x = self._axis(box, dx, 0, extra) if dx else 0.0
        moved_y = self._axis(box, 0, dy, extra) if dy else 0.0
        if dx and not moved_x and not dy:
            moved_y = self._nudge(box, 0, 1, dx, extra)
        if dy and not moved_y and not dx:
            moved_x = self._nudge(box, 1, 0, dy, extra)
        return moved_x, moved_y

    def _fits(self, box: pygame.FRect, extra) -> bool:
        return not self.blocked(pygame.Rect(round(box.x), round(box.y), round(box.w), round(box.h)), extra)

    def _axis(self, box: pygame.FRect, dx: float, dy: float, extra) -> float:
        old = box.x, box.y
        box.x += dx
        box.y += dy
        if self._fits(box, extra):
            return dx or dy
        box.x, box.y = old
        # step closer pixel by pixel so the box rests against the wall
        step = 1 if (dx or dy) > 0 else -1
        moved = 0.0
        for _ in range(int(abs(dx or dy))):
            box.x += step if dx else 0
            box.y += step if dy else 0
            if not self._fits(box, extra):
                box.x -= step if dx else 0
                box.y -= step if dy else 0
                break
            moved += step
        return moved

    def _nudge(self, box: pygame.FRect, ax: int, ay: int, push: float, extra, reach: int = 6) -> float:
        """Blocked going straight: if free space is within `reach` px to one side, slide toward it."""
        for offset in range(1, reach + 1):
            for sign in (-1, 1):
                probe = box.copy()
                probe.x += ax * sign * offset
                probe.y += ay * sign * offset
                if not self._fits(probe, extra):
                    continue
                probe.x += (push if ax == 0 else 0)
                probe.y += (push if ay == 0 else 0)
                if self._fits(probe, extra):
                    slide = sign * min(1.0, abs(push))
                    return self._axis(box, ax * slide, ay * slide, extra)
        return 0.0

    def walkable_grid(self, feet: tuple[int, int]) -> list[list[bool]]:
        """grid[ty][tx]: can a feet box stand centred on the bottom half of tile (tx, ty)?

        Built in one pass over the solid shapes, each marking the cells whose feet box it
        touches, rather than asking every cell about every shape near it."""
        t = self.tile
        cols, rows = self.width_px // t, self.height_px // t
        w, h = feet
        ox, oy = t // 2 - w // 2, t - 2 - h  # the feet box's corner inside its cell
        grid = [[True] * cols for _ in range(rows)]
        for r in self.rects:
            tx0, tx1 = max(0, (r.left - ox - w) // t), min(cols - 1, (r.right - 1 - ox) // t)
            for ty in range(max(0, (r.top - oy - h) // t), min(rows - 1, (r.bottom - 1 - oy) // t) + 1):
                top = ty * t + oy
                if top < r.bottom and top + h > r.top:
                    row = grid[ty]
                    for tx in range(tx0, tx1 + 1):
                        left = tx * t + ox
                        if left < r.right and left + w > r.left:
                            row[tx] = False
        for ty in range(rows):  # feet boxes that would stick out of the map
            for tx in range(cols):
                left, top = tx * t + ox, ty * t + oy
                if left < 0 or top < 0 or left + w > self.width_px or top + h > self.height_px:
                    grid[ty][tx] = False
        return grid
