"""People on a map: sprite sheets, 4-direction walk and idle animation, feet boxes, paths."""

from __future__ import annotations

import json
import logging
from functools import lru_cache

import pygame

from game.paths import asset
from game.palette import colour

log = logging.getLogger(__name__)

FRAME_W, FRAME_H = 16, 32
ROWS = ("down", "left", "right", "up")
IDLE_COLS, WALK_COLS = (0, 1), (2, 3, 4, 5)
FEET = (10, 6)  # feet box size in px: what collides with walls
WALK_SPEED = 1.25  # px per tick (75 px/s)
DIR_VECTORS = {"down": (0, 1), "up": (0, -1), "left": (-1, 0), "right": (1, 0)}
DANCE_BEAT = 29  # ticks a beat: the club's 126 beats a minute at 60 ticks a second
# a dancer steps in place on the beat and turns at the end of every bar: away from where they face
# and back, to one side and the other
DANCE_TURNS = {"down": ("down", "left", "down", "right"), "up": ("up", "right", "up", "left"),
               "left": ("left", "down", "left", "up"), "right": ("right", "up", "right", "down")}


@lru_cache(maxsize=1)
def people_index() -> dict:
    path = asset("sprites", "people", "index.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def known_actor_ids() -> set[str]:
    return set(people_index())


_sheets: dict[str, dict[str, list[pygame.Surface]]] = {}


def _stand_in_sheet(actor_id: str) -> pygame.Surface:
    """A plain figure for an actor id with no sheet, so a typo shows up on screen, not as a crash."""
    sheet = pygame.Surface((FRAME_W * 6, FRAME_H * 4), pygame.SRCALPHA)
    for r in range(4):
        for c in range(6):
            x, y = c * FRAME_W, r * FRAME_H
            bob = 1 if c in (3, 5) else 0
            pygame.draw.rect(sheet, colour("magenta"), (x + 4, y + 12 + bob, 8, 18))
            pygame.draw.circle(sheet, colour("skin_light"), (x + 8, y + 8 + bob), 5)
    return sheet


def load_frames(actor_id: str) -> dict[str, list[pygame.Surface]]:
    """{"down_idle": [..], "down_walk": [..], ...} for an actor's sheet (cached)."""
    if actor_id in _sheets:
        return _sheets[actor_id]
    path = asset("sprites", "people", f"{actor_id}.png")
    try:
        sheet = pygame.image.load(str(path))
        sheet = sheet.convert_alpha() if pygame.display.get_surface() else sheet
    except (FileNotFoundError, pygame.error):
        log.warning("no sprite sheet for actor %r (%s); drawing a stand-in", actor_id, path)
        sheet = _stand_in_sheet(actor_id)
    frames: dict[str, list[pygame.Surface]] = {}
    for r, direction in enumerate(ROWS):
        def cut(c: int, r: int = r) -> pygame.Surface:
            # a frame of its own: a subsurface of the sheet blits a fifth slower (a crowd blits hundreds)
            return sheet.subsurface((c * FRAME_W, r * FRAME_H, FRAME_W, FRAME_H)).copy()
        frames[f"{direction}_idle"] = [cut(c) for c in IDLE_COLS]
        frames[f"{direction}_walk"] = [cut(c) for c in WALK_COLS]
    fallen_path = asset("sprites", "people", f"{actor_id}_fallen.png")
    if fallen_path.is_file():
        fallen = pygame.image.load(str(fallen_path))
        frames["fallen"] = [fallen.convert_alpha() if pygame.display.get_surface() else fallen]
    _sheets[actor_id] = frames
    return frames


class Actor:
    """A person on the map. (x, y) is the bottom centre of the feet, in map pixels."""

    def __init__(self, actor_id: str, x: float, y: float, facing: str = "down", name: str = "") -> None:
        self.id = actor_id
        self.name = name or actor_id
        self.x, self.y = float(x), float(y)
        self.facing = facing if facing in DIR_VECTORS else "down"
        self.visible = True
        self.solid = True
        self.moving = False
        self.anim_override: str | None = None  # e.g. "fallen", set by cutscenes
        self.path: list[tuple[float, float]] = []
        self.speed = WALK_SPEED
        self.node = ""  # dialogue node when talked to
        self.source = None  # the MapObject it came from, if any
        self.walk_ticks = 0
        self.dance = False  # steps in place to the music while standing (the club's dancers)
        self.dance_phase = sum(map(ord, self.name)) * 7 % (DANCE_BEAT * 4)  # no two dancers in step
        self.frames = load_frames(actor_id)

    # -- geometry -------------------------------------------------------------------------
    def feet_box(self) -> pygame.FRect:
        w, h = FEET
        return pygame.FRect(self.x - w / 2, self.y - h, w, h)

    def feet_rect(self) -> pygame.Rect:
        b = self.feet_box()
        return pygame.Rect(round(b.x), round(b.y), round(b.w), round(b.h))

    def body_rect(self) -> pygame.Rect:
        """The sprite's area on the map, for mouse picking."""
        return pygame.Rect(round(self.x - FRAME_W / 2), round(self.y - FRAME_H), FRAME_W, FRAME_H)

    def tile(self, tile: int = 16) -> tuple[int, int]:
        return int(self.x // tile), int((self.y - 1) // tile)

    def facing_point(self, reach: float = 12) -> tuple[float, float]:
        dx, dy = DIR_VECTORS[self.facing]
        return self.x + dx * reach, self.y - FEET[1] / 2 + dy * reach

    def face_towards(self, x: float, y: float) -> None:
        self._face(x - self.x, y - self.y)

    def _face(self, dx: float, dy: float) -> None:
        if abs(dx) > abs(dy):
            self.facing = "right" if dx > 0 else "left"
        elif dy or dx:
            self.facing = "down" if dy > 0 else "up"

    # -- movement -------------------------------------------------------------------------
    def step(self, dx: float, dy: float, collision, others: list[pygame.Rect], turn_only: bool = False) -> bool:
        """Move by a direction vector this tick (or only turn to it); returns whether it moved."""
        if dx or dy:
            if abs(dx) >= abs(dy):
                self.facing = "right" if dx > 0 else "left"
            else:
                self.facing = "down" if dy > 0 else "up"
        if turn_only:
            return False
        box = self.feet_box()
        # someone a script put on top of this actor does not hold them there: they can walk out
        others = [r for r in others if not r.colliderect(self.feet_rect())]
        mx, my = collision.move(box, dx * self.speed, dy * self.speed, others)
        self.x, self.y = box.centerx, box.bottom
        return bool(mx or my)

    def follow_path(self, others: list[pygame.Rect] = ()) -> bool:
        """Advance one tick along self.path; returns True while still walking. A step that would
        overlap one of `others` (people in the way) ends the walk at their edge."""
        path = self.path
        if not path:
            return False
        tx, ty = path[0]
        x, y, speed = self.x, self.y, self.speed
        dx, dy = tx - x, ty - y
        dist = (dx * dx + dy * dy) ** 0.5
        if dist > 0.5:
            self._face(dx, dy)
        nx, ny = (tx, ty) if dist <= speed else (x + dx / dist * speed, y + dy / dist * speed)
        if others:
            w, h = FEET
            box = pygame.Rect(round(nx - w / 2), round(ny - h), w, h)
            if box.collidelist(list(others)) >= 0 and self.feet_rect().collidelist(list(others)) < 0:
                self.path = []
                return False
        self.x, self.y = nx, ny
        if dist <= speed:
            path.pop(0)
        return True

    def update(self, moved: bool) -> None:
        self.moving = moved
        self.walk_ticks = self.walk_ticks + 1 if moved else 0

    # -- drawing --------------------------------------------------------------------------
    def image(self, tick: int) -> pygame.Surface:
        if self.anim_override and self.anim_override in self.frames:
            return self.frames[self.anim_override][0]
        if self.moving:
            frames = self.frames[f"{self.facing}_walk"]
            return frames[(self.walk_ticks // 8) % len(frames)]
        if self.dance:
            t = tick + self.dance_phase
            frames = self.frames[f"{DANCE_TURNS[self.facing][t // (DANCE_BEAT * 4) % 4]}_walk"]
            return frames[t * 2 // DANCE_BEAT % len(frames)]
        frames = self.frames[f"{self.facing}_idle"]
        return frames[(tick // 40) % len(frames)]

    def draw_rect(self, image: pygame.Surface) -> pygame.Rect:
        return image.get_rect(midbottom=(round(self.x), round(self.y)))
