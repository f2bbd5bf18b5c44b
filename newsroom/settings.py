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

from urllib.parse import urlsplit

SHARED_DEFAULTS = {
    "NEWSROOM_LANGUAGES": ("en",),
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


def is_absolute(url: str) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def absolute_siteurl(settings: dict) -> str:
    """The site's absolute address: SITEURL if absolute, else the preview's."""
    if is_absolute(settings["SITEURL"]):
        return settings["SITEURL"].rstrip("/")
    return (settings.get("NEWSROOM_PREVIEW_SITEURL") or settings["SITEURL"]).rstrip("/")
