import random

import pytest

from game.story.yarn import (Command, Dialogue, DialogueEnd, Line, Options, VISIT_PREFIX,
                             YarnProgram, YarnRuntimeError)
from yarn_helpers import node, play


def first_line(body, **kw):
    program = YarnProgram.from_source(node(body))
    d = Dialogue(program, **kw)
    d.start("Start")
    return d.next()


def test_nodes_headers_comments_and_blank_lines():
    src = ("// a file comment\n\ntitle: Start\nmap: club\nspawn: door\n---\n"
           "// a comment\n\nMae: hello // trailing comment\n\nBea: bye\n===\n"
           "title: Other\ntracking: never\n---\nOther line\n===\n")
    program = YarnProgram.from_source(src, "c1.yarn")
    assert program.node_names == ["Start", "Other"]
    start = program.nodes["Start"]
    assert start.headers["map"] == "club" and start.headers["spawn"] == "door"
    assert start.filename == "c1.yarn" and start.line == 3
    assert program.nodes["Other"].tracking is False and start.tracking is True
    assert play(src) == ["L:Mae: hello", "L:Bea: bye"]


def test_line_fields_speaker_tags_and_ids():
    line = first_line("Mae: hello there #line:a1 #sad")
    assert isinstance(line, Line)
    assert (line.raw, line.speaker, line.text) == ("Mae: hello there", "Mae", "hello there")
    assert line.tags == ["line:a1", "sad"] and line.line_id == "line:a1"
    plain = first_line("No speaker here")
    assert plain.speaker is None and plain.text == "No speaker here"
    # Without a #line: tag the id is a stable hash of file name + node + source text.
    again = first_line("No speaker here")
    other = first_line("No speaker, here")
    assert plain.line_id.startswith("auto:") and plain.line_id == again.line_id
    assert plain.line_id != other.line_id


def test_escapes():
    line = first_line(r"Mae: \{not\} \<\<code\>\> \#tag \/\/ \\ \[b\] \: done")
    assert line.text == r"{not} <<code>> #tag // \ [b] \: done".replace(r"\:", ":")
    assert line.markup == []


def test_line_condition():
    src = node("<<set $x to 2>>\nShown <<if $x > 1>>\nHidden <<if $x > 5>> #line:h\nEnd")
    assert play(src) == ["L:Shown", "L:End"]


def test_inline_expressions_in_lines_options_commands():
    src = node('<<set $name to "Jimmy">>\n<<set $n to 3>>\n'
               "Hi {$name}, {1 + 2} and {$n / 2}.\n"
               "-> Pay {$n} dollars\n"
               "<<walk {$name} to bar_{$n}>>")
    assert play(src, [0]) == ["L:Hi Jimmy, 3 and 1.5.", "O:Pay 3 dollars", "C:walk Jimmy to bar_3"]


def test_bool_interpolates_like_yarn():
    assert first_line("<<set $b to true>>\nIt is {$b}.").text == "It is True."


def test_commands_are_passed_through():
    program = YarnProgram.from_source(node("<<wait 2>>\n<<camera pan roof>> #tag"), "a.yarn")
    d = Dialogue(program)
    d.start("Start")
    cmd = d.next()
    assert cmd == Command("wait 2", "a.yarn", 3, "Start")
    assert d.next().raw == "camera pan roof"
    assert isinstance(d.next(), DialogueEnd)
    # In a command, // # \ and } are plain text; only {expressions} are special (Yarn's lexer).
    program = YarnProgram.from_source(node('<<open "http://x" #ff00ff {1 + 1} a\\b}>>'))
    d = Dialogue(program)
    d.start("Start")
    assert d.next().raw == 'open "http://x" #ff00ff 2 a\\b}'
    assert isinstance(d.next(), DialogueEnd)


def test_shortcut_options_nested_by_indentation():
    src = node("Q\n-> A\n    Picked A\n    -> A1\n        Deep\n    -> A2\n    After A\n"
               "-> B\n    Picked B\nDone")
    assert play(src, [0, 0]) == ["L:Q", "O:A|B", "L:Picked A", "O:A1|A2", "L:Deep",
                                 "L:After A", "L:Done"]
    assert play(src, [1]) == ["L:Q", "O:A|B", "L:Picked B", "L:Done"]


def test_a_tab_indents_as_eight_spaces_as_in_yarn():
    """A tab-indented line under a five-space option is that option's body (8 > 5), so the option
    after it is still in the same group."""
    src = node("Q\n-> A\n     -> A1\n\tUnder A1\n     -> A2\nDone")
    assert play(src, [0, 1]) == ["L:Q", "O:A", "O:A1|A2", "L:Done"]
    assert play(src, [0, 0]) == ["L:Q", "O:A", "O:A1|A2", "L:Under A1", "L:Done"]


def test_options_fields_and_unavailable_options():
    program = YarnProgram.from_source(node(
        "<<set $cash to 0>>\n-> Mae: Buy [b]it[/b] <<if $cash > 5>> #line:o1\n-> Leave #x"))
    d = Dialogue(program)
    d.start("Start")
    ev = d.next()
    assert isinstance(ev, Options) and len(ev.options) == 2
    buy, leave = ev.options
    assert (buy.raw, buy.text, buy.speaker, buy.available) == ("Mae: Buy it", "Buy it", "Mae",
                                                               False)
    assert buy.tags == ["line:o1"] and buy.line_id == "line:o1"
    assert [(a.name, a.position, a.length) for a in buy.markup] == [("b", 4, 2)]
    assert leave.available and leave.tags == ["x"]
    with pytest.raises(YarnRuntimeError) as info:
        d.select(0)
    assert str(info.value) == "<string>:4 (node Start): option 0 ('Buy it') is not available"
    d.select(1)
    assert isinstance(d.next(), DialogueEnd)


def test_blank_line_after_option_starts_a_new_group():
    src = node("-> A\n-> B\n\n-> C\n-> D")
    assert play(src, [0, 1]) == ["O:A|B", "O:C|D"]


def test_blank_line_after_an_options_body_also_ends_the_group():
    # Yarn's lexer ends the group at a blank line straight after the option's content,
    # whether that is the option itself or the last line of its body.
    src = node("-> A\n    a\n\n-> B\n    b")
    assert play(src, [0, 0]) == ["O:A", "L:a", "O:B", "L:b"]
    assert play(node("-> A\n    a\n-> B\n    b"), [1]) == ["O:A|B", "L:b"]


def test_set_both_forms_and_declare():
    src = node("<<declare $gold = 5>>\n<<declare $name = \"Mae\" as String>>\n"
               "<<set $gold to $gold + 1>>\n<<set $gold = $gold * 2>>\n{$name} has {$gold}.")
    variables = {}
    assert play(src, variables=variables) == ["L:Mae has 12."]
    assert variables["$gold"] == 12 and "$name" not in variables


def test_declared_value_used_only_when_mapping_lacks_it():
    src = node("<<declare $gold = 5>>\nGold {$gold}")
    assert play(src, variables={"$gold": 40}) == ["L:Gold 40"]


def test_undeclared_variables_get_their_inferred_type_default():
    src = node("Count {$count}, flag {$flag}.\n<<set $count to $count + 1>>\n"
               "<<set $flag to not $flag>>")
    assert play(src) == ["L:Count 0, flag False."]


def test_if_elseif_else():
    src = node("<<if $x == 1>>\none\n<<elseif $x == 2>>\ntwo\n<<else if $x == 3>>\nthree\n"
               "<<else>>\nmany\n<<endif>>\nend\n<<declare $x = 0>>")
    for x, word in [(1, "one"), (2, "two"), (3, "three"), (9, "many")]:
        assert play(src, variables={"$x": x}) == [f"L:{word}", "L:end"]


def test_nested_if_inside_options():
    src = node("-> A\n    <<if true>>\n        yes\n        -> deeper\n            d\n    <<else>>\n"
               "        no\n    <<endif>>\n    after\n-> B\nend")
    assert play(src, [0, 0]) == ["O:A|B", "L:yes", "O:deeper", "L:d", "L:after", "L:end"]


def test_jump_static_and_expression_and_visits():
    src = (node("<<if visited(\"Shop\")>>\nBack\n<<endif>>\n<<jump Shop>>\nnever shown") +
           node("Shop {visited_count(\"Shop\")}\n<<jump {\"En\" + \"d\"}>>", "Shop") +
           node("Shop now {visited_count(\"Shop\")}, start {visited(\"Start\")}", "End"))
    variables = {}
    assert play(src, variables=variables) == ["L:Shop 0", "L:Shop now 1, start True"]
    assert variables[VISIT_PREFIX + "Start"] == 1
    assert variables[VISIT_PREFIX + "Shop"] == 1
    assert variables[VISIT_PREFIX + "End"] == 1
    # visits live in the game's mapping, so a second run sees them
    assert play(src, variables=variables) == ["L:Back", "L:Shop 1", "L:Shop now 2, start True"]


def test_node_counts_as_visited_only_when_exited():
    src = node('Inside: {visited("Start")}')
    variables = {}
    assert play(src, variables=variables) == ["L:Inside: False"]
    assert play(src, variables=variables) == ["L:Inside: True"]


def test_tracking_never_is_not_counted():
    src = node("x", headers="tracking: never\n")
    variables = {}
    play(src, variables=variables)
    assert variables == {}


def test_stop_ends_and_counts_visit():
    variables = {}
    assert play(node("a\n<<stop>>\nb"), variables=variables) == ["L:a"]
    assert variables[VISIT_PREFIX + "Start"] == 1


def test_call_runs_a_function():
    seen = []
    src = node('<<call note("hi", 1 + 1)>>\nok')
    assert play(src, functions={"note": lambda *a: seen.append(a)}) == ["L:ok"]
    assert seen == [("hi", 2)]


def test_game_functions_in_conditions():
    inventory = {"key"}
    src = node('Door <<if has_item("key")>>\nWall <<if has_item("axe")>>\n'
               "-> Beat seven <<if beat(7)>>\n-> Other")
    out = play(src, [1], functions={"has_item": lambda n: n in inventory,
                                    "beat": lambda n: n < 5})
    assert out == ["L:Door", "O:~Beat seven|Other"]


def test_random_builtins_are_seeded_by_rng():
    src = node("{dice(6)} {random_range(1, 100)} {round_places(random(), 3)}")
    assert play(src, rng=random.Random(3)) == play(src, rng=random.Random(3))
    assert play(src) == play(src)  # default Random(0)
    results = {play(src, rng=random.Random(s))[0] for s in range(5)}
    assert len(results) > 1


def test_load_several_files(tmp_path):
    (tmp_path / "a.yarn").write_text(node("A\n<<jump B>>"))
    (tmp_path / "b.yarn").write_text(node("B", "B"))
    program = YarnProgram.load(tmp_path)
    assert program.nodes["B"].filename.endswith("b.yarn")
    d = Dialogue(program)
    d.start("Start")
    assert [d.next().raw, d.next().raw] == ["A", "B"]
    program2 = YarnProgram.load([tmp_path / "a.yarn", tmp_path / "b.yarn"])
    assert program2.node_names == ["Start", "B"]


def test_next_after_end_keeps_returning_end():
    program = YarnProgram.from_source(node("x"))
    d = Dialogue(program)
    d.start("Start")
    d.next()
    assert isinstance(d.next(), DialogueEnd) and isinstance(d.next(), DialogueEnd)
    assert d.current_node is None


def test_stop_abandons_without_counting_and_start_restarts():
    program = YarnProgram.from_source(node("one\ntwo") + node("other", "B"))
    variables = {}
    d = Dialogue(program, variables=variables)
    d.start("Start")
    assert d.next().raw == "one" and d.current_node == "Start"
    d.stop()
    assert isinstance(d.next(), DialogueEnd) and variables == {}
    d.start("Start")
    d.start("B")  # starting again abandons the conversation under way
    assert d.next().raw == "other"
    assert isinstance(d.next(), DialogueEnd)
    assert variables == {VISIT_PREFIX + "B": 1}


def test_jumping_back_to_the_same_node_counts_each_exit():
    src = node('Pass {visited_count("Start")}\n<<if visited_count("Start") < 2>>\n'
               "<<jump Start>>\n<<endif>>")
    variables = {}
    assert play(src, variables=variables) == ["L:Pass 0", "L:Pass 1", "L:Pass 2"]
    assert variables[VISIT_PREFIX + "Start"] == 3


def test_variables_can_be_any_mutable_mapping():
    from collections import UserDict
    store = UserDict({"$cash": 7})
    assert play(node("<<set $cash to $cash + 1>>\n{$cash}"), variables=store) == ["L:8"]
    assert store["$cash"] == 8 and store[VISIT_PREFIX + "Start"] == 1


def test_automatic_line_ids_ignore_the_folder_but_not_the_file_or_node():
    def first_id(filename, title="Start"):
        program = YarnProgram.from_source(node("Same words", title), filename)
        d = Dialogue(program)
        d.start(title)
        return d.next().line_id
    assert first_id("/home/a/ch1.yarn") == first_id("C:/b/ch1.yarn") == first_id("ch1.yarn")
    assert first_id("ch1.yarn") != first_id("ch2.yarn")
    assert first_id("ch1.yarn") != first_id("ch1.yarn", "Other")
