"""Gives the theme's templates localised dates, labels, campaigns and sizes."""

from .plugin import register  # noqa: F401
