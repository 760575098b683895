"""Write Ogg Vorbis files that are byte-identical on every rebuild.

libvorbis itself is deterministic, but libsndfile gives each Ogg stream a random serial number.
We rewrite every page's serial to one fixed value and recompute the page checksums (Ogg's CRC-32:
polynomial 0x04C11DB7, not reflected, initial value 0, computed with the CRC field zeroed).
"""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import numpy as np
import soundfile as sf

SERIAL = 0x4C51_534B  # "LQSK": any constant will do


def _crc_table() -> list[int]:
    table = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7) if r & 0x80000000 else (r << 1)
        table.append(r & 0xFFFFFFFF)
    return table


_TABLE = _crc_table()


def ogg_crc(data: bytes) -> int:
    crc = 0
    table = _TABLE
    for b in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ table[((crc >> 24) ^ b) & 0xFF]
    return crc


def _pages(data: bytes) -> list[tuple[bytearray, list[int], bytes]]:
    """Split an Ogg stream into (27-byte header, lacing values, body) per page."""
    pages, pos = [], 0
    while pos < len(data):
        if data[pos:pos + 4] != b"OggS":
            raise ValueError(f"not an Ogg page at byte {pos}")
        nsegs = data[pos + 26]
        lacing = list(data[pos + 27:pos + 27 + nsegs])
        body_at = pos + 27 + nsegs
        pages.append((bytearray(data[pos:pos + 27]), lacing, data[body_at:body_at + sum(lacing)]))
        pos = body_at + sum(lacing)
    return pages


def normalise(data: bytes, serial: int = SERIAL, length: int | None = None) -> bytes:
    """Set every page's stream serial to `serial` and fix its CRC.

    With `length`, the stream is cut after the first page whose packets complete sample
    `length`, and that page becomes the last one with granule position `length`: decoders
    then drop every decoded sample past it (Ogg Vorbis end trimming)."""
    pages = _pages(data)
    if length is not None:
        k = next(i for i, (h, _, _) in enumerate(pages)
                 if i >= 2 and struct.unpack_from("<q", h, 6)[0] >= length)
        head, lacing, body = pages[k]
        while lacing and lacing[-1] == 255:  # drop a packet that would continue on a cut page
            lacing = lacing[:-1]
        body = body[:sum(lacing)]
        head[5] |= 0x04
        struct.pack_into("<q", head, 6, length)
        pages = pages[:k] + [(head, lacing, body)]
    out = bytearray()
    for head, lacing, body in pages:
        page = bytearray(head) + bytes(lacing) + body
        page[26] = len(lacing)
        struct.pack_into("<I", page, 14, serial)
        struct.pack_into("<I", page, 22, 0)
        struct.pack_into("<I", page, 22, ogg_crc(bytes(page)))
        out += page
    return bytes(out)


LOOP_PADS = (4096, 2048, 1024, 512, 256, 128, 0)


def encode(samples: np.ndarray, quality: float, loop: bool = False) -> bytes:
    """Float samples (n,) or (n, 2) in -1..1 to normalised Ogg Vorbis bytes.

    `quality` is Vorbis quality 0..1 (libsndfile's compression level is its inverse).

    With `loop`, the encoder is also fed the loop's first samples after its end, and the stream
    is marked to end at the true length. Otherwise the codec sees the signal drop to silence at
    the end, and smears that step over the last few milliseconds, just where the loop joins.
    Not every decoder trims more than the final packet (stb_vorbis, used by SDL_mixer, does
    not), so the padding is shortened until the game's own decoder gives exactly the loop.
    """
    length = len(samples)
    if not loop:
        return normalise(_vorbis(samples, quality))
    for pad in LOOP_PADS:
        padded = np.concatenate([samples, samples[:pad]]) if pad else samples
        data = normalise(_vorbis(padded, quality), length=length if pad else None)
        if not pad or _game_decoded_frames(data) == length:
            return data
    raise AssertionError("unreachable")


def _vorbis(samples: np.ndarray, quality: float) -> bytes:
    buf = io.BytesIO()
    samples = samples.astype(np.float32)
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    with sf.SoundFile(buf, "w", 32000, channels, "VORBIS", format="OGG",
                      compression_level=1.0 - quality) as f:
        # Small blocks: libsndfile's Vorbis writer can overflow the stack on one huge write.
        for i in range(0, len(samples), 8192):
            f.write(samples[i:i + 8192])
    return buf.getvalue()


def _game_decoded_frames(data: bytes) -> int:
    """How many frames pygame (SDL_mixer) decodes from this Ogg file, at the game's 32 kHz."""
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    if pygame.mixer.get_init() != (32000, -16, 2):
        pygame.mixer.quit()
        pygame.mixer.init(32000, -16, 2, 512, allowedchanges=0)
    return len(pygame.mixer.Sound(file=io.BytesIO(data)).get_raw()) // 4


def decode(data: bytes) -> np.ndarray:
    """Float samples back from Ogg bytes, as the analysis reads the shipped files."""
    samples, _ = sf.read(io.BytesIO(data))
    return samples


def write(path: Path, samples: np.ndarray, quality: float, loop: bool = False) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = encode(samples, quality, loop)
    path.write_bytes(data)
    return len(data)
