"""The world simulation on one map: the player, NPCs, doors, triggers and what can be interacted with.

No drawing and no input handling here: the explore scene feeds movement in and draws the result.
Anything that should start dialogue or change map is reported through `events`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import pygame

from game.story.state import StoryState
from game.world.actors import DIR_VECTORS, FEET, Actor
from game.world.level import Level
from game.world.pathfind import find_path, nearest_free
from game.world.props import sprite_info
from game.world.tmx import MapError, MapObject

INTERACT_REACH = 12  # px in front of the feet that interact reaches
CLICK_REACH = 12  # px: a clicked person or thing is used on arrival if this close
INTERACT_SLACK = 3  # px: an object this close to the reach still counts (forgiving, not pixel-exact)
TURN_TICKS = 4  # a direction held for fewer ticks than this turns the player on the spot
TILE_SPAWN = re.compile(r"^\s*(-?\d+)\s*,\s*(-?\d+)\s*$")  # `--spawn 12,7`: tile coordinates


@dataclass
class WorldEvent:
    kind: str  # "node" (start a dialogue node) or "door" (change map)
    node: str = ""
    target_map: str = ""
    target_spawn: str = ""
    source: MapObject | None = None
    actor: Actor | None = None


class World:
    def __init__(self, level: Level, story: StoryState, spawn: str | None = None,
                 player_pos: tuple[float, float] | None = None, facing: str | None = None,
                 condition: Callable[[str], bool] | None = None) -> None:
        self.level = level
        self.story = story
        self.holds = condition or story.test  # how object conditions are tested
        self.notes: list[str] = []  # one-line notes for the player (a map opened without a spawn, bad conditions)
        self.broken = self._unparsable_conditions()  # ids of objects kept inactive
        self.actors: dict[str, Actor] = {}
        self.events: list[WorldEvent] = []
        self._inside: set[int] = set()  # trigger/door ids the player stands in (fire on entry only)
        self._interact_after_walk: tuple[Actor | None, MapObject | None] | None = None  # clicked
        self._clicked_walk = False  # the player's path comes from a click, not a script
        self._turn_ticks = 0  # ticks the move input has been held (a short tap only turns)
        # The map's objects stay put: their rectangles are made once, as the zones (doors, triggers)
        # are checked on every tick and what the player faces (doors, interact objects with a node)
        # on every frame.
        doc = level.doc
        self._zones = [(obj, self.use_rect(None, obj)) for obj in doc.objects_of("door") + doc.objects_of("trigger")]
        self._usable_objects = [(obj, self.use_rect(None, obj)) for obj in doc.objects_of("interact") + doc.objects_of("door")
                                if obj.cls == "door" or obj.props.get("node")]
        self.player = Actor(story.player, 0, 0)
        self.place_player(spawn, player_pos, facing)
        self._spawn_npcs()

    # -- setup -----------------------------------------------------------------------------
    def spawn_point(self, name: str | None) -> MapObject:
        spawns = self.level.doc.objects_of("spawn")
        if not spawns:
            raise MapError(f"{self.level.path}: the map has no spawn object")
        if not name:
            default = [s for s in spawns if s.props.get("default")] or spawns
            return default[0]
        for s in spawns:
            if s.name == name:
                return s
        names = ", ".join(sorted(s.name for s in spawns))
        raise MapError(f"{self.level.path}: no spawn named {name!r} (spawns: {names})")

    def _unparsable_conditions(self) -> set[int]:
        from game.story.typecheck import check_condition
        broken = set()
        for obj in self.level.doc.objects:
            error = obj.props.get("condition") and check_condition(obj.props["condition"])
            if error:
                broken.add(obj.id)
                self.notes.append(f"{self.level.path.name}: {obj.label}: condition {obj.props['condition']!r} "
                                  f"does not parse ({error}); the object stays inactive")
        return broken

    def active(self, obj: MapObject) -> bool:
        """An object whose condition holds (one that does not parse never does)."""
        return obj.id not in self.broken and self.holds(obj.props.get("condition", ""))

    def start_point(self, spawn: str | None) -> tuple[tuple[float, float], str | None]:
        """Feet position and facing: a named spawn, `X,Y` in tiles, the default spawn, or, on a map
        without spawns, the free tile nearest its middle (with a note saying so)."""
        doc = self.level.doc
        tile = TILE_SPAWN.match(spawn or "")
        if tile:
            tx, ty = int(tile[1]), int(tile[2])
            if not (0 <= tx < doc.width and 0 <= ty < doc.height):
                raise MapError(f"{self.level.path}: tile {tx},{ty} is outside the map ({doc.width} x {doc.height} "
                               f"tiles, 0,0 at the top left)")
            return self.tile_center(tx, ty), None
        if spawn or doc.objects_of("spawn"):
            obj = self.spawn_point(spawn)
            return (obj.x + obj.width / 2, obj.y + obj.height), obj.props.get("facing") or "down"
        middle = (doc.width // 2, doc.height // 2)
        free = [(abs(x - middle[0]) + abs(y - middle[1]), y, x)
                for y, row in enumerate(self.level.walkable(FEET)) for x, ok in enumerate(row) if ok]
        cell = (min(free)[2], min(free)[1]) if free else middle
        where = "the middle" if cell == middle else "the free tile nearest the middle"
        self.notes.append(f"{self.level.path.name} has no spawn object: starting at tile {cell[0]},{cell[1]}, {where}")
        return self.tile_center(*cell), None

    def place_player(self, spawn: str | None, pos: tuple[float, float] | None = None,
                     facing: str | None = None) -> None:
        if pos is None:
            pos, spawn_facing = self.start_point(spawn)
            facing = facing or spawn_facing or "down"
        self.player.x, self.player.y = pos
        self.player.facing = facing or self.player.facing
        self.player.path = []
        # standing on a door or trigger when arriving must not fire it at once
        self._inside = self._standing_in()

    def _spawn_npcs(self) -> None:
        for obj in self.level.doc.objects_of("npc"):
            if not self.active(obj):
                continue
            actor_id = obj.props.get("actor") or obj.name
            if actor_id == self.player.id:  # who the player is to others once someone else is played
                self.player.name, self.player.node, self.player.source = obj.name or actor_id, obj.props.get("node", ""), obj
                continue
            x, y = obj.x + obj.width / 2, obj.y + obj.height
            actor = Actor(actor_id, x, y, obj.props.get("facing") or "down", name=obj.name)
            actor.node = obj.props.get("node", "")
            actor.dance = bool(obj.props.get("dance"))
            actor.source = obj
            self.actors[npc_key(actor)] = actor

    # -- queries ---------------------------------------------------------------------------
    def all_actors(self) -> list[Actor]:
        return [self.player, *self.actors.values()]

    def actor(self, key: str) -> Actor | None:
        if key in ("player", self.player.id):
            return self.player
        if key in self.actors:
            return self.actors[key]
        for a in self.actors.values():
            if a.id == key:
                return a
        return None

    def add_actor(self, key: str, x: float, y: float) -> Actor:
        """The actor named `key`, added at (x, y) if not on the map (a script brings someone in)."""
        actor = self.actor(key)
        if actor is None:
            actor = self.actors[key] = Actor(key, x, y)
        return actor

    def switch_player(self, key: str) -> None:
        """Play as `key`, a person on this map: they leave the people, and the one played until now
        joins them where they stand, with their name, node and facing, in the new player's place
        in the list. Switching back puts everything as it was. KeyError if `key` is not here."""
        new = self.actor(key)
        if new is None:
            raise KeyError(key)
        old = self.player
        if new is old:
            return
        self.actors = {(npc_key(old) if a is new else k): (old if a is new else a) for k, a in self.actors.items()}
        old.path, new.path = [], []
        self.player = new
        self.story.player = new.id
        self._clicked_walk, self._interact_after_walk = False, None
        self._inside = self._standing_in()  # where they stand does not fire

    def marker(self, name: str) -> MapObject | None:
        return self.level.doc.find("marker", name) or self.level.doc.find("spawn", name)

    def obstacles_for(self, actor: Actor) -> list[pygame.Rect]:
        """The others' feet, and the tiles a solid `prop` stands on while its condition holds."""
        return [*(a.feet_rect() for a in self.all_actors() if a is not actor and a.visible and a.solid),
                *self._solid_prop_cells()]

    def _solid_prop_cells(self) -> list[pygame.Rect]:
        return [cell for o in self.level.doc.objects_of("prop") if o.props.get("solid") and self.active(o)
                for cell in self._footprint(o)]

    def _footprint(self, obj: MapObject) -> list[pygame.Rect]:
        """The tiles a prop stands on: its sprite's `footprint` (tiles wide and deep, centred on the
        tile its point is on, ending on that row), else that one tile."""
        t = self.level.tile
        tx, ty = int(obj.x // t), int(obj.y // t)
        w, h = (sprite_info(obj.props.get("sprite") or obj.name) or {}).get("footprint", (1, 1))
        return [pygame.Rect(x * t, y * t, t, t) for x in range(tx - (w - 1) // 2, tx + w // 2 + 1)
                for y in range(ty - h + 1, ty + 1)]

    def _standing_in(self) -> set[int]:
        """The doors and triggers the player's feet are in."""
        feet = self.player.feet_rect()
        return {obj.id for obj, rect in self._zones if feet.colliderect(rect)}

    def reach_rect(self) -> pygame.Rect:
        """Where interact reaches: the feet and a strip in front of them, a little wider than the feet."""
        feet, facing = self.player.feet_rect(), self.player.facing
        r, side = INTERACT_REACH, 4
        if facing in ("up", "down"):
            return pygame.Rect(feet.x - side, feet.y - r if facing == "up" else feet.y, feet.w + 2 * side, feet.h + r)
        return pygame.Rect(feet.x - r if facing == "left" else feet.x, feet.y - side, feet.w + r, feet.h + 2 * side)

    def front_tile(self) -> pygame.Rect:
        t = self.level.tile
        tx, ty = self.player.tile(t)
        dx, dy = DIR_VECTORS[self.player.facing]
        return pygame.Rect((tx + dx) * t, (ty + dy) * t, t, t)

    def usable(self, near: pygame.Rect | None = None) -> list[tuple[Actor | None, MapObject | None]]:
        """Every person, interact object and door the player could use now, wherever they are (or
        only those whose use rectangle touches `near`: conditions are evaluated for those alone)."""
        found: list[tuple[Actor | None, MapObject | None]] = [
            (a, None) for a in self.actors.values() if a.visible and a.node]
        for obj, rect in self._usable_objects:
            if (near is None or rect.colliderect(near)) and self.active(obj):
                found.append((None, obj))
        return found

    @staticmethod
    def use_rect(actor: Actor | None, obj: MapObject | None) -> pygame.Rect:
        if actor is not None:
            return actor.feet_rect().inflate(6, 10)
        return pygame.Rect(obj.x, obj.y, max(obj.width, 1), max(obj.height, 1))

    def interact_target(self) -> tuple[Actor | None, MapObject | None]:
        """What the player faces: the person, thing or door on the tile in front, or one whose
        rectangle comes within a few px of the reach; a person before a thing, the nearest first."""
        reach, front = self.reach_rect(), self.front_tile()
        fx, fy = self.player.facing_point(INTERACT_REACH / 2)
        best, best_key = (None, None), None
        for actor, obj in self.usable(near=reach.inflate(2 * INTERACT_SLACK, 2 * INTERACT_SLACK)):
            rect = self.use_rect(actor, obj)
            if not (rect.inflate(2 * INTERACT_SLACK, 2 * INTERACT_SLACK).colliderect(reach)
                    or (actor is not None and front.collidepoint(actor.x, actor.y - 1))):
                continue
            cx, cy = min(max(fx, rect.left), rect.right), min(max(fy, rect.top), rect.bottom)
            key = (actor is None, abs(cx - fx) + abs(cy - fy))
            if best_key is None or key < best_key:
                best, best_key = (actor, obj), key
        return best

    def pick(self, x: float, y: float) -> tuple[Actor | None, MapObject | None]:
        """The person or interact object under a map point (mouse clicks); of things that share a
        place (the craft and the mark it leaves), the one whose condition holds."""
        for actor in sorted(self.actors.values(), key=lambda a: -a.y):
            if actor.visible and actor.node and actor.body_rect().collidepoint(x, y):
                return actor, None
        for obj in self.level.doc.objects_of("interact") + self.level.doc.objects_of("door"):
            if pygame.Rect(obj.x, obj.y, max(obj.width, 1), max(obj.height, 1)).collidepoint(x, y) \
                    and self.active(obj):
                return None, obj
        return None, None

    # -- actions ---------------------------------------------------------------------------
    def tile_center(self, tx: int, ty: int) -> tuple[float, float]:
        t = self.level.tile
        return tx * t + t / 2, ty * t + t - 2

    def path_to_tile(self, actor: Actor, goal: tuple[int, int],
                     grid: list[list[bool]] | None = None) -> list[tuple[float, float]] | None:
        """A path round walls and solid props (a cutscene's walk too goes round the craft)."""
        cells = find_path(grid or self.grid_around_people(goal, people=False), actor.tile(self.level.tile), goal)
        if cells is None:
            return None
        return [self.tile_center(*c) for c in cells]

    def grid_around_people(self, goal: tuple[int, int], people: bool = True) -> list[list[bool]]:
        """The walkable grid with the tiles people (unless not `people`) and solid props stand on
        taken out (but the goal), so the player's own walks go round them instead of into them."""
        grid = [row[:] for row in self.level.walkable(FEET)]
        t = self.level.tile
        taken = [other.tile(t) for other in self.actors.values() if people and other.visible and other.solid]
        taken += [(cell.x // t, cell.y // t) for cell in self._solid_prop_cells()]
        for tx, ty in taken:
            if (tx, ty) != goal and 0 <= ty < len(grid) and 0 <= tx < len(grid[0]):
                grid[ty][tx] = False
        return grid

    def walk_player_to(self, goal: tuple[int, int],
                       target: tuple[Actor | None, MapObject | None] | None = None) -> bool:
        """Walk the player to a tile round walls and people; with a target (a clicked person, thing
        or door), use it on arrival, or at once when it is already in reach."""
        if target and self._in_click_reach(*target):
            self.player.path, self._interact_after_walk = [], target
            self._arrive()
            return True
        grid = self.grid_around_people(goal)
        target_tile = goal if (0 <= goal[1] < len(grid) and 0 <= goal[0] < len(grid[0]) and grid[goal[1]][goal[0]]) \
            else nearest_free(grid, goal)
        if target_tile is None:
            return False
        path = self.path_to_tile(self.player, target_tile, grid)
        if path is None:
            path = self.path_to_tile(self.player, target_tile)  # hemmed in by people: try through them
        if path is None:
            return False
        self.player.path = path
        self._clicked_walk = True
        self._interact_after_walk = target
        if not path and target:  # already standing beside it
            self._arrive()
        return True

    def walk_to_use(self, actor: Actor | None, obj: MapObject | None) -> bool:
        t = self.level.tile
        if actor is not None:
            return self.walk_player_to(actor.tile(t), (actor, None))
        ox, oy = obj.center
        return self.walk_player_to((int(ox // t), int(oy // t)), (None, obj))

    def _arrive(self) -> None:
        """The end of a clicked walk to a person or thing: face it and use it, if it is in reach
        (a person in the way may have stopped the walk short)."""
        actor, obj = self._interact_after_walk
        self._interact_after_walk = None
        rect = self.use_rect(actor, obj)
        feet = self.player.feet_rect()
        cx, cy = min(max(feet.centerx, rect.left), rect.right), min(max(feet.centery, rect.top), rect.bottom)
        self.player.face_towards(cx, cy + FEET[1] / 2)
        if self._in_click_reach(actor, obj):
            self.use(actor, obj)

    def _in_click_reach(self, actor: Actor | None, obj: MapObject | None) -> bool:
        rect = self.use_rect(actor, obj)
        return rect.inflate(2 * CLICK_REACH, 2 * CLICK_REACH).colliderect(self.player.feet_rect())

    def interact(self) -> bool:
        actor, obj = self.interact_target()
        return self.use(actor, obj)

    def use(self, actor: Actor | None, obj: MapObject | None) -> bool:
        if actor is not None:
            actor.face_towards(self.player.x, self.player.y)
            self.events.append(WorldEvent("node", node=actor.node, actor=actor, source=actor.source))
            return True
        if obj is not None and obj.cls == "door":
            self._use_door(obj)
            return True
        if obj is not None and obj.props.get("node"):
            self.events.append(WorldEvent("node", node=obj.props["node"], source=obj))
            return True
        return False

    def _use_door(self, obj: MapObject) -> None:
        self.events.append(WorldEvent("door", target_map=obj.props.get("target_map", ""),
                                      target_spawn=obj.props.get("target_spawn", ""), source=obj))

    # -- simulation ------------------------------------------------------------------------
    def update(self, move: tuple[int, int], allow_control: bool = True) -> None:
        player = self.player
        moved = False
        if not allow_control and self._clicked_walk:
            # a script took over (a trigger, a cutscene): the player's own walk ends here
            player.path, self._clicked_walk, self._interact_after_walk = [], False, None
        pushing = allow_control and bool(move[0] or move[1])
        self._turn_ticks = self._turn_ticks + 1 if pushing else 0
        if pushing:
            player.path, self._clicked_walk, self._interact_after_walk = [], False, None
            if self._turn_ticks < TURN_TICKS:
                player.step(move[0], move[1], self.level.collision, self.obstacles_for(player), turn_only=True)
            else:
                moved = player.step(move[0], move[1], self.level.collision, self.obstacles_for(player))
        elif player.path:
            moved = player.follow_path(self._people_at_walk_end() if self._clicked_walk else ())
            if not player.path:
                self._clicked_walk = False
                if self._interact_after_walk is not None:
                    self._arrive()
        player.update(moved)
        for actor in self.actors.values():
            actor.update(actor.follow_path())
        if allow_control:
            self._check_zones(pushing)

    def _people_at_walk_end(self) -> list[pygame.Rect]:
        """Whoever stands where the player's walk ends: the walk stops at their edge. (Walks are
        planned round everyone else.)"""
        t = self.level.tile
        end = (int(self.player.path[-1][0] // t), int((self.player.path[-1][1] - 1) // t))
        return [a.feet_rect() for a in self.actors.values() if a.visible and a.solid and a.tile(t) == end]

    def _check_zones(self, pushing: bool = False) -> None:
        """Doors and triggers fire when the player steps into them, and also when the player walks
        into one and stands pressed against it: a door set in a wall cannot be stepped on, nor can a
        trigger that answers for a shut door."""
        feet = self.player.feet_rect()
        dx, dy = DIR_VECTORS[self.player.facing]
        pressed_against = feet.move(dx * 2, dy * 2) if pushing else feet
        now_inside = set()
        for obj, rect in self._zones:
            if not (feet.colliderect(rect) or pressed_against.colliderect(rect)):
                continue
            now_inside.add(obj.id)
            if obj.id in self._inside:
                continue
            if not self.active(obj):
                continue
            key = f"{self.level.name}:{obj.id}"
            if obj.cls == "door":
                self._use_door(obj)
            elif obj.cls == "trigger":
                if obj.props.get("once") and key in self.story.fired_triggers:
                    continue
                if obj.props.get("once"):
                    self.story.fired_triggers.add(key)
                if obj.props.get("node"):
                    self.events.append(WorldEvent("node", node=obj.props["node"], source=obj))
        self._inside = now_inside


def npc_key(actor: Actor) -> str:
    """The key a person has among the world's actors: the name of their map object, else their id."""
    return actor.source.name if actor.source is not None and actor.source.name else actor.id
