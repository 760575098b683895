import random

import pytest

from game.story.errors import EvalError, YarnSyntaxError
from game.story.expressions import evaluate, parse_expression, state_functions
from game.story.typecheck import check_condition


def ev(text, variables=None, functions=None):
    return evaluate(parse_expression(text), variables or {}, functions)


@pytest.mark.parametrize("text, value", [
    ("1 + 2 * 3", 7), ("(1 + 2) * 3", 9), ("7 / 2", 3.5), ("7 % 3", 1), ("-7 % 3", -1),
    ("-2 * -3", 6), ("1.5 + 1.5", 3), ("10 - 2 - 3", 5), ("8 / 2 / 2", 2),
    ('"ab" + "cd"', "abcd"), ('"a\\"b"', 'a"b'),
    ("1 < 2", True), ("2 lt 1", False), ("2 <= 2", True), ("2 lte 1", False),
    ("3 > 2", True), ("3 gt 4", False), ("3 >= 3", True), ("2 gte 3", False),
    ("1 == 1", True), ("1 eq 2", False), ("1 is 1", True), ("1 != 2", True), ("1 neq 1", False),
    ('"a" == "a"', True), ("true == false", False),
    ("true and false", False), ("true && true", True), ("false or true", True),
    ("false || false", False), ("true xor true", False), ("true ^ false", True),
    ("not true", False), ("!false", True), ("not (1 > 2)", True),
    # and/or/xor share one precedence level and group left to right (Yarn's grammar)
    ("true or true and false", False),
    ("1 + 2 == 3 and 2 * 2 == 4", True),
])
def test_operators(text, value):
    result = ev(text)
    assert result == value and type(result) is type(value) or (
        isinstance(value, (int, float)) and not isinstance(result, bool) and result == value)


def test_variables_and_whole_numbers_stay_int():
    assert ev("$a * 2", {"$a": 2.5}) == 5
    assert isinstance(ev("$a * 2", {"$a": 2.5}), int)
    with pytest.raises(EvalError, match=r"\$missing has no value"):
        ev("$missing + 1")


@pytest.mark.parametrize("text, message", [
    ('1 + "a"', "needs two numbers"),
    ('"a" - "b"', "needs two numbers"),
    ("1 == true", "cannot compare"),
    ("1 and true", "needs two bools"),
    ("not 1", "needs a bool"),
    ('-"x"', "needs a number"),
    ("1 / 0", "division by zero"),
    ("nope(1)", "unknown function"),
    ("round(1, 2)", "wrong number of arguments"),
])
def test_type_errors(text, message):
    with pytest.raises(EvalError, match=message):
        ev(text)


@pytest.mark.parametrize("text, column", [
    ("1 +", 4), ("(1 + 2", 7), ("1 2", 3), ("foo", 1), ("1 = 2", 3), ("$a @ 1", 4),
    ('"open', 1), ("f(1 2)", 5),
])
def test_parse_errors_have_columns(text, column):
    with pytest.raises(YarnSyntaxError) as info:
        parse_expression(text, "map.tmx", 12)
    assert info.value.line == 12 and info.value.column == column
    assert str(info.value).startswith(f"map.tmx:12:{column}: ")


def test_parsed_expression_is_reusable():
    parsed = parse_expression("$n + 1")
    assert [evaluate(parsed, {"$n": i}) for i in range(3)] == [1, 2, 3]
    assert parsed.variables() == ["$n"]


def test_check_condition():
    assert check_condition("$x > 2 and has_item(\"key\")") is None
    assert "bool" in check_condition("1 + 2")
    assert check_condition("$x >") is not None


def test_game_functions_are_added():
    assert ev('has_item("key") and beat(7)', functions={
        "has_item": lambda name: name == "key", "beat": lambda n: n == 7}) is True
    with pytest.raises(EvalError, match="returned"):
        ev("bad()", functions={"bad": lambda: None})


@pytest.mark.parametrize("text, value", [
    ("round(2.5)", 2), ("round(3.5)", 4), ("round(-1.4)", -1), ("round_places(3.14159, 2)", 3.14),
    ("floor(2.7)", 2), ("floor(-2.1)", -3), ("ceil(2.1)", 3), ("ceil(-2.7)", -2),
    ("inc(2)", 3), ("inc(2.3)", 3), ("dec(2)", 1), ("dec(2.7)", 2),
    ("decimal(4.5)", 0.5), ("decimal(3)", 0), ("int(3.9)", 3), ("int(-3.9)", -3),
    ("string(3)", "3"), ("string(2.5)", "2.5"), ("string(true)", "True"),
    ('number("4.5")', 4.5), ("number(true)", 1), ('bool("true")', True), ("bool(0)", False),
    ("format_invariant(4.51)", "4.51"), ('format("{0}", 123)', "123"),
    ('format("${0:F2}", 0.451)', "$0.45"), ('format("{0:N0} people", 12345)', "12,345 people"),
    ('format("#{0:D3}", 7)', "#007"), ("min(3, -1.5)", -1.5), ("max(3, -1.5)", 3),
])
def test_pure_builtins(text, value):
    result = ev(text)
    assert result == pytest.approx(value) if isinstance(value, float) else result == value


def test_builtin_conversion_errors():
    with pytest.raises(EvalError, match="number"):
        ev('number("abc")')
    with pytest.raises(EvalError, match="bool"):
        ev('bool("maybe")')
    with pytest.raises(EvalError, match="needs a number"):
        ev('floor("x")')


@pytest.mark.parametrize("text, message", [
    ('format("{0:D99999999}", 1)', "0 to 99"), ('format("{0:F100}", 1)', "0 to 99"),
    ("round_places(1, 999999999)", "0 to 15"), ("round_places(1, -3)", "0 to 15"),
])
def test_builtins_refuse_sizes_that_would_build_huge_values(text, message):
    with pytest.raises(EvalError, match=message):
        ev(text)
    assert len(ev('format("{0:D99}", 7)')) == 99 and ev("round_places(1.23456, 15)") == pytest.approx(1.23456)


def test_random_builtins_use_the_given_rng():
    visits = {"Club": 2}
    funcs = state_functions(random.Random(5), lambda name: visits.get(name, 0))
    again = state_functions(random.Random(5), lambda name: 0)
    rolls = [ev("dice(6)", functions=funcs) for _ in range(50)]
    assert rolls == [ev("dice(6)", functions=again) for _ in range(50)]
    assert set(rolls) <= set(range(1, 7)) and len(set(rolls)) > 3
    ranged = [ev("random_range(3, 5)", functions=funcs) for _ in range(50)]
    assert set(ranged) == {3, 4, 5}
    # as Yarn Spinner's runtime computes it: the first number plus a whole step up to the second
    assert {ev("random_range_float(1.5, 3)", functions=funcs) for _ in range(50)} == {1.5, 2.5, 3.5}
    with pytest.raises(EvalError, match="smaller number first"):
        ev("random_range_float(3, 1)", functions=funcs)
    r = ev("random()", functions=funcs)
    assert 0 <= r < 1
    assert ev('visited("Club")', functions=funcs) is True
    assert ev('visited("Roof")', functions=funcs) is False
    assert ev('visited_count("Club")', functions=funcs) == 2
