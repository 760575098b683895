"""Commands for music and sound effects."""

from __future__ import annotations

from game.stage.registry import Choice, Either, Sound, Track, command


@command("music", Either("", (Track(), Choice("", ("stop",)))), doc="change the music (crossfade)")
def music(stage, track):
    stage.music(None if track == "stop" else track)


@command("sfx", Sound(), doc="play a sound effect")
def sfx(stage, name):
    stage.sfx(name)
