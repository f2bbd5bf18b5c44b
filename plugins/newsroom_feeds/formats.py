"""The three feed formats: Atom 1.0, RSS 2.0 and JSON Feed 1.1.

Atom and RSS are feedgenerator's (the library Pelican itself uses), extended
with what journalists' readers expect: the full text in RSS
(``content:encoded``), the lead photo with its credit as a Media RSS element,
and the time of the last correction (``dcterms:modified`` in RSS, ``updated``
in Atom). JSON Feed is plain JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from feedgenerator.django.utils.feedgenerator import rfc3339_date
from markupsafe import escape

MEDIA_NS = "http://search.yahoo.com/mrss/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DCTERMS_NS = "http://purl.org/dc/terms/"


@dataclass
class FeedPhoto:
    url: str  # absolute
    media_type: str
    size: int
    width: int
    height: int
    alt: str
    credit: str  # the name, without "Photo:"
    licence: str


@dataclass
class FeedItem:
    """One release as every format needs it; every URL absolute."""

    id: str
    url: str
    title: str
    summary: str  # plain text
    content_html: str
    published: object  # aware datetime
    updated: object
    # (term, label): the category key or tag slug, and the words readers see
    categories: list[tuple[str, str]] = field(default_factory=list)
    photo: FeedPhoto | None = None


@dataclass
class FeedInfo:
    """The feed itself."""

    id: str
    title: str
    subtitle: str
    home_url: str
    feed_url: str
    language: str
    author: str
    author_url: str


def _photo_elements(handler, photo: FeedPhoto) -> None:
    handler.startElement(
        "media:content",
        {
            "url": photo.url,
            "type": photo.media_type,
            "medium": "image",
            "fileSize": str(photo.size),
            "width": str(photo.width),
            "height": str(photo.height),
        },
    )
    handler.addQuickElement("media:description", photo.alt)
    handler.addQuickElement("media:credit", photo.credit)
    handler.addQuickElement("media:license", photo.licence)
    handler.endElement("media:content")


class NewsroomAtom(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        # a category's term is its key; its label is what readers see
        for term, label in item["labelled_categories"]:
            handler.addQuickElement("category", "", {"term": term, "label": label})
        if item.get("photo"):
            _photo_elements(handler, item["photo"])


class NewsroomRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:media": MEDIA_NS,
            "xmlns:content": CONTENT_NS,
            "xmlns:dcterms": DCTERMS_NS,
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for _term, label in item["labelled_categories"]:
            handler.addQuickElement("category", label)
        if item["content"]:
            handler.addQuickElement("content:encoded", item["content"])
        if item["updateddate"]:
            handler.addQuickElement(
                "dcterms:modified", rfc3339_date(item["updateddate"])
            )
        if item.get("photo"):
            _photo_elements(handler, item["photo"])


def syndication_feed(kind: str, info: FeedInfo, items: list[FeedItem]):
    """An Atom or RSS feedgenerator object holding ``items`` in order."""
    feed_class = NewsroomAtom if kind == "atom" else NewsroomRss
    feed = feed_class(
        title=info.title,
        link=info.home_url,
        description=info.subtitle,
        subtitle=info.subtitle,
        language=info.language,
        feed_url=info.feed_url,
        feed_guid=info.id,
        author_name=info.author,
        author_link=info.author_url,
    )
    for item in items:
        enclosures = []
        if item.photo:
            enclosures = [
                Enclosure(item.photo.url, str(item.photo.size), item.photo.media_type)
            ]
        feed.add_item(
            title=item.title,
            link=item.url,
            # both formats read the summary as HTML: escape the plain text
            description=str(escape(item.summary)),
            content=item.content_html,
            unique_id=item.id,
            unique_id_is_permalink=False,
            pubdate=item.published,
            updateddate=item.updated,
            labelled_categories=item.categories,
            author_name=info.author,
            enclosures=enclosures,
            photo=item.photo,
        )
    return feed


def json_feed(info: FeedInfo, items: list[FeedItem]) -> str:
    """A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/)."""
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": info.title,
        "description": info.subtitle,
        "home_page_url": info.home_url,
        "feed_url": info.feed_url,
        "language": info.language,
        "authors": [{"name": info.author, "url": info.author_url}],
        "items": [],
    }
    for item in items:
        entry = {
            "id": item.id,
            "url": item.url,
            "title": item.title,
            "summary": item.summary,
            "content_html": item.content_html,
            "date_published": item.published.isoformat(),
            "date_modified": item.updated.isoformat(),
            "tags": [label for _term, label in item.categories],
            "language": info.language,
        }
        if item.photo:
            entry["image"] = item.photo.url
            # extension keys start with "_" (JSON Feed 1.1, section 5)
            entry["_photo"] = {
                "alt": item.photo.alt,
                "credit": item.photo.credit,
                "licence": item.photo.licence,
            }
        document["items"].append(entry)
    return json.dumps(document, ensure_ascii=False, indent=1)
