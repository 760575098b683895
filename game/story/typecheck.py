"""The load-time type checker, as Yarn Spinner's compiler has one.

Every variable and function gets one type, from its declaration or else from how it is used
(`<<set $x to 1>>`, `<<if $x>>`, `$x == "a"`): a variable whose type can be worked out is
declared implicitly with that type's default, as in Yarn. Then every expression is checked, and
every mistake is reported as "file:line: problem" in one run: operators given the wrong types,
conditions that are not bools, a variable set to another type, a `<<jump {...}>>` that is not a
string, a variable whose type nothing tells, a function used with two return types or two
argument counts. The same checker types a single expression (`expression_type`) and checks a
map's `condition` property (`check_condition`), with the same messages.
"""

from types import SimpleNamespace

from .errors import YarnSyntaxError
from .expressions import parse_expression, unparse
from .functions import BUILTIN_SIGNATURES
from .statements import (CallStmt, CommandStmt, DeclareStmt, DetourStmt, IfStmt, JumpStmt,
                         LineStmt, OnceStmt, OptionStmt, SetStmt)
from .values import BOOL, NUMBER, STRING

ANY = "any"
_PASSES = 4  # inference rounds before the reporting one; types spread along set chains


class TypeChecker:
    """Check `program` (a YarnProgram whose declarations and enums are compiled); fills in
    program.types / initial_values for implicit declarations. check() -> [(file, line, msg)]."""

    def __init__(self, program):
        self.program = program
        self.types = program.types
        self.functions = {}   # unknown (game) functions: name -> [arg types, return type, where]
        self.errors = None    # None while inferring: only the last pass reports
        self.untyped = {}     # "$x" -> where it was read with no type to go by
        self.where = ("", 0)

    def check(self):
        for _ in range(_PASSES):
            known = (len(self.types), sum(f[1] is not None for f in self.functions.values()))
            self._pass()
            if known == (len(self.types),
                         sum(f[1] is not None for f in self.functions.values())):
                break
        self.errors, self.untyped = [], {}
        self._pass()
        for var, (filename, line) in self.untyped.items():
            if var not in self.types:
                self._error(f"the type of {var} cannot be worked out from how it is used: "
                            f"declare it, e.g. <<declare {var} = 0>> (or = \"\" or = false)",
                            (filename, line))
        return self.errors

    # -- statements --

    def _pass(self):
        for node, stmt in self.program._statements():
            self.where = (node.filename, stmt.line)
            self._statement(stmt)
        for node in self.program._all_nodes:
            for when in node.when:
                if when.cond is not None:
                    self.where = (node.filename, when.line)
                    self._condition(when.cond, "when:")

    def _statement(self, stmt):
        check = _STATEMENT_CHECKS.get(type(stmt))
        if check is not None:
            check(self, stmt)

    def _line(self, stmt):
        for part in stmt.parts:
            if not isinstance(part, str):
                self._type(part.ast)
        if isinstance(stmt, LineStmt) and stmt.cond is not None:
            self._condition(stmt.cond, "<<if>>")

    def _set(self, stmt):
        want = self.types.get(stmt.var)
        got = self._type(stmt.expr.ast, want)
        if want is None and got is None:  # `<<set $a = f()>>`, f's type unknown too: Yarn refuses it
            self.untyped.setdefault(stmt.var, self.where)
        elif want is None:
            self._implicit(stmt.var, got)
        elif want and got and got != want:
            self._error(f"{stmt.var} holds a {want} but is set to a {got} "
                        f"({stmt.expr.source.strip()})")

    def _declare(self, stmt):
        if stmt.var in self.program.smart:
            got = self._type(stmt.expr.ast, stmt.type)
            if stmt.var not in self.types and got is not None:
                self.types[stmt.var] = got

    def _if(self, stmt):
        for cond, _ in stmt.clauses:
            self._condition(cond, "<<if>>")

    def _once(self, stmt):
        if stmt.cond is not None:
            self._condition(stmt.cond, "<<once if>>")

    def _jump(self, stmt):
        if isinstance(stmt.target, str):
            return
        got = self._type(stmt.target.ast, STRING)
        if got not in (None, STRING):
            word = "jump" if isinstance(stmt, JumpStmt) else "detour"
            self._error(f"<<{word} {{{stmt.target.source.strip()}}}>> needs a node title "
                        f"(a string), not a {got}")

    def _call_statement(self, stmt):
        self._type(stmt.expr.ast)

    def _condition(self, expr, what):
        got = self._type(expr.ast, BOOL)
        if got not in (None, BOOL):
            self._error(f"the {what} condition {expr.source.strip()!r} gives a {got}, not a bool")

    # -- expressions --

    def _type(self, node, expected=None):
        """The type of an AST (None if unknown); `expected` lets an untyped variable or game
        function take its type from where it is used."""
        kind = node[0]
        if kind == "num":
            return NUMBER
        if kind == "str":
            return STRING
        if kind == "bool":
            return BOOL
        if kind == "case":
            return node[1]
        if kind == "var":
            return self._variable(node[1], expected)
        if kind == "call":
            return self._call(node, expected)
        if kind == "un":
            want = NUMBER if node[1] == "-" else BOOL
            self._operand(node[2], want, node)
            return want
        return self._binary(node, expected)

    def _binary(self, node, expected):
        op, left, right = node[1], node[2], node[3]
        if op in ("==", "!="):
            lt = self._type(left)
            rt = self._type(right, lt)
            if lt is None and rt is not None:
                lt = self._type(left, rt)
            if lt and rt and lt != rt:
                self._error(f"cannot compare a {lt} with a {rt} in {unparse(node)}")
            return BOOL
        if op in ("and", "or", "xor"):
            self._operand(left, BOOL, node)
            self._operand(right, BOOL, node)
            return BOOL
        if op == "+":
            return self._plus(node, expected)
        self._operand(left, NUMBER, node)
        self._operand(right, NUMBER, node)
        return BOOL if op in ("<", "<=", ">", ">=") else NUMBER

    def _plus(self, node, expected):
        """'+' adds two numbers or joins two strings."""
        hint = expected if expected in (NUMBER, STRING) else None
        lt = self._type(node[2], hint)
        rt = self._type(node[3], lt or hint)
        if lt is None and rt is not None:
            lt = self._type(node[2], rt)
        for side in (lt, rt):
            if side not in (None, NUMBER, STRING):
                self._error(f"'+' needs numbers or strings, not a {side}, in {unparse(node)}")
                return None
        if lt and rt and lt != rt:
            self._error(f"'+' needs two numbers or two strings, not a {lt} and a {rt}, in "
                        f"{unparse(node)}")
        return lt or rt

    def _operand(self, node, want, parent):
        got = self._type(node, want)
        if got not in (None, want):
            self._error(f"'{parent[1]}' needs {want}s, not a {got} ({unparse(node)}), in "
                        f"{unparse(parent)}")

    def _variable(self, name, expected):
        got = self.types.get(name)
        if got is None:
            if expected not in (None, ANY):
                self._implicit(name, expected)
                return expected
            if name not in self.program.smart:
                self.untyped.setdefault(name, self.where)
        return got

    def _implicit(self, name, kind):
        """Declare `name` as Yarn does for a variable used but not declared."""
        self.types[name] = kind
        if name not in self.program.initial_values:
            enum = self.program.enums.get(kind)
            self.program.initial_values[name] = next(iter(enum.values())) if enum else \
                {NUMBER: 0, STRING: "", BOOL: False}[kind]

    def _call(self, node, expected):
        name, args = node[1], node[2]
        signature = BUILTIN_SIGNATURES.get(name)
        if signature is not None:
            params, result = signature
            if len(args) != len(params):
                self._error(f"{name}() takes {len(params)} argument(s), not {len(args)}")
            for arg, want in zip(args, params):
                got = self._type(arg, None if want == ANY else want)
                if want != ANY and got not in (None, want):
                    self._error(f"{name}() needs a {want}, not a {got} ({unparse(arg)})")
            return result
        # A game function: its types come from its uses, and must agree between them.
        types = [self._type(arg) for arg in args]
        known = self.functions.get(name)
        if known is None:
            self.functions[name] = [types, expected if expected != ANY else None, self.where]
            return expected if expected != ANY else None
        params, result, first = known
        at = f"{first[0]}:{first[1]}"
        if len(params) != len(types):
            self._error(f"{name}() is called with {len(types)} argument(s) here but "
                        f"{len(params)} at {at}")
        for i, (had, got) in enumerate(zip(params, types)):
            if had is None:
                params[i] = got
            elif got is not None and got != had:
                if self._stringlike(got) and self._stringlike(had):
                    params[i] = STRING  # as in Yarn, a string parameter takes any string enum
                else:
                    self._error(f"argument {i + 1} of {name}() is a {got} here but a {had} at {at}")
        if result is None and expected not in (None, ANY):
            known[1] = expected
        elif result is not None and expected not in (None, ANY, result):
            self._error(f"{name}() is used as a {expected} here but as a {result} at {at}")
        return known[1]

    def _stringlike(self, kind):
        """A string, or an enum whose cases are strings."""
        enum = self.program.enums.get(kind)
        return kind == STRING or bool(enum) and all(isinstance(v, str) for v in enum.values())

    def _error(self, message, where=None):
        if self.errors is not None:
            filename, line = where or self.where
            self.errors.append((filename, line, message))


def _alone(types):
    """A checker for expressions outside any dialogue: `types` ("$x" -> type) is all it knows."""
    return TypeChecker(SimpleNamespace(types=dict(types), smart={}, initial_values={}, enums={}))


def expression_type(ast, types):
    """The static type of an expression's AST, or None when it cannot be told without running it."""
    return _alone(types)._type(ast)


def check_condition(text):
    """The first mistake in a condition outside the dialogue (a map's `condition` property):
    its syntax, or its types as the dialogue's own conditions are checked. None when usable."""
    try:
        parsed = parse_expression(text)
    except YarnSyntaxError as e:
        return e.message
    checker = _alone({})
    checker.errors = []
    checker._condition(parsed, "map")
    return checker.errors[0][2] if checker.errors else None


_STATEMENT_CHECKS = {
    LineStmt: TypeChecker._line, OptionStmt: TypeChecker._line, CommandStmt: TypeChecker._line,
    SetStmt: TypeChecker._set, DeclareStmt: TypeChecker._declare, IfStmt: TypeChecker._if,
    OnceStmt: TypeChecker._once, JumpStmt: TypeChecker._jump, DetourStmt: TypeChecker._jump,
    CallStmt: TypeChecker._call_statement,
}
