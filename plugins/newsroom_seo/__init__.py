"""Adds canonical links, Open Graph, JSON-LD, a multilingual sitemap and robots.txt."""

from .plugin import register  # noqa: F401
