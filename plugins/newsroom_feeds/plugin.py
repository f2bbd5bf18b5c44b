"""Feeds journalists can rely on: Atom, RSS and JSON Feed per language.

For each language site: ``all.atom.xml``, ``all.rss.xml`` and ``all.json``
with every published release of that language, and ``<category>.atom.xml``
and ``<category>.rss.xml`` per category. Every URL in them is absolute, the
text is complete, the lead photo travels with its credit, and an item's id
and position never change when a release is corrected: ids come from the
release's key, language and first publication date, items are ordered by
publication date, and a correction only moves the item's ``updated`` time.
Pelican's own feeds are off (``FEED_*`` settings are ``None``).

Settings (defaults in ``DEFAULTS``):

``NEWSROOM_FEEDS_ID_AUTHORITY``
    The domain in the items' ``tag:`` ids; it never changes with the host
    the site is served from (a preview host gives the same ids).
``NEWSROOM_FEEDS_PATH``
    Where the feeds of a language are written: ``{lang}/feeds/``.
``NEWSROOM_FEEDS_MAX_ITEMS``
    How many of the newest releases a feed holds.

Template globals it adds: ``feed_links(category=None)`` for ``<head>``, and
``feed_catalogue(categories)`` for the list of feeds in the media room.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import lxml.html
from markupsafe import escape
from pelican import signals

from newsroom import catalogs, languages
from newsroom.settings import absolute_siteurl, apply_defaults, is_absolute

from .formats import FeedInfo, FeedItem, FeedPhoto, json_feed, syndication_feed

logger = logging.getLogger(__name__)

DEFAULTS = {
    "NEWSROOM_FEEDS_ID_AUTHORITY": "border-service.example",
    "NEWSROOM_FEEDS_PATH": "{lang}/feeds/",
    "NEWSROOM_FEEDS_MAX_ITEMS": 50,
}

FORMATS = {
    "atom": ("atom.xml", "application/atom+xml", "Atom"),
    "rss": ("rss.xml", "application/rss+xml", "RSS"),
    "json": ("json", "application/feed+json", "JSON Feed"),
}


class SettingsError(Exception):
    """A setting that cannot work; the message names it and the fix."""


def check_settings(pelican) -> None:
    """Feeds need an absolute address: refuse to start without one."""
    settings = pelican.settings
    apply_defaults(settings, DEFAULTS)
    base = absolute_siteurl(settings)
    if not is_absolute(base):
        raise SettingsError(
            f"NEWSROOM_PREVIEW_SITEURL is {base!r}: feeds need an absolute address "
            "like 'https://press.example.org' (or an absolute SITEURL)"
        )
    # pages link to "<SITEURL path>/media/...": the feeds' address must put
    # the site at that same path, or links inside the feeds lead nowhere
    site_path = urlsplit(settings["SITEURL"]).path.rstrip("/")
    feeds_path = urlsplit(base).path.rstrip("/")
    if site_path != feeds_path:
        raise SettingsError(
            f"NEWSROOM_PREVIEW_SITEURL {base!r} puts the site at {feeds_path or '/'!r} "
            f"but SITEURL {settings['SITEURL']!r} at {site_path or '/'!r}; make the "
            "paths agree"
        )


def feed_path(settings: dict, name: str, kind: str) -> str:
    """Where the feed ``name`` ("all" or a category key) of ``kind`` is."""
    return f"{settings['NEWSROOM_FEEDS_PATH']}{name}.{FORMATS[kind][0]}"


def _absolute(base: str, url: str) -> str:
    return urljoin(base + "/", url)


def _absolute_html(page_url: str, html: str) -> str:
    """``html`` with every address absolute, as if read at ``page_url``.

    Root-relative links (``/media/...``) get the site's host; a footnote or
    ``#section`` link stays on the release's own page.
    """
    if not html.strip():
        return html
    fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    fragment.make_links_absolute(page_url, resolve_base_href=False)
    text = escape(fragment.text or "")
    return str(text) + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in fragment
    )


class _Feeds:
    """Everything one language site needs to write its feeds."""

    def __init__(self, generator):
        self.settings = generator.settings
        self.lang = self.settings["DEFAULT_LANG"]
        self.base = absolute_siteurl(self.settings)
        self.output = Path(generator.output_path)
        self.translation = catalogs.translation_for(self.settings, self.lang)
        self.labels = self.settings["NEWSROOM_MODEL_CONTEXT"].categories
        # a release is in the feed of all and in its category's: built once
        self._items: dict[str, FeedItem] = {}

    def _(self, message: str) -> str:
        return self.translation.gettext(message)

    def info(self, name: str, kind: str, title: str) -> FeedInfo:
        authority = self.settings["NEWSROOM_FEEDS_ID_AUTHORITY"]
        return FeedInfo(
            id=f"tag:{authority},2026:{self.lang}/feeds/{name}",
            title=title,
            subtitle=self._(
                "News, campaigns and press contacts of the State Border Service"
            ),
            home_url=_absolute(self.base, self.settings["INDEX_URL"]),
            feed_url=_absolute(self.base, feed_path(self.settings, name, kind)),
            language=self.lang,
            author=self._("State Border Service"),
            author_url=_absolute(self.base, self.settings["INDEX_URL"]),
        )

    def item_once(self, article) -> FeedItem:
        if article.source_path not in self._items:
            self._items[article.source_path] = self.item(article)
        return self._items[article.source_path]

    def item(self, article) -> FeedItem:
        authority = self.settings["NEWSROOM_FEEDS_ID_AUTHORITY"]
        published = article.date
        updated = getattr(article, "modified", None) or published
        parts = []
        correction = getattr(article, "correction", None)
        if correction:
            # the same words and date as on the release's page
            day = languages.format_date(
                updated,
                self.lang,
                self.settings.get(
                    "NEWSROOM_THEME_DATE_FORMAT", languages.DEFAULT_DATE_PATTERN
                ),
                ZoneInfo(self.settings["TIMEZONE"]),
            )
            updated_on = self._("Updated on %(date)s") % {"date": day}
            parts.append(
                f"<p><strong>{escape(self._('Correction'))}:</strong> "
                f"{escape(correction)} <em>({escape(updated_on)})</em></p>"
            )
        photo = None
        lead = getattr(article, "lead_image", None)
        if lead:
            url = _absolute(self.base, lead.url)
            photo = FeedPhoto(
                url=url,
                media_type=lead.media_type,
                size=lead.size,
                width=lead.width,
                height=lead.height,
                alt=lead.alt,
                credit=lead.credit,
                licence=lead.licence,
            )
            parts.append(
                f'<figure><img src="{escape(url)}" alt="{escape(lead.alt)}" '
                f'width="{lead.width}" height="{lead.height}">'
                f"<figcaption>{escape(lead.credit_line)}</figcaption></figure>"
            )
        parts.append(article.content)
        label = self.labels[article.category.slug].labels[self.lang]
        url = _absolute(self.base, article.url)
        tags = getattr(article, "tags", [])
        return FeedItem(
            id=f"tag:{authority},{published:%Y-%m-%d}:{article.lang}/news/{article.key}",
            url=url,
            title=article.title,
            summary=article.summary,
            content_html=_absolute_html(url, "\n".join(parts)),
            published=published,
            updated=updated,
            categories=[(article.category.slug, label)]
            + [(tag.slug, str(tag)) for tag in tags],
            photo=photo,
        )

    def write(self, name: str, title: str, articles, kinds=("atom", "rss")) -> None:
        newest = sorted(articles, key=lambda a: a.date, reverse=True)
        items = [
            self.item_once(a)
            for a in newest[: self.settings["NEWSROOM_FEEDS_MAX_ITEMS"]]
        ]
        for kind in kinds:
            info = self.info(name, kind, title)
            target = self.output / feed_path(self.settings, name, kind)
            target.parent.mkdir(parents=True, exist_ok=True)
            if kind == "json":
                target.write_text(json_feed(info, items), encoding="utf-8")
            else:
                with target.open("w", encoding="utf-8") as out:
                    syndication_feed(kind, info, items).write(out, "utf-8")
            logger.debug("%s: %s feed of %d items", target, kind, len(items))


def write_feeds(generator, writer=None) -> None:
    """Write this language's feeds: everything, and one per category."""
    feeds = _Feeds(generator)
    feeds.write(
        "all",
        feeds._("Press releases of the State Border Service"),
        generator.articles,
        kinds=("atom", "rss", "json"),
    )
    for category, articles in generator.categories:
        label = feeds.labels[category.slug].labels[feeds.lang]
        title = feeds._("%(category)s: press releases of the State Border Service")
        feeds.write(category.slug, title % {"category": label}, articles)
    logger.info(
        "%s: feeds of %d releases and %d categories written",
        feeds.lang,
        len(generator.articles),
        len(generator.categories),
    )


def add_template_helpers(generator) -> None:
    settings = generator.settings
    apply_defaults(settings, DEFAULTS)
    model = settings.get("NEWSROOM_MODEL_CONTEXT")

    def link(name: str, kind: str, title: str) -> dict:
        return {
            "url": feed_path(settings, name, kind),
            "type": FORMATS[kind][1],
            "format": FORMATS[kind][2],
            "title": title,
        }

    def feed_links(category=None) -> list[dict]:
        """The feeds a page advertises in its <head>."""
        links = [link("all", kind, FORMATS[kind][2]) for kind in FORMATS]
        if category is not None:
            label = model.categories[category.slug].labels[settings["DEFAULT_LANG"]]
            links += [
                link(category.slug, kind, f"{label} ({FORMATS[kind][2]})")
                for kind in ("atom", "rss")
            ]
        return links

    def feed_catalogue(categories) -> list[dict]:
        """Every feed of this language: all releases, then each category."""
        lang = settings["DEFAULT_LANG"]
        rows = [{"name": None, "links": [link("all", k, "") for k in FORMATS]}]
        labels = {c.slug: model.categories[c.slug].labels[lang] for c, _ in categories}
        for slug in sorted(
            labels, key=lambda slug: languages.collation_key(labels[slug])
        ):
            rows.append(
                {
                    "name": labels[slug],
                    "links": [link(slug, k, "") for k in ("atom", "rss")],
                }
            )
        return rows

    generator.env.globals.update(feed_links=feed_links, feed_catalogue=feed_catalogue)


def register():
    signals.initialized.connect(check_settings)
    signals.generator_init.connect(add_template_helpers)
    signals.article_writer_finalized.connect(write_feeds)
