"""A loaded set of .yarn files: nodes, declarations, inferred types, lint, statement listing."""

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass

from .errors import EvalError, YarnSyntaxError
from .expressions import (PURE_FUNCTIONS, eval_ast, type_name,
                          unparse)
from .parser import ParsedFile, parse_source
from .typecheck import TypeChecker, expression_type
from .statements import (CallStmt, CommandStmt, DeclareStmt, DetourStmt, EnumStmt, IfStmt,
                         JumpStmt, LineGroup, LineStmt, Node, NodeGroupStmt, OnceStmt,
                         OptionGroup, SetStmt)
from .values import DEFAULTS

VISIT_PREFIX = "$Yarn.Internal.Visiting."
BASE_TYPES = ("number", "string", "bool")


@dataclass
class Problem:
    file: str
    line: int
    message: str
    severity: str  # "error" | "warning"

    def __str__(self):
        return f"{self.file}:{self.line}: {self.severity}: {self.message}"


def parse_files(paths):
    """ParsedFiles for .yarn paths; raises one YarnSyntaxError carrying the mistakes of all."""
    parsed, errors = [], []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                parsed.append(parse_source(fh.read(), path))
        except YarnSyntaxError as e:
            errors += e.errors
    if errors:
        raise YarnSyntaxError.all_of(errors)
    return parsed


@contextmanager
def _collector_paused():
    """A script's parse and checks make hundreds of thousands of small objects and no garbage
    cycles: the collector's passes over them were a fifth to a third of a large load."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# ---- program -----------------------------------------------------------------------------------

def _is_literal(expr):
    """Whether a declaration's value is what Yarn stores as a variable's initial value: a number,
    string, boolean, a negative number or an enum case, written as such (no brackets)."""
    source = expr.source.strip()
    if source.startswith("-"):
        number = expr.ast[2] if expr.ast[0] == "un" else expr.ast
        return number[0] == "num" and source[1:].lstrip()[:1] != "("
    return expr.ast[0] in ("num", "str", "bool", "case") and not source.startswith("(")


def _walk(stmts):
    """Every statement, depth first, including those inside options and ifs."""
    for stmt in stmts:
        yield stmt
        if isinstance(stmt, (OptionGroup, LineGroup)):
            for option in stmt.options if isinstance(stmt, OptionGroup) else stmt.items:
                yield option
                yield from _walk(option.body)
        elif isinstance(stmt, IfStmt):
            for _, body in stmt.clauses:
                yield from _walk(body)
            yield from _walk(stmt.else_body)
        elif isinstance(stmt, OnceStmt):
            yield from _walk(stmt.body)
            yield from _walk(stmt.else_body)


def _expressions(stmt):
    """The parsed expressions a statement holds."""
    if isinstance(stmt, (LineStmt, CommandStmt)):
        for part in stmt.parts:
            if not isinstance(part, str):
                yield part
        if isinstance(stmt, LineStmt) and stmt.cond is not None:
            yield stmt.cond
    elif isinstance(stmt, (SetStmt, DeclareStmt, CallStmt)):
        yield stmt.expr
    elif isinstance(stmt, IfStmt):
        for cond, _ in stmt.clauses:
            yield cond
    elif isinstance(stmt, OnceStmt) and stmt.cond is not None:
        yield stmt.cond
    elif isinstance(stmt, (JumpStmt, DetourStmt)) and not isinstance(stmt.target, str):
        yield stmt.target
    elif isinstance(stmt, EnumStmt):
        for _, value, _ in stmt.cases:
            if value is not None:
                yield value


def _conditions(stmt):
    """The expressions of a statement that must give a bool."""
    if isinstance(stmt, IfStmt):
        return [cond for cond, _ in stmt.clauses]
    if isinstance(stmt, (LineStmt, OnceStmt)) and stmt.cond is not None:
        return [stmt.cond]
    return []


def complexity(when_list):
    """Yarn's saliency score of conditions: 0 for always; 1 for once; for an expression, its
    boolean operators (and, or, xor, not) plus one. When: [(Expression or None, once)]."""
    score = 0
    for cond, once in when_list:
        score += 1 if once else 0
        if cond is not None:
            score += 1 + sum(1 for n in _ast_nodes(cond.ast)
                             if n[0] in ("bin", "un") and n[1] in ("and", "or", "xor", "not"))
    return score


def _ast_nodes(node):
    yield node
    if node[0] == "call":
        for arg in node[2]:
            yield from _ast_nodes(arg)
    elif node[0] == "un":
        yield from _ast_nodes(node[2])
    elif node[0] == "bin":
        yield from _ast_nodes(node[2])
        yield from _ast_nodes(node[3])


def _resolve_cases(node, enums, types, expected=None):
    """The AST with enum cases (`Food.Apple`, `.Apple`) resolved to ("case", enum, name, raw).
    A `.Case` without its enum takes `expected`, else the one enum that has such a case.
    Raises ValueError with the problem for a case that cannot be resolved."""
    kind = node[0]
    if kind == "case":
        enum, case = node[1], node[2]
        if enum is None:
            having = [name for name, cases in enums.items() if case in cases]
            if expected in having:
                enum = expected
            elif len(having) == 1:
                enum = having[0]
            elif not having:
                raise ValueError(f"no enum has a case {case!r}")
            else:
                raise ValueError(f".{case} could be {' or '.join(sorted(having))}: write "
                                 f"{sorted(having)[0]}.{case}")
        if enum not in enums:
            raise ValueError(f"unknown enum {enum!r}")
        if case not in enums[enum]:
            raise ValueError(f"enum {enum} has no case {case!r} ({', '.join(enums[enum])})")
        return ("case", enum, case, enums[enum][case])
    if kind == "call":
        return ("call", node[1], [_resolve_cases(a, enums, types) for a in node[2]])
    if kind == "un":
        return ("un", node[1], _resolve_cases(node[2], enums, types))
    if kind == "bin":
        # The two sides of a comparison tell each other their enum: $food == .Apple
        hint = expected if node[1] not in ("==", "!=") else None
        right_first = node[3][0] == "var" and node[2][0] == "case"
        first, second = (node[3], node[2]) if right_first else (node[2], node[3])
        first = _resolve_cases(first, enums, types, hint)
        known = first[1] if first[0] == "case" else \
            types.get(first[1]) if first[0] == "var" else None
        second = _resolve_cases(second, enums, types, known if known in enums else hint)
        left, right = (second, first) if right_first else (first, second)
        return ("bin", node[1], left, right)
    return node


class YarnProgram:
    """Every node of one or more .yarn files, plus declarations. `nodes`: title -> Node;
    `file_tags`: file name -> the #tags at the top of that file.

    Building one checks the whole program; mistakes are gathered in `errors` (YarnSyntaxError,
    every one of them), and from_source() / load() raise them together."""

    def __init__(self, files):
        if files and not isinstance(files[0], ParsedFile):  # a plain list of Nodes
            files = [ParsedFile("", list(files), [], [])]
        self.nodes = {}
        self.errors = []
        self.file_tags = {f.filename: f.tags for f in files}
        self.parse_warnings = [Problem(f.filename, line, message, "warning")
                               for f in files for line, message in f.warnings]
        self._all_nodes = [node for f in files for node in f.nodes]
        self._stmts = None
        self._group_nodes()
        self.enums = {}          # "Food" -> {"Apple": raw value}
        self.declarations = {}   # "$x" -> (value, type, DeclareStmt, Node)
        self.smart = {}          # "$x" -> Expression worked out on every read
        self.types = {}          # "$x" -> "number" | "string" | "bool" | an enum's name
        self.initial_values = {}  # "$x" -> value used while the variables mapping lacks it
        self._sort_statements()
        self._compile_enums()
        self._compile_declarations()
        self._compile_shadow_lines()
        for filename, line, message in TypeChecker(self).check():
            self._error(message, filename, line)

    def line(self, line_id):
        """The line or option tagged `#line:` line_id (the first, for a shadow line's id), or None."""
        return self._line_ids.get(line_id)

    def _sort_statements(self):
        """One pass over every statement, keeping the few kinds compiling looks at again."""
        self._enum_stmts, self._declares, self._sets, self._shadows = [], [], [], []
        self._dotted = []  # (node, Expression) that may name an enum case
        self._line_ids = {}  # "line:x" -> first LineStmt tagged with it
        for node, stmt in self._statements():
            kind = type(stmt)
            if kind is SetStmt:
                self._sets.append((node, stmt))
                continue
            if kind is DeclareStmt:
                self._declares.append((node, stmt))
                continue
            if kind is EnumStmt:
                self._enum_stmts.append((node, stmt))
            elif isinstance(stmt, LineStmt) and stmt.tags:
                if stmt._line_id:
                    self._line_ids.setdefault(stmt._line_id, stmt)
                if stmt.shadow_of:
                    self._shadows.append((node, stmt))
            for expr in _expressions(stmt):
                if "." in expr.source:
                    self._dotted.append((node, expr))
        for node in self._all_nodes:
            for when in node.when:
                if when.cond is not None:
                    self._dotted.append((node, when.cond))

    def _group_nodes(self):
        """Fill `nodes`. Nodes sharing a title with `when:` headers form a node group: each
        member gets a title of its own (`Guard.2`, or `Guard.<subtitle>`) and a hub node with
        the group's title runs the most salient member (Yarn Spinner 3)."""
        by_title = {}
        for node in self._all_nodes:
            by_title.setdefault(node.title, []).append(node)
        for title, same in by_title.items():
            first = same[0]
            if not any(n.when for n in same):
                self.nodes[title] = first
                for later in same[1:]:
                    self._error(f"duplicate node title {title!r} (first at {first.filename}:"
                                f"{first.line})", later.filename, later.line)
                continue
            members = []
            for n in same:
                if not n.when:
                    self._error(f"node {title} has no when: header, but other nodes titled "
                                f"{title} have one, which makes them a node group: give each "
                                "a when: header (when: always for a fallback)", n.filename,
                                n.line)
                    continue
                n.group = title
                n.title = f"{title}.{n.headers.get('subtitle') or len(members) + 1}"
                if n.title in self.nodes:
                    self._error(f"two nodes of group {title} have the subtitle "
                                f"{n.headers.get('subtitle')!r}", n.filename, n.line)
                    continue
                self.nodes[n.title] = n
                members.append(n)
            hub = Node(title, dict(members[0].headers), members[0].filename, members[0].line,
                       [NodeGroupStmt(members, members[0].line)])
            hub.tracking = any(n.tracking for n in members)
            self.nodes[title] = hub

    def _compile_enums(self):
        for node, stmt in self._enum_stmts:
            where = (node.filename, stmt.line)
            if stmt.name in self.enums or stmt.name in BASE_TYPES:
                self._error(f"enum {stmt.name} is already defined", *where)
                continue
            cases, raw_kinds = {}, set()
            for index, (case, expr, line) in enumerate(stmt.cases):
                if case in cases:
                    self._error(f"enum {stmt.name} has the case {case} twice", node.filename,
                                line)
                    continue
                if expr is None:
                    cases[case] = index
                    raw_kinds.add("number" if index == 0 or "number" in raw_kinds else "none")
                    continue
                try:
                    if expr.variables() or expr.calls() or expr.ast[0] == "case":
                        raise EvalError("must be a constant number or string")
                    value = eval_ast(expr.ast, {}, PURE_FUNCTIONS)
                    if type_name(value) not in ("number", "string"):
                        raise EvalError("must be a number or a string")
                except EvalError as e:
                    self._error(f"enum {stmt.name} case {case}: raw value {e}", node.filename,
                                line)
                    continue
                if value in cases.values():
                    self._error(f"enum {stmt.name} case {case}: raw value {value!r} is already "
                                "used", node.filename, line)
                    continue
                cases[case] = value
                raw_kinds.add(type_name(value))
            if len(raw_kinds - {"none"}) > 1 or ("string" in raw_kinds and
                                                 len(raw_kinds) > 1):
                self._error(f"enum {stmt.name}: raw values must all be numbers or all strings "
                            "(and strings must be given for every case)", *where)
            self.enums[stmt.name] = cases

    def raw_type(self, kind):
        """The type of the values a variable of type `kind` holds at run time (an enum's
        values are its raw values)."""
        if kind in self.enums:
            values = list(self.enums[kind].values())
            return type_name(values[0]) if values else None
        return kind

    def _resolve(self, expr, node, expected=None):
        """Resolve the enum cases in `expr` in place; False (and an error) if one cannot be."""
        if "." not in expr.source:  # no Enum.Case or .Case in it
            return True
        try:
            expr.ast = _resolve_cases(expr.ast, self.enums, self.types, expected)
            return True
        except ValueError as e:
            self._error(str(e), node.filename, expr.line or node.line)
            return False

    def _compile_shadow_lines(self):
        """A `#shadow:id` line repeats the text of the line tagged `#line:id` and takes its id."""
        for node, stmt in self._shadows:
            where = (node.filename, stmt.line)
            source = self._line_ids.get(stmt.shadow_of)
            if source is None or source is stmt:
                self._error(f"#shadow:{stmt.shadow_of[5:]} names no line with "
                            f"#{stmt.shadow_of}", *where)
            elif any(not isinstance(p, str) for p in stmt.parts + source.parts):
                self._error("a shadow line and its source line may not hold {expressions}",
                            *where)
            elif stmt.parts != source.parts:
                self._error(f"a shadow line must have the same text as its source line "
                            f"({source.scope[0]}:{source.line})", *where)
            else:
                stmt._line_id = stmt.shadow_of

    def _error(self, message, filename, line, column=1):
        self.errors.append(YarnSyntaxError(message, filename, line, column))

    def raise_errors(self):
        if self.errors:
            raise YarnSyntaxError.all_of(sorted(self.errors, key=lambda e: (e.filename, e.line)))
        return self

    @property
    def node_names(self):
        return list(self.nodes)

    @classmethod
    def from_source(cls, text, filename="<string>"):
        with _collector_paused():
            return cls([parse_source(text, filename)]).raise_errors()

    @classmethod
    def load(cls, paths):
        """Load one path or many (a directory loads its *.yarn files, sorted)."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        files = []
        for path in paths:
            path = os.fspath(path)
            if os.path.isdir(path):
                files += sorted(os.path.join(path, f) for f in os.listdir(path)
                                if f.endswith(".yarn"))
            else:
                files.append(path)
        with _collector_paused():
            return cls(parse_files(files)).raise_errors()

    def _statements(self):
        """(Node, stmt) for every statement of every node (duplicates included)."""
        if self._stmts is None:
            self._stmts = [(node, stmt) for node in self._all_nodes for stmt in _walk(node.body)]
        return self._stmts

    def _compile_declarations(self):
        for node, stmt in self._declares:
            self._declare(node, stmt)
        for node, stmt in self._sets:
            if stmt.var in self.smart:
                self._error(f"{stmt.var} is a smart variable (worked out from its declaration) "
                            "and cannot be set", node.filename, stmt.line)
            self._resolve(stmt.expr, node, self.types.get(stmt.var))
        for node, expr in self._dotted:
            self._resolve(expr, node)
        sets = [stmt for _, stmt in self._sets]
        # Undeclared variables take the type of what they are set to and start at that type's
        # default (0, "" or false), as Yarn Spinner infers them.
        changed = True
        while changed:
            changed = False
            for stmt in sets:
                if stmt.var not in self.types:
                    kind = expression_type(stmt.expr.ast, self.types)
                    if kind:
                        self.types[stmt.var] = kind
                        self.initial_values[stmt.var] = DEFAULTS.get(kind)
                        if kind in self.enums:  # an enum variable starts at its first case
                            self.initial_values[stmt.var] = next(iter(self.enums[kind].values()))
                        changed = True
            for var, (expr, _, _) in self.smart.items():
                if var not in self.types:
                    kind = expression_type(expr.ast, self.types)
                    if kind:
                        self.types[var] = kind
                        changed = True
        self._check_smart_loops()

    def _declare(self, node, stmt):
        where = (node.filename, stmt.line, 1)
        if stmt.var in self.declarations or stmt.var in self.smart:
            first = (self.declarations.get(stmt.var) or self.smart[stmt.var])[-2]
            self._error(f"{stmt.var} is already declared (line {first.line})", *where)
            return
        if stmt.type and stmt.type not in BASE_TYPES and stmt.type not in self.enums:
            self._error(f"unknown type {stmt.type!r} (number, string, bool or an enum)", *where)
            return
        if not self._resolve(stmt.expr, node, stmt.type):
            return
        if not _is_literal(stmt.expr):  # Yarn 3: any other expression makes a smart variable
            self.smart[stmt.var] = (stmt.expr, stmt, node)
            return
        try:
            value = eval_ast(stmt.expr.ast, {}, PURE_FUNCTIONS)
        except EvalError as e:
            self._error(str(e), *where)
            return
        ast = stmt.expr.ast
        kind = ast[1] if ast[0] == "case" else type_name(value)
        if stmt.type and stmt.type != kind:
            self._error(f"{stmt.var} is declared as {stmt.type} but its initial value is a "
                        f"{kind}", *where)
            return
        self.declarations[stmt.var] = (value, kind, stmt, node)
        self.types[stmt.var] = kind
        self.initial_values[stmt.var] = value

    def _check_smart_loops(self):
        """A smart variable may read others, but never (through them) itself."""
        def reads(var, path):
            for other in self.smart[var][0].variables():
                if other == path[0]:
                    return path
                if other in self.smart and other not in path:
                    found = reads(other, path + [other])
                    if found:
                        return found
            return None
        for var, (_, stmt, node) in self.smart.items():
            loop = reads(var, [var])
            if loop:
                self._error(f"smart variable {var} depends on itself ({' -> '.join(loop)} -> "
                            f"{var})", node.filename, stmt.line)

    def iter_statements(self):
        """(node title, filename, line, kind, text) for every command, jump and function call.
        kind "command": text is the command source ("walk {$who} to bar");
        kind "jump": the target title of a jump or detour, or "{expr}" for a computed one;
        kind "function": the call as source, e.g. 'has_item("key")'."""
        for node, stmt in self._statements():
            if isinstance(stmt, CommandStmt):
                yield node.title, node.filename, stmt.line, "command", stmt.source
            elif isinstance(stmt, (JumpStmt, DetourStmt)):
                target = stmt.target
                if not isinstance(target, str):
                    target = "{" + target.source + "}"
                yield node.title, node.filename, stmt.line, "jump", target
            for expr in _expressions(stmt):
                for name, args in expr.calls():
                    yield (node.title, node.filename, stmt.line, "function",
                           unparse(("call", name, args)))

    def lint(self):
        """Problems a writer should fix; see docs/writing.md for the list."""
        problems = list(self.parse_warnings)
        line_ids = {}
        written = set(self.declarations)
        reads = []
        for node, stmt in self._statements():
            if isinstance(stmt, (JumpStmt, DetourStmt)) and isinstance(stmt.target, str) \
                    and stmt.target not in self.nodes:
                word = "jump" if isinstance(stmt, JumpStmt) else "detour"
                problems.append(Problem(node.filename, stmt.line,
                                        f"{word} to missing node {stmt.target!r}", "error"))
            if isinstance(stmt, LineStmt):
                for tag in stmt.tags:
                    if tag.startswith("line:"):
                        if tag in line_ids:
                            f, ln = line_ids[tag]
                            problems.append(Problem(node.filename, stmt.line, f"duplicate line "
                                                    f"id #{tag} (first at {f}:{ln})", "error"))
                        else:
                            line_ids[tag] = (node.filename, stmt.line)
            if isinstance(stmt, SetStmt):
                written.add(stmt.var)
            for expr in _expressions(stmt):
                for var in expr.variables():
                    reads.append((var, node, stmt))
                for name, args in expr.calls():
                    if name not in ("visited", "visited_count") or len(args) != 1 \
                            or args[0][0] != "str":
                        continue
                    target = self.nodes.get(args[0][1])
                    if target is None:
                        problems.append(Problem(node.filename, stmt.line, f"{name}() of missing "
                                                f"node {args[0][1]!r}", "warning"))
                    elif not target.tracking:
                        problems.append(Problem(node.filename, stmt.line, f"{name}() of node "
                                                f"{target.title!r}, which has tracking: never "
                                                "(always false / 0)", "warning"))
        reported = set()
        for var, node, stmt in reads:
            if var not in written and not var.startswith(VISIT_PREFIX) and var not in reported:
                reported.add(var)
                problems.append(Problem(node.filename, stmt.line, f"variable {var} is read but "
                                        "never set or declared", "warning"))
        return problems
