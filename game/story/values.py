"""Yarn values in Python: number (int or float), string (str), bool (bool).

Shared helpers for naming, printing and checking them."""

from .errors import EvalError

NUMBER, STRING, BOOL = "number", "string", "bool"
DEFAULTS = {NUMBER: 0, STRING: "", BOOL: False}


def type_name(value):
    """Yarn's name for the type of a Python value, or None if it is not a Yarn value."""
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, (int, float)):
        return NUMBER
    if isinstance(value, str):
        return STRING
    return None


def format_value(value):
    """Text for a value shown in a line: 3.0 -> "3", 0.1+0.2 -> "0.3", True -> "True"."""
    if isinstance(value, bool):
        return "True" if value else "False"  # as Yarn (C#) prints booleans
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(value, ".15g")
    return str(value)


def check_number(value, what):
    if type_name(value) != NUMBER:
        raise EvalError(f"{what} needs a number, not {describe(value)}")
    return value


def describe(value):
    """ "the string 'ten'", "the number 1" - for error messages."""
    t = type_name(value)
    if t is None:
        return f"a {type(value).__name__}"
    return f"the string {value!r}" if t == STRING else f"the {t} {format_value(value)}"


def whole(x):
    """Keep whole numbers as int so they print and compare cleanly."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2 ** 53:
        return int(x)
    return x

