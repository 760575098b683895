"""Commands that move, show and change people on the map."""

from __future__ import annotations

from game.stage.registry import DIRECTIONS, Actor, Choice, Either, Marker, Name, Node, Number, Optional, Word, command
from game.stage.tasks import Walk, Wait

EMOTES = {"!": "!", "?": "?", "...": "...", "heart": "<3", "music": "~", "anger": "#", "sweat": ";"}  # kind -> bubble text
FACING = Choice("DIR", DIRECTIONS)


@command("walk", Actor(), Word("to"), Marker(), Optional(Number("SPEED", low=0.1)),
         doc="walk an actor along a path; the script waits")
def walk(stage, key, ref, speed):
    actor = stage.actor(key)
    dest = stage.point(ref)
    world = stage.world
    t = world.level.tile
    path = world.path_to_tile(actor, (int(dest[0] // t), int((dest[1] - 1) // t)))
    actor.path = (path or []) + [dest]
    actor.dance = False  # walked off the floor by the story, a dancer stops dancing
    if speed is not None:
        actor.speed = speed
    return Walk(actor, dest)


@command("face", Actor(), Either("", (FACING, Actor())), doc="turn an actor to a direction or towards another actor")
def face(stage, key, target):
    actor = stage.actor(key)
    if target in DIRECTIONS:
        actor.facing = target
    else:
        other = stage.actor(target)
        actor.face_towards(other.x, other.y)


@command("place", Actor(), Marker(), Optional(FACING),
         doc="put an actor at a marker at once (adds them if absent)")
def place(stage, key, ref, facing):
    x, y = stage.point(ref)
    actor = stage.world.add_actor(key, x, y)
    actor.x, actor.y, actor.path, actor.visible = x, y, [], True
    if facing:
        actor.facing = facing


@command("show", Actor(), Optional(Marker()), doc="make an actor visible (placing them at a marker if given)")
def show(stage, key, ref):
    if ref:
        place(stage, key, ref, None)
    stage.actor(key).visible = True


@command("hide", Actor(), doc="make an actor invisible and not solid")
def hide(stage, key):
    stage.actor(key).visible = False


@command("anim", Actor(), Either("", (Name("NAME"), Choice("", ("none",)))),
         doc="hold an animation such as `fallen`; `none` returns to normal")
def anim(stage, key, name):
    stage.actor(key).anim_override = None if name == "none" else name


@command("emote", Actor(), Choice("KIND", tuple(EMOTES)), doc=f"a bubble over the actor: {' '.join(EMOTES)}")
def emote(stage, key, kind):
    actor = stage.actor(key)
    stage.effects.emotes[actor.name] = (kind, 75)
    return Wait(45)


@command("talk", Actor(), Node(), doc="what an actor says when the player talks to them from now on")
def talk(stage, key, node):
    stage.actor(key).node = node


@command("player", Actor(), doc="play as another person on the map (`place` them first); the one played until now "
                                "stays where they stand, as a person to talk to. The alien is played with `overlay ufo`")
def player(stage, key):
    stage.actor(key)  # says who is missing
    stage.world.switch_player(key)
