"""The cutscene command set that dialogue scripts use (`<<walk jimmy to bar>>`).

This module is pure: the usage of each command and the checks `liquid-sky check` runs on it. The
commands are carried out by `game/scenes/cutscene.py`. Any command may end with `nowait` so the
script goes on while it runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.paths import asset

DIRECTIONS = ("down", "up", "left", "right")


class CommandError(Exception):
    pass


@dataclass(frozen=True)
class Spec:
    usage: str
    doc: str
    min_args: int
    max_args: int


COMMANDS: dict[str, Spec] = {
    "walk": Spec("walk ACTOR to MARKER|X,Y [SPEED]", "walk an actor along a path; the script waits", 3, 4),
    "face": Spec("face ACTOR DIR|ACTOR", "turn an actor to a direction or towards another actor", 2, 2),
    "place": Spec("place ACTOR MARKER [DIR]", "put an actor at a marker at once (adds them if absent)", 2, 3),
    "show": Spec("show ACTOR [MARKER]", "make an actor visible (placing them at a marker if given)", 1, 2),
    "hide": Spec("hide ACTOR", "make an actor invisible and not solid", 1, 1),
    "anim": Spec("anim ACTOR NAME|none", "hold an animation such as `fallen`; `none` returns to normal", 2, 2),
    "emote": Spec("emote ACTOR KIND", "a bubble over the actor: ! ? ... heart music anger sweat", 2, 2),
    "wait": Spec("wait SECONDS", "pause the script", 1, 1),
    "fade": Spec("fade out|in SECONDS [COLOUR]", "fade the screen to a palette colour and back", 2, 3),
    "flash": Spec("flash [COLOUR]", "a quick flash (a soft pulse when reduce flashing is on)", 0, 1),
    "shake": Spec("shake [SECONDS]", "shake the screen (not when reduce shake is on)", 0, 1),
    "camera": Spec("camera follow ACTOR | pan MARKER SECONDS | reset", "move the camera", 1, 3),
    "letterbox": Spec("letterbox on|off", "cinema bars for cutscenes", 1, 1),
    "music": Spec("music TRACK|stop", "change the music (crossfade)", 1, 2),
    "sfx": Spec("sfx NAME", "play a sound effect", 1, 1),
    "map": Spec("map NAME SPAWN", "fade to another map and put the player at a spawn", 2, 2),
    "overlay": Spec("overlay ufo descend|watch|feed | telescope [MARKER] [ACTOR@MARKER ...]",
                    "the alien's view, or Johann's telescope on the facade (aimed at a marker, people at windows)", 1, 8),
    "player": Spec("player ACTOR", "switch the playable character", 1, 1),
    "give": Spec("give ITEM", "add an item to the inventory", 1, 1),
    "take": Spec("take ITEM", "remove an item from the inventory", 1, 1),
    "beat": Spec("beat N", "record story beat N of STORY.md", 1, 1),
    "chapter": Spec('chapter ID "Title"', "show a chapter title card and autosave", 2, 2),
    "objective": Spec('objective "text"', "set the objective line shown in the pause menu", 1, 1),
    "autosave": Spec("autosave", "save to the rotating autosave slots", 0, 0),
    "crystal": Spec("crystal ACTOR", "the death: the actor falls, a crystal glints", 1, 1),
    "credits": Spec("credits", "roll the credits", 0, 0),
    "talk": Spec("talk ACTOR NODE", "what an actor says when the player talks to them from now on", 2, 2),
    "prop": Spec("prop NAME MARKER|hide", "show an fx or prop sprite (assets/sprites/fx, props) at a marker", 2, 2),
    "ufo": Spec("ufo land MARKER | takeoff", "the craft comes down onto a marker, or rises and is gone", 1, 2),
    "runway": Spec("runway", "the runway walk: poses on the beat; sets $runway_score and $runway_result", 0, 0),
}


def usage_text() -> str:
    """The command list for docs/writing.md."""
    return "\n".join(f"- `<<{s.usage}>>`: {s.doc}" for s in COMMANDS.values())


def split_nowait(words: list[str]) -> tuple[list[str], bool]:
    if words and words[-1] == "nowait":
        return words[:-1], True
    return words, False


def validate_command(words: list[str], program=None, node: str = "") -> None:
    """Raise CommandError with a writer-facing reason if the command cannot work."""
    words, _ = split_nowait(words)
    name, args = words[0], words[1:]
    spec = COMMANDS[name]
    if not spec.min_args <= len(args) <= spec.max_args:
        raise CommandError(f"expected `{spec.usage}`")
    from game.world.actors import known_actor_ids
    known = known_actor_ids()
    actors = known | {"player", "alien"}
    if known and name in ("walk", "face", "place", "show", "hide", "anim", "emote", "crystal", "player") and actors \
            and args[0] not in actors:
        raise CommandError(f"unknown actor {args[0]!r}")
    if name == "walk" and args[1] != "to":
        raise CommandError("write `walk ACTOR to MARKER`")
    if name == "face" and known and args[1] not in DIRECTIONS and args[1] not in actors:
        raise CommandError(f"{args[1]!r} is neither a direction nor an actor")
    if name in ("wait", "shake") and args:
        _number(args[0])
    if name == "fade":
        if args[0] not in ("out", "in"):
            raise CommandError("fade out or fade in")
        _number(args[1])
    if name == "beat":
        if not args[0].isdigit() or not 1 <= int(args[0]) <= 30:
            raise CommandError("beats are numbered 1-30 (STORY.md)")
    if name == "letterbox" and args[0] not in ("on", "off"):
        raise CommandError("letterbox on or off")
    if name == "camera" and args[0] not in ("follow", "pan", "reset"):
        raise CommandError("camera follow, pan or reset")
    if name == "overlay" and args[0] not in ("ufo", "telescope"):
        raise CommandError("overlay ufo or overlay telescope")
    if name == "prop":
        from game.world.props import known_props
        props = known_props()
        if props and args[0] not in props:
            raise CommandError(f"no prop or effect named {args[0]!r} (assets/sprites/fx, props)")
    if name == "ufo" and (args[0] not in ("land", "takeoff") or (args[0] == "land") != (len(args) == 2)):
        raise CommandError("ufo land MARKER, or ufo takeoff")
    if name == "map" and not asset("maps", f"{args[0]}.tmx").is_file():
        raise CommandError(f"map {args[0]!r} does not exist")
    if name in ("music", "sfx"):
        _check_sound(name, args[0])


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise CommandError(f"{text!r} is not a number")


def _check_sound(kind: str, name: str) -> None:
    try:
        from game import audio
    except ImportError:
        return
    known = audio.known_tracks() if kind == "music" else audio.known_sfx()
    if known and name != "stop" and name not in known:
        raise CommandError(f"no {kind} named {name!r}")
