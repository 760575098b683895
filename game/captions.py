"""Captions for sounds that carry story: a player without sound (or who cannot hear) still learns
that the phone rang or that something hums on the roof. This table is the one place a sound's
caption is written; the game shows it when the sound plays and the `captions` setting is on.
Footsteps and the interface's ticks carry nothing and have none."""

from __future__ import annotations

from game.timing import TICK_RATE

CAPTIONS: dict[str, str] = {
    "phone_ring": "[a telephone rings]",
    "payphone_coin": "[a coin drops in the payphone]",
    "door_open": "[a door opens]",
    "door_close": "[a door shuts]",
    "elevator_ding": "[the elevator chimes]",
    "ufo_hum": "[a low hum from the roof]",
    "ufo_land": "[something settles on the roof, humming]",
    "ufo_takeoff": "[a hum rising away into the sky]",
    "alien_feed": "[a pulse of humming light]",
    "crystal": "[a clear ring, like struck glass]",
    "heartbeat": "[a heartbeat]",
    "camera_flash": "[a flash charges and fires]",
    "camera_shutter": "[a camera shutter]",
    "glass_clink": "[glasses clink]",
    "record_scratch": "[a record scratches to a stop]",
    "thud": "[a heavy thud]",
}

SHOW_SECONDS = 3.0
MAX_SHOWN = 3


class Captions:
    """The captions on screen now: newest last, each for a few seconds; a sound repeating while
    its caption is up keeps the one caption up rather than stacking copies."""

    def __init__(self) -> None:
        self.shown: list[list] = []  # [text, ticks left]

    def sound(self, name: str) -> None:
        text = CAPTIONS.get(name)
        if text is None:
            return
        self.shown = [c for c in self.shown if c[0] != text][-(MAX_SHOWN - 1):] + [[text, int(SHOW_SECONDS * TICK_RATE)]]

    def update(self) -> None:
        for caption in self.shown:
            caption[1] -= 1
        self.shown = [c for c in self.shown if c[1] > 0]

    def lines(self) -> list[str]:
        return [text for text, _ in self.shown]
