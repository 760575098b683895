"""What a parsed .yarn file is made of: Nodes holding trees of statements.

The parser builds these; the program, linter and runner read them."""

import hashlib


class Stmt:
    __slots__ = ("line",)


class LineStmt(Stmt):
    """A line of dialogue. parts: str and Expression pieces; cond: Expression or None;
    once: shown (or, for an option, chosen) at most once (`<<once>>`, `<<once if ...>>`);
    scope: (file base name, node title), which with the source text makes the automatic id.
    A shadow line (`#shadow:id`) takes the id of the line it repeats."""
    __slots__ = ("parts", "cond", "tags", "_line_id", "source", "scope", "once")

    def __init__(self, parts, cond, tags, line, line_id, source, scope, once=False):
        self.parts, self.cond, self.tags, self.line = parts, cond, tags, line
        self._line_id, self.source, self.scope, self.once = line_id, source, scope, once

    @property
    def shadow_of(self):
        """"line:x" for a line tagged #shadow:x, else None."""
        for tag in self.tags:
            if tag.startswith("shadow:"):
                return "line:" + tag[7:]
        return None

    @property
    def line_id(self):
        """The #line: tag ("line:a1"), else text_id() (worked out on first use, to keep loading
        fast)."""
        if self._line_id is None:
            self._line_id = self.text_id()
        return self._line_id

    def text_id(self, node=None):
        """"auto:" + a hash of file, node and source text: the id of a line with no #line: tag,
        which saves made before the lines were tagged remember it by (`node`: another title)."""
        key = f"{self.scope[0]}\0{node or self.scope[1]}\0{self.source}".encode("utf-8")
        return "auto:" + hashlib.sha1(key).hexdigest()[:12]


class OptionStmt(LineStmt):
    __slots__ = ("body",)


class LineGroup(Stmt):
    """`=>` lines: one of `items` (OptionStmts: a line and its body) runs, chosen by saliency."""
    __slots__ = ("items",)

    def __init__(self, items, line):
        self.items, self.line = items, line


class OnceStmt(Stmt):
    """`<<once>>` / `<<once if cond>>` ... `<<else>>` ... `<<endonce>>`; `key` names its flag."""
    __slots__ = ("cond", "body", "else_body", "key")

    def __init__(self, cond, body, else_body, key, line):
        self.cond, self.body, self.else_body, self.key, self.line = (
            cond, body, else_body, key, line)


class DetourStmt(Stmt):
    """`<<detour Node>>`: run the node, then come back. target: title or Expression."""
    __slots__ = ("target",)

    def __init__(self, target, line):
        self.target, self.line = target, line


class ReturnStmt(Stmt):
    __slots__ = ()

    def __init__(self, line):
        self.line = line


class EnumStmt(Stmt):
    """`<<enum Name>>` with cases [(case name, raw value Expression or None, line)]."""
    __slots__ = ("name", "cases")

    def __init__(self, name, cases, line):
        self.name, self.cases, self.line = name, cases, line


class NodeGroupStmt(Stmt):
    """The body of a node group's hub: run the most salient member Node (or none)."""
    __slots__ = ("members",)

    def __init__(self, members, line):
        self.members, self.line = members, line


class OptionGroup(Stmt):
    __slots__ = ("options",)

    def __init__(self, options, line):
        self.options, self.line = options, line


class SetStmt(Stmt):
    __slots__ = ("var", "expr")

    def __init__(self, var, expr, line):
        self.var, self.expr, self.line = var, expr, line


class DeclareStmt(Stmt):
    __slots__ = ("var", "expr", "type")

    def __init__(self, var, expr, type_, line):
        self.var, self.expr, self.type, self.line = var, expr, type_, line


class IfStmt(Stmt):
    """clauses: [(Expression, [Stmt])]; else_body: [Stmt]."""
    __slots__ = ("clauses", "else_body")

    def __init__(self, clauses, else_body, line):
        self.clauses, self.else_body, self.line = clauses, else_body, line


class JumpStmt(Stmt):
    """target: node title (str) or Expression for `<<jump {expr}>>`."""
    __slots__ = ("target",)

    def __init__(self, target, line):
        self.target, self.line = target, line


class StopStmt(Stmt):
    __slots__ = ()

    def __init__(self, line):
        self.line = line


class CallStmt(Stmt):
    __slots__ = ("expr",)

    def __init__(self, expr, line):
        self.expr, self.line = expr, line


class CommandStmt(Stmt):
    """A game command. parts: str and Expression pieces; source: the text between << >>."""
    __slots__ = ("parts", "source")

    def __init__(self, parts, source, line):
        self.parts, self.source, self.line = parts, source, line


class When:
    """A node's `when:` header: always, once, once if COND, or COND (an Expression)."""
    __slots__ = ("cond", "once", "line")

    def __init__(self, cond, once, line):
        self.cond, self.once, self.line = cond, once, line


class Node:
    """One node. headers: every `key: value` header (title included; the last of repeated keys);
    when: [When] (a member of a node group has at least one); group: the group's title for a
    member, whose own title is made unique ("Guard.2"); body: [Stmt]."""
    __slots__ = ("title", "headers", "filename", "line", "body", "tracking", "when", "group")

    def __init__(self, title, headers, filename, line, body, when=()):
        self.title, self.headers, self.filename, self.line, self.body = (
            title, headers, filename, line, body)
        self.tracking = headers.get("tracking", "always").strip() != "never"
        self.when, self.group = list(when), None

    def __repr__(self):
        return f"Node({self.title!r}, {self.filename}:{self.line})"
