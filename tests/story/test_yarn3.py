"""Yarn Spinner 3 features, as its documentation describes them: line groups, node groups and
saliency, once, detour and return, smart variables, enums and shadow lines."""

import random

import pytest

from game.story.yarn import Dialogue, YarnProgram, YarnSyntaxError
from yarn_helpers import node, play

BARKS = node("<<declare $paid = false>>\n"
             "=> Doorman: Name? <<if not $paid>>\n"
             "=> Doorman: In you go. <<if $paid>>\n"
             "=> Doorman: Next.\n"
             "=> Doorman: Keep moving. <<once>>\n"
             "    Doorman: Tonight only.")


def runs(program, times, saliency, variables=None, start="Start"):
    """The first line of each of `times` runs of `start`, variables kept between runs."""
    variables = {} if variables is None else variables
    out = []
    for _ in range(times):
        out.append(play(None, program=program, variables=variables, saliency=saliency,
                        start=start, rng=random.Random(5)))
    return out


def test_line_group_runs_one_line_and_its_body():
    program = YarnProgram.from_source(BARKS)
    # best: the highest complexity among those whose condition holds; `not $paid` scores 2,
    # `<<once>>` 1, no condition 0.
    assert runs(program, 1, "best") == [["L:Doorman: Name?"]]
    # first: the first that holds.
    assert runs(program, 1, "first", {"$paid": True}) == [["L:Doorman: In you go."]]


def test_best_least_recently_seen_rotates_through_equals():
    program = YarnProgram.from_source(BARKS)
    got = [r[0] for r in runs(program, 4, "best_least_recently_seen")]
    # Fewest views first, then the highest score; a `once` line is spent after its one run.
    assert got == ["L:Doorman: Name?", "L:Doorman: Keep moving.", "L:Doorman: Next.",
                   "L:Doorman: Name?"]
    assert runs(program, 1, "best_least_recently_seen")[0] != ["L:Doorman: Keep moving.",
                                                              "L:Doorman: Tonight only."]


def test_random_strategies_use_the_given_rng_and_only_passing_lines():
    program = YarnProgram.from_source(BARKS)
    seen = set()
    for seed in range(30):
        out = play(None, program=program, saliency="random", rng=random.Random(seed))
        seen.add(out[0])
    assert seen == {"L:Doorman: Name?", "L:Doorman: Next.", "L:Doorman: Keep moving."}
    a = runs(program, 6, "random_best_least_recently_seen")
    b = runs(program, 6, "random_best_least_recently_seen")
    assert a == b  # the same seed, the same choices


def test_unknown_saliency_name_is_refused():
    with pytest.raises(ValueError, match="unknown saliency strategy 'cleverest'"):
        Dialogue(YarnProgram.from_source(BARKS), saliency="cleverest")


GROUP = (node("<<declare $drunk = false>>\n<<jump Bouncer>>") +
         node("Bouncer: First time? Stand there.", "Bouncer", "when: once\n") +
         node("Bouncer: Evening.", "Bouncer", "when: always\n") +
         node("Bouncer: Go home.", "Bouncer", "when: $drunk\n") +
         node("Bouncer: Not you again.", "Bouncer", "when: once if $drunk\n") +
         node("{visited(\"Bouncer\")} {visited_count(\"Bouncer\")}\n<<detour Bouncer>>\n"
              "{visited_count(\"Bouncer\")}", "Count"))


def test_node_group_picks_a_member_by_its_when_headers():
    program = YarnProgram.from_source(GROUP)
    variables = {}
    got = [r[0] for r in runs(program, 3, "best_least_recently_seen", variables)]
    assert got == ["L:Bouncer: First time? Stand there.", "L:Bouncer: Evening.",
                   "L:Bouncer: Evening."]
    variables["$drunk"] = True
    got = [r[0] for r in runs(program, 3, "best_least_recently_seen", variables)]
    assert got == ["L:Bouncer: Not you again.", "L:Bouncer: Go home.", "L:Bouncer: Go home."]


def test_node_group_visits_count_under_the_group_title():
    program = YarnProgram.from_source(GROUP)
    assert runs(program, 1, "first", start="Count") == [
        ["L:False 0", "L:Bouncer: First time? Stand there.", "L:1"]]


def test_node_group_with_nothing_to_run_runs_nothing():
    src = node("<<detour Ghost>>\nafter") + node("boo", "Ghost", "when: 1 + 1 == 3\n")
    assert play(src) == ["L:after"]


def test_has_any_content_asks_a_node_group_without_running_it():
    """Yarn 3's built-in: a node group has content when a member's when: holds (a `once` member
    only until it has run); a plain node always has; a missing one never."""
    src = GROUP + node("{has_any_content(\"Bouncer\")} {has_any_content(\"Count\")} "
                       "{has_any_content(\"Nobody\")}", "Ask") + \
        node("x", "Shut", "when: $drunk\n") + node("{has_any_content(\"Shut\")}", "AskShut")
    program = YarnProgram.from_source(src)
    variables = {}
    assert play(None, start="Ask", program=program, variables=variables) == ["L:True True False"]
    assert play(None, start="AskShut", program=program, variables=variables) == ["L:False"]
    variables["$drunk"] = True
    assert play(None, start="AskShut", program=program, variables=variables) == ["L:True"]
    assert play(None, start="Ask", program=program, variables=variables) == ["L:True True False"]
    assert not any(k.startswith("$Yarn.Internal.Content") for k in variables)  # asking is not seeing


def test_node_group_needs_when_on_every_member():
    with pytest.raises(YarnSyntaxError, match="node Guard has no when: header"):
        YarnProgram.from_source(node("a", "Guard", "when: always\n") + node("b", "Guard"))


def test_detour_returns_and_return_ends_early():
    src = (node("one\n<<detour Aside>>\nfour\n<<jump Later>>") +
           node("two\n<<detour {\"Deeper\"}>>\n<<return>>\nnever", "Aside") +
           node("three", "Deeper") +
           node("{visited_count(\"Later\")}\n<<detour Inner>>\nnever", "Later") +
           node("{visited_count(\"Later\")}\n<<jump Last>>", "Inner") +
           node("{visited_count(\"Later\")} {visited_count(\"Inner\")}", "Last"))
    # A jump from a detour unwinds it: the nodes left count as visited and nothing returns.
    assert play(src) == ["L:one", "L:two", "L:three", "L:four", "L:0", "L:0", "L:1 1"]
    assert play(node("<<return>>\nnever")) == []


def test_once_blocks_lines_and_options():
    src = node("<<declare $flag = false>>\n<<once>>\n    Hello, stranger.\n<<else>>\n    You again.\n<<endonce>>\n"
               "<<once if $flag>>\n    Flag seen.\n<<endonce>>\n"
               "-> Ask <<once>>\n-> Ask if flag <<once if $flag>>\n-> Leave\n"
               "Line once <<once>>\nLine always")
    variables = {}
    assert play(src, [0], variables=variables) == [
        "L:Hello, stranger.", "O:Ask|~Ask if flag|Leave", "L:Line once", "L:Line always"]
    assert play(src, [2], variables=variables) == [
        "L:You again.", "O:~Ask|~Ask if flag|Leave", "L:Line always"]
    variables["$flag"] = True
    assert play(src, [1], variables=variables) == [
        "L:You again.", "L:Flag seen.", "O:~Ask|Ask if flag|Leave", "L:Line always"]


def test_options_none_available_falls_through():
    assert play(node("-> A <<if false>>\n-> B <<if false>>\nafter")) == ["L:after"]


def test_smart_variables_are_worked_out_on_each_read():
    src = node("<<declare $cash = 0>>\n<<declare $can_pay = $cash > 10>>\n"
               "<<declare $rich = $can_pay and $cash > 100>>\n"
               "{$can_pay} {$rich}\n<<set $cash to 50>>\n{$can_pay} {$rich}")
    assert play(src) == ["L:False False", "L:True False"]
    assert play(node("<<declare $x = -1>>\n<<set $x += 1>>\n{$x}")) == ["L:0"]
    with pytest.raises(YarnSyntaxError, match=r"\$can_pay is a smart variable"):
        YarnProgram.from_source(node("<<declare $c = 1>>\n<<declare $can_pay = $c > 0>>\n"
                                    "<<set $can_pay to true>>"))


def test_enums():
    src = node("<<enum Drug>>\n<<case Heroin>>\n<<case Coke>>\n<<endenum>>\n"
               "<<enum Floor>>\n<<case Street = \"st\">>\n<<case Roof = \"rf\">>\n<<endenum>>\n"
               "<<declare $drug = Drug.Heroin>>\n<<declare $floor = .Roof>>\n"
               "<<if $drug == .Heroin>>\n    heroin\n<<endif>>\n"
               "<<set $drug to .Coke>>\n<<if $drug != Drug.Heroin>>\n    coke\n<<endif>>\n"
               "{$floor} {number(Drug.Coke)} {string(Floor.Street)}")
    assert play(src) == ["L:heroin", "L:coke", "L:rf 1 st"]


def test_a_game_function_taking_a_string_takes_any_string_enum():
    """Yarn lets a function whose parameter is a string take a value of any enum with string
    cases; here a game function's parameter becomes a string when two such enums are passed."""
    src = node("<<enum Floor>>\n<<case Street = \"st\">>\n<<endenum>>\n"
               "<<enum Room>>\n<<case Bath = \"bath\">>\n<<endenum>>\n"
               "<<call note(Floor.Street)>>\n<<call note(Room.Bath)>>\n<<call note(\"hall\")>>")
    noted = []
    assert play(src, functions={"note": noted.append}) == [] and noted == ["st", "bath", "hall"]
    with pytest.raises(YarnSyntaxError, match=r"argument 1 of note\(\) is a Drug here but a Floor"):
        YarnProgram.from_source(node("<<enum Floor>>\n<<case Street = \"st\">>\n<<endenum>>\n"
                                     "<<enum Drug>>\n<<case Coke>>\n<<endenum>>\n"
                                     "<<call note(Floor.Street)>>\n<<call note(Drug.Coke)>>"))


@pytest.mark.parametrize("body, message", [
    ("<<enum E>>\n<<endenum>>", "has no cases"),
    ("<<enum E>>\n<<case A>>\n<<case A>>\n<<endenum>>", "the case A twice"),
    ("<<enum E>>\n<<case A = 1>>\n<<case B = 1>>\n<<endenum>>", "already used"),
    ("<<enum E>>\n<<case A = 1>>\n<<case B = \"b\">>\n<<endenum>>", "all be numbers or all strings"),
    ("<<enum E>>\n<<case A = $x>>\n<<endenum>>", "constant"),
    ("<<declare $x = E.Nope>>\n<<enum E>>\n<<case A>>\n<<endenum>>", "has no case 'Nope'"),
])
def test_enum_mistakes(body, message):
    with pytest.raises(YarnSyntaxError, match=message):
        YarnProgram.from_source(node(body))


def test_shadow_lines_take_their_source_lines_id():
    src = node("Margaret: I should go. #line:leave\n") + \
        node("Margaret: I should go. #shadow:leave #sad", "Later")
    program = YarnProgram.from_source(src)
    d = Dialogue(program)
    d.start("Later")
    line = d.next()
    assert line.line_id == "line:leave" and line.text == "I should go."
    with pytest.raises(YarnSyntaxError, match="same text"):
        YarnProgram.from_source(node("A. #line:a\nB. #shadow:a"))
    with pytest.raises(YarnSyntaxError, match="names no line"):
        YarnProgram.from_source(node("B. #shadow:zz"))


def test_chapter_variants_as_a_node_group_with_the_games_strategy():
    from game.paths import asset
    from game.scenes.dialogue import SALIENCY
    program = YarnProgram.load(sorted(asset("dialogue").glob("*.yarn")))
    fridge = program.nodes["Penthouse_Fridge"]
    members = fridge.body[0].members
    assert [[w.cond.source if w.cond else "always" for w in m.when] for m in members] == \
        [['chapter_is("13")'], ['chapter_is("2")', '$ch2_stash == "kitchen"'], ["always"]]

    def first_line(chapter, variables):
        funcs = {"chapter_is": lambda c: c == chapter}
        out = play(None, program=program, start="Penthouse_Fridge", variables=variables,
                   functions=funcs, saliency=SALIENCY)
        return out[0]

    variables = {"$ch2_stash": "kitchen"}
    in_two = [first_line("2", variables) for _ in range(3)]
    assert len(set(in_two)) == 1  # chapter 2's node every time, not turn and turn about
    assert "champagne is gone" in in_two[0]
    assert first_line("4", variables) != in_two[0]  # the fallback in another chapter
    assert first_line("2", {"$ch2_stash": "oven"}) != in_two[0]  # and when its when: fails
