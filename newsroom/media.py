"""Facts about the image files that content uses, read once per file."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from PIL import Image, UnidentifiedImageError


def too_heavy(path: Path, max_bytes: int) -> str:
    """Why the photo at ``path`` is too heavy for a page, or "" if it is not."""
    weight = path.stat().st_size
    if weight <= max_bytes:
        return ""
    return (
        f"weighs {weight // 1000} kB; photos shown on pages must weigh under "
        f"{max_bytes // 1000} kB: save it about 1600 px wide at JPEG quality 80"
    )


IMAGE_TYPES = (".jpg", ".jpeg", ".png", ".webp", ".gif")
# images that need a credit when offered for download
CREDITED_TYPES = (*IMAGE_TYPES, ".svg")


def image_size(path: Path) -> tuple[int, int]:
    """Width and height of the image at ``path``; ValueError if unreadable.

    For an SVG drawing, its declared size (or its viewBox).
    """
    stat = os.stat(path)
    if str(path).lower().endswith(".svg"):
        return _svg_size(str(path), stat.st_mtime_ns)
    return _image_size(str(path), stat.st_mtime_ns, stat.st_size)


_SVG_TAG = re.compile(r"<svg\b[^>]*>", re.S)
_NUMBER = r"\s*=\s*[\"']\s*([0-9.]+)"


@lru_cache(maxsize=1024)
def _svg_size(path: str, mtime_ns: int) -> tuple[int, int]:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    tag = _SVG_TAG.search(text)
    if tag is None:
        raise ValueError("is not an SVG drawing (no <svg> element)")
    width = re.search(r"\bwidth" + _NUMBER, tag.group())
    height = re.search(r"\bheight" + _NUMBER, tag.group())
    if width and height:
        return round(float(width.group(1))), round(float(height.group(1)))
    box = re.search(r"viewBox\s*=\s*[\"']([-0-9.\s,]+)", tag.group())
    if box:
        numbers = [float(n) for n in re.split(r"[\s,]+", box.group(1).strip())]
        if len(numbers) == 4:
            return round(numbers[2]), round(numbers[3])
    raise ValueError("is an SVG drawing without a width, height or viewBox")


@lru_cache(maxsize=8192)
def _image_size(path: str, mtime_ns: int, size: int) -> tuple[int, int]:
    try:
        with Image.open(path) as image:
            image.verify()
            return image.size
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise ValueError(
            "is not an image that can be shown (damaged, or not a photo); "
            "export it again as JPEG or PNG"
        ) from None
