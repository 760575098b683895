"""Tasks: what a command that takes time returns. The dialogue scene waits for a task unless the
command ends with `nowait`. Skipping calls `finish()` on every running task: walks end at their
destination, waits end, fades reach their colour, so a skipped cutscene leaves the same state as a
watched one."""

from __future__ import annotations

from game.world.actors import WALK_SPEED, Actor


class Task:
    skippable = True  # False for play the player must do (the runway walk), which skip cannot end

    def update(self) -> bool:
        """Advance one tick; True when done."""
        return True

    def finish(self) -> None:
        """Jump to the end at once."""


class Wait(Task):
    def __init__(self, ticks: int) -> None:
        self.left = ticks

    def update(self) -> bool:
        self.left -= 1
        return self.left <= 0

    def finish(self) -> None:
        self.left = 0


class Walk(Task):
    def __init__(self, actor: Actor, dest: tuple[float, float]) -> None:
        self.actor, self.dest = actor, dest

    def update(self) -> bool:
        if self.actor.path:
            return False
        self.actor.speed = WALK_SPEED  # a walk's own speed lasts only for that walk
        return True

    def finish(self) -> None:
        self.actor.path = []
        self.actor.x, self.actor.y = self.dest
        self.actor.speed = WALK_SPEED
        self.actor.update(False)


class Tween(Task):
    """A value that moves from start to end over some ticks; `apply(k)` sets it for 0 <= k <= 1."""

    def __init__(self, ticks: int) -> None:
        self.ticks, self.t = max(1, ticks), 0

    def apply(self, k: float) -> None:
        raise NotImplementedError

    def update(self) -> bool:
        self.t += 1
        k = min(1.0, self.t / self.ticks)
        self.apply(k)
        return k >= 1.0

    def finish(self) -> None:
        self.t = self.ticks
        self.apply(1.0)


class Veil(Tween):
    """Fade the map to a colour (`out`) or back (`in`), drawn by the explore scene."""

    def __init__(self, effects, target: int, ticks: int) -> None:
        super().__init__(ticks)
        self.fx, self.start, self.target = effects, effects.veil, target

    def apply(self, k: float) -> None:
        self.fx.veil = round(self.start + (self.target - self.start) * k)


class CameraPan(Tween):
    def __init__(self, explore, start, end, ticks: int) -> None:
        super().__init__(ticks)
        self.explore, self.start, self.end = explore, start, end

    def apply(self, k: float) -> None:
        if k >= 1.0:
            self.explore.camera_target = self.end
            return
        self.explore.camera_target = (self.start[0] + (self.end[0] - self.start[0]) * k,
                                      self.start[1] + (self.end[1] - self.start[1]) * k)


class SceneTask(Task):
    """Waits while a pushed scene (title card, overlay, set piece) is on the stack."""

    def __init__(self, director, scene) -> None:
        self.director, self.scene = director, scene
        self.skippable = scene.skippable

    def update(self) -> bool:
        return self.scene not in self.director.stack

    def finish(self) -> None:
        self.scene.skip()
        self.director.pop(self.scene)  # now: the script goes on at once, over the stack without it
