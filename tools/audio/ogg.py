"""Write Ogg Vorbis files that are byte-identical on every rebuild.

libvorbis itself is deterministic, but libsndfile gives each Ogg stream a random serial number.
We rewrite every page's serial to one fixed value and recompute the page checksums (Ogg's CRC-32:
polynomial 0x04C11DB7, not reflected, initial value 0, computed with the CRC field zeroed).
"""

from __future__ import annotations

import io
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


def normalise(data: bytes, serial: int = SERIAL) -> bytes:
    """Set every page's stream serial to `serial` and fix its CRC."""
    out = bytearray()
    pos = 0
    while pos < len(data):
        if data[pos:pos + 4] != b"OggS":
            raise ValueError(f"not an Ogg page at byte {pos}")
        nsegs = data[pos + 26]
        body = sum(data[pos + 27:pos + 27 + nsegs])
        end = pos + 27 + nsegs + body
        page = bytearray(data[pos:end])
        struct.pack_into("<I", page, 14, serial)
        struct.pack_into("<I", page, 22, 0)
        struct.pack_into("<I", page, 22, ogg_crc(bytes(page)))
        out += page
        pos = end
    return bytes(out)


def encode(samples: np.ndarray, quality: float) -> bytes:
    """Float samples (n,) or (n, 2) in -1..1 to normalised Ogg Vorbis bytes.

    `quality` is Vorbis quality 0..1 (libsndfile's compression level is its inverse)."""
    buf = io.BytesIO()
    samples = samples.astype(np.float32)
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    with sf.SoundFile(buf, "w", 32000, channels, "VORBIS", format="OGG",
                      compression_level=1.0 - quality) as f:
        # Small blocks: libsndfile's Vorbis writer can overflow the stack on one huge write.
        for i in range(0, len(samples), 8192):
            f.write(samples[i:i + 8192])
    return normalise(buf.getvalue())


def write(path: Path, samples: np.ndarray, quality: float) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = encode(samples, quality)
    path.write_bytes(data)
    return len(data)
