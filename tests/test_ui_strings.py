"""The UI's words come from one string table (assets/ui/strings.csv) through game.ui.strings.tr:
no text hard-coded in the screens, every id used exists, every string is used, and a language's
table changes what the screens say."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from game.story.strings import parse_table, ui_strings, values_in
from game.story.yarn import YarnProgram
from game.ui import strings as ui

GAME = Path(__file__).resolve().parents[1] / "game"
# everything that draws for the player; game/ui/debug.py is the designers' overlay, in English
UI_MODULES = sorted({*GAME.glob("scenes/*.py"), *GAME.glob("ui/*.py"), *GAME.glob("pieces/*.py"),
                     GAME / "captions.py", GAME / "moment.py", GAME / "app.py",
                     GAME / "saves.py", GAME / "settings.py", GAME / "jsonfile.py"} - {GAME / "ui" / "debug.py"})
# exceptions whose message a player reads (why a save or settings file cannot be used)
PLAYER_ERRORS = {"SaveError", "BadFile"}


def _not_for_players(node: ast.AST) -> list[ast.AST]:
    """Parts of the code whose strings no player reads: exceptions raised (but PLAYER_ERRORS), describe() for tests,
    log messages, text searched for, pygame's own arguments (the window title is the game's name), attribute names
    (getattr), type annotations,
    and @command(...) definitions (the writers' docs)."""
    if isinstance(node, ast.Raise) and not (isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name)
                                            and node.exc.func.id in PLAYER_ERRORS):
        return [node]
    if isinstance(node, ast.FunctionDef) and node.name == "describe":
        return [node]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
        return [a.annotation for a in args if a.annotation] + ([node.returns] if node.returns else [])
    if isinstance(node, ast.AnnAssign):
        return [node.annotation]
    if isinstance(node, ast.Compare):  # text looked for in another (a library's warning)
        return [node]
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute) and node.func.attr in LOGGED:
            return [node]
        func = node.func
        while isinstance(func, ast.Attribute):
            func = func.value
        if isinstance(func, ast.Name) and func.id in ("log", "logging", "pygame", "command", "getattr"):
            return [node]
    return []


LOGGED = {"_use_cpu"}  # methods that only write their text to the log


# data that reads like words: the runway's cue pattern (directions)
NOT_WORDS = {"left right up . left right down . up up left right . down left right"}


def _words(node: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of the string constants in a module that read as words for a player: not
    docstrings, log messages, exceptions raised, describe() for tests, ids and names."""
    skip: set[int] = set()
    for sub in ast.walk(node):
        body = getattr(sub, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))  # a docstring
        for quiet in _not_for_players(sub):
            skip.update(id(n) for n in ast.walk(quiet))
    found = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and id(sub) not in skip:
            text = sub.value
            if text not in NOT_WORDS and re.search(r"[A-Za-z]{3}", text) and (re.search(r"[a-z]{2,} +[A-Za-z]", text)
                                                    or re.fullmatch(r"[A-Z][a-z]{2,}[.!?]?|[A-Z]{3,}[.!?]?", text)):
                found.append((sub.lineno, text))
    return found


def test_no_ui_text_is_hard_coded_in_the_screens():
    literal = [f"{path.relative_to(GAME.parent)}:{line}: {text!r}"
               for path in UI_MODULES for line, text in _words(ast.parse(path.read_text(encoding="utf-8")))]
    assert literal == [], "\n".join(literal)


def test_the_scan_finds_text_drawn_from_a_literal():
    code = ('def draw(surface, small):\n'
            '    """Draws it."""\n'
            '    small.draw(surface, "Nothing has been said yet.", (1, 2), (0, 0, 0))\n'
            '    MenuItem("Resume", close)\n'
            '    raise SaveError("the player is inside a wall")\n'
            '    raise ValueError("not for the player either")\n'
            '    log.warning("not for the player %s", x)\n'
            '    small.draw(surface, tr("history.empty"), (1, 2), colour("grey_light"), align="center")\n')
    assert [t for _, t in _words(ast.parse(code))] == ["Nothing has been said yet.", "Resume",
                                                       "the player is inside a wall"]


def _ids_in_code() -> tuple[set[str], set[str], set[str]]:
    """Ids passed to tr() as literals; the fixed starts of ids passed to tr() as f-strings; and
    the starts of every f-string that could make an id at run time (f"item.{item}")."""
    exact, to_tr, made = set(), set(), set()
    for path in GAME.rglob("*.py"):
        for sub in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "tr" and sub.args:
                arg = sub.args[0]
                if isinstance(arg, ast.Constant):
                    exact.add(arg.value)
                elif isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant):
                    to_tr.add(arg.values[0].value)
            elif isinstance(sub, ast.JoinedStr) and isinstance(sub.values[0], ast.Constant) \
                    and re.fullmatch(r"[a-z_]+\.[a-z_]*", sub.values[0].value):
                made.add(sub.values[0].value)
    return exact, to_tr, made


def test_every_id_the_game_asks_for_is_in_the_table_and_every_string_is_used():
    table = ui_strings()
    exact, to_tr, made = _ids_in_code()
    assert sorted(exact - set(table)) == []
    assert [p for p in to_tr if not any(key.startswith(p) for key in table)] == []
    constants = {sub.value for path in GAME.rglob("*.py")
                 for sub in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(sub, ast.Constant) and isinstance(sub.value, str)}
    unused = [key for key in table if key not in constants and not any(key.startswith(p) for p in made)]
    assert unused == []


def test_the_table_is_read_with_clear_messages(tmp_path):
    bad = tmp_path / "strings.csv"
    bad.write_text("id,text,comment\nmenu.back,Back,\nmenu.back,Again,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"strings.csv:3: menu.back again \(first at row 2\)"):
        ui_strings(bad)
    bad.write_text("id,text,comment\nNot an id,Back,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"strings.csv:2: expected an id"):
        ui_strings(bad)
    assert values_in("{0} is bound to {1} and {2}") == 3 and values_in("Back") == 0


def test_a_language_table_changes_what_the_ui_says_and_falls_back_per_string():
    program = YarnProgram.from_source("title: A\n---\nHi. #line:hi\n===\n", "a.yarn")
    data = ("language,id,text,file,node,lineNumber,lock,comment\n"
            "de,pause.resume,Weiter,ui,pause,2,,\n"
            "de,saves.saved,Gespeichert in {0}.,ui,saves,3,,\n"
            "de,saves.deleted,{1} weg,ui,saves,4,,\n").encode()
    table = parse_table(data, "de.csv", program)
    assert table.problems == ["de.csv:4: {1} but the line has 1 value(s); the base text is used"]
    try:
        ui.use_language(table.parts)
        assert ui.tr("pause.resume") == "Weiter"
        assert ui.tr("saves.saved", "Slot 2") == "Gespeichert in Slot 2."
        assert ui.tr("saves.deleted", "Slot 2") == "Slot 2 deleted."   # the bad row: English
        assert ui.tr("pause.quit") == "Quit to title"                   # not translated: English
    finally:
        ui.use_language({})
    assert ui.tr("pause.resume") == "Resume"


def test_every_key_a_player_can_bind_reads_as_a_ui_string():
    """A key is shown by its string (key.left_shift: "Left Shift"), so another language names it
    too; letters, digits, signs and F-keys are shown as printed on the key."""
    import pygame
    from game.input import key_label, key_string
    names = {pygame.key.name(getattr(pygame, k)) for k in dir(pygame) if k.startswith("K_")} - {""}
    table = ui_strings()
    words = sorted(n for n in names if len(n) > 1 and not re.fullmatch(r"f\d+", n))
    assert len(words) > 40 and [n for n in words if key_string(n) not in table] == []
    assert [key_label(n) for n in ("left shift", "return", "[7]", "e", "f5", "/")] == \
        ["Left Shift", "Enter", "Keypad 7", "E", "F5", "/"]
    try:
        ui.use_language({"key.left_shift": ["Umschalt links"]})
        assert key_label("left shift") == "Umschalt links"
    finally:
        ui.use_language({})
