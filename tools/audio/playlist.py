"""Listen to everything: each shipped sound in turn, its name shown as it plays.

    python -m tools.audio.playlist                  # play every file on the sound device
    python -m tools.audio.playlist sfx voice_       # only names containing these words
    python -m tools.audio.playlist --seconds 10     # at most 10 s of each (music is 60-70 s)
    python -m tools.audio.playlist --out /tmp/all   # write all.wav and all.cue instead of playing

The .cue sheet names each track at its time, so any player that reads cue sheets shows the name
of what is playing. Files play at their mastered level, as the game's mixer receives them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from game.paths import asset

from .synth import SR

GAP_S = 0.8


def files(words: list[str]) -> list[Path]:
    found = sorted(asset("audio").rglob("*.ogg"))
    return [p for p in found if all(w in f"{p.parent.name}/{p.stem}" for w in words)]


def stereo(path: Path, seconds: float) -> np.ndarray:
    x, sr = sf.read(str(path), always_2d=True)
    assert sr == SR, f"{path}: {sr} Hz, expected {SR}"
    x = x[: int(seconds * SR)]
    return np.repeat(x, 2, axis=1) if x.shape[1] == 1 else x


def write(paths: list[Path], seconds: float, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    parts, cues, at = [], [], 0
    gap = np.zeros((int(GAP_S * SR), 2))
    for n, path in enumerate(paths, 1):
        x = stereo(path, seconds)
        frames = at * 75 // SR  # cue sheets count in 1/75 s
        cues.append(f'  TRACK {n:02d} AUDIO\n    TITLE "{path.parent.name}/{path.stem}"\n'
                    f"    INDEX 01 {frames // 4500:02d}:{frames // 75 % 60:02d}:{frames % 75:02d}")
        parts += [x, gap]
        at += len(x) + len(gap)
    sf.write(str(out.with_suffix(".wav")), np.concatenate(parts), SR, subtype="PCM_16")
    out.with_suffix(".cue").write_text(f'FILE "{out.with_suffix(".wav").name}" WAVE\n' + "\n".join(cues) + "\n",
                                       encoding="utf-8")
    print(f"{len(paths)} files -> {out.with_suffix('.wav')} and {out.with_suffix('.cue')}")


def play(paths: list[Path], seconds: float) -> None:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    pygame.mixer.init(SR, -16, 2, 1024)
    for path in paths:
        sound = pygame.mixer.Sound(str(path))
        length = min(sound.get_length(), seconds)
        print(f"{path.parent.name}/{path.stem}  ({length:.1f} s)", flush=True)
        sound.play(maxtime=int(length * 1000))
        time.sleep(length + GAP_S)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.audio.playlist", description=__doc__.splitlines()[0])
    ap.add_argument("words", nargs="*", help="only files whose kind/name contains all of these")
    ap.add_argument("--seconds", type=float, default=1e9, help="at most this much of each file")
    ap.add_argument("--out", type=Path, help="write OUT.wav and OUT.cue instead of playing")
    args = ap.parse_args(argv)
    paths = files(args.words)
    if not paths:
        print("no shipped sound matches", " ".join(args.words))
        return 2
    if args.out:
        write(paths, args.seconds, args.out)
    else:
        play(paths, args.seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
