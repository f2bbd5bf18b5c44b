"""Writes Atom, RSS and JSON feeds per language with stable ids and absolute URLs."""

from .plugin import register  # noqa: F401
