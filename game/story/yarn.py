"""The game's Yarn Spinner 2.4 runtime: load .yarn scripts, run dialogue, lint scripts.

    program = YarnProgram.from_source(text, filename="chapter1.yarn")  # or YarnProgram.load(paths)
    d = Dialogue(program, variables=story_vars, functions={"has_item": has_item})
    d.start("Start")
    ev = d.next()   # Line | Options | Command | DialogueEnd
    d.select(0)     # after Options

Pure logic: no pygame. See docs/writing.md for the writer's view.
"""

import os
import random
from dataclasses import dataclass, field

from .errors import EvalError, YarnError, YarnRuntimeError, YarnSyntaxError
from .expressions import (PURE_FUNCTIONS, call_statement, format_value, infer_type, state_functions,
                          type_name, unparse, _eval)
from .markup import MarkupAttribute, parse_markup
from .parser import (CallStmt, CommandStmt, DeclareStmt, IfStmt, JumpStmt, LineStmt, OptionGroup,
                     SetStmt, StopStmt, parse_file)

__all__ = ["YarnProgram", "Dialogue", "Line", "Options", "Option", "Command", "DialogueEnd",
           "Problem", "MarkupAttribute", "YarnError", "YarnSyntaxError", "YarnRuntimeError",
           "VISIT_PREFIX", "generate_script"]

VISIT_PREFIX = "$Yarn.Internal.Visiting."
_DEFAULTS = {"number": 0, "string": "", "bool": False}


# ---- events ------------------------------------------------------------------------------------

@dataclass
class Line:
    raw: str            # whole line after interpolation, markup removed: "Mae: hello"
    speaker: str | None  # "Mae", or None
    text: str           # without the speaker: "hello"
    tags: list = field(default_factory=list)     # ["line:a1", "sad"]
    markup: list = field(default_factory=list)   # [MarkupAttribute], positions in `text`
    line_id: str = ""   # "line:a1" from a #line: tag, else "auto:<12 hex>"


@dataclass
class Option:
    raw: str
    text: str
    available: bool
    tags: list = field(default_factory=list)
    markup: list = field(default_factory=list)
    line_id: str = ""
    speaker: str | None = None


@dataclass
class Options:
    options: list


@dataclass
class Command:
    raw: str             # "walk jimmy to bar"
    filename: str = ""
    line: int = 0
    node: str = ""


@dataclass
class DialogueEnd:
    pass


@dataclass
class Problem:
    file: str
    line: int
    message: str
    severity: str  # "error" | "warning"

    def __str__(self):
        return f"{self.file}:{self.line}: {self.severity}: {self.message}"


def split_speaker(plain, attrs):
    """(speaker, text, attrs shifted into text) for a "Name: text" line."""
    colon = plain.find(":")
    if colon <= 0 or not plain[:colon].strip():
        return None, plain, attrs
    start = colon + 1
    while start < len(plain) and plain[start] in " \t":
        start += 1
    shifted = []
    for a in attrs:
        end = a.position + a.length
        if end <= start and a.length > 0 or (a.length == 0 and a.position < start):
            continue  # lies in the speaker's name
        pos = max(a.position, start)
        shifted.append(MarkupAttribute(a.name, pos - start, end - pos, a.properties))
    return plain[:colon].strip(), plain[start:], shifted


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
    """Every node of one or more .yarn files, plus declarations. `nodes`: title -> Node."""

    def __init__(self, node_list):
        self.nodes = {}
        self.duplicates = []  # (later Node, first Node) with the same title
        for node in node_list:
            if node.title in self.nodes:
                self.duplicates.append((node, self.nodes[node.title]))
            else:
                self.nodes[node.title] = node
        self._all_nodes = node_list
        self.declarations = {}   # "$x" -> (value, type, DeclareStmt, Node)
        self.types = {}          # "$x" -> "number" | "string" | "bool" (declared or inferred)
        self.initial_values = {}  # "$x" -> value used while the variables mapping lacks it
        self._compile_declarations()

    @property
    def node_names(self):
        return list(self.nodes)

    @classmethod
    def from_source(cls, text, filename="<string>"):
        return cls(parse_file(text, filename))

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
        nodes = []
        for path in files:
            with open(path, encoding="utf-8") as fh:
                nodes += parse_file(fh.read(), path)
        return cls(nodes)

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
                    raise YarnSyntaxError(f"{stmt.var} is already declared (line {first.line})",
                                          *where)
                if stmt.expr.variables():
                    raise YarnSyntaxError(f"the initial value of {stmt.var} must be a constant",
                                          *where)
                try:
                    value = _eval(stmt.expr.ast, {}, PURE_FUNCTIONS)
                except EvalError as e:
                    raise YarnSyntaxError(str(e), *where) from None
                kind = type_name(value)
                if stmt.type and stmt.type != kind:
                    raise YarnSyntaxError(f"{stmt.var} is declared as {stmt.type} but its "
                                          f"initial value is a {kind}", *where)
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
                        self.initial_values[stmt.var] = _DEFAULTS[kind]
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
                target = stmt.target if isinstance(stmt.target, str) else "{" + stmt.target.source + "}"
                yield node.title, node.filename, stmt.line, "jump", target
            for expr in _expressions(stmt):
                for name, args in expr.calls():
                    yield (node.title, node.filename, stmt.line, "function",
                           unparse(("call", name, args)))

    def lint(self):
        """Problems a writer should fix; see docs/writing.md for the list."""
        problems = []
        for later, first in self.duplicates:
            problems.append(Problem(later.filename, later.line, f"duplicate node title "
                                    f"{later.title!r} (first at {first.filename}:{first.line})",
                                    "error"))
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


# ---- dialogue ----------------------------------------------------------------------------------

class _VariableView:
    """What expressions read: the game's mapping, falling back to declared initial values."""
    __slots__ = ("variables", "initial")

    def __init__(self, variables, initial):
        self.variables, self.initial = variables, initial

    def __getitem__(self, name):
        try:
            return self.variables[name]
        except KeyError:
            return self.initial[name]


class Dialogue:
    """Runs one conversation at a time over a YarnProgram.

    variables: mutable mapping "$name" -> value (visit counts live there too, under
    "$Yarn.Internal.Visiting.<Node>"). functions: name -> callable, added to the built-ins.
    rng: a random.Random for random(), random_range() and dice(); default Random(0)."""

    def __init__(self, program, variables=None, functions=None, rng=None):
        self.program = program
        self.variables = {} if variables is None else variables
        self.rng = rng if rng is not None else random.Random(0)
        self.functions = {**PURE_FUNCTIONS, **state_functions(self.rng, self.visit_count),
                          **(functions or {})}
        self._view = _VariableView(self.variables, program.initial_values)
        self._stack = []      # frames: [statements, next index]
        self._node = None
        self._pending = None  # (OptionGroup, Options) awaiting select()
        self.running = False

    # -- public --

    @property
    def current_node(self):
        return self._node.title if self._node is not None and self.running else None

    def visit_count(self, title):
        return self.variables.get(VISIT_PREFIX + title, 0)

    def start(self, title):
        node = self.program.nodes.get(title)
        if node is None:
            raise YarnRuntimeError(f"no node named {title!r}")
        self._enter(node)
        self._pending = None
        self.running = True

    def stop(self):
        """End the conversation now (the game's skip). The node does not count as visited."""
        self._stack.clear()
        self._pending = None
        self.running = False

    def next(self):
        if self._pending is not None:
            raise self._error("waiting for select(): the last event was Options", self._pending[0])
        if not self.running:
            return DialogueEnd()
        stack = self._stack
        while True:
            if not stack:
                self._exit_node()
                self.running = False
                return DialogueEnd()
            frame = stack[-1]
            stmts, index = frame
            if index >= len(stmts):
                stack.pop()
                continue
            frame[1] = index + 1
            stmt = stmts[index]
            kind = type(stmt)
            if kind is LineStmt:
                if stmt.cond is not None and not self._condition(stmt.cond, stmt):
                    continue
                return self._line(stmt)
            if kind is CommandStmt:
                return Command(self._interpolate(stmt.parts, stmt), self._node.filename,
                               stmt.line, self._node.title)
            if kind is OptionGroup:
                options = [self._option(o) for o in stmt.options]
                event = Options(options)
                self._pending = (stmt, event)
                return event
            if kind is SetStmt:
                self._set(stmt)
            elif kind is IfStmt:
                for cond, body in stmt.clauses:
                    if self._condition(cond, stmt):
                        stack.append([body, 0])
                        break
                else:
                    if stmt.else_body:
                        stack.append([stmt.else_body, 0])
            elif kind is JumpStmt:
                self._jump(stmt)
            elif kind is StopStmt:
                self._exit_node()
                stack.clear()
                self.running = False
                return DialogueEnd()
            elif kind is CallStmt:
                try:
                    call_statement(stmt.expr, self._view, self.functions)
                except EvalError as e:
                    raise self._error(str(e), stmt) from None
            # DeclareStmt: handled when the program loaded.

    def select(self, index):
        if self._pending is None:
            raise YarnRuntimeError("select() called but no options are waiting")
        group, event = self._pending
        if not 0 <= index < len(event.options):
            raise self._error(f"option {index} does not exist (there are "
                              f"{len(event.options)})", group)
        if not event.options[index].available:
            raise self._error(f"option {index} ({event.options[index].text!r}) is not "
                              "available", group.options[index])
        self._pending = None
        self._stack.append([group.options[index].body, 0])

    # -- internals --

    def _error(self, message, stmt):
        node = self._node
        return YarnRuntimeError(message, node.filename if node else "",
                                stmt.line if stmt is not None else 0, node.title if node else "")

    def _enter(self, node):
        self._node = node
        self._stack[:] = [[node.body, 0]]  # in place: next() holds this list

    def _exit_node(self):
        node = self._node
        if node is not None and node.tracking:
            key = VISIT_PREFIX + node.title
            self.variables[key] = self.variables.get(key, 0) + 1

    def _jump(self, stmt):
        target = stmt.target
        if not isinstance(target, str):
            target = self._value(target, stmt)
            if type_name(target) != "string":
                raise self._error(f"<<jump>> needs a node name string, not {target!r}", stmt)
        node = self.program.nodes.get(target)
        if node is None:
            raise self._error(f"<<jump>> to missing node {target!r}", stmt)
        self._exit_node()
        self._enter(node)

    def _value(self, expr, stmt):
        try:
            return _eval(expr.ast, self._view, self.functions)
        except EvalError as e:
            raise self._error(str(e), stmt) from None

    def _condition(self, expr, stmt):
        value = self._value(expr, stmt)
        if type_name(value) != "bool":
            raise self._error(f"condition {expr.source.strip()!r} gives "
                              f"{format_value(value)!r}, not a bool", stmt)
        return value

    def _set(self, stmt):
        value = self._value(stmt.expr, stmt)
        name = stmt.var
        new = type_name(value)
        expected = self.program.types.get(name) if name in self.program.declarations else None
        if expected is None and name in self.variables:
            expected = type_name(self.variables[name])
        if expected is not None and new != expected:
            raise self._error(f"cannot set {name} (a {expected}) to the {new} "
                              f"{format_value(value)!r}", stmt)
        self.variables[name] = value

    def _interpolate(self, parts, stmt):
        if len(parts) == 1 and isinstance(parts[0], str):
            return parts[0]
        return "".join(p if isinstance(p, str) else format_value(self._value(p, stmt))
                       for p in parts)

    def _text(self, stmt):
        try:
            plain, attrs = parse_markup(self._interpolate(stmt.parts, stmt))
        except EvalError as e:
            raise self._error(str(e), stmt) from None
        speaker, text, attrs = split_speaker(plain, attrs)
        return plain, speaker, text, attrs

    def _line(self, stmt):
        plain, speaker, text, attrs = self._text(stmt)
        return Line(plain, speaker, text, list(stmt.tags), attrs, stmt.line_id)

    def _option(self, stmt):
        plain, speaker, text, attrs = self._text(stmt)
        available = stmt.cond is None or self._condition(stmt.cond, stmt)
        return Option(plain, text, available, list(stmt.tags), attrs, stmt.line_id, speaker)


# ---- benchmark script --------------------------------------------------------------------------

def generate_script(n_nodes):
    """A synthetic, deterministic script of n_nodes nodes using most of the syntax; every path
    ends. Node_0 is the start."""
    out = []
    for i in range(n_nodes):
        nxt, skip = i + 1, i + 2
        out.append(f"title: Node_{i}\nmap: club\nspawn: door_{i % 7}\n---\n"
                   f"// node {i} of {n_nodes}\n"
                   f"<<set $count to $count + 1>>\n"
                   f"Margaret: Night {i}, and the [wave]lights[/wave] hum. #line:n{i}a\n"
                   f"Jimmy: You owe me {{$count * 2}} favours. <<if $count > 0>> #mood\n"
                   f"<<if $count % 3 == 0>>\n"
                   f"    Adrian: Three of a kind, {{format_invariant($count)}}.\n"
                   f"<<elseif visited(\"Node_{max(i - 1, 0)}\")>>\n"
                   f"    Adrian: Back again.\n"
                   f"<<else>>\n"
                   f"    Adrian: [b]New[/b] face.\n"
                   f"<<endif>>\n"
                   f"<<walk margaret to bar_{i % 5}>>\n")
        if nxt < n_nodes:
            out.append(f"-> Go on. #line:n{i}b\n"
                       f"    Margaret: On we go.\n"
                       f"    <<jump Node_{nxt}>>\n"
                       f"-> Skip ahead. <<if $count >= 2>>\n"
                       f"    <<jump Node_{min(skip, n_nodes - 1)}>>\n"
                       f"-> Leave.\n"
                       f"    <<stop>>\n")
        out.append("===\n")
    return "".join(out)
