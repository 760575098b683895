"""Captions for sounds that carry story: a player without sound (or who cannot hear) still learns
that the phone rang or that something hums on the roof. A sound's caption is the UI string
`caption.<sound>` (assets/ui/strings.csv); the game shows it when the sound plays and the
`captions` setting is on. Footsteps and the interface's ticks carry nothing and have none."""

from __future__ import annotations

from game.story.strings import ui_strings
from game.timing import TICK_RATE
from game.ui.strings import tr

CAPTIONS = frozenset(key.split(".", 1)[1] for key in ui_strings()
                     if key.startswith("caption.") and key != "caption.frame")  # the sounds with one

SHOW_SECONDS = 3.0
MAX_SHOWN = 3


class Captions:
    """The captions on screen now: newest last, each for a few seconds; a sound repeating while
    its caption is up keeps the one caption up rather than stacking copies."""

    def __init__(self) -> None:
        self.shown: list[list] = []  # [text, ticks left]

    def sound(self, name: str) -> None:
        if name not in CAPTIONS:
            return
        text = tr("caption.frame", tr(f"caption.{name}"))
        self.shown = [c for c in self.shown if c[0] != text][-(MAX_SHOWN - 1):] + [[text, int(SHOW_SECONDS * TICK_RATE)]]

    def update(self) -> None:
        for caption in self.shown:
            caption[1] -= 1
        self.shown = [c for c in self.shown if c[1] > 0]

    def lines(self) -> list[str]:
        return [text for text, _ in self.shown]
