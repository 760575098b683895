"""Writer checks for `liquid-sky check`: what the Yarn runtime finds (missing jump targets,
duplicate titles and line ids, variables never set) plus what only the game knows: command names
and their arguments, actors, markers, maps, portraits and moods, and nodes nothing reaches."""

from __future__ import annotations

import json
import shlex

from game.paths import asset
from game.story.chapters import chapter_heading
from game.story.people import speaker_id
from game.world.lint import Problem


def known_portraits() -> dict[str, list[str]]:
    try:
        return json.loads(asset("sprites", "portraits", "index.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def _shipped_maps() -> dict:
    """name -> MapDocument of every shipped map that can be read (the map linter reports the rest)."""
    from game.world.tmx import read_map
    maps = {}
    for path in asset("maps").glob("*.tmx"):
        try:
            maps[path.stem] = read_map(path)
        except Exception:
            continue
    return maps


class DialogueLinter:
    def __init__(self, program, map_linter=None) -> None:
        self.program = program
        self.map_linter = map_linter

    def check(self, reached_from_maps: bool = True) -> list[Problem]:
        problems = [Problem(f"{p.file}:{p.line}", p.message, p.severity) for p in self.program.lint()]
        problems += self._statements()
        problems += self._moods()
        if reached_from_maps:
            maps = _shipped_maps()
            problems += self._unreached(maps)
            problems += self._misplaced_speakers(maps)
            problems += self._untrue_directions(maps)
        return problems

    def _statements(self) -> list[Problem]:
        """Every command checked by its own schema (game/stage), markers against the map the node
        plays on: its `map:` header, then the map of each `<<map>>` before the command."""
        from game.stage.known import FileKnown
        from game.stage.registry import CommandError, validate
        known = FileKnown(set(self.program.nodes))
        problems = []
        node_now = None
        for node, filename, line, kind, text in self.program.iter_statements():
            if node != node_now:
                node_now = node
                known.current_map = self.program.nodes[node].headers.get("map") if node in self.program.nodes else None
            if kind != "command":
                continue
            try:
                words = shlex.split(text)
            except ValueError as exc:
                problems.append(Problem(f"{filename}:{line}", f"command <<{text}>> cannot be read: {exc}"))
                continue
            if not words or "{" in words[0]:
                continue  # a command whose name is an expression is checked when it runs
            try:
                command, values, _ = validate(words, known)
            except CommandError as exc:
                problems.append(Problem(f"{filename}:{line}", f"<<{text}>>: {exc}"))
                continue
            if command.name == "map" and "{" not in values[0]:
                known.current_map = values[0]
        for title, node in self.program.nodes.items():
            for key in ("map",):
                value = node.headers.get(key)
                if value and not asset("maps", f"{value}.tmx").is_file():
                    problems.append(Problem(f"{node.filename}:{node.line}", f"node {title}: map {value!r} does not exist"))
        return problems

    def _moods(self) -> list[Problem]:
        """`#mood:x` tags must name a portrait the speaker has; a speaker's name of more than
        three words is narration with a colon in it (Yarn makes the words before it a speaker); an
        option with a colon loses the words before it (the box shows options without a speaker)."""
        from game.story.casting import line_speaker
        from game.story.markup import speaker_colon
        from game.story.statements import LineStmt, OptionStmt
        portraits = known_portraits()
        problems = []
        for node, stmt in self.program._statements():
            if not isinstance(stmt, LineStmt):
                continue
            first = stmt.parts[0] if stmt.parts else ""
            colon = speaker_colon(first) if isinstance(first, str) else -1
            if isinstance(stmt, OptionStmt) and colon > 0:
                lost = first[:colon]
                problems.append(Problem(f"{node.filename}:{stmt.line}", f"option {lost[:30]!r}: the words before "
                                        "the colon are read as a speaker and not shown (write a comma or ' - ')",
                                        "warning"))
            speaker = line_speaker(stmt) or ""
            if len(speaker.split()) > 3:
                problems.append(Problem(f"{node.filename}:{stmt.line}", f"{speaker[:30]!r}... is read as a speaker's "
                                        "name: a colon in narration makes one (write a comma or ' - ')", "warning"))
            moods = [t.split(":", 1)[1] for t in stmt.tags if t.startswith("mood:")]
            if not moods:
                continue
            sid = speaker_id(speaker)
            for mood in moods:
                if sid not in portraits:
                    problems.append(Problem(f"{node.filename}:{stmt.line}", f"#mood:{mood}: {speaker!r} has no portraits"))
                elif mood not in portraits[sid]:
                    problems.append(Problem(f"{node.filename}:{stmt.line}",
                                            f"#mood:{mood}: {speaker} has no such portrait ({', '.join(portraits[sid])})"))
        return problems

    def _misplaced_speakers(self, maps: dict) -> list[Problem]:
        """A node that can play in several chapters must not name a speaker who is neither
        played nor present there (game/story/casting.py); `maps`: name -> MapDocument."""
        from game.story.casting import misplaced_speakers
        return [Problem(f"{file}:{line}", f"{speaker} speaks in {node} in {chapter_heading(chapter).lower()} "
                        f"on {map_name}, where {speaker} is neither played nor present: give that chapter "
                        f"its own node (when: chapter_is(\"{chapter}\"))", "warning")
                for file, line, speaker, node, chapter, map_name in misplaced_speakers(self.program, maps)]

    def _untrue_directions(self, maps: dict) -> list[Problem]:
        """Each compass word of an objective must be the way to its TARGET (game/story/directions.py)."""
        from game.story.directions import untrue_directions
        return [Problem(f"{file}:{line}", problem, "warning")
                for file, line, problem in untrue_directions(self.program, maps)]

    def _unreached(self, maps: dict) -> list[Problem]:
        reached: set[str] = set()
        for doc in maps.values():
            reached |= {o.props.get("node") for o in doc.objects if o.props.get("node")}
        from game.story.chapters import CHAPTERS, chapter_variant, entry_nodes
        reached |= set(entry_nodes())
        reached |= {chapter_variant(n, c["id"]) for n in list(reached) for c in CHAPTERS}
        for _, _, _, kind, text in self.program.iter_statements():
            if kind == "jump":
                reached.add(text.strip())
        problems = []
        for title, node in self.program.nodes.items():
            if title not in reached and not node.headers.get("entry") and node.group is None:
                problems.append(Problem(f"{node.filename}:{node.line}",
                                        f"node {title} is never reached from a map object, node or jump", "warning"))
        return problems
