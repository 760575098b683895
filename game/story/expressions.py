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
import weakref

from .errors import EvalError, YarnError, YarnSyntaxError
from .functions import PURE_FUNCTIONS, state_functions  # noqa: F401 (re-exported)
from .values import (BOOL, NUMBER, STRING, check_number, describe, format_value,  # noqa: F401
                     type_name, whole)

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<var>\$[^\W\d]\w*)
  | (?P<case>(?:[^\W\d]\w*)?\.[^\W\d]\w*)
  | (?P<id>[^\W\d]\w*)
  | (?P<op>==|!=|<=|>=|&&|\|\||[-+*/%<>!^(),])
""", re.VERBOSE)

# Word forms of operators and their symbol equivalents.
_WORDS = {"and": "and", "or": "or", "xor": "xor", "not": "not", "eq": "==", "is": "==",
          "neq": "!=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">="}
_SYMBOLS = {"&&": "and", "||": "or", "^": "xor", "!": "not"}
# Binary operators by how tightly they bind (Yarn's grammar); all group left to right.
_PRECEDENCE = {"and": 1, "or": 1, "xor": 1, "==": 2, "!=": 2, "<": 3, "<=": 3, ">": 3, ">=": 3,
               "+": 4, "-": 4, "*": 5, "/": 5, "%": 5}


class Expression:
    """A parsed expression. `ast` is a tree of tuples:
    ("num", v) ("str", s) ("bool", b) ("var", "$name") ("call", name, [args]) ("un", op, e)
    ("bin", op, left, right) ("case", "Enum" or None, "Case"[, raw value once resolved])."""

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
    if kind == "case":
        return f"{node[1] or ''}.{node[2]}"
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
        elif kind in ("var", "case"):
            append((kind, value, column + start))
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
        if kind == "case":
            enum, _, case = value.partition(".")
            return ("case", enum or None, case)
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


def _binary(op, a, b):
    ta, tb = type_name(a), type_name(b)
    if op in ("==", "!="):
        if ta != tb:
            raise EvalError(f"cannot compare {describe(a)} with {describe(b)} using {op}")
        return (a == b) == (op == "==")
    if op in ("and", "or", "xor"):
        if ta != BOOL or tb != BOOL:
            raise EvalError(f"'{op}' needs two bools, not {describe(a)} and {describe(b)}")
        return (a and b) if op == "and" else (a or b) if op == "or" else (a != b)
    if op == "+" and ta == STRING and tb == STRING:
        return a + b
    if ta != NUMBER or tb != NUMBER:
        raise EvalError(f"'{op}' needs two numbers, not {describe(a)} and {describe(b)}")
    if op == "+":
        return whole(a + b)
    if op == "-":
        return whole(a - b)
    if op == "*":
        return whole(a * b)
    if op in ("/", "%") and b == 0:
        raise EvalError("division by zero")
    if op == "/":
        return whole(a / b)
    if op == "%":
        return whole(math.fmod(a, b))  # C#'s % keeps the sign of the left side
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


_SIGNATURES = weakref.WeakKeyDictionary()  # callable -> inspect.Signature or False


def _signature(func):
    try:
        return _SIGNATURES[func]
    except (KeyError, TypeError):
        pass
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        sig = False  # some built-in callables have no signature; call them unchecked
    try:
        _SIGNATURES[func] = sig
    except TypeError:
        pass  # not weakly referenceable
    return sig


def _call(func, name, args):
    """Call a Yarn or game function; a wrong argument count or a failure inside the function
    becomes an EvalError so that the runner can say where in the script it happened."""
    sig = _signature(func)
    if sig:
        try:
            sig.bind(*args)
        except TypeError:
            raise EvalError(f"wrong number of arguments for {name}(): got {len(args)}") from None
    try:
        return func(*args)
    except YarnError:
        raise
    except Exception as e:
        raise EvalError(f"{name}() failed: {type(e).__name__}: {e}") from e


def eval_ast(node, variables, functions):
    kind = node[0]
    if kind in ("num", "str", "bool"):
        return node[1]
    if kind == "var":
        try:
            return variables[node[1]]
        except KeyError:
            raise EvalError(f"variable {node[1]} has no value and was never declared") from None
    if kind == "case":
        if len(node) < 4:
            raise EvalError(f"{unparse(node)} is not a case of any enum")
        return node[3]
    if kind == "bin":
        return _binary(node[1], eval_ast(node[2], variables, functions),
                       eval_ast(node[3], variables, functions))
    if kind == "un":
        value = eval_ast(node[2], variables, functions)
        if node[1] == "-":
            return -check_number(value, "unary '-'")
        if type_name(value) != BOOL:
            raise EvalError(f"'not' needs a bool, not {describe(value)}")
        return not value
    # call
    name = node[1]
    func = functions.get(name)
    if func is None:
        raise EvalError(f"unknown function {name}()")
    args = [eval_ast(a, variables, functions) for a in node[2]]
    result = _call(func, name, args)
    if type_name(result) is None:
        raise EvalError(f"function {name}() returned {describe(result)}, "
                        "not a number, string or bool")
    return result


def evaluate(parsed, variables, functions=None):
    """Value of a parsed Expression (or source text). `variables` maps "$name" -> value;
    `functions` maps name -> callable and is added to the pure built-ins (the ones that need
    dialogue state, visited() and the random ones, come from Dialogue). Raises EvalError
    (or YarnSyntaxError when given text that does not parse)."""
    if isinstance(parsed, str):
        parsed = parse_expression(parsed)
    merged = PURE_FUNCTIONS if not functions else {**PURE_FUNCTIONS, **functions}
    return eval_ast(parsed.ast, variables, merged)


def call_statement(parsed, variables, functions):
    """Run `<<call f(args)>>`: like evaluate, but the function may return nothing."""
    ast = parsed.ast
    if ast[0] != "call":
        raise EvalError("<<call>> needs a function call, like <<call f(1)>>")
    func = functions.get(ast[1])
    if func is None:
        raise EvalError(f"unknown function {ast[1]}()")
    return _call(func, ast[1], [eval_ast(a, variables, functions) for a in ast[2]])
