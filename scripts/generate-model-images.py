#!/usr/bin/env python3
"""Draw the illustrations of the "Dân vận khéo" model pages.

Every model page content/mo-hinh/<slug>.md names an image `anh/<slug>.png` (relative to the page)
and describes it in `image_alt`. This script draws those images: 640 x 400 flat illustrations
made of rectangles, circles, ellipses and polygons (a desk and people, fields and houses, a road,
a lake...), in a palette chosen by the model's field (`field:` in its front matter), inside a
visible frame. They are decorative drawings, not photographs, and show no text.

The scene of each model is listed in SCENES below; a model page without a scene, or a scene
without a model page, is an error, so the two stay in step.

Output: content/mo-hinh/anh/<slug>.png, 8-bit RGB PNG, filter 0, zlib level 9. Deterministic:
no randomness, no timestamps, no metadata chunks; running it twice gives byte-identical files.
Python 3 standard library only (zlib and struct write the PNG).

Usage (from the repository root or anywhere):  python3 scripts/generate-model-images.py
"""

import math
import os
import re
import struct
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS_DIR = os.path.join(ROOT, "content", "mo-hinh")
IMAGES_DIR = os.path.join(MODELS_DIR, "anh")

WIDTH, HEIGHT = 640, 400


def hex_colour(text):
    return (int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16))


# One palette per field: background, primary, secondary, accent, dark (frame), light.
PALETTES = {
    "cai-cach-hanh-chinh": {  # blues
        "bg": "#DCEBF7", "pri": "#2F6DB5", "sec": "#8DB8E3", "acc": "#F2B134",
        "dark": "#1B3A5F", "light": "#F4F9FD"},
    "tiep-cong-dan": {  # teals
        "bg": "#DDF2EE", "pri": "#1F8A7A", "sec": "#8ED1C4", "acc": "#E8704A",
        "dark": "#0F4B43", "light": "#F3FBF9"},
    "nong-thon-moi": {  # greens
        "bg": "#E3F1F8", "pri": "#4E9A2F", "sec": "#A8D57E", "acc": "#C8553D",
        "dark": "#2C5A1A", "light": "#F5FBEF"},
    "kinh-te-xa-hoi": {  # ambers
        "bg": "#FBEBD3", "pri": "#D9822B", "sec": "#F2C07D", "acc": "#3C7A3B",
        "dark": "#6B3A0E", "light": "#FFF8EE"},
    "quoc-phong-an-ninh": {  # olives
        "bg": "#E9ECD8", "pri": "#5B6B2E", "sec": "#B5C07A", "acc": "#C62828",
        "dark": "#2F3817", "light": "#F8F9F0"},
    "van-hoa-xa-hoi": {  # purples
        "bg": "#F1E4F3", "pri": "#8E44AD", "sec": "#D2A8E0", "acc": "#E84A7F",
        "dark": "#4A1F5C", "light": "#FCF6FD"},
}

# Colours shared by every field.
SKIN = hex_colour("#E0AC7D")
SKIN2 = hex_colour("#C68C60")
HAIR = hex_colour("#2B211C")
WHITE = hex_colour("#FFFFFF")
WOOD = hex_colour("#8A5A35")
WOOD_DARK = hex_colour("#5E3B20")
THATCH = hex_colour("#6E4A2E")
GREY = hex_colour("#9AA3AB")
GREY_DARK = hex_colour("#5F676E")
CONCRETE = hex_colour("#C9C6BE")
RED = hex_colour("#D32F2F")
YELLOW = hex_colour("#F6C744")
BLUE_BIN = hex_colour("#2E6FBF")
GREEN_BIN = hex_colour("#3E8E41")
ORANGE_BIN = hex_colour("#E98B2A")
LEAF = hex_colour("#3F8F3A")
LEAF_DARK = hex_colour("#2D6B2A")
WATER = hex_colour("#5BA7C9")
WATER_LIGHT = hex_colour("#8CC7DF")
MOUNTAIN = hex_colour("#7FA37A")
MOUNTAIN_FAR = hex_colour("#A9C3A3")


def mix(a, b, t):
    """Colour a moved a fraction t towards colour b."""
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))


class Canvas:
    """An RGB raster with span-filled shapes (no anti-aliasing: flat colours compress well)."""

    def __init__(self, width, height, colour):
        self.width = width
        self.height = height
        self.pixels = bytearray(bytes(colour) * (width * height))

    def span(self, y, x0, x1, colour):
        """Fill pixels x0 <= x < x1 of row y, clipped to the canvas."""
        if y < 0 or y >= self.height:
            return
        x0 = max(0, int(x0))
        x1 = min(self.width, int(x1))
        if x1 <= x0:
            return
        start = (y * self.width + x0) * 3
        self.pixels[start:start + (x1 - x0) * 3] = bytes(colour) * (x1 - x0)

    def rect(self, x0, y0, x1, y1, colour):
        for y in range(int(y0), int(y1)):
            self.span(y, x0, x1, colour)

    def ellipse(self, cx, cy, rx, ry, colour):
        for y in range(int(math.floor(cy - ry)), int(math.ceil(cy + ry)) + 1):
            dy = (y + 0.5 - cy) / ry
            if abs(dy) >= 1:
                continue
            dx = rx * math.sqrt(1 - dy * dy)
            self.span(y, round(cx - dx), round(cx + dx), colour)

    def circle(self, cx, cy, r, colour):
        self.ellipse(cx, cy, r, r, colour)

    def polygon(self, points, colour):
        """Even-odd scanline fill, sampling each row at its centre."""
        ys = [p[1] for p in points]
        n = len(points)
        for y in range(int(math.floor(min(ys))), int(math.ceil(max(ys))) + 1):
            sy = y + 0.5
            xs = []
            for i in range(n):
                (ax, ay), (bx, by) = points[i], points[(i + 1) % n]
                if (ay <= sy < by) or (by <= sy < ay):
                    xs.append(ax + (sy - ay) * (bx - ax) / (by - ay))
            xs.sort()
            for j in range(0, len(xs) - 1, 2):
                self.span(y, round(xs[j]), round(xs[j + 1]), colour)

    def line(self, x0, y0, x1, y1, width, colour):
        length = math.hypot(x1 - x0, y1 - y0)
        if length == 0:
            return
        nx, ny = -(y1 - y0) / length * width / 2, (x1 - x0) / length * width / 2
        self.polygon([(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny),
                      (x0 - nx, y0 - ny)], colour)

    def rounded_rect(self, x0, y0, x1, y1, r, colour):
        self.rect(x0 + r, y0, x1 - r, y1, colour)
        self.rect(x0, y0 + r, x1, y1 - r, colour)
        for cx, cy in ((x0 + r, y0 + r), (x1 - r, y0 + r), (x0 + r, y1 - r), (x1 - r, y1 - r)):
            self.circle(cx, cy, r, colour)

    def frame(self, outer, inner):
        """A dark border 12 px wide with a light line 3 px wide inside it."""
        w, h = self.width, self.height
        self.rect(0, 0, w, 12, outer)
        self.rect(0, h - 12, w, h, outer)
        self.rect(0, 0, 12, h, outer)
        self.rect(w - 12, 0, w, h, outer)
        self.rect(12, 12, w - 12, 15, inner)
        self.rect(12, h - 15, w - 12, h - 12, inner)
        self.rect(12, 12, 15, h - 12, inner)
        self.rect(w - 15, 12, w - 12, h - 12, inner)

    def png(self):
        raw = bytearray()
        stride = self.width * 3
        for y in range(self.height):
            raw.append(0)  # filter type 0 (None)
            raw += self.pixels[y * stride:(y + 1) * stride]

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------------
# Building blocks


def person(c, x, feet, shirt, scale=1.0, skin=SKIN, hair=HAIR, legs=None, seated=False):
    """A standing (or seated) person centred on x with feet at y = feet."""
    s = scale
    legs = legs or mix(shirt, (30, 30, 40), 0.55)
    if seated:
        body_bottom = feet - 22 * s
        c.rect(x - 13 * s, body_bottom, x + 13 * s, feet - 14 * s, legs)  # thighs
        c.rect(x - 13 * s, feet - 16 * s, x - 5 * s, feet, legs)
        c.rect(x + 5 * s, feet - 16 * s, x + 13 * s, feet, legs)
    else:
        body_bottom = feet - 34 * s
        c.rect(x - 10 * s, body_bottom, x - 2 * s, feet, legs)
        c.rect(x + 2 * s, body_bottom, x + 10 * s, feet, legs)
    top = body_bottom - 40 * s
    c.rounded_rect(x - 15 * s, top, x + 15 * s, body_bottom + 2 * s, 7 * s, shirt)
    c.circle(x, top - 13 * s, 13 * s, skin)
    c.ellipse(x, top - 20 * s, 13 * s, 7 * s, hair)


def baby(c, x, y, blanket):
    c.ellipse(x, y, 13, 9, blanket)
    c.circle(x - 10, y - 6, 7, SKIN)


def house(c, x, base, w, h, wall, roof, door=WOOD_DARK):
    c.rect(x, base - h, x + w, base, wall)
    c.polygon([(x - 10, base - h), (x + w / 2, base - h - h * 0.75), (x + w + 10, base - h)], roof)
    c.rect(x + w * 0.4, base - h * 0.6, x + w * 0.6, base, door)


def stilt_house(c, x, base, w, wall, roof):
    """A nhà sàn: posts, a floor on stilts, a wall and a large hipped roof."""
    floor = base - 34
    for px in range(int(x + 6), int(x + w - 4), max(1, int((w - 12) / 4))):
        c.rect(px, floor, px + 6, base, WOOD_DARK)
    c.rect(x, floor - 6, x + w, floor, WOOD_DARK)
    c.rect(x + 8, floor - 46, x + w - 8, floor - 6, wall)
    c.rect(x + w * 0.45, floor - 36, x + w * 0.58, floor - 6, WOOD_DARK)
    c.polygon([(x - 14, floor - 44), (x + w * 0.22, floor - 96), (x + w * 0.78, floor - 96),
               (x + w + 14, floor - 44)], roof)
    c.line(x + w * 0.6, floor + 2, x + w * 0.78, base, 5, WOOD_DARK)  # ladder


def tree(c, x, base, r, leaves=LEAF, trunk=WOOD):
    c.rect(x - r * 0.18, base - r * 1.6, x + r * 0.18, base, trunk)
    c.circle(x, base - r * 1.8, r, leaves)
    c.circle(x - r * 0.6, base - r * 1.4, r * 0.7, leaves)
    c.circle(x + r * 0.6, base - r * 1.4, r * 0.7, leaves)


def mountains(c, horizon, near=MOUNTAIN, far=MOUNTAIN_FAR):
    c.polygon([(15, horizon), (15, horizon - 70), (120, horizon - 150), (230, horizon - 60),
               (330, horizon - 140), (470, horizon - 50), (560, horizon - 130), (625, horizon - 80),
               (625, horizon)], far)
    c.polygon([(15, horizon), (15, horizon - 30), (90, horizon - 80), (200, horizon - 20),
               (300, horizon - 75), (420, horizon - 15), (520, horizon - 90), (625, horizon - 35),
               (625, horizon)], near)


def sun(c, x, y, colour=YELLOW):
    c.circle(x, y, 26, colour)


def field_rows(c, x0, y0, x1, y1, base, stripe, gap=14):
    c.rect(x0, y0, x1, y1, base)
    y = y0 + gap // 2
    while y < y1:
        c.rect(x0, y, x1, min(y + 4, y1), stripe)
        y += gap


def chair(c, x, feet, colour):
    c.rect(x - 16, feet - 26, x + 16, feet - 20, colour)
    c.rect(x - 16, feet - 20, x - 12, feet, colour)
    c.rect(x + 12, feet - 20, x + 16, feet, colour)


# ---------------------------------------------------------------------------------------------
# Scenes: one function per kind of picture; each model page names one in SCENES.


def scene_counter(c, p):
    """A one-stop-shop counter with three officers behind it, a notice board, people waiting."""
    c.rect(0, 270, WIDTH, HEIGHT, mix(p["sec"], WHITE, 0.4))  # floor
    c.rect(170, 40, 470, 86, p["pri"])  # sign board
    for i, w in enumerate((220, 180, 240)):
        c.rect(190, 50 + i * 11, 190 + w, 55 + i * 11, p["light"])
    c.rect(60, 100, 150, 220, p["light"])  # notice board of procedures
    for i in range(6):
        c.rect(70, 112 + i * 17, 140 - (i % 3) * 14, 119 + i * 17, p["sec"])
    for x, shirt in ((270, p["pri"]), (370, p["acc"]), (470, p["pri"])):
        person(c, x, 270, shirt)
    c.rect(220, 236, 560, 300, p["dark"])  # counter
    c.rect(220, 230, 560, 238, p["acc"])
    c.rect(300, 202, 340, 224, GREY_DARK)  # a screen on the counter
    c.rect(304, 206, 336, 220, p["sec"])
    c.rect(316, 224, 324, 230, GREY_DARK)
    c.rect(80, 318, 210, 328, WOOD_DARK)  # waiting bench
    for x, shirt in ((100, p["acc"]), (150, p["sec"]), (196, mix(p["pri"], WHITE, 0.3))):
        person(c, x, 352, shirt, scale=0.8, seated=True)
    c.rect(80, 328, 88, 356, WOOD_DARK)
    c.rect(202, 328, 210, 356, WOOD_DARK)


def scene_mediation(c, p):
    """Three people at a table between two fields, a stilt house and hills behind."""
    mountains(c, 190)
    c.rect(15, 190, 625, HEIGHT, mix(p["sec"], LEAF, 0.25))
    stilt_house(c, 250, 200, 150, mix(WOOD, WHITE, 0.35), THATCH)
    field_rows(c, 20, 230, 200, 385, hex_colour("#9CCB6B"), hex_colour("#7DB04F"))
    field_rows(c, 440, 230, 620, 385, hex_colour("#B6D77C"), hex_colour("#8FBF5A"))
    c.rect(250, 300, 390, 312, WOOD)  # table
    c.rect(260, 312, 268, 350, WOOD_DARK)
    c.rect(372, 312, 380, 350, WOOD_DARK)
    person(c, 230, 350, p["pri"], seated=True)
    person(c, 410, 350, p["acc"], seated=True)
    person(c, 320, 300, p["dark"], scale=0.9)
    c.rect(290, 290, 350, 300, WHITE)  # the record on the table


def scene_tree_desk(c, p):
    """A desk under a big tree in a village; an officer behind it and a family with a baby."""
    c.rect(15, 250, 625, HEIGHT, mix(p["sec"], LEAF, 0.35))
    stilt_house(c, 430, 250, 150, mix(WOOD, WHITE, 0.4), THATCH)
    tree(c, 170, 260, 70, LEAF_DARK)
    c.rect(120, 280, 300, 292, p["dark"])  # desk
    c.rect(130, 292, 138, 340, p["dark"])
    c.rect(282, 292, 290, 340, p["dark"])
    person(c, 210, 300, p["pri"], scale=0.9, seated=True)
    c.rect(170, 270, 205, 282, WHITE)  # register book
    c.rect(230, 268, 270, 282, p["acc"])
    person(c, 360, 360, p["acc"])
    baby(c, 362, 308, WHITE)
    person(c, 410, 360, p["sec"], scale=0.95)


def scene_phone(c, p):
    """A person holding a large phone, two speech bubbles and a feedback box."""
    c.rect(15, 300, 625, HEIGHT, mix(p["sec"], WHITE, 0.3))
    c.rounded_rect(250, 60, 390, 330, 18, p["dark"])  # phone
    c.rect(264, 88, 376, 296, p["light"])
    for i in range(4):
        c.rounded_rect(274, 100 + i * 46, 366 - (i % 2) * 30, 132 + i * 46, 8,
                       p["sec"] if i % 2 else p["pri"])
    c.circle(320, 312, 8, GREY)
    person(c, 170, 370, p["acc"], scale=1.2)
    c.ellipse(500, 110, 80, 44, p["pri"])  # speech bubbles
    c.polygon([(460, 140), (440, 180), (490, 150)], p["pri"])
    c.ellipse(130, 90, 70, 38, p["sec"])
    c.polygon([(150, 118), (170, 150), (120, 124)], p["sec"])
    for i in range(3):
        c.circle(105 + i * 25, 90, 7, p["light"])
    c.rect(460, 230, 580, 340, p["acc"])  # feedback box
    c.rect(490, 250, 550, 258, p["dark"])
    c.rect(512, 340, 528, 380, GREY_DARK)


def scene_board(c, p):
    """A notice board with a bar chart in front of a community house; two people look at it."""
    sun(c, 560, 70)
    c.rect(15, 280, 625, HEIGHT, mix(p["sec"], LEAF, 0.3))
    house(c, 380, 282, 200, 90, mix(WOOD, WHITE, 0.5), p["dark"])
    c.rect(120, 300, 130, 380, WOOD_DARK)  # board posts
    c.rect(330, 300, 340, 380, WOOD_DARK)
    c.rect(100, 120, 360, 310, p["light"])
    c.rect(100, 120, 360, 132, p["pri"])
    for i, h in enumerate((70, 110, 90, 140, 60)):
        c.rect(130 + i * 44, 290 - h, 160 + i * 44, 290, p["pri"] if i % 2 == 0 else p["acc"])
    c.rect(120, 290, 340, 294, p["dark"])
    person(c, 420, 385, p["acc"])
    person(c, 470, 385, p["sec"], scale=0.9)


def scene_map_meeting(c, p):
    """People seated in a row before a large map on an easel; a road being built behind."""
    mountains(c, 170)
    c.rect(15, 170, 625, HEIGHT, mix(p["sec"], LEAF, 0.3))
    c.polygon([(380, 170), (420, 170), (625, 300), (625, 340), (520, 340)], CONCRETE)
    c.polygon([(410, 170), (420, 170), (625, 290), (625, 300)], GREY)
    c.polygon([(560, 250), (600, 250), (610, 280), (550, 280)], p["acc"])  # roadwork barrier
    c.line(90, 330, 150, 130, 6, WOOD_DARK)  # easel legs
    c.line(290, 330, 230, 130, 6, WOOD_DARK)
    c.rect(80, 110, 300, 260, p["light"])  # map
    c.polygon([(95, 130), (180, 120), (240, 160), (285, 140), (285, 245), (200, 230),
               (120, 250), (95, 200)], p["sec"])
    c.polygon([(150, 160), (210, 150), (230, 200), (170, 215)], p["pri"])
    c.line(95, 240, 285, 150, 4, p["acc"])
    for i, shirt in enumerate((p["pri"], p["acc"], p["dark"], p["sec"], p["pri"])):
        person(c, 290 + i * 62, 385, shirt, scale=0.85, seated=True)


def scene_road(c, p):
    """A concrete road between rice fields leading to a village of stilt houses."""
    sun(c, 540, 70)
    mountains(c, 170)
    field_rows(c, 15, 170, 625, 385, hex_colour("#A6CF6A"), hex_colour("#8ABB52"), gap=18)
    stilt_house(c, 230, 178, 90, mix(WOOD, WHITE, 0.4), THATCH)
    stilt_house(c, 340, 178, 80, mix(WOOD, WHITE, 0.3), p["acc"])
    c.polygon([(300, 180), (340, 180), (520, 385), (120, 385)], CONCRETE)
    for y in range(200, 385, 34):
        t = (y - 180) / 205
        c.rect(318 - 4 * t, y, 322 + 4 * t, y + 14, WHITE)
    for x, base, r in ((110, 300, 26), (60, 360, 30), (540, 300, 26), (590, 365, 30)):
        tree(c, x, base, r, p["pri"])


def scene_clean_village(c, p):
    """Houses on a slope, an animal pen set apart, bins and trees along a path."""
    c.polygon([(15, 230), (300, 170), (625, 210), (625, HEIGHT), (15, HEIGHT)],
              mix(p["sec"], LEAF, 0.2))
    c.polygon([(15, 150), (160, 90), (320, 140), (470, 80), (625, 130), (625, 190), (300, 172),
               (15, 232)], MOUNTAIN_FAR)
    for x, base, roof in ((60, 260, p["acc"]), (230, 240, p["pri"]), (400, 250, p["acc"])):
        house(c, x, base, 110, 60, mix(WOOD, WHITE, 0.55), roof)
    c.rect(530, 270, 610, 310, WOOD)  # pen
    c.polygon([(522, 270), (570, 245), (618, 270)], THATCH)
    for x in range(536, 606, 12):
        c.rect(x, 280, x + 4, 310, WOOD_DARK)
    c.polygon([(250, 385), (330, 385), (300, 250), (280, 250)], CONCRETE)  # path
    for x, colour in ((350, GREEN_BIN), (380, BLUE_BIN), (410, ORANGE_BIN)):
        c.rect(x, 330, x + 24, 370, colour)
        c.rect(x - 2, 324, x + 26, 332, GREY_DARK)
    for x, base in ((130, 360), (190, 340), (470, 370)):
        tree(c, x, base, 24, LEAF_DARK)


def scene_tea(c, p):
    """Rows of tea bushes on a hill, a picker carrying a basket, a small house below."""
    sun(c, 90, 70, p["sec"])
    c.polygon([(15, 300), (200, 120), (420, 150), (625, 100), (625, HEIGHT), (15, HEIGHT)],
              hex_colour("#7DB55A"))
    for row in range(6):
        y = 175 + row * 38
        for col in range(12):
            x = 40 + col * 52 + (row % 2) * 26
            if y > 300 - (x - 15) * 0.9:  # below the hillside line only
                c.ellipse(x, y, 24, 13, LEAF_DARK if (row + col) % 3 else LEAF)
    house(c, 470, 380, 100, 55, mix(WOOD, WHITE, 0.5), p["pri"])
    person(c, 320, 372, p["acc"], scale=1.1)
    c.polygon([(334, 280), (366, 280), (360, 330), (340, 330)], WOOD)  # basket on the back
    c.rect(332, 276, 368, 282, WOOD_DARK)


def scene_market(c, p):
    """Stalls with striped awnings, tables of produce boxes and buyers in front."""
    c.rect(15, 300, 625, HEIGHT, mix(p["sec"], WHITE, 0.4))
    for i in range(3):
        x = 40 + i * 195
        c.rect(x + 6, 150, x + 14, 300, WOOD_DARK)
        c.rect(x + 166, 150, x + 174, 300, WOOD_DARK)
        for k in range(6):  # striped awning with scalloped edge
            colour = p["pri"] if k % 2 == 0 else p["light"]
            c.polygon([(x + k * 30, 120), (x + k * 30 + 30, 120), (x + k * 30 + 30, 160),
                       (x + k * 30, 160)], colour)
            c.circle(x + k * 30 + 15, 160, 15, colour)
        c.rect(x, 240, x + 180, 256, WOOD)  # table
        for b in range(4):
            colour = (p["acc"], p["sec"], hex_colour("#B5532A"), p["acc"])[(b + i) % 4]
            c.rect(x + 12 + b * 42, 206, x + 46 + b * 42, 240, colour)
    for x, shirt in ((120, p["dark"]), (300, p["acc"]), (350, p["sec"]), (520, p["pri"])):
        person(c, x, 380, shirt)


def scene_gathering(c, p):
    """People sitting in a circle in front of a stilt house, a small tray, bunting above."""
    mountains(c, 180)
    c.rect(15, 180, 625, HEIGHT, mix(p["sec"], WHITE, 0.2))
    stilt_house(c, 220, 200, 200, mix(WOOD, WHITE, 0.35), THATCH)
    c.line(20, 60, 620, 90, 3, p["dark"])  # bunting
    for i in range(12):
        x = 40 + i * 50
        y = 61 + (x - 20) * 30 / 600
        c.polygon([(x, y), (x + 26, y + 1.3), (x + 13, y + 26)], p["acc"] if i % 2 else p["pri"])
    c.ellipse(320, 320, 48, 16, WOOD)  # tray
    c.circle(305, 312, 8, WHITE)
    c.circle(330, 310, 8, p["acc"])
    for i in range(8):
        a = math.pi * (0.1 + i * 0.8 / 7)
        x = 320 + 170 * math.cos(a + math.pi)
        feet = 345 - 40 * math.sin(a)
        shirt = (p["pri"], p["acc"], p["dark"], p["sec"])[i % 4]
        person(c, x, feet, shirt, scale=0.8, seated=True)
    person(c, 320, 392, p["pri"], scale=0.9, seated=True)


def scene_border(c, p):
    """Green mountains, a flagpole on a hill, three people talking in front of a stilt house."""
    c.polygon([(15, 260), (15, 150), (140, 70), (260, 160), (380, 60), (520, 150), (625, 90),
               (625, 260)], MOUNTAIN_FAR)
    c.polygon([(15, 280), (15, 210), (160, 140), (300, 210), (440, 120), (625, 200), (625, 280)],
              MOUNTAIN)
    c.rect(15, 270, 625, HEIGHT, mix(p["sec"], LEAF, 0.3))
    c.rect(438, 60, 443, 126, GREY_DARK)  # flagpole on the peak
    c.rect(443, 62, 483, 88, RED)
    c.polygon([(463, 67), (466, 74), (474, 74), (468, 79), (470, 86), (463, 81), (456, 86),
               (458, 79), (452, 74), (460, 74)], YELLOW)
    stilt_house(c, 60, 290, 170, mix(WOOD, WHITE, 0.35), THATCH)
    person(c, 330, 370, p["pri"])
    person(c, 385, 372, p["dark"])
    person(c, 440, 370, p["acc"], scale=0.95)
    tree(c, 560, 360, 30, LEAF_DARK)


def scene_lake(c, p):
    """A blue lake between mountains, a passenger boat, red life buoys on a wooden pier."""
    c.polygon([(15, 230), (15, 80), (120, 60), (220, 190), (250, 230)], MOUNTAIN)
    c.polygon([(625, 230), (625, 70), (520, 90), (420, 200), (390, 230)], MOUNTAIN)
    c.polygon([(200, 230), (300, 130), (350, 160), (440, 230)], MOUNTAIN_FAR)
    c.rect(15, 225, 625, HEIGHT, WATER)
    for y in range(245, 385, 26):
        for x in range(40 + (y % 52), 600, 110):
            c.rect(x, y, x + 40, y + 3, WATER_LIGHT)
    c.polygon([(250, 300), (450, 300), (420, 340), (280, 340)], p["pri"])  # boat
    c.rect(300, 264, 400, 300, p["light"])
    c.rect(296, 258, 404, 266, p["dark"])
    for x in (320, 350, 380):
        c.circle(x, 282, 8, SKIN)
        c.rect(x - 7, 290, x + 7, 300, p["acc"])
    c.rect(470, 320, 625, 334, WOOD)  # pier
    for x in (480, 540, 600):
        c.rect(x, 334, x + 8, 385, WOOD_DARK)
    for x in (510, 570):
        c.circle(x, 300, 16, RED)
        c.circle(x, 300, 7, WATER)
        c.rect(x - 2, 284, x + 2, 288, WHITE)
        c.rect(x - 2, 312, x + 2, 316, WHITE)


def scene_clinic(c, p):
    """A health station with a red cross; a mother holding a baby and a health worker."""
    sun(c, 560, 70)
    mountains(c, 200)
    c.rect(15, 200, 625, HEIGHT, mix(p["sec"], LEAF, 0.25))
    c.rect(140, 170, 440, 300, p["light"])  # station
    c.polygon([(120, 172), (290, 100), (460, 172)], p["pri"])
    c.rect(270, 220, 320, 300, p["dark"])
    c.rect(170, 200, 230, 250, p["sec"])
    c.rect(350, 200, 410, 250, p["sec"])
    c.rect(275, 128, 305, 140, RED)  # red cross
    c.rect(284, 119, 296, 149, RED)
    person(c, 460, 385, p["acc"])
    baby(c, 462, 333, WHITE)
    person(c, 530, 385, WHITE, scale=1.05, legs=GREY_DARK)
    c.rect(532, 324, 544, 328, RED)  # small red cross on the coat
    c.rect(536, 320, 540, 332, RED)
    tree(c, 80, 330, 28, LEAF_DARK)


def scene_street(c, p):
    """A street of town houses, trees on the pavement and three sorting bins."""
    widths = (90, 110, 80, 120, 100, 90)
    heights = (170, 210, 150, 230, 180, 200)
    x = 15
    for i, (w, h) in enumerate(zip(widths, heights)):
        wall = (p["sec"], p["light"], mix(p["pri"], WHITE, 0.5), p["sec"],
                mix(p["acc"], WHITE, 0.55), p["light"])[i]
        c.rect(x, 290 - h, x + w, 290, wall)
        for wy in range(290 - h + 20, 270, 40):
            for wx in range(x + 14, x + w - 20, 30):
                c.rect(wx, wy, wx + 16, wy + 20, p["dark"])
        x += w
    c.rect(15, 290, 625, 320, CONCRETE)  # pavement
    c.rect(15, 320, 625, HEIGHT, GREY_DARK)  # street
    for x in range(40, 620, 90):
        c.rect(x, 356, x + 46, 362, WHITE)
    for x in (70, 330, 560):
        tree(c, x, 312, 24, LEAF_DARK)
    for x, colour in ((170, GREEN_BIN), (200, ORANGE_BIN), (230, BLUE_BIN)):
        c.rect(x, 276, x + 24, 312, colour)
        c.rect(x - 2, 270, x + 26, 278, GREY_DARK)
    person(c, 440, 318, p["acc"], scale=0.8)
    person(c, 475, 318, p["pri"], scale=0.7)


SCENES = {
    "mot-cua-than-thien-tuan-giao": scene_counter,
    "to-hoa-giai-ba-cung-quai-cang": scene_mediation,
    "ho-tich-luu-dong-den-ban": scene_tree_desk,
    "lang-nghe-dan-sau-sap-xep": scene_phone,
    "ngan-sach-xa-de-hieu": scene_board,
    "doi-thoai-truoc-thu-hoi-dat-sau": scene_map_meeting,
    "hien-dat-mo-duong-ang-cang": scene_road,
    "ban-sach-nha-sach-dien-bien-dong": scene_clean_village,
    "che-shan-tuyet-ta-phin": scene_tea,
    "dong-hanh-tieu-thu-nong-san": scene_market,
    "cuoi-van-minh-tang-tiet-kiem": scene_gathering,
    "to-tu-quan-ban-bien-gioi-chung-chai": scene_border,
    "ben-do-an-toan-muong-lay": scene_lake,
    "me-tron-con-vuong-tai-tram-y-te": scene_clinic,
    "to-dan-pho-van-minh-dien-bien-phu": scene_street,
}


def model_fields():
    """slug -> field, read from the `field:` line of each model page's front matter."""
    fields = {}
    for name in sorted(os.listdir(MODELS_DIR)):
        if not name.endswith(".md") or name == "index.md":
            continue
        with open(os.path.join(MODELS_DIR, name), encoding="utf-8") as f:
            text = f.read()
        match = re.match(r"---\n(.*?)\n---\n", text, re.S)
        field = match and re.search(r"^field:\s*(\S+)\s*$", match.group(1), re.M)
        if not field:
            sys.exit(f"{name}: no front matter with a field")
        fields[name[:-3]] = field.group(1)
    return fields


def main():
    fields = model_fields()
    missing = sorted(set(fields) - set(SCENES))
    extra = sorted(set(SCENES) - set(fields))
    if missing or extra:
        sys.exit(f"models without a scene: {missing}; scenes without a model: {extra}")
    os.makedirs(IMAGES_DIR, exist_ok=True)
    for slug in sorted(SCENES):
        field = fields[slug]
        if field not in PALETTES:
            sys.exit(f"{slug}.md: unknown field {field}")
        palette = {k: hex_colour(v) for k, v in PALETTES[field].items()}
        canvas = Canvas(WIDTH, HEIGHT, palette["bg"])
        SCENES[slug](canvas, palette)
        canvas.frame(palette["dark"], palette["light"])
        data = canvas.png()
        path = os.path.join(IMAGES_DIR, slug + ".png")
        with open(path, "wb") as f:
            f.write(data)
        print(f"{os.path.relpath(path, ROOT)}  {len(data)} bytes")


if __name__ == "__main__":
    main()
