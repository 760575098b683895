"""The command registry: every cutscene command is one `Command` with a typed argument schema.

The schema is the single definition of a command's syntax: the usage line in docs/writing.md is
made from it, `validate()` parses and checks the words with it (the same call at run time, against
the map in play, and in `liquid-sky check`, against the files), and `run(stage, *values)` gets the
parsed values. How to add a command: see `game/stage/__init__.py`.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Protocol

if TYPE_CHECKING:
    from game.stage.tasks import Task

DIRECTIONS = ("down", "up", "left", "right")
_WORD = re.compile(r"[A-Za-z0-9_]+$")


class CommandError(Exception):
    """A command that cannot work; the message is written for the writer of the script."""


class Known(Protocol):
    """What argument values are checked against. A method returning None cannot tell (the value passes)."""

    def actors(self) -> set[str] | None: ...
    def markers(self, map_name: str | None) -> set[str] | None: ...
    def map_name(self) -> str | None: ...
    def maps(self) -> set[str] | None: ...
    def spawns(self, map_name: str) -> set[str] | None: ...
    def nodes(self) -> set[str] | None: ...
    def props(self) -> set[str] | None: ...
    def tracks(self) -> set[str] | None: ...
    def sounds(self) -> set[str] | None: ...
    def colours(self) -> set[str] | None: ...


def _among(value: str, names: set[str] | None, what: str) -> str:
    if names is not None and value not in names:
        raise CommandError(f"unknown {what} {value!r}")
    return value


# -- argument kinds ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Arg:
    """One word of a command. `parse` turns it into the value `run` gets, or raises CommandError."""

    label: str

    def usage(self) -> str:
        return self.label

    def parse(self, text: str, known: Known, earlier: list[Any]) -> Any:
        return text


@dataclass(frozen=True)
class Word(Arg):
    """A fixed word (`walk A to M`); not passed to `run`."""

    def parse(self, text, known, earlier):
        if text != self.label:
            raise CommandError(f"expected {self.label!r}, not {text!r}")
        return text


@dataclass(frozen=True)
class Name(Arg):
    """Any single word: an animation name, a chapter id, an item."""

    def parse(self, text, known, earlier):
        if not _WORD.match(text):
            raise CommandError(f"{text!r} is not a plain word ({self.label})")
        return text


@dataclass(frozen=True)
class Text(Arg):
    """Any text; quote it when it has spaces (`"Fashion Victims"`)."""


@dataclass(frozen=True)
class Choice(Arg):
    choices: tuple[str, ...] = ()

    def usage(self) -> str:
        return self.label or "|".join(self.choices)

    def parse(self, text, known, earlier):
        if text not in self.choices:
            raise CommandError(f"{text!r}: use {', '.join(self.choices)}")
        return text


@dataclass(frozen=True)
class Number(Arg):
    low: float = float("-inf")

    def parse(self, text, known, earlier):
        try:
            value = float(text)
        except ValueError:
            raise CommandError(f"{text!r} is not a number") from None
        if value < self.low:
            raise CommandError(f"{self.label} must be at least {self.low:g}, not {text}")
        return value


@dataclass(frozen=True)
class Seconds(Number):
    label: str = "SECONDS"
    low: float = 0.0


@dataclass(frozen=True)
class Beat(Arg):
    label: str = "N"

    def parse(self, text, known, earlier):
        from game.story.beats import BEATS
        if not text.isdigit() or int(text) not in BEATS:
            raise CommandError(f"beats are numbered 1-{len(BEATS)} (docs/story.md)")
        return int(text)


@dataclass(frozen=True)
class Chapter(Arg):
    """A chapter id from game/story/chapters.py: saves name only the game's own chapters."""

    label: str = "ID"

    def parse(self, text, known, earlier):
        from game.story.chapters import CHAPTERS
        if text not in {c["id"] for c in CHAPTERS}:
            raise CommandError(f"unknown chapter {text!r} (the chapters are listed in game/story/chapters.py)")
        return text


@dataclass(frozen=True)
class Actor(Arg):
    label: str = "ACTOR"

    def parse(self, text, known, earlier):
        return _among(text, known.actors(), "actor")


@dataclass(frozen=True)
class Marker(Arg):
    """A `marker` or `spawn` object, on the map in play or on a named map; `X,Y` is a tile."""

    label: str = "MARKER"
    on_map: str = ""  # a fixed map (the telescope looks at the facade)

    def usage(self) -> str:
        return self.label if self.on_map else f"{self.label}|X,Y"

    def parse(self, text, known, earlier):
        if not self.on_map and re.fullmatch(r"\d+,\d+", text):
            return text
        where = self.on_map or known.map_name()
        names = known.markers(where)
        if names is not None and text not in names:
            raise CommandError(f"no marker {text!r} on {f'map {where!r}' if where else 'any map'}")
        return text


@dataclass(frozen=True)
class Landmark(Arg):
    """A marker, spawn, person or named thing (interact, door, trigger) on the map in play."""

    label: str = "TARGET"

    def parse(self, text, known, earlier):
        names = known.landmarks(known.map_name())
        if names is not None and text not in names:
            where = known.map_name()
            raise CommandError(f"nothing named {text!r} on {f'map {where!r}' if where else 'any map'}")
        return text


@dataclass(frozen=True)
class ActorAt(Arg):
    """`ACTOR@MARKER`: a person at a marker (of a fixed map)."""

    label: str = "ACTOR@MARKER"
    on_map: str = ""

    def parse(self, text, known, earlier):
        who, at, where = text.partition("@")
        if not at:
            raise CommandError(f"{text!r}: write ACTOR@MARKER")
        return Actor().parse(who, known, earlier), Marker(on_map=self.on_map).parse(where, known, earlier)


@dataclass(frozen=True)
class Map(Arg):
    label: str = "MAP"

    def parse(self, text, known, earlier):
        return _among(text, known.maps(), "map")


@dataclass(frozen=True)
class Spawn(Arg):
    """A spawn (or marker) on the map named by the argument before it."""

    label: str = "SPAWN"

    def parse(self, text, known, earlier):
        names = known.spawns(earlier[-1])
        if names is not None and text not in names:
            raise CommandError(f"no spawn {text!r} on map {earlier[-1]!r}")
        return text


@dataclass(frozen=True)
class Node(Arg):
    """A dialogue node, or a name that some chapter has its own variant of (`Ch1_NAME`)."""

    label: str = "NODE"

    def parse(self, text, known, earlier):
        from game.story.chapters import CHAPTERS, chapter_variant
        names = known.nodes()
        if names is not None and text not in names and not any(chapter_variant(text, c["id"]) in names
                                                                for c in CHAPTERS):
            raise CommandError(f"unknown dialogue node {text!r}")
        return text


@dataclass(frozen=True)
class Item(Name):
    label: str = "ITEM"


@dataclass(frozen=True)
class Prop(Arg):
    label: str = "NAME"

    def parse(self, text, known, earlier):
        names = known.props()
        if names is not None and text not in names:
            raise CommandError(f"no prop or effect named {text!r} (assets/sprites/fx, props)")
        return text


@dataclass(frozen=True)
class Track(Arg):
    label: str = "TRACK"

    def parse(self, text, known, earlier):
        return _among(text, known.tracks(), "music")


@dataclass(frozen=True)
class Sound(Arg):
    label: str = "NAME"

    def parse(self, text, known, earlier):
        return _among(text, known.sounds(), "sound effect")


@dataclass(frozen=True)
class Colour(Arg):
    label: str = "COLOUR"

    def parse(self, text, known, earlier):
        return _among(text, known.colours(), "palette colour")


@dataclass(frozen=True)
class Either(Arg):
    """The first of several kinds that accepts the word (`DIR|ACTOR`, `MARKER|hide`)."""

    kinds: tuple[Arg, ...] = ()

    def usage(self) -> str:
        return "|".join(k.usage() for k in self.kinds)

    def parse(self, text, known, earlier):
        reasons = []
        for kind in self.kinds:
            try:
                return kind.parse(text, known, earlier)
            except CommandError as exc:
                reasons.append(str(exc))
        raise CommandError(" and ".join(reasons))


@dataclass(frozen=True, init=False)
class Optional(Arg):
    """May be left out (then `run` gets `default`); only further optional or rest arguments follow."""

    arg: Arg
    default: Any

    def __init__(self, arg: Arg, default: Any = None) -> None:
        for key, value in (("label", arg.label), ("arg", arg), ("default", default)):
            object.__setattr__(self, key, value)

    def usage(self) -> str:
        return f"[{self.arg.usage()}]"

    def parse(self, text, known, earlier):
        return self.arg.parse(text, known, earlier)


@dataclass(frozen=True, init=False)
class Rest(Arg):
    """Any number of words of one kind to the end of the command; `run` gets them as a tuple."""

    arg: Arg

    def __init__(self, arg: Arg) -> None:
        object.__setattr__(self, "label", arg.label)
        object.__setattr__(self, "arg", arg)

    def usage(self) -> str:
        return f"[{self.arg.usage()} ...]"

    def parse(self, text, known, earlier):
        return self.arg.parse(text, known, earlier)


# -- commands ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Command:
    """`name` is one word (`walk`) or two (`overlay ufo`, `camera pan`): a family of commands
    sharing a first word lists one entry per form."""

    name: str
    args: tuple[Arg, ...]
    doc: str
    run: Callable[..., "Task | None"]

    @property
    def usage(self) -> str:
        return " ".join([self.name, *(a.usage() for a in self.args)])

    def validate(self, words: list[str], known: Known) -> list[Any]:
        """The values for `run`, from the words after the name. Raises CommandError. A word with
        an unfilled `{expression}` (as `check` sees it) is taken on trust."""
        values: list[Any] = []
        rest = list(words)
        for arg in self.args:
            if isinstance(arg, Rest):
                values.append(tuple(self._one(arg, w, known, values) for w in rest))
                rest = []
                break
            if not rest:
                if isinstance(arg, Optional):
                    values.append(arg.default)
                    continue
                raise CommandError(f"expected `{self.usage}`")
            values.append(self._one(arg, rest.pop(0), known, values))
        if rest:
            raise CommandError(f"expected `{self.usage}`")
        return [v for v, a in zip(values, self.args) if not isinstance(a, Word)]

    @staticmethod
    def _one(arg: Arg, text: str, known: Known, earlier: list[Any]) -> Any:
        if "{" in text:
            return text
        return arg.parse(text, known, earlier)


_REGISTERED: dict[str, Command] = {}
# every module in these packages is imported before a command is looked up: a module there that
# defines a command with `@command` is all it takes to add one
PACKAGES = ("game.stage.commands", "game.pieces")
_commands: dict[str, Command] | None = None


def commands() -> dict[str, Command]:
    """Every command, in the order of their modules and definitions, whichever module was
    imported first (a piece imported before the registry registers its commands first)."""
    global _commands
    if _commands is None:
        modules = [f"{package}.{module.name}" for package in PACKAGES
                   for module in pkgutil.iter_modules(importlib.import_module(package).__path__)]
        for module in modules:
            importlib.import_module(module)
        order = list(_REGISTERED)  # registration order: definition order within each module
        _commands = {c.name: c for c in sorted(
            _REGISTERED.values(), key=lambda c: (modules.index(c.run.__module__), order.index(c.name)))}
    return _commands


def command(name: str, *args: Arg, doc: str) -> Callable:
    """Register the decorated `run(stage, *values) -> Task | None` as the command `name`."""
    def register(run: Callable) -> Callable:
        if name in _REGISTERED:
            raise ValueError(f"command {name!r} is defined twice")
        _REGISTERED[name] = Command(name, args, doc, run)
        return run
    return register


def split_nowait(words: list[str]) -> tuple[list[str], bool]:
    if words and words[-1] == "nowait":
        return words[:-1], True
    return words, False


def find(words: list[str]) -> tuple[Command, list[str]]:
    """The command the words name and the words after its name; CommandError for none."""
    known = commands()
    if len(words) > 1 and f"{words[0]} {words[1]}" in known:
        return known[f"{words[0]} {words[1]}"], words[2:]
    if words and words[0] in known:
        return known[words[0]], words[1:]
    forms = [c.usage for n, c in known.items() if words and n.split()[0] == words[0]]
    if forms:
        raise CommandError("expected " + " or ".join(f"`{f}`" for f in forms))
    raise CommandError(f"unknown command {words[0] if words else ''!r}")


def validate(words: list[str], known: Known) -> tuple[Command, list[Any], bool]:
    """Check one command (its words already split): the command, the values for its `run`, nowait."""
    words, nowait = split_nowait(words)
    found, rest = find(words)
    return found, found.validate(rest, known), nowait


def docs_list() -> str:
    """The command list of docs/writing.md, one line per command."""
    return "\n".join(f"- `<<{c.usage}>>`: {c.doc}" for c in commands().values())
