"""Parse .yarn source into nodes of statements (no evaluation happens here).

A file is a run of nodes:  header lines (`key: value`, `title:` required), `---`, body, `===`.
Body lines are lines, `->` shortcut options (nested by indentation) and `<<...>>` statements.
Errors raise YarnSyntaxError("file:line:column: message").
"""

import os
import re

from .errors import EvalError, YarnSyntaxError
from .expressions import parse_expression
from .markup import parse_markup
from .statements import (CallStmt, CommandStmt, DeclareStmt, IfStmt, JumpStmt, LineStmt, Node,
                         OptionGroup, OptionStmt, SetStmt, StopStmt)

TITLE_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_HEADER_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_.-]*)\s*:\s?(.*)\Z")
_SPECIAL = re.compile(r"[\\{}#]|<<|//")
_SPECIAL_IN_COMMAND = re.compile(r"[\\{}]")  # a command's text keeps // and # as written
_SET_RE = re.compile(r"(\$[A-Za-z_][A-Za-z0-9_]*)\s*(?:=(?!=)|\bto\b)\s*(.*)\Z", re.S)
_AS_RE = re.compile(r"\s+as\s+([A-Za-z]+)\s*\Z")
_KEYWORD_RE = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)")
MARKUP_ESCAPES = "[]\\"  # kept escaped in text for the markup step

# ---- text scanning -----------------------------------------------------------------------------

def _find_close(s, i, close, filename, line, col0):
    """Index of `close` at or after i, skipping "strings" (for `}` and `>>`); -1 if none."""
    while True:
        end = s.find(close, i)
        quote = s.find('"', i)
        if quote == -1 or end == -1 or end < quote:
            return end
        i = quote + 1  # skip the string, honouring \" inside it
        while True:
            q = s.find('"', i)
            if q == -1:
                raise YarnSyntaxError("unterminated string", filename, line, col0 + quote)
            backslashes = 0
            while s[q - 1 - backslashes] == "\\":
                backslashes += 1
            i = q + 1
            if backslashes % 2 == 0:
                break


def _parse_tags(s, i, filename, line, col0):
    """Tags from s[i:] (which starts at '#' or whitespace); stops at a // comment."""
    tags = []
    for word in s[i:].split():
        if word.startswith("//"):
            break
        if not word.startswith("#") or len(word) == 1:
            raise YarnSyntaxError(f"expected a #tag, found {word!r}", filename, line,
                                  col0 + s.find(word, i))
        tags.append(word[1:])
    return tags


def scan_text(s, filename, line, col0, command=False):
    """Split line text into (parts, condition Expression or None, tags).

    parts alternate literal text and Expressions. Escapes for { } < > # / \\ [ ] are resolved,
    except \\[ \\] \\\\ which stay escaped for the markup step. In a command's text
    (command=True) only {expressions} and escapes are special, and nothing stays escaped.
    """
    special = _SPECIAL_IN_COMMAND if command else _SPECIAL
    markup_escapes = not command
    parts, buf = [], []
    cond = None
    tags = []
    i, n = 0, len(s)
    while i < n:
        m = special.search(s, i)
        if m is None:
            buf.append(s[i:])
            break
        j = m.start()
        buf.append(s[i:j])
        tok = m.group()
        if tok == "\\":
            if j + 1 >= n:
                raise YarnSyntaxError("a line cannot end with a lone \\", filename, line, col0 + j)
            ch = s[j + 1]
            buf.append("\\" + ch if markup_escapes and ch in MARKUP_ESCAPES else ch)
            i = j + 2
        elif tok == "{":
            end = _find_close(s, j + 1, "}", filename, line, col0)
            if end == -1:
                raise YarnSyntaxError("'{' without a matching '}'", filename, line, col0 + j)
            if buf:
                parts.append("".join(buf))
                buf = []
            parts.append(parse_expression(s[j + 1:end], filename, line, col0 + j + 1))
            i = end + 1
        elif tok == "}":
            raise YarnSyntaxError("unexpected '}' (write \\} for a brace)", filename, line,
                                  col0 + j)
        elif tok == "//":
            break
        elif tok == "#":
            tags = _parse_tags(s, j, filename, line, col0)
            break
        else:  # "<<": only a trailing <<if COND>> may follow text
            end = _find_close(s, j + 2, ">>", filename, line, col0)
            inner = s[j + 2:end] if end != -1 else ""
            km = _KEYWORD_RE.match(inner)
            if end == -1 or not km or km.group(1) != "if":
                raise YarnSyntaxError("only a trailing <<if condition>> may follow text on a "
                                      "line (write \\< for a literal <)", filename, line, col0 + j)
            cond_col = col0 + j + 2 + km.end()
            cond = (inner[km.end():], cond_col)
            rest = s[end + 2:]
            stripped = rest.strip()
            if stripped and not stripped.startswith(("#", "//")):
                raise YarnSyntaxError("unexpected text after <<if>>", filename, line,
                                      col0 + end + 2)
            if stripped.startswith("#"):
                tags = _parse_tags(s, end + 2, filename, line, col0)
            break
    if buf:
        parts.append("".join(buf))
    if parts and isinstance(parts[-1], str):
        parts[-1] = parts[-1].rstrip()
        if not parts[-1]:
            parts.pop()
    condition = None
    if cond is not None:
        condition = parse_expression(cond[0], filename, line, cond[1])
    return parts, condition, tags


# ---- file parsing ------------------------------------------------------------------------------

class _Rec:
    __slots__ = ("line", "indent", "content", "blank_before")

    def __init__(self, line, indent, content, blank_before):
        self.line, self.indent, self.content = line, indent, content
        self.blank_before = blank_before


def _tagged_line_id(tags):
    for tag in tags:
        if tag.startswith("line:"):
            return tag
    return None


class _BodyParser:
    def __init__(self, recs, filename, title):
        self.recs, self.filename, self.title = recs, filename, title
        self.id_scope = (os.path.basename(filename), title)  # for automatic line ids

    def error(self, message, rec, col=None):
        raise YarnSyntaxError(message, self.filename, rec.line,
                              col if col is not None else rec.indent + 1)

    def parse(self):
        return self.seq(0, len(self.recs), False)[0]

    def seq(self, pos, end, in_if):
        """Statements from recs[pos:end]; stops at <<elseif/else/endif>> when in_if."""
        stmts = []
        recs = self.recs
        while pos < end:
            rec = recs[pos]
            content = rec.content
            if content.startswith("->"):
                group, pos = self.options(pos, end)
                stmts.append(group)
                continue
            if content.startswith("<<"):
                keyword, inner, inner_col = self.command_parts(rec)
                if keyword in ("elseif", "else", "endif"):
                    if not in_if:
                        self.error(f"<<{keyword}>> without an <<if>>", rec)
                    return stmts, pos, (keyword, inner, inner_col, rec)
                if keyword == "if":
                    stmt, pos = self.if_block(rec, inner, inner_col, pos, end)
                    stmts.append(stmt)
                    continue
                stmts.append(self.statement(rec, keyword, inner, inner_col))
            else:
                stmts.append(self.text_line(rec, content, rec.indent + 1, LineStmt))
            pos += 1
        return stmts, pos, None

    def text_line(self, rec, text, col, cls):
        parts, cond, tags = scan_text(text, self.filename, rec.line, col)
        if not parts:
            self.error("empty line text", rec, col)
        if all(isinstance(p, str) for p in parts) and ("[" in parts[0] or "]" in parts[0]):
            try:  # text without {expressions} can have its markup checked now
                parse_markup(parts[0])
            except EvalError as e:
                self.error(str(e), rec, col)
        source = text.split("#", 1)[0].strip() if "#" in text else text.strip()
        return cls(parts, cond, tags, rec.line, _tagged_line_id(tags), source, self.id_scope)

    def options(self, pos, end):
        recs, first = self.recs, self.recs[pos]
        indent = first.indent
        options = []
        while True:
            rec = recs[pos]
            text = rec.content[2:]
            stripped = text.lstrip()
            col = rec.indent + 3 + (len(text) - len(stripped))
            option = self.text_line(rec, stripped, col, OptionStmt)
            body_end = pos + 1
            while body_end < end and recs[body_end].indent > indent:
                body_end += 1
            option.body, _, _ = self.seq(pos + 1, body_end, False)
            options.append(option)
            pos = body_end
            if pos >= end:
                break
            nxt = recs[pos]
            if nxt.indent != indent or not nxt.content.startswith("->"):
                break
            # A blank line straight after a body-less option ends the group (Yarn 2.3+).
            if nxt.blank_before and not option.body:
                break
        return OptionGroup(options, first.line), pos

    def if_block(self, rec, inner, inner_col, pos, end):
        clauses = []
        cond = self.expr(inner, rec, inner_col, "<<if>> needs a condition")
        else_body = []
        while True:
            body, pos, term = self.seq(pos + 1, end, True)
            if term is None:
                self.error("<<if>> without a matching <<endif>>", rec)
            clauses.append((cond, body))
            keyword, t_inner, t_col, t_rec = term
            if keyword == "elseif":
                cond = self.expr(t_inner, t_rec, t_col, "<<elseif>> needs a condition")
                continue
            if keyword == "else":
                if t_inner.strip():
                    km = _KEYWORD_RE.match(t_inner)
                    if km and km.group(1) == "if":  # "<<else if X>>" reads as elseif
                        cond = self.expr(t_inner[km.end():], t_rec, t_col + km.end(),
                                         "<<else if>> needs a condition")
                        continue
                    self.error("<<else>> takes no condition", t_rec, t_col)
                else_body, pos, term = self.seq(pos + 1, end, True)
                if term is None or term[0] != "endif":
                    self.error("<<else>> without a matching <<endif>>", t_rec)
            if keyword == "endif" and t_inner.strip():
                self.error("<<endif>> takes nothing after it", t_rec, t_col)
            return IfStmt(clauses, else_body, rec.line), pos + 1

    def expr(self, text, rec, col, empty_message):
        if not text.strip():
            self.error(empty_message, rec, col)
        return parse_expression(text, self.filename, rec.line, col)

    def command_parts(self, rec):
        """(keyword, text after the keyword, its column) of a << >> statement."""
        s = rec.content
        col0 = rec.indent + 1
        end = _find_close(s, 2, ">>", self.filename, rec.line, col0)
        if end == -1:
            self.error("'<<' without a matching '>>'", rec)
        rest = s[end + 2:].strip()
        if rest and not rest.startswith(("#", "//")):
            self.error("unexpected text after '>>'", rec, col0 + end + 2)
        inner = s[2:end]
        km = _KEYWORD_RE.match(inner)
        if not km:
            self.error("empty or malformed command", rec, col0 + 2)
        return km.group(1), inner[km.end():], col0 + 2 + km.end()

    def statement(self, rec, keyword, inner, col):
        line = rec.line
        lead = len(inner) - len(inner.lstrip())
        body, bcol = inner.strip(), col + lead
        if keyword in ("set", "declare"):
            type_ = None
            if keyword == "declare":
                am = _AS_RE.search(body)
                if am:
                    type_ = am.group(1).lower()  # Yarn accepts "Number" as well as "number"
                    if type_ not in ("number", "string", "bool"):
                        self.error(f"unknown type {type_!r} (number, string or bool)", rec,
                                   bcol + am.start(1))
                    body = body[:am.start()]
            m = _SET_RE.match(body)
            if not m:
                self.error(f"<<{keyword}>> is written <<{keyword} $name to value>>", rec, bcol)
            expr = self.expr(m.group(2), rec, bcol + m.start(2), f"<<{keyword}>> needs a value")
            if keyword == "set":
                return SetStmt(m.group(1), expr, line)
            return DeclareStmt(m.group(1), expr, type_, line)
        if keyword == "jump":
            if body.startswith("{") and body.endswith("}"):
                return JumpStmt(self.expr(body[1:-1], rec, bcol + 1, "<<jump {}>> is empty"),
                                line)
            if not TITLE_RE.match(body):
                self.error(f"<<jump>> needs a node title, not {body!r}", rec, bcol)
            return JumpStmt(body, line)
        if keyword == "stop":
            if body:
                self.error("<<stop>> takes nothing after it", rec, bcol)
            return StopStmt(line)
        if keyword == "call":
            expr = self.expr(body, rec, bcol, "<<call>> needs a function call")
            if expr.ast[0] != "call":
                self.error("<<call>> needs a function call, like <<call f(1)>>", rec, bcol)
            return CallStmt(expr, line)
        source = (keyword + inner).strip()
        parts, _, _ = scan_text(source, self.filename, line, col - len(keyword), command=True)
        return CommandStmt(parts, source, line)


def _indent_of(raw):
    """Width of the leading whitespace; a tab counts as four spaces."""
    lead = raw[:len(raw) - len(raw.lstrip())]
    return len(lead) + 3 * lead.count("\t") if "\t" in lead else len(lead)


def parse_file(text, filename=""):
    """Parse a whole .yarn file into a list of Nodes."""
    nodes = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    i, n = 0, len(lines)
    while i < n:
        # Headers.
        headers, header_line = {}, None
        while i < n:
            raw = lines[i].strip()
            if raw == "---":
                break
            if raw and not raw.startswith("//"):
                m = _HEADER_RE.match(raw)
                if not m:
                    raise YarnSyntaxError(f"expected a 'key: value' header or '---', found "
                                          f"{raw[:30]!r}", filename, i + 1,
                                          _indent_of(lines[i]) + 1)
                if header_line is None:
                    header_line = i + 1
                key, value = m.group(1), m.group(2).strip()
                if key == "title":
                    if not TITLE_RE.match(value):
                        raise YarnSyntaxError(f"bad node title {value!r}: use letters, digits "
                                              "and _, starting with a letter", filename, i + 1,
                                              _indent_of(lines[i]) + m.start(2) + 1)
                    header_line = i + 1
                headers[key] = value
            i += 1
        if i >= n:
            if headers:
                raise YarnSyntaxError("headers without a '---' line", filename, header_line, 1)
            break
        if "title" not in headers:
            raise YarnSyntaxError("node has no title: header", filename, header_line or i + 1, 1)
        start = i
        i += 1
        # Body.
        recs, blank = [], False
        while i < n:
            raw = lines[i]
            stripped = raw.strip()
            if stripped == "===":
                break
            if not stripped:
                blank = True
            elif not stripped.startswith("//"):
                recs.append(_Rec(i + 1, _indent_of(raw), stripped, blank))
                blank = False
            i += 1
        if i >= n:
            raise YarnSyntaxError(f"node {headers['title']} has no closing '==='", filename,
                                  start + 1, 1)
        i += 1
        body = _BodyParser(recs, filename, headers["title"]).parse()
        nodes.append(Node(headers["title"], headers, filename, header_line, body))
    return nodes
