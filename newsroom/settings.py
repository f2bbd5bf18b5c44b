"""The settings several newsroom plugins share, with their defaults.

Settings that one plugin owns carry that plugin's prefix and are documented
in its module (``NEWSROOM_CONTENT_*``, ``NEWSROOM_I18N_*``,
``NEWSROOM_THEME_*``). These two are the site's own:

``NEWSROOM_LANGUAGES``
    The site's languages in display order; ``DEFAULT_LANG`` must be one.
``NEWSROOM_BUILD_TIME``
    The moment the build publishes as of (an aware datetime); ``None`` means
    now. Releases dated later are embargoed and written nowhere; campaigns
    are current or past relative to it.
``NEWSROOM_PREVIEW_SITEURL``
    The absolute address of the site when ``SITEURL`` is not absolute (the
    development build, served by ``invoke serve`` at http://127.0.0.1:8000):
    feeds, canonical links, sharing metadata and the sitemap need absolute
    addresses. An absolute ``SITEURL``, as in the publishing build, wins.
"""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit

from newsroom.problems import Problem

SHARED_DEFAULTS = {
    "NEWSROOM_LANGUAGES": ("en",),
    # the theme's catalogs (documented in plugins/newsroom_i18n/plugin.py);
    # read by every plugin that speaks and by `invoke check`
    "NEWSROOM_I18N_TEMPLATES_LANG": "en",
    "NEWSROOM_I18N_TRANSLATIONS": None,  # <THEME>/translations
    "NEWSROOM_BUILD_TIME": None,
    "NEWSROOM_PREVIEW_SITEURL": "http://127.0.0.1:8000",
}

# the content model's settings, read by the newsroom_content plugin and by
# `invoke check` alike (documented in plugins/newsroom_content/plugin.py)
CONTENT_DEFAULTS = {
    "NEWSROOM_CONTENT_DATA_FOLDER": "data",
    "NEWSROOM_CONTENT_PUBLIC_FILES": (
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
    ),
    "NEWSROOM_CONTENT_TERMS_SEVERITY": "warning",
    "NEWSROOM_CONTENT_MAX_IMAGE_BYTES": 400_000,
    "NEWSROOM_CONTENT_PREVIEW_UNPUBLISHED": False,
}


def apply_defaults(settings: dict, defaults: dict) -> None:
    """Fill in every setting of ``defaults`` that ``settings`` lacks."""
    for name, value in {**SHARED_DEFAULTS, **defaults}.items():
        settings.setdefault(name, value)


def is_main_site(settings: dict) -> bool:
    """Is this the Pelican run of the default language, not a language subsite?

    pelican-i18n-subsites runs one Pelican per other language, each with
    ``DEFAULT_LANG`` set to its language, which is then a key of
    ``I18N_SUBSITES``.
    """
    return settings["DEFAULT_LANG"] not in settings.get("I18N_SUBSITES", {})


def settings_problems(settings: dict, publishing: bool = False) -> list[Problem]:
    """What is wrong with the site-wide settings, each with its fix.

    ``publishing`` also requires an absolute ``SITEURL``: feeds, canonical
    links and the sitemap are useless to journalists and crawlers without one.
    """
    problems = []
    severity = settings.get("NEWSROOM_CONTENT_TERMS_SEVERITY", "warning")
    if severity not in ("warning", "error"):
        problems.append(
            f"NEWSROOM_CONTENT_TERMS_SEVERITY is {severity!r}; use 'warning' or 'error'"
        )
    build_time = settings.get("NEWSROOM_BUILD_TIME")
    if build_time is not None and (
        not isinstance(build_time, datetime.datetime) or build_time.tzinfo is None
    ):
        problems.append(
            f"NEWSROOM_BUILD_TIME is {build_time!r}; give a datetime with its time "
            "zone, e.g. datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo('Europe/Minsk'))"
        )
    siteurl = settings.get("SITEURL") or ""
    # a development build may serve the site from a path ("/press")
    relative_allowed = not publishing and siteurl.startswith("/")
    if (siteurl or publishing) and not relative_allowed:
        problem = siteurl_problem(siteurl)
        if problem:
            problems.append(
                f"SITEURL is {siteurl!r}: {problem}; set NEWSROOM_SITEURL to the "
                "address the site is published at, e.g. https://example.org/press"
            )
    return [Problem("settings", 1, message) for message in problems]


def siteurl_problem(url: str) -> str:
    """Why ``url`` cannot be the site's address, or "" if it can."""
    if not url:
        return "it is empty"
    if any(c.isspace() for c in url):
        return "it contains a space"
    unsafe = sorted(set(url) & set('"<>\\^`{|}'))
    if unsafe:
        return f"it contains {''.join(unsafe)!r}, which an address cannot"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "it must start with https:// (or http://) and a host name"
    try:
        parts.port  # noqa: B018 - raises for a port out of range
    except ValueError:
        return "its port must be a number from 1 to 65535"
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        return "it must not have a ?query or #fragment"
    if "@" in parts.netloc:
        return "it must not contain a user name"
    return ""


def is_absolute(url: str) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def absolute_siteurl(settings: dict) -> str:
    """The site's absolute address: SITEURL if absolute, else the preview's."""
    if is_absolute(settings["SITEURL"]):
        return settings["SITEURL"].rstrip("/")
    return (settings.get("NEWSROOM_PREVIEW_SITEURL") or settings["SITEURL"]).rstrip("/")
