"""Directions in objectives are true on the map. `<<objective "text" TARGET>>` names what the
objective points the player at; each compass word in the text ("north-east", "south") must be
the way from where the player stands when it appears to TARGET. `check` reports one that is not.

Where the player stands is worked out from the node: the last `<<map>>`, `<<place player>>` or
`<<walk player to>>` before the objective; else the map object that plays the node (the player is
beside it); else its `map:`/`spawn:` headers; else the chapter's start, for a chapter's start node;
else the place of a node that jumps to it.
"""

from __future__ import annotations

import re
import shlex

from game.story.chapters import CHAPTERS, variant_base

# "south-west", "east": the way to go from where the player stands; "south of the living room",
# "the north wall", "the east end of the bar" place a thing by a landmark, and are not checked here
COMPASS = re.compile(r"\b(?:(?:north|south)(?:-(?:east|west))?|east|west)\b(?!-)(?!\s+(?:of|wall|end|side)\b)",
                     re.IGNORECASE)
_SIGN = {"north": (0, -1), "south": (0, 1), "east": (1, 0), "west": (-1, 0)}


def compass_words(text: str) -> list[str]:
    """"north-east", "south", ... in the order the text names them, those that give the way."""
    return [m.group(0).lower() for m in COMPASS.finditer(text)]


def agrees(word: str, dx: float, dy: float) -> bool:
    """Whether a step of (dx, dy) tiles (y grows southward) goes the way `word` says: a diagonal
    needs both parts; a plain direction allows up to about 60 degrees off its axis."""
    parts = word.split("-")
    if len(parts) == 2:
        return dy * _SIGN[parts[0]][1] > 0 and dx * _SIGN[parts[1]][0] > 0
    sx, sy = _SIGN[parts[0]]
    along, across = (dx * sx, abs(dy)) if sx else (dy * sy, abs(dx))
    return along > 0 and 2 * along >= across


def _place(doc, name: str) -> tuple[float, float] | None:
    """A map object's centre, or an `X,Y` tile's, in tiles."""
    if re.fullmatch(r"\d+,\d+", name):
        x, y = name.split(",")
        return int(x) + 0.5, int(y) + 0.5
    from game.stage.known import LANDMARKS
    for obj in doc.objects:
        if obj.name == name and obj.cls in LANDMARKS:
            cx, cy = obj.center
            return cx / doc.tilewidth, cy / doc.tileheight
    return None


def _object_places(maps: dict) -> dict[str, tuple[str, str]]:
    """node title -> (map, object name) of the map object that plays it."""
    found = {}
    for map_name, doc in maps.items():
        for obj in doc.objects:
            title = obj.props.get("node")
            if title and obj.cls in ("npc", "interact", "trigger") and obj.name:
                found.setdefault(title, (map_name, obj.name))
    return found


def _base(program, title: str) -> str:
    """The node a chapter's version stands in for: a group member's group, `Ch2_X`'s `X`."""
    node = program.nodes.get(title)
    return node.group if node is not None and node.group else variant_base(title)


def _statements_by_node(program) -> dict[str, list[tuple[str, int, str, str]]]:
    by_node: dict[str, list] = {}
    for node, filename, line, kind, text in program.iter_statements():
        if kind in ("command", "jump"):
            by_node.setdefault(node, []).append((filename, line, kind, text))
    return by_node


def _starts(program, maps: dict) -> dict[str, tuple[str, str]]:
    """node title -> (map, place) where the player stands as it starts, where that can be told."""
    starts = {c["node"]: (c["map"], c["spawn"]) for c in CHAPTERS}
    for title, node in program.nodes.items():
        if "map" in node.headers and "spawn" in node.headers:
            starts.setdefault(title, (node.headers["map"], node.headers["spawn"]))
    for title, place in _object_places(maps).items():
        starts.setdefault(title, place)
    by_node = _statements_by_node(program)
    changed = True
    while changed:  # a node reached by a jump starts where the jumping node left the player;
        changed = False  # one a person's `<<talk>>` plays starts beside that person
        for title in program.nodes:
            if title not in starts and _base(program, title) in starts:
                starts[title], changed = starts[_base(program, title)], True
        for title, stmts in by_node.items():
            where, people = starts.get(title), {}
            for _, _, kind, text in stmts:
                target = None
                if kind == "command":
                    where = _moved(text, where)
                    target = _talk(text, where, people)
                elif where is not None:
                    target = (text, where)
                if target and target[0] not in starts and target[1] is not None:
                    starts[target[0]], changed = target[1], True
    return starts


def _talk(command: str, where, people: dict) -> tuple[str, tuple[str, str] | None] | None:
    """Follow where people are put (`place`/`show`/`walk`); for `talk ACTOR NODE`, (NODE, the
    place beside ACTOR)."""
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    if len(words) >= 3 and words[0] in ("place", "show"):
        people[words[1]] = words[2]
    elif len(words) >= 4 and words[0] == "walk" and words[2] == "to":
        people[words[1]] = words[3]
    elif len(words) >= 3 and words[0] == "talk" and where is not None:
        return words[2], (where[0], people.get(words[1], words[1]))
    return None


def _moved(command: str, where: tuple[str, str] | None) -> tuple[str, str] | None:
    """Where the player stands after a command: `map M S`, `place player P`, `walk player to P`."""
    try:
        words = shlex.split(command)
    except ValueError:
        return where
    if len(words) >= 3 and words[0] == "map":
        return words[1], words[2]
    if where is not None and len(words) >= 3 and words[0] == "place" and words[1] == "player":
        return where[0], words[2]
    if where is not None and len(words) >= 4 and words[:3] == ["walk", "player", "to"]:
        return where[0], words[3]
    return where


def untrue_directions(program, maps: dict) -> list[tuple[str, int, str]]:
    """(file, line, problem) for each objective whose compass words are not true on its map, or
    that names a direction but no TARGET to check it against."""
    starts = _starts(program, maps)
    problems = []
    for title, stmts in _statements_by_node(program).items():
        where = starts.get(title)
        for filename, line, kind, text in stmts:
            if kind != "command":
                continue
            try:
                words = shlex.split(text)
            except ValueError:
                continue
            if words[:1] != ["objective"] or len(words) < 2:
                where = _moved(text, where)
                continue
            said = compass_words(words[1])
            if not said:
                continue
            if len(words) < 3:
                problems.append((filename, line, f"the objective names a direction ({said[0]}) but no TARGET "
                                 "to check it against: <<objective \"text\" TARGET>>"))
                continue
            problem = _check(words[2], said, where, maps)
            if problem:
                problems.append((filename, line, problem))
    return problems


def _check(target: str, said: list[str], where, maps: dict) -> str | None:
    if where is None:
        return "cannot tell where the player stands when this objective appears: give the node map: and spawn: headers"
    map_name, standing = where
    doc = maps.get(map_name)
    if doc is None:
        return None  # a map that cannot be read is the map linter's to report
    start, goal = _place(doc, standing), _place(doc, target)
    if goal is None:
        return f"the objective's target {target!r} is not on map {map_name!r}"
    if start is None:
        return None
    dx, dy = goal[0] - start[0], goal[1] - start[1]
    wrong = [w for w in said if not agrees(w, dx, dy)]
    if wrong:
        return (f"{wrong[0]!r} is not the way to {target} from {standing} on {map_name} (it is "
                f"{abs(round(dx))} tiles {'east' if dx >= 0 else 'west'}, {abs(round(dy))} {'south' if dy >= 0 else 'north'})")
    return None
