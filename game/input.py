"""Game actions from keyboard, gamepad, mouse or a script. Scenes only ever see actions.

Bindings are data: action -> key names (as `pygame.key.key_code` knows them) and gamepad button
names. They come from the settings and can be rebound in the game.
"""

from __future__ import annotations

import logging
import re
import warnings

import pygame

from game.ui.strings import tr

log = logging.getLogger(__name__)

ACTIONS = ("up", "down", "left", "right", "interact", "cancel", "menu", "skip", "journal",
           "history", "auto", "hints", "fullscreen", "quicksave", "quickload", "debug", "reload", "screenshot",
           "rollback", "rollforward")

DEFAULT_KEYS: dict[str, list[str]] = {
    "up": ["up", "w"], "down": ["down", "s"], "left": ["left", "a"], "right": ["right", "d"],
    "interact": ["return", "space", "e"], "cancel": ["escape", "backspace"], "menu": ["escape"],
    "skip": ["left ctrl", "tab"], "journal": ["j"], "history": ["h"], "auto": ["q"], "hints": ["left shift", "o"],
    "fullscreen": ["f11"], "quicksave": ["f5"], "quickload": ["f9"], "debug": ["f3"], "reload": ["f6"],
    "screenshot": ["f12"], "rollback": ["page up"], "rollforward": ["page down"],
}
DEFAULT_PAD: dict[str, list[str]] = {
    "up": ["dpad_up"], "down": ["dpad_down"], "left": ["dpad_left"], "right": ["dpad_right"],
    "interact": ["a"], "cancel": ["b"], "menu": ["start"], "skip": ["rightshoulder"],
    "journal": ["back"], "history": ["leftshoulder"], "auto": ["y"], "hints": ["x"],
    "screenshot": ["rightstick"], "rollback": ["leftstick"],
}
# the mouse wheel steps through the conversation: up rolls back, down rolls forward
WHEEL_ACTIONS = {1: "rollback", -1: "rollforward"}
PAD_BUTTONS = {
    "a": pygame.CONTROLLER_BUTTON_A, "b": pygame.CONTROLLER_BUTTON_B, "x": pygame.CONTROLLER_BUTTON_X,
    "y": pygame.CONTROLLER_BUTTON_Y, "back": pygame.CONTROLLER_BUTTON_BACK,
    "start": pygame.CONTROLLER_BUTTON_START, "leftshoulder": pygame.CONTROLLER_BUTTON_LEFTSHOULDER,
    "rightshoulder": pygame.CONTROLLER_BUTTON_RIGHTSHOULDER,
    "dpad_up": pygame.CONTROLLER_BUTTON_DPAD_UP, "dpad_down": pygame.CONTROLLER_BUTTON_DPAD_DOWN,
    "dpad_left": pygame.CONTROLLER_BUTTON_DPAD_LEFT, "dpad_right": pygame.CONTROLLER_BUTTON_DPAD_RIGHT,
    "leftstick": pygame.CONTROLLER_BUTTON_LEFTSTICK, "rightstick": pygame.CONTROLLER_BUTTON_RIGHTSTICK,
}
STICK_DEADZONE = 12000
DIRECTIONS = ("up", "down", "left", "right")
# without a key for each of these a keyboard player is stuck: they can never be left unbound
ESSENTIAL = ("menu", "interact", "cancel", *DIRECTIONS)


def default_bindings() -> dict[str, dict[str, list[str]]]:
    return {"keys": {a: list(k) for a, k in DEFAULT_KEYS.items()},
            "pad": {a: list(b) for a, b in DEFAULT_PAD.items()}}


def key_name(code: int) -> str:
    return pygame.key.name(code)


# key names that make no id by themselves: the keypad's ("[1]", "[*]") and two of SDL's
KEYPAD_SIGNS = {"*": "multiply", "+": "plus", "-": "minus", ".": "point", "/": "divide"}
KEY_IDS = {"AC Back": "ac_back", "CurrencySubUnit": "currency_subunit"}


def key_label(name: str) -> str:
    """How a bound key reads on screen: a letter, digit or sign as printed on it (`E`), F-keys as
    `F5`, any other key by its UI string `key.<id>` ("left shift": key.left_shift, "Left shift")."""
    if len(name) == 1 or re.fullmatch(r"f\d+", name):
        return name.upper()
    return tr(key_string(name))


def key_string(name: str) -> str:
    """The UI string id of a key name that is a word (`key_label`)."""
    if name.startswith("[") and name.endswith("]"):
        return f"key.keypad_{KEYPAD_SIGNS.get(name[1:-1], name[1:-1])}"
    return f"key.{KEY_IDS.get(name, name.replace(' ', '_'))}"


def known_key(name: str) -> bool:
    """Whether `pygame.key.key_code` knows this key name."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "pygame.init() has not been called": names need no display
        try:
            pygame.key.key_code(name)
        except ValueError:
            return False
    return bool(name)


def known_control(name: str, group: str) -> bool:
    """A key name (group "keys") or a gamepad button name (group "pad") the game can use."""
    return name in PAD_BUTTONS if group == "pad" else known_key(name)


def binding_conflicts(bindings: dict[str, dict[str, list[str]]]) -> list[tuple[str, str, str]]:
    """(key, action_a, action_b) for keys bound to two actions that a scene could both want.

    Esc as both `cancel` and `menu` is intended (scenes read one or the other), so those pairs of
    actions that never compete are allowed."""
    compatible = {frozenset(("cancel", "menu")), frozenset(("journal", "cancel"))}
    seen: dict[str, str] = {}
    conflicts = []
    for action, keys in bindings.get("keys", {}).items():
        for k in keys:
            other = seen.get(k)
            if other and frozenset((other, action)) not in compatible:
                conflicts.append((k, other, action))
            seen.setdefault(k, action)
    return conflicts


class Input:
    """Per-tick action state. `pressed` holds edges not yet consumed by a simulation tick."""

    def __init__(self, bindings: dict | None = None) -> None:
        self.pressed: set[str] = set()
        self.held: set[str] = set()
        self.clicks: list[tuple[int, int, int]] = []  # canvas x, y, button
        self.mouse_pos: tuple[int, int] | None = None
        self.last_device = "keyboard"  # "keyboard" | "pad" | "mouse": which prompts to show
        self._keyed_this_tick = False
        self.controllers: dict[int, object] = {}
        self._stick: set[str] = set()
        self._scripted_holds: dict[str, int] = {}
        self.set_bindings(bindings or default_bindings())

    # -- bindings ----------------------------------------------------------------------------
    def set_bindings(self, bindings: dict) -> None:
        self.bindings = {"keys": {a: list(v) for a, v in bindings.get("keys", {}).items()},
                         "pad": {a: list(v) for a, v in bindings.get("pad", {}).items()}}
        self._key_actions: dict[int, list[str]] = {}
        for action, names in self.bindings["keys"].items():
            for name in names:
                try:
                    code = pygame.key.key_code(name)
                except ValueError:
                    log.warning("unknown key name %r bound to %s; ignored", name, action)
                    continue
                self._key_actions.setdefault(code, []).append(action)
        self._pad_actions: dict[int, list[str]] = {}
        for action, names in self.bindings["pad"].items():
            for name in names:
                if name in PAD_BUTTONS:
                    self._pad_actions.setdefault(PAD_BUTTONS[name], []).append(action)

    def actions_for_key(self, code: int) -> list[str]:
        return self._key_actions.get(code, [])

    # -- devices -----------------------------------------------------------------------------
    def open_controllers(self) -> None:
        try:
            from pygame._sdl2 import controller
            controller.init()
            for index in range(controller.get_count()):
                self._add_controller(index)
        except (ImportError, pygame.error) as exc:
            log.info("gamepads unavailable: %s", exc)

    def _add_controller(self, index: int) -> None:
        try:
            from pygame._sdl2 import controller
            if controller.is_controller(index):
                pad = controller.Controller(index)
                self.controllers[pad.as_joystick().get_instance_id()] = pad
        except (ImportError, pygame.error) as exc:
            log.warning("could not open gamepad %s: %s", index, exc)

    # -- events ------------------------------------------------------------------------------
    def _down(self, actions: list[str]) -> None:
        for a in actions:
            self.pressed.add(a)
            self.held.add(a)

    def _up(self, actions: list[str]) -> None:
        for a in actions:
            self.held.discard(a)

    def handle_event(self, ev: pygame.event.Event, to_canvas=None) -> None:
        if ev.type == pygame.KEYDOWN:
            self._use("keyboard")
            if ev.key == pygame.K_RETURN and ev.mod & pygame.KMOD_ALT:
                self._down(["fullscreen"])
                return
            self._down(self.actions_for_key(ev.key))
        elif ev.type == pygame.KEYUP:
            self._up(self.actions_for_key(ev.key))
        elif ev.type == pygame.CONTROLLERDEVICEADDED:
            self._add_controller(ev.device_index)
        elif ev.type == pygame.CONTROLLERDEVICEREMOVED:
            self.controllers.pop(ev.instance_id, None)
        elif ev.type == pygame.CONTROLLERBUTTONDOWN:
            self._use("pad")
            self._down(self._pad_actions.get(ev.button, []))
        elif ev.type == pygame.CONTROLLERBUTTONUP:
            self._up(self._pad_actions.get(ev.button, []))
        elif ev.type == pygame.CONTROLLERAXISMOTION and ev.axis in (pygame.CONTROLLER_AXIS_LEFTX,
                                                                    pygame.CONTROLLER_AXIS_LEFTY):
            self._stick_axis(ev.axis, ev.value)
        elif ev.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEMOTION) and to_canvas is not None:
            pos = to_canvas(ev.pos)
            self.mouse_pos = pos
            if ev.type == pygame.MOUSEBUTTONDOWN and pos is not None:
                self._use("mouse")
                self.clicks.append((pos[0], pos[1], ev.button))
        elif ev.type == pygame.MOUSEWHEEL and ev.y:
            self.wheel(1 if ev.y > 0 else -1)

    def _stick_axis(self, axis: int, value: int) -> None:
        neg, pos = ("left", "right") if axis == pygame.CONTROLLER_AXIS_LEFTX else ("up", "down")
        for direction, active in ((neg, value < -STICK_DEADZONE), (pos, value > STICK_DEADZONE)):
            if active and direction not in self._stick:
                self._stick.add(direction)
                self._use("pad")
                self._down([direction])
            elif not active and direction in self._stick:
                self._stick.discard(direction)
                self._up([direction])

    def _use(self, device: str) -> None:
        """The device whose prompts to show. A click in the same tick as a key or a button does
        not win over them: a recorded script replays the key first, and must show what was seen."""
        if device != "mouse":
            self._keyed_this_tick = True
        elif self._keyed_this_tick:
            return
        self.last_device = device

    # -- scripted input (tests, headless runs) ---------------------------------------------
    def press(self, action: str) -> None:
        self._check(action)
        self.pressed.add(action)

    def hold(self, action: str, ticks: int) -> None:
        self._check(action)
        self.pressed.add(action)
        self.held.add(action)
        self._scripted_holds[action] = ticks

    def wheel(self, notch: int) -> None:
        """One notch of the mouse wheel: 1 away from the player (up), -1 towards."""
        self.pressed.add(WHEEL_ACTIONS[notch])
        self.last_device = "mouse"

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.clicks.append((x, y, button))
        self._use("mouse")

    @staticmethod
    def _check(action: str) -> None:
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r} (actions: {', '.join(ACTIONS)})")

    # -- per tick ----------------------------------------------------------------------------
    def move_vector(self) -> tuple[int, int]:
        dx = ("right" in self.held) - ("left" in self.held)
        dy = ("down" in self.held) - ("up" in self.held)
        return dx, dy

    def end_tick(self) -> None:
        """Called after each simulation tick: edges are consumed, scripted holds count down."""
        self.pressed.clear()
        self.clicks.clear()
        self._keyed_this_tick = False
        for action in list(self._scripted_holds):
            self._scripted_holds[action] -= 1
            if self._scripted_holds[action] <= 0:
                del self._scripted_holds[action]
                self.held.discard(action)

    def clear(self) -> None:
        self.pressed.clear()
        self.held.clear()
        self.clicks.clear()
        self._scripted_holds.clear()
        self._stick.clear()
