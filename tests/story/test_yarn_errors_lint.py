import pytest

from game.story.yarn import (Dialogue, DialogueEnd, Options, YarnProgram, YarnRuntimeError,
                             YarnSyntaxError, generate_script)
from yarn_helpers import node, play


@pytest.mark.parametrize("source, line, column, message", [
    ("title: Start\n---\nhello\n", 2, 1, "no closing '==='"),
    ("---\nhello\n===\n", 1, 1, "no title"),
    ("title: Bad Name\n---\n===\n", 1, 8, "bad node title"),
    ("title: A\nnot a header\n---\n===\n", 2, 1, "expected a 'key: value' header"),
    ("title: A\n---\n<<if true>>\nx\n===\n", 3, 1, "without a matching <<endif>>"),
    ("title: A\n---\n<<endif>>\n===\n", 3, 1, "<<endif>> without an <<if>>"),
    ("title: A\n---\n  <<else>>\n===\n", 3, 3, "<<else>> without an <<if>>"),
    ("title: A\n---\n<<set $x to>>\n===\n", 3, 12, "<<set>> needs a value"),
    ("title: A\n---\n<<set x to 1>>\n===\n", 3, 7, "<<set>> is written"),
    ("title: A\n---\nHi {1 +}\n===\n", 3, 8, "expression ends too early"),
    ("title: A\n---\nHi {1 + 2\n===\n", 3, 4, "'{' without a matching '}'"),
    ("title: A\n---\nHi }\n===\n", 3, 4, "unexpected '}'"),
    ("title: A\n---\n<<jump>>\n===\n", 3, 7, "<<jump>> needs a node title"),
    ("title: A\n---\n<<wait 2\n===\n", 3, 1, "'<<' without a matching '>>'"),
    ("title: A\n---\nText <<set $x to 1>>\n===\n", 3, 6, "only a trailing <<if"),
    ("title: A\n---\n-> A <<if 1 +>>\n===\n", 3, 14, "expression ends too early"),
    ("title: A\n---\n<<declare $x = 1 as string>>\n===\n", 3, 1, "declared as string"),
    ("title: A\n---\n<<declare $x = 1 as colour>>\n===\n", 3, 1, "unknown type"),
    ("title: A\n---\n<<declare $x = $y>>\n<<declare $y = not $x>>\n===\n", 3, 1,
     "depends on itself"),
    ("title: A\n---\n<<declare $x = 1>>\n<<declare $x = 2>>\n===\n", 4, 1, "already declared"),
    ("title: A\n---\n<<stop now>>\n===\n", 3, 8, "takes nothing"),
    ("title: A\n---\n<<call 1 + 2>>\n===\n", 3, 8, "needs a function call"),
    ("title: A\n---\nHi #\n===\n", 3, 4, "expected a #tag"),
])
def test_syntax_errors_have_file_line_column(source, line, column, message):
    with pytest.raises(YarnSyntaxError) as info:
        YarnProgram.from_source(source, "ch1.yarn")
    err = info.value
    assert (err.filename, err.line, err.column) == ("ch1.yarn", line, column), str(err)
    assert message in err.message
    assert str(err) == f"ch1.yarn:{line}:{column}: {err.message}"


def run_until_error(source):
    program = YarnProgram.from_source(source, "ch2.yarn")
    d = Dialogue(program, variables={"$word": "hi"})
    d.start("Start")
    with pytest.raises(YarnRuntimeError) as info:
        for _ in range(20):
            ev = d.next()
            if isinstance(ev, Options):
                d.select(0)
            if isinstance(ev, DialogueEnd):
                break
    return str(info.value)


@pytest.mark.parametrize("body, message", [
    ("ok\n<<set $n to $word + 1>>", "ch2.yarn:4 (node Start): '+' needs two numbers"),
    ("<<if $word>>\nx\n<<endif>>", "ch2.yarn:3 (node Start): condition '$word' gives 'hi', not a bool"),
    ("<<set $word to 3>>", "ch2.yarn:3 (node Start): cannot set $word (a string) to the number"),
    ("<<jump Nowhere>>", "ch2.yarn:3 (node Start): <<jump>> to missing node 'Nowhere'"),
    ("<<jump {$word}>>", "ch2.yarn:3 (node Start): <<jump>> to missing node 'hi'"),
    ("<<call missing()>>", "ch2.yarn:3 (node Start): unknown function missing()"),
])
def test_runtime_errors_name_file_line_and_node(body, message):
    assert run_until_error(node(body)).startswith(message)


def test_type_of_a_value_from_the_game_enforced_on_set():
    msg = run_until_error(node("<<set $word to $word + 1>>"))
    assert msg.startswith("ch2.yarn:3 (node Start): '+' needs two numbers, not the string 'hi'")


def test_start_unknown_node_and_select_errors():
    program = YarnProgram.from_source(node("-> A\n-> B"))
    d = Dialogue(program)
    with pytest.raises(YarnRuntimeError, match="no node named 'Nope'"):
        d.start("Nope")
    d.start("Start")
    with pytest.raises(YarnRuntimeError, match="no options are waiting"):
        d.select(0)
    assert not d.awaiting_selection
    d.next()
    assert d.awaiting_selection and d.current_node == "Start"
    with pytest.raises(YarnRuntimeError, match="waiting for select"):
        d.next()
    with pytest.raises(YarnRuntimeError, match="option 5 does not exist"):
        d.select(5)
    d.select(1)
    assert isinstance(d.next(), DialogueEnd)


def test_lint_reports_problems_with_locations():
    a = (node("<<jump Missing>>\nHi #line:dup\nx <<if $never>>\n<<set $made to 1>>\n{$made}") +
         node('Again #line:dup\n<<if visited("Ghost")>>\n<<endif>>', "Other"))
    program = YarnProgram.from_source(a, "a.yarn")
    problems = {(p.file, p.line, p.severity, p.message) for p in program.lint()}
    assert ("a.yarn", 3, "error", "jump to missing node 'Missing'") in problems
    assert ("a.yarn", 11, "error", "duplicate line id #line:dup (first at a.yarn:4)") in problems
    assert ("a.yarn", 5, "warning", "variable $never is read but never set or declared") \
        in problems
    assert ("a.yarn", 12, "warning", "visited() of missing node 'Ghost'") in problems
    assert not any("$made" in p[3] for p in problems)
    assert len(problems) == 4


def test_duplicate_titles_across_files_do_not_load(tmp_path):
    # Yarn refuses two nodes with one title (unless they form a node group).
    (tmp_path / "a.yarn").write_text(node("x", "Same"))
    (tmp_path / "b.yarn").write_text("\n\n" + node("y", "Same"))
    with pytest.raises(YarnSyntaxError) as info:
        YarnProgram.load(tmp_path)
    err = info.value
    assert err.line == 3 and err.filename.endswith("b.yarn")
    assert "duplicate node title 'Same'" in err.message and "a.yarn:1" in err.message


def test_iter_statements_lists_commands_jumps_and_calls():
    src = node('<<walk {$who} to bar>>\n-> Go <<if has_item("key")>>\n    <<jump Roof>>\n'
               '<<call beat(7)>>\n<<jump {"Ro" + "of"}>>\n<<declare $who = "jimmy">>', "Club") + \
        node("x", "Roof")
    program = YarnProgram.from_source(src, "c.yarn")
    got = list(program.iter_statements())
    assert ("Club", "c.yarn", 3, "command", "walk {$who} to bar") in got
    assert ("Club", "c.yarn", 4, "function", 'has_item("key")') in got
    assert ("Club", "c.yarn", 5, "jump", "Roof") in got
    assert ("Club", "c.yarn", 6, "function", "beat(7)") in got
    assert ("Club", "c.yarn", 7, "jump", '{"Ro" + "of"}') in got
    assert len(got) == 5


def test_generated_script_runs_to_the_end_and_is_deterministic():
    text = generate_script(30)
    assert text == generate_script(30)
    program = YarnProgram.from_source(text, "gen.yarn")
    assert len(program.nodes) == 30 and program.lint() == []
    out = play(text, [0] * 29, start="Node_0")
    assert out[-1] == "C:walk margaret to bar_4" and sum(s.startswith("O:") for s in out) == 29


def test_two_thousand_nodes_load():
    # How fast is measured by `liquid-sky bench` (python -m game.story.bench), not here.
    program = YarnProgram.from_source(generate_script(2000), "bench.yarn")
    assert len(program.nodes) == 2000 and program.lint() == []


def test_lint_warns_about_visited_of_untracked_node():
    src = node('{visited_count("Quiet")}') + node("q", "Quiet", headers="tracking: never\n")
    [problem] = YarnProgram.from_source(src, "q.yarn").lint()
    assert problem.severity == "warning" and "tracking: never" in problem.message


def test_story_package_imports_no_pygame():
    import subprocess
    import sys
    code = ("import sys, game.story.yarn, game.story.expressions, game.story.bench; "
            "print(any(m.startswith('pygame') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_type_error_is_reported_at_load():
    src = node('<<declare $cash = 0>>\n<<declare $name = "Mae">>\n'
               '<<if $cash == "lots">>\n<<endif>>\n'       # line 5
               "Hi <<if $cash + 1>>\n"                     # line 7
               "<<set $name to $cash * 2>>\n"              # line 8
               '{$name - 1} {not $cash} {"a" + 1}\n'       # line 9
               "<<set $cash to $cash + 1>>\n"              # fine
               '<<if $cash > 1 and $name == "Bea">>\n<<endif>>\n'  # fine
               "<<jump {$cash}>>\n"                        # line 13
               "{$nobody}\n"                               # line 14
               "<<if lucky()>>\n<<endif>>\n{lucky() + 1}\n"  # line 17
               "{lucky(2)}\n<<set $cash to lucky()>>")    # lines 18, 19
    with pytest.raises(YarnSyntaxError) as info:
        YarnProgram.from_source(src, "t.yarn")
    assert [(e.line, e.message) for e in info.value.errors] == [
        (5, 'cannot compare a number with a string in ($cash == "lots")'),
        (7, "the <<if>> condition '$cash + 1' gives a number, not a bool"),
        (8, "$name holds a string but is set to a number ($cash * 2)"),
        (9, "'-' needs numbers, not a string ($name), in ($name - 1)"),
        (9, "'not' needs bools, not a number ($cash), in not $cash"),
        (9, """'+' needs two numbers or two strings, not a string and a number, in ("a" + 1)"""),
        (13, "<<jump {$cash}>> needs a node title (a string), not a number"),
        (14, "the type of $nobody cannot be worked out from how it is used: declare it, e.g. "
             "<<declare $nobody = 0>> (or = \"\" or = false)"),
        (17, "'+' needs numbers or strings, not a bool, in (lucky() + 1)"),
        (18, "lucky() is called with 1 argument(s) here but 0 at t.yarn:15"),
        (19, "lucky() is used as a number here but as a bool at t.yarn:15"),
        (19, "$cash holds a number but is set to a bool (lucky())"),
    ]
    from game.story.typecheck import check_condition
    assert check_condition('1 == "a"') == 'cannot compare a number with a string in (1 == "a")'


def test_a_variable_set_from_a_function_of_unknown_type_needs_a_declaration():
    """As in Yarn, a variable and a game function cannot both be left to inference alone."""
    with pytest.raises(YarnSyntaxError, match=r"u.yarn:3:1: the type of \$a cannot be worked out"):
        YarnProgram.from_source(node("<<set $a = luck()>>"), "u.yarn")
    assert YarnProgram.from_source(node("<<set $a = luck()>>\n<<if $a>>\n<<endif>>")).types["$a"] == "bool"


def test_types_are_inferred_from_use_as_yarn_declares_them():
    # Used as a condition: a bool, false until set; compared with a string: a string.
    src = node('x <<if $met>>\n<<if $who == "Jimmy">>\n    j\n<<endif>>\n{$who}|{$met}')
    program = YarnProgram.from_source(src)
    assert program.types["$met"] == "bool" and program.types["$who"] == "string"
    assert play(src) == ["L:|False"]


def test_failing_game_function_is_reported_with_location_and_cause():
    def has_item(name):
        raise KeyError(name)
    program = YarnProgram.from_source(node('Door <<if has_item("key")>>'), "f.yarn")
    d = Dialogue(program, functions={"has_item": has_item})
    d.start("Start")
    with pytest.raises(YarnRuntimeError) as info:
        d.next()
    assert str(info.value) == "f.yarn:3 (node Start): has_item() failed: KeyError: 'key'"
    assert isinstance(info.value.__cause__, KeyError)
