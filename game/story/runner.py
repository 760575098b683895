"""Runs dialogue: Dialogue walks a YarnProgram's statements and hands the game events."""

import random
from dataclasses import dataclass, field

from .errors import EvalError, YarnRuntimeError
from .expressions import (PURE_FUNCTIONS, call_statement, describe, eval_ast, format_value,
                          state_functions, type_name)
from .markup import MarkupAttribute, MarkupError, parse_markup, speaker_colon
from .program import VISIT_PREFIX, complexity
from .saliency import STRATEGIES, Candidate
from .statements import (CallStmt, CommandStmt, DetourStmt, IfStmt, JumpStmt, LineGroup,
                         LineStmt, NodeGroupStmt, OnceStmt, OptionGroup, ReturnStmt,
                         SetStmt, StopStmt)

ONCE_PREFIX = "$Yarn.Internal.Once."


# ---- events ------------------------------------------------------------------------------------

@dataclass
class Line:
    raw: str            # whole line after interpolation, markup removed: "Mae: hello"
    speaker: str | None  # "Mae", or None
    text: str           # without the speaker: "hello"
    tags: list = field(default_factory=list)     # ["line:a1", "sad"]
    markup: list = field(default_factory=list)   # [MarkupAttribute], positions in `text`
    line_id: str = ""   # "line:a1" from a #line: tag, else "auto:<12 hex>"
    values: list = field(default_factory=list)  # its {expressions}, formatted: compose() again


@dataclass
class Option:
    raw: str
    text: str
    available: bool
    tags: list = field(default_factory=list)
    markup: list = field(default_factory=list)
    line_id: str = ""
    speaker: str | None = None
    values: list = field(default_factory=list)


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


def compose(stmt, values, translated=None):
    """(plain, speaker, text, attrs) of a line or option from its {expressions}' values,
    formatted, in the script's order: in the translation's text parts ({n} as the int n) when
    there is one. The history composes a line said earlier again, in the language in use."""
    if translated is None:
        given = iter(values)
        pieces = [p if isinstance(p, str) else next(given) for p in stmt.parts]
    else:
        pieces = [p if isinstance(p, str) else values[p] for p in translated]
    source = "".join(pieces)
    written = source.replace("\\:", ":")  # as Yarn: once the speaker is found, \: is a colon
    try:
        plain, attrs = parse_markup(written)
        marked = True
    except MarkupError:  # as Yarn: the line as written, its markup left in (check warns)
        plain, attrs, marked = written, [], False
    return (plain, *split_speaker(plain, attrs, speaker_end(source, marked)))


def speaker_end(source, marked=True):
    """Where the speaker's name ends in the plain text of a line (the index of its colon), by
    Yarn's rule on the line as written: the first colon not written `\\:`; -1 for none. A line
    that starts with its own [character] attribute has no other. `marked`: the plain text is
    the markup's (else the line as written)."""
    if source.lstrip().startswith("[character"):
        return -1
    colon = speaker_colon(source)
    prefix = source[:colon]
    if colon <= 0 or "[" not in prefix and "\\" not in prefix:
        return colon  # the same place in the plain text
    prefix = prefix.replace("\\:", ":")
    if not marked:
        return len(prefix)
    try:
        return len(parse_markup(prefix)[0])
    except MarkupError:  # the colon is inside a marker
        return -1


def split_speaker(plain, attrs, colon):
    """(speaker, text, attrs shifted into text) for a "Name: text" line whose colon is at
    plain[colon] (-1: none); a [character name=...] attribute at the start names the speaker."""
    character = next((a for a in attrs if a.name == "character" and a.position == 0), None)
    if character is not None:
        name = character.properties.get("character" if "character" in character.properties
                                        else "name")
        start = character.length
        attrs = [a for a in attrs if a is not character]
    elif colon <= 0 or not plain[:colon].strip():
        return None, plain, attrs
    else:
        name = plain[:colon].strip()
        start = colon + 1
    while start < len(plain) and plain[start] in " \t":
        start += 1
    shifted = []
    for a in attrs:
        end = a.position + a.length
        if end <= start and (a.length > 0 or a.position < start):
            continue  # lies within the speaker's name
        pos = max(a.position, start)
        shifted.append(MarkupAttribute(a.name, pos - start, end - pos, a.properties))
    return (None if name is None else str(name)), plain[start:], shifted


# ---- dialogue ----------------------------------------------------------------------------------

class _VariableView:
    """What expressions read: the game's mapping, falling back to declared initial values;
    smart variables are worked out from their expression on every read."""
    __slots__ = ("variables", "initial", "smart", "functions")

    def __init__(self, variables, program, functions):
        self.variables, self.initial, self.smart = variables, program.initial_values, \
            program.smart
        self.functions = functions

    def __getitem__(self, name):
        try:
            return self.variables[name]
        except KeyError:
            pass
        smart = self.smart.get(name)
        if smart is not None:
            return eval_ast(smart[0].ast, self, self.functions)
        return self.initial[name]


class Dialogue:
    """Runs one conversation at a time over a YarnProgram.

    variables: mutable mapping "$name" -> value (visit counts, `once` flags and saliency view
    counts live there too, under "$Yarn.Internal..."). functions: name -> callable, added to
    the built-ins. rng: a random.Random for random(), random_range(), dice() and the random
    saliency strategies; default Random(0). strings: a translation, line id -> text parts
    (strings.load_table); lines it lacks keep the script's text. saliency: how line groups and node groups choose,
    by Yarn Spinner's strategy names (see saliency.py); Yarn's default is
    random_best_least_recently_seen."""

    def __init__(self, program, variables=None, functions=None, rng=None,
                 saliency="random_best_least_recently_seen", strings=None):
        if saliency not in STRATEGIES:
            raise ValueError(f"unknown saliency strategy {saliency!r} "
                             f"({', '.join(STRATEGIES)})")
        self.program = program
        self.strings = strings or {}  # line id -> translated text parts (see strings.py)
        self.variables = {} if variables is None else variables
        self.rng = rng if rng is not None else random.Random(0)
        self.saliency = STRATEGIES[saliency]
        self.functions = {**PURE_FUNCTIONS, **state_functions(self.rng, self.visit_count),
                          "has_any_content": self.has_any_content, **(functions or {})}
        self._view = _VariableView(self.variables, program, self.functions)
        self._stack = []      # frames of the running node: [statements, next index]
        self._calls = []      # (node, frames) of the nodes a <<detour>> will return to
        self._node = None
        self._pending = None  # (OptionGroup, Options) awaiting select()
        self.running = False

    # -- public --

    @property
    def current_node(self):
        return self._node.title if self._node is not None and self.running else None

    @property
    def awaiting_selection(self):
        """True after next() returned Options and before select()."""
        return self._pending is not None

    def visit_count(self, title):
        return self.variables.get(VISIT_PREFIX + title, 0)

    def has_any_content(self, title):
        """Yarn's has_any_content(): whether a node group has a member whose `when:` holds now (a
        plain node always has; a missing one never)."""
        if type_name(title) != "string":
            raise EvalError(f"has_any_content() needs a node name string, not {describe(title)}")
        node = self.program.nodes.get(title)
        if node is None:
            return False
        group = node.body[0] if node.body and isinstance(node.body[0], NodeGroupStmt) else None
        return group is None or any(all(self._when(w, m) for w in m.when) for m in group.members)

    def start(self, title):
        node = self.program.nodes.get(title)
        if node is None:
            raise YarnRuntimeError(f"no node named {title!r}")
        self._calls.clear()
        self._enter(node)
        self._pending = None
        self.running = True

    def stop(self):
        """End the conversation now (the game's skip). The node does not count as visited."""
        self._stack.clear()
        self._calls.clear()
        self._pending = None
        self.running = False

    def place(self):
        """Where the runner stands, for rollback: resume() goes back there. The variables are the
        caller's to keep (they are the game's mapping)."""
        def frames(stack):
            return [list(frame) for frame in stack]
        return (frames(self._stack), [(node, frames(stack)) for node, stack in self._calls],
                self._node, self._pending, self.running)

    def resume(self, place):
        stack, calls, self._node, self._pending, self.running = place
        self._stack = [list(frame) for frame in stack]
        self._calls = [(node, [list(frame) for frame in frames]) for node, frames in calls]

    def next(self):
        if self._pending is not None:
            raise self._error("waiting for select(): the last event was Options", self._pending[0])
        if not self.running:
            return DialogueEnd()
        stack = self._stack
        while True:
            if not stack:  # the end of a node: back from a detour, or the end
                if self._return():
                    stack = self._stack
                    continue
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
                if not self._passes(stmt):
                    continue
                if stmt.once:
                    self.variables[ONCE_PREFIX + stmt.line_id] = True
                return self._line(stmt)
            if kind is CommandStmt:
                return Command(self._interpolate(stmt.parts, stmt), self._node.filename,
                               stmt.line, self._node.title)
            if kind is OptionGroup:
                options = [self._option(o) for o in stmt.options]
                if not any(o.available for o in options):
                    continue  # none to choose: go on after the group (Yarn 3)
                event = Options(options)
                self._pending = (stmt, event)
                return event
            if kind is LineGroup:
                item = self._most_salient(stmt.items, stmt)
                if item is None:
                    continue
                if item.once:
                    self.variables[ONCE_PREFIX + item.line_id] = True
                stack.append([item.body, 0])
                return self._line(item)
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
            elif kind is OnceStmt:
                key = ONCE_PREFIX + stmt.key
                if not self.variables.get(key) and \
                        (stmt.cond is None or self._condition(stmt.cond, stmt)):
                    self.variables[key] = True
                    stack.append([stmt.body, 0])
                elif stmt.else_body:
                    stack.append([stmt.else_body, 0])
            elif kind is JumpStmt:
                self._jump(stmt)
                stack = self._stack
            elif kind is DetourStmt:
                node = self._target(stmt)
                self._calls.append((self._node, stack))
                self._enter(node)
                stack = self._stack
            elif kind is ReturnStmt:
                stack.clear()
            elif kind is NodeGroupStmt:
                member = self._choose_node(stmt)
                if member is not None:
                    self._calls.append((self._node, stack))
                    self._enter(member)
                    stack = self._stack
            elif kind is StopStmt:
                self._unwind()
                self.running = False
                return DialogueEnd()
            elif kind is CallStmt:
                try:
                    call_statement(stmt.expr, self._view, self.functions)
                except EvalError as e:
                    raise self._error(str(e), stmt) from e.__cause__
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
        chosen = group.options[index]
        if chosen.once:
            self.variables[ONCE_PREFIX + chosen.line_id] = True
        self._stack.append([chosen.body, 0])

    # -- internals --

    def _error(self, message, stmt):
        node = self._node
        return YarnRuntimeError(message, node.filename if node else "",
                                stmt.line if stmt is not None else 0, node.title if node else "")

    def _enter(self, node):
        self._node = node
        self._stack = [[node.body, 0]]

    def _exit_node(self, node):
        if node is not None and node.tracking:
            key = VISIT_PREFIX + node.title
            self.variables[key] = self.variables.get(key, 0) + 1

    def _return(self):
        """Leave the running node: back to where a detour left off (True), or end (False)."""
        self._exit_node(self._node)
        if not self._calls:
            self.running = False
            return False
        self._node, self._stack = self._calls.pop()
        return True

    def _unwind(self):
        """Leave the running node and every node a detour would return to (jump and stop)."""
        self._exit_node(self._node)
        while self._calls:
            self._exit_node(self._calls.pop()[0])

    def _target(self, stmt):
        word = "jump" if isinstance(stmt, JumpStmt) else "detour"
        target = stmt.target
        if not isinstance(target, str):
            target = self._value(target, stmt)
            if type_name(target) != "string":
                raise self._error(f"<<{word}>> needs a node name string, not {target!r}", stmt)
        node = self.program.nodes.get(target)
        if node is None:
            raise self._error(f"<<{word}>> to missing node {target!r}", stmt)
        return node

    def _jump(self, stmt):
        node = self._target(stmt)
        self._unwind()
        self._enter(node)

    # -- saliency (line groups and node groups) --

    def _passes(self, stmt):
        """A line's or option's own condition and `once`."""
        if stmt.once and self.variables.get(ONCE_PREFIX + stmt.line_id):
            return False
        return stmt.cond is None or self._condition(stmt.cond, stmt)

    def _pick(self, candidates):
        """Index of the candidate the strategy picks (and notes as seen), or None."""
        index = self.saliency.query(candidates, self.variables, self.rng)
        if index is not None:
            self.saliency.selected(candidates[index], self.variables)
        return index

    def _most_salient(self, items, stmt):
        candidates = [Candidate("line." + item.line_id, self._passes(item),
                                complexity([(item.cond, item.once)]))
                      for item in items]
        index = self._pick(candidates)
        return None if index is None else items[index]

    def _choose_node(self, stmt):
        candidates = []
        for member in stmt.members:
            ok = all(self._when(w, member) for w in member.when)
            candidates.append(Candidate("node." + member.title, ok,
                                        complexity([(w.cond, w.once) for w in member.when])))
        index = self._pick(candidates)
        if index is None:
            return None
        member = stmt.members[index]
        if any(w.once for w in member.when):
            self.variables[ONCE_PREFIX + member.title] = True
        return member

    def _when(self, when, node):
        if when.once and self.variables.get(ONCE_PREFIX + node.title):
            return False
        if when.cond is None:
            return True
        try:
            return self._condition(when.cond, None)
        except YarnRuntimeError as e:
            raise YarnRuntimeError(f"when: of node {node.group}: {e.message}", node.filename,
                                   when.line, node.group) from e.__cause__

    def _value(self, expr, stmt):
        try:
            return eval_ast(expr.ast, self._view, self.functions)
        except EvalError as e:
            raise self._error(str(e), stmt) from e.__cause__

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
        expected = self.program.raw_type(self.program.types.get(name)) \
            if name in self.program.declarations else None
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
        try:  # each expression once, in the script's order, whatever order a translation uses
            values = [format_value(self._value(p, stmt)) for p in stmt.parts if not isinstance(p, str)]
            return (*compose(stmt, values, self.strings.get(stmt.line_id)), values)
        except EvalError as e:
            raise self._error(str(e), stmt) from e.__cause__

    def _line(self, stmt):
        plain, speaker, text, attrs, values = self._text(stmt)
        return Line(plain, speaker, text, list(stmt.tags), attrs, stmt.line_id, values)

    def _option(self, stmt):
        plain, speaker, text, attrs, values = self._text(stmt)
        return Option(plain, text, self._passes(stmt), list(stmt.tags), attrs, stmt.line_id,
                      speaker, values)
