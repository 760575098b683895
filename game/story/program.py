"""A loaded set of .yarn files: nodes, declarations, inferred types, lint, statement listing."""

import os
from dataclasses import dataclass

from .errors import EvalError, YarnSyntaxError
from .expressions import (PURE_FUNCTIONS, check_types, eval_ast, infer_type, type_name,
                          unparse)
from .parser import ParsedFile, parse_source
from .statements import (CallStmt, CommandStmt, DeclareStmt, IfStmt, JumpStmt, LineStmt,
                         OptionGroup, SetStmt)
from .values import DEFAULTS

VISIT_PREFIX = "$Yarn.Internal.Visiting."


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


# ---- program -----------------------------------------------------------------------------------

def _walk(stmts):
    """Every statement, depth first, including those inside options and ifs."""
    for stmt in stmts:
        yield stmt
        if isinstance(stmt, OptionGroup):
            for option in stmt.options:
                yield option
                yield from _walk(option.body)
        elif isinstance(stmt, IfStmt):
            for _, body in stmt.clauses:
                yield from _walk(body)
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
    elif isinstance(stmt, JumpStmt) and not isinstance(stmt.target, str):
        yield stmt.target


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
        for node in self._all_nodes:
            first = self.nodes.get(node.title)
            if first is not None:
                self._error(f"duplicate node title {node.title!r} (first at {first.filename}:"
                            f"{first.line})", node.filename, node.line)
            else:
                self.nodes[node.title] = node
        self.declarations = {}   # "$x" -> (value, type, DeclareStmt, Node)
        self.types = {}          # "$x" -> "number" | "string" | "bool" (declared or inferred)
        self.initial_values = {}  # "$x" -> value used while the variables mapping lacks it
        self._compile_declarations()

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
        return cls(parse_files(files)).raise_errors()

    def _statements(self):
        """(Node, stmt) for every statement of every node (duplicates included)."""
        for node in self._all_nodes:
            for stmt in _walk(node.body):
                yield node, stmt

    def _compile_declarations(self):
        sets = []
        for node, stmt in self._statements():
            if isinstance(stmt, DeclareStmt):
                where = (node.filename, stmt.line, 1)
                if stmt.var in self.declarations:
                    first = self.declarations[stmt.var][2]
                    self._error(f"{stmt.var} is already declared (line {first.line})", *where)
                    continue
                if stmt.expr.variables():
                    self._error(f"the initial value of {stmt.var} must be a constant", *where)
                    continue
                try:
                    value = eval_ast(stmt.expr.ast, {}, PURE_FUNCTIONS)
                except EvalError as e:
                    self._error(str(e), *where)
                    continue
                kind = type_name(value)
                if stmt.type and stmt.type != kind:
                    self._error(f"{stmt.var} is declared as {stmt.type} but its initial value "
                                f"is a {kind}", *where)
                    continue
                self.declarations[stmt.var] = (value, kind, stmt, node)
                self.types[stmt.var] = kind
                self.initial_values[stmt.var] = value
            elif isinstance(stmt, SetStmt):
                sets.append(stmt)
        # Undeclared variables take the type of what they are set to and start at that type's
        # default (0, "" or false), as Yarn Spinner infers them.
        changed = True
        while changed:
            changed = False
            for stmt in sets:
                if stmt.var not in self.types:
                    kind = infer_type(stmt.expr.ast, self.types)
                    if kind:
                        self.types[stmt.var] = kind
                        self.initial_values[stmt.var] = DEFAULTS[kind]
                        changed = True

    def iter_statements(self):
        """(node title, filename, line, kind, text) for every command, jump and function call.
        kind "command": text is the command source ("walk {$who} to bar");
        kind "jump": the target title, or "{expr}" for a computed jump;
        kind "function": the call as source, e.g. 'has_item("key")'."""
        for node, stmt in self._statements():
            if isinstance(stmt, CommandStmt):
                yield node.title, node.filename, stmt.line, "command", stmt.source
            elif isinstance(stmt, JumpStmt):
                target = stmt.target
                if not isinstance(target, str):
                    target = "{" + target.source + "}"
                yield node.title, node.filename, stmt.line, "jump", target
            for expr in _expressions(stmt):
                for name, args in expr.calls():
                    yield (node.title, node.filename, stmt.line, "function",
                           unparse(("call", name, args)))

    def _type_errors(self, stmt):
        """Type mistakes visible without running `stmt`, as Yarn's compiler reports them."""
        errors = []
        for expr in _expressions(stmt):
            check_types(expr.ast, self.types, errors)
        conditions = [cond for cond, _ in stmt.clauses] if isinstance(stmt, IfStmt) else \
            [stmt.cond] if isinstance(stmt, LineStmt) and stmt.cond is not None else []
        for cond in conditions:
            kind = infer_type(cond.ast, self.types)
            if kind not in (None, "bool"):
                errors.append(f"condition {cond.source.strip()!r} gives a {kind}, not a bool")
        if isinstance(stmt, SetStmt):
            want, got = self.types.get(stmt.var), infer_type(stmt.expr.ast, self.types)
            if want and got and want != got:
                errors.append(f"{stmt.var} holds a {want} but is set to a {got}")
        return errors

    def lint(self):
        """Problems a writer should fix; see docs/writing.md for the list."""
        problems = list(self.parse_warnings)
        line_ids = {}
        written = set(self.declarations)
        reads = []
        for node, stmt in self._statements():
            if isinstance(stmt, JumpStmt) and isinstance(stmt.target, str) \
                    and stmt.target not in self.nodes:
                problems.append(Problem(node.filename, stmt.line,
                                        f"jump to missing node {stmt.target!r}", "error"))
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
            problems += [Problem(node.filename, stmt.line, message, "error")
                         for message in self._type_errors(stmt)]
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
