"""Listening by numbers: every shipped file's loudness, true peak and loop seam against the mix.

    python -m tools.audio.analyse                 # the table of every shipped .ogg
    python -m tools.audio.analyse music/club.ogg  # some files (relative to assets/audio)
    python -m tools.audio.analyse --voices        # also the distance between every pair of voices
    python -m tools.audio.analyse --png /tmp/spec # also write spectrogram PNGs there

The ranges come from tools/audio/mix.py; tests/test_audio.py holds the same ranges on the
committed files, so the table and the test cannot disagree.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from game.paths import asset

from . import loudness, mix


@dataclass
class Row:
    kind: str
    name: str
    seconds: float
    measure: str
    lufs: float
    allowed: tuple[float, float]
    true_peak: float
    seam: float | None   # loop seam jump against the file's typical step (None: a one-shot)

    @property
    def ok(self) -> bool:
        lo, hi = self.allowed
        seam_ok = self.seam is None or self.seam < 1.5
        return lo <= self.lufs <= hi and self.true_peak <= mix.TRUE_PEAK_MAX and seam_ok

    def line(self) -> str:
        seam = "" if self.seam is None else f"{self.seam:5.2f}"
        lo, hi = self.allowed
        return (f"{self.kind + '/' + self.name:28} {self.seconds:6.2f}s {self.measure[:3]} "
                f"{self.lufs:6.1f} LUFS [{lo:5.1f},{hi:5.1f}] {self.true_peak:5.1f} dBTP "
                f"{seam:>5} {'ok' if self.ok else 'OUT'}")


HEADER = f"{'file':28} {'length':>7} how {'loudness':>11} {'allowed':>13} {'peak':>10} {'seam':>5}"


def read(kind: str, name: str) -> tuple[np.ndarray, int]:
    x, sr = sf.read(str(asset("audio", kind, f"{name}.ogg")), always_2d=True)
    return x, sr


def seam_ratio(x: np.ndarray) -> float:
    """The jump from a loop's last sample to its first, against its 99th-percentile step."""
    step = np.percentile(np.abs(np.diff(x, axis=0)), 99)
    return float(np.abs(x[0] - x[-1]).max() / max(step, 1e-12))


def row(kind: str, name: str, looped: bool) -> Row:
    x, sr = read(kind, name)
    goal = mix.target_for(kind, name)
    return Row(kind, name, len(x) / sr, goal.measure, mix.measure(x, sr, goal.measure), goal.allowed,
               loudness.true_peak(x, sr), seam_ratio(x) if looped else None)


def shipped() -> list[tuple[str, str, bool]]:
    """(kind, name, looped) for every .ogg in assets/audio."""
    from .build import LOOPED_SFX

    out = []
    for path in sorted(asset("audio").rglob("*.ogg")):
        kind, name = path.parent.name, path.stem
        out.append((kind, name, kind != "sfx" or name in LOOPED_SFX))
    return out


def spectrogram_png(x: np.ndarray, path: Path) -> None:
    from PIL import Image

    mono = x.mean(axis=1)
    win = 1024
    hop = max(win // 2, len(mono) // 1200)
    frames = [mono[i:i + win] * np.hanning(win) for i in range(0, len(mono) - win, hop)]
    s = np.abs(np.fft.rfft(np.array(frames), axis=1))[:, :400]
    db = 20 * np.log10(s + 1e-6)
    img = np.clip((db + 60) / 70, 0, 1)[:, ::-1].T
    Image.fromarray((img * 255).astype(np.uint8)).save(path)


def main(argv: list[str]) -> int:
    png = None
    if "--png" in argv:
        i = argv.index("--png")
        png = Path(argv[i + 1])
        png.mkdir(parents=True, exist_ok=True)
        argv = argv[:i] + argv[i + 2:]
    voices = "--voices" in argv
    wanted = {a.removesuffix(".ogg") for a in argv if not a.startswith("--")}
    todo = [j for j in shipped() if not wanted or f"{j[0]}/{j[1]}" in wanted]
    print(HEADER)
    bad = 0
    for kind, name, looped in todo:
        r = row(kind, name, looped)
        bad += not r.ok
        print(r.line())
        if png:
            spectrogram_png(read(kind, name)[0], png / f"{name}.png")
    if voices:
        from . import voices as voice_mod

        print()
        print(voice_mod.distance_table())
    print(f"{len(todo) - bad} of {len(todo)} within range")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
