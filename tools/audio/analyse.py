"""Listening by proxy: levels, brightness, tempo and seam of rendered audio.

    python -m tools.audio.analyse                 # every shipped .ogg
    python -m tools.audio.analyse music/club.ogg  # one file (relative to assets/audio)
    python -m tools.audio.analyse --png /tmp/spec # also write spectrogram PNGs there
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import soundfile as sf

from game.paths import asset


def stats(x: np.ndarray, sr: int) -> dict[str, float]:
    mono = x.mean(axis=1) if x.ndim == 2 else x
    peak = float(np.abs(x).max())
    rms = float(np.sqrt(np.mean(mono ** 2)))
    spec = np.abs(np.fft.rfft(mono[: sr * 20]))
    hz = np.fft.rfftfreq(len(mono[: sr * 20]), 1 / sr)
    centroid = float((spec * hz).sum() / max(spec.sum(), 1e-9))
    low = float(spec[hz < 150].sum() / max(spec.sum(), 1e-9))
    steps = np.abs(np.diff(mono))
    seam = float(abs(mono[0] - mono[-1]))
    return {"seconds": len(mono) / sr, "peak": peak, "rms_db": 20 * np.log10(max(rms, 1e-9)),
            "centroid_hz": centroid, "bass_share": low, "tempo_bpm": tempo(mono, sr),
            "seam_jump": seam, "step_p99": float(np.percentile(steps, 99))}


def tempo(mono: np.ndarray, sr: int) -> float:
    """Beats per minute from the autocorrelation of an onset envelope (70..180 BPM)."""
    if len(mono) < sr * 4:
        return float("nan")  # too short to have a tempo
    hop = 256
    frames = len(mono) // hop
    energy = np.sqrt(np.mean(mono[: frames * hop].reshape(frames, hop) ** 2, axis=1))
    onset = np.maximum(np.diff(energy), 0)
    onset -= onset.mean()
    ac = np.fft.irfft(np.abs(np.fft.rfft(onset, 2 * len(onset))) ** 2)[: len(onset)]
    fps = sr / hop
    lags = np.arange(len(ac))
    ok = (lags > fps * 60 / 180) & (lags < fps * 60 / 70)
    best = lags[ok][np.argmax(ac[ok])]
    return float(60 * fps / best)


def spectrogram_png(x: np.ndarray, sr: int, path: Path) -> None:
    from PIL import Image

    mono = x.mean(axis=1) if x.ndim == 2 else x
    win = 1024
    hop = max(win // 2, len(mono) // 1200)
    frames = [mono[i:i + win] * np.hanning(win) for i in range(0, len(mono) - win, hop)]
    s = np.abs(np.fft.rfft(np.array(frames), axis=1))[:, :400]
    db = 20 * np.log10(s + 1e-6)
    img = np.clip((db + 60) / 70, 0, 1)[:, ::-1].T
    Image.fromarray((img * 255).astype(np.uint8)).save(path)


def main(argv: list[str]) -> None:
    png = None
    if "--png" in argv:
        i = argv.index("--png")
        png = Path(argv[i + 1])
        png.mkdir(parents=True, exist_ok=True)
        argv = argv[:i] + argv[i + 2:]
    root = asset("audio")
    files = [root / a for a in argv] or sorted(root.rglob("*.ogg"))
    for f in files:
        x, sr = sf.read(f)
        s = stats(x, sr)
        print(f"{f.relative_to(root)!s:28} " + " ".join(f"{k}={v:.3g}" for k, v in s.items()))
        if png:
            spectrogram_png(x, sr, png / (f.stem + ".png"))


if __name__ == "__main__":
    main(sys.argv[1:])
