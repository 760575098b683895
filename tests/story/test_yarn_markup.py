import pytest

from game.story.errors import EvalError
from game.story.markup import parse_markup
from game.story.yarn import Dialogue, YarnProgram
from yarn_helpers import node


def spans(attrs):
    return [(a.name, a.position, a.length, a.properties) for a in attrs]


def test_attribute_ranges():
    text, attrs = parse_markup("Oh, [wave]hello[/wave] there!")
    assert text == "Oh, hello there!"
    assert spans(attrs) == [("wave", 4, 5, {})]


def test_overlapping_nested_and_close_all():
    text, attrs = parse_markup("[a]x[b]yy[/a]z[/b] [c]q[d]r[/]s")
    assert text == "xyyz qrs"
    assert spans(attrs) == [("a", 0, 3, {}), ("b", 1, 3, {}), ("c", 5, 2, {}), ("d", 6, 1, {})]


def test_properties_and_shorthand():
    text, attrs = parse_markup('[wave size=2 speed=1.5 loud=true name="big one"]hi[/wave] '
                               '[shake=3]yo[/shake]')
    assert text == "hi yo"
    assert spans(attrs) == [("wave", 0, 2, {"size": 2, "speed": 1.5, "loud": True,
                                             "name": "big one"}),
                            ("shake", 3, 2, {"shake": 3})]
    text, attrs = parse_markup('[a p="str\\"ing]"]s[/a]')  # Yarn's MarkupTests: \" in a string
    assert text == "s" and spans(attrs) == [("a", 0, 1, {"p": 'str"ing]'})]


def test_self_closing_has_zero_length_and_trims_one_space():
    text, attrs = parse_markup("a [pause/] b")
    assert text == "a b" and spans(attrs) == [("pause", 2, 0, {"trimwhitespace": True})]
    text, attrs = parse_markup("a [pause trimwhitespace=false/] b")
    assert text == "a  b"
    text, _ = parse_markup("a[pause/] b")
    assert text == "a b"


def test_nomarkup_and_escaped_brackets():
    text, attrs = parse_markup("[nomarkup][b]raw[/b][/nomarkup] and \\[c\\]")
    assert text == "[b]raw[/b] and [c]" and spans(attrs) == [("nomarkup", 0, 10, {})]


@pytest.mark.parametrize("value, expected", [("m", "he"), ("f", "she"), ("x", "they")])
def test_select(value, expected):
    text, attrs = parse_markup(f'[select value={value} m="he" f="she" other="they" /] waves')
    assert text == f"{expected} waves" and attrs == []


@pytest.mark.parametrize("n, expected", [(1, "an apple"), (0, "0 apples"), (2, "2 apples"),
                                         (1.5, "1.5 apples")])
def test_plural_english(n, expected):
    text, _ = parse_markup(f'[plural value={n} one="an apple" other="% apples" /]')
    assert text == expected


@pytest.mark.parametrize("n, expected", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"),
                                         (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"),
                                         (22, "22nd"), (101, "101st"), (111, "111th")])
def test_ordinal_english(n, expected):
    text, _ = parse_markup(f'[ordinal value={n} one="%st" two="%nd" few="%rd" other="%th" /]')
    assert text == expected


def test_replacement_shifts_following_attributes():
    text, attrs = parse_markup('[plural value=3 one="a cat" other="% cats" /] [b]purr[/b]')
    assert text == "3 cats purr" and spans(attrs) == [("b", 7, 4, {})]


@pytest.mark.parametrize("source, message", [
    ("[b]x[/i]", "not open"), ("[b x", "unterminated"),
    ("[plural one=\"x\" /]", "value"), ('[select value=q a="b" /]', "no case"),
    ("[plural value=1]x[/plural]", "self-close"),
])
def test_markup_errors(source, message):
    with pytest.raises(EvalError, match=message):
        parse_markup(source)


def test_markup_in_a_line_after_interpolation_and_speaker():
    program = YarnProgram.from_source(node(
        "<<set $n to 2>>\nMae: I have [plural value={$n} one=\"a coin\" other=\"% coins\"/], "
        "[shake]really[/shake].\n[b]Bea[/b]: [wave]hi[/wave]"))
    d = Dialogue(program)
    d.start("Start")
    line = d.next()
    assert line.raw == "Mae: I have 2 coins, really."
    assert line.text == "I have 2 coins, really."
    assert spans(line.markup) == [("shake", 16, 6, {})]  # positions count in .text
    assert line.text[16:22] == "really"
    second = d.next()
    assert second.speaker == "Bea" and second.text == "hi"
    assert spans(second.markup) == [("wave", 0, 2, {})]


def test_bad_markup_is_a_warning_and_the_line_is_shown_as_written():
    """Yarn 3 compiles a line with broken markup (YS0063 is a warning) and shows its text as
    written, markup and all."""
    program = YarnProgram.from_source(node("ok\n-> [b]broken[/i]\n[b]broken{1}[/i]"), "m.yarn")
    [warning] = [p for p in program.lint() if p.severity == "warning"]
    assert warning.line == 4 and "not open" in warning.message
    d = Dialogue(program)
    d.start("Start")
    d.next()
    assert [o.raw for o in d.next().options] == ["[b]broken[/i]"]
    d.select(0)
    line = d.next()
    assert line.raw == "[b]broken1[/i]" and line.markup == []
