"""What a parsed .yarn file is made of: Nodes holding trees of statements.

The parser builds these; the program, linter and runner read them."""

import hashlib


class Stmt:
    __slots__ = ("line",)


class LineStmt(Stmt):
    """A line of dialogue. parts: str and Expression pieces; cond: Expression or None;
    scope: (file base name, node title), which with the source text makes the automatic id."""
    __slots__ = ("parts", "cond", "tags", "_line_id", "source", "scope")

    def __init__(self, parts, cond, tags, line, line_id, source, scope):
        self.parts, self.cond, self.tags, self.line = parts, cond, tags, line
        self._line_id, self.source, self.scope = line_id, source, scope

    @property
    def line_id(self):
        """The #line: tag ("line:a1"), else "auto:" + a hash of file, node and source text
        (worked out on first use, to keep loading fast)."""
        if self._line_id is None:
            key = f"{self.scope[0]}\0{self.scope[1]}\0{self.source}".encode("utf-8")
            self._line_id = "auto:" + hashlib.sha1(key).hexdigest()[:12]
        return self._line_id


class OptionStmt(LineStmt):
    __slots__ = ("body",)


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


class Node:
    """One node. headers: every `key: value` header (title included); body: [Stmt]."""
    __slots__ = ("title", "headers", "filename", "line", "body", "tracking")

    def __init__(self, title, headers, filename, line, body):
        self.title, self.headers, self.filename, self.line, self.body = (
            title, headers, filename, line, body)
        self.tracking = headers.get("tracking", "always").strip() != "never"

    def __repr__(self):
        return f"Node({self.title!r}, {self.filename}:{self.line})"
