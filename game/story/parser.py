"""Parse .yarn source into nodes of statements (no evaluation happens here).

A file is a run of nodes:  header lines (`key: value`, `title:` required), `---`, body, `===`.
Body lines are lines, `->` shortcut options (nested by indentation) and `<<...>>` statements.
A mistake is recorded and parsing goes on with the next line (or the next node), so one run
reports every mistake in a file; parse_file then raises YarnSyntaxError("file:line:column: ...")
carrying them all in `.errors`.
"""

import os
import re
import zlib

from .errors import EvalError, YarnSyntaxError
from .expressions import Expression, parse_expression
from .markup import parse_markup
from .statements import (CallStmt, CommandStmt, DeclareStmt, DetourStmt, EnumStmt, IfStmt,
                         JumpStmt, LineGroup, LineStmt, Node, OnceStmt, OptionGroup, OptionStmt,
                         ReturnStmt, SetStmt, StopStmt, When)

# Identifiers are Unicode words, as in Yarn's grammar ($café, Kapitel_Zwei).
IDENT = r"[^\W\d]\w*"
TITLE_RE = re.compile(IDENT + r"\Z")
_HEADER_RE = re.compile(r"([^\W\d][\w.-]*)\s*:\s?(.*)\Z")
_SPECIAL = re.compile(r"[\\{}#]|<<|//")
_SPECIAL_IN_COMMAND = re.compile(r"{")  # as in Yarn's lexer, a command's text has no escapes
_SET_RE = re.compile(r"(\$" + IDENT + r")\s*(=(?!=)|\bto\b|[-+*/%]=)\s*(.*)\Z", re.S)
_AS_RE = re.compile(r"\s+as\s+(" + IDENT + r")\s*\Z")
_KEYWORD_RE = re.compile(r"\s*(" + IDENT + ")")
ESCAPES = "\\<>{}#/[]:"  # what a backslash escapes in a line (Yarn's lexer refuses others)
MARKUP_ESCAPES = "[]\\:"  # kept escaped in text for the markup step (`\:` is no speaker's colon)

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
    """Split line text into (parts, condition Expression or None, tags, once).

    A line may end with <<if COND>>, <<once>> or <<once if COND>> (once: True for the last two).

    parts alternate literal text and Expressions. Escapes for { } < > # / \\ [ ] : are
    resolved, except \\[ \\] \\\\ \\: which stay escaped for the markup step. In a command's
    text (command=True) only {expressions} are special.
    """
    special = _SPECIAL_IN_COMMAND if command else _SPECIAL
    parts, buf = [], []
    cond, once = None, False
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
            if ch not in ESCAPES:
                raise YarnSyntaxError(f"\\{ch} is no escape: a backslash escapes one of "
                                      f"{' '.join(ESCAPES)} (write \\\\ for a backslash)",
                                      filename, line, col0 + j)
            buf.append("\\" + ch if ch in MARKUP_ESCAPES else ch)
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
        else:  # "<<": only a trailing <<if COND>>, <<once>> or <<once if COND>> may follow
            end = _find_close(s, j + 2, ">>", filename, line, col0)
            inner = s[j + 2:end] if end != -1 else ""
            km = _KEYWORD_RE.match(inner)
            word = km.group(1) if km else None
            cond_at = km.end() if word == "if" else None
            if word == "once":
                once = True
                tail = inner[km.end():]
                if tail.strip():
                    km2 = _KEYWORD_RE.match(tail)
                    if km2 and km2.group(1) == "if":
                        cond_at = km.end() + km2.end()
                    else:
                        word = None
            if end == -1 or word not in ("if", "once"):
                raise YarnSyntaxError("only a trailing <<if condition>>, <<once>> or <<once if "
                                      "condition>> may follow text on a line (write \\< for a "
                                      "literal <)", filename, line, col0 + j)
            if cond_at is not None:
                cond = (inner[cond_at:], col0 + j + 2 + cond_at)
            rest = s[end + 2:]
            stripped = rest.strip()
            if stripped and not stripped.startswith(("#", "//")):
                raise YarnSyntaxError("unexpected text after the line's <<...>>", filename, line,
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
    return parts, condition, tags, once


# ---- file parsing ------------------------------------------------------------------------------

class _Rec:
    """One statement's source: its line, text and column; its depth in option bodies and whether
    a blank line that ends an option group comes before it (both from _Indents)."""
    __slots__ = ("line", "content", "col", "depth", "blank_before")

    def __init__(self, line, content, col, depth=0, blank_before=False):
        self.line, self.content, self.col = line, content, col
        self.depth, self.blank_before = depth, blank_before


class _Indents:
    """Option bodies and group-ending blank lines, worked out as Yarn's IndentAwareLexer does, one
    physical line of a node's body at a time. The line after an option opens its body only if it
    is deeper than the option's line (whatever it holds: text, a comment, only spaces); the body
    closes at the first line shallower than that line, a blank one included. A blank line ends
    the group only straight after the option's line or the line that closes its body."""

    def __init__(self):
        self.stack = []  # indentation of each open option body
        self.last_indent, self.last_seen, self.arrow, self.blank = 0, None, False, False
        self.group_ends = False  # a group-ending blank line since the last statement
        self.opened = None  # line of a body opened since the last statement

    def enter(self, line, indent):
        """Go on to `line` (1-based) indented by `indent`; returns the line of a line of only
        spaces that opened an option's body and then ended it (Yarn: a syntax error), or None."""
        empty_body = None
        if self.last_seen is not None and self.blank:
            if self.last_seen == line - 1:
                self.group_ends = True
                empty_body = self.opened
            self.last_seen = None
        if self.arrow:
            if indent > self.last_indent:
                self.stack.append(indent)
                self.opened = line
            self.arrow = False
            self.last_seen = line
        while self.stack and indent < self.stack[-1]:
            self.stack.pop()
            self.opened = None
            if not self.stack:
                self.last_seen = line
        self.last_indent = indent
        return empty_body

    def statements(self, recs, blank):
        """The line just entered holds `recs` (none for a blank or comment line)."""
        self.blank = blank
        for rec in recs:
            rec.depth, rec.blank_before = len(self.stack), self.group_ends
            self.group_ends, self.opened = False, None
            self.arrow = self.arrow or rec.content.startswith(("->", "=>"))


def _split_after_statements(rec):
    """rec, split after each leading `<<...>>`: as in Yarn's lexer, what follows a statement's
    first `>>` on its line is the next statement (`<<if $x>> Hi` is the <<if>> and then the line
    "Hi", the block's first; `<<wait 1>>> hi` the command and the line "> hi"). #tags and a
    // comment stay with it."""
    out = [rec]
    while rec.content.startswith("<<"):
        s = rec.content
        try:
            end = _find_close(s, 2, ">>", "", rec.line, rec.col)
        except YarnSyntaxError:
            end = -1
        if end == -1:
            break  # reported when the statement is read
        cut = end + 2
        rest = s[cut:].lstrip()
        if not rest or rest.startswith(("#", "//")):
            break
        rec.content = s[:cut]
        rec = _Rec(rec.line, rest, rec.col + len(s) - len(rest))
        out.append(rec)
    return out


def _tag_last_lines(stmts):
    """Tag `lastline` the line straight before an option group, as Yarn's compiler does, in a
    node's body, its <<if>> blocks and its options' bodies (not in <<once>> or line groups)."""
    for i, stmt in enumerate(stmts):
        if isinstance(stmt, IfStmt):
            for _, body in stmt.clauses:
                _tag_last_lines(body)
            _tag_last_lines(stmt.else_body)
        elif isinstance(stmt, OptionGroup):
            for option in stmt.options:
                _tag_last_lines(option.body)
            if i and type(stmts[i - 1]) is LineStmt:
                stmts[i - 1].tags.append("lastline")


def _tagged_line_id(tags):
    for tag in tags:
        if tag.startswith("line:"):
            return tag
    return None


_FALSE = ("bool", False)  # stands in for an expression that did not parse


class _BodyParser:
    """Statements of one node body. Mistakes go to `errors` and parsing carries on."""

    def __init__(self, recs, filename, title, errors, warnings):
        self.recs, self.filename, self.title = recs, filename, title
        self.errors, self.warnings = errors, warnings
        self.command_on = None  # (line, source) of the last game command read
        self.id_scope = (os.path.basename(filename), title)  # for automatic line ids

    def error(self, message, rec, col=None):
        raise YarnSyntaxError(message, self.filename, rec.line,
                              col if col is not None else rec.col)

    def parse(self):
        body = self.seq(0, len(self.recs), False)[0]
        _tag_last_lines(body)
        return body

    def seq(self, pos, end, in_block):
        """Statements from recs[pos:end]; stops at a block's <<else...>>/<<end...>> when in_block."""
        stmts = []
        recs = self.recs
        while pos < end:
            rec = recs[pos]
            content = rec.content
            try:
                if content.startswith(("->", "=>")):
                    group, pos = self.choices(pos, end, content[:2])
                    stmts.append(group)
                    continue
                if content.startswith("<<"):
                    keyword, inner, inner_col = self.command_parts(rec)
                    if keyword in ("elseif", "else", "endif", "endonce"):
                        if not in_block:
                            opener = "<<once>>" if keyword == "endonce" else "<<if>>"
                            self.error(f"<<{keyword}>> without an {opener}", rec)
                        return stmts, pos, (keyword, inner, inner_col, rec)
                    if keyword == "if":
                        stmt, pos = self.if_block(rec, inner, inner_col, pos, end)
                        stmts.append(stmt)
                        continue
                    if keyword == "once":
                        stmt, pos = self.once_block(rec, inner, inner_col, pos, end)
                        stmts.append(stmt)
                        continue
                    if keyword == "enum":
                        stmt, pos = self.enum_block(rec, inner, pos, end)
                        stmts.append(stmt)
                        continue
                    stmts.append(self.statement(rec, keyword, inner, inner_col))
                    if isinstance(stmts[-1], (CommandStmt, StopStmt)):  # <<stop>> is one in Yarn
                        self.command_on = (rec.line, getattr(stmts[-1], "source", "stop"))
                else:
                    stmts.append(self.line(rec))
            except YarnSyntaxError as e:
                self.errors.append(e)
            pos += 1
        return stmts, pos, None

    def line(self, rec):
        stmt = self.text_line(rec, rec.content, rec.col, LineStmt)
        if self.command_on and self.command_on[0] == rec.line:  # Yarn 3.2 warns (YS0019, YS0064)
            command = self.command_on[1]
            if not stmt.source.strip(">"):
                message = f"extra '>' after <<{command}>>: shown as a line of its own"
            else:
                message = (f"{rec.content!r} follows <<{command}>> on its line: it runs after it; "
                           "commands should be on their own line")
            self.warnings.append((rec.line, message))
        return stmt

    def text_line(self, rec, text, col, cls):
        parts, cond, tags, once = scan_text(text, self.filename, rec.line, col)
        if not parts:
            self.error("empty line text", rec, col)
        if all(isinstance(p, str) for p in parts) and ("[" in parts[0] or "]" in parts[0]):
            try:  # text without {expressions} can have its markup checked now
                parse_markup(parts[0])
            except EvalError as e:  # Yarn warns (YS0063) and shows the line as written
                self.warnings.append((rec.line, f"{e}: the line is shown as written"))
        source = text.split("#", 1)[0].strip() if "#" in text else text.strip()
        return cls(parts, cond, tags, rec.line, _tagged_line_id(tags), source, self.id_scope, once)

    def choices(self, pos, end, marker):
        """An option group (`->`) or a line group (`=>`): items with their indented bodies."""
        recs, first = self.recs, self.recs[pos]
        depth = first.depth
        options = []
        while True:
            rec = recs[pos]
            text = rec.content[2:]
            stripped = text.lstrip()
            col = rec.col + 2 + (len(text) - len(stripped))
            try:
                option = self.text_line(rec, stripped, col, OptionStmt)
            except YarnSyntaxError as e:  # keep the option's place so its body still parses
                self.errors.append(e)
                option = OptionStmt(["?"], None, [], rec.line, None, "?", self.id_scope)
            body_end = pos + 1
            while body_end < end and recs[body_end].depth > depth:
                body_end += 1
            option.body, _, _ = self.seq(pos + 1, body_end, False)
            options.append(option)
            pos = body_end
            if pos >= end:
                break
            nxt = recs[pos]
            if not nxt.content.startswith(marker) or nxt.blank_before:  # (Yarn 2.3+)
                break
        if marker == "=>":
            return LineGroup(options, first.line), pos
        return OptionGroup(options, first.line), pos

    def block(self, rec, pos, end, opener, closer="endif"):
        """The statements of a block up to its <<else...>>/<<end...>>: (body, pos, terminator);
        a block that is never closed is reported and runs to the end of the node, and a
        terminator of another kind of block is reported and read as the right one."""
        body, pos, term = self.seq(pos + 1, end, True)
        if term is None:
            self.errors.append(YarnSyntaxError(f"{opener} without a matching <<{closer}>>",
                                               self.filename, rec.line, rec.col))
        elif term[0] in ("endif", "endonce", "elseif") and term[0] != closer and \
                not (closer == "endif" and term[0] == "elseif"):
            self.errors.append(YarnSyntaxError(f"<<{term[0]}>> where {opener} expects "
                                               f"<<{closer}>>", self.filename, term[3].line,
                                               term[3].col))
            term = (closer,) + term[1:]
        return body, pos, term

    def once_block(self, rec, inner, inner_col, pos, end):
        """<<once>> / <<once if cond>> ... [<<else>> ...] <<endonce>>."""
        cond = None
        km = _KEYWORD_RE.match(inner)
        if km and km.group(1) == "if":
            cond = self.expr(inner[km.end():], rec, inner_col + km.end(),
                             "<<once if>> needs a condition")
        elif inner.strip():
            self.errors.append(YarnSyntaxError("<<once>> takes nothing after it, or 'if' and a "
                                               "condition", self.filename, rec.line, inner_col))
        where = f"'once' statement in file {self.id_scope[0]}, node {self.title}, line {rec.line}"
        key = f"{zlib.crc32(where.encode('utf-8')):08x}"
        body, pos, term = self.block(rec, pos, end, "<<once>>", "endonce")
        else_body = []
        if term is not None and term[0] == "else":
            else_body, pos, term = self.block(term[3], pos, end, "<<else>>", "endonce")
        stmt = OnceStmt(cond, body, else_body, key, rec.line)
        return stmt, (pos + 1 if term is not None else pos)

    def enum_block(self, rec, inner, pos, end):
        """<<enum Name>> <<case A>> <<case B = 2>> ... <<endenum>>."""
        name = inner.strip()
        if not TITLE_RE.match(name):
            self.error(f"<<enum>> needs a name, not {name!r}", rec)
        cases = []
        pos += 1
        while pos < end:
            crec = self.recs[pos]
            keyword, c_inner, c_col = self.command_parts(crec) if crec.content.startswith("<<") \
                else (None, "", 0)
            pos += 1
            if keyword == "endenum":
                if not cases:
                    self.errors.append(YarnSyntaxError(f"enum {name} has no cases",
                                                       self.filename, rec.line, rec.col))
                return EnumStmt(name, cases, rec.line), pos
            if keyword != "case":
                self.errors.append(YarnSyntaxError("only <<case>> lines may be inside <<enum>>",
                                                   self.filename, crec.line, crec.col))
                continue
            case, _, raw = c_inner.partition("=")
            case = case.strip()
            if not TITLE_RE.match(case):
                self.errors.append(YarnSyntaxError(f"bad enum case {case!r}", self.filename,
                                                   crec.line, c_col))
                continue
            value = self.expr(raw, crec, c_col + len(c_inner) - len(raw),
                              "<<case>> needs a value after =") if "=" in c_inner else None
            cases.append((case, value, crec.line))
        self.error(f"<<enum {name}>> without a matching <<endenum>>", rec)

    def if_block(self, rec, inner, inner_col, pos, end):
        clauses = []
        cond = self.expr(inner, rec, inner_col, "<<if>> needs a condition")
        else_body = []
        opener = "<<if>>"
        while True:
            body, pos, term = self.block(rec, pos, end, opener)
            clauses.append((cond, body))
            if term is None:
                return IfStmt(clauses, else_body, rec.line), pos
            keyword, t_inner, t_col, t_rec = term
            if keyword == "elseif":
                cond = self.expr(t_inner, t_rec, t_col, "<<elseif>> needs a condition")
                continue
            if keyword == "else":
                km = _KEYWORD_RE.match(t_inner)
                if km and km.group(1) == "if":  # "<<else if X>>" reads as elseif
                    cond = self.expr(t_inner[km.end():], t_rec, t_col + km.end(),
                                     "<<else if>> needs a condition")
                    continue
                if t_inner.strip():
                    self.errors.append(YarnSyntaxError("<<else>> takes no condition",
                                                       self.filename, t_rec.line, t_col))
                else_body, pos, term = self.block(t_rec, pos, end, "<<else>>")
                if term is None:
                    return IfStmt(clauses, else_body, rec.line), pos
                if term[0] != "endif":
                    self.errors.append(YarnSyntaxError(f"<<{term[0]}>> after <<else>>",
                                                       self.filename, term[3].line,
                                                       term[3].col))
            if term[1].strip():
                self.errors.append(YarnSyntaxError("<<endif>> takes nothing after it",
                                                   self.filename, term[3].line, term[2]))
            return IfStmt(clauses, else_body, rec.line), pos + 1

    def expr(self, text, rec, col, empty_message):
        """The parsed expression; one that does not parse is reported and reads as false."""
        try:
            if not text.strip():
                self.error(empty_message, rec, col)
            return parse_expression(text, self.filename, rec.line, col)
        except YarnSyntaxError as e:
            self.errors.append(e)
            return Expression(text, _FALSE, self.filename, rec.line)

    def command_parts(self, rec):
        """(keyword, text after the keyword, its column) of a << >> statement; keyword "" for a
        command that starts with an {expression}."""
        s = rec.content
        col0 = rec.col
        end = _find_close(s, 2, ">>", self.filename, rec.line, col0)
        if end == -1:
            self.error("'<<' without a matching '>>'", rec)
        inner = s[2:end]
        if not inner.strip():
            self.error("empty command", rec, col0 + 2)
        km = _KEYWORD_RE.match(inner)
        if not km:  # a command that starts with an {expression} or a symbol (`<<<wait 1>>`)
            if inner.startswith("<"):  # Yarn warns (YS0064) and sends "<wait 1" to the game
                self.warnings.append((rec.line, f"extra '<' before <<{inner.lstrip('<')}>>"))
            return "", inner, col0 + 2
        tail = s[end + 2:].lstrip()
        if tail.startswith("#") and km.group(1) in _KEYWORDS:  # Yarn's grammar has no place for it
            self.error(f"a #tag cannot follow <<{km.group(1)}>>: only lines, options and commands "
                       "take tags", rec, col0 + len(s) - len(tail))
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
                        type_ = am.group(1)  # an enum's name; the program checks it exists
                    body = body[:am.start()]
            m = _SET_RE.match(body)
            if not m or (keyword == "declare" and m.group(2) not in ("=", "to")):
                self.error(f"<<{keyword}>> is written <<{keyword} $name to value>>", rec, bcol)
            expr = self.expr(m.group(3), rec, bcol + m.start(3), f"<<{keyword}>> needs a value")
            if keyword == "set":
                op = m.group(2)
                if op not in ("=", "to"):  # <<set $x += 1>> is <<set $x to $x + (1)>>
                    expr = Expression(expr.source, ("bin", op[0], ("var", m.group(1)), expr.ast),
                                      self.filename, line)
                return SetStmt(m.group(1), expr, line)
            return DeclareStmt(m.group(1), expr, type_, line)
        if keyword in ("jump", "detour"):
            cls = JumpStmt if keyword == "jump" else DetourStmt
            if body.startswith("{") and body.endswith("}"):
                return cls(self.expr(body[1:-1], rec, bcol + 1, f"<<{keyword} {{}}>> is empty"),
                           line)
            if not TITLE_RE.match(body):
                self.error(f"<<{keyword}>> needs a node title, not {body!r}", rec, bcol)
            return cls(body, line)
        if keyword in ("stop", "return"):
            if body:
                self.error(f"<<{keyword}>> takes nothing after it", rec, bcol)
            return StopStmt(line) if keyword == "stop" else ReturnStmt(line)
        if keyword in ("case", "endenum"):
            self.error(f"<<{keyword}>> outside an <<enum>>", rec)
        if keyword == "call":
            expr = self.expr(body, rec, bcol, "<<call>> needs a function call")
            if expr.ast[0] != "call" and expr.ast is not _FALSE:
                self.error("<<call>> needs a function call, like <<call f(1)>>", rec, bcol)
            return CallStmt(expr, line)
        source = (keyword + inner).strip()
        parts, _, _, _ = scan_text(source, self.filename, line,
                                col - len(keyword) + (0 if keyword else lead), command=True)
        return CommandStmt(parts, source, line)


# The words Yarn's lexer reads as statements rather than game commands (`stop` is a command).
_KEYWORDS = ("if", "elseif", "else", "endif", "set", "call", "declare", "jump", "detour", "return",
             "enum", "case", "endenum", "once", "endonce")


def _indent_of(raw):
    """Width of the leading whitespace; a tab counts as eight spaces, as in Yarn's lexer."""
    lead = raw[:len(raw) - len(raw.lstrip())]
    return len(lead) + 7 * lead.count("\t")


def _when(value, filename, line, col, errors):
    """A `when:` header: always, once, once if COND, or COND."""
    words = value.split(None, 2)
    once = words[:1] == ["once"]
    if value in ("always", "once"):
        return When(None, once, line)
    text = value
    if once:
        if words[1:2] != ["if"] or len(words) < 3:
            errors.append(YarnSyntaxError("when: once takes nothing after it, or 'if' and a "
                                          "condition", filename, line, col))
            return When(None, True, line)
        text = value[value.index("if", 4) + 2:]
        col += len(value) - len(text)
    if not text.strip():
        errors.append(YarnSyntaxError("when: needs a condition, always or once", filename, line,
                                      col))
        return When(None, once, line)
    try:
        return When(parse_expression(text, filename, line, col), once, line)
    except YarnSyntaxError as e:
        errors.append(e)
        return When(Expression(text, _FALSE, filename, line), once, line)


class ParsedFile:
    """One file: its nodes, the #tags at its top, and warnings as (line, message)."""
    __slots__ = ("filename", "nodes", "tags", "warnings")

    def __init__(self, filename, nodes, tags, warnings):
        self.filename, self.nodes, self.tags, self.warnings = filename, nodes, tags, warnings


def parse_source(text, filename=""):
    """Parse a whole .yarn file into a ParsedFile. Raises YarnSyntaxError carrying every
    mistake in the file (`.errors`)."""
    nodes, file_tags, errors, warnings = [], [], [], []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    i, n = 0, len(lines)
    while i < n:
        # Headers (and, before the first node, the file's own #tags).
        headers, header_line, when = {}, None, []
        while i < n:
            raw = lines[i].strip()
            if raw == "---":
                break
            if raw.startswith("#") and not nodes and not headers:
                file_tags += [w[1:] for w in raw.split() if w.startswith("#") and len(w) > 1]
            elif raw and not raw.startswith("//"):
                m = _HEADER_RE.match(raw)
                if not m:
                    errors.append(YarnSyntaxError(f"expected a 'key: value' header or '---', "
                                                  f"found {raw[:30]!r}", filename, i + 1,
                                                  _indent_of(lines[i]) + 1))
                    i += 1
                    continue
                if header_line is None:
                    header_line = i + 1
                key, value = m.group(1), m.group(2).strip()
                if key == "title":
                    if not TITLE_RE.match(value):
                        errors.append(YarnSyntaxError(
                            f"bad node title {value!r}: use letters, digits and _, starting "
                            "with a letter", filename, i + 1,
                            _indent_of(lines[i]) + m.start(2) + 1))
                    header_line = i + 1
                if key == "when":
                    when.append(_when(value, filename, i + 1, _indent_of(lines[i]) + m.start(2) + 1,
                                      errors))
                headers[key] = value
            i += 1
        if i >= n:
            if headers:
                errors.append(YarnSyntaxError("headers without a '---' line", filename,
                                              header_line, 1))
            break
        if "title" not in headers:
            errors.append(YarnSyntaxError("node has no title: header", filename,
                                          header_line or i + 1, 1))
        start = i
        i += 1
        # Body.
        recs, indents = [], _Indents()
        while i < n:
            raw = lines[i]
            stripped = raw.strip()
            indent = _indent_of(raw)
            empty_body = indents.enter(i + 1, indent)
            if empty_body is not None:  # Yarn: a blank line inside the body it opened (YS0005)
                errors.append(YarnSyntaxError(
                    "a line of only spaces, deeper than the option above it, starts a body "
                    "with nothing in it: empty the line", filename, empty_body, 1))
            if stripped == "===":
                break
            line_recs = []
            if stripped and not stripped.startswith("//"):
                line_recs = _split_after_statements(_Rec(i + 1, stripped, indent + 1))
            indents.statements(line_recs, not stripped)
            recs += line_recs
            i += 1
        title = headers.get("title", "")
        if i >= n:
            errors.append(YarnSyntaxError(f"node {title} has no closing '==='", filename,
                                          start + 1, 1))
        i += 1
        body = _BodyParser(recs, filename, title, errors, warnings).parse()
        nodes.append(Node(title, headers, filename, header_line, body, when))
    parsed = ParsedFile(filename, nodes, file_tags, warnings)
    if errors:
        errors.sort(key=lambda e: (e.line, e.column))
        error = YarnSyntaxError.all_of(errors)
        error.parsed = parsed  # what could be read, for tools that report on past mistakes
        raise error
    return parsed


def parse_file(text, filename=""):
    """The nodes of a whole .yarn file (see parse_source)."""
    return parse_source(text, filename).nodes
