"""`liquid-sky lines tag|export|import`: line ids and string tables for translators.

`tag [PATH ...]` gives every line and option a stable `#line:` id. `export --lang CODE` writes
assets/dialogue/CODE.csv (Yarn Spinner's string table columns, see strings.py), keeping the
translations it already has; `--lang qps` writes the pseudo-language the game makes from the
script when it is chosen (to look at: the game does not read that file). `import --lang CODE
FILE` checks a translated table and installs its good rows as assets/dialogue/CODE.csv.

Ids are what the seen-lines record, saves and translations key on, so a typo fixed in a line
keeps its id. Tagging only adds ids to lines that have none (never changes one), writes each
file in place, and is deterministic: the id is a hash of the file, node and text (made longer
if it would clash with an id already used anywhere in the project).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
from pathlib import Path

from .errors import YarnSyntaxError
from .parser import ParsedFile, parse_source
from .program import _walk
from .statements import LineStmt

_SPECIAL = re.compile(r"\\|\{|<<|//")


def comment_start(text: str) -> int:
    """Index of a trailing `// comment` in a line of dialogue, or len(text)."""
    i = 0
    while True:
        m = _SPECIAL.search(text, i)
        if m is None:
            return len(text)
        tok = m.group()
        if tok == "//":
            return m.start()
        if tok == "\\":
            i = m.start() + 2
        else:
            close = text.find("}" if tok == "{" else ">>", m.end())
            if close == -1:
                return len(text)
            i = close + (1 if tok == "{" else 2)


def untagged_lines(parsed: ParsedFile) -> list[tuple[str, LineStmt]]:
    """(node title, line) of every line and option in the file without a #line: id (shadow
    lines take their source's id and need none)."""
    out = []
    for node in parsed.nodes:
        for stmt in _walk(node.body):
            if isinstance(stmt, LineStmt) and stmt._line_id is None and stmt.shadow_of is None:
                out.append((node.title, stmt))
    return out


def existing_ids(files: list[ParsedFile]) -> set[str]:
    ids = set()
    for parsed in files:
        for node in parsed.nodes:
            for stmt in _walk(node.body):
                if isinstance(stmt, LineStmt) and stmt._line_id:
                    ids.add(stmt._line_id)
    return ids


def new_id(filename: str, node: str, text: str, taken: set[str]) -> str:
    digest = hashlib.sha1(f"{os.path.basename(filename)}\0{node}\0{text}".encode("utf-8")).hexdigest()
    for size in range(8, len(digest) + 1):
        line_id = "line:" + digest[:size]
        if line_id not in taken:
            taken.add(line_id)
            return line_id
    raise ValueError(f"no free line id for {text!r}")  # a full sha1 clash: not in practice


def tag_text(text: str, parsed: ParsedFile, taken: set[str]) -> tuple[str, int]:
    """The file's text with an id added to each untagged line, and how many were added."""
    lines = text.split("\n")
    added = 0
    for node, stmt in untagged_lines(parsed):
        raw = lines[stmt.line - 1]
        end = comment_start(raw)
        body, comment = raw[:end].rstrip(), raw[end:]
        line_id = new_id(parsed.filename, node, stmt.source, taken)
        lines[stmt.line - 1] = f"{body} #{line_id}" + (f" {comment}" if comment else "")
        added += 1
    return "\n".join(lines), added


def tag_files(paths: list[Path], project: list[Path]) -> list[str]:
    """Tag `paths` in place; ids stay unique across `project` (every .yarn file). Returns one
    message per file (or per mistake: a file that does not parse is left alone)."""
    parsed, messages = {}, []
    for path in sorted(set(paths) | set(project)):
        try:
            parsed[path] = parse_source(path.read_text(encoding="utf-8"), str(path))
        except YarnSyntaxError as exc:
            if path in paths:
                messages += [f"{e.filename}:{e.line}:{e.column}: {e.message} (file not tagged)"
                             for e in exc.errors]
    taken = existing_ids(list(parsed.values()))
    for path in paths:
        if path not in parsed:
            continue
        text = path.read_text(encoding="utf-8")
        new_text, added = tag_text(text, parsed[path], taken)
        if added:
            path.write_text(new_text, encoding="utf-8")
        messages.append(f"{path}: {added} line id(s) added")
    return messages


def _yarn_files(paths: list[Path]) -> list[Path]:
    files = []
    for p in paths:
        files += sorted(p.glob("*.yarn")) if p.is_dir() else [p]
    return files


def main(argv: list[str] | None = None) -> int:
    from game.paths import asset

    parser = argparse.ArgumentParser(prog="liquid-sky lines", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    tag = sub.add_parser("tag", help="add #line: ids to lines and options that have none")
    tag.add_argument("paths", nargs="*", type=Path, help=".yarn files or folders (default: assets/dialogue)")
    export = sub.add_parser("export", help="write assets/dialogue/LANG.csv for translators")
    export.add_argument("--lang", required=True, type=_language, help="language code, e.g. de (qps: pseudo)")
    export.add_argument("--out", type=Path, help="where to write (default: assets/dialogue/LANG.csv)")
    imp = sub.add_parser("import", help="check a translated CSV and install it")
    imp.add_argument("--lang", required=True, type=_language, help="language code, e.g. de")
    imp.add_argument("file", type=Path, help="the translated CSV")
    args = parser.parse_args(argv)
    if args.command != "tag":
        return _table_command(args)
    shipped = _yarn_files([asset("dialogue")])
    paths = _yarn_files(args.paths) if args.paths else shipped
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print(f"liquid-sky lines: no such file: {missing[0]}", file=sys.stderr)
        return 2
    messages = tag_files(paths, shipped)
    for message in messages:
        print(message)
    return 1 if any("not tagged" in m for m in messages) else 0


def _language(code: str) -> str:
    from .strings import LANGUAGE_CODE
    if not re.fullmatch(LANGUAGE_CODE, code) or code == "en":
        raise argparse.ArgumentTypeError(f"{code!r} is not a language code like de, pt-BR or qps "
                                         "(en is the script itself)")
    return code


def _table_command(args) -> int:
    from game.paths import asset

    from .errors import YarnError
    from .program import YarnProgram
    from .strings import PSEUDO, export_rows, load_table, pseudo, write_csv
    try:
        program = YarnProgram.load(_yarn_files([asset("dialogue")]))
    except YarnError as exc:
        print(f"liquid-sky lines: the dialogue does not load: {exc}", file=sys.stderr)
        return 1
    target = asset("dialogue", f"{args.lang}.csv")
    if args.command == "export":
        out = args.out or target
        kept = load_table(out, program).rows if out.is_file() and args.lang != PSEUDO else {}
        rows = export_rows(program, args.lang, pseudo if args.lang == PSEUDO else None, kept)
        out.write_text(write_csv(rows), encoding="utf-8")
        print(f"{out}: {len(rows)} line(s)")
        return 0
    if args.lang == PSEUDO:
        print(f"liquid-sky lines: {PSEUDO} is made from the script, not imported", file=sys.stderr)
        return 2
    table = load_table(args.file, program)
    rows = [r for r in export_rows(program, args.lang, kept=table.rows) if r[1] in table.rows]
    target.write_text(write_csv(rows), encoding="utf-8")
    for problem in table.problems:
        print(problem)
    print(f"{target}: {len(rows)} translated line(s) installed")
    return 1 if table.problems else 0
