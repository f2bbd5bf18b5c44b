"""Gives each language's search page its strings, plural forms and folding rules."""

from .plugin import register  # noqa: F401
