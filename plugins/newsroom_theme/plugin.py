"""Template helpers of the newsroom theme: dates, labels, campaigns, sizes.

Everything shown to readers is formatted here for the language of the site
being rendered, with Babel, never with the machine's locale.

Settings (defaults in ``DEFAULTS``):

``NEWSROOM_THEME_DATE_FORMAT`` / ``NEWSROOM_THEME_TIME_FORMAT``
    CLDR patterns for dates and times ("d MMMM y" gives "3 снежня 2026").

Template filters it adds: ``date``, ``time``, ``category_label``,
``file_size``, ``alphabetical`` (sorts by the Unicode collation order, so
that і, ў and ё sit where Belarusian and Russian readers expect them),
``by_label`` (categories in the order of their labels).
Globals: ``current_campaigns(pages)``, ``upcoming_campaigns(pages)``,
``past_campaigns(pages)``, ``campaign_dates(page)``, ``language_dir(code)``,
``CONTACTS``, ``TODAY``.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from babel.units import format_unit
from pelican import signals

from newsroom import languages
from newsroom.settings import apply_defaults

DEFAULTS = {
    "NEWSROOM_THEME_DATE_FORMAT": languages.DEFAULT_DATE_PATTERN,
    "NEWSROOM_THEME_TIME_FORMAT": languages.DEFAULT_TIME_PATTERN,
}


def campaigns_of(pages) -> list:
    """The campaign pages among ``pages``, newest start first."""
    found = [p for p in pages if getattr(p, "kind", None) == "campaign"]
    return sorted(found, key=lambda p: p.campaign_start, reverse=True)


def campaign_phase(campaign, today: datetime.date) -> str:
    """upcoming, current or past, as of ``today``."""
    end = getattr(campaign, "campaign_end", None)
    if campaign.campaign_start > today:
        return "upcoming"
    if end is not None and end < today:
        return "past"
    return "current"


def human_size(size: int, lang: str) -> str:
    """A file size as readers say it: "120 КБ", "1,4 MB"."""
    if size < 1000 * 1000:
        return format_unit(
            max(1, round(size / 1000)), "digital-kilobyte", "short", locale=lang
        )
    return format_unit(
        size / 1000 / 1000, "digital-megabyte", "short", format="#,##0.#", locale=lang
    )


def alphabetical(items, attribute: str | None = None):
    """Sort by the Unicode Collation Algorithm, not by code point."""

    def key(item):
        value = item
        for name in (attribute or "").split("."):
            if name:
                value = value[int(name)] if name.isdigit() else getattr(value, name)
        return languages.collation_key(str(value).casefold())

    return sorted(items, key=key)


def add_template_helpers(generator) -> None:
    settings = generator.settings
    apply_defaults(settings, DEFAULTS)
    lang = settings["DEFAULT_LANG"]
    zone = ZoneInfo(settings["TIMEZONE"])
    model = settings["NEWSROOM_MODEL_CONTEXT"]
    today = model.now.astimezone(zone).date()

    def format_day(moment, in_lang=None):
        return languages.format_date(
            moment, in_lang or lang, settings["NEWSROOM_THEME_DATE_FORMAT"], zone
        )

    def format_time(moment, in_lang=None):
        return languages.format_time(
            moment, in_lang or lang, settings["NEWSROOM_THEME_TIME_FORMAT"], zone
        )

    def category_label(category, in_lang=None):
        key = getattr(category, "slug", category)
        return model.categories[key].labels[in_lang or lang]

    def campaign_dates(campaign):
        """Start and end (or None) of a campaign, formatted for this site."""
        end = getattr(campaign, "campaign_end", None)
        return {
            "start": format_day(campaign.campaign_start),
            "end": format_day(end) if end else None,
        }

    def campaigns_in(phase):
        return lambda pages: [
            c for c in campaigns_of(pages) if campaign_phase(c, today) == phase
        ]

    generator.env.globals.update(
        current_campaigns=campaigns_in("current"),
        upcoming_campaigns=campaigns_in("upcoming"),
        past_campaigns=campaigns_in("past"),
        campaign_dates=campaign_dates,
        language_dir=lambda code: languages.language(code).direction,
        CONTACTS=model.contacts,
        TODAY=today,
    )
    generator.env.filters.update(
        date=format_day,
        time=format_time,
        category_label=category_label,
        file_size=lambda size: human_size(size, lang),
        alphabetical=alphabetical,
        by_label=lambda pairs: sorted(
            pairs, key=lambda pair: languages.collation_key(category_label(pair[0]))
        ),
    )


def register():
    signals.generator_init.connect(add_template_helpers)
