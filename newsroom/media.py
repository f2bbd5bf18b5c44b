"""Facts about the image files that content uses, read once per file."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from PIL import Image, UnidentifiedImageError

# files in content folders that the site may publish; anything else there
# (notes, backups like ru.md~, office files) is never copied to the output
PUBLIC_FILE_TYPES = (
    ".jpg",
    ".jpeg",
    ".png",
    ".webp",
    ".gif",
    ".svg",
    ".pdf",
    ".mp3",
    ".mp4",
    ".zip",
)
IMAGE_TYPES = (".jpg", ".jpeg", ".png", ".webp", ".gif")


def image_size(path: Path) -> tuple[int, int]:
    """Width and height of the image at ``path``; ValueError if unreadable."""
    stat = os.stat(path)
    return _image_size(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8192)
def _image_size(path: str, mtime_ns: int, size: int) -> tuple[int, int]:
    try:
        with Image.open(path) as image:
            image.verify()
            return image.size
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise ValueError(f"is not an image that can be shown ({error})") from None
