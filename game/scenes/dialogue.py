"""The dialogue box: runs a Yarn node over the map, shows lines and options, and carries out
cutscene commands. Typewriter text with voice blips, pages, auto-forward, skip, history, rollback."""

from __future__ import annotations

import logging
import math
import re

import pygame

from game.director import Scene
from game import rollback
from game.story.people import speaker_id
from game.stage.context import Stage
from game.stage.registry import CommandError
from game.stage.tasks import SceneTask, Task
from game.story.yarn import Command, DialogueEnd, Dialogue, Line, Options, YarnError
from game.ui.buttons import GAP, button_row, by_action, clicked, draw_buttons
from game.ui.text import PixelFont, ScaledFont, text_scale, ui_accent, ui_colour, ui_font, wrap_widths
from game.ui.widgets import portrait, prompt_icon, strip_frame, ui_panel, ui_scaled
from game.world.actors import people_index
from game.timing import TICK_RATE
from game.ui.strings import tr

log = logging.getLogger(__name__)

BOX = pygame.Rect(8, 196, 464, 68)
# How node groups and line groups choose: the most specific member whose when: conditions hold,
# so a `when: chapter_is("2")` node wins over its `when: always` fallback every time.
SALIENCY = "best"
PORTRAIT_AT = (BOX.x + 10, BOX.y + 10)
TEXT_X_WITH_PORTRAIT = BOX.x + 68
TEXT_X = BOX.x + 12
LINES_PER_PAGE = 4
# the quick menu: buttons on the box's top edge for the mouse, doing what these actions' keys do
QUICK_MENU = ("rollback", "history", "skip", "auto")  # their faces: the UI strings quick.<action>


def go_on_marks() -> tuple[pygame.Rect, pygame.Rect]:
    """Bottom right, once a page is all shown: where the "go on" key's icon (16 px) and the blinking
    arrow (8 px) go, both in the text size; each page's last row is wrapped short of them."""
    s = text_scale()
    arrow = pygame.Rect(BOX.right - 8 - 8 * s, BOX.bottom - 4 - 8 * s, 8 * s, 8 * s)
    return pygame.Rect(arrow.x - 4 - 16 * s, BOX.bottom - 3 - 16 * s, 16 * s, 16 * s), arrow


def speaker_colour(sid: str) -> tuple[int, int, int]:
    """A speaker's name in their own colour, in the player's contrast (see `ui_accent`)."""
    name = people_index().get(sid, {}).get("colour", "cyan")
    try:
        return ui_accent(name)
    except KeyError:
        return ui_accent("cyan")


def question_rows(text: str, width: int, most: int = 2) -> list[str]:
    """The question kept above the choices: the whole line if it fits in `most` rows, else its
    last sentences that do, so it never starts mid-sentence (one long sentence is kept whole)."""
    body = ui_font("body")
    rows = body.wrap(text, width)
    if len(rows) <= most:
        return rows
    sentences = re.split(r"(?<=[.!?…])\s+", text)
    for k in range(1, len(sentences)):
        rows = body.wrap(" ".join(sentences[k:]), width)
        if len(rows) <= most:
            return rows
    return body.wrap(sentences[-1], width)


def styles(line: Line) -> list[PixelFont | ScaledFont]:
    """The font each character of a line is drawn in, in the text size: bold where [b] marks it.
    The box measures each character in the font it draws it in."""
    bold = [m for m in line.markup if m.name == "b"]
    return [ui_font("body", any(m.position <= i < m.position + m.length for m in bold))
            for i in range(len(line.text))]


def page_rows(text: str, widths: list[int], width: int, last_width: int,
              per_page: int) -> tuple[list[str], list[int]]:
    """A line's rows, `per_page` to a page, each page's last row no wider than `last_width` (the
    others `width`), its i-th character widths[i] wide; and where each row begins in the text."""
    rows, starts, pos = [], [], 0
    while pos < len(text) or not rows:
        narrow = len(rows) % per_page == per_page - 1
        row = wrap_widths(text[pos:], widths[pos:], last_width if narrow else width)[0]
        pos = text.find(row, pos)
        rows.append(row)
        starts.append(pos)
        pos += len(row)
        if text[pos:pos + 1] in (" ", "\n"):  # the space or line break the row ended at
            pos += 1
    return rows, starts


class DialogueScene(Scene):
    opaque = False
    pauses_below = False  # the map keeps running: people walk during cutscenes
    takes_control = True
    pausable = True

    def __init__(self, app, node: str) -> None:
        super().__init__(app)
        self.node = node
        story = app.story
        self.dialogue = Dialogue(app.dialogue_program(), variables=story.variables,
                                 functions=story.functions(), rng=story.rng,
                                 strings=app.dialogue_strings(), saliency=SALIENCY)
        self.stage = Stage(app)
        self.line: Line | None = None
        self.pages: list[list[str]] = []
        self.styles: list[PixelFont | ScaledFont] = []  # the current line's font, character by character
        self.laid_out = 0  # the text size the line's pages were made in
        self.page = 0
        self.shown = 0  # characters of the current page revealed
        self.reveal = 0.0  # the same, with the fraction the typewriter has built up
        self.options: Options | None = None
        self.prompt: tuple[str, list[str]] | None = None  # (speaker, rows) shown above options
        self.visible_options: list[int] = []
        self.cursor = 0
        self.task: Task | None = None
        self.background: list[Task] = []
        self.wait_ticks = 0  # ticks since the page was fully shown
        self.t = 0
        self.finished = False
        self.trail = rollback.Trail()

    # -- lifecycle -------------------------------------------------------------------------------
    def enter(self) -> None:
        if self.app.audio is not None:
            self.app.audio.duck(True)
        try:
            self.dialogue.start(self.node)
        except YarnError as exc:
            self._fail(exc)
            return
        self._advance()

    def exit(self) -> None:
        if self.app.audio is not None:
            self.app.audio.duck(False)

    def resume(self) -> None:
        """Back from a menu over the box (the pause menu, history): the text size may have changed
        there, so the line is laid out again, on the page that holds what was showing."""
        if self.options is not None:
            self.prompt = self._question()
        if self.line is None or self.laid_out == self.scale:
            return
        first = self.row_starts[sum(len(p) for p in self.pages[:self.page])]
        self._lay_out(self.line)
        per_page = len(self.pages[0])
        self.page = max(k for k in range(len(self.pages)) if self.row_starts[k * per_page] <= first)
        self.shown = self._page_len()

    def _fail(self, exc: Exception) -> None:
        self.app.notify(tr("notice.dialogue_stopped", exc))
        self._end()

    def _end(self) -> None:
        for task in self.background:
            task.finish()
        self.background.clear()
        self.finished = True
        self.close()

    # -- the script --------------------------------------------------------------------------------
    def _advance(self) -> None:
        """Pull events until one needs the player or time: a line, options, a task or the end."""
        self.line, self.options = None, None
        while not self.finished:
            try:
                event = self.dialogue.next()
            except YarnError as exc:
                self._fail(exc)
                return
            if isinstance(event, (Line, Options)):
                self._reach(event)
                return
            if isinstance(event, Command):
                try:
                    task, nowait = self.stage.run(event.raw)
                except (CommandError, ValueError) as exc:
                    self._fail(f"{event.filename}:{event.line}: <<{event.raw}>>: {exc}")
                    return
                if isinstance(task, SceneTask):
                    self.trail.clear()  # a set piece, a card or an overlay: no rolling back over it
                if task is not None:
                    if nowait:
                        self.background.append(task)
                    else:
                        self.task = task
                        if self.skipping and task.skippable:
                            self.task.finish()
                            self.task = None
                            continue
                        return
                continue
            if isinstance(event, DialogueEnd):
                self._end()
                return

    def _reach(self, event: Line | Options) -> None:
        """A new line or set of options: kept as a point to roll back to, when it can be."""
        explore = self.app.explore()
        if explore is not None and not self.background and \
                all(s is self or s is explore for s in self.app.director.stack):
            self.trail.keep(rollback.capture(self.app, self.dialogue, event))
        else:
            self.trail.clear()  # something runs that a snapshot does not hold
        self._show(event)

    def _show(self, event: Line | Options) -> None:
        self.line, self.options = None, None
        if isinstance(event, Line):
            self._show_line(event)
        else:
            self._show_options(event)

    def _roll_back(self) -> None:
        point = self.trail.back()
        if point is None:
            self.app.sfx("ui_back")
            return
        rollback.restore(self.app, self.dialogue, point)
        self._show(point.event)
        if self.line is not None:
            self.shown = self._page_len()  # read before: all of it at once
        chosen = self.trail.forward()
        if self.options is not None and isinstance(chosen, int) and chosen in self.visible_options:
            self.cursor = self.visible_options.index(chosen)  # on the choice made: going on replays it

    def _roll_forward(self) -> None:
        action = self.trail.forward()
        if action == rollback.NEXT and self.line is not None:
            self.page = len(self.pages) - 1
            self._next_page()
        elif isinstance(action, int) and self.options is not None:
            self._choose(action)

    def _lay_out(self, line: Line) -> None:
        """The line's rows and pages in the text size."""
        sid = speaker_id(line.speaker)
        x = TEXT_X_WITH_PORTRAIT if portrait(sid) else TEXT_X
        per_page = LINES_PER_PAGE // self.scale
        self.styles = styles(line)
        # row_starts: where each row begins in line.text, to place markup on it
        rows, self.row_starts = page_rows(line.text, [f.advance(ch) for f, ch in zip(self.styles, line.text)],
                                          BOX.right - 12 - x, go_on_marks()[0].x - 2 - x, per_page)
        self.pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
        self.laid_out = self.scale

    def _show_line(self, line: Line) -> None:
        self.line = line
        self._lay_out(line)
        self.page = 0
        self.reveal = 0.0
        self.shown = 0 if self.app.settings.get("text_speed", 40) else self._page_len()
        self.wait_ticks = 0
        self.app.log_line(line.speaker or "", line.text, line.line_id, line.values)
        if not self._passable(line):
            self.app.skip_mode = False  # Skip stops at a line not read before, as Ren'Py's does
        elif self.skipping:
            self.shown = self._page_len()

    def _passable(self, line: Line) -> bool:
        """Whether skipping goes past this line: one read before, or any with skip_unseen."""
        return line.line_id in self.app.story.seen_lines or bool(self.app.settings.get("skip_unseen"))

    def _show_options(self, options: Options) -> None:
        self.options = options
        self.app.skip_mode = False  # a choice is the player's to make: Skip stops here
        self.prompt = self._question()
        self.visible_options = [i for i, o in enumerate(options.options)
                                if o.available or "hide" not in o.tags]
        self.cursor = next((k for k, i in enumerate(self.visible_options) if options.options[i].available), 0)

    def _question(self) -> tuple[str, list[str]] | None:
        """The question kept in view above the choices: the last line said, at most two rows."""
        last = self.app.shown(self.app.history[-1]) if self.app.history and not self.app.history[-1].choice else None
        return (last[0], question_rows(last[1], BOX.w - 24)) if last else None

    def _page_len(self) -> int:
        return sum(len(r) for r in self.pages[self.page]) if self.pages else 0

    @property
    def scale(self) -> int:
        """2 with the large text setting: every glyph pixel doubled, half the lines a page."""
        return text_scale()

    def box(self) -> pygame.Rect:
        """The box grows upwards when a long list of options needs the room."""
        if self.options is None:
            return BOX
        need = sum(self._option_heights()) + 16 + self._prompt_height()
        return pygame.Rect(BOX.x, BOX.bottom - max(BOX.h, need), BOX.w, max(BOX.h, need))

    def _prompt_height(self) -> int:
        return len(self.prompt[1]) * ui_font("body").line_height + 4 if self.prompt else 0

    @property
    def skipping(self) -> bool:
        """The quick menu's Skip (on across dialogues until it stops) or the skip key held."""
        return self.app.skip_mode or "skip" in self.app.input.held

    def quick_buttons(self) -> list[tuple[str, str, pygame.Rect]]:
        """The quick menu, right of the nameplate and clear of the text (its first row is 9 pixels
        down), or over the nameplate when a long name at large text leaves no room beside it;
        while a cutscene runs, only Skip, when it can skip it and nothing is over the box."""
        box = self.box()
        items = [(a, tr(f"quick.{a}")) for a in QUICK_MENU]
        buttons = button_row(items, box.right - 8, box.y + 2)
        plate = self.nameplate()
        if plate is not None and buttons[0][2].x < plate.right + GAP:
            buttons = button_row(items, box.right - 8, plate.y - GAP)
        if self.task is not None:
            skip = self.task.skippable and self.app.director.top is self
            return [b for b in buttons if b[0] == "skip"] if skip else []
        return buttons

    def click_targets(self) -> dict[str, pygame.Rect]:
        return by_action(self.quick_buttons())

    def covers(self) -> list[pygame.Rect]:
        """The box, its nameplate and its quick menu, while they are drawn."""
        rects = [rect for _action, _label, rect in self.quick_buttons()]
        if self.task is None and (self.line is not None or self.options is not None) and not self.finished:
            rects.append(self.box())
            plate = self.nameplate()
            if plate is not None:
                rects.append(plate)
        return rects

    # -- driver hooks (tests and headless scripts) ---------------------------------------------
    def showing_line(self) -> bool:
        return self.line is not None and self.task is None

    def showing_options(self) -> bool:
        return self.options is not None

    def move_cursor_to(self, index: int) -> None:
        if self.options is None or index not in self.visible_options:
            raise ValueError(f"there is no option {index + 1} to choose")
        self.cursor = self.visible_options.index(index)

    # -- per tick --------------------------------------------------------------------------------
    def update(self, is_top: bool) -> None:
        self.t += 1
        self.background = [t for t in self.background if not t.update()]
        if self.finished:
            return
        quick = clicked(self.quick_buttons(), self.app.input.clicks) if is_top else ""
        if quick == "skip":
            self.app.skip_mode = not self.app.skip_mode
        if self.task is not None:
            skip = self.skipping and self.task.skippable
            if skip:
                self.task.finish()
            if skip or self.task.update():
                self.task = None
                self._advance()
            return
        if not is_top:
            return
        inp = self.app.input
        if "history" in inp.pressed or quick == "history":
            from game.scenes.history import HistoryScene
            self.open(HistoryScene(self.app))
            return
        if "auto" in inp.pressed or quick == "auto":
            self.app.auto_forward = not self.app.auto_forward
        if "rollback" in inp.pressed or quick == "rollback":
            self._roll_back()
            return
        if "rollforward" in inp.pressed:
            self._roll_forward()
            return
        if quick:
            return  # a click on the quick menu does what its button says, and no more
        if self.options is not None:
            self._update_options()
        elif self.line is not None:
            self._update_line()

    def _update_line(self) -> None:
        inp = self.app.input
        total = self._page_len()
        if self.shown < total:
            speed = self.app.settings.get("text_speed", 40)
            before = self.shown
            self.reveal = self.reveal + speed / TICK_RATE if speed else total
            self.shown = min(total, int(self.reveal))
            if self.app.audio is not None and before // 3 != self.shown // 3:
                self.app.audio.play_voice(speaker_id(self.line.speaker) or "crew")
        else:
            self.wait_ticks += 1
        passable = self._passable(self.line)
        auto_ready = self.app.auto_forward and self.shown >= total and self.wait_ticks >= self.app.settings.get("auto_delay", 1.5) * TICK_RATE
        clicked = any(b == 1 for _, _, b in inp.clicks)
        if "interact" in inp.pressed or clicked or auto_ready or (self.skipping and passable):
            if self.shown < total and not (self.skipping and passable):
                self.shown = total  # the first press shows the rest of the page
                return
            self._next_page()

    def _next_page(self) -> None:
        if self.page + 1 < len(self.pages):
            self.page += 1
            self.reveal = 0.0
            self.shown = 0 if self.app.settings.get("text_speed", 40) else self._page_len()
            self.wait_ticks = 0
            return
        self.app.story.seen_lines.add(self.line.line_id)
        self.trail.did(rollback.NEXT)
        self._advance()

    def option_rows(self, k: int) -> list[str]:
        """The k-th option shown, wrapped to its row's width in the text size."""
        return ui_font("body").wrap(self.options.options[self.visible_options[k]].text, BOX.w - 40)

    def _option_heights(self) -> list[int]:
        """Each option's height: its rows, and a pixel (in the text size) between options."""
        line = ui_font("body").line_height
        return [len(self.option_rows(k)) * line + self.scale for k in range(len(self.visible_options))]

    def option_rect(self, k: int) -> pygame.Rect:
        heights = self._option_heights()
        top = BOX.bottom - 8 - sum(heights)
        return pygame.Rect(BOX.x + 24, top + sum(heights[:k]), BOX.w - 40, heights[k])

    def _update_options(self) -> None:
        inp = self.app.input
        n = len(self.visible_options)
        if n == 0:
            self._fail(tr("notice.no_options"))
            return
        step = ("down" in inp.pressed) - ("up" in inp.pressed)
        if step:
            self.cursor = (self.cursor + step) % n
            self.app.sfx("ui_move")
        if inp.mouse_pos is not None:
            for k in range(n):
                if self.option_rect(k).collidepoint(inp.mouse_pos):
                    self.cursor = k
        chosen = "interact" in inp.pressed
        for cx, cy, b in inp.clicks:
            for k in range(n):
                if b == 1 and self.option_rect(k).collidepoint(cx, cy):
                    self.cursor, chosen = k, True
        if chosen:
            self._choose(self.visible_options[self.cursor])

    def _choose(self, index: int) -> None:
        option = self.options.options[index]
        if not option.available:
            self.app.sfx("ui_back")
            return
        self.app.sfx("ui_select")
        self.app.story.chosen_options.add(option.line_id)
        self.app.log_line("", option.text, option.line_id, option.values, choice=True)
        self.trail.did(index)
        self.dialogue.select(index)
        self._advance()

    # -- drawing ------------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.finished:
            return
        if self.task is not None:
            self._draw_quick(surface)  # a cutscene: Skip alone, when it can skip it
            return
        if self.line is None and self.options is None:
            return
        box = self.box()
        surface.blit(ui_panel(box.size, "box"), box)
        if self.options is not None:
            self._draw_options(surface)
            self._draw_quick(surface)
            return
        sid = speaker_id(self.line.speaker)
        face = portrait(sid, self._mood())
        x = TEXT_X
        if face is not None:
            surface.blit(face, PORTRAIT_AT)
            x = TEXT_X_WITH_PORTRAIT
        self._draw_nameplate(surface)
        body = ui_font("body")
        left = self.shown
        first_row = sum(len(p) for p in self.pages[:self.page])
        for i, row in enumerate(self.pages[self.page]):
            part = row[:max(0, left)]
            left -= len(row)
            y = BOX.y + 9 + i * body.line_height
            start = self.row_starts[first_row + i] if first_row + i < len(self.row_starts) else 0
            if any(m.position < start + len(part) and m.position + m.length > start for m in self.line.markup):
                self._draw_marked(surface, part, start, (x, y))
            else:
                body.draw(surface, part, (x, y), ui_colour("white"), shadow=ui_colour("ink"))
        if self.shown >= self._page_len():
            icon_at, arrow_at = go_on_marks()
            arrow = strip_frame("more", self.t)
            if arrow is not None:
                surface.blit(ui_scaled(arrow), arrow_at)
            icon = prompt_icon("interact", self.app.input)  # what goes on, on the device in use
            if icon is not None:
                surface.blit(ui_scaled(icon), icon_at)
        self._draw_quick(surface)

    def speaker(self) -> str:
        """Who speaks the line shown, or the question above the options ("" for narration)."""
        if self.line is not None:
            return self.line.speaker or ""
        return self.prompt[0] if self.options is not None and self.prompt else ""

    def nameplate(self) -> pygame.Rect | None:
        """Where the speaker's name goes: a plate over the box's top edge, in the text size."""
        name = self.speaker()
        if not name:
            return None
        body, box = ui_font("body"), self.box()
        h = body.line_height + 4
        return pygame.Rect(box.x + 6, box.y - h + 3, body.width(name) + 14, h)

    def _draw_nameplate(self, surface: pygame.Surface) -> None:
        plate = self.nameplate()
        if plate is None:
            return
        name = self.speaker()
        surface.blit(ui_panel(plate.size, "nameplate"), plate)
        ui_font("body").draw(surface, name, (plate.x + 7, plate.y + 2), speaker_colour(speaker_id(name)),
                             shadow=ui_colour("black"))

    def _draw_quick(self, surface: pygame.Surface) -> None:
        lit = {"skip"} if self.skipping else set()
        if self.app.auto_forward:
            lit.add("auto")
        dim = {"rollback"} if len(self.trail.points) < 2 else set()
        draw_buttons(surface, self.quick_buttons(), self.app.input.mouse_pos, lit, dim)

    def _draw_marked(self, surface: pygame.Surface, part: str, start: int, pos: tuple[int, int]) -> None:
        """A row with markup, glyph by glyph, each in its style: [b] bold, [wave], [shake], [color=magenta]."""
        x, y = pos
        for j, ch in enumerate(part):
            at = start + j
            marks = {m.name: m for m in self.line.markup if m.position <= at < m.position + m.length}
            col = ui_colour("white")
            tint = marks.get("color") or marks.get("colour")
            if tint is not None:
                name = str(next(iter(tint.properties.values()), "white"))
                try:
                    col = ui_accent(name)
                except KeyError:
                    pass
            dx = dy = 0
            if "wave" in marks:
                dy = round(1.5 * math.sin((self.t + at * 6) / 6))
            if "shake" in marks:
                dx, dy = ((self.t // 3 + at) % 3) - 1, ((self.t // 3 + at * 7) % 3) - 1
            style = self.styles[at]
            style.draw(surface, ch, (x + dx, y + dy), col, shadow=ui_colour("ink"))
            x += style.advance(ch)

    def _mood(self) -> str:
        for tag in self.line.tags:
            if tag.startswith("mood:"):
                return tag.split(":", 1)[1]
        return "neutral"

    def _draw_options(self, surface: pygame.Surface) -> None:
        body = ui_font("body")
        opts = self.options.options
        if self.prompt:
            box = self.box()
            rows = self.prompt[1]
            self._draw_nameplate(surface)
            for i, row in enumerate(rows):
                body.draw(surface, row, (box.x + 12, box.y + 8 + i * body.line_height),
                          ui_colour("grey_light"), shadow=ui_colour("ink"))
        for k, index in enumerate(self.visible_options):
            option = opts[index]
            rect = self.option_rect(k)
            if not option.available:
                col = ui_colour("grey_dark")
            elif option.line_id in self.app.story.chosen_options:
                col = ui_colour("lilac")  # already chosen on an earlier visit
            else:
                col = ui_colour("white")
            if k == self.cursor:
                col = ui_colour("yellow") if option.available else ui_colour("grey")
                cur = strip_frame("cursor", self.t)
                if cur is not None:
                    cur = ui_scaled(cur)
                    first_row = body.line_height + self.scale
                    surface.blit(cur, (rect.x - 4 - cur.get_width(), rect.y + (first_row - cur.get_height()) // 2))
            for i, row in enumerate(self.option_rows(k)):
                body.draw(surface, row, (rect.x, rect.y + 1 + i * body.line_height), col, shadow=ui_colour("ink"))

    def describe(self) -> dict:
        d = {"scene": "DialogueScene", "node": self.dialogue.current_node or self.node}
        if self.line is not None:
            d["line"] = self.line.raw
        if self.options is not None:
            d["options"] = [o.text for o in self.options.options]
        d["skip"], d["auto"] = self.skipping, self.app.auto_forward
        return d
