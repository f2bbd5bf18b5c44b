"""Builds one site per language under one URL scheme, with a safe switcher."""

from .plugin import register  # noqa: F401
