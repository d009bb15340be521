#!/usr/bin/env python3
"""Draw the app's PNG icons (same design as public/icons/icon.svg) with the standard library."""
import struct
import zlib
from pathlib import Path

BLUE, WHITE, SUN = (11, 92, 173), (255, 255, 255), (255, 209, 102)


def inside_triangle(x, y, a, b, c):
    def s(p, q, r):
        return (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1])
    d1, d2, d3 = s((x, y), a, b), s((x, y), b, c), s((x, y), c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def pixel(u, v, maskable):
    # u, v in 0..64 design units; maskable icons keep the art inside the central safe zone.
    if maskable:
        u, v = 32 + (u - 32) / 0.7, 32 + (v - 32) / 0.7
    elif not (14 <= u <= 50 or 14 <= v <= 50 or min((u - 14) ** 2 + (v - 14) ** 2, (u - 50) ** 2 + (v - 14) ** 2,
                                                    (u - 14) ** 2 + (v - 50) ** 2, (u - 50) ** 2 + (v - 50) ** 2) <= 196):
        return None  # outside the rounded corners: transparent
    if (u - 46) ** 2 + (v - 16) ** 2 <= 25:
        return SUN
    if inside_triangle(u, v, (8, 50), (26, 20), (44, 50)) or inside_triangle(u, v, (30, 50), (41, 25), (56, 50)):
        return WHITE
    return BLUE


def png(size, maskable):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            c = pixel((x + 0.5) * 64 / size, (y + 0.5) * 64 / size, maskable)
            row += bytes(c + (255,)) if c else b"\0\0\0\0"
        rows.append(bytes(row))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


out = Path(__file__).resolve().parent.parent / "public" / "icons"
for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False), ("maskable-512.png", 512, True)]:
    (out / name).write_bytes(png(size, maskable))
    print(name, (out / name).stat().st_size, "bytes")
