"""Draw the illustrations of the sample content (run once; output committed).

The sample site has no real photographs: these flat drawings stand in for
them, and their alt texts in the Markdown describe exactly what is drawn.
Usage: python scripts/sample_illustrations.py
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw

CONTENT = Path(__file__).resolve().parent.parent / "content"
SIZE = (1200, 675)


def sky(draw, top, bottom, height):
    for y in range(height):
        t = y / height
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (SIZE[0], y)], fill=colour)


def checkpoint_queue(path):
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    sky(draw, (205, 222, 235), (235, 240, 242), 400)
    draw.rectangle([0, 400, 1200, 675], fill=(120, 150, 95))
    draw.polygon([(520, 400), (680, 400), (1100, 675), (100, 675)], fill=(90, 92, 96))
    draw.rectangle([760, 250, 880, 400], fill=(235, 235, 225), outline=(60, 60, 60))
    draw.rectangle([780, 280, 860, 330], fill=(150, 190, 215))
    for i in range(9):
        colour = (200, 40, 40) if i % 2 else (245, 245, 245)
        draw.rectangle([420 + i * 36, 385, 456 + i * 36, 397], fill=colour)
    cars = [
        (470, 455, (40, 90, 160)),
        (380, 520, (180, 60, 50)),
        (560, 520, (230, 230, 230)),
    ]
    for x, y, colour in cars:
        draw.rounded_rectangle([x, y, x + 110, y + 55], 10, fill=colour)
        draw.ellipse([x + 10, y + 45, x + 35, y + 70], fill=(30, 30, 30))
        draw.ellipse([x + 75, y + 45, x + 100, y + 70], fill=(30, 30, 30))
    draw.rounded_rectangle([300, 580, 560, 665], 12, fill=(240, 180, 40))
    for i in range(5):
        draw.rectangle([315 + i * 48, 595, 350 + i * 48, 625], fill=(170, 210, 230))
    image.save(path, quality=78, optimize=True, progressive=True)


def river_rescue(path):
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    sky(draw, (40, 50, 90), (200, 120, 90), 330)
    draw.rectangle([0, 330, 1200, 675], fill=(25, 40, 55))
    for i in range(40):
        y = 350 + i * 8
        draw.line(
            [(random.randint(0, 1100), y), (random.randint(0, 1200), y)],
            fill=(45, 65, 85),
        )
    for x in range(0, 1200, 14):
        height = random.randint(60, 140)
        draw.line(
            [(x, 675), (x + random.randint(-8, 8), 675 - height)],
            fill=(70, 85, 40),
            width=4,
        )
    draw.polygon([(430, 430), (800, 430), (760, 490), (470, 490)], fill=(240, 110, 30))
    draw.rectangle([560, 380, 660, 430], fill=(230, 230, 230))
    draw.ellipse([640, 360, 700, 380], fill=(255, 240, 180))
    image.save(path, quality=78, optimize=True, progressive=True)


def new_lanes(path):
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    sky(draw, (190, 215, 235), (230, 238, 245), 300)
    draw.rectangle([0, 300, 1200, 675], fill=(95, 98, 102))
    draw.rectangle([80, 170, 1120, 215], fill=(30, 90, 70))
    for x in (120, 400, 800, 1080):
        draw.rectangle([x - 10, 215, x + 10, 420], fill=(200, 200, 200))
    for i, x in enumerate((250, 530, 670, 950)):
        draw.polygon(
            [(x - 40 - i * 10, 675), (x - 28 - i * 6, 675), (x - 2, 300), (x + 2, 300)],
            fill=(245, 245, 245),
        )
    for x in (180, 460, 740, 1000):
        draw.rectangle([x, 225, x + 60, 250], fill=(120, 200, 120))
    image.save(path, quality=78, optimize=True, progressive=True)


def forest_search(path):
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    sky(draw, (210, 220, 215), (235, 235, 225), 300)
    draw.rectangle([0, 300, 1200, 675], fill=(70, 95, 55))
    draw.polygon([(560, 300), (640, 300), (900, 675), (300, 675)], fill=(160, 130, 90))
    for x in range(0, 1200, 90):
        if 420 < x < 760:
            continue
        top = random.randint(40, 120)
        draw.rectangle([x + 38, 200, x + 50, 520], fill=(110, 70, 40))
        draw.polygon([(x, 420), (x + 88, 420), (x + 44, top)], fill=(30, 80, 45))
    for x in (560, 660):
        draw.ellipse([x, 380, x + 30, 410], fill=(230, 190, 160))
        draw.rectangle([x - 5, 410, x + 35, 490], fill=(255, 200, 0))
        draw.rectangle([x - 5, 440, x + 35, 450], fill=(200, 200, 200))
        draw.rectangle([x, 490, x + 12, 540], fill=(40, 50, 70))
        draw.rectangle([x + 18, 490, x + 30, 540], fill=(40, 50, 70))
    image.save(path, quality=78, optimize=True, progressive=True)


def wetland(path):
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    sky(draw, (170, 200, 230), (225, 235, 240), 330)
    draw.rectangle([0, 330, 1200, 675], fill=(110, 135, 70))
    for i in range(6):
        y = 380 + i * 48
        draw.polygon(
            [(0, y), (1200, y + 30), (1200, y + 52), (0, y + 20)], fill=(90, 140, 170)
        )
    for x in range(0, 1200, 12):
        draw.line(
            [(x, 675), (x + 4, 600 - random.randint(0, 40))],
            fill=(150, 140, 70),
            width=3,
        )
    for x, y in ((300, 150), (360, 180), (420, 140), (800, 120), (850, 150)):
        draw.line([(x - 25, y), (x, y + 12), (x + 25, y)], fill=(40, 40, 40), width=4)
    image.save(path, quality=78, optimize=True, progressive=True)


def bar_chart(path):
    image = Image.new("RGB", SIZE, (246, 246, 242))
    draw = ImageDraw.Draw(image)
    draw.line([(120, 580), (1100, 580)], fill=(60, 60, 60), width=4)
    draw.line([(120, 100), (120, 580)], fill=(60, 60, 60), width=4)
    for i in range(8):
        height = 60 + i * 55
        x = 170 + i * 115
        draw.rectangle(
            [x, 580 - height, x + 80, 578],
            fill=(25, 95, 75) if i % 2 else (40, 120, 95),
        )
    image.save(path, quality=82, optimize=True, progressive=True)


def road_sign_poster(path):
    image = Image.new("RGB", (800, 1000), (244, 242, 236))
    draw = ImageDraw.Draw(image)
    draw.rectangle([380, 420, 420, 950], fill=(120, 120, 120))
    draw.polygon(
        [(150, 200), (560, 200), (680, 330), (560, 460), (150, 460)], fill=(20, 110, 60)
    )
    draw.polygon(
        [
            (240, 300),
            (440, 300),
            (440, 250),
            (560, 330),
            (440, 410),
            (440, 360),
            (240, 360),
        ],
        fill=(255, 255, 255),
    )
    draw.rectangle(
        [560, 760, 700, 900], fill=(235, 235, 225), outline=(60, 60, 60), width=4
    )
    for i in range(6):
        colour = (200, 40, 40) if i % 2 else (250, 250, 250)
        draw.rectangle([470 + i * 15, 860, 485 + i * 15, 872], fill=colour)
    image.save(path, optimize=True)


def winter_poster(path):
    image = Image.new("RGB", (800, 1000), (225, 236, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 650, 800, 1000], fill=(190, 215, 230))
    draw.line([(0, 760), (800, 720)], fill=(150, 180, 200), width=6)
    cx, cy = 400, 300
    for angle in range(0, 360, 60):
        import math

        dx, dy = (
            math.cos(math.radians(angle)) * 160,
            math.sin(math.radians(angle)) * 160,
        )
        draw.line([(cx, cy), (cx + dx, cy + dy)], fill=(40, 90, 150), width=14)
    draw.polygon(
        [(600, 620), (700, 800), (500, 800)], fill=(250, 200, 0), outline=(40, 40, 40)
    )
    draw.rectangle([594, 680, 606, 750], fill=(40, 40, 40))
    draw.ellipse([592, 762, 608, 778], fill=(40, 40, 40))
    image.save(path, optimize=True)


LOGO_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 240"
 width="200" height="240">
<title>State Border Service emblem</title>
<path d="M100 8 L188 40 V120 C188 176 148 214 100 232 C52 214 12 176 12 120 V40 Z"
 fill="#14513f"/>
<path d="M100 30 L166 54 V120 C166 162 137 192 100 208 C63 192 34 162 34 120 V54 Z"
 fill="none" stroke="#ffffff" stroke-width="6"/>
<path d="M100 60 V190" stroke="#ffbf47" stroke-width="10" stroke-dasharray="18 12"/>
<circle cx="100" cy="104" r="22" fill="#ffffff"/>
</svg>
"""


def logo_png(path):
    image = Image.new("RGBA", (800, 960), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    scale = 4

    def shield(inset):
        top, side, bottom = 8 + inset, 12 + inset, 232 - inset
        points = [(100, top), (200 - side, 40 + inset / 2), (200 - side, 120)]
        points += [(100 + (100 - side) * 0.55, 200 - inset / 2), (100, bottom)]
        points += [(100 - (100 - side) * 0.55, 200 - inset / 2), (side, 120)]
        points += [(side, 40 + inset / 2)]
        return [(x * scale, y * scale) for x, y in points]

    draw.polygon(shield(0), fill=(20, 81, 63))
    draw.line(shield(22) + shield(22)[:1], fill=(255, 255, 255), width=24)
    for y in range(60, 190, 30):
        draw.rectangle(
            [96 * scale, y * scale, 104 * scale, (y + 18) * scale], fill=(255, 191, 71)
        )
    draw.ellipse(
        [78 * scale, 82 * scale, 122 * scale, 126 * scale], fill=(255, 255, 255)
    )
    image.save(path, optimize=True)


def press_photo(path):
    image = Image.new("RGB", (2400, 1350))
    draw = ImageDraw.Draw(image)
    for y in range(800):
        t = y / 800
        draw.line(
            [(0, y), (2400, y)],
            fill=(int(20 + 40 * t), int(30 + 50 * t), int(70 + 60 * t)),
        )
    draw.rectangle([0, 800, 2400, 1350], fill=(45, 48, 52))
    draw.rectangle([300, 420, 2100, 500], fill=(20, 81, 63))
    for x in range(360, 2100, 290):
        draw.rectangle([x, 500, x + 30, 840], fill=(190, 190, 190))
        draw.ellipse([x - 20, 505, x + 50, 530], fill=(255, 240, 190))
    for x in range(400, 2000, 300):
        draw.polygon(
            [(x, 1350), (x + 40, 1350), (x + 140, 820), (x + 130, 820)],
            fill=(230, 230, 230),
        )
    image.save(path, quality=80, optimize=True, progressive=True)


DRAWINGS = {
    "news/checkpoint-traffic-november/lead.jpg": checkpoint_queue,
    "news/river-rescue-pripyat/lead.jpg": river_rescue,
    "news/brest-checkpoint-new-lanes/lead.jpg": new_lanes,
    "news/forest-search-hrodna/lead.jpg": forest_search,
    "news/drone-monitoring-wetlands/lead.jpg": wetland,
    "news/annual-report-2025/lead.jpg": bar_chart,
    "campaigns/safe-legal-travel/poster.png": road_sign_poster,
    "campaigns/winter-safety-border-zone/poster.png": winter_poster,
    "pages/press/logo.png": logo_png,
    "pages/press/checkpoint-at-night.jpg": press_photo,
}


if __name__ == "__main__":
    random.seed(2026)
    (CONTENT / "pages/press/logo.svg").write_text(LOGO_SVG, encoding="utf-8")
    for relative, draw in DRAWINGS.items():
        target = CONTENT / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        draw(target)
        print(target.relative_to(CONTENT.parent), target.stat().st_size, "bytes")
