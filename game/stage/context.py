"""The stage: the narrow context a command runs against. Commands reach the map in play, its
effects and props, the story, sound, settings and the scene stack through it, never the App."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING, Any

from game.stage.known import LiveKnown
from game.stage.registry import CommandError, validate
from game.stage.tasks import SceneTask, Task

if TYPE_CHECKING:
    from game.app import App
    from game.world.actors import Actor


class Stage:
    def __init__(self, app: "App") -> None:
        self._app = app
        self.nowait = False  # the command being run ends with `nowait`

    # -- running a command -----------------------------------------------------------------------
    def run(self, raw: str) -> tuple[Task | None, bool]:
        """Carry out one command line (`walk jimmy to bar nowait`); returns (task or None, nowait).
        Raises CommandError (or ValueError for unbalanced quotes) with a writer-facing reason."""
        words = shlex.split(raw)
        if not words:
            return None, False
        command, values, nowait = validate(words, LiveKnown(self.world))
        self.nowait = nowait
        return command.run(self, *values), nowait

    # -- the map in play -----------------------------------------------------------------------
    @property
    def explore(self):
        scene = self._app.explore()
        if scene is None:
            raise CommandError("no map is loaded")
        return scene

    @property
    def world(self):
        return self.explore.world

    @property
    def effects(self):
        return self.explore.effects

    @property
    def props(self) -> dict:
        return self.explore.props

    def actor(self, key: str) -> "Actor":
        found = self.world.actor(key)
        if found is None:
            raise CommandError(f"actor {key!r} is not on map {self.world.level.name!r}")
        return found

    def point(self, ref: str) -> tuple[float, float]:
        """Where a marker (its bottom centre) or a tile `X,Y` is, in map pixels."""
        if "," in ref:
            x, y = ref.split(",", 1)
            return self.world.tile_center(int(x), int(y))
        marker = self.world.marker(ref)
        if marker is None:
            raise CommandError(f"no marker {ref!r} on map {self.world.level.name!r}")
        return marker.x + marker.width / 2, marker.y + marker.height

    def load_map(self, name: str, spawn: str) -> None:
        from game.world.tmx import MapError
        try:
            self.explore.load(name, spawn)
        except MapError as exc:
            raise CommandError(str(exc)) from None

    # -- the rest of the game ----------------------------------------------------------------------
    @property
    def story(self):
        return self._app.story

    @property
    def settings(self) -> dict:
        return self._app.settings

    def sfx(self, name: str) -> None:
        self._app.sfx(name)

    def music(self, track: str | None) -> None:
        if self._app.audio is not None:
            self._app.audio.play_music(track)

    def autosave(self) -> None:
        self._app.saves.autosave()

    def play(self, scene_type: type, *args: Any, beneath_talk: bool = False) -> SceneTask:
        """Put a scene (a card, an overlay, a set piece) on the stack and a task that waits for it.
        `beneath_talk`: under the dialogue box that runs the script, so its lines go on over it."""
        director = self._app.director
        scene = scene_type(self._app, *args)
        talk = director.top
        if beneath_talk and type(talk).__name__ == "DialogueScene":
            director.insert_below(scene, talk)  # the box keeps the input
        else:
            director.push(scene)
        return SceneTask(director, scene)
