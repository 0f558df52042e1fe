#!/usr/bin/env python3
"""Fails when a PNG screenshot is blank: fewer than MIN_FRACTION of its pixels differ from the
most common colour (the background), or it has fewer than MIN_COLOURS distinct colours.
Reads the PNG with zlib only (8-bit greyscale, RGB, or RGBA; no interlacing), no extra packages.
Usage: png-not-blank.py FILE [MIN_FRACTION]"""
import struct
import sys
import zlib
from collections import Counter

MIN_COLOURS = 8


def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw, stride = zlib.decompress(idat), width * channels
    previous, rows, i = bytearray(stride), [], 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, [row[x:x + channels] for row in rows for x in range(0, stride, channels)]


def main():
    path = sys.argv[1]
    min_fraction = float(sys.argv[2]) if len(sys.argv) > 2 else 0.005
    width, height, px = pixels(path)
    counts = Counter(px)
    background, count = counts.most_common(1)[0]
    fraction = 1 - count / len(px)
    print(f"{path}: {width}x{height}, {len(counts)} colours, {fraction:.1%} of pixels differ from the background")
    if fraction < min_fraction or len(counts) < MIN_COLOURS:
        sys.exit(f"{path} looks blank (at least {min_fraction:.1%} non-background pixels and {MIN_COLOURS} colours expected)")


main()
