"""The story state: one object holding everything a save file needs about the story.

Pure Python (no pygame). Dialogue variables (including Yarn's visit counts) live in `variables`;
beats, chapter, each playable person's inventory, who is played and the seen-lines record sit
beside them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Callable

from game.story import notebook
from game.story.beats import BEATS


@dataclass
class StoryState:
    variables: dict[str, Any] = field(default_factory=dict)
    beats: list[int] = field(default_factory=list)  # in the order they happened
    chapter: str = ""
    chapter_title: str = ""
    objective: str = ""
    inventories: dict[str, list[str]] = field(default_factory=dict)  # person -> what they carry
    player: str = "margaret"
    map: str = ""
    seen_lines: set[str] = field(default_factory=set)
    chosen_options: set[str] = field(default_factory=set)
    fired_triggers: set[str] = field(default_factory=set)  # "map:object_id" of `once` triggers
    play_ticks: int = 0
    seed: int = 1983

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    # -- beats and items -------------------------------------------------------------------
    def record_beat(self, number: int) -> None:
        if number not in BEATS:
            raise ValueError(f"beat {number} is not one of the story's beats 1-{len(BEATS)} (docs/story.md)")
        if number not in self.beats:
            self.beats.append(number)

    def has_beat(self, number: int) -> bool:
        return number in self.beats

    @property
    def inventory(self) -> list[str]:
        """What the person played now carries (each person carries their own things)."""
        return self.inventories.get(self.player, [])

    def give(self, item: str, person: str | None = None) -> None:
        """`item` to `person`, the one played unless named."""
        things = self.inventories.setdefault(person or self.player, [])
        if item not in things:
            things.append(item)

    def take(self, item: str, person: str | None = None) -> None:
        things = self.inventories.get(person or self.player, [])
        if item in things:
            things.remove(item)

    def has_item(self, item: str) -> bool:
        return item in self.inventory

    # -- expressions -------------------------------------------------------------------------
    def functions(self) -> dict[str, Callable]:
        """Functions the game adds to Yarn's built-ins, for dialogue and map conditions."""
        visits = lambda node: int(self.variables.get(f"$Yarn.Internal.Visiting.{node}", 0))  # noqa: E731
        return {
            "visited": lambda node: visits(str(node)) > 0,
            "visited_count": lambda node: visits(str(node)),
            "has_item": self.has_item,
            "beat": lambda n: self.has_beat(int(n)),
            "chapter_is": lambda c: self.chapter == str(c),
            "player_is": lambda p: self.player == str(p),
            "notebook_count": lambda p: notebook.count(self.variables, str(p)),
            "notebook_entry": lambda p, n: notebook.entry(self.variables, str(p), int(n)),
        }

    def expression_variables(self, declared: dict[str, Any] | None = None) -> dict[str, Any]:
        """Story variables (over the dialogue's declared defaults) plus read-only facts (`$map`,
        `$chapter`, `$player`) for conditions."""
        merged = dict(declared or {})
        merged.update(self.variables)
        merged.update({"$map": self.map, "$chapter": self.chapter, "$player": self.player,
                       "$beats": len(self.beats)})
        return merged

    def test(self, condition: str, declared: dict[str, Any] | None = None) -> bool:
        """Evaluate a condition in the dialogue expression language; empty means true.
        Raises the runtime's errors (YarnError) for a condition that cannot be evaluated."""
        if not condition or not condition.strip():
            return True
        from game.story.expressions import evaluate, parse_expression

        return bool(evaluate(parse_expression(condition), self.expression_variables(declared), self.functions()))

    def rekey_lines(self, ids: dict[str, str]) -> None:
        """Seen lines and chosen options under the ids the lines have now (`ids`: old -> new)."""
        self.seen_lines = {ids.get(key, key) for key in self.seen_lines}
        self.chosen_options = {ids.get(key, key) for key in self.chosen_options}

    # -- saving ------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "variables": dict(self.variables),
            "beats": list(self.beats),
            "chapter": self.chapter,
            "chapter_title": self.chapter_title,
            "objective": self.objective,
            "inventories": {person: list(things) for person, things in self.inventories.items()},
            "player": self.player,
            "map": self.map,
            "seen_lines": sorted(self.seen_lines),
            "chosen_options": sorted(self.chosen_options),
            "fired_triggers": sorted(self.fired_triggers),
            "play_ticks": self.play_ticks,
            "seed": self.seed,
            "rng": _rng_to_json(self.rng),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "StoryState":
        state = cls(
            variables=dict(data["variables"]),
            beats=[int(b) for b in data["beats"]],
            chapter=str(data["chapter"]),
            chapter_title=str(data.get("chapter_title", "")),
            objective=str(data.get("objective", "")),
            inventories={str(p): [str(i) for i in things] for p, things in data["inventories"].items()},
            player=str(data["player"]),
            map=str(data["map"]),
            seen_lines=set(data.get("seen_lines", [])),
            chosen_options=set(data.get("chosen_options", [])),
            fired_triggers=set(data.get("fired_triggers", [])),
            play_ticks=int(data.get("play_ticks", 0)),
            seed=int(data.get("seed", 1983)),
        )
        if "rng" in data:
            state.rng.setstate(_rng_from_json(data["rng"]))
        return state


def _rng_to_json(rng: random.Random) -> list:
    version, internal, gauss = rng.getstate()
    return [version, list(internal), gauss]


def _rng_from_json(data: list) -> tuple:
    version, internal, gauss = data
    return int(version), tuple(int(v) for v in internal), gauss
