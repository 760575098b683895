"""What command arguments are checked against: the shipped files (`liquid-sky check`) or, at run
time, the map in play (`LiveKnown`)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.world.world import World


# what an objective may point at: every named gameplay object a player could be sent to
LANDMARKS = ("marker", "spawn", "npc", "interact", "door", "trigger")


class FileKnown:
    """Actors with sprites, every shipped map's markers, spawns and people, the dialogue's nodes.
    `current_map` is the map a node plays on (its `map:` header, then each `<<map>>`)."""

    def __init__(self, nodes: set[str] | None = None) -> None:
        self._nodes = nodes
        self.current_map: str | None = None

    @property
    def _maps(self) -> dict[str, dict[str, set[str]]]:
        return _shipped_maps()

    def actors(self) -> set[str] | None:
        ids = _actor_ids()
        return ids and ids | {n for m in self._maps.values() for n in m["npc"]}

    def map_name(self) -> str | None:
        return self.current_map

    def markers(self, map_name: str | None) -> set[str] | None:
        if map_name is None:
            return {n for m in self._maps.values() for n in m["marker"] | m["spawn"]}
        found = self._maps.get(map_name)
        return found["marker"] | found["spawn"] if found else None

    def landmarks(self, map_name: str | None) -> set[str] | None:
        """Named markers, spawns, people and things: what an objective may point at."""
        if map_name is None:
            return {n for m in self._maps.values() for n in m["landmark"]}
        found = self._maps.get(map_name)
        return found["landmark"] if found else None

    def maps(self) -> set[str] | None:
        return set(self._maps)

    def spawns(self, map_name: str) -> set[str] | None:
        found = self._maps.get(map_name)
        return found["spawn"] if found else None

    def nodes(self) -> set[str] | None:
        return self._nodes

    def props(self) -> set[str] | None:
        from game.world.props import known_props
        return known_props() or None

    def tracks(self) -> set[str] | None:
        from game.audio import known_tracks
        return known_tracks() or None

    def sounds(self) -> set[str] | None:
        from game.audio import known_sfx
        return known_sfx() or None

    def colours(self) -> set[str] | None:
        from game.palette import palette
        return set(palette())


class LiveKnown(FileKnown):
    """At run time markers and people are those of the map in play, which may be a designer's map
    outside assets/maps: maps, spawns and nodes are left to the loaders, which name what is wrong."""

    def __init__(self, world: "World") -> None:
        super().__init__()
        self.world = world

    def actors(self) -> set[str] | None:
        ids = _actor_ids()
        return ids and ids | set(self.world.actors)

    def map_name(self) -> str | None:
        return self.world.level.name

    def markers(self, map_name: str | None) -> set[str] | None:
        if map_name not in (None, self.world.level.name):
            return super().markers(map_name)
        return {o.name for o in self.world.level.doc.objects if o.cls in ("marker", "spawn")}

    def landmarks(self, map_name: str | None) -> set[str] | None:
        if map_name not in (None, self.world.level.name):
            return super().landmarks(map_name)
        return {o.name for o in self.world.level.doc.objects if o.cls in LANDMARKS and o.name}

    def maps(self) -> set[str] | None:
        return None

    def spawns(self, map_name: str) -> set[str] | None:
        return None


def _actor_ids() -> set[str] | None:
    """Everyone with a sprite sheet, `player` and `alien` (the craft's view); None without sprites."""
    from game.world.actors import known_actor_ids
    ids = known_actor_ids()
    return ids | {"player", "alien"} if ids else None


@lru_cache(maxsize=1)
def _shipped_maps() -> dict[str, dict[str, set[str]]]:
    """map name -> {"marker": names, "spawn": names, "npc": names, "landmark": names} of
    assets/maps, read once."""
    from game.paths import asset
    from game.world.tmx import MapError, read_map
    found = {}
    for path in sorted(asset("maps").glob("*.tmx")):
        try:
            doc = read_map(path)
        except MapError:
            continue
        found[path.stem] = {kind: {o.name for o in doc.objects if o.cls == kind and o.name}
                            for kind in ("marker", "spawn", "npc")}
        found[path.stem]["landmark"] = {o.name for o in doc.objects if o.cls in LANDMARKS and o.name}
    return found
