"""Loudness as a listener hears it: ITU-R BS.1770-4 / EBU R128 in plain numpy.

- `integrated(x, sr)`: integrated loudness in LUFS (K-weighting, 400 ms blocks with 75 % overlap,
  the absolute gate at -70 LUFS and the relative gate 10 LU under the ungated level).
- `momentary_max(x, sr)`: the loudest 400 ms window in LUFS. A sound shorter than 400 ms is measured
  over its own length, so a 75 ms blip is judged while it sounds, not averaged with silence.
- `true_peak(x, sr)`: the peak of the signal oversampled 4x, in dBTP (BS.1770-4 annex 2).

The K-weighting filter is the standard's two biquads, their coefficients derived for any sample
rate (they are specified at 48 kHz), applied in the frequency domain with enough zero padding that
the filters' tails do not wrap around.
"""

from __future__ import annotations

import math

import numpy as np

BLOCK_S = 0.4
HOP_S = 0.1
ABSOLUTE_GATE = -70.0
RELATIVE_GATE = -10.0
SILENT = -120.0


def _biquads(sr: float) -> list[tuple[tuple[float, float, float], tuple[float, float, float]]]:
    """The two K-weighting stages as (b, a) for sample rate `sr`."""
    # stage 1: the head's high shelf (+4 dB above about 1.7 kHz)
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / sr)
    vh = 10 ** (gain_db / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf = ((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0), \
        (1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0)
    # stage 2: the RLB high pass at about 38 Hz
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / sr)
    a0 = 1 + k / q + k * k
    highpass = (1.0, -2.0, 1.0), (1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0)
    return [shelf, highpass]


def k_weighting_coefficients(sr: float):
    """The K-weighting biquads (for tests against the standard's 48 kHz table)."""
    return _biquads(sr)


def _channels(x: np.ndarray) -> np.ndarray:
    """Samples as (frames, channels) float64."""
    x = np.asarray(x, dtype=np.float64)
    return x[:, None] if x.ndim == 1 else x


def _fast_size(n: int) -> int:
    """The smallest 2^a 3^b 5^c >= n: sizes the FFT does quickly."""
    best = 1 << (n - 1).bit_length()
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            size = p35 * (1 << max(0, (-(-n // p35) - 1).bit_length()))
            best = min(best, size)
            p35 *= 3
        p5 *= 5
    return best


def k_weight(x: np.ndarray, sr: float) -> np.ndarray:
    x = _channels(x)
    n = len(x)
    size = _fast_size(n + int(sr * 0.25))  # room for the filters' tails (a few ms) not to wrap
    z = np.exp(-1j * 2 * np.pi * np.fft.rfftfreq(size))  # e^-jw at each bin
    response = np.ones(len(z), dtype=np.complex128)
    for b, a in _biquads(sr):
        response *= (b[0] + b[1] * z + b[2] * z * z) / (a[0] + a[1] * z + a[2] * z * z)
    spectrum = np.fft.rfft(x, size, axis=0) * response[:, None]
    return np.fft.irfft(spectrum, size, axis=0)[:n]


def _block_powers(weighted: np.ndarray, sr: float, block_s: float) -> np.ndarray:
    """Mean square of each channel summed (channel weights 1 for L and R) per block."""
    block = max(1, int(round(block_s * sr)))
    hop = max(1, int(round(block * HOP_S / BLOCK_S)))
    power = (weighted ** 2).sum(axis=1)
    if len(power) < block:
        return np.array([power.mean()]) if len(power) else np.zeros(1)
    cum = np.concatenate([[0.0], np.cumsum(power)])
    starts = np.arange(0, len(power) - block + 1, hop)
    return (cum[starts + block] - cum[starts]) / block


def _lufs(power: float | np.ndarray):
    return -0.691 + 10 * np.log10(np.maximum(power, 1e-30))


def integrated(x: np.ndarray, sr: float) -> float:
    powers = _block_powers(k_weight(x, sr), sr, BLOCK_S)
    loud = _lufs(powers)
    above = powers[loud > ABSOLUTE_GATE]
    if not len(above):
        return SILENT
    relative = _lufs(above.mean()) + RELATIVE_GATE
    gated = powers[(loud > ABSOLUTE_GATE) & (loud > relative)]
    return float(_lufs(gated.mean()))


def momentary_max(x: np.ndarray, sr: float) -> float:
    weighted = k_weight(x, sr)
    block_s = min(BLOCK_S, len(weighted) / sr)
    return float(max(SILENT, _lufs(_block_powers(weighted, sr, block_s).max())))


OVERSAMPLE = 4
TAPS_PER_PHASE = 24


def _interpolator() -> np.ndarray:
    """A windowed-sinc 4x interpolation filter, one row of taps per phase (phase 0 is the
    samples themselves)."""
    half = TAPS_PER_PHASE // 2
    k = np.arange(-half * OVERSAMPLE, half * OVERSAMPLE + 1)
    h = np.sinc(k / OVERSAMPLE) * np.kaiser(len(k), 8.0)
    return np.array([h[(p + np.arange(len(k))) % len(k)][::OVERSAMPLE][:TAPS_PER_PHASE + 1]
                     for p in range(OVERSAMPLE)])


_PHASES = _interpolator()


def sample_peaks(x: np.ndarray) -> np.ndarray:
    """Per sample position, the largest magnitude among it and the three points oversampled
    after it, over all channels."""
    x = _channels(x)
    level = np.abs(x).max(axis=1)
    half = TAPS_PER_PHASE // 2
    for taps in _PHASES[1:]:
        for c in range(x.shape[1]):
            between = np.convolve(x[:, c], taps, "full")[half:half + len(x)]
            level = np.maximum(level, np.abs(between))
    return level


def true_peak(x: np.ndarray, sr: float) -> float:
    """dBTP: the peak between the samples too, found by 4x oversampling (BS.1770-4 annex 2)."""
    return 20 * math.log10(max(float(sample_peaks(x).max()), 1e-9))


def gain_to(x: np.ndarray, sr: float, target_lufs: float, short: bool = False) -> float:
    """The linear gain that brings `x` to `target_lufs` (integrated, or momentary max if short)."""
    now = momentary_max(x, sr) if short else integrated(x, sr)
    if now <= SILENT:
        return 1.0
    return 10 ** ((target_lufs - now) / 20)


def limit(x: np.ndarray, sr: float, ceiling_dbtp: float, release_s: float = 0.08) -> np.ndarray:
    """A look-ahead peak limiter: gain comes down before a peak (no overshoot) and recovers
    smoothly, so that the true peak stays under `ceiling_dbtp`. Deterministic, sample exact."""
    x = _channels(x)
    ceiling = 10 ** (ceiling_dbtp / 20)
    for _ in range(4):  # the oversampled peak can sit a little above the sample peak: iterate
        if true_peak(x, sr) <= ceiling_dbtp:
            break
        n = len(x)
        level = sample_peaks(x)
        need = np.minimum(1.0, ceiling * 0.995 / np.maximum(level, 1e-9))
        # look ahead: the gain reaches its floor 1.5 ms before the peak, then releases
        ahead = max(1, int(0.0015 * sr))
        need = np.minimum.reduce([np.roll(need, -i) if i else need for i in range(ahead + 1)]) \
            if ahead < 64 else need
        gain = np.empty(n)
        g = 1.0
        coeff = math.exp(-1.0 / (release_s * sr))
        for i in range(n):  # release smoothing (a simple one-pole, run once per limiter pass)
            g = min(need[i], coeff * g + (1 - coeff) * 1.0)
            gain[i] = g
        x = x * gain[:, None]
    return x
