"""A* over the walkable grid (4 directions), for mouse walking, `walkto` in scripts and tests."""

from __future__ import annotations

import heapq

Cell = tuple[int, int]
DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def find_path(grid: list[list[bool]], start: Cell, goal: Cell, limit: int = 20000) -> list[Cell] | None:
    """Cells from start (exclusive) to goal (inclusive), or None if goal cannot be reached."""
    rows, cols = len(grid), len(grid[0]) if grid else 0

    def free(c: Cell) -> bool:
        return 0 <= c[0] < cols and 0 <= c[1] < rows and grid[c[1]][c[0]]

    if not free(goal):
        return None
    if start == goal:
        return []
    came: dict[Cell, Cell] = {}
    cost = {start: 0}
    frontier = [(0, 0, start)]
    order = 0
    while frontier and limit > 0:
        limit -= 1
        _, _, cur = heapq.heappop(frontier)
        if cur == goal:
            path = [cur]
            while path[-1] in came and came[path[-1]] != start:
                path.append(came[path[-1]])
            return path[::-1]
        for dx, dy in DIRS:
            nxt = (cur[0] + dx, cur[1] + dy)
            if not free(nxt):
                continue
            new = cost[cur] + 1
            if new < cost.get(nxt, 1 << 30):
                cost[nxt] = new
                came[nxt] = cur
                order += 1  # tie-break by insertion order keeps paths deterministic
                heapq.heappush(frontier, (new + abs(goal[0] - nxt[0]) + abs(goal[1] - nxt[1]), order, nxt))
    return None


def nearest_free(grid: list[list[bool]], cell: Cell, radius: int = 3) -> Cell | None:
    """The walkable cell closest to `cell` (itself if free), for walking up to a solid object."""
    rows, cols = len(grid), len(grid[0]) if grid else 0
    best = None
    for r in range(radius + 1):
        for dy in range(-r, r + 1):
            for dx in range(-r, r + 1):
                if max(abs(dx), abs(dy)) != r:
                    continue
                x, y = cell[0] + dx, cell[1] + dy
                if 0 <= x < cols and 0 <= y < rows and grid[y][x]:
                    d = abs(dx) + abs(dy)
                    if best is None or d < best[0]:
                        best = (d, (x, y))
        if best:
            return best[1]
    return None
