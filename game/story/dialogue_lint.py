"""Writer checks for `liquid-sky check`: what the Yarn runtime finds (missing jump targets,
duplicate titles and line ids, variables never set) plus what only the game knows: command names
and their arguments, actors, markers, maps, portraits and moods, and nodes nothing reaches."""

from __future__ import annotations

import json
import shlex

from game.paths import asset
from game.story.people import speaker_id
from game.world.lint import Problem


def known_portraits() -> dict[str, list[str]]:
    try:
        return json.loads(asset("sprites", "portraits", "index.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def marker_argument(words: list[str]) -> str | None:
    """The marker a command names, if any: walk A to M, place A M, show A M, camera pan M, ufo land M."""
    name, args = words[0], words[1:]
    if name == "walk" and len(args) >= 3:
        return args[2]
    if name in ("place", "show") and len(args) >= 2:
        return args[1]
    if name == "camera" and args[:1] == ["pan"] and len(args) >= 2:
        return args[1]
    if name == "ufo" and args[:1] == ["land"] and len(args) >= 2:
        return args[1]
    return None


class DialogueLinter:
    def __init__(self, program, map_linter=None) -> None:
        self.program = program
        self.map_linter = map_linter

    def check(self, reached_from_maps: bool = True) -> list[Problem]:
        problems = [Problem(f"{p.file}:{p.line}", p.message, p.severity) for p in self.program.lint()]
        problems += self._statements()
        problems += self._moods()
        if reached_from_maps:
            problems += self._unreached()
        return problems

    def _statements(self) -> list[Problem]:
        from game.story.commands import COMMANDS, CommandError, validate_command
        problems = []
        for node, filename, line, kind, text in self.program.iter_statements():
            if kind != "command":
                continue
            try:
                words = shlex.split(text)
            except ValueError as exc:
                problems.append(Problem(f"{filename}:{line}", f"command <<{text}>> cannot be read: {exc}"))
                continue
            if not words:
                continue
            if words[0] not in COMMANDS:
                problems.append(Problem(f"{filename}:{line}", f"unknown command <<{words[0]}>> in node {node}"))
                continue
            try:
                validate_command(words, self.program, node)
            except CommandError as exc:
                problems.append(Problem(f"{filename}:{line}", f"<<{text}>>: {exc}"))
                continue
            marker = marker_argument(words)
            if marker and "{" not in marker and "," not in marker:
                where = self.program.nodes[node].headers.get("map") if node in self.program.nodes else None
                maps = self.markers()
                found = marker in maps.get(where, set()) if where else any(marker in m for m in maps.values())
                if not found:
                    place = f"map {where!r}" if where else "any map"
                    problems.append(Problem(f"{filename}:{line}", f"<<{text}>>: no marker {marker!r} on {place}"))
        for title, node in self.program.nodes.items():
            for key in ("map",):
                value = node.headers.get(key)
                if value and not asset("maps", f"{value}.tmx").is_file():
                    problems.append(Problem(f"{node.filename}:{node.line}", f"node {title}: map {value!r} does not exist"))
        return problems

    def markers(self) -> dict[str, set[str]]:
        """map name -> the names of its markers and spawns (read once)."""
        if not hasattr(self, "_markers"):
            from game.world.tmx import MapError, read_map
            self._markers = {}
            for path in asset("maps").glob("*.tmx"):
                try:
                    doc = read_map(path)
                except MapError:
                    continue
                self._markers[path.stem] = {o.name for o in doc.objects if o.cls in ("marker", "spawn")}
        return self._markers

    def _moods(self) -> list[Problem]:
        """`#mood:x` tags must name a portrait the speaker has."""
        from game.story.statements import LineStmt
        portraits = known_portraits()
        problems = []
        for node, stmt in self.program._statements():
            if not isinstance(stmt, LineStmt):
                continue
            moods = [t.split(":", 1)[1] for t in stmt.tags if t.startswith("mood:")]
            if not moods:
                continue
            speaker = stmt.source.split(":", 1)[0].strip() if ":" in stmt.source else ""
            sid = speaker_id(speaker)
            for mood in moods:
                if sid not in portraits:
                    problems.append(Problem(f"{node.filename}:{stmt.line}", f"#mood:{mood}: {speaker!r} has no portraits"))
                elif mood not in portraits[sid]:
                    problems.append(Problem(f"{node.filename}:{stmt.line}",
                                            f"#mood:{mood}: {speaker} has no such portrait ({', '.join(portraits[sid])})"))
        return problems

    def _unreached(self) -> list[Problem]:
        from game.world.tmx import read_map
        reached: set[str] = set()
        for path in asset("maps").glob("*.tmx"):
            try:
                doc = read_map(path)
            except Exception:
                continue
            reached |= {o.props.get("node") for o in doc.objects if o.props.get("node")}
        from game.story.chapters import CHAPTERS, chapter_variant, entry_nodes
        reached |= set(entry_nodes())
        reached |= {chapter_variant(n, c["id"]) for n in list(reached) for c in CHAPTERS}
        for _, _, _, kind, text in self.program.iter_statements():
            if kind == "jump":
                reached.add(text.strip())
            if kind == "command" and text.split()[:1] in (["run"], ["next"]):
                reached.update(text.split()[1:2])
        problems = []
        for title, node in self.program.nodes.items():
            if title not in reached and not node.headers.get("entry"):
                problems.append(Problem(f"{node.filename}:{node.line}",
                                        f"node {title} is never reached from a map object, node or jump", "warning"))
        return problems
