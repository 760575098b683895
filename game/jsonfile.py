"""Reading the JSON files the player's machine keeps (saves, settings, progress) defensively.

A file may be anything: huge, not text, a nesting bomb, numbers of thousands of digits, NaN. The
limits are checked on the raw bytes and text before `json` parses them, so no file can exhaust
memory or the stack, or raise anything but `BadFile` with a short reason for the player. A UTF-8
byte order mark (Windows Notepad writes one) is accepted.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from game.ui.strings import Message

MAX_DEPTH = 16  # saves nest 5 deep; settings 3
MAX_DIGITS = 24  # digits in a row in a number: more than any save or setting needs (2**64 has 20)
MAX_STRING = 100_000  # characters in one string: a save's thumbnail, the longest, is some 10,000

# strings (an unterminated one runs to the end), brackets, and over-long runs of digits: the only
# tokens the limits need; everything else is left to the parser
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]|\d{%d,}' % (MAX_DIGITS + 1), re.S)


class BadFile(ValueError):
    """A file whose content cannot be used; the message (a ui.strings.Message) is the short
    reason shown to the player."""


def read(path: Path, max_bytes: int) -> Any:
    """The JSON value in a file. FileNotFoundError when there is none, OSError when it cannot be
    read, BadFile when its content is not usable JSON within the limits."""
    with open(path, "rb") as fh:
        raw = fh.read(max_bytes + 1)  # never more than the limit in memory
    if len(raw) > max_bytes:
        raise BadFile(Message("file_error.too_big"))
    return parse(raw)


def parse(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadFile(Message("file_error.not_text")) from None
    check_limits(text)
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        raise BadFile(Message("file_error.truncated" if exc.pos >= len(exc.doc.rstrip())
                             else "file_error.not_json")) from None


def check_limits(text: str) -> None:
    """Raise BadFile if the text nests too deep, holds too long a string or too many digits."""
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            if len(token) > MAX_STRING + 2:
                raise BadFile(Message("file_error.long_text"))
        elif first in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise BadFile(Message("file_error.too_deep"))
        elif first in "]}":
            depth -= 1
        else:
            raise BadFile(Message("file_error.many_digits"))


def _no_constant(name: str) -> float:
    raise BadFile(Message("file_error.constant", name))


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BadFile(Message("file_error.too_big_number"))
    return value
