"""Checks of Tiled maps for `liquid-sky check`: every message names the file and the object."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from game.world.tmx import GAMEPLAY_CLASSES, MapDocument, MapError, MapObject, read_map


@dataclass
class Problem:
    file: str
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        return f"{self.file}: {self.severity}: {self.message}" if self.severity == "warning" \
            else f"{self.file}: {self.message}"


REQUIRED_PROPS = ("title", "music", "ambience")
PROP_KINDS = {"string": str, "int": int, "float": (int, float), "bool": bool, "color": str, "file": str}


class MapLinter:
    def __init__(self, known_actors: set[str], node_exists: Callable[[str], bool] | None,
                 check_condition: Callable[[str], str | None] | None,
                 known_music: set[str] | None = None, known_ambience: set[str] | None = None,
                 types=None) -> None:
        self.known_actors = known_actors
        self.node_exists = node_exists
        self.check_condition = check_condition
        self.known_music = known_music
        self.known_ambience = known_ambience
        self.types = types
        self._docs: dict[Path, MapDocument | None] = {}

    def doc(self, path: Path) -> MapDocument | None:
        path = path.resolve()
        if path not in self._docs:
            try:
                self._docs[path] = read_map(path, self.types)
            except MapError:
                self._docs[path] = None
        return self._docs[path]

    def check(self, path: Path) -> list[Problem]:
        """The map opened exactly as the game opens it (a refusal is the one problem), then linted."""
        where = str(path)
        try:
            level = open_level(path)
        except MapError as exc:
            message = str(exc)
            for named in (where, str(path.resolve())):  # the loader names the file as it resolved it
                message = message.removeprefix(named + ": ")
            return [Problem(where, message)]
        doc = level.doc
        self._docs[path.resolve()] = doc
        problems: list[Problem] = []

        def add(message: str, obj: MapObject | None = None, severity: str = "error") -> None:
            problems.append(Problem(where, f"{obj.label}: {message}" if obj else message, severity))

        if doc.tilewidth != 16 or doc.tileheight != 16:
            add(f"tiles are {doc.tilewidth}x{doc.tileheight}; the game's people and tilesets are 16x16",
                severity="warning")
        if not doc.objects_of("spawn"):
            add("no spawn object: --map starts at the middle of the map and no door can lead here", severity="warning")
        tiles = [i for i, layer in enumerate(doc.layers) if layer.kind == "tiles"]
        if tiles and doc.actor_layer() < tiles[0]:
            add("the people's object layer comes before every tile layer; they would be drawn under the floor",
                severity="warning")
        for key in REQUIRED_PROPS:
            if not doc.props.get(key):
                add(f"map property {key!r} is missing", severity="warning" if key == "ambience" else "error")
        if self.known_music is not None and doc.props.get("music") and doc.props["music"] not in self.known_music:
            add(f"map property music {doc.props['music']!r} is not a track in assets/audio/music")
        if self.known_ambience is not None and doc.props.get("ambience") \
                and doc.props["ambience"] not in self.known_ambience:
            add(f"map property ambience {doc.props['ambience']!r} is not in assets/audio/ambience")
        for line in doc.left_out:
            add(line, severity="warning")
        holes = doc.holes()
        if holes:
            sample = ", ".join(f"{x},{y}" for x, y in holes[:5])
            add(f"{len(holes)} cell(s) have no tile on any visible layer (e.g. {sample}): they show the "
                f"background colour, and the map is drawn layer by layer (slower)", severity="warning")
        for ts in doc.tilesets:
            if ts.source is None:
                add(f"tileset {ts.name!r} is embedded; export it as an external .tsx to share it", severity="warning")
        self._objects(doc, add, level)
        return problems

    def _objects(self, doc: MapDocument, add, level) -> None:
        seen_spawns: dict[str, MapObject] = {}
        for obj in doc.objects:
            if obj.cls and obj.cls not in GAMEPLAY_CLASSES:
                add(f"unknown class {obj.cls!r}", obj)
            self._types(obj, add)
            if obj.cls == "spawn":
                self._spawn_name(obj, add, seen_spawns)
            if obj.cls in ("spawn", "marker"):
                self._standing(obj, add, doc, level)
            if obj.cls == "door":
                self._door(obj, add, doc)
            if obj.cls == "npc":
                actor = obj.props.get("actor") or obj.name
                if actor not in self.known_actors:
                    add(f"actor {actor!r} is not a known person (assets/sprites/people/index.json)", obj)
            if obj.cls in ("npc", "interact", "trigger"):
                self._node(obj, add)
            condition = obj.props.get("condition", "")
            if condition and self.check_condition is not None:
                error = self.check_condition(condition)
                if error:
                    add(f"condition {condition!r} does not parse: {error}", obj)
            if obj.cls == "prop":
                self._prop(obj, add)
            if obj.cls == "light" and not obj.props.get("radius"):
                add("light has no radius", obj, "warning")

    @staticmethod
    def _spawn_name(obj: MapObject, add, seen: dict[str, MapObject]) -> None:
        if not obj.name:
            add("a spawn needs a name (doors and --spawn refer to it)", obj)
        elif obj.name in seen:
            add(f"spawn name {obj.name!r} is also used by {seen[obj.name].label}", obj)
        seen.setdefault(obj.name, obj)

    @staticmethod
    def _standing(obj: MapObject, add, doc: MapDocument, level) -> None:
        """A spawn or marker: someone stands at its bottom middle, inside the map and free."""
        from game.world.level import feet_free
        w, h = doc.pixel_size
        x, y = obj.x + obj.width / 2, obj.y + obj.height
        if not (0 <= x < w and 0 < y <= h):
            add(f"is outside the map at {x:.0f},{y:.0f}", obj)
        elif not feet_free(level.collision, x, y):
            add(f"stands inside collision at {x:.0f},{y:.0f}; the player would be stuck", obj)

    def _door(self, obj: MapObject, add, doc: MapDocument) -> None:
        from game.world.level import map_path
        target, spawn = obj.props.get("target_map", ""), obj.props.get("target_spawn", "")
        if not target:
            add("door has no target_map", obj)
            return
        tpath = map_path(target, doc.path.parent)
        if not tpath.is_file():
            add(f"door leads to map {target!r}, which does not exist ({tpath.name})", obj)
        elif not spawn:
            add("door has no target_spawn", obj)
        elif (tdoc := self.doc(tpath)) is not None and tdoc.find("spawn", spawn) is None:
            add(f"door leads to spawn {spawn!r}, which map {target!r} does not have", obj)

    def _node(self, obj: MapObject, add) -> None:
        node = obj.props.get("node", "")
        if obj.cls != "npc" and not node:
            add(f"{obj.cls} has no node to play", obj)
        if node and self.node_exists is not None and not self.node_exists(node):
            add(f"node {node!r} is not in any dialogue file", obj)

    @staticmethod
    def _prop(obj: MapObject, add) -> None:
        from game.world.props import sprite_info
        sprite, animation = obj.props.get("sprite") or obj.name, obj.props.get("animation", "")
        info = sprite_info(sprite)
        if info is None:
            add(f"sprite {sprite!r} is not in assets/sprites/fx or assets/sprites/props", obj)
        elif animation and animation not in info.get("animations", {}):
            add(f"sprite {sprite!r} has no animation {animation!r}", obj)

    def _types(self, obj: MapObject, add) -> None:
        if self.types is None:
            return
        for name, kind in self.types.member_types.get(obj.cls, {}).items():
            value = obj.props.get(name)
            if kind in self.types.enums:
                values = self.types.enums[kind]
                if value not in values and value not in ("", None):
                    add(f"property {name} = {value!r} is not one of the {kind} values", obj)
                continue
            expected = PROP_KINDS.get(kind)
            if expected and value is not None and not isinstance(value, expected):
                add(f"property {name} should be {kind}, is {type(value).__name__}", obj)


def open_level(path: Path):
    """The game's own loader (pygame's dummy display stands in for a window)."""
    import pygame
    from game.world.level import load_level
    if not pygame.display.get_surface():
        pygame.display.init()
        pygame.display.set_mode((1, 1))
    return load_level(str(path), lambda: 0)
