"""Commands for time, the camera and what lies over the picture."""

from __future__ import annotations

from game.palette import palette
from game.stage.registry import Actor, Choice, Colour, Marker, Optional, Seconds, command
from game.stage.tasks import CameraPan, Veil, Wait
from game.timing import ticks


@command("wait", Seconds(), doc="pause the script")
def wait(stage, seconds):
    return Wait(ticks(seconds))


@command("fade", Choice("", ("out", "in")), Seconds(), Optional(Colour(), "black"),
         doc="fade the screen to a palette colour and back")
def fade(stage, direction, seconds, colour):
    fx = stage.effects
    fx.veil_colour = palette()[colour]
    return Veil(fx, 255 if direction == "out" else 0, ticks(seconds))


@command("flash", Optional(Colour(), "white"), doc="a quick flash (a soft pulse when reduce flashing is on)")
def flash(stage, colour):
    fx = stage.effects
    gentle = stage.settings.get("reduce_flashing")
    fx.flash_colour = palette()[colour]
    fx.flash = 40 if gentle else 12
    fx.flash_max = 90 if gentle else 255  # a soft pulse instead of a full white-out
    return Wait(fx.flash)


@command("shake", Optional(Seconds(), 0.5), doc="shake the screen (not when reduce shake is on)")
def shake(stage, seconds):
    if not stage.settings.get("reduce_shake"):
        stage.effects.shake = ticks(seconds)


@command("letterbox", Choice("", ("on", "off")), doc="cinema bars for cutscenes")
def letterbox(stage, state):
    stage.effects.letterbox = state == "on"


@command("camera follow", Actor(), doc="the camera follows an actor")
def camera_follow(stage, key):
    stage.explore.camera_target = stage.actor(key)


@command("camera pan", Marker(), Optional(Seconds(), 1.0), doc="the camera glides to a marker")
def camera_pan(stage, ref, seconds):
    explore = stage.explore
    return CameraPan(explore, explore.camera_center(), stage.point(ref), ticks(seconds))


@command("camera reset", doc="the camera follows the player again")
def camera_reset(stage):
    stage.explore.camera_target = None
