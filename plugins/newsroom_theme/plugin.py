"""Template helpers of the newsroom theme: dates, labels, campaigns, sizes.

Everything shown to readers is formatted here for the language of the site
being rendered, with Babel, never with the machine's locale.
"""

from __future__ import annotations

import datetime
import logging
from zoneinfo import ZoneInfo

from babel.units import format_unit
from pelican import signals

from newsroom import languages

logger = logging.getLogger(__name__)


def campaigns_of(pages) -> list:
    """The campaign pages among ``pages``, newest start first."""
    found = [p for p in pages if getattr(p, "kind", None) == "campaign"]
    return sorted(found, key=lambda p: p.campaign_start, reverse=True)


def is_running(campaign, today: datetime.date) -> bool:
    """Is the campaign still on (no end date, or not over yet)?"""
    end = getattr(campaign, "campaign_end", None)
    return end is None or end >= today


def human_size(size: int, lang: str) -> str:
    """A file size as readers say it: "120 КБ", "1,4 MB"."""
    if size < 1000 * 1000:
        return format_unit(
            max(1, round(size / 1000)), "digital-kilobyte", "short", locale=lang
        )
    return format_unit(
        size / 1000 / 1000, "digital-megabyte", "short", format="#,##0.#", locale=lang
    )


def add_template_helpers(generator) -> None:
    settings = generator.settings
    lang = settings["DEFAULT_LANG"]
    zone = ZoneInfo(settings["TIMEZONE"])
    model = settings["NEWSROOM_MODEL_CONTEXT"]
    today = model.now.astimezone(zone).date()
    date_pattern = settings["NEWSROOM_DATE_FORMAT"]

    def format_day(moment, in_lang=None):
        return languages.format_date(moment, in_lang or lang, date_pattern, zone)

    def format_time(moment, in_lang=None):
        return languages.format_time(
            moment, in_lang or lang, settings["NEWSROOM_TIME_FORMAT"], zone
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

    generator.env.globals.update(
        current_campaigns=lambda pages: [
            c for c in campaigns_of(pages) if is_running(c, today)
        ],
        past_campaigns=lambda pages: [
            c for c in campaigns_of(pages) if not is_running(c, today)
        ],
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
    )


def register():
    signals.generator_init.connect(add_template_helpers)
