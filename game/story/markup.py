"""Yarn Spinner markup: `[wave]hi[/wave]`, `[b/]`, `[/]`, `[nomarkup]`, and the replacement
markers `[select]`, `[plural]`, `[ordinal]` (English rules).

parse_markup(text) -> (plain_text, [MarkupAttribute]). Positions and lengths count characters of
the plain text. `\\[`, `\\]`, `\\\\` and `\\:` in the input are literal characters (the line parser
leaves exactly those escapes in place for this step; `\\:` also names no speaker: speaker_colon).
An attribute left open, or any other mistake, raises MarkupError (Yarn 3 then shows the line as
written).
"""

import re
from dataclasses import dataclass, field

from .errors import EvalError
from .expressions import format_value

REPLACEMENT_MARKERS = ("select", "plural", "ordinal")


@dataclass
class MarkupAttribute:
    name: str
    position: int
    length: int
    properties: dict = field(default_factory=dict)


class MarkupError(EvalError):
    pass


def _parse_value(raw):
    if raw.startswith('"'):
        return raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if raw in ("true", "True", "false", "False"):  # the spellings Yarn's markup lexer takes
        return raw.lower() == "true"
    try:
        number = float(raw)
    except ValueError:
        return raw
    return int(number) if number.is_integer() and "." not in raw else number


_SIMPLE_MARKER = re.compile(r"(/?)([A-Za-z0-9_]+)(/?)\Z")
_SPECIAL = re.compile(r"[\\\[\]]")


def _split_marker(body, text):
    """Split the inside of `[...]` into name, properties, closing, self_closing."""
    simple = _SIMPLE_MARKER.match(body)
    if simple:  # the common [b], [/b], [pause/]
        return simple.group(2), {}, bool(simple.group(1)), bool(simple.group(3))
    closing = body.startswith("/")
    if closing:
        body = body[1:]
    self_closing = body.endswith("/")
    if self_closing:
        body = body[:-1]
    tokens, i = [], 0
    while i < len(body):
        c = body[i]
        if c.isspace():
            i += 1
            continue
        j = i
        while j < len(body) and not body[j].isspace():
            if body[j] == '"':
                end = j + 1
                while end < len(body) and body[end] != '"':
                    end += 2 if body[end] == "\\" else 1
                if end >= len(body):
                    raise MarkupError(f"unterminated string in markup [{body}] in {text!r}")
                j = end + 1
            else:
                j += 1
        tokens.append(body[i:j])
        i = j
    if not tokens:
        if closing and not self_closing:
            return "", {}, True, False  # [/] closes everything
        raise MarkupError(f"empty markup marker in {text!r}")
    head, props = tokens[0], {}
    name = head
    if "=" in head:  # short-hand [wave=2] is a property named like the attribute
        name, value = head.split("=", 1)
        props[name] = _parse_value(value)
    if not name.replace("_", "").isalnum():
        raise MarkupError(f"bad markup name {name!r} in {text!r}")
    for tok in tokens[1:]:
        if "=" not in tok:
            raise MarkupError(f"markup property {tok!r} needs a value (name=value) in {text!r}")
        key, value = tok.split("=", 1)
        props[key] = _parse_value(value)
    return name, props, closing, self_closing


def _plural_category(value, ordinal):
    """English plural rules (CLDR) for the `[plural]` and `[ordinal]` markers."""
    if not ordinal:
        return "one" if value == 1 and not isinstance(value, bool) else "other"
    n = abs(int(value)) if float(value).is_integer() else None
    if n is None:
        return "other"
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if n % 10 == 2 and n % 100 != 12:
        return "two"
    if n % 10 == 3 and n % 100 != 13:
        return "few"
    return "other"


def _replacement(name, props, text):
    if "value" not in props:
        raise MarkupError(f"[{name}] needs a value property in {text!r}")
    value = props["value"]
    if name == "select":
        key = format_value(value)
    else:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise MarkupError(f"[{name}] needs a number value, not {value!r} in {text!r}")
        key = _plural_category(value, name == "ordinal")
    chosen = props.get(key, props.get("other"))
    if chosen is None:
        raise MarkupError(f"[{name}] has no case for {key!r} and no 'other' in {text!r}")
    return format_value(chosen).replace("%", format_value(value))


_SPEAKER = re.compile(r"(?:[^:\\]|\\.)*:")


def speaker_colon(text):
    """Index of the colon that ends the speaker's name in a line as written (markup and
    escapes in it): Yarn's rule, the first colon not written `\\:`; -1 if there is none."""
    match = _SPEAKER.match(text)
    return match.end() - 1 if match else -1


def parse_markup(text):
    """(plain text, attributes) for a line's text after interpolation."""
    if "[" not in text and "]" not in text and "\\" not in text:
        return text, []
    out, attrs, open_attrs = [], [], []
    length = 0  # characters in out so far
    i, n = 0, len(text)
    while i < n:
        m = _SPECIAL.search(text, i)
        if m is None:
            out.append(text[i:])
            length += n - i
            break
        if m.start() > i:
            out.append(text[i:m.start()])
            length += m.start() - i
            i = m.start()
        c = text[i]
        if c == "\\" and i + 1 < n:
            out.append(text[i + 1])
            length += 1
            i += 2
            continue
        if c != "[":  # a lone ']' is text, as in Yarn
            out.append(c)
            length += 1
            i += 1
            continue
        end = _marker_end(text, i + 1)
        if end == -1:
            raise MarkupError(f"unterminated '[' at column {i + 1} of {text!r} "
                              "(write \\[ for a bracket)")
        if text[i:end + 1] == "[nomarkup]":  # as Yarn: only this exact marker starts a raw run
            i = end + 1
            stop = text.find("[/nomarkup]", i)
            if stop == -1:
                raise MarkupError(f"[nomarkup] without a [/nomarkup] in {text!r}")
            literal = text[i:stop].replace("\\[", "[").replace("\\]", "]")
            attrs.append(MarkupAttribute("nomarkup", length, len(literal)))
            out.append(literal)
            length += len(literal)
            i = stop + len("[/nomarkup]")
            continue
        name, props, closing, self_closing = _split_marker(text[i + 1:end], text)
        i = end + 1
        if closing:
            if not name:
                for attr in open_attrs:
                    attr.length = length - attr.position
                open_attrs.clear()
                continue
            for k in range(len(open_attrs) - 1, -1, -1):
                if open_attrs[k].name == name:
                    attr = open_attrs.pop(k)
                    attr.length = length - attr.position
                    break
            else:
                raise MarkupError(f"[/{name}] closes an attribute that is not open in {text!r}")
            continue
        if name in REPLACEMENT_MARKERS:
            if not self_closing:
                raise MarkupError(f"[{name}] must self-close: [{name} ... /] in {text!r}")
            replacement = _replacement(name, props, text)
            out.append(replacement)
            length += len(replacement)
            continue
        attr = MarkupAttribute(name, length, 0, props)
        attrs.append(attr)
        if not self_closing:
            open_attrs.append(attr)
            continue
        # A self-closing marker between spaces eats the space after it, so "a [x/] b" reads
        # "a b" (the rule Yarn's docs give), unless it says trimwhitespace=false; like Yarn, the
        # attribute has the property either way.
        trim = props.setdefault("trimwhitespace", True)
        at_gap = length == 0 or "".join(out)[-1].isspace()
        if trim is not False and at_gap and i < n and text[i].isspace():
            i += 1
    if open_attrs:  # Yarn 3: every attribute is closed ([/name] or [/]) or self-closing
        raise MarkupError(f"[{open_attrs[0].name}] is not closed in {text!r} (close it with "
                          f"[/{open_attrs[0].name}] or [/])")
    return "".join(out), attrs


def _marker_end(text, i):
    """Index of the `]` that ends the marker whose text starts at i, past "quoted" values (with
    \\" inside them); -1 if none."""
    quoted = False
    while i < len(text):
        c = text[i]
        if quoted and c == "\\":
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == "]" and not quoted:
            return i
        i += 1
    return -1
