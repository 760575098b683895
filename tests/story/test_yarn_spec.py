"""Yarn Spinner's documented behaviour, case by case (the language reference, the 2.3-3.x change
log and the compiler's diagnostics), run through the game's runtime."""

import pytest

from game.story.yarn import Dialogue, DialogueEnd, Line, Options, YarnProgram, YarnSyntaxError
from yarn_helpers import node, play


@pytest.mark.parametrize("op, start, expected", [
    ("+=", 7, 9), ("-=", 7, 5), ("*=", 7, 14), ("/=", 7, 3.5), ("%=", 7, 1)])
def test_compound_assignment(op, start, expected):
    variables = {}
    src = node(f"<<declare $n = {start}>>\n<<set $n {op} 2>>\n{{$n}}")
    assert play(src, variables=variables) == [f"L:{expected}"]
    assert variables["$n"] == expected


def test_compound_assignment_binds_the_whole_right_side():
    assert play(node("<<declare $n = 10>>\n<<set $n -= 2 + 3>>\n{$n}")) == ["L:5"]
    assert play(node('<<declare $s = "a">>\n<<set $s += "b">>\n{$s}')) == ["L:ab"]


def test_hashtags_at_the_top_of_a_file_are_file_tags():
    program = YarnProgram.from_source("#chapter_one #draft\n\n" + node("Hi"), "f.yarn")
    assert program.file_tags["f.yarn"] == ["chapter_one", "draft"]
    assert play("#chapter_one\n" + node("Hi")) == ["L:Hi"]


def test_a_lone_closing_bracket_is_text():
    assert play(node("Smile :]\nA ] B")) == ["L:Smile :]", "L:A ] B"]


def test_identifiers_may_be_non_ascii():
    src = node('<<declare $café = "noir">>\nUn {$café}.\n<<jump Überall>>') + \
        node("Ça va.", "Überall")
    assert play(src) == ["L:Un noir.", "L:Ça va."]


def test_a_command_may_start_with_an_expression():
    assert play(node('<<declare $cmd = "wave">>\n<<{$cmd} margaret twice>>')) == \
        ["C:wave margaret twice"]


def test_a_command_ends_at_its_first_closing_chevrons():
    """Yarn's lexer ends a command at the first `>>`: what follows is a line, shown as written,
    with a warning (YS0064 for chevrons alone, YS0019 for text); a `<` too many is part of the
    command's text (YS0064)."""
    assert play(node("<<wait 1>>> hi")) == ["C:wait 1", "L:> hi"]
    assert play(node("<<wait 1>>>")) == ["C:wait 1", "L:>"]
    assert play(node("<<stop>>>\nnever")) == []
    assert play(node("<<<wait 1>>")) == ["C:<wait 1"]
    program = YarnProgram.from_source(node("<<wait 1>>>\n<<<wait 2>>\n<<wait 3>>> hi"), "w.yarn")
    assert [(p.line, p.message) for p in program.lint() if p.severity == "warning"] == [
        (3, "extra '>' after <<wait 1>>: shown as a line of its own"),
        (4, "extra '<' before <<wait 2>>"),
        (5, "'> hi' follows <<wait 3>> on its line: it runs after it; commands should be on "
            "their own line")]


def test_text_after_a_command_is_a_line_after_it_with_a_warning():
    """Yarn Spinner 3.2 reads `<<wait 1>> hello` as the command, then the line (YS0019: a
    warning, not an error); after a statement such as <<set>> the line simply follows."""
    src = node('<<wait 1>> hello #line:h1\n<<set $n to 2>> {$n} left')
    assert play(src) == ["C:wait 1", "L:hello", "L:2 left"]
    program = YarnProgram.from_source(src, "w.yarn")
    [warning] = [p for p in program.lint() if p.severity == "warning"]
    assert warning.line == 3 and "'hello #line:h1' follows <<wait 1>>" in warning.message
    assert program.nodes["Start"].body[1].line_id == "line:h1"


@pytest.mark.parametrize("x, first", [(1, "L:One."), (2, "L:Two."), (3, "L:Else.")])
def test_text_after_a_block_word_is_the_statement_that_follows_it(x, first):
    """In Yarn's grammar a block opens with `<<if e>> statement*`, and the lexer is back in the
    body after `>>`: text there is the block's first line (after <<endif>>: the line after the
    block). No warning: Yarn's YS0019 is for text after a game command."""
    src = node(f"<<declare $x = {x}>>\n"
               "<<if $x == 1>> One.\n"
               "<<elseif $x == 2>> Two.\n"
               "<<else>> Else.\n"
               "<<endif>> After.\n"
               "<<once>> First.\n"
               "<<else>> Again.\n"
               "<<endonce>>\n"
               "<<once if $x > 1>> Once more.\n"
               "<<endonce>>")
    variables = {}
    more = ["L:Once more."] if x > 1 else []
    assert play(src, variables=variables) == [first, "L:After.", "L:First."] + more
    assert play(src, variables=variables) == [first, "L:After.", "L:Again."]
    program = YarnProgram.from_source(src, "b.yarn")
    assert [p for p in program.lint() if p.severity == "warning"] == []
    assert [s.line for s in program.nodes["Start"].body[1].clauses[0][1]] == [4]


def test_statements_may_follow_each_other_on_one_line():
    assert play(node("<<declare $n = 0>>\n<<if true>><<set $n to 4>><<endif>>{$n} left")) == \
        ["L:4 left"]
    assert play(node("-> A\n    <<if false>> Not shown.\n    <<endif>> In the option.\nOut."),
                [0]) == ["O:A", "L:In the option.", "L:Out."]


def test_a_tag_after_a_statement_that_is_not_a_command_is_an_error():
    """Tags belong to lines, options and commands (`<<stop>>` is a command in Yarn)."""
    with pytest.raises(YarnSyntaxError, match=r"t.yarn:3:13: a #tag cannot follow <<if>>"):
        YarnProgram.from_source(node("<<if true>> #mood:x\n<<endif>>"), "t.yarn")
    with pytest.raises(YarnSyntaxError, match="cannot follow <<set>>"):
        YarnProgram.from_source(node("<<set $n to 1>> #x"), "t.yarn")
    assert play(node("<<wait 1>> #x\n<<stop>> #y")) == ["C:wait 1"]


def test_a_whitespace_only_line_is_blank_unless_it_is_as_deep_as_an_options_body():
    """Yarn's lexer counts a whitespace-only line's indentation: as deep as the option's body it
    keeps the group going; shallower, it is a blank line and ends the group."""
    for blank in ("", "  "):
        assert play(node(f"-> A\n    a\n{blank}\n-> B\n    b"), [0, 0]) == ["O:A", "L:a", "O:B", "L:b"]
    assert play(node("-> A\n    a\n    \n-> B\n    b"), [1]) == ["O:A|B", "L:b"]
    assert play(node("-> A\n    a\n        \n-> B\n    b"), [1]) == ["O:A|B", "L:b"]


def test_every_syntax_error_in_a_file_is_reported_in_one_load():
    src = ("title: A\n---\n"
           "<<set $x to (1 + >>\n"        # 3
           "fine\n"
           "Hi }\n"                      # 5
           "-> Go <<if 1 +>>\n"          # 6
           "    <<jump>>\n"              # 7
           "<<if>>\n"                    # 8
           "<<endif>>\n"
           "===\n"
           "title: Bad Name\n---\n"      # 11
           "<<endif>>\n"                 # 13
           "===\n")
    with pytest.raises(YarnSyntaxError) as info:
        YarnProgram.from_source(src, "many.yarn")
    got = [(e.line, e.message.split(" (")[0]) for e in info.value.errors]
    assert [line for line, _ in got] == [3, 5, 6, 7, 8, 11, 13], got
    assert str(info.value).startswith("many.yarn:3:")


def test_duplicate_titles_are_an_error_at_load():
    with pytest.raises(YarnSyntaxError, match=r"^d\.yarn:5:1: duplicate node title 'A'"):
        YarnProgram.from_source(node("x", "A") + node("y", "A"), "d.yarn")


def test_check_lists_every_syntax_error_of_a_file(tmp_path):
    from game.check import run_checks
    bad = tmp_path / "broken.yarn"
    bad.write_text("title: B\n---\n<<set $x to (1 + >>\nok\nHi }\n<<jump>>\n===\n")
    found = [str(p) for p in run_checks([bad]) if str(p).startswith(str(bad))]
    for line in (3, 5, 6):
        assert any(p.startswith(f"{bad}:{line}:") for p in found), (line, found)


def test_check_lists_syntax_and_type_errors_of_a_file_in_one_run(tmp_path):
    from game.check import run_checks
    bad = tmp_path / "mixed.yarn"
    bad.write_text("title: M\n---\n<<if $x + 1>>\n<<endif>>\n{$y}\n<<jump {3}>>\n"
                   "-> hi <<if 1 +>>\n===\n")
    found = [str(p) for p in run_checks([bad]) if str(p).startswith(str(bad))
             and p.severity == "error"]
    assert [p.split(":")[1] for p in found] == ["3", "5", "6", "7"], found
    assert "gives a number, not a bool" in found[0] and "cannot be worked out" in found[1]
    assert "needs a node title (a string)" in found[2] and "ends too early" in found[3]


@pytest.mark.parametrize("after", ["", "\n-> B", "\nHi", "\n    Hi"])
def test_spaces_deeper_than_an_option_straight_after_it_are_an_error(after):
    """Yarn's lexer opens the option's body at that line and then meets the blank line inside
    it (YS0005; Yarn's test case IndentedLinesFollowingOptionsMustHaveContent); a line of only
    spaces elsewhere is blank."""
    with pytest.raises(YarnSyntaxError, match=r"^s\.yarn:4:1: a line of only spaces, deeper than "
                                              r"the option above it"):
        YarnProgram.from_source(node("-> A\n      " + after), "s.yarn")
    assert play(node("  -> A\n  \n  -> B"), [0, 0]) == ["O:A", "O:B"]


@pytest.mark.parametrize("body, choices, expected", [
    # a blank line inside a body closes it and ends the group: "b" runs after it
    ("-> A\n    a\n\n    b\n-> B", [0, 0], ["O:A", "L:a", "L:b", "O:B"]),
    # the body is as deep as its first line: a shallower line closes it
    ("-> A\n        a\n    b\n-> B", [0, 0], ["O:A", "L:a", "L:b", "O:B"]),
    # a body opens only on the line straight after the option
    ("-> A\n\n    a\n-> B", [0, 0], ["O:A", "L:a", "O:B"]),
    # options need not line up to be one group
    ("  -> A\n-> B", [1], ["O:A|B"]),
    # a blank line ends the group only straight after an option or its body's last line
    ("-> A\n    a\n// c\n\n-> B", [1], ["O:A|B"]),
    ("-> A\n    -> A1\n\n    -> A2\n-> B", [0, 0, 1], ["O:A", "O:A1", "O:A2|B"]),
    ("=> A\n    a\n\n=> B", [], ["L:A", "L:a", "L:B"]),
])
def test_option_bodies_follow_yarns_indentation_rules(body, choices, expected):
    """Yarn's IndentAwareLexer: the line after an option opens its body if it is deeper than
    the option's line, the first line shallower than that closes it, and a blank line straight
    after an option or its body ends the group."""
    assert play(node(body), choices) == expected


@pytest.mark.parametrize("value, smart", [
    ("4", False), ("-4", False), ('"a"', False), ("true", False), ("Food.Apple", False),
    ("(4)", True), ("2 + 2", True), ("1 > 0", True), ("min(4, 5)", True), ("-(4)", True)])
def test_a_declaration_is_smart_unless_its_value_is_a_literal(value, smart):
    """Yarn's compiler stores a declared value only when it is a literal (a number, a negative
    number, a string, a boolean or an enum case); any other expression declares a smart
    variable, which cannot be set (YS0030)."""
    src = node(f"<<enum Food>>\n<<case Apple>>\n<<endenum>>\n<<declare $x = {value}>>\n"
               f"<<set $x to {value}>>")
    if smart:
        with pytest.raises(YarnSyntaxError, match=r"\$x is a smart variable"):
            YarnProgram.from_source(src, "s.yarn")
    else:
        assert play(src) == []


def test_the_line_straight_before_options_is_tagged_lastline():
    """Yarn's compiler adds #lastline to a line that comes just before an option group, in a
    body, an <<if>> block or an option's body; not across a command or an <<if>>."""
    src = node("Hello there. #tone:dry\n-> Hi!\n    Inside.\n    -> Deeper\n-> What's up?\n"
               "Again.\n<<wait 1>>\n-> A\n<<if true>>\n    In if.\n    -> B\n<<endif>>\n"
               "Last.\n<<if true>>\n    -> C\n<<endif>>")
    d = Dialogue(YarnProgram.from_source(src, "t.yarn"))
    d.start("Start")
    tags = {}
    while not isinstance(ev := d.next(), DialogueEnd):
        if isinstance(ev, Line):
            tags[ev.text] = ev.tags
        elif isinstance(ev, Options):
            d.select(0)
    assert tags == {"Hello there.": ["tone:dry", "lastline"], "Inside.": ["lastline"],
                    "Again.": [], "In if.": ["lastline"], "Last.": []}


@pytest.mark.parametrize("source, speaker, text", [
    ("Mae: Incredible: Wow!", "Mae", "Incredible: Wow!"),  # the leftmost colon
    ("Mae\\: Wow!", None, "Mae: Wow!"),                     # \: is no speaker's colon
    ("Mae\\: Wow!: Wow!", "Mae: Wow!", "Wow!"),
    ("\\:Mae\\: Wow!", None, ":Mae: Wow!"),
    ('[character name="Mae"]The girl: [/character]Wow!', "Mae", "Wow!"),  # given in markup
    ("[b]Mae[/b]: [i]hi[/i]", "Mae", "hi"),
])
def test_the_speaker_is_yarns_character_attribute(source, speaker, text):
    """Yarn's markup parser marks the text up to the first colon not written `\\:` as the
    character (its tests TestImplicitCharacterAttributeParsing...); an explicit [character]
    attribute names it instead."""
    d = Dialogue(YarnProgram.from_source(node(source), "c.yarn"))
    d.start("Start")
    line = d.next()
    assert (line.speaker, line.text) == (speaker, text)


@pytest.mark.parametrize("source, text, attributes", [
    # the docs' markup page
    ("Oh, [wave]hello [bounce]there![/wave][/bounce]", "Oh, hello there!",
     [("wave", 4, 12, {}), ("bounce", 10, 6, {})]),
    ("[wave][bounce]Hello![/]", "Hello!", [("wave", 0, 6, {}), ("bounce", 0, 6, {})]),
    ("A [wave/] B", "A B", [("wave", 2, 0, {"trimwhitespace": True})]),
    ("A [wave trimwhitespace=false/] B", "A  B", [("wave", 2, 0, {"trimwhitespace": False})]),
    ("[nomarkup]a [ b ] [[]] c[/nomarkup]", "a [ b ] [[]] c", [("nomarkup", 0, 14, {})]),
    # Yarn's markup tests
    ("S [a]S[/a] [nomarkup][a]S;][/a][/nomarkup]", "S S [a]S;][/a]",
     [("a", 2, 1, {}), ("nomarkup", 4, 10, {})]),
    ("A [nomarkup/] B", "A B", [("nomarkup", 2, 0, {"trimwhitespace": True})]),
    ("[p=True]s[/p] [q=False]t[/q]", "s t", [("p", 0, 1, {"p": True}), ("q", 2, 1, {"q": False})]),
    # Yarn 3: an attribute left open is broken markup, and the line is shown as written
    ("start [a]end", "start [a]end", []),
    ("[nomarkup]open", "[nomarkup]open", []),
])
def test_markup_as_yarn_parses_it(source, text, attributes):
    d = Dialogue(YarnProgram.from_source(node(source), "m.yarn"))
    d.start("Start")
    line = d.next()
    assert line.text == text
    assert [(a.name, a.position, a.length, a.properties) for a in line.markup] == attributes


def test_escapes_are_yarns():
    """In a line a backslash escapes \\ < > { } # / [ ] : and nothing else (Yarn's lexer refuses
    the rest); in a command's text it is a plain character, as is }."""
    assert play(node("\\[x\\] \\{ \\} \\< \\> \\# \\/ \\: \\\\")) == ["L:[x] { } < > # / : \\"]
    with pytest.raises(YarnSyntaxError, match=r"e\.yarn:3:3: \\a is no escape"):
        YarnProgram.from_source(node("a \\a"), "e.yarn")
    assert play(node("<<say a\\b {1}}>>")) == ["C:say a\\b 1}"]
