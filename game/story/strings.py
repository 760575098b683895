"""String tables: the dialogue's lines in other languages, in Yarn Spinner's CSV layout.

    language,id,text,file,node,lineNumber,lock,comment

`text` is the line with `{0}`, `{1}`... where the line has `{expressions}` (in their order) and
`\\{` `\\}` for literal braces; markup as in the script. The game's UI text (menus, settings,
journal, prompts...) is a table of its own, assets/ui/strings.csv (`id,text,comment`, `{0}` for a
value), and goes into each language's table after the dialogue's lines (file `ui`). `lock` is a hash of the base text, so a
translation whose base line has changed since can be found. A table loads with
`load_table(path, program)`: every bad row (wrong column count, unknown id, broken markup,
bytes that are not UTF-8, a placeholder the line does not have) is reported as
"file:row: problem" and left out, so that line falls back to the base text.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
import re
import unicodedata

from game.paths import asset

from .errors import EvalError
from .markup import parse_markup
from .program import _walk
from .statements import LineStmt

LANGUAGE_CODE = r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?"  # en, de, pt-BR
PSEUDO = "qps"  # the pseudo-language: made from the script when used, never read from a file
COLUMNS = ["language", "id", "text", "file", "node", "lineNumber", "lock", "comment"]
UI_COLUMNS = ["id", "text", "comment"]
UI_ID = r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+"  # screen.what, e.g. pause.resume
MAX_BYTES = 5_000_000
_PLACEHOLDER = re.compile(r"\\[{}]|\{(\d+)\}|[{}]")


def template(stmt: LineStmt) -> str:
    """A line's text for a string table: expressions as {0}, {1}...; braces escaped."""
    out, n = [], 0
    for part in stmt.parts:
        if isinstance(part, str):
            out.append(_escaped(part))
        else:
            out.append("{%d}" % n)
            n += 1
    return "".join(out)


def _escaped(text: str) -> str:
    return text.replace("{", "\\{").replace("}", "\\}")


def lock(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def compile_template(text: str, values: int) -> list:
    """Parts of a table text: str pieces and ints (which {n} goes there). Raises ValueError."""
    parts, pos = [], 0
    for m in _PLACEHOLDER.finditer(text):
        parts.append(text[pos:m.start()])
        pos = m.end()
        token = m.group()
        if token in ("\\{", "\\}"):
            parts.append(token[1])
        elif m.group(1) is None:
            raise ValueError(f"a lone {token!r} (write \\{token} for a brace)")
        else:
            index = int(m.group(1))
            if index >= values:
                raise ValueError(f"{{{index}}} but the line has {values} value(s)")
            parts.append(index)
    parts.append(text[pos:])
    return [p for p in parts if p != ""]


@functools.lru_cache(maxsize=4)
def ui_strings(path=None) -> dict[str, tuple[str, str, int]]:
    """The UI's own string table: id -> (English text, comment for translators, row). Raises
    ValueError naming file and row for a row that is not `id,text[,comment]` or repeats an id."""
    path = path or asset("ui", "strings.csv")
    found = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        if next(reader, None) != UI_COLUMNS:
            raise ValueError(f"{path}:1: the header must be {','.join(UI_COLUMNS)}")
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if len(row) != len(UI_COLUMNS) or not re.fullmatch(UI_ID, row[0]):
                raise ValueError(f"{where}: expected an id like menu.resume, its text and a comment")
            if row[0] in found:
                raise ValueError(f"{where}: {row[0]} again (first at row {found[row[0]][2]})")
            found[row[0]] = (row[1], row[2], reader.line_num)
    return found


def base_texts(program) -> dict[str, str]:
    """id -> the base text as a table holds it, for every line with an id, story text and UI string."""
    texts = {stmt.line_id: template(stmt) for _, stmt in lines_of(program)}
    texts.update((text_id(text), _escaped(text)) for _, _, _, text in story_texts(program))
    texts.update((key, text) for key, (text, _, _) in ui_strings().items())
    return texts


@functools.lru_cache(maxsize=1024)  # asked every frame for the objective and the name tags
def text_id(text: str) -> str:
    """The id of a story text (an objective, a chapter title, a note): "text:" + a hash of it."""
    return "text:" + lock(text)


def story_texts(program):
    """(filename, line, node, text) of the words the game shows from the script besides its lines:
    each Text argument of a command (`<<objective "...">>`, `<<chapter 2 "House Call">>`,
    `<<note johann "...">>`), each note set with `<<set $note_x to "...">>`, the chapters'
    titles and the maps' titles. They are translated by text_id(text); one with an {expression}
    is not."""
    import shlex

    from game.stage.registry import CommandError, Text, find
    from game.story.chapters import CHAPTERS
    from .statements import CommandStmt, SetStmt
    for node in program._all_nodes:
        for stmt in _walk(node.body):
            if isinstance(stmt, SetStmt) and stmt.var.startswith("$note_") and stmt.expr.ast[0] == "str":
                yield node.filename, stmt.line, node.group or node.title, stmt.expr.ast[1]
            elif isinstance(stmt, CommandStmt) and "{" not in stmt.source:
                try:
                    command, words = find(shlex.split(stmt.source))
                except (ValueError, CommandError):
                    continue  # check reports it
                for arg, word in zip(command.args, words):
                    if isinstance(arg, Text):
                        yield node.filename, stmt.line, node.group or node.title, word
    for chapter in CHAPTERS:
        yield "chapters.py", 0, chapter["id"], chapter["title"]
    for name, title in map_titles():
        yield f"{name}.tmx", 0, name, title
    for name, label in map_labels():
        yield f"{name}.tmx", 0, name, label


@functools.lru_cache(maxsize=1)
def _map_docs():
    """(name, document) of each of the game's maps, read once for their titles and labels."""
    from game.world.tmx import read_map
    return tuple((p.stem, read_map(p)) for p in sorted(asset("maps").glob("*.tmx")))


def map_titles() -> tuple[tuple[str, str], ...]:
    """(name, title) of each of the game's maps: the place a save is named by (Level.title)."""
    return tuple((name, str(doc.props.get("title", name))) for name, doc in _map_docs())


@functools.lru_cache(maxsize=1)
def map_labels() -> tuple[tuple[str, str], ...]:
    """(map, name) of each person's, thing's and door's name shown over it on the game's maps
    (hud.label_of): its `label`, else its name made from its id; and every person's, since the
    script can bring anyone onto a map."""
    import json

    from .people import shown_name
    found = {}
    for name, doc in _map_docs():
        for obj in doc.objects:
            if obj.props.get("label"):
                found.setdefault(str(obj.props["label"]), name)
            elif obj.cls == "npc":
                found.setdefault(shown_name(obj.props.get("actor") or obj.name), name)
            elif obj.cls == "interact" and obj.name:
                found.setdefault(shown_name(obj.name), name)
    people = json.loads(asset("sprites", "people", "index.json").read_text(encoding="utf-8"))
    for person in people:
        found.setdefault(shown_name(person), "people")
    return tuple((where, text) for text, where in found.items() if text)


def values_in(text: str) -> int:
    """How many values ({0}, {1}...) a base text takes."""
    return max([-1] + [int(n) for n in re.findall(r"(?<!\\)\{(\d+)\}", text)]) + 1


def lines_of(program):
    """(node, LineStmt) for every line and option with a #line: id, once per id (shadow lines
    share their source's), in file order. Lines without one are left out: their automatic id
    changes with their text, so a translation could not stay attached."""
    seen = set()
    for node in program._all_nodes:
        for stmt in _walk(node.body):
            if isinstance(stmt, LineStmt) and stmt.line_id.startswith("line:") \
                    and stmt.line_id not in seen:
                seen.add(stmt.line_id)
                yield node, stmt


def _comment(filename: str, line: int) -> str:
    from .lines import comment_start
    try:
        with open(filename, encoding="utf-8") as fh:
            raw = fh.read().split("\n")[line - 1]
    except (OSError, IndexError, UnicodeDecodeError):
        return ""
    return raw[comment_start(raw):].lstrip("/ ").strip()


def export_rows(program, language: str, translate=None, kept=None) -> list[list[str]]:
    """The string table rows for `language`: the base text, or translate(text, speaker=) of it
    (pseudo), or (text, lock) from `kept` (id -> the rows of a table already written)."""
    def row(key, base, file, node, line, comment, speaker=False):
        text, row_lock = (kept or {}).get(key) or \
            (translate(base, speaker=speaker) if translate else base, lock(base))
        return [language, key, text, file, node, str(line), row_lock, comment]

    rows = [row(stmt.line_id, template(stmt), os.path.basename(node.filename), node.group or node.title,
                stmt.line, _comment(node.filename, stmt.line), speaker=True) for node, stmt in lines_of(program)]
    first = {}  # a story text used in several places is translated once, where it first comes
    for filename, line, node, text in story_texts(program):
        first.setdefault(text_id(text), (filename, line, node, text))
    rows += [row(key, _escaped(text), os.path.basename(filename), node, line, "a chapter title, objective or note")
             for key, (filename, line, node, text) in first.items()]
    rows += [row(key, text, "ui", key.split(".")[0], at, comment) for key, (text, comment, at) in ui_strings().items()]
    return rows


def write_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


class Table:
    """A loaded string table. parts: line id -> compiled text (what Dialogue takes as
    `strings`); rows: line id -> (text, lock) as written; problems: "file:row: ..." lines;
    outdated: ids whose base line changed since the translation (its lock differs)."""

    def __init__(self, problems=None):
        self.parts, self.rows, self.outdated = {}, {}, []
        self.problems = problems or []


def load_table(path, program) -> Table:
    """The table in a CSV file; a missing or unreadable one is empty, with one problem."""
    name = str(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            return Table([f"{name}:0: {size} bytes is too big for a string table "
                          f"(at most {MAX_BYTES})"])
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return Table([f"{name}:0: cannot be read: {exc.strerror or exc}"])
    return parse_table(data, name, program)


def parse_table(data: bytes, name: str, program) -> Table:
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text))
    table = Table()
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return Table([f"{name}:1: empty, or not CSV"])
    missing = [c for c in ("id", "text") if c not in header]
    if missing:
        return Table([f"{name}:1: the header has no {' or '.join(missing)} column "
                      f"(expected {','.join(COLUMNS)})"])
    at = {column: header.index(column) for column in header}
    bases = base_texts(program)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            table.problems.append(f"{name}:{reader.line_num}: not CSV: {exc}")
            break
        problem = _row_problem(row, header, at, bases)
        if problem:
            table.problems.append(f"{name}:{reader.line_num}: {problem}; the base text is used")
            continue
        line_id, text = row[at["id"]], row[at["text"]]
        base = bases[line_id]
        table.parts[line_id] = compile_template(text, values_in(base))
        row_lock = row[at["lock"]] if "lock" in at else ""
        table.rows[line_id] = (text, row_lock or lock(base))
        if row_lock and row_lock != lock(base):
            table.outdated.append(line_id)
    return table


def _row_problem(row, header, at, bases) -> str | None:
    if not any(cell.strip() for cell in row):
        return "an empty row"
    if len(row) != len(header):
        return f"{len(row)} columns, expected {len(header)}"
    line_id, text = row[at["id"]], row[at["text"]]
    if "\ufffd" in "".join(row):
        return "bytes that are not UTF-8 text"
    if line_id not in bases:
        return f"unknown line id {line_id!r}"
    try:
        parts = compile_template(text, values_in(bases[line_id]))
        if line_id.startswith("line:"):  # UI strings have no markup
            parse_markup("".join(p if isinstance(p, str) else "0" for p in parts))
    except (ValueError, EvalError) as exc:
        return f"{exc}"
    return None


# ---- pseudo-localisation -----------------------------------------------------------------------

_ACCENTS = str.maketrans("aeiouycnAEIOUYCN", "áéíóúýçñÁÉÍÓÚÝÇÑ")
_VOWELS = "aeiouyAEIOUY"
_SPEAKER = re.compile(r"\A[^:\[{]{1,30}:\s")


def pseudo(text: str, speaker: bool = True) -> str:
    """The `qps` pseudo-language: letters accented and about 30% longer (vowels doubled),
    leaving markup, {n} placeholders, escapes and the speaker's name alone (a line's: UI text
    has none, `speaker=False`), so that layout and missing-translation problems show without a
    translator."""
    speaker = speaker and _SPEAKER.match(text)
    head = speaker.group() if speaker else ""
    out, i = [head], len(head)
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append(text[i:i + 2])
            i += 2
            continue
        if ch in "[{":
            end = text.find("]" if ch == "[" else "}", i)
            end = len(text) - 1 if end == -1 else end
            out.append(text[i:end + 1])
            i = end + 1
            continue
        if ch in _VOWELS:
            out.append(ch.translate(_ACCENTS) * 2)
        else:
            out.append(ch.translate(_ACCENTS))
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def pseudo_table(program) -> Table:
    """The qps table of `program`: every line with an id, story text and UI string, in pseudo()."""
    table = Table()
    for key, base in base_texts(program).items():
        text = pseudo(base, speaker=key.startswith("line:"))
        table.parts[key] = compile_template(text, values_in(base))
        table.rows[key] = (text, lock(base))
    return table


def language_table(language: str, program) -> Table:
    """The table of `language` (not en): qps made from `program`, any other read from
    assets/dialogue/<language>.csv."""
    from game import paths  # looked up when called (tests point it at their own tables)
    if language == PSEUDO:
        return pseudo_table(program)
    return load_table(paths.asset("dialogue", f"{language}.csv"), program)


def languages(folder) -> list[str]:
    """"en" (the script itself), every language with a table in `folder`, and qps."""
    found = {p.stem for p in folder.glob("*.csv") if re.fullmatch(LANGUAGE_CODE, p.stem)} | {PSEUDO}
    return ["en"] + sorted(found - {"en"})
