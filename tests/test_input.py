"""Actions from keyboard, gamepad and mouse; bindings are data."""

import pygame

from game.input import Input, binding_conflicts, default_bindings


def key(k, mod=0, up=False):
    return pygame.event.Event(pygame.KEYUP if up else pygame.KEYDOWN, key=k, mod=mod)


def test_keyboard_arrows_wasd_and_interact_keys(app):
    inp = Input()
    for k, action in ((pygame.K_UP, "up"), (pygame.K_w, "up"), (pygame.K_d, "right"), (pygame.K_e, "interact"),
                      (pygame.K_SPACE, "interact"), (pygame.K_RETURN, "interact")):
        inp.handle_event(key(k))
        assert action in inp.pressed and action in inp.held
        inp.handle_event(key(k, up=True))
        assert action not in inp.held
        inp.end_tick()
        assert not inp.pressed
    inp.handle_event(key(pygame.K_ESCAPE))
    assert {"cancel", "menu"} <= inp.pressed


def test_alt_enter_is_fullscreen_not_interact(app):
    inp = Input()
    inp.handle_event(key(pygame.K_RETURN, mod=pygame.KMOD_LALT))
    assert inp.pressed == {"fullscreen"}


def test_rebinding_changes_what_a_key_does(app):
    bindings = default_bindings()
    bindings["keys"]["interact"] = ["f"]
    inp = Input(bindings)
    inp.handle_event(key(pygame.K_f))
    assert "interact" in inp.pressed
    inp.end_tick()
    inp.handle_event(key(pygame.K_e))
    assert "interact" not in inp.pressed


def test_gamepad_buttons_and_stick(app):
    inp = Input()
    inp.handle_event(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_A, instance_id=0))
    assert "interact" in inp.pressed and inp.last_device == "pad"
    inp.handle_event(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX, value=-30000,
                                        instance_id=0))
    assert "left" in inp.held and inp.move_vector() == (-1, 0)
    inp.handle_event(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX, value=100,
                                        instance_id=0))
    assert "left" not in inp.held


def test_unplugging_a_pad_forgets_it(app):
    inp = Input()
    inp.controllers[7] = object()
    inp.handle_event(pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=7))
    assert 7 not in inp.controllers


def test_mouse_clicks_arrive_in_canvas_pixels(app):
    inp = Input()
    inp.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(300, 150), button=1), lambda p: (p[0] // 3, p[1] // 3))
    assert inp.clicks == [(100, 50, 1)] and inp.last_device == "mouse"


def test_a_click_in_the_same_tick_as_a_key_leaves_the_keys_prompts(app):
    """Either order gives the keyboard's prompts, so a replay (which puts the key first) shows what was seen."""
    for order in ((0, 1), (1, 0)):
        inp = Input()
        events = [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(30, 15), button=1),
                  pygame.event.Event(pygame.KEYDOWN, key=pygame.K_UP, mod=0)]
        for i in order:
            inp.handle_event(events[i], lambda p: p)
        assert inp.last_device == "keyboard"
        inp.end_tick()
        inp.click(5, 5)
        assert inp.last_device == "mouse"  # a click alone, the next tick


def test_conflicts_are_found_but_esc_for_cancel_and_menu_is_fine():
    bindings = default_bindings()
    assert binding_conflicts(bindings) == []
    bindings["keys"]["journal"] = ["e"]
    assert ("e", "interact", "journal") in binding_conflicts(bindings)


def test_scripted_hold_releases_after_its_ticks(app):
    inp = Input()
    inp.hold("right", 3)
    for _ in range(3):
        assert "right" in inp.held
        inp.end_tick()
    assert "right" not in inp.held
