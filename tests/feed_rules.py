"""What the feed specifications require, checked element by element.

No offline feed validator exists on the registries; feedparser forgives
almost everything. These checks encode the requirements of RFC 4287 (Atom),
the RSS 2.0 specification and JSON Feed 1.1 that our readers depend on, plus
our own rule that every address in a feed is absolute. Each function returns
a list of readable violations; an empty list means the feed passes.
"""

from __future__ import annotations

import email.utils
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlsplit

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
)


def is_absolute(iri: str) -> bool:
    parts = urlsplit(iri)
    if parts.scheme == "tag":
        return bool(re.match(r"^tag:[^,]+,\d{4}(-\d{2}(-\d{2})?)?:.+", iri))
    return bool(parts.scheme and parts.netloc)


class _Addresses(HTMLParser):
    """Every href and src inside an HTML fragment."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.found.append(value)


def addresses_in_html(html: str) -> list[str]:
    parser = _Addresses()
    parser.feed(html)
    return parser.found


def _exactly_one(element, tag: str, where: str, problems: list[str]):
    found = element.findall(tag)
    if len(found) != 1:
        name = tag.replace(ATOM, "atom:")
        problems.append(f"{where} has {len(found)} {name}, must have exactly one")
    return found[0] if found else None


def check_atom(data: bytes) -> list[str]:
    """Violations of RFC 4287 (and of absolute addressing) in an Atom feed."""
    problems: list[str] = []
    feed = ET.fromstring(data)
    if feed.tag != f"{ATOM}feed":
        return [f"the root element is {feed.tag}, not atom:feed"]
    if not feed.get("{http://www.w3.org/XML/1998/namespace}lang"):
        problems.append("the feed declares no xml:lang")

    # the feed's own elements (RFC 4287, 4.1.1)
    for tag in ("id", "title", "updated"):
        element = _exactly_one(feed, ATOM + tag, "the feed", problems)
        if element is not None and tag == "id" and not is_absolute(element.text or ""):
            problems.append(f"the feed id {element.text!r} is not an absolute IRI")
        if (
            element is not None
            and tag == "updated"
            and not RFC3339.match(element.text or "")
        ):
            problems.append(f"the feed's updated {element.text!r} is not RFC 3339")
    self_links = [
        link for link in feed.findall(ATOM + "link") if link.get("rel") == "self"
    ]
    if len(self_links) != 1:
        problems.append(f"the feed has {len(self_links)} rel=self links, needs one")
    for link in feed.findall(ATOM + "link"):
        if not is_absolute(link.get("href", "")):
            problems.append(f"the feed link {link.get('href')!r} is not absolute")
    feed_has_author = feed.find(ATOM + "author/" + ATOM + "name") is not None

    # each entry (RFC 4287, 4.1.2)
    ids = set()
    for number, entry in enumerate(feed.findall(ATOM + "entry"), start=1):
        where = f"entry {number}"
        for tag in ("id", "title", "updated"):
            element = _exactly_one(entry, ATOM + tag, where, problems)
            if element is None:
                continue
            if tag == "id":
                if not is_absolute(element.text or ""):
                    problems.append(f"{where} id {element.text!r} is not absolute")
                if element.text in ids:
                    problems.append(f"{where} repeats the id {element.text!r}")
                ids.add(element.text)
            if tag == "updated" and not RFC3339.match(element.text or ""):
                problems.append(f"{where} updated {element.text!r} is not RFC 3339")
        published = entry.findall(ATOM + "published")
        if len(published) > 1:
            problems.append(f"{where} has {len(published)} atom:published")
        for element in published:
            if not RFC3339.match(element.text or ""):
                problems.append(f"{where} published {element.text!r} is not RFC 3339")
        if not feed_has_author and entry.find(ATOM + "author/" + ATOM + "name") is None:
            problems.append(f"{where} has no author and neither has the feed")
        alternates = [
            link
            for link in entry.findall(ATOM + "link")
            if link.get("rel", "alternate") == "alternate"
        ]
        if not alternates and entry.find(ATOM + "content") is None:
            problems.append(f"{where} has neither content nor an alternate link")
        for link in entry.findall(ATOM + "link"):
            if not is_absolute(link.get("href", "")):
                problems.append(f"{where} link {link.get('href')!r} is not absolute")
            if (
                link.get("rel") == "enclosure"
                and not (link.get("length") or "").isdigit()
            ):
                problems.append(f"{where} enclosure has no length in bytes")
        for tag in ("content", "summary"):
            element = entry.find(ATOM + tag)
            if element is not None and element.get("type") == "html":
                for address in addresses_in_html(element.text or ""):
                    if not is_absolute(address):
                        problems.append(
                            f"{where} {tag} links to {address!r}, not absolute"
                        )
    return problems


def check_rss(data: bytes) -> list[str]:
    """Violations of the RSS 2.0 specification (and of absolute addressing)."""
    problems: list[str] = []
    rss = ET.fromstring(data)
    if rss.tag != "rss" or rss.get("version") != "2.0":
        return ['the root element is not <rss version="2.0">']
    channel = _exactly_one(rss, "channel", "the feed", problems)
    if channel is None:
        return problems

    # required channel elements
    for tag in ("title", "link", "description"):
        element = _exactly_one(channel, tag, "the channel", problems)
        if (
            element is not None
            and tag == "link"
            and not is_absolute(element.text or "")
        ):
            problems.append(f"the channel link {element.text!r} is not absolute")
    if channel.find("language") is None:
        problems.append("the channel declares no language")
    if not any(link.get("rel") == "self" for link in channel.findall(ATOM + "link")):
        problems.append("the channel has no atom:link rel=self")
    for tag in ("pubDate", "lastBuildDate"):
        element = channel.find(tag)
        if element is not None and not _is_rfc822(element.text):
            problems.append(f"the channel {tag} {element.text!r} is not RFC 822")

    # each item: a title or a description; optional elements well-formed
    for number, item in enumerate(channel.findall("item"), start=1):
        where = f"item {number}"
        if item.find("title") is None and item.find("description") is None:
            problems.append(f"{where} has neither title nor description")
        link = item.find("link")
        if link is None or not is_absolute(link.text or ""):
            problems.append(f"{where} has no absolute link")
        guid = item.find("guid")
        if guid is None:
            problems.append(f"{where} has no guid")
        elif guid.get("isPermaLink", "true") == "true" and not is_absolute(guid.text):
            problems.append(f"{where} guid is a permalink but not an absolute URL")
        date = item.find("pubDate")
        if date is None or not _is_rfc822(date.text):
            problems.append(f"{where} pubDate is missing or not RFC 822")
        for enclosure in item.findall("enclosure"):
            if not is_absolute(enclosure.get("url", "")):
                problems.append(f"{where} enclosure url is not absolute")
            if not (enclosure.get("length") or "").isdigit() or not enclosure.get(
                "type"
            ):
                problems.append(f"{where} enclosure needs url, length and type")
        if len(item.findall("enclosure")) > 1:
            problems.append(f"{where} has more than one enclosure")
        encoded = item.find("{http://purl.org/rss/1.0/modules/content/}encoded")
        for address in addresses_in_html(encoded.text if encoded is not None else ""):
            if not is_absolute(address):
                problems.append(f"{where} content links to {address!r}, not absolute")
    return problems


def _is_rfc822(text: str | None) -> bool:
    try:
        return email.utils.parsedate_to_datetime(text or "") is not None
    except (TypeError, ValueError):
        return False


def check_json_feed(text: str) -> list[str]:
    """Violations of JSON Feed 1.1 (and of absolute addressing)."""
    problems: list[str] = []
    feed = json.loads(text)
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append(f"version is {feed.get('version')!r}")
    if not feed.get("title"):
        problems.append("the feed has no title")
    for key in ("home_page_url", "feed_url"):
        if not is_absolute(feed.get(key, "")):
            problems.append(f"{key} {feed.get(key)!r} is not absolute")
    if not isinstance(feed.get("items"), list):
        return [*problems, "items is not a list"]
    ids = set()
    for number, item in enumerate(feed["items"], start=1):
        where = f"item {number}"
        if not item.get("id") or not isinstance(item["id"], str):
            problems.append(f"{where} has no id string")
        if item.get("id") in ids:
            problems.append(f"{where} repeats an id")
        ids.add(item.get("id"))
        if not (item.get("content_html") or item.get("content_text")):
            problems.append(f"{where} has no content_html or content_text")
        for key in ("date_published", "date_modified"):
            if key in item and not RFC3339.match(item[key]):
                problems.append(f"{where} {key} {item[key]!r} is not RFC 3339")
        for key in ("url", "image"):
            if key in item and not is_absolute(item[key]):
                problems.append(f"{where} {key} is not absolute")
        for address in addresses_in_html(item.get("content_html", "")):
            if not is_absolute(address):
                problems.append(f"{where} content links to {address!r}, not absolute")
    return problems
