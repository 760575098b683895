"""The mix, as numbers: the loudness every shipped file is mastered to, and the ranges it must hold.

Targets follow common practice for game audio (EBU R128 loudness; music around -15 LUFS with
true peaks under -1.5 dBTP):
- music: integrated loudness -15 LUFS (+-1); the quiet pieces lower (`QUIET_MUSIC`).
- ambience beds: 10-14 LU under every track they play with on a map (`AMBIENCE_UNDER`).
- effects: the loudness while they sound (momentary, over at most 400 ms) within +-3 LU of the
  music; the UFO's set pieces no more than 2 LU above the music; the UFO's drone sits lower, under
  the dialogue; every voice at one level.
`build.py` masters to the `target` of each file, `analyse.py` prints the table, and
tests/test_audio.py holds the `allowed` ranges on the committed files.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import loudness

MUSIC_LUFS = -15.0
QUIET_MUSIC = {"penthouse": -17.0, "dinner": -16.0}
MUSIC_TOLERANCE = 1.0
TRUE_PEAK_MAX = -1.5          # dBTP, every file
MASTER_PEAK = -2.5            # what the limiter aims for before encoding: the codec adds a little
AMBIENCE_BELOW = 12.0         # LU under the music it plays with
AMBIENCE_RANGE = (10.0, 14.0)
EFFECT_RANGE = 3.0            # LU either side of the music
UFO_ABOVE_MAX = 2.0           # LU above the music, at most
VOICE_LUFS = -16.0

# Which music each bed plays under (from the maps' music/ambience properties and the title).
AMBIENCE_UNDER = {
    "club_crowd": ("club",),
    "party_chatter": ("party",),
    "city_night": ("deck", "dinner", "title"),
    "apartment_hum": ("penthouse", "dinner"),
    "rooftop_wind": ("rooftop", "deck"),
}
UFO_SET_PIECES = {"ufo_land", "ufo_takeoff", "alien_feed", "crystal"}
# Effects that sit low by nature (steps, ticks of the interface, the drone under dialogue):
# mastered to the bottom of the effects' range, still inside it.
QUIET_EFFECTS = {"ufo_hum", "text_blip", "ui_move"}


@dataclass(frozen=True)
class Target:
    measure: str                      # "integrated" or "momentary"
    target: float                     # LUFS the build masters to
    allowed: tuple[float, float]      # LUFS range a test holds


def music_lufs(name: str) -> float:
    return QUIET_MUSIC.get(name, MUSIC_LUFS)


def target_for(kind: str, name: str) -> Target:
    if kind == "music":
        t = music_lufs(name)
        return Target("integrated", t, (t - MUSIC_TOLERANCE, t + MUSIC_TOLERANCE))
    if kind == "ambience":
        tracks = [music_lufs(m) for m in AMBIENCE_UNDER[name]]
        t = float(np.mean(tracks)) - AMBIENCE_BELOW
        lo = max(tracks) - AMBIENCE_RANGE[1]
        hi = min(tracks) - AMBIENCE_RANGE[0]
        return Target("integrated", t, (lo, hi))
    lo, hi = MUSIC_LUFS - EFFECT_RANGE, MUSIC_LUFS + EFFECT_RANGE
    if name.startswith("voice_"):
        return Target("momentary", VOICE_LUFS, (VOICE_LUFS - 0.5, VOICE_LUFS + 0.5))
    if name in UFO_SET_PIECES:
        hi = MUSIC_LUFS + UFO_ABOVE_MAX
        return Target("momentary", hi - 1.0, (lo, hi))
    if name in QUIET_EFFECTS or name.startswith("step_"):
        return Target("momentary", lo + 0.5, (lo, hi))
    return Target("momentary", MUSIC_LUFS, (lo, hi))


def measure(samples: np.ndarray, sr: int, how: str) -> float:
    return loudness.integrated(samples, sr) if how == "integrated" else loudness.momentary_max(samples, sr)


def master(samples: np.ndarray, sr: int, kind: str, name: str, correction_db: float = 0.0,
           ceiling: float = MASTER_PEAK) -> np.ndarray:
    """Bring a rendered file to its target loudness and under the true-peak `ceiling`.

    `correction_db` lets the builder nudge by what the encoder changed (measured on the decode)."""
    goal = target_for(kind, name)
    aim = goal.target + correction_db
    gain_db = aim - measure(samples, sr, goal.measure)
    for _ in range(3):  # limiting takes a little loudness away: measure again and make it up
        out = loudness.limit(samples * 10 ** (gain_db / 20), sr, ceiling)
        short = aim - measure(out, sr, goal.measure)
        if abs(short) < 0.05:
            break
        gain_db += short
    return out if samples.ndim == 2 else out[:, 0]
