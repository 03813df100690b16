#!/usr/bin/env python3
"""Draws the scene-kind icons in resources/icons (64 x 64 PNG, RGBA) from the
curves they show: a Lorenz orbit, a double well with particles, two clouds
joined by paths, noise flowing into rings, and latent trajectories. Run it
again after changing a drawing; the PNGs are committed."""
import math, os, struct, zlib

SIZE = 64

def canvas():
    return [[(0, 0, 0, 0)] * SIZE for _ in range(SIZE)]

def dot(img, x, y, colour, r=1.2):
    for j in range(int(y - r - 1), int(y + r + 2)):
        for i in range(int(x - r - 1), int(x + r + 2)):
            if 0 <= i < SIZE and 0 <= j < SIZE:
                d = math.hypot(i + 0.5 - x, j + 0.5 - y)
                a = max(0.0, min(1.0, r + 0.5 - d))
                if a > 0:
                    old = img[j][i]
                    na = a + old[3] / 255 * (1 - a)
                    mix = [int((colour[k] * a + old[k] * (old[3] / 255) * (1 - a)) / max(na, 1e-9)) for k in range(3)]
                    img[j][i] = (*mix, int(255 * na))

def curve(img, points, colour, r=1.2):
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) * 2))
        for k in range(n + 1):
            t = k / n
            dot(img, x0 + t * (x1 - x0), y0 + t * (y1 - y0), colour, r)

def save(img, path):
    raw = b"".join(b"\x00" + b"".join(struct.pack("BBBB", *p) for p in row) for row in img)
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)

def chaotic():
    img = canvas()
    x, y, z, dt, pts = 1.0, 1.0, 1.0, 0.005, []
    for step in range(6000):
        dx, dy, dz = 10 * (y - x), x * (28 - z) - y, x * y - 8 / 3 * z
        x, y, z = x + dt * dx, y + dt * dy, z + dt * dz
        if step > 200:
            pts.append((32 + 1.25 * x, 60 - 1.1 * z))
    curve(img, pts, (230, 120, 40), 0.7)
    return img

def langevin():
    img = canvas()
    f = lambda u: 44 - 26 * ((u * u - 1) ** 2) * 0.55
    pts = [(8 + (u + 1.6) / 3.2 * 48, f(u)) for u in [(-1.6 + 3.2 * k / 200) for k in range(201)]]
    curve(img, pts, (60, 130, 220), 1.4)
    for u, h in [(-1.0, 0), (-0.9, 3), (-1.1, 5), (1.0, 0), (0.95, 4), (1.1, 2)]:
        dot(img, 8 + (u + 1.6) / 3.2 * 48, f(u) - 4 - h, (240, 90, 60), 2.2)
    return img

def diffusion():
    img = canvas()
    for k in range(8):
        a = 2 * math.pi * k / 8
        for s in range(10):
            r = 2 + s * 2.4
            dot(img, 32 + r * math.cos(a + 0.15 * s), 32 + r * math.sin(a + 0.15 * s), (90, 90, 220) if s < 9 else (230, 60, 90), 0.9 if s < 9 else 2.6)
    return img

def bridge():
    img = canvas()
    for k in range(7):
        y0, y1 = 14 + 6 * k, 22 + 4 * k
        pts = [(10 + t * 44, y0 + (y1 - y0) * t + 5 * math.sin(math.pi * t) * ((k % 3) - 1)) for t in [i / 40 for i in range(41)]]
        curve(img, pts, (120, 120, 140), 0.6)
        dot(img, 10, y0, (60, 130, 220), 2.2)
        dot(img, 54, y1, (230, 120, 40), 2.2)
    return img

def latent():
    img = canvas()
    colours = [(60, 130, 220), (230, 120, 40), (80, 180, 100)]
    for c, phase in zip(colours, [0.0, 0.7, 1.4]):
        pts = [(32 + (18 + 4 * math.sin(3 * t + phase)) * math.cos(t + phase), 32 + (12 + 3 * math.cos(2 * t)) * math.sin(t + phase)) for t in [i / 60 * 2 * math.pi for i in range(61)]]
        curve(img, pts, c, 1.0)
    return img

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "icons")
for name, draw in [("chaotic", chaotic), ("langevin", langevin), ("diffusion", diffusion), ("bridge", bridge), ("latent", latent)]:
    save(draw(), os.path.join(here, name + ".png"))
