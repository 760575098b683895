"""Rebuild every shipped audio file from its sources.

    python -m tools.audio.build              # everything (about a minute on two cores)
    python -m tools.audio.build club crystal # only these names
    python -m tools.audio.build --check      # rebuild in memory, fail if any file differs

Music comes from tools/audio/songs/<track>.song, effects and ambience from the recipes in
tools/audio/sfx.py. Output is Ogg Vorbis, 32 kHz, normalised so rebuilds are byte-identical.
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from . import loudness, mix, ogg, sfx, song
from .synth import SR

ROOT = Path(__file__).resolve().parents[2]
SONGS = Path(__file__).resolve().parent / "songs"
OUT = ROOT / "assets" / "audio"

# Vorbis quality per kind: music is stereo and carries the most detail; effects are mono.
QUALITY = {"music": 0.2, "sfx": 0.4, "ambience": 0.15}
LOOPED_SFX = {"ufo_hum"}
LEAD, TAIL = int(0.002 * SR), int(0.03 * SR)  # silence around a one-shot, in samples


def jobs() -> list[tuple[str, str]]:
    """(kind, name) for every file we ship."""
    out = [("music", p.stem) for p in sorted(SONGS.glob("*.song"))]
    out += [("sfx", n) for n in sorted(sfx.EFFECTS)]
    out += [("ambience", n) for n in sorted(sfx.AMBIENCE)]
    return out


def target(kind: str, name: str) -> Path:
    return OUT / kind / f"{name}.ogg"


def quietest_first(x: np.ndarray, window: int = 640) -> np.ndarray:
    """Rotate a loop to start at its quietest 20 ms. The loop is unchanged, but whatever small
    error the codec makes at the file's ends then falls where there is least to disturb."""
    power = (x ** 2).reshape(len(x), -1).sum(axis=1)
    smooth = np.convolve(np.concatenate([power, power[:window]]), np.ones(window), "valid")[:len(x)]
    return np.roll(x, -int(np.argmin(smooth) + window // 2), axis=0)


def make(job: tuple[str, str]) -> tuple[str, str, bytes]:
    kind, name = job
    if kind == "music":
        samples = song.render(song.load(SONGS / f"{name}.song"))
    elif kind == "sfx":
        samples = sfx.EFFECTS[name]()
    else:
        samples = sfx.AMBIENCE[name]()
    loop = kind != "sfx" or name in LOOPED_SFX
    if loop and kind != "music":  # a bed has no musical start: put the seam where it is quietest
        samples = quietest_first(samples)
    if not loop:  # room at both ends for the codec's ringing to die away before the file does
        samples = np.concatenate([np.zeros(LEAD), samples, np.zeros(TAIL)])
    return kind, name, mastered(samples, kind, name, loop)


def mastered(samples: np.ndarray, kind: str, name: str, loop: bool) -> bytes:
    """Master to the file's loudness target (tools/audio/mix.py), encode, and check what the
    decoder gives back: if the codec moved the loudness or the true peak, master once more."""
    goal = mix.target_for(kind, name)
    correction, ceiling = 0.0, mix.MASTER_PEAK
    for _ in range(4):
        data = ogg.encode(mix.master(samples, SR, kind, name, correction, ceiling), QUALITY[kind], loop=loop)
        decoded = ogg.decode(data)
        error = goal.target - mix.measure(decoded, SR, goal.measure)
        over = loudness.true_peak(decoded, SR) - mix.TRUE_PEAK_MAX
        if abs(error) < 0.15 and over <= 0:
            break
        correction += error
        ceiling -= max(0.0, over + 0.2)
    return data


def main(argv: list[str]) -> int:
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("--")]
    todo = [j for j in jobs() if not names or j[1] in names]
    unknown = set(names) - {j[1] for j in todo}
    if unknown:
        print("unknown:", ", ".join(sorted(unknown)))
        return 2
    # Longest first so the two cores finish together.
    todo.sort(key=lambda j: j[0] != "music")
    bad = 0
    with ProcessPoolExecutor() as pool:
        for kind, name, data in pool.map(make, todo):
            path = target(kind, name)
            if check:
                same = path.exists() and path.read_bytes() == data
                bad += not same
                print(f"{'ok ' if same else 'DIFFERS'} {path.relative_to(ROOT)}")
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                print(f"{len(data) / 1024:7.0f} KiB  {path.relative_to(ROOT)}")
    if not check:
        total = sum(p.stat().st_size for p in OUT.rglob("*.ogg"))
        print(f"total {total / 1e6:.2f} MB in {OUT.relative_to(ROOT)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
