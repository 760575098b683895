"""The `.song` text format (documented in docs/audio.md) and its renderer.

A song is a tempo, some instruments, some patterns (a grid of steps per instrument) and an order
(the patterns to play, optionally transposed). The renderer plays the order once into a buffer
exactly one loop long; anything that rings past the end (note releases, echoes, reverb) wraps
around into the start, as if the loop had already been playing. The file therefore loops with no
seam at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import synth
from .synth import SR

DRUMS = {"kick", "snare", "hat", "openhat", "clap", "tom", "cowbell", "shaker"}
TONAL = {"add", "fm", "voice", "orch"}
# Every instrument: level, place, sends (echo, reverb, the gated reverb, the chorus), envelope, and
# the sampler's grit (`bits` deep, held at `rate` Hz).
COMMON = {"gain", "pan", "echo", "reverb", "gated", "chorus", "octave", "vel", "attack", "decay", "sustain",
          "release", "legato", "bits", "rate"}
FILTERED = {"cut", "peak", "tau", "res", "sweep", "detune", "vibrato", "vib_rate", "bend"}
PARAMS = {  # what each kind understands, so a typo in a .song is an error, not silence
    "add": COMMON | FILTERED | {"wave"},
    "fm": COMMON | {"ratio", "index", "index_tau", "ratio2", "vibrato", "vib_rate"},
    "voice": COMMON | FILTERED | {"vowel", "shift", "voices"},
    "orch": COMMON,
    "kick": COMMON | {"length", "f0", "f1"},
    "snare": COMMON | {"length", "tone"},
}
NOTE_RE = re.compile(r"^([A-G])([#b]?)(-?\d)$")
SEMITONE = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
VELOCITY = {"x": 0.75, "X": 1.0, "o": 0.4}


class SongError(ValueError):
    pass


def note_number(name: str) -> int:
    m = NOTE_RE.match(name)
    if not m:
        raise SongError(f"not a note: {name!r}")
    letter, acc, octave = m.groups()
    return 12 * (int(octave) + 1) + SEMITONE[letter] + {"#": 1, "b": -1, "": 0}[acc]


@dataclass
class Instrument:
    name: str
    kind: str
    params: dict[str, str]

    def f(self, key: str, default: float) -> float:
        return float(self.params.get(key, default))

    def s(self, key: str, default: str) -> str:
        return self.params.get(key, default)


@dataclass
class Event:
    step: int          # absolute step in the loop
    inst: str
    notes: list[int]   # midi numbers; empty for a plain drum hit
    gate: int          # steps held
    vel: float


@dataclass
class Song:
    name: str
    title: str = ""
    tempo: float = 120.0
    steps_per_beat: int = 4
    swing: float = 0.0
    reverb_seconds: float = 1.5
    reverb_mix: float = 1.0
    echo_beats: float = 0.75
    echo_feedback: float = 0.35
    level: float = 1.0  # the whole song's loudness after mastering: quiet moods are quieter
    gated_seconds: float = 0.3   # length of the gated reverb
    humanise_ms: float = 0.0     # a player's timing: each note off the grid by up to this much
    humanise_vel: float = 0.0    # and its loudness off by up to this fraction
    instruments: dict[str, Instrument] = field(default_factory=dict)
    patterns: dict[str, tuple[int, dict[str, list[str]]]] = field(default_factory=dict)
    order: list[tuple[str, int]] = field(default_factory=list)

    @property
    def step_seconds(self) -> float:
        return 60.0 / self.tempo / self.steps_per_beat

    @property
    def total_steps(self) -> int:
        return sum(self.patterns[name][0] for name, _ in self.order)

    @property
    def seconds(self) -> float:
        return self.total_steps * self.step_seconds


def _kv(words: list[str]) -> dict[str, str]:
    out = {}
    for w in words:
        if "=" not in w:
            raise SongError(f"expected key=value, got {w!r}")
        k, v = w.split("=", 1)
        out[k] = v
    return out


def parse(text: str, name: str) -> Song:
    song = Song(name)
    current: tuple[str, int, dict[str, list[str]]] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        # A comment is '#' at the start of a word; a '#' inside a word is a sharp (F#4).
        line = re.split(r"(?:^|\s)#", raw, maxsplit=1)[0].strip()
        if not line:
            continue
        words = line.split()
        head, rest = words[0], words[1:]
        try:
            if current is not None:
                if head == "end":
                    pname, steps, rows = current
                    song.patterns[pname] = (steps, _fill_rows(pname, steps, rows, song))
                    current = None
                else:
                    current[2].setdefault(head, []).extend(w for w in rest if w != "|")
                continue
            if head == "title":
                song.title = " ".join(rest)
            elif head == "tempo":
                song.tempo = float(rest[0])
            elif head == "steps":
                song.steps_per_beat = int(rest[0])
            elif head == "level":
                song.level = float(rest[0])
            elif head == "swing":
                song.swing = float(rest[0])
            elif head == "reverb":
                kv = _kv(rest)
                song.reverb_seconds = float(kv.get("seconds", song.reverb_seconds))
                song.reverb_mix = float(kv.get("mix", song.reverb_mix))
            elif head == "gated":
                song.gated_seconds = float(_kv(rest)["seconds"])
            elif head == "humanise":
                kv = _kv(rest)
                song.humanise_ms = float(kv.get("ms", 0))
                song.humanise_vel = float(kv.get("vel", 0))
            elif head == "echo":
                kv = _kv(rest)
                song.echo_beats = float(kv.get("beats", song.echo_beats))
                song.echo_feedback = float(kv.get("feedback", song.echo_feedback))
            elif head == "inst":
                iname, kind = rest[0], rest[1]
                if kind not in DRUMS | TONAL:
                    raise SongError(f"unknown instrument kind {kind!r}")
                params = _kv(rest[2:])
                unknown = set(params) - PARAMS.get(kind, COMMON | {"length"})
                if unknown:
                    raise SongError(f"{kind} instrument {iname!r} has no {', '.join(sorted(unknown))}")
                song.instruments[iname] = Instrument(iname, kind, params)
            elif head == "pattern":
                current = (rest[0], int(rest[1]), {})
            elif head == "order":
                for w in rest:
                    m = re.match(r"^([A-Za-z_]\w*)([+-]\d+)?(?:\*(\d+))?$", w)
                    if not m:
                        raise SongError(f"bad order entry {w!r}")
                    pname, tr, times = m.groups()
                    song.order += [(pname, int(tr or 0))] * int(times or 1)
            else:
                raise SongError(f"unknown line {head!r}")
        except (SongError, IndexError, ValueError) as e:
            raise SongError(f"{name}.song line {lineno}: {e}") from None
    if current is not None:
        raise SongError(f"{name}.song: pattern {current[0]!r} has no 'end'")
    for pname, _ in song.order:
        if pname not in song.patterns:
            raise SongError(f"{name}.song: order uses unknown pattern {pname!r}")
    if not song.order:
        raise SongError(f"{name}.song: no order")
    return song


def _fill_rows(pname: str, steps: int, rows: dict[str, list[str]], song: Song) -> dict[str, list[str]]:
    """Check each row and tile short rows: a 4-step kick row fills a 64-step pattern."""
    out = {}
    for inst, tokens in rows.items():
        if inst not in song.instruments:
            raise SongError(f"pattern {pname}: unknown instrument {inst!r}")
        if not tokens or steps % len(tokens):
            raise SongError(f"pattern {pname}: row {inst!r} has {len(tokens)} steps, pattern has {steps}")
        out[inst] = tokens * (steps // len(tokens))
    return out


def events(song: Song) -> list[Event]:
    out: list[Event] = []
    base = 0
    for pname, transpose in song.order:
        steps, rows = song.patterns[pname]
        for inst, tokens in rows.items():
            tonal = song.instruments[inst].kind in TONAL
            for i, tok in enumerate(tokens):
                if tok in (".", "-"):
                    continue
                vel = 1.0
                if tok[-1] in "!?":
                    vel = 1.3 if tok[-1] == "!" else 0.5
                    tok = tok[:-1]
                if tok in VELOCITY:
                    notes, vel = [], vel * VELOCITY[tok]
                else:
                    shift = transpose if tonal or song.instruments[inst].kind == "tom" else 0
                    notes = [note_number(n) + shift for n in tok.split(",")]
                gate = 1
                while i + gate < steps and tokens[i + gate] == "-":
                    gate += 1
                out.append(Event(base + i, inst, notes, gate, vel))
        base += steps
    return out


# ---------------------------------------------------------------- rendering

def render_note(inst: Instrument, note: int | None, gate_s: float) -> np.ndarray:
    """One note of one instrument, mono, at velocity 1."""
    k = inst.kind
    if k in DRUMS:
        seed = inst.name
        if k == "kick":
            return synth.kick(inst.f("length", 0.45), inst.f("f0", 150), inst.f("f1", 45), seed)
        if k == "snare":
            return synth.snare(inst.f("length", 0.3), inst.f("tone", 185), seed)
        if k == "hat":
            return synth.hat(inst.f("length", 0.035), seed)
        if k == "openhat":
            return synth.hat(inst.f("length", 0.22), seed)
        if k == "shaker":
            n = synth.noise_burst(0.12, 6000, 1.2, seed)
            t = np.arange(len(n)) / SR
            return n * np.clip(t / 0.02, 0, 1) * np.exp(-t / 0.03) * 0.6
        if k == "clap":
            return synth.clap(inst.f("length", 0.35), seed)
        if k == "cowbell":
            return synth.cowbell(inst.f("length", 0.3))
        if k == "tom":
            return synth.tom(synth.midi_hz(note if note is not None else 45), inst.f("length", 0.4))
    hz = synth.midi_hz(note + 12 * inst.f("octave", 0))
    attack, decay = inst.f("attack", 0.005), inst.f("decay", 0.2)
    sustain, release = inst.f("sustain", 0.6), inst.f("release", 0.15)
    n = int((gate_s + attack + release * 5) * SR)
    env = synth.adsr(n, gate_s, attack, decay, sustain, release)
    if k == "orch":
        tone = synth.orchestra_hit(hz, n, inst.name)
    elif k == "fm":
        tone = synth.fm(hz, n, inst.f("ratio", 3.5), inst.f("index", 4), inst.f("index_tau", 0.08),
                        inst.f("ratio2", 0), inst.f("vibrato", 0), inst.f("vib_rate", 5.0))
    else:
        wave = inst.s("wave", "saw")
        formants = None
        if k == "voice":
            formants = synth.formant_shape(inst.s("vowel", "a"), inst.f("shift", 1.0))
            wave = "saw"
        kw = dict(vibrato=inst.f("vibrato", 0), vib_rate=inst.f("vib_rate", 5.0), bend=inst.f("bend", 0),
                  formants=formants, res=inst.f("res", 0.7071), sweep=inst.f("sweep", 0))
        cut, peak, tau = inst.f("cut", 2000), inst.f("peak", inst.f("cut", 2000)), inst.f("tau", 0.1)
        tone = synth.additive(wave, hz, n, cut, peak, tau, **kw)
        detune = inst.f("detune", 0)
        if detune:  # a second oscillator slightly sharp: the chorus of two analogue voices
            tone = 0.6 * tone + 0.6 * synth.additive(wave, hz * 2 ** (detune / 1200), n, cut, peak, tau, **kw)
        for v in range(1, int(inst.f("voices", 1))):  # a choir: more singers, each a little off
            cents = 9 * v * (-1) ** v
            tone = tone + synth.additive(wave, hz * 2 ** (cents / 1200), n, cut, peak, tau,
                                         **{**kw, "vibrato": kw["vibrato"] * (1 + 0.2 * v)})
    tone = tone * env
    if inst.f("bits", 0) or inst.f("rate", 0):
        tone = synth.grit(tone, int(inst.f("bits", 0)), inst.f("rate", 0))
    return tone


def render(song: Song) -> np.ndarray:
    """The whole loop as float stereo (n, 2), mastered."""
    step_s = song.step_seconds
    length = int(round(song.total_steps * step_s * SR))
    dry = np.zeros((length, 2))
    echo_send = np.zeros((length, 2))
    verb_send = np.zeros((length, 2))
    gated_send = np.zeros((length, 2))
    chorus_send = np.zeros((length, 2))
    cache: dict[tuple, np.ndarray] = {}
    feel = synth.rng(song.name + "-feel")  # the same human error on every rebuild

    for ev in events(song):
        inst = song.instruments[ev.inst]
        gate_s = ev.gate * step_s * inst.f("legato", 0.9)
        mono = None
        for note in ev.notes or [None]:
            key = (inst.name, note, ev.gate)
            if key not in cache:
                cache[key] = render_note(inst, note, gate_s)
            mono = cache[key] if mono is None else _sum(mono, cache[key])
        if len(ev.notes) > 1:
            mono = mono / np.sqrt(len(ev.notes))
        t = ev.step * step_s
        if ev.step % 2 == 1:
            t += song.swing * step_s
        # off the grid, but never pushed back across the loop's start: an attack split by the seam
        # is the one place a loop could click
        t = abs(t + feel.uniform(-1, 1) * song.humanise_ms / 1000)
        vel = ev.vel * (1 + feel.uniform(-1, 1) * song.humanise_vel)
        start = int(round(t * SR)) % length
        stereo = synth.pan_stereo(mono * inst.f("gain", 0.5) * inst.f("vel", 1.0) * vel, inst.f("pan", 0))
        synth.wrap_add(dry, start, stereo)
        for send, bus in (("echo", echo_send), ("reverb", verb_send), ("gated", gated_send), ("chorus", chorus_send)):
            if inst.f(send, 0):
                synth.wrap_add(bus, start, stereo * inst.f(send, 0))

    beat = 60.0 / song.tempo
    echoes = synth.circular_echo(echo_send, song.echo_beats * beat, song.echo_feedback)
    mix = dry + echoes
    verb_send = verb_send + echoes * 0.5
    if np.any(verb_send):
        ir = synth.reverb_ir(song.reverb_seconds, song.name + "-room")
        mix = mix + song.reverb_mix * synth.circular_convolve(verb_send, ir)
    if np.any(gated_send):
        mix = mix + synth.circular_convolve(gated_send, synth.gated_ir(song.gated_seconds, song.name + "-gate"))
    if np.any(chorus_send):
        mix = mix + synth.circular_chorus(chorus_send)
    return synth.master(mix) * song.level


def _sum(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if len(a) < len(b):
        a, b = b, a
    out = a.copy()
    out[:len(b)] += b
    return out


def load(path: Path) -> Song:
    return parse(path.read_text(encoding="utf-8"), path.stem)
