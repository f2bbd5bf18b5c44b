"""The site's languages: codes, native names and localised dates, from Babel.

A language is data, not code: its name comes from the CLDR data in Babel,
its interface strings from a gettext catalog, its category labels from a
column in ``content/data/categories.csv``. Nothing here depends on the
machine's installed locales.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime

DEFAULT_DATE_PATTERN = "d MMMM y"
DEFAULT_TIME_PATTERN = "HH:mm"


@dataclass(frozen=True)
class Language:
    """One language of the site."""

    code: str
    name: str  # in the language itself, capitalised: "Беларуская"
    direction: str  # "ltr" or "rtl", for <html dir>


@cache
def language(code: str) -> Language:
    """Describe the language ``code``; raises ValueError if CLDR lacks it."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"unknown language code {code!r}") from None
    name = locale.get_display_name(code) or code
    return Language(
        code=code,
        name=name[:1].upper() + name[1:],
        direction=locale.character_order == "right-to-left" and "rtl" or "ltr",
    )


def format_date(
    moment: datetime.datetime | datetime.date,
    code: str,
    pattern: str = DEFAULT_DATE_PATTERN,
    timezone: datetime.tzinfo | None = None,
) -> str:
    """Format ``moment`` in language ``code``: "3 снежня 2026"."""
    if isinstance(moment, datetime.datetime):
        if timezone is not None:
            moment = moment.astimezone(timezone)
        return format_datetime(moment, pattern, locale=code)
    return babel_format_date(moment, pattern, locale=code)


def format_time(
    moment: datetime.datetime,
    code: str,
    pattern: str = DEFAULT_TIME_PATTERN,
    timezone: datetime.tzinfo | None = None,
) -> str:
    """Format the time of day of ``moment`` in language ``code``: "16:40"."""
    if timezone is not None:
        moment = moment.astimezone(timezone)
    return format_datetime(moment, pattern, locale=code)


@cache
def _collator():
    import pyuca  # its table takes a moment to load: only when sorting

    return pyuca.Collator()


def collation_key(text: str):
    """Sort key of ``text`` by the Unicode Collation Algorithm (pyuca):
    alphabetical order for Cyrillic and Latin alike, not code point order."""
    return _collator().sort_key(text)
