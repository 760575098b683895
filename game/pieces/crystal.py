"""The death: the one the alien fed on falls, and a crystal glints where they lie."""

from __future__ import annotations

from game.stage.registry import Actor, command
from game.stage.tasks import Wait


@command("crystal", Actor(), doc="the death: the actor falls, a crystal glints")
def crystal(stage, key):
    actor = stage.actor(key)
    actor.anim_override = "fallen"
    actor.solid = True
    stage.sfx("crystal")
    return Wait(90)
