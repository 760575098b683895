"""Yarn Spinner expressions: parse once, evaluate many times.

The same little language serves `<<if>>`, `<<set>>`, `{inline}` values in lines, and the
`condition` properties of Tiled map objects. Values are Yarn's three types: number (Python int or
float), string and bool. Types are checked when an operator runs; mixing them is an error, except
that string + string concatenates, as in Yarn.

Precedence follows Yarn's grammar, tightest first:
    ( )   unary - ! not   * / %   + -   < <= > >=   == !=   and or xor
(and/or/xor share the loosest level and group left to right, as Yarn's grammar has it).
"""

import inspect
import math
import re

from .errors import EvalError, YarnSyntaxError

NUMBER, STRING, BOOL = "number", "string", "bool"

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<var>\$[A-Za-z_][A-Za-z0-9_]*)
  | (?P<id>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|&&|\|\||[-+*/%<>!^(),])
""", re.VERBOSE)

# Word forms of operators and their symbol equivalents.
_WORDS = {"and": "and", "or": "or", "xor": "xor", "not": "not", "eq": "==", "is": "==",
          "neq": "!=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">="}
_SYMBOLS = {"&&": "and", "||": "or", "^": "xor", "!": "not"}
_PRECEDENCE = {"and": 1, "or": 1, "xor": 1, "==": 2, "!=": 2, "<": 3, "<=": 3, ">": 3, ">=": 3,
               "+": 4, "-": 4, "*": 5, "/": 5, "%": 5}


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


class Expression:
    """A parsed expression. `ast` is a tree of tuples:
    ("num", v) ("str", s) ("bool", b) ("var", "$name") ("call", name, [args]) ("un", op, e)
    ("bin", op, left, right)."""

    __slots__ = ("source", "ast", "filename", "line")

    def __init__(self, source, ast, filename="", line=0):
        self.source, self.ast, self.filename, self.line = source, ast, filename, line

    def __repr__(self):
        return f"Expression({self.source!r})"

    def variables(self):
        """Names of the variables the expression reads."""
        return [n[1] for n in _walk(self.ast) if n[0] == "var"]

    def calls(self):
        """(name, args) of every function call, args as ASTs."""
        return [(n[1], n[2]) for n in _walk(self.ast) if n[0] == "call"]


def _walk(node):
    yield node
    kind = node[0]
    if kind == "call":
        for arg in node[2]:
            yield from _walk(arg)
    elif kind == "un":
        yield from _walk(node[2])
    elif kind == "bin":
        yield from _walk(node[2])
        yield from _walk(node[3])


def unparse(node):
    """Source-like text for an AST (used for function-call listings)."""
    kind = node[0]
    if kind == "num":
        return format_value(node[1])
    if kind == "str":
        return '"' + node[1].replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind == "bool":
        return "true" if node[1] else "false"
    if kind == "var":
        return node[1]
    if kind == "call":
        return f"{node[1]}({', '.join(unparse(a) for a in node[2])})"
    if kind == "un":
        return ("-" if node[1] == "-" else "not ") + unparse(node[2])
    return f"({unparse(node[2])} {node[1]} {unparse(node[3])})"


# ---------------------------------------------------------------------------------------------
# Parsing


def tokenize(text, filename="", line=0, column=1):
    """List of (kind, value, column). kind: num str bool var id op."""
    tokens, pos = [], 0
    append = tokens.append
    for m in _TOKEN.finditer(text):
        start = m.start()
        if start != pos:
            break
        pos = m.end()
        kind = m.lastgroup
        if kind == "ws":
            continue
        value = m.group()
        if kind == "op":
            append(("op", _SYMBOLS.get(value, value), column + start))
        elif kind == "var":
            append(("var", value, column + start))
        elif kind == "num":
            append(("num", float(value) if "." in value else int(value), column + start))
        elif kind == "str":
            append(("str", _UNESCAPE.sub(r"\1", value[1:-1]), column + start))
        elif value in ("true", "false"):
            append(("bool", value == "true", column + start))
        elif value in _WORDS:
            append(("op", _WORDS[value], column + start))
        else:
            append(("id", value, column + start))
    if pos != len(text):
        raise YarnSyntaxError(f"unexpected character {text[pos]!r} in expression",
                              filename, line, column + pos)
    return tokens


_UNESCAPE = re.compile(r"\\(.)")


class _Parser:
    def __init__(self, tokens, filename, line, end_column):
        self.tokens, self.i = tokens, 0
        self.filename, self.line, self.end_column = filename, line, end_column

    def error(self, message, tok=None):
        col = tok[2] if tok else self.end_column
        raise YarnSyntaxError(message, self.filename, self.line, col)

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        if tok is None:
            self.error("expression ends too early")
        self.i += 1
        return tok

    def expect_op(self, op):
        tok = self.take()
        if tok[0] != "op" or tok[1] != op:
            self.error(f"expected '{op}' but found {tok[1]!r}", tok)

    def binary(self, min_prec=1):
        """Precedence climbing over _PRECEDENCE; all binary operators group left to right."""
        left = self.unary()
        tokens = self.tokens
        while self.i < len(tokens):
            tok = tokens[self.i]
            prec = _PRECEDENCE.get(tok[1]) if tok[0] == "op" else None
            if prec is None or prec < min_prec:
                return left
            self.i += 1
            left = ("bin", tok[1], left, self.binary(prec + 1))
        return left

    def unary(self):
        tok = self.peek()
        if tok is not None and tok[0] == "op" and tok[1] in ("-", "not"):
            self.i += 1
            return ("un", tok[1], self.unary())
        return self.primary()

    def primary(self):
        tok = self.take()
        kind, value = tok[0], tok[1]
        if kind == "num":
            return ("num", value)
        if kind == "str":
            return ("str", value)
        if kind == "bool":
            return ("bool", value)
        if kind == "var":
            return ("var", value)
        if kind == "id":
            nxt = self.peek()
            if nxt is None or nxt[:2] != ("op", "("):
                self.error(f"unknown word {value!r} (variables start with $; "
                           "function calls need parentheses)", tok)
            self.i += 1
            args = []
            if self.peek() is not None and self.peek()[:2] == ("op", ")"):
                self.i += 1
                return ("call", value, args)
            while True:
                args.append(self.binary())
                sep = self.take()
                if sep[:2] == ("op", ")"):
                    return ("call", value, args)
                if sep[:2] != ("op", ","):
                    self.error(f"expected ',' or ')' in call to {value} but found {sep[1]!r}", sep)
        if tok[:2] == ("op", "("):
            inner = self.binary()
            self.expect_op(")")
            return inner
        self.error(f"unexpected {value!r} in expression", tok)


_AST_CACHE = {}  # source text -> AST; scripts repeat many small expressions


def parse_expression(text, filename="", line=0, column=1):
    """Parse `text` into a reusable Expression. Raises YarnSyntaxError("file:line:col: ...")."""
    ast = _AST_CACHE.get(text)
    if ast is not None:
        return Expression(text, ast, filename, line)
    tokens = tokenize(text, filename, line, column)
    if not tokens:
        raise YarnSyntaxError("empty expression", filename, line, column)
    parser = _Parser(tokens, filename, line, column + len(text))
    ast = parser.binary()
    if parser.i != len(tokens):
        tok = tokens[parser.i]
        parser.error(f"unexpected {tok[1]!r} after the end of the expression", tok)
    if len(_AST_CACHE) < 10000:
        _AST_CACHE[text] = ast
    return Expression(text, ast, filename, line)


# ---------------------------------------------------------------------------------------------
# Evaluation


def _check_number(value, what):
    if type_name(value) != NUMBER:
        raise EvalError(f"{what} needs a number, not {_describe(value)}")
    return value


def _describe(value):
    t = type_name(value)
    return f"the {t} {format_value(value)!r}" if t else f"a {type(value).__name__}"


def _num(x):
    """Keep whole numbers as int so they print and compare cleanly."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2 ** 53:
        return int(x)
    return x


def _binary(op, a, b):
    ta, tb = type_name(a), type_name(b)
    if op in ("==", "!="):
        if ta != tb:
            raise EvalError(f"cannot compare {_describe(a)} with {_describe(b)} using {op}")
        return (a == b) == (op == "==")
    if op in ("and", "or", "xor"):
        if ta != BOOL or tb != BOOL:
            raise EvalError(f"'{op}' needs two bools, not {_describe(a)} and {_describe(b)}")
        return (a and b) if op == "and" else (a or b) if op == "or" else (a != b)
    if op == "+" and ta == STRING and tb == STRING:
        return a + b
    if ta != NUMBER or tb != NUMBER:
        raise EvalError(f"'{op}' needs two numbers, not {_describe(a)} and {_describe(b)}")
    if op == "+":
        return _num(a + b)
    if op == "-":
        return _num(a - b)
    if op == "*":
        return _num(a * b)
    if op in ("/", "%") and b == 0:
        raise EvalError("division by zero")
    if op == "/":
        return _num(a / b)
    if op == "%":
        return _num(math.fmod(a, b))  # C#'s % keeps the sign of the left side
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


_SIGNATURES = {}


def _call(func, name, args):
    sig = _SIGNATURES.get(func)
    if sig is None:
        try:
            sig = inspect.signature(func)
        except (TypeError, ValueError):
            sig = False
        _SIGNATURES[func] = sig
    if sig:
        try:
            sig.bind(*args)
        except TypeError:
            raise EvalError(f"wrong number of arguments for {name}(): got {len(args)}") from None
    return func(*args)


def _eval(node, variables, functions):
    kind = node[0]
    if kind in ("num", "str", "bool"):
        return node[1]
    if kind == "var":
        try:
            return variables[node[1]]
        except KeyError:
            raise EvalError(f"variable {node[1]} has no value and was never declared") from None
    if kind == "bin":
        return _binary(node[1], _eval(node[2], variables, functions),
                       _eval(node[3], variables, functions))
    if kind == "un":
        value = _eval(node[2], variables, functions)
        if node[1] == "-":
            return -_check_number(value, "unary '-'")
        if type_name(value) != BOOL:
            raise EvalError(f"'not' needs a bool, not {_describe(value)}")
        return not value
    # call
    name = node[1]
    func = functions.get(name)
    if func is None:
        raise EvalError(f"unknown function {name}()")
    args = [_eval(a, variables, functions) for a in node[2]]
    result = _call(func, name, args)
    if type_name(result) is None:
        raise EvalError(f"function {name}() returned {_describe(result)}, "
                        "not a number, string or bool")
    return result


def evaluate(parsed, variables, functions=None):
    """Value of a parsed Expression (or source text). `variables` maps "$name" -> value;
    `functions` maps name -> callable and is added to the pure built-ins (the ones that need
    dialogue state, visited() and the random ones, come from Dialogue). Raises EvalError."""
    if isinstance(parsed, str):
        parsed = parse_expression(parsed)
    merged = PURE_FUNCTIONS if not functions else {**PURE_FUNCTIONS, **functions}
    return _eval(parsed.ast, variables, merged)


def call_statement(parsed, variables, functions):
    """Run `<<call f(args)>>`: like evaluate, but the function may return nothing."""
    ast = parsed.ast
    if ast[0] != "call":
        raise EvalError("<<call>> needs a function call, like <<call f(1)>>")
    func = functions.get(ast[1])
    if func is None:
        raise EvalError(f"unknown function {ast[1]}()")
    return _call(func, ast[1], [_eval(a, variables, functions) for a in ast[2]])


def check_condition(text):
    """Error message if `text` is not a usable condition, else None. Checks syntax and, where
    the types can be worked out without running it, that the result is a bool."""
    try:
        parsed = parse_expression(text)
    except YarnSyntaxError as e:
        return e.message
    kind = infer_type(parsed.ast, {})
    if kind is not None and kind != BOOL:
        return f"condition gives a {kind}, not a bool"
    return None


# ---------------------------------------------------------------------------------------------
# Built-in functions (Yarn Spinner's standard library)


def _int_trunc(n):
    return int(_check_number(n, "int()"))


def _inc(n):
    _check_number(n, "inc()")
    return int(n) + 1 if float(n).is_integer() else math.ceil(n)


def _dec(n):
    _check_number(n, "dec()")
    return int(n) - 1 if float(n).is_integer() else math.floor(n)


def _decimal(n):
    _check_number(n, "decimal()")
    return _num(abs(n - math.trunc(n)))


def _round(n):
    return _num(round(_check_number(n, "round()")))  # half to even, like C#'s Math.Round


def _round_places(n, places):
    _check_number(n, "round_places()")
    return _num(round(n, int(_check_number(places, "round_places()"))))


def _to_string(x):
    if type_name(x) is None:
        raise EvalError(f"string() cannot convert {_describe(x)}")
    return format_value(x)


def _to_number(x):
    if type_name(x) == BOOL:
        return 1 if x else 0
    if type_name(x) == NUMBER:
        return x
    try:
        return _num(float(str(x).strip()))
    except ValueError:
        raise EvalError(f"number() cannot convert {_describe(x)}") from None


def _to_bool(x):
    t = type_name(x)
    if t == BOOL:
        return x
    if t == NUMBER:
        return x != 0
    if t == STRING and x.strip().lower() in ("true", "false"):
        return x.strip().lower() == "true"
    raise EvalError(f"bool() cannot convert {_describe(x)}")


_FORMAT_ITEM = re.compile(r"\{0(?::([^}]*))?\}")


def _format_number(value, spec):
    """The common .NET numeric format strings: F/N/D/P/G with an optional digit count."""
    if not spec:
        return format_value(value)
    code, digits = spec[0].upper(), spec[1:]
    if code in "FNDPG" and (digits == "" or digits.isdigit()):
        if type_name(value) != NUMBER:
            raise EvalError(f"format code {spec!r} needs a number, not {_describe(value)}")
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
        raise EvalError(f"format() needs a string first, not {_describe(fmt)}")
    parts, pos = [], 0
    for m in _FORMAT_ITEM.finditer(fmt):
        parts.append(fmt[pos:m.start()])
        parts.append(_format_number(arg, m.group(1)))
        pos = m.end()
    parts.append(fmt[pos:])
    return "".join(parts).replace("{{", "{").replace("}}", "}")


def _format_invariant(n):
    return format_value(_check_number(n, "format_invariant()"))


PURE_FUNCTIONS = {
    "round": _round,
    "round_places": _round_places,
    "floor": lambda n: _num(math.floor(_check_number(n, "floor()"))),
    "ceil": lambda n: _num(math.ceil(_check_number(n, "ceil()"))),
    "inc": _inc,
    "dec": _dec,
    "decimal": _decimal,
    "int": _int_trunc,
    "string": _to_string,
    "number": _to_number,
    "bool": _to_bool,
    "format_invariant": _format_invariant,
    "format": _format,
}


def state_functions(rng, visit_count):
    """The built-ins that need dialogue state: random ones from `rng` (a random.Random) and
    visited()/visited_count() from `visit_count(node_name) -> int`."""
    def random_range(a, b):
        lo, hi = int(_check_number(a, "random_range()")), int(_check_number(b, "random_range()"))
        if hi < lo:
            lo, hi = hi, lo
        return rng.randint(lo, hi)

    def dice(sides):
        sides = int(_check_number(sides, "dice()"))
        if sides < 1:
            raise EvalError("dice() needs at least 1 side")
        return rng.randint(1, sides)

    def visited(name):
        if type_name(name) != STRING:
            raise EvalError(f"visited() needs a node name string, not {_describe(name)}")
        return visit_count(name) > 0

    def visited_count(name):
        if type_name(name) != STRING:
            raise EvalError(f"visited_count() needs a node name string, not {_describe(name)}")
        return visit_count(name)

    return {"random": lambda: rng.random(), "random_range": random_range, "dice": dice,
            "visited": visited, "visited_count": visited_count}


# Return types of built-ins, for static checks.
BUILTIN_RETURN_TYPES = {
    "round": NUMBER, "round_places": NUMBER, "floor": NUMBER, "ceil": NUMBER, "inc": NUMBER,
    "dec": NUMBER, "decimal": NUMBER, "int": NUMBER, "string": STRING, "number": NUMBER,
    "bool": BOOL, "format_invariant": STRING, "format": STRING, "random": NUMBER,
    "random_range": NUMBER, "dice": NUMBER, "visited": BOOL, "visited_count": NUMBER,
}


def infer_type(node, known):
    """Static type of an AST, or None when it cannot be told without running it.
    `known` maps "$name" -> type."""
    kind = node[0]
    if kind == "num":
        return NUMBER
    if kind == "str":
        return STRING
    if kind == "bool":
        return BOOL
    if kind == "var":
        return known.get(node[1])
    if kind == "call":
        return BUILTIN_RETURN_TYPES.get(node[1])
    if kind == "un":
        return NUMBER if node[1] == "-" else BOOL
    op = node[1]
    if op in ("==", "!=", "<", "<=", ">", ">=", "and", "or", "xor"):
        return BOOL
    if op == "+":
        left = infer_type(node[2], known)
        return left if left is not None else infer_type(node[3], known)
    return NUMBER
