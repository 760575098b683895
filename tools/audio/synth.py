"""Sound generators for the soundtrack: oscillators, drums, voices, filters, effects.

Everything is plain numpy and deterministic: noise comes from generators seeded by a name, so a
rebuild gives the same samples. Instruments are pure functions of (parameters, pitch, duration),
which lets the song renderer cache each rendered note like a sampler would.
"""

from __future__ import annotations

import zlib

import numpy as np

SR = 32000  # one sample rate for every file we ship: plenty for an early-sampler sound
NYQ = SR / 2


def rng(name: str) -> np.random.Generator:
    """A noise source seeded from a name, so the same sound always gets the same noise."""
    return np.random.default_rng(zlib.crc32(name.encode("utf-8")))


def times(seconds: float) -> np.ndarray:
    return np.arange(max(1, int(round(seconds * SR)))) / SR


def midi_hz(note: float) -> float:
    return 440.0 * 2.0 ** ((note - 69) / 12.0)


# ---------------------------------------------------------------- envelopes

def adsr(n: int, gate: float, attack: float, decay: float, sustain: float, release: float) -> np.ndarray:
    """Amplitude envelope over n samples; the key is held for `gate` seconds then released.

    Decay and release are exponential (time constants), which is how analogue envelopes sound.
    """
    t = np.arange(n) / SR
    attack = max(attack, 0.001)
    held = np.where(t < attack, t / attack, sustain + (1 - sustain) * np.exp(-(t - attack) / max(decay, 1e-4)))
    at_gate = held[min(n - 1, int(gate * SR))] if n else 0.0
    rel = at_gate * np.exp(-(t - gate) / max(release, 1e-4))
    env = np.where(t < gate, held, rel)
    # Last few milliseconds to exact zero, so no note ever ends on a step.
    fade = min(n, int(0.004 * SR))
    if fade:
        env[-fade:] *= np.linspace(1, 0, fade)
    return env


# ---------------------------------------------------------------- filters (FFT, zero-phase)

def _fft_filter(x: np.ndarray, gain_of_hz) -> np.ndarray:
    n = len(x)
    spec = np.fft.rfft(x)
    hz = np.fft.rfftfreq(n, 1 / SR)
    return np.fft.irfft(spec * gain_of_hz(hz), n)


def lowpass(x: np.ndarray, cutoff: float, order: int = 2) -> np.ndarray:
    return _fft_filter(x, lambda f: 1 / np.sqrt(1 + (f / cutoff) ** (2 * order)))


def highpass(x: np.ndarray, cutoff: float, order: int = 2) -> np.ndarray:
    return _fft_filter(x, lambda f: 1 / np.sqrt(1 + (cutoff / np.maximum(f, 1e-3)) ** (2 * order)))


def bandpass(x: np.ndarray, centre: float, q: float = 2.0) -> np.ndarray:
    def g(f):
        f = np.maximum(f, 1e-3)
        return 1 / np.sqrt(1 + q * q * (f / centre - centre / f) ** 2)

    return _fft_filter(x, g)


# ---------------------------------------------------------------- oscillators

def _harmonic_weights(wave: str, k: np.ndarray) -> np.ndarray:
    if wave == "saw":
        return 1.0 / k
    if wave == "square":
        return np.where(k % 2 == 1, 1.0 / k, 0.0)
    if wave == "tri":
        return np.where(k % 2 == 1, 1.0 / (k * k), 0.0) * np.where((k // 2) % 2 == 0, 1, -1)
    if wave == "pulse":  # 25 % duty: hollow, reedy
        return np.abs(np.sin(np.pi * k * 0.25)) / k
    if wave == "organ":  # drawbar-ish: 8', 4', 2 2/3'
        return np.where(k == 1, 1.0, 0) + np.where(k == 2, 0.6, 0) + np.where(k == 3, 0.4, 0) + np.where(k == 4, 0.25, 0)
    return np.where(k == 1, 1.0, 0.0)  # sine


def phase_track(hz: float, n: int, vibrato: float = 0.0, vib_rate: float = 5.0, bend: float = 0.0,
                bend_time: float = 0.05) -> np.ndarray:
    """Running phase (cycles) of a tone, with optional vibrato (cents) and a pitch drop into the note."""
    t = np.arange(n) / SR
    cents = vibrato * np.sin(2 * np.pi * vib_rate * t) * np.clip(t / 0.25, 0, 1)
    if bend:
        cents = cents + bend * np.exp(-t / bend_time)
    inst = hz * 2.0 ** (cents / 1200.0)
    return np.cumsum(inst) / SR


def additive(wave: str, hz: float, n: int, cut: float, peak: float, tau: float, *, vibrato: float = 0.0,
             vib_rate: float = 5.0, bend: float = 0.0, formants=None, res: float = 0.7071,
             sweep: float = 0.0) -> np.ndarray:
    """Band-limited oscillator built from harmonics, with a low-pass whose cutoff falls from `peak`
    to `cut` with time constant `tau` (the classic filter-envelope 'pluck'), or, with `sweep`
    seconds, opens from `cut` to `peak` over that time (the resonant sweep of a pad). `res` is the
    filter's Q: 0.71 is flat, higher rings at the cutoff. Building it from harmonics means no
    aliasing and no per-sample loop."""
    kmax = int(min(NYQ * 0.92, max(cut, peak) * 6) // hz)
    kmax = max(1, min(kmax, 80))
    k = np.arange(1, kmax + 1)
    weights = _harmonic_weights(wave, k)
    if formants is not None:
        weights = np.abs(weights) * formants(k * hz)
    keep = weights != 0
    k, weights = k[keep], weights[keep]
    phase = phase_track(hz, n, vibrato, vib_rate, bend)
    t = np.arange(n) / SR
    if sweep:
        fc = cut * (peak / cut) ** np.clip(t / sweep, 0, 1)
    else:
        fc = cut + (peak - cut) * np.exp(-t / max(tau, 1e-4))
    out = np.zeros(n)
    for ki, wi in zip(k, weights):  # harmonics loop (<= 80), each vectorised over time
        r = ki * hz / fc
        resp = 1 / np.sqrt((1 - r * r) ** 2 + (r / res) ** 2)  # two-pole low-pass with resonance
        if resp.max() < 1e-3:
            continue
        out += wi * resp * np.sin(2 * np.pi * ki * phase)
    return out


VOWELS = {  # formant centres (Hz) and widths: a rough adult voice
    "a": [(800, 80), (1150, 90), (2900, 120)],
    "o": [(450, 70), (800, 80), (2830, 100)],
    "u": [(325, 50), (700, 60), (2530, 100)],
    "e": [(400, 60), (1600, 80), (2700, 120)],
    "i": [(300, 50), (2300, 100), (3000, 120)],
}


def formant_shape(vowel: str, shift: float = 1.0):
    bands = VOWELS[vowel]
    gains = [1.0, 0.5, 0.25]

    def shape(f):
        out = 0.02 * np.ones_like(f)
        for (c, w), g in zip(bands, gains):
            out = out + g / (1 + ((f - c * shift) / (w * 1.5)) ** 2)
        return out

    return shape


def fm(hz: float, n: int, ratio: float, index: float, index_tau: float, feedback_ratio: float = 0.0,
       vibrato: float = 0.0, vib_rate: float = 5.0) -> np.ndarray:
    """Two-operator FM: metallic stabs and bells. The index decays so the attack is bright."""
    t = np.arange(n) / SR
    phase = phase_track(hz, n, vibrato, vib_rate)
    idx = index * np.exp(-t / max(index_tau, 1e-4))
    mod = np.sin(2 * np.pi * ratio * phase)
    if feedback_ratio:
        mod = mod + 0.5 * np.sin(2 * np.pi * feedback_ratio * phase)
    return np.sin(2 * np.pi * phase + idx * mod)


# ---------------------------------------------------------------- drums

def kick(length: float = 0.45, f0: float = 150, f1: float = 45, seed: str = "kick") -> np.ndarray:
    t = times(length)
    hz = f1 + (f0 - f1) * np.exp(-t / 0.035)
    body = np.sin(2 * np.pi * np.cumsum(hz) / SR) * np.exp(-t / (length * 0.35))
    click = highpass(rng(seed).standard_normal(len(t)), 1500) * np.exp(-t / 0.003) * 0.3
    return np.tanh(1.6 * (body + click)) / np.tanh(1.6)


def snare(length: float = 0.3, tone: float = 185, seed: str = "snare") -> np.ndarray:
    t = times(length)
    body = (np.sin(2 * np.pi * tone * t) + 0.5 * np.sin(2 * np.pi * tone * 1.78 * t)) * np.exp(-t / 0.05)
    noise = bandpass(rng(seed).standard_normal(len(t)), 3500, 0.7) * np.exp(-t / 0.09)
    return 0.45 * body + 0.9 * noise / max(1e-9, np.abs(noise).max())


def hat(length: float = 0.08, seed: str = "hat") -> np.ndarray:
    """808-style metal: six detuned squares, high-passed, very short."""
    t = times(max(length * 4, 0.06))
    freqs = np.array([205.3, 304.4, 369.6, 522.7, 540.0, 800.0]) * 1.7
    ph = rng(seed).random(6)
    sq = sum(np.sign(np.sin(2 * np.pi * (f * t + p))) for f, p in zip(freqs, ph))
    metal = highpass(sq + 0.6 * rng(seed + "n").standard_normal(len(t)), 7000, 3)
    return metal * np.exp(-t / length) / 3.0


def clap(length: float = 0.35, seed: str = "clap") -> np.ndarray:
    t = times(length)
    noise = bandpass(rng(seed).standard_normal(len(t)), 1300, 1.5)
    env = np.exp(-t / 0.12) * 0.6
    for start in (0.0, 0.011, 0.022):  # three hands, slightly apart
        env = env + np.where(t >= start, np.exp(-(t - start) / 0.006), 0)
    return noise * env / 3.0


def tom(hz: float, length: float = 0.4) -> np.ndarray:
    t = times(length)
    f = hz * (1 + 0.6 * np.exp(-t / 0.05))
    return np.sin(2 * np.pi * np.cumsum(f) / SR) * np.exp(-t / (length * 0.3))


def cowbell(length: float = 0.3) -> np.ndarray:
    t = times(length)
    sq = np.sign(np.sin(2 * np.pi * 540 * t)) + np.sign(np.sin(2 * np.pi * 800 * t))
    return bandpass(sq, 800, 2.5) * np.exp(-t / 0.08)


def noise_burst(length: float, centre: float, q: float, seed: str) -> np.ndarray:
    return bandpass(rng(seed).standard_normal(len(times(length))), centre, q)


def orchestra_hit(hz: float, n: int, seed: str) -> np.ndarray:
    """The sampler's orchestra stab: octaves and fifths of brassy, detuned saws under a fast
    closing filter, with a bow-and-breath noise attack. `grit` makes it sound sampled."""
    t = np.arange(n) / SR
    out = np.zeros(n)
    for ratio, amp, cents in ((1, 1.0, -6), (1, 0.8, 7), (1.5, 0.6, 3), (2, 0.7, -4), (3, 0.3, 5), (0.5, 0.6, 0)):
        out += amp * additive("saw", hz * ratio * 2 ** (cents / 1200), n, 1100, 5200, 0.07)
    attack = bandpass(rng(seed).standard_normal(n), 2500, 0.8) * np.exp(-t / 0.025)
    return out / max(1e-9, np.abs(out).max()) + 0.35 * attack / max(1e-9, np.abs(attack).max())


def grit(x: np.ndarray, bits: int = 8, rate: float = 0.0) -> np.ndarray:
    """An early sampler's colour: the sound held at a lower sample rate (its aliasing shimmer)
    and quantised to `bits` (its grainy noise floor)."""
    peak = max(1e-9, np.abs(x).max())
    y = x / peak
    if rate and rate < SR:
        held = (np.floor(np.arange(len(y)) * rate / SR) * SR / rate).astype(int)
        y = y[np.minimum(held, len(y) - 1)]
    if bits:
        levels = 2 ** (bits - 1)
        y = np.round(y * levels) / levels
    return y * peak


# ---------------------------------------------------------------- effects on whole loops (circular)

def circular_chorus(x: np.ndarray, depth_ms: float = 4.0, base_ms: float = 12.0, cycles: int = 0) -> np.ndarray:
    """Two voices of the signal on slowly swinging delays, one per ear (the 80s stereo chorus).
    The LFO makes whole cycles over the loop, so the effect loops too."""
    n = x.shape[0]
    mono = x if x.ndim == 1 else x.mean(axis=1)
    cycles = cycles or max(1, round(n / SR / 1.6))  # about 0.6 Hz
    i = np.arange(n)
    out = np.zeros((n, 2))
    for c, phase in ((0, 0.0), (1, 0.5)):
        delay = (base_ms + depth_ms * np.sin(2 * np.pi * (cycles * i / n + phase))) * SR / 1000
        pos = (i - delay) % n
        lo = np.floor(pos).astype(int)
        frac = pos - lo
        out[:, c] = mono[lo] * (1 - frac) + mono[(lo + 1) % n] * frac
    return out


def gated_ir(seconds: float, seed: str) -> np.ndarray:
    """The gated reverb of the 80s snare: a dense, bright burst of room that does not decay but
    stops dead after `seconds`."""
    t = times(seconds)
    r = rng(seed)
    chans = []
    for _ in range(2):
        burst = lowpass(r.standard_normal(len(t)), 7000) * (1 - 0.3 * t / seconds)
        burst[-int(0.004 * SR):] *= np.linspace(1, 0, int(0.004 * SR))  # the gate closes in 4 ms
        chans.append(burst / np.sqrt(np.sum(burst ** 2)))
    return np.stack(chans, axis=1)


def circular_echo(x: np.ndarray, delay_s: float, feedback: float, repeats: int = 6) -> np.ndarray:
    """Echo taps that wrap around the end of the loop into its start, so the loop stays seamless.
    For stereo input (n, 2), odd repeats swap sides: a ping-pong."""
    d = int(round(delay_s * SR))
    out = np.zeros_like(x)
    for r in range(1, repeats + 1):
        tap = np.roll(x, r * d, axis=0) * feedback ** r
        if x.ndim == 2 and r % 2 == 1:
            tap = tap[:, ::-1]
        out += tap
    return out


def reverb_ir(seconds: float, seed: str, bright: float = 5000) -> np.ndarray:
    """A synthetic room: decaying noise, darker as it decays; one decorrelated tail per ear."""
    t = times(seconds)
    r = rng(seed)
    chans = []
    for _ in range(2):
        noise = r.standard_normal(len(t))
        early = lowpass(noise, bright) * np.exp(-t * 6.9 / seconds)  # -60 dB at `seconds`
        late = lowpass(noise, bright * 0.3) * np.exp(-t * 6.9 / seconds)
        mix = np.where(t < seconds * 0.3, early, late) * np.clip(t / 0.01, 0, 1)
        chans.append(mix / np.sqrt(np.sum(mix ** 2)))
    return np.stack(chans, axis=1)


def circular_convolve(x: np.ndarray, ir: np.ndarray) -> np.ndarray:
    """Convolution of a loop with an impulse response, wrapping around: the tail at the end of
    the loop rings on into its start, just as if the loop had been playing before."""
    n = x.shape[0]
    if ir.shape[0] > n:
        ir = ir[:n]
    out = np.zeros((n, 2))
    mono = x if x.ndim == 1 else x.mean(axis=1)
    spec = np.fft.rfft(mono)
    for c in range(2):
        out[:, c] = np.fft.irfft(spec * np.fft.rfft(ir[:, c], n), n)
    return out


def pan_stereo(x: np.ndarray, pan: float) -> np.ndarray:
    """Equal-power pan, -1 left .. +1 right."""
    a = (pan + 1) * np.pi / 4
    return np.stack([x * np.cos(a), x * np.sin(a)], axis=1)


def master(x: np.ndarray, peak: float = 0.8) -> np.ndarray:
    """Gentle saturation then normalise the peak: loud enough, never clipping."""
    x = x / max(1e-9, np.abs(x).max())
    x = np.tanh(1.5 * x) / np.tanh(1.5)
    return x * peak


def wrap_add(buf: np.ndarray, start: int, x: np.ndarray) -> None:
    """Add x into a loop buffer at `start`; whatever runs past the end continues at the start."""
    n = len(buf)
    x = x[:n]
    start %= n
    first = min(len(x), n - start)
    buf[start:start + first] += x[:first]
    if first < len(x):
        buf[:len(x) - first] += x[first:]


def loop_noise(n: int, seed: str, lo: float = 20, hi: float = NYQ, tilt: float = 0.0) -> np.ndarray:
    """Noise that loops perfectly: shaped in the frequency domain of a buffer exactly n long.
    `tilt` in dB per octave (negative = darker, -6 is brown-ish)."""
    r = rng(seed)
    hz = np.fft.rfftfreq(n, 1 / SR)
    spec = r.standard_normal(len(hz)) + 1j * r.standard_normal(len(hz))
    shape = ((hz >= lo) & (hz <= hi)).astype(float)
    shape *= (np.maximum(hz, lo) / 1000.0) ** (tilt / 6.02)
    x = np.fft.irfft(spec * shape, n)
    return x / max(1e-9, np.abs(x).max())


def loop_lfo(n: int, cycles: int, phase: float = 0.0) -> np.ndarray:
    """A 0..1 sine LFO with a whole number of cycles over the loop, so it loops too."""
    t = np.arange(n) / n
    return 0.5 + 0.5 * np.sin(2 * np.pi * (cycles * t + phase))
