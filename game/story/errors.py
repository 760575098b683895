"""Errors raised by the Yarn runtime, with the location formats writers see.

YarnSyntaxError:  "file:line:column: message"        (raised while loading a script)
YarnRuntimeError: "file:line (node Foo): message"     (raised while running dialogue)
"""


class YarnError(Exception):
    """Base class for every error the story package raises about a script."""


class YarnSyntaxError(YarnError):
    """One mistake found while loading; `errors` holds every mistake of that load (this one
    first), so that a writer sees them all in one run."""

    def __init__(self, message, filename="", line=0, column=0):
        self.filename, self.line, self.column, self.message = filename, line, column, message
        self.errors = [self]
        super().__init__(f"{filename}:{line}:{column}: {message}")

    @classmethod
    def all_of(cls, errors):
        """The first of `errors`, carrying the rest, ready to raise."""
        first = errors[0]
        first.errors = list(errors)
        return first


class YarnRuntimeError(YarnError):
    def __init__(self, message, filename="", line=0, node=""):
        self.filename, self.line, self.node, self.message = filename, line, node, message
        if filename or line:
            where = f"{filename}:{line}" + (f" (node {node})" if node else "")
            super().__init__(f"{where}: {message}")
        else:  # not tied to a line, e.g. start() with an unknown node
            super().__init__(message)


class EvalError(YarnError):
    """An expression failed; the caller adds file, line and node."""
