"""The world simulation on one map: the player, NPCs, doors, triggers and what can be interacted with.

No drawing and no input handling here: the explore scene feeds movement in and draws the result.
Anything that should start dialogue or change map is reported through `events`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pygame

from game.story.state import StoryState
from game.world.actors import FEET, Actor
from game.world.level import Level
from game.world.pathfind import find_path, nearest_free
from game.world.tmx import MapError, MapObject

INTERACT_REACH = 14  # px in front of the feet


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
        self.actors: dict[str, Actor] = {}
        self.events: list[WorldEvent] = []
        self._inside: set[int] = set()  # trigger/door ids the player stands in (fire on entry only)
        self._interact_after_walk: tuple[int, int] | None = None  # a clicked person or thing
        self._clicked_walk = False  # the player's path comes from a click, not a script
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

    def place_player(self, spawn: str | None, pos: tuple[float, float] | None = None,
                     facing: str | None = None) -> None:
        if pos is None:
            obj = self.spawn_point(spawn)
            pos = (obj.x + obj.width / 2, obj.y + obj.height)
            facing = facing or obj.props.get("facing") or "down"
        self.player.x, self.player.y = pos
        self.player.facing = facing or self.player.facing
        self.player.path = []
        # standing on a door or trigger when arriving must not fire it at once
        self._inside = {o.id for o in self._zones() if self._overlaps(o)}

    def _spawn_npcs(self) -> None:
        for obj in self.level.doc.objects_of("npc"):
            if not self.holds(obj.props.get("condition", "")):
                continue
            actor_id = obj.props.get("actor") or obj.name
            if actor_id == self.player.id:
                continue
            x, y = obj.x + obj.width / 2, obj.y + obj.height
            actor = Actor(actor_id, x, y, obj.props.get("facing") or "down", name=obj.name)
            actor.node = obj.props.get("node", "")
            actor.source = obj
            self.actors[obj.name or actor_id] = actor

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

    def marker(self, name: str) -> MapObject | None:
        return self.level.doc.find("marker", name) or self.level.doc.find("spawn", name)

    def obstacles_for(self, actor: Actor) -> list[pygame.Rect]:
        return [a.feet_rect() for a in self.all_actors() if a is not actor and a.visible and a.solid]

    def _zones(self) -> list[MapObject]:
        return self.level.doc.objects_of("door") + self.level.doc.objects_of("trigger")

    def _overlaps(self, obj: MapObject) -> bool:
        return self.player.feet_rect().colliderect(pygame.Rect(obj.x, obj.y, max(obj.width, 1), max(obj.height, 1)))

    def interact_target(self) -> tuple[Actor | None, MapObject | None]:
        """What the player faces: a person first, else an interact object."""
        fx, fy = self.player.facing_point(INTERACT_REACH)
        probe = pygame.Rect(round(fx) - 4, round(fy) - 4, 8, 8)
        for actor in self.actors.values():
            if actor.visible and actor.node and (probe.colliderect(actor.feet_rect().inflate(6, 10))):
                return actor, None
        for obj in self.level.doc.objects_of("interact"):
            rect = pygame.Rect(obj.x, obj.y, max(obj.width, 1), max(obj.height, 1)).inflate(4, 4)
            if rect.colliderect(probe) and self.holds(obj.props.get("condition", "")):
                return None, obj
        return None, None

    def pick(self, x: float, y: float) -> tuple[Actor | None, MapObject | None]:
        """The person or interact object under a map point (mouse clicks)."""
        for actor in sorted(self.actors.values(), key=lambda a: -a.y):
            if actor.visible and actor.node and actor.body_rect().collidepoint(x, y):
                return actor, None
        for obj in self.level.doc.objects_of("interact"):
            if pygame.Rect(obj.x, obj.y, max(obj.width, 1), max(obj.height, 1)).collidepoint(x, y):
                return None, obj
        return None, None

    # -- actions ---------------------------------------------------------------------------
    def interact(self) -> bool:
        actor, obj = self.interact_target()
        if actor is not None:
            actor.face_towards(self.player.x, self.player.y)
            self.events.append(WorldEvent("node", node=actor.node, actor=actor, source=actor.source))
            return True
        if obj is not None and obj.props.get("node"):
            self.events.append(WorldEvent("node", node=obj.props["node"], source=obj))
            return True
        return False

    def tile_center(self, tx: int, ty: int) -> tuple[float, float]:
        t = self.level.tile
        return tx * t + t / 2, ty * t + t - 2

    def path_to_tile(self, actor: Actor, goal: tuple[int, int]) -> list[tuple[float, float]] | None:
        grid = self.level.walkable(FEET)
        start = actor.tile(self.level.tile)
        cells = find_path(grid, start, goal)
        if cells is None:
            return None
        return [self.tile_center(*c) for c in cells]

    def walk_player_to(self, goal: tuple[int, int], then_interact: bool = False) -> bool:
        grid = self.level.walkable(FEET)
        target = goal if (0 <= goal[1] < len(grid) and 0 <= goal[0] < len(grid[0]) and grid[goal[1]][goal[0]]) \
            else nearest_free(grid, goal)
        if target is None:
            return False
        path = self.path_to_tile(self.player, target)
        if path is None:
            return False
        self.player.path = path
        self._clicked_walk = True
        self._interact_after_walk = goal if then_interact else None
        if not path and then_interact:  # already standing beside it
            self._arrive()
        return True

    def _arrive(self) -> None:
        """The end of a clicked walk to a person or thing: face it and interact."""
        t = self.level.tile
        gx, gy = self._interact_after_walk
        self.player.face_towards(gx * t + t / 2, gy * t + t / 2)
        self._interact_after_walk = None
        self.interact()

    # -- simulation ------------------------------------------------------------------------
    def update(self, move: tuple[int, int], allow_control: bool = True) -> None:
        player = self.player
        moved = False
        if not allow_control and self._clicked_walk:
            # a script took over (a trigger, a cutscene): the player's own walk ends here
            player.path, self._clicked_walk, self._interact_after_walk = [], False, None
        if allow_control and (move[0] or move[1]):
            player.path, self._clicked_walk, self._interact_after_walk = [], False, None
            moved = player.step(move[0], move[1], self.level.collision, self.obstacles_for(player))
        elif player.path:
            moved = player.follow_path()
            if not player.path:
                self._clicked_walk = False
                if self._interact_after_walk is not None:
                    self._arrive()
        player.update(moved)
        for actor in self.actors.values():
            actor.update(actor.follow_path())
        if allow_control:
            self._check_zones()

    def _check_zones(self) -> None:
        now_inside = set()
        for obj in self._zones():
            if not self._overlaps(obj):
                continue
            now_inside.add(obj.id)
            if obj.id in self._inside:
                continue
            if not self.holds(obj.props.get("condition", "")):
                continue
            key = f"{self.level.name}:{obj.id}"
            if obj.cls == "door":
                self.events.append(WorldEvent("door", target_map=obj.props.get("target_map", ""),
                                              target_spawn=obj.props.get("target_spawn", ""), source=obj))
            elif obj.cls == "trigger":
                if obj.props.get("once") and key in self.story.fired_triggers:
                    continue
                if obj.props.get("once"):
                    self.story.fired_triggers.add(key)
                if obj.props.get("node"):
                    self.events.append(WorldEvent("node", node=obj.props["node"], source=obj))
        self._inside = now_inside
