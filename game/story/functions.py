"""Yarn Spinner's built-in functions.

PURE_FUNCTIONS need nothing but their arguments; state_functions() makes the ones that need the
dialogue's random generator and visit counts; the Dialogue adds has_any_content() (node groups)."""

import math
import re

from .errors import EvalError
from .values import BOOL, NUMBER, STRING, check_number, describe, format_value, type_name, whole


def _int_trunc(n):
    return int(check_number(n, "int()"))


def _inc(n):
    check_number(n, "inc()")
    return int(n) + 1 if float(n).is_integer() else math.ceil(n)


def _dec(n):
    check_number(n, "dec()")
    return int(n) - 1 if float(n).is_integer() else math.floor(n)


def _decimal(n):
    check_number(n, "decimal()")
    return whole(abs(n - math.trunc(n)))


def _round(n):
    return whole(round(check_number(n, "round()")))  # half to even, like C#'s Math.Round


MAX_PLACES = 15  # decimal places a double can hold; more would only pad with noise or zeros


def _round_places(n, places):
    check_number(n, "round_places()")
    places = check_number(places, "round_places()")
    if not 0 <= places <= MAX_PLACES:
        raise EvalError(f"round_places() takes 0 to {MAX_PLACES} places, not {format_value(places)}")
    return whole(round(n, int(places)))


def _to_string(x):
    if type_name(x) is None:
        raise EvalError(f"string() cannot convert {describe(x)}")
    return format_value(x)


def _to_number(x):
    if type_name(x) == BOOL:
        return 1 if x else 0
    if type_name(x) == NUMBER:
        return x
    try:
        return whole(float(str(x).strip()))
    except ValueError:
        raise EvalError(f"number() cannot convert {describe(x)}") from None


def _to_bool(x):
    t = type_name(x)
    if t == BOOL:
        return x
    if t == NUMBER:
        return x != 0
    if t == STRING and x.strip().lower() in ("true", "false"):
        return x.strip().lower() == "true"
    raise EvalError(f"bool() cannot convert {describe(x)}")


_FORMAT_ITEM = re.compile(r"\{0(?::([^}]*))?\}")


def _format_number(value, spec):
    """The common .NET numeric format strings: F/N/D/P/G with an optional digit count."""
    if not spec:
        return format_value(value)
    code, digits = spec[0].upper(), spec[1:]
    if code in "FNDPG" and (digits == "" or digits.isdigit()):
        if len(digits) > 2:  # .NET allows 0-99; a longer count would build a huge string
            raise EvalError(f"format {spec!r}: a digit count is 0 to 99")
        if type_name(value) != NUMBER:
            raise EvalError(f"format code {spec!r} needs a number, not {describe(value)}")
        if code == "F":
            return f"{value:.{int(digits or 2)}f}"
        if code == "N":
            return f"{value:,.{int(digits or 2)}f}"
        if code == "D":
            return str(int(value)).zfill(int(digits or 0))
        if code == "P":
            return f"{value * 100:,.{int(digits or 2)}f} %"
        return format_value(value)
    raise EvalError(f"unsupported format {spec!r} (use F, N, D, P or G with a digit count)")


def _format(fmt, arg):
    if type_name(fmt) != STRING:
        raise EvalError(f"format() needs a string first, not {describe(fmt)}")
    parts, pos = [], 0
    for m in _FORMAT_ITEM.finditer(fmt):
        parts.append(fmt[pos:m.start()])
        parts.append(_format_number(arg, m.group(1)))
        pos = m.end()
    parts.append(fmt[pos:])
    return "".join(parts).replace("{{", "{").replace("}}", "}")


def _format_invariant(n):
    return format_value(check_number(n, "format_invariant()"))


PURE_FUNCTIONS = {
    "round": _round,
    "round_places": _round_places,
    "floor": lambda n: whole(math.floor(check_number(n, "floor()"))),
    "ceil": lambda n: whole(math.ceil(check_number(n, "ceil()"))),
    "inc": _inc,
    "dec": _dec,
    "decimal": _decimal,
    "int": _int_trunc,
    "string": _to_string,
    "number": _to_number,
    "bool": _to_bool,
    "format_invariant": _format_invariant,
    "format": _format,
    "min": lambda a, b: min(check_number(a, "min()"), check_number(b, "min()")),
    "max": lambda a, b: max(check_number(a, "max()"), check_number(b, "max()")),
}


def state_functions(rng, visit_count):
    """The built-ins that need dialogue state: random ones from `rng` (a random.Random) and
    visited()/visited_count() from `visit_count(node_name) -> int`."""
    def random_range(a, b):
        lo, hi = int(check_number(a, "random_range()")), int(check_number(b, "random_range()"))
        if hi < lo:
            lo, hi = hi, lo
        return rng.randint(lo, hi)

    def random_range_float(a, b):
        # as Yarn Spinner's runtime has it: a, plus a whole number from 0 to int(b) - int(a)
        a, b = check_number(a, "random_range_float()"), check_number(b, "random_range_float()")
        if int(b) < int(a):
            raise EvalError("random_range_float() needs the smaller number first")
        return whole(a + rng.randint(0, int(b) - int(a)))

    def dice(sides):
        sides = int(check_number(sides, "dice()"))
        if sides < 1:
            raise EvalError("dice() needs at least 1 side")
        return rng.randint(1, sides)

    def visited(name):
        if type_name(name) != STRING:
            raise EvalError(f"visited() needs a node name string, not {describe(name)}")
        return visit_count(name) > 0

    def visited_count(name):
        if type_name(name) != STRING:
            raise EvalError(f"visited_count() needs a node name string, not {describe(name)}")
        return visit_count(name)

    return {"random": lambda: rng.random(), "random_range": random_range,
            "random_range_float": random_range_float, "dice": dice,
            "visited": visited, "visited_count": visited_count}


# Argument and return types of the built-ins, for the type checker ("any": any type).
BUILTIN_SIGNATURES = {
    "round": ([NUMBER], NUMBER), "round_places": ([NUMBER, NUMBER], NUMBER),
    "floor": ([NUMBER], NUMBER), "ceil": ([NUMBER], NUMBER), "inc": ([NUMBER], NUMBER),
    "dec": ([NUMBER], NUMBER), "decimal": ([NUMBER], NUMBER), "int": ([NUMBER], NUMBER),
    "string": (["any"], STRING), "number": (["any"], NUMBER), "bool": (["any"], BOOL),
    "format_invariant": ([NUMBER], STRING), "format": ([STRING, "any"], STRING),
    "random": ([], NUMBER), "random_range": ([NUMBER, NUMBER], NUMBER), "dice": ([NUMBER], NUMBER),
    "visited": ([STRING], BOOL), "visited_count": ([STRING], NUMBER),
    "min": ([NUMBER, NUMBER], NUMBER), "max": ([NUMBER, NUMBER], NUMBER),
    "random_range_float": ([NUMBER, NUMBER], NUMBER), "has_any_content": ([STRING], BOOL),
}
