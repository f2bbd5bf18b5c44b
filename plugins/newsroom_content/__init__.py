"""Reads stories, campaigns and pages through the newsroom's content model."""

from .plugin import register  # noqa: F401
