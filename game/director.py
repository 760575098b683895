"""The scene stack, and transitions as scenes of their own."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Callable

import pygame
from game.palette import colour

if TYPE_CHECKING:
    from game.app import App


class Scene:
    """One screen or layer of the game. Only the top scene gets input."""

    opaque = True  # scenes below need not draw
    pauses_below = True  # scenes below do not update
    takes_control = False  # a script or overlay drives the map: the player cannot walk or save
    skippable = True  # holding skip ends it (not for play the player must do, as the runway walk)
    # a talk or a cutscene: the pause menu opens over it as over play (App.pause_asked), and
    # in one where Esc, B and a right-click mean "back" (`back_keys`), by Start and the II button
    pausable = False
    back_keys = False

    def __init__(self, app: "App") -> None:
        self.app = app

    def enter(self) -> None:
        """Called when the scene becomes part of the stack."""

    def exit(self) -> None:
        """Called when the scene leaves the stack."""

    def resume(self) -> None:
        """Called when the scene above it was popped."""

    def update(self, is_top: bool) -> None:
        """One simulation tick (1/60 s). Read input only when `is_top`."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw onto the 480x270 canvas."""

    def covers(self) -> list[pygame.Rect]:
        """What it draws over play that captions and the notice keep clear of (the HUD, the
        dialogue box)."""
        return []

    def describe(self) -> dict:
        """What tests and the state dump see of this scene."""
        return {"scene": type(self).__name__}

    # -- what a scene asks of the stack: done after the update pass, so every scene of this tick
    # -- sees the same stack
    def open(self, scene: "Scene") -> None:
        """Put another scene over this one (a menu, the journal)."""
        self.app.director.request(self.app.director.push, scene)

    def close(self) -> None:
        """Leave the stack (nothing if it has left already)."""
        self.app.director.request(self.app.director.pop, self)

    def skip(self) -> None:
        """Jump to the end at once (the player holds skip, a cutscene is skipped): by default, close."""
        self.close()


class Director:
    def __init__(self) -> None:
        self.stack: list[Scene] = []
        self._requests: list[tuple[Callable[[Scene], object], Scene]] = []
        self._updating = False

    def request(self, change: Callable[[Scene], object], scene: Scene) -> None:
        """A scene's push or pop: after the update pass if one is running, else at once."""
        if self._updating:
            self._requests.append((change, scene))
        else:
            change(scene)

    @property
    def top(self) -> Scene | None:
        return self.stack[-1] if self.stack else None

    def push(self, scene: Scene) -> None:
        self.stack.append(scene)
        scene.enter()

    def pop(self, scene: Scene | None = None) -> Scene | None:
        if not self.stack:
            return None
        target = scene or self.stack[-1]
        if target not in self.stack:
            return None
        was_top = target is self.stack[-1]
        self.stack.remove(target)
        target.exit()
        if self.stack and was_top:
            self.stack[-1].resume()
        return target

    def replace(self, scene: Scene, below: Scene | None = None) -> None:
        """Swap the top scene (or `below`, a scene further down) for another."""
        old = below or self.top
        if old is None:
            self.push(scene)
            return
        index = self.stack.index(old)
        old.exit()
        self.stack[index] = scene
        scene.enter()

    def reset_to(self, scene: Scene) -> None:
        """Make `scene` the only scene, keeping any transition that is running on top of it."""
        for old in [s for s in self.stack if not isinstance(s, Fade)]:
            self.pop(old)
        self.stack.insert(0, scene)
        scene.enter()

    def insert_below(self, scene: Scene, above: Scene) -> None:
        """Put a scene just under another (an overlay that plays beneath a running dialogue)."""
        self.stack.insert(self.stack.index(above), scene)
        scene.enter()

    def clear(self) -> None:
        while self.stack:
            self.stack.pop().exit()

    def find(self, kind: type) -> Scene | None:
        for scene in reversed(self.stack):
            if isinstance(scene, kind):
                return scene
        return None

    def update(self) -> None:
        # Update from the top down to the first scene that pauses what is below it.
        active: list[Scene] = []
        for scene in reversed(self.stack):
            active.append(scene)
            if scene.pauses_below:
                break
        top = self.top
        self._updating = True
        try:
            for scene in reversed(active):
                if scene in self.stack:
                    scene.update(scene is top)
        finally:
            self._updating = False
        requests, self._requests = self._requests, []
        for change, scene in requests:
            change(scene)

    def shown(self) -> list[Scene]:
        """The scenes drawn: the top opaque one and those over it."""
        start = 0
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].opaque:
                start = i
                break
        return self.stack[start:]

    def draw(self, surface: pygame.Surface) -> None:
        for scene in self.shown():
            scene.draw(surface)


class Fade(Scene):
    """Fade to black, run `at_black` (e.g. load a map), fade back in, then remove itself."""

    opaque = False
    pauses_below = True

    def __init__(self, app: "App", at_black: Callable[[], None] | None = None, out_ticks: int = 20,
                 in_ticks: int = 20) -> None:
        super().__init__(app)
        self.at_black = at_black
        self.out_ticks, self.in_ticks = max(1, out_ticks), max(1, in_ticks)
        self.t = 0
        self.done_black = False

    @property
    def alpha(self) -> int:
        if self.t < self.out_ticks:
            return round(255 * self.t / self.out_ticks)
        back = self.t - self.out_ticks
        return max(0, round(255 * (1 - back / self.in_ticks)))

    def update(self, is_top: bool) -> None:
        self.t += 1
        if self.t >= self.out_ticks and not self.done_black:
            self.done_black = True
            if self.at_black:
                self.at_black()
        if self.t >= self.out_ticks + self.in_ticks:
            self.close()

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size(), colour("black"), self.alpha), (0, 0))

    def describe(self) -> dict:
        return {"scene": "Fade", "alpha": self.alpha}



def veil(size: tuple[int, int], colour: tuple[int, int, int], alpha: int) -> pygame.Surface:
    """A full-screen layer of one colour at some opacity (cached: menus and fades draw it every frame)."""
    surf = _veil(size, colour)
    surf.set_alpha(alpha)
    return surf


@lru_cache(maxsize=8)
def _veil(size: tuple[int, int], colour: tuple[int, int, int]) -> pygame.Surface:
    surf = pygame.Surface(size)
    surf.fill(colour)
    return surf
