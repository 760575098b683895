"""The game's mixer: music and ambience crossfades, effects and voice blips, volume settings.

Fades advance only when the game calls `update()` (60 ticks per second), never by the wall
clock, so a headless test that steps frames hears, in effect, exactly what a player would.
Without a working sound device everything here is a silent no-op: the game never fails for
want of sound. Files live in assets/audio/{music,sfx,ambience}/<name>.ogg.
"""

from __future__ import annotations

import logging
import random
import re
from dataclasses import dataclass

import pygame

from game.paths import asset
from game.timing import TICK_RATE

log = logging.getLogger(__name__)

SAMPLE_RATE = 32000        # every file in assets/audio is 32 kHz (see tools/audio/build.py)
DUCK_FACTOR = 0.5          # music level while someone is talking
DUCK_TICKS = 12            # how quickly ducking moves (0.2 s)
AMBIENCE_FADE_MS = 1500
MUSIC_CACHE = 3            # decoded music is large (about 10 MB a track): keep only a few
CHANNELS = 24
# Reserved channels: two for music (old + new during a crossfade), two for ambience, one voice.
MUSIC_CH, AMBIENCE_CH, VOICE_CH = (0, 1), (2, 3), 4


VARIANT = re.compile(r"^(.+)_(\d+)$")  # step_hard_3.ogg is take 3 of the sound `step_hard`


def _names(kind: str) -> set[str]:
    """The files' names, and the name of each family of takes (`step_hard` for step_hard_1..4)."""
    folder = asset("audio", kind)
    stems = {p.stem for p in folder.glob("*.ogg")} if folder.is_dir() else set()
    return stems | {m.group(1) for m in map(VARIANT.match, stems) if m}


def _takes(stems: set[str]) -> dict[str, list[str]]:
    """Each family name -> its files, in order."""
    out: dict[str, list[str]] = {}
    for stem in sorted(stems):
        m = VARIANT.match(stem)
        if m:
            out.setdefault(m.group(1), []).append(stem)
    return out


def known_tracks() -> set[str]:
    return _names("music")


def known_sfx() -> set[str]:
    return _names("sfx")


def known_ambience() -> set[str]:
    return _names("ambience")


def _ticks(ms: int) -> int:
    return max(0, round(ms * TICK_RATE / 1000))


@dataclass
class _Voice:
    """One looping sound on one channel, with a gain moving linearly towards a target."""
    name: str
    channel: "pygame.mixer.Channel"
    gain: float
    target: float
    step: float = 1.0  # gain change per tick

    def advance(self, frames: int) -> None:
        delta = self.step * frames
        if self.gain < self.target:
            self.gain = min(self.target, self.gain + delta)
        else:
            self.gain = max(self.target, self.gain - delta)


class _Layer:
    """A bus of looping sounds (music, or ambience) that crossfades between names."""

    def __init__(self, audio: "Audio", kind: str, channels: tuple[int, ...]):
        self.audio, self.kind = audio, kind
        self.channels = [pygame.mixer.Channel(i) for i in channels]
        self.voices: list[_Voice] = []

    def switch(self, name: str | None, fade_ticks: int) -> None:
        step = 1.0 / fade_ticks if fade_ticks else 1.0
        for v in self.voices:  # everything now playing fades away (at once if no fade)
            v.target, v.step = 0.0, step
            if not fade_ticks:
                v.gain = 0.0
        if name is None:
            self._settle()
            return
        sound = self.audio._sound(self.kind, name)
        if sound is None:
            return
        free = [c for c in self.channels if all(v.channel is not c for v in self.voices)]
        if not free:  # switching again mid-fade: drop the quietest fading voice
            quietest = min(self.voices, key=lambda v: v.gain)
            quietest.channel.stop()
            self.voices.remove(quietest)
            free = [quietest.channel]
        channel = free[0]
        voice = _Voice(name, channel, 0.0 if fade_ticks else 1.0, 1.0, step)
        self.voices.append(voice)
        channel.set_volume(0.0)
        channel.play(sound, loops=-1)
        self._settle()

    def advance(self, frames: int) -> None:
        for v in self.voices:
            v.advance(frames)
        self._settle()

    def _settle(self) -> None:
        for v in [v for v in self.voices if v.gain <= 0.0 and v.target <= 0.0]:
            v.channel.stop()
            self.voices.remove(v)
        self.apply()

    def apply(self) -> None:
        bus = self.audio._bus(self.kind)
        for v in self.voices:
            v.channel.set_volume(v.gain * bus)


class Audio:
    def __init__(self, enabled: bool = True):
        self.available = False
        self.current_music: str | None = None
        self.current_ambience: str | None = None
        self.master, self.music, self.effects = 1.0, 0.8, 1.0
        self._duck_on = False
        self._duck = 1.0  # current music multiplier, eases towards 1 or DUCK_FACTOR
        self._cache: dict[tuple[str, str], pygame.mixer.Sound] = {}
        self._warned: set[str] = set()
        # The shipped files do not change while the game runs: list them once, not per sound.
        self._known = {kind: _names(kind) for kind in ("music", "sfx", "ambience")}
        self._takes = _takes(self._known["sfx"])
        # Which take of a footstep or a voice plays: seeded, so a run sounds the same each time.
        self._rng = random.Random(0)
        if not enabled:
            return
        try:
            # Our files are all 32 kHz. Mixing at their own rate means no resampling, and so
            # sample-exact loops (SDL_mixer's resampler drops a few ms from a loop's end at
            # 44.1 kHz); SDL converts the finished mix to whatever the device wants. pygame.init()
            # opens the mixer at 44.1 kHz, so reopen it: Audio owns the mixer.
            if pygame.mixer.get_init() and pygame.mixer.get_init()[0] != SAMPLE_RATE:
                pygame.mixer.quit()
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=SAMPLE_RATE, size=-16, channels=2, buffer=512, allowedchanges=0)
            pygame.mixer.set_num_channels(CHANNELS)
            pygame.mixer.set_reserved(VOICE_CH + 1)
            self._music = _Layer(self, "music", MUSIC_CH)
            self._ambience = _Layer(self, "ambience", AMBIENCE_CH)
            self._voice = pygame.mixer.Channel(VOICE_CH)
            self.available = True
        except Exception as exc:  # no device, no driver, no mixer: play on in silence
            log.info("audio disabled: %s", exc)
            self.available = False

    # ------------------------------------------------------------ settings

    def set_volumes(self, master: float, music: float, effects: float) -> None:
        clamp = lambda v: min(1.0, max(0.0, float(v)))  # noqa: E731
        self.master, self.music, self.effects = clamp(master), clamp(music), clamp(effects)
        if self.available:
            self._music.apply()
            self._ambience.apply()
            self._voice.set_volume(self.master * self.effects)

    def _bus(self, kind: str) -> float:
        if kind == "music":
            return self.master * self.music * self._duck
        return self.master * self.effects  # ambience sits with the effects

    # ------------------------------------------------------------ music and ambience

    def play_music(self, track: str | None, fade_ms: int = 800) -> None:
        self._switch("music", track, fade_ms)

    def set_ambience(self, name: str | None) -> None:
        self._switch("ambience", name, AMBIENCE_FADE_MS)

    def _switch(self, kind: str, name: str | None, fade_ms: int) -> None:
        """Crossfade the music or the ambience loop to `name` (None fades it out)."""
        if name == getattr(self, f"current_{kind}"):
            return
        if name is not None and name not in self._known[kind]:
            self._warn(f"{kind} {name!r}")
            return
        setattr(self, f"current_{kind}", name)
        if self.available:
            (self._music if kind == "music" else self._ambience).switch(name, _ticks(fade_ms))

    def duck(self, on: bool) -> None:
        self._duck_on = bool(on)

    def update(self, frames: int = 1) -> None:
        if not self.available or frames <= 0:
            return
        target = DUCK_FACTOR if self._duck_on else 1.0
        step = (1.0 - DUCK_FACTOR) / DUCK_TICKS * frames
        self._duck = min(target, self._duck + step) if self._duck < target else max(target, self._duck - step)
        self._music.advance(frames)
        self._ambience.advance(frames)

    # ------------------------------------------------------------ one-shots

    def play_sfx(self, name: str, volume: float = 1.0) -> "pygame.mixer.Channel | None":
        if name not in self._known["sfx"]:
            self._warn(f"sfx {name!r}")
            return None
        if not self.available:
            return None
        sound = self._sound("sfx", self._take(name))
        channel = sound.play() if sound is not None else None
        if channel is not None:  # None when every channel is busy: skip the sound
            channel.set_volume(self.master * self.effects * min(1.0, max(0.0, volume)))
        return channel

    def play_voice(self, speaker: str) -> None:
        """A dialogue blip, one of the speaker's syllables. One channel for all of them, so a new
        blip cuts the previous one."""
        name = f"voice_{speaker}"
        if name not in self._known["sfx"]:
            name = "voice_crew"
        if not self.available:
            return
        sound = self._sound("sfx", self._take(name))
        if sound is not None:
            self._voice.set_volume(self.master * self.effects)
            self._voice.play(sound)

    def _take(self, name: str) -> str:
        """The file to play for a sound: itself, or one of its takes picked at random."""
        takes = self._takes.get(name)
        return self._rng.choice(takes) if takes else name

    # ------------------------------------------------------------ loading

    def _sound(self, kind: str, name: str) -> "pygame.mixer.Sound | None":
        key = (kind, name)
        if key in self._cache:
            self._cache[key] = self._cache.pop(key)  # most recently used goes last
            return self._cache[key]
        try:
            sound = pygame.mixer.Sound(str(asset("audio", kind, f"{name}.ogg")))
        except Exception as exc:
            self._warn(f"{kind} {name!r} ({exc})")
            return None
        self._cache[key] = sound
        if kind == "music":
            self._trim_music_cache()
        return sound

    def _trim_music_cache(self) -> None:
        playing = {v.name for v in self._music.voices} if self.available else set()
        music = [k for k in self._cache if k[0] == "music" and k[1] not in playing]
        while len(music) > MUSIC_CACHE:
            del self._cache[music.pop(0)]

    def _warn(self, what: str) -> None:
        if what not in self._warned:
            self._warned.add(what)
            log.warning("unknown or unreadable audio: %s", what)
