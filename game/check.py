"""`liquid-sky check [PATH ...]`: lint maps, tilesets, templates and dialogue.

No path: every shipped asset. A path may be one file or a folder. Exit 1 on errors, 0 when clean.
"""

from __future__ import annotations

import argparse
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from game.paths import asset
from game.world.lint import Problem


def _dialogue_program(paths: list[Path]):
    """The dialogue of the shipped game plus any .yarn files given, and every mistake found
    loading it (all of them: each file is read to its end, the program checked as a whole)."""
    try:
        from game.story.program import YarnProgram
        from game.story.lines import untagged_lines
        from game.story.parser import parse_source
        from game.story.yarn import YarnSyntaxError
    except ImportError:
        return None, []
    files = sorted(set(asset("dialogue").glob("*.yarn")) | {p for p in paths if p.suffix == ".yarn"})
    errors, parsed = [], []
    for f in files:
        try:
            parsed.append(parse_source(f.read_text(encoding="utf-8"), filename=str(f)))
        except YarnSyntaxError as exc:
            errors += exc.errors
            parsed.append(exc.parsed)  # the rest of the file is still checked
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(YarnSyntaxError(f"cannot be read: {exc}", str(f), 0, 0))
    program = YarnProgram(parsed)
    errors = sorted(errors + program.errors, key=lambda e: (e.filename, e.line))
    problems = [Problem(f"{e.filename}:{e.line}:{e.column}", e.message) for e in errors]
    problems += [Problem(f"{f.filename}:{stmt.line}", "line has no #line: id: run `liquid-sky lines tag` "
                         "(without one, an edit to its text loses its seen mark and translations)",
                         "warning")
                 for f in parsed for _, stmt in untagged_lines(f)]
    return program, problems


def _collect(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(x for x in p.rglob("*") if x.suffix in (".tmx", ".tsx", ".tx", ".yarn"))
        else:
            files.append(p)
    return files


def _file_problems(path: Path) -> list[Problem]:
    """A tileset or template checked the way a map that uses it would be loaded."""
    from game.world.tiledfiles import MapError, tileset_element
    from game.world.tmx import resolve_template
    try:
        if path.suffix == ".tsx":
            tileset_element(ET.Element("tileset", firstgid="1", source=path.name), path, str(path))
        else:
            read: dict[Path, ET.Element] = {}
            resolve_template(ET.Element("object", template=path.name), path, read)
            ts = read[path.resolve()].find("tileset")
            if ts is not None:
                tileset_element(ts, path, str(path))
    except MapError as exc:
        message = str(exc)
        return [Problem(str(path), message[len(str(path)) + 2:] if message.startswith(f"{path}: ") else message)]
    return []


def string_table_problems(program, language: str | None) -> list[Problem]:
    """Bad rows of every shipped string table (warnings: the game uses the base text for them,
    and a line deleted from a script leaves a stale row until the next export); with
    `language`, that table's bad rows are errors and the lines it lacks or has out of date are
    listed (warnings), so a translator knows what is left."""
    from game.story.strings import language_table, languages, lines_of, story_texts, text_id, ui_strings
    problems = []
    for code in languages(asset("dialogue"))[1:]:
        table = language_table(code, program)
        severity = "error" if code == language else "warning"
        problems += [Problem(*p.split(": ", 1), severity) for p in table.problems]  # "file:row: problem"
        if code != language:
            continue
        for node, stmt in lines_of(program):
            if stmt.line_id not in table.parts:
                problems.append(Problem(f"{node.filename}:{stmt.line}", f"no {code} translation of "
                                        f"{stmt.line_id} ({stmt.source[:40]!r})", "warning"))
            elif stmt.line_id in table.outdated:
                problems.append(Problem(f"{node.filename}:{stmt.line}", f"the {code} translation of "
                                        f"{stmt.line_id} is out of date: the line changed since", "warning"))
        others = {text_id(text): (f"{filename}:{line}", "the story text", text)
                  for filename, line, _, text in reversed(list(story_texts(program)))}  # where each first comes
        others.update((key, (f"{asset('ui', 'strings.csv')}:{row}", "the UI string", text))
                      for key, (text, _, row) in ui_strings().items())
        for key, (where, kind, text) in others.items():
            if key not in table.parts or key in table.outdated:
                what = "no" if key not in table.parts else "an out of date"
                problems.append(Problem(where, f"{what} {code} translation of {kind} {key} ({text[:40]!r})",
                                        "warning"))
    if language and language != "en" and language not in languages(asset("dialogue")):
        problems.append(Problem(str(asset("dialogue", f"{language}.csv")),
                                "no such string table: make one with `liquid-sky lines export --lang`"))
    return problems


def run_checks(paths: list[Path], language: str | None = None) -> list[Problem]:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    from game.story.dialogue_lint import DialogueLinter
    from game.world.actors import known_actor_ids
    from game.world.lint import MapLinter
    from game.world.proptypes import project_types

    shipped = not paths
    files = _collect(paths or [d for d in (asset("maps"), asset("dialogue")) if d.is_dir()])
    program, problems = _dialogue_program([f for f in files if f.suffix == ".yarn"])
    try:
        from game.story.typecheck import check_condition
    except ImportError:
        check_condition = None
    try:
        from game import audio
        music, ambience = audio.known_tracks(), audio.known_ambience()
    except (ImportError, AttributeError):
        music = ambience = None
    node_exists = (lambda n: n in program.nodes) if program is not None else None
    linter = MapLinter(known_actor_ids(), node_exists, check_condition, music, ambience, project_types())
    for f in files:
        if not f.exists():
            problems.append(Problem(str(f), "no such file or folder"))
        elif f.suffix == ".tmx":
            problems += linter.check(f)
        elif f.suffix in (".tsx", ".tx"):
            problems += _file_problems(f)
    if program is not None:
        problems += DialogueLinter(program, linter).check(reached_from_maps=shipped)
        problems += string_table_problems(program, language)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="liquid-sky check", description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: every shipped asset)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print errors only")
    parser.add_argument("--lang", help="also list the dialogue lines this language's table lacks")
    args = parser.parse_args(argv)
    from game.paths import assets_dir
    print(f"liquid-sky check: the game's assets are read from {assets_dir()}", file=sys.stderr)
    problems = run_checks(args.paths, args.lang)
    errors = [p for p in problems if p.severity == "error"]
    for p in problems:
        if p.severity == "error" or not args.quiet:
            print(p)
    warnings = len(problems) - len(errors)
    print(f"liquid-sky check: {len(errors)} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0
