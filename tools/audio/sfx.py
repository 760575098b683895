"""Recipes for the sound effects, the voice blips and the ambience loops.

Each effect is a small function returning mono float samples at synth.SR; each ambience returns
a stereo loop built circularly (periodic noise, whole-cycle LFOs, events that wrap around), so it
loops without a seam. Names here are the file names the game asks for.
"""

from __future__ import annotations

import numpy as np

from . import synth, voices
from .synth import SR, times


def _env(t: np.ndarray, attack: float, decay: float) -> np.ndarray:
    return np.clip(t / max(attack, 1e-4), 0, 1) * np.exp(-t / decay)


def _fade(x: np.ndarray, ms: float = 5) -> np.ndarray:
    """Soften both ends so a one-shot never starts or stops on a step."""
    n = min(len(x) // 2, int(ms / 1000 * SR))
    x = x.copy()
    x[:n] *= np.linspace(0, 1, n)
    x[-n:] *= np.linspace(1, 0, n)
    return x


def _norm(x: np.ndarray, peak: float) -> np.ndarray:
    return _fade(x / max(1e-9, np.abs(x).max()) * peak)


def _sweep(t: np.ndarray, f0: float, f1: float, curve: float = 1.0) -> np.ndarray:
    """Phase (radians) of a tone gliding from f0 to f1 over t, exponentially."""
    u = (t / t[-1]) ** curve
    hz = f0 * (f1 / f0) ** u
    return 2 * np.pi * np.cumsum(hz) / SR


def _bell(hz: float, seconds: float, partials=((1, 1), (2.76, 0.5), (5.4, 0.25), (8.93, 0.12)), decay=0.6):
    t = times(seconds)
    out = np.zeros(len(t))
    for ratio, amp in partials:
        out += amp * np.sin(2 * np.pi * hz * ratio * t) * np.exp(-t * ratio ** 0.5 / decay)
    return out * np.clip(t / 0.002, 0, 1)


# ---------------------------------------------------------------- footsteps and doors

# Several takes of each footstep, the game picking between them, so walking never ticks like a clock:
# each take its own noise, heel pitch, weight and a little scuff of its own.
STEP_VARIANTS = 4


def step_hard(k: int):
    r = synth.rng(f"step_hard_{k}")
    t = times(0.16)
    heel = synth.bandpass(r.standard_normal(len(t)), r.uniform(1500, 2300), 1.2) * _env(t, 0.001, r.uniform(0.009, 0.015))
    body = synth.lowpass(r.standard_normal(len(t)), r.uniform(320, 480)) * _env(t, 0.002, r.uniform(0.03, 0.04))
    scuff = synth.bandpass(r.standard_normal(len(t)), 4000, 2) * _env(t - 0.03, 0.01, 0.02) * (t > 0.03)
    return _norm(heel + r.uniform(2.0, 3.0) * body + r.uniform(0.1, 0.4) * scuff, 0.7)


def step_soft(k: int):
    r = synth.rng(f"step_soft_{k}")
    t = times(0.2)
    pad = synth.lowpass(r.standard_normal(len(t)), r.uniform(550, 850)) * _env(t, r.uniform(0.008, 0.016), 0.04)
    return _norm(pad, 0.45)


STEPS = {"hard": step_hard, "soft": step_soft}


def _latch(seed: str, length=0.08):
    t = times(length)
    return synth.bandpass(synth.rng(seed).standard_normal(len(t)), 3200, 3) * _env(t, 0.0005, 0.008)


def door_open():
    t = times(0.9)
    latch = np.zeros(len(t))
    latch[:len(_latch("do"))] += _latch("do")
    # the creak: a buzzy tone whose pitch wobbles as the hinge sticks and slips
    hz = 300 + 90 * np.sin(2 * np.pi * 3.1 * t) + 60 * np.sin(2 * np.pi * 7.3 * t)
    creak = np.sign(np.sin(2 * np.pi * np.cumsum(hz) / SR)) * _env(t - 0.1, 0.15, 0.35) * (t > 0.1)
    creak = synth.bandpass(creak, 1200, 2.0)
    creak = creak / np.abs(creak).max()
    return _norm(latch / np.abs(latch).max() + 0.6 * creak, 0.7)


def door_close():
    """A door pulled shut: the panel's hollow knock (two wooden modes), then the latch catching
    and the bolt rattling in its plate. Wood and metal, where `thud` is a body and cloth."""
    t = times(0.6)
    panel = sum(a * np.sin(2 * np.pi * hz * t) * _env(t, 0.001, d) for hz, a, d in
                ((185, 1.0, 0.09), (410, 0.6, 0.05), (1130, 0.25, 0.02)))
    knock = synth.bandpass(synth.rng("dc").standard_normal(len(t)), 900, 1.5) * _env(t, 0.0005, 0.01)
    latch = np.zeros(len(t))
    for i, at in enumerate((0.05, 0.085, 0.1)):  # catch, and the bolt settling
        s = int(at * SR)
        click = _latch(f"dc_l{i}", 0.05) * (1.0, 0.5, 0.3)[i]
        latch[s:s + len(click)] += click
    return _norm(panel / np.abs(panel).max() + 0.5 * knock / np.abs(knock).max()
                 + 1.2 * latch / np.abs(latch).max(), 0.85)


# ---------------------------------------------------------------- interface

def _blip(notes, each: float, wave: str = "square", gain: float = 0.35):
    parts = []
    for hz in notes:
        t = times(each)
        tone = synth.additive(wave, hz, len(t), 6000, 6000, 1.0)
        parts.append(tone * _env(t, 0.002, each * 0.5))
    return _norm(np.concatenate(parts), gain)


def ui_move():
    return _blip([1318.5], 0.045, gain=0.3)


def ui_select():
    return _blip([987.8, 1318.5, 1975.5], 0.05, gain=0.35)


def ui_back():
    return _blip([1318.5, 880.0], 0.06, gain=0.3)


def ui_error():
    """A low double buzz: that cannot be done (a damaged save, a refused choice)."""
    return _blip([233.1, 220.0], 0.07, "pulse", 0.3)


def text_blip():
    return _blip([1760.0], 0.022, "pulse", 0.22)


# ---------------------------------------------------------------- the UFO and the alien

UFO_HUM_SECONDS = 4.0


def ufo_hum():
    """A loopable hum: every partial completes a whole number of cycles in the loop, and the
    beating and shimmer are whole-cycle LFOs, so the end meets the start exactly."""
    n = int(UFO_HUM_SECONDS * SR)
    t = np.arange(n) / SR
    out = np.zeros(n)
    for hz, amp in ((55.0, 1.0), (55.25, 0.8), (110.0, 0.45), (164.75, 0.3), (220.5, 0.2), (330.0, 0.08)):
        out += amp * np.sin(2 * np.pi * hz * t)
    out *= 0.75 + 0.25 * synth.loop_lfo(n, 8)
    shimmer = sum(np.sin(2 * np.pi * hz * t) for hz in (1760.0, 1867.5, 2217.25)) / 3
    out += 0.12 * shimmer * synth.loop_lfo(n, 3)
    out += 0.05 * synth.loop_noise(n, "ufo_hum", 80, 600)
    return out / np.abs(out).max() * 0.6  # no fade: it is a loop


def ufo_land():
    t = times(2.6)
    ph = _sweep(t, 900, 55, 0.6)
    tone = (np.sin(ph) + 0.4 * np.sin(2 * ph) + 0.3 * np.sin(3.01 * ph)) * _env(t, 0.3, 1.6)
    air = synth.lowpass(synth.rng("ufo_land").standard_normal(len(t)), 900) * _env(t, 0.6, 0.8) * 0.4
    touch = np.zeros(len(t))
    s = int(2.0 * SR)
    touch[s:] = np.sin(2 * np.pi * 50 * t[: len(t) - s]) * np.exp(-t[: len(t) - s] / 0.12)
    return _norm(tone + air + 1.2 * touch, 0.8)


def ufo_takeoff():
    t = times(3.0)
    ph = _sweep(t, 55, 1400, 1.6)
    tone = (np.sin(ph) + 0.5 * np.sin(2.01 * ph) + 0.25 * np.sin(3 * ph)) * np.clip(t / 0.4, 0, 1)
    tone *= np.where(t > 2.2, np.exp(-(t - 2.2) / 0.25), 1)
    air = synth.highpass(synth.rng("ufo_off").standard_normal(len(t)), 1200) * (t / t[-1]) ** 2
    air *= np.where(t > 2.4, np.exp(-(t - 2.4) / 0.2), 1) * 0.25
    return _norm(tone + air, 0.8)


def alien_feed():
    t = times(2.2)
    out = np.zeros(len(t))
    for i, base in enumerate((600, 757, 954)):  # three glides a sour interval apart, pulsing
        ph = _sweep(t, base, base * 2.2, 0.8)
        out += np.sin(ph + 0.6 * np.sin(2 * np.pi * (9 + i) * t))
    out *= (0.6 + 0.4 * np.sin(2 * np.pi * 6 * t) ** 2) * _env(t, 0.25, 1.0)
    return _norm(out, 0.7)


def crystal():
    out = np.zeros(len(times(1.8)))
    for hz, delay in ((2093.0, 0.0), (3136.0, 0.03), (2637.0, 0.06), (4186.0, 0.09), (3951.1, 0.12)):
        b = _bell(hz, 1.8 - delay, decay=0.5)
        out[int(delay * SR):int(delay * SR) + len(b)] += b
    return _norm(out, 0.6)


# ---------------------------------------------------------------- objects in the world

def camera_shutter():
    out = np.zeros(len(times(0.16)))
    for at, seed in ((0.0, "sh1"), (0.07, "sh2")):  # mirror up, mirror down
        c = _latch(seed, 0.06)
        out[int(at * SR):int(at * SR) + len(c)] += c
    return _norm(out, 0.7)


def camera_flash():
    t = times(0.9)
    pop = synth.lowpass(synth.rng("flash").standard_normal(len(t)), 3000) * _env(t, 0.0005, 0.02)
    whine = np.sin(_sweep(t, 2000, 7000, 0.7)) * np.clip((t - 0.08) / 0.05, 0, 1) * np.exp(-(t - 0.08) / 0.5) * 0.25
    return _norm(pop + whine * (t > 0.08), 0.75)


def phone_ring():
    """Two bursts of an electromechanical bell: a hammer at 20 Hz on two detuned bells."""
    t = times(2.4)
    gate = ((t < 0.8) | ((t > 1.2) & (t < 2.0))).astype(float)
    gate = synth.lowpass(gate, 60)
    hammer = 0.5 + 0.5 * np.sign(np.sin(2 * np.pi * 20 * t))
    bells = np.sin(2 * np.pi * 1180 * t) + 0.8 * np.sin(2 * np.pi * 1420 * t) + 0.3 * np.sin(2 * np.pi * 2950 * t)
    return _norm(bells * synth.lowpass(hammer, 200) * gate, 0.6)


def payphone_coin():
    out = np.zeros(len(times(0.7)))
    for at, hz in ((0.0, 3700.0), (0.09, 4300.0), (0.15, 3100.0)):
        b = _bell(hz, 0.5, partials=((1, 1), (1.51, 0.6), (2.4, 0.3)), decay=0.12)
        out[int(at * SR):int(at * SR) + len(b)] += b
    t = times(0.7)
    rattle = synth.bandpass(synth.rng("coin").standard_normal(len(t)), 2500, 1) * _env(t - 0.25, 0.01, 0.08) * (t > 0.25)
    return _norm(out + 0.8 * rattle, 0.6)


def elevator_ding():
    return _norm(_bell(1318.5, 1.6, partials=((1, 1), (2, 0.15), (3, 0.05)), decay=1.4), 0.55)


def glass_clink():
    return _norm(_bell(2480.0, 0.7, partials=((1, 1), (1.63, 0.7), (2.55, 0.4), (3.9, 0.2)), decay=0.25), 0.55)


def heartbeat():
    t = times(1.0)
    out = np.zeros(len(t))
    for at, amp in ((0.0, 1.0), (0.24, 0.7)):  # lub, dub
        u = times(0.25)
        beat = np.sin(2 * np.pi * np.cumsum(55 + 30 * np.exp(-u / 0.03)) / SR) * _env(u, 0.006, 0.06)
        out[int(at * SR):int(at * SR) + len(u)] += amp * beat
    return _norm(out, 0.85)


def record_scratch():
    t = times(0.55)
    speed = np.sin(2 * np.pi * 2.2 * t) * np.exp(-t / 0.6)  # hand pushes the record back and forth
    pos = np.cumsum(speed) / SR * 2000
    grain = synth.rng("scratch").standard_normal(4096)
    noise = grain[(pos * 20).astype(int) % 4096]
    tone = np.sin(2 * np.pi * pos * 0.6)
    out = synth.bandpass(noise + tone, 1500, 0.8) * np.abs(speed) ** 0.5
    return _norm(out, 0.7)


def thud():
    t = times(0.6)
    body = np.sin(2 * np.pi * np.cumsum(45 + 40 * np.exp(-t / 0.02)) / SR) * _env(t, 0.002, 0.12)
    cloth = synth.lowpass(synth.rng("thud").standard_normal(len(t)), 500) * _env(t, 0.002, 0.05)
    return _norm(body + 0.5 * cloth / np.abs(cloth).max(), 0.9)


EFFECTS = {f.__name__: f for f in (
    door_open, door_close, ui_move, ui_select, ui_back, ui_error, text_blip, ufo_hum,
    ufo_land, ufo_takeoff, alien_feed, crystal, camera_shutter, camera_flash, phone_ring,
    payphone_coin, elevator_ding, glass_clink, heartbeat, record_scratch, thud)}
EFFECTS.update({f"step_{surface}_{k + 1}": (lambda f=f, k=k: f(k)) for surface, f in STEPS.items()
                for k in range(STEP_VARIANTS)})
EFFECTS.update(voices.effects())


# ---------------------------------------------------------------- ambience loops (stereo)

AMBIENCE_SECONDS = 24.0


def _stereo(left: np.ndarray, right: np.ndarray, peak: float) -> np.ndarray:
    x = np.stack([left, right], axis=1)
    return x / max(1e-9, np.abs(x).max()) * peak


def _babble(n: int, seed: str, count: int, lo_note: int, hi_note: int) -> tuple[np.ndarray, np.ndarray]:
    """Many people talking: short formant syllables at scattered pitches, times and places."""
    r = synth.rng(seed)
    left, right = np.zeros(n), np.zeros(n)
    for _ in range(count):
        hz = synth.midi_hz(r.uniform(lo_note, hi_note))
        m = int(r.uniform(0.08, 0.22) * SR)
        vowel = "aoeiu"[r.integers(5)]
        syl = synth.additive("saw", hz, m, 3000, 3000, 1.0, vibrato=r.uniform(0, 40), vib_rate=r.uniform(3, 8),
                             formants=synth.formant_shape(vowel))
        syl *= synth.adsr(m, m / SR * 0.7, 0.02, 0.1, 0.7, 0.03) * r.uniform(0.3, 1.0)
        pan = r.uniform(-0.8, 0.8)
        at = int(r.integers(n))
        synth.wrap_add(left, at, syl * np.cos((pan + 1) * np.pi / 4))
        synth.wrap_add(right, at, syl * np.sin((pan + 1) * np.pi / 4))
    return left, right


def club_crowd():
    # Only the crowd and the room: the club's music is the `club` track itself, and a beat of the
    # bed's own would run against it at another phase (two kicks).
    n = int(AMBIENCE_SECONDS * SR)
    left, right = _babble(n, "club_crowd", 520, 50, 70)
    left, right = synth.lowpass(left, 1800), synth.lowpass(right, 1800)
    room = 0.3 * synth.loop_noise(n, "club_room", 100, 1500, -3)
    return _stereo(left + room, right + room, 0.7)


def party_chatter():
    n = int(AMBIENCE_SECONDS * SR)
    left, right = _babble(n, "party_chatter", 300, 52, 74)
    r = synth.rng("party_glasses")
    for _ in range(7):
        c = glass_clink() * r.uniform(0.1, 0.25)
        at, pan = int(r.integers(n)), r.uniform(-0.7, 0.7)
        synth.wrap_add(left, at, c * np.cos((pan + 1) * np.pi / 4) * 3)
        synth.wrap_add(right, at, c * np.sin((pan + 1) * np.pi / 4) * 3)
    room = 0.15 * synth.loop_noise(n, "party_room", 150, 2500, -3)
    return _stereo(left + room, right + room, 0.6)


def city_night():
    n = int(AMBIENCE_SECONDS * SR)
    t = np.arange(n) / SR
    rumble_l = synth.loop_noise(n, "city_l", 25, 700, -6)
    rumble_r = synth.loop_noise(n, "city_r", 25, 700, -6)
    swell = 0.6 + 0.4 * synth.loop_lfo(n, 2)
    # a far-off siren: a slow two-tone wail, whole cycles in the loop, quiet and a little to the left
    wail = np.sin(2 * np.pi * np.cumsum(700 + 180 * np.sin(2 * np.pi * t * (8 / AMBIENCE_SECONDS))) / SR)
    siren = synth.lowpass(wail, 1200) * synth.loop_lfo(n, 1, 0.25) ** 3 * 0.06
    cars = synth.loop_noise(n, "city_cars", 200, 3000, -3) * synth.loop_lfo(n, 3, 0.1) ** 4 * 0.25
    return _stereo(rumble_l * swell + siren + cars, rumble_r * swell + 0.6 * siren + cars, 0.5)


def apartment_hum():
    n = int(AMBIENCE_SECONDS * SR)
    t = np.arange(n) / SR
    mains = sum(a * np.sin(2 * np.pi * 60 * k * t) for k, a in ((1, 1.0), (2, 0.5), (3, 0.3), (5, 0.1)))
    fridge = 0.25 * np.sin(2 * np.pi * 117.5 * t) * (0.8 + 0.2 * synth.loop_lfo(n, 6))
    air = 0.3 * synth.loop_noise(n, "apt_air", 60, 2000, -4)
    air_r = 0.3 * synth.loop_noise(n, "apt_air_r", 60, 2000, -4)
    return _stereo(0.25 * mains + fridge + air, 0.25 * mains + fridge + air_r, 0.35)


def rooftop_wind():
    n = int(AMBIENCE_SECONDS * SR)
    chans = []
    for side in "lr":
        out = np.zeros(n)
        # three bands of wind, each gusting on its own slow whole-cycle LFO
        for i, (lo, hi, cycles) in enumerate(((80, 400, 2), (300, 900, 3), (700, 2000, 5))):
            band = synth.loop_noise(n, f"wind{side}{i}", lo, hi, -3)
            out += band * synth.loop_lfo(n, cycles, i * 0.3 + (side == "r") * 0.1) ** 2
        whistle = np.sin(2 * np.pi * np.arange(n) / SR * (1250 if side == "l" else 1250.5)) * 0.04
        out += whistle * synth.loop_lfo(n, 4, 0.6) ** 6
        chans.append(out)
    return _stereo(chans[0], chans[1], 0.6)


AMBIENCE = {f.__name__: f for f in (club_crowd, city_night, apartment_hum, rooftop_wind, party_chatter)}
