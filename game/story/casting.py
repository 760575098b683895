"""Who can speak where: for each chapter, the maps it plays on, who is played there and who else
is there, worked out from the chapter list (game/story/chapters.py), the chapter files' `<<map>>`,
`<<player>>`, `<<place>>` and `<<show>>` commands, the doors open in that chapter and the people
placed on the maps. `check` uses it to warn about a line whose speaker cannot be there.

Pure logic: maps come in as `read_map` documents, conditions are judged with only `chapter_is`
and `player_is` known, so anything else (a beat, an item, a variable) counts as "may be either".
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field

from game.story.chapters import CHAPTERS, chapter_variant
from game.story.errors import YarnSyntaxError
from game.story.expressions import parse_expression
from game.story.markup import speaker_colon
from game.story.people import speaker_id
from game.story.statements import LineStmt, OptionStmt

EITHER = frozenset((True, False))


def possible(ast, chapter: str, player: str) -> frozenset:
    """The values a condition may take in `chapter` with `player` played: {True}, {False} or both."""
    kind = ast[0]
    if kind == "bool":
        return frozenset((ast[1],))
    if kind == "call" and ast[1] in ("chapter_is", "player_is") and len(ast[2]) == 1 \
            and ast[2][0][0] in ("str", "num"):
        arg = ast[2][0][1]
        arg = str(int(arg)) if isinstance(arg, float) and arg.is_integer() else str(arg)
        return frozenset((arg == (chapter if ast[1] == "chapter_is" else player),))
    if kind == "un" and ast[1] == "not":
        return frozenset(not v for v in possible(ast[2], chapter, player))
    if kind == "bin" and ast[1] in ("and", "or", "xor"):
        left, right = possible(ast[2], chapter, player), possible(ast[3], chapter, player)
        op = {"and": lambda a, b: a and b, "or": lambda a, b: a or b, "xor": lambda a, b: a != b}[ast[1]]
        return frozenset(op(a, b) for a in left for b in right)
    return EITHER


def may_hold(condition: str | None, chapter: str, player: str) -> bool:
    """A Tiled `condition` (empty: always) may be true in `chapter` with `player` played."""
    if not condition or not condition.strip():
        return True
    try:
        return True in possible(parse_expression(condition).ast, chapter, player)
    except YarnSyntaxError:  # a broken condition is the map linter's to report
        return True


def chapter_file(chapter_id: str) -> str:
    return {"prologue": "prologue.yarn", "finale": "finale.yarn"}.get(chapter_id, f"ch{chapter_id}.yarn")


@dataclass
class Scene:
    """One map in one chapter: who may be played there, who else may be there."""
    players: set[str] = field(default_factory=set)
    placed: set[str] = field(default_factory=set)  # actors put there by the chapter's commands
    hidden: set[str] = field(default_factory=set)  # actors the chapter's commands hide there


def _basename(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _transitions(program) -> set[str]:
    """Nodes that hand over to another chapter (they jump to a chapter's start node): their
    `<<map>>` and `<<player>>` commands set up that chapter, not their own."""
    starts = {c["node"] for c in CHAPTERS}
    return {node for node, _, _, kind, text in program.iter_statements()
            if kind == "jump" and text.strip() in starts}


def chapter_scenes(program, maps: dict) -> dict[str, dict[str, Scene]]:
    """chapter id -> map name -> Scene. `maps`: map name -> its MapDocument. A chapter plays on
    its start map, on each map its file's `<<map>>` commands name (with whoever its `<<player>>`
    commands made the player by then) and on every map a door open in that chapter leads to;
    `<<place>>`/`<<show>>` put people there and `<<hide>>` takes them away (in file order)."""
    handover = _transitions(program)
    result: dict[str, dict[str, Scene]] = {}
    for ch in CHAPTERS:
        scenes = _scenes_of_commands(program, ch, handover)
        _through_doors(scenes, maps, ch["id"])
        result[ch["id"]] = {name: scene for name, scene in scenes.items() if scene.players}
    return result


def _scenes_of_commands(program, ch: dict, handover: set[str]) -> dict[str, Scene]:
    here, player = ch["map"], ch["player"]
    scenes: dict[str, Scene] = {here: Scene({player})}
    current_node = handing_over = None
    for node, filename, _, kind, text in program.iter_statements():
        if kind != "command" or _basename(filename) != chapter_file(ch["id"]):
            continue
        if node != current_node:
            current_node, handing_over = node, False
            here = program.nodes[node].headers.get("map", here) if node in program.nodes else here
        try:
            words = shlex.split(text)
        except ValueError:
            continue
        if handing_over or len(words) < 2 or "{" in words[1]:
            continue
        scene = scenes.setdefault(here, Scene())
        if words[0] in ("map", "player") and node in handover:
            handing_over = words[0] == "map"
        elif words[0] in ("map", "player"):
            if words[0] == "map":
                here, scene = words[1], scenes.setdefault(words[1], Scene())
            else:
                player = words[1]
            scene.players.add(player)
        elif words[0] in ("place", "show") and words[1] != "player":
            scene.placed.add(words[1])
            scene.hidden.discard(words[1])
        elif words[0] == "hide":
            scene.placed.discard(words[1])
            scene.hidden.add(words[1])
    return scenes


def _through_doors(scenes: dict[str, Scene], maps: dict, chapter: str) -> None:
    """Add the maps the doors open in `chapter` lead to, with whoever walks through them."""
    todo = [(m, p) for m, s in scenes.items() for p in s.players]
    while todo:
        name, who = todo.pop()
        doc = maps.get(name)
        for door in doc.objects_of("door") if doc is not None else ():
            target = door.props.get("target_map")
            if target in maps and may_hold(door.props.get("condition"), chapter, who):
                scene = scenes.setdefault(target, Scene())
                if who not in scene.players:
                    scene.players.add(who)
                    todo.append((target, who))


def _absent(obj, chapter: str, player: str, scene: Scene) -> bool:
    """A map object that cannot be there: its condition fails, or it is a person the chapter hides."""
    return not may_hold(obj.props.get("condition"), chapter, player) or \
        (obj.cls == "npc" and obj.props.get("actor") in scene.hidden)


def present(doc, chapter: str, player: str, scene: Scene) -> set[str]:
    """The people a map places that may be there in `chapter`: actor ids and npc names, whole
    and word by word."""
    names = set()
    for npc in doc.objects_of("npc"):
        if not _absent(npc, chapter, player, scene):
            names |= _names(npc.props.get("actor") or "") | _names(npc.name)
    return names - {""}


def _names(person: str) -> set[str]:
    """How lines may name a person: "kiosk_clerk" is also "Kiosk" and "Clerk"; "guest_3" a Guest."""
    return {person, *person.split("_")}


def _members(program, title: str, chapter: str, player: str) -> list:
    """The nodes that may run when `title` is started in `chapter`: the chapter's own
    `ChN_title` if there is one; for a node group, each member whose `when:` may hold and that
    a member sure to hold with a higher score does not always beat (the `best` strategy)."""
    from game.story.program import complexity
    variant = chapter_variant(title, chapter)
    if variant in program.nodes:
        title = variant
    node = program.nodes.get(title)
    if node is None:
        return []
    group = [n for n in program.nodes.values() if n.group == title]
    if not group:
        return [node]
    judged = []
    for member in group:
        values = [possible(w.cond.ast, chapter, player) if w.cond is not None else EITHER if w.once
                  else frozenset((True,)) for w in member.when]
        if all(True in v for v in values):
            judged.append((member, all(v == {True} for v in values) and not any(w.once for w in member.when),
                           complexity([(w.cond, w.once) for w in member.when])))
    top = max((score for _, sure, score in judged if sure), default=-1)
    return [m for m, _, score in judged if score >= top]


def line_speaker(stmt) -> str | None:
    """The speaker of a line as written ("Margaret: ..." -> "Margaret"): Yarn's rule, the text
    before the first colon. None for narration, options and a computed name."""
    colon = speaker_colon(stmt.source) if isinstance(stmt, LineStmt) else -1
    if colon < 0 or isinstance(stmt, OptionStmt):
        return None
    name = stmt.source[:colon].replace("\\:", ":").strip()
    return name if name and "{" not in name else None


def speakers(node) -> list[tuple[int, str]]:
    """(line, speaker) for every line of a node that has a speaker."""
    from game.story.program import _walk
    return [(stmt.line, name) for stmt in _walk(node.body) if (name := line_speaker(stmt))]


def misplaced_speakers(program, maps: dict) -> list[tuple[str, int, str, str, str, str]]:
    """(file, line, speaker, node, chapter, map) for each line of a node that a map object may
    play in more than one chapter, in a chapter where its speaker is neither played on that map
    nor there (placed on the map, or by the chapter's commands). A thing's lines are the one
    played's: another playable person standing by does not speak them."""
    plays: dict[str, list] = {}  # member title -> [(chapter, map, people there)]
    scenes = chapter_scenes(program, maps)
    playable = {p for by_map in scenes.values() for scene in by_map.values() for p in scene.players}
    for cid, by_map in scenes.items():
        for name, scene in by_map.items():
            doc = maps.get(name)
            for obj in doc.objects if doc is not None else ():
                title = obj.props.get("node")
                if not title or obj.cls not in ("npc", "interact", "trigger"):
                    continue
                for player in sorted(scene.players):
                    if _absent(obj, cid, player, scene):
                        continue
                    there = present(doc, cid, player, scene) | scene.placed | {player}
                    if obj.cls != "npc":  # a thing is looked at by the one played, whoever stands by
                        there -= playable - {player}
                    for member in _members(program, title, cid, player):
                        plays.setdefault(member.title, []).append((cid, name, there))
    found = {}
    for title, where in plays.items():
        if len({cid for cid, _, _ in where}) < 2:
            continue
        member = program.nodes[title]
        for cid, name, there in where:
            for line, speaker in speakers(member):
                if speaker_id(speaker) not in there:
                    found.setdefault((member.filename, line, cid),
                                     (member.filename, line, speaker, member.group or member.title, cid, name))
    return sorted(found.values(), key=lambda f: (f[0], f[1], f[4]))
