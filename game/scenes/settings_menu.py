"""Settings, applied live and saved on leaving; and the key / gamepad rebinding screen."""

from __future__ import annotations

import copy

import pygame

from game.scenes.notice import should_show
from game.input import ESSENTIAL, PAD_BUTTONS, binding_conflicts, default_bindings, key_label, key_name, known_control
from game.scenes.menu_screen import WIDE, MenuScreen, Row, ScrollMenu
from game.ui.menu import Menu, MenuItem
from game.ui.text import text_scale, ui_colour, ui_font
from game.story.strings import ui_strings
from game.timing import TICK_RATE, ticks
from game.ui.strings import tr

TEXT_SPEEDS = [(0, "settings.speed_instant"), (20, "settings.speed_slow"), (40, "settings.speed_normal"),
               (80, "settings.speed_fast"), (160, "settings.speed_very_fast")]
AUTO_DELAYS = [0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0]
SCALES = list(range(1, 7))
# the actions that can be rebound, in the order the controls screens list them (names: action.<id>)
ACTIONS = ["up", "down", "left", "right", "interact", "cancel", "menu", "skip", "journal", "history", "auto",
           "hints", "quicksave", "quickload", "screenshot", "rollback", "rollforward", "fullscreen"]
PAD_WORDS = {"back", "start", "dpad_up", "dpad_down", "dpad_left", "dpad_right"}  # names: pad.<id>
PAD_LABELS = {"leftshoulder": "LB", "rightshoulder": "RB", "leftstick": "L3", "rightstick": "R3"}
LISTEN_TICKS = ticks(5)  # waiting for a key gives up after five seconds


def control_label(name: str, device: str) -> str:
    """`left ctrl` -> `Left Ctrl`, `e` -> `E`, `rightshoulder` -> `RB`: how a binding reads on screen."""
    if device == "pad":
        return tr(f"pad.{name}") if name in PAD_WORDS else PAD_LABELS.get(name, name.upper())
    return key_label(name)


def action_label(action: str) -> str:
    return tr(f"action.{action}") if action in ACTIONS else action


def language_name(code: str) -> str:
    key = f"settings.language_{code}"
    return tr(key) if key in ui_strings() else code


def _on_off(value: bool) -> str:
    return tr("menu.on") if value else tr("menu.off")


def _step(options: list, current, step: int):
    """The next option in a list (clamped), starting from the nearest to the current value."""
    nearest = min(range(len(options)), key=lambda i: abs(options[i] - current))
    return options[max(0, min(len(options) - 1, nearest + step))]


class SettingsScene(MenuScreen):
    title = "settings.title"

    @property
    def panel_rect(self) -> pygame.Rect:
        return pygame.Rect(50, 8, 380, 254) if text_scale() == 1 else WIDE

    def build_menu(self) -> Menu:
        r = self.panel_rect
        s = self.app.settings
        rows = [
            self._volume(tr("settings.master_volume"), "master_volume"),
            self._volume(tr("settings.music_volume"), "music_volume"),
            self._volume(tr("settings.effects_volume"), "effects_volume"),
            Row(tr("settings.text_speed"), lambda: self.adjust_text_speed(1), value=self.text_speed_name,
                adjust=self.adjust_text_speed),
            Row(tr("settings.auto_delay"), lambda: self.adjust_auto(1),
                value=lambda: tr("settings.seconds", f"{s['auto_delay']:.1f}"), adjust=self.adjust_auto),
            self._toggle(tr("settings.skip_unseen"), "skip_unseen"),
            self._toggle(tr("settings.fullscreen"), "fullscreen", self.app.set_fullscreen),
            Row(tr("settings.window_scale"), lambda: self.adjust_scale(1),
                value=lambda: tr("settings.scale", s["window_scale"]), adjust=self.adjust_scale),
            Row(tr("settings.text_size"), lambda: self.adjust_text_size(1),
                value=lambda: tr(f"settings.size_{s['text_size']}"), adjust=self.adjust_text_size),
            Row(tr("settings.language"), lambda: self.adjust_language(1),
                value=lambda: language_name(s["language"]), adjust=self.adjust_language),
            self._toggle(tr("settings.high_contrast"), "high_contrast"),
            self._toggle(tr("settings.reduce_flashing"), "reduce_flashing"),
            self._toggle(tr("settings.reduce_shake"), "reduce_shake"),
            self._toggle(tr("settings.captions"), "captions"),
            self._toggle(tr("settings.record"), "record_sessions"),
            Row(tr("settings.notice"), lambda: self.set_notice(not self.notice_on()),
                value=lambda: _on_off(self.notice_on()), adjust=lambda step: self.set_notice(step > 0)),
            MenuItem(tr("settings.read_notice"), self.read_notice),
            MenuItem(tr("settings.keys"), lambda: self.open_controls("keys")),
            MenuItem(tr("settings.pad"), lambda: self.open_controls("pad")),
            MenuItem(tr("menu.back"), self.close),
        ]
        return ScrollMenu(rows, (r.x + 12, r.y + 28), r.width - 24, height=13 * 16)

    # -- rows -----------------------------------------------------------------------------------
    def _volume(self, label: str, key: str) -> Row:
        s = self.app.settings

        def adjust(step: int) -> None:
            s[key] = round(max(0.0, min(1.0, s[key] + step * 0.1)), 1)
            self.app.apply_volumes()
            self.app.sfx("ui_move")  # hear the new effects volume at once

        def cycle() -> None:
            s[key] = 0.0 if s[key] >= 1.0 else round(min(1.0, s[key] + 0.1), 1)
            self.app.apply_volumes()

        return Row(label, cycle, value=lambda: tr("settings.percent", round(s[key] * 100)), adjust=adjust)

    def _toggle(self, label: str, key: str, apply=None) -> Row:
        s = self.app.settings

        def set_to(on: bool) -> None:
            s[key] = on
            if apply:
                apply(on)

        return Row(label, lambda: set_to(not s[key]), value=lambda: _on_off(s[key]),
                   adjust=lambda step: set_to(step > 0))

    def adjust_language(self, step: int) -> None:
        """Cycle through English and the languages with a table in assets/dialogue."""
        from game.paths import asset
        from game.story.strings import languages
        codes = languages(asset("dialogue"))
        s = self.app.settings
        at = codes.index(s["language"]) if s["language"] in codes else 0
        s["language"] = codes[(at + step) % len(codes)]
        self.app.apply_language()
        self.rebuild()  # its rows in the new language

    def text_speed_name(self) -> str:
        speed = self.app.settings["text_speed"]
        key = dict(TEXT_SPEEDS).get(speed)
        return tr(key) if key else tr("settings.speed_other", speed)

    def adjust_text_speed(self, step: int) -> None:
        s = self.app.settings
        speeds = [v for v, _ in TEXT_SPEEDS]
        if step > 0 and s["text_speed"] == speeds[-1]:
            s["text_speed"] = speeds[0]  # choosing again cycles round
        else:
            s["text_speed"] = _step(speeds, s["text_speed"], step)

    def adjust_auto(self, step: int) -> None:
        s = self.app.settings
        s["auto_delay"] = AUTO_DELAYS[0] if step > 0 and s["auto_delay"] >= AUTO_DELAYS[-1] \
            else _step(AUTO_DELAYS, s["auto_delay"], step)

    def adjust_scale(self, step: int) -> None:
        s = self.app.settings
        s["window_scale"] = SCALES[0] if step > 0 and s["window_scale"] >= SCALES[-1] \
            else _step(SCALES, s["window_scale"], step)
        self.app.set_window_scale(s["window_scale"])

    def adjust_text_size(self, step: int) -> None:
        s = self.app.settings
        s["text_size"] = "normal" if s["text_size"] == "large" else "large"
        self.rebuild()  # laid out for the new size

    def notice_on(self) -> bool:
        return should_show(self.app.settings)

    def set_notice(self, on: bool) -> None:
        """On: show it at the next start; Off: never at start (it stays readable from here)."""
        self.app.settings["show_content_notice"] = on
        self.app.settings["notice_seen"] = not on

    def read_notice(self) -> None:
        from game.scenes.notice import NoticeScene
        self.open(NoticeScene(self.app))

    def open_controls(self, device: str) -> None:
        self.open(ControlsScene(self.app, device))

    def close(self) -> None:
        self.app.save_settings()
        super().close()


class ControlsScene(MenuScreen):
    """One row per action: choose it, then press the new key or button. Conflicts show in red."""

    @property
    def panel_rect(self) -> pygame.Rect:
        return pygame.Rect(40, 8, 400, 254) if text_scale() == 1 else WIDE

    def __init__(self, app, device: str) -> None:
        if device not in ("keys", "pad"):
            raise ValueError(device)
        self.device = device
        self.title = "settings.keys" if device == "keys" else "settings.pad"
        self.listening: str | None = None
        self.listen_ticks = 0
        super().__init__(app)

    @property
    def bindings(self) -> dict:
        return self.app.settings.setdefault("bindings", default_bindings())

    def actions(self) -> list[str]:
        defaults = default_bindings()[self.device]
        return [a for a in ACTIONS if a in defaults or self.device == "keys"]

    def build_menu(self) -> Menu:
        r = self.panel_rect
        rows: list[MenuItem] = [
            Row(action_label(a), lambda a=a: self.listen(a), value=lambda a=a: self.shown(a),
                tone=lambda a=a: "red" if a in self.conflicted() else None)
            for a in self.actions()]
        rows.append(MenuItem(tr("controls.reset"), self.reset))
        rows.append(MenuItem(tr("menu.back"), self.close))
        return ScrollMenu(rows, (r.x + 12, r.y + 28), r.width - 24, height=12 * 16)

    def shown(self, action: str) -> str:
        if action == self.listening:
            return tr(self._word("controls.press_key", "controls.press_button"), self.listen_ticks // TICK_RATE + 1)
        return self.keys_of(action)

    def _word(self, for_keys: str, for_pad: str) -> str:
        """Of two UI strings, the one for this device (a key or a button)."""
        return for_keys if self.device == "keys" else for_pad

    def keys_of(self, action: str) -> str:
        names = self.bindings[self.device].get(action, [])
        return tr("controls.and").join(control_label(n, self.device) for n in names) or tr("controls.none")

    def conflicts(self) -> list[tuple[str, str, str]]:
        return binding_conflicts({"keys": self.bindings[self.device]})

    def conflicted(self) -> set[str]:
        return {a for _, x, y in self.conflicts() for a in (x, y)}

    # -- listening for the new key ------------------------------------------------------------
    def listen(self, action: str) -> None:
        """Until the next key or button, raw events come here instead of becoming actions."""
        self.listening, self.listen_ticks = action, LISTEN_TICKS
        original = type(self.app.input).handle_event.__get__(self.app.input)

        def capture(ev: pygame.event.Event, to_canvas=None) -> None:
            if self.device == "keys" and ev.type == pygame.KEYDOWN:
                self.bind(key_name(ev.key))
            elif self.device == "pad" and ev.type == pygame.CONTROLLERBUTTONDOWN:
                name = {code: n for n, code in PAD_BUTTONS.items()}.get(ev.button)
                if name:
                    self.bind(name)
            elif ev.type == pygame.MOUSEBUTTONDOWN:
                self.stop_listening()  # a click gives up
            else:
                original(ev, to_canvas)

        self.app.input.handle_event = capture

    def stop_listening(self) -> None:
        self.listening = None
        self.app.input.__dict__.pop("handle_event", None)  # back to the class's own method
        self.app.input.clear()  # the key that was just bound must not also act this tick

    def bind(self, name: str) -> None:
        """The new key becomes the action's first; the previous first stays as the second, so no
        action is ever left without a key. A key the game cannot name (some media keys) is refused
        with a message and the old binding kept."""
        action = self.listening
        self.stop_listening()
        old = self.bindings[self.device].get(action, [])
        if not known_control(name, self.device):
            self.app.notify(tr(self._word("controls.refused_key", "controls.refused_button"), action_label(action), self.keys_of(action)), 3.0)
            return
        self.bindings[self.device][action] = [name] + [k for k in old[:1] if k != name]
        self.app.input.set_bindings(self.bindings)
        clash = [c for c in self.conflicts() if action in c[1:]]
        if clash:
            k, a, b = clash[0]
            self.app.notify(tr("controls.both", control_label(k, self.device), action_label(a), action_label(b)), 3.0)

    def reset(self) -> None:
        self.bindings[self.device] = copy.deepcopy(default_bindings()[self.device])
        self.app.input.set_bindings(self.bindings)
        self.app.notify(tr("controls.reset_done"), 2.0, problem=False)

    def update(self, is_top: bool) -> None:
        self.t += 1
        if self.listening:
            self.listen_ticks -= 1
            if self.listen_ticks <= 0:
                self.stop_listening()
            return
        super().update(is_top)

    def exit(self) -> None:
        if self.listening:
            self.stop_listening()

    def close(self) -> None:
        self.app.save_settings()
        super().close()

    def draw_body(self, surface: pygame.Surface) -> None:
        """Under the list: a conflict in red, else which actions keep a key and what to do now;
        wrapped in the text size, the list shortened to make room."""
        r = self.panel_rect
        small = ui_font("small")
        conflicts = self.conflicts()
        if conflicts:
            k, a, b = conflicts[0]
            footer = [(tr("controls.conflict", control_label(k, self.device), action_label(a), action_label(b)), "red")]
        else:
            hint = tr(self._word("controls.listen_key", "controls.listen_button") if self.listening
                      else self._word("controls.choose_key", "controls.choose_button"))
            essential = tr("controls.and").join(action_label(a) for a in ESSENTIAL)
            footer = [(tr(self._word("controls.keep_key", "controls.keep_button"), essential), "grey"),
                      (hint, "yellow" if self.listening else "grey_light")]
        rows = [(line, tone) for text, tone in footer for line in small.wrap(text, r.width - 24)]
        y = r.bottom - 7 - len(rows) * (small.line_height + 1)
        self.menu.height = min(self.menu.height, y - 4 - self.menu.pos[1])
        self.menu.scroll_into_view()
        for line, tone in rows:
            small.draw(surface, line, (r.centerx, y), ui_colour(tone), shadow=ui_colour("black"), align="center")
            y += small.line_height + 1

    def describe(self) -> dict:
        return {"scene": "ControlsScene", "device": self.device, "listening": self.listening,
                "selected": self.menu.items[self.menu.index].label, "conflicts": self.conflicts()}
