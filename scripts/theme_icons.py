"""Draw the theme's icons from the service's emblem (run once; output committed).

Writes theme/static/icons/: favicon.svg, favicon-32.png, apple-touch-icon.png
(180 px) and icon-192.png / icon-512.png for the web manifest.
Usage: python scripts/theme_icons.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PIL import Image
from sample_illustrations import LOGO_SVG, logo_png

ICONS = Path(__file__).resolve().parent.parent / "theme" / "static" / "icons"
BACKGROUND = (255, 255, 255, 255)


def square(emblem: Image.Image, size: int, margin: float) -> Image.Image:
    """The emblem centred on a white square of ``size`` pixels."""
    canvas = Image.new("RGBA", (size, size), BACKGROUND)
    inner = int(size * (1 - 2 * margin))
    scaled = emblem.copy()
    scaled.thumbnail((inner, inner), Image.Resampling.LANCZOS)
    canvas.alpha_composite(
        scaled, ((size - scaled.width) // 2, (size - scaled.height) // 2)
    )
    return canvas.convert("RGB")


if __name__ == "__main__":
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "favicon.svg").write_text(LOGO_SVG, encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        drawn = Path(folder) / "emblem.png"
        logo_png(drawn)
        emblem = Image.open(drawn).convert("RGBA")
        for name, size, margin in (
            ("favicon-32.png", 32, 0.02),
            ("apple-touch-icon.png", 180, 0.1),
            ("icon-192.png", 192, 0.1),
            ("icon-512.png", 512, 0.1),
        ):
            square(emblem, size, margin).save(ICONS / name, optimize=True)
            print(ICONS / name, (ICONS / name).stat().st_size, "bytes")
