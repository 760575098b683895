"""Voice blips: a voice of its own for each speaker, in a few syllables, and how far apart they are.

Each speaker has a timbre (`Voice`: waveform, pitch, vocal-tract length as a formant shift, the
vowels they lean on, the envelope, breath, the way the pitch moves), and `SYLLABLES` variants that
the game picks between with its seeded RNG, so a line does not sound like one key pressed again and
again. `distance_table()` measures the timbres as a listener's ear roughly would: the mean
mel-cepstrum (MFCC, without the loudness coefficient) of each voice's syllables, and the distance
between every pair; tests/test_audio.py holds the closest main-cast pair above `MIN_DISTANCE`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import synth
from .synth import SR

SYLLABLES = 4
MIN_DISTANCE = 10.0  # the old one-vowel blips were 0.6-1.7 apart; a new voice is far more
MAIN_CAST = ("margaret", "jimmy", "adrian", "johann", "owen", "sylvia", "katherine", "paul", "soap_actor")


@dataclass(frozen=True)
class Voice:
    wave: str           # synth waveform: saw, square, pulse, tri, sine, fm
    note: float         # midi note of the speaking pitch
    tract: float        # formant shift: < 1 a longer vocal tract (deeper), > 1 shorter (brighter)
    vowels: str         # the vowels their syllables use, in turn
    seconds: float      # how long a syllable lasts
    attack: float       # seconds
    bright: float       # filter cutoff, Hz
    glide: float = 0.0  # cents the pitch slides into each syllable (+ from above, - from below)
    vibrato: float = 0.0
    breath: float = 0.0  # share of breath noise


VOICES: dict[str, Voice] = {
    # cold and level: a hollow pulse, short and exact
    "margaret": Voice("pulse", 57, 1.05, "oae", 0.07, 0.004, 2600),
    # her mirror image with a sneer: the same height, nasal and bright, sliding down
    "jimmy": Voice("saw", 59, 1.2, "iea", 0.06, 0.002, 5200, glide=250),
    # low and clipped, nothing wasted
    "adrian": Voice("square", 54, 0.95, "aoa", 0.055, 0.002, 1900),
    # a long, soft, careful voice: round vowels, a slow start
    "johann": Voice("sine", 45, 0.8, "ouo", 0.1, 0.02, 1400, breath=0.05),
    # warm and performing: open vowels, a teacher's vibrato
    "owen": Voice("saw", 48, 0.85, "aoa", 0.09, 0.01, 2200, vibrato=45),
    # glamour: breathy, with a slow sway
    "sylvia": Voice("tri", 64, 1.1, "aea", 0.09, 0.012, 3600, vibrato=25, breath=0.3),
    # brisk: bright, quick, front vowels
    "katherine": Voice("square", 67, 1.15, "eie", 0.05, 0.002, 4200),
    # sullen: dull and dropping at the end of every word
    "paul": Voice("saw", 50, 0.9, "uou", 0.085, 0.015, 900, glide=-200, breath=0.15),
    # television handsome: brassy, a smile rising in every word
    "soap_actor": Voice("fm", 52, 1.0, "aea", 0.075, 0.006, 3000, glide=-150),
    "crew": Voice("square", 58, 1.0, "eae", 0.065, 0.004, 2800),
    # the alien: glassy, far above any person, wobbling like its light
    "alien": Voice("fm", 84, 1.4, "iii", 0.07, 0.003, 8000, vibrato=80),
}


def syllable(speaker: str, k: int) -> np.ndarray:
    """Syllable k of a speaker: its own vowel and a small pitch step (speech is never one note)."""
    v = VOICES[speaker]
    r = synth.rng(f"voice_{speaker}_{k}")
    vowel = v.vowels[k % len(v.vowels)]
    note = v.note + (0, 2, -1, 3)[k % 4] + r.uniform(-0.3, 0.3)
    hz = synth.midi_hz(note)
    n = int(v.seconds * r.uniform(0.9, 1.1) * SR)
    formants = synth.formant_shape(vowel, v.tract)
    if v.wave == "fm":
        tone = synth.fm(hz, n, 2.0 if speaker != "alien" else 3.5, 2.5, 0.03, vibrato=v.vibrato, vib_rate=7)
        tone = synth._fft_filter(tone, lambda f: formants(f) / formants(np.array([hz])).max())
    else:
        tone = synth.additive(v.wave, hz, n, v.bright, v.bright * 1.5, 0.03, vibrato=v.vibrato,
                              vib_rate=6, bend=v.glide, formants=formants)
    if v.breath:
        air = synth.bandpass(r.standard_normal(n), 1800 * v.tract, 1.5)
        tone = tone / max(1e-9, np.abs(tone).max()) + v.breath * air / max(1e-9, np.abs(air).max())
    env = synth.adsr(n, n / SR * 0.7, v.attack, v.seconds * 0.6, 0.6, 0.012)
    out = tone * env
    fade = int(0.003 * SR)
    out[-fade:] *= np.linspace(1, 0, fade)
    out[:fade // 3] *= np.linspace(0, 1, fade // 3)
    return out / max(1e-9, np.abs(out).max()) * 0.5


def effects() -> dict:
    """The voice files for tools/audio/build.py: voice_<speaker>_<1..SYLLABLES>."""
    return {f"voice_{s}_{k + 1}": (lambda s=s, k=k: syllable(s, k)) for s in VOICES for k in range(SYLLABLES)}


# ---------------------------------------------------------------- measuring the difference

def _mel_filters(n_fft: int, bands: int = 26, lo: float = 80, hi: float = 8000) -> np.ndarray:
    mel = lambda f: 2595 * np.log10(1 + f / 700)  # noqa: E731
    hz = lambda m: 700 * (10 ** (m / 2595) - 1)  # noqa: E731
    edges = hz(np.linspace(mel(lo), mel(hi), bands + 2))
    freqs = np.fft.rfftfreq(n_fft, 1 / SR)
    out = np.zeros((bands, len(freqs)))
    for b in range(bands):
        left, centre, right = edges[b:b + 3]
        up = (freqs - left) / (centre - left)
        down = (right - freqs) / (right - centre)
        out[b] = np.clip(np.minimum(up, down), 0, None)
    return out


def mfcc(x: np.ndarray, coefficients: int = 13) -> np.ndarray:
    """Mean MFCC 1..coefficients-1 over the sound's louder frames (c0, the loudness, left out)."""
    n_fft, hop = 512, 128
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 2:
        x = x.mean(axis=1)
    x = np.concatenate([x, np.zeros(n_fft)])
    frames = np.array([x[i:i + n_fft] * np.hanning(n_fft) for i in range(0, len(x) - n_fft, hop)])
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    energy = power.sum(axis=1)
    power = power[energy > energy.max() * 0.05]  # the syllable, not its silence
    logmel = np.log(power @ _mel_filters(n_fft).T + 1e-10)
    bands = logmel.shape[1]
    dct = np.cos(np.pi / bands * (np.arange(bands) + 0.5)[None, :] * np.arange(coefficients)[:, None])
    return (logmel @ dct.T)[:, 1:].mean(axis=0)


def timbre(read_syllable) -> dict[str, np.ndarray]:
    """Each voice's mean MFCC over its syllables; `read_syllable(speaker, k)` gives the samples."""
    return {s: np.mean([mfcc(read_syllable(s, k)) for k in range(SYLLABLES)], axis=0) for s in VOICES}


def distances(read_syllable=None) -> dict[tuple[str, str], float]:
    prints = timbre(read_syllable or (lambda s, k: syllable(s, k)))
    names = list(prints)
    return {(a, b): float(np.linalg.norm(prints[a] - prints[b]))
            for i, a in enumerate(names) for b in names[i + 1:]}


def shipped_syllable(speaker: str, k: int) -> np.ndarray:
    import soundfile as sf

    from game.paths import asset

    x, _ = sf.read(str(asset("audio", "sfx", f"voice_{speaker}_{k + 1}.ogg")))
    return x


def distance_table() -> str:
    d = distances(shipped_syllable)
    names = list(VOICES)
    width = max(map(len, names)) + 1
    lines = ["MFCC distance between voices (shipped files); closest main-cast pair must exceed "
             f"{MIN_DISTANCE}", " " * width + "".join(f"{n[:6]:>7}" for n in names)]
    for a in names:
        cells = []
        for b in names:
            cells.append("      -" if a == b else f"{d.get((a, b), d.get((b, a))):7.1f}")
        lines.append(f"{a:{width}}" + "".join(cells))
    cast = {k: v for k, v in d.items() if k[0] in MAIN_CAST and k[1] in MAIN_CAST}
    pair = min(cast, key=cast.get)
    lines.append(f"closest main-cast pair: {pair[0]} / {pair[1]} at {cast[pair]:.1f}")
    return "\n".join(lines)
