"""Feeds as journalists' readers see them, and as the specifications demand."""

from __future__ import annotations

import json
import re

import feedparser
import pytest

from tests.conftest import LANGUAGES
from tests.feed_rules import check_atom, check_json_feed, check_rss, is_absolute
from tests.site import build, fixture_text, make_content

BASE = "http://127.0.0.1:8000"


def feed_files(site, lang=None):
    root = site.output / lang if lang else site.output
    return sorted(p for p in root.rglob("feeds/*") if p.is_file())


def test_every_language_has_atom_rss_and_json_feeds_and_per_topic_feeds(sample_site):
    for lang in LANGUAGES:
        names = {p.name for p in feed_files(sample_site, lang)}
        assert {"all.atom.xml", "all.rss.xml", "all.json"} <= names
        assert {"rescue.atom.xml", "rescue.rss.xml"} <= names


def test_every_feed_meets_its_specification(sample_site):
    problems = {}
    for path in feed_files(sample_site):
        data = path.read_bytes()
        if path.suffix == ".json":
            found = check_json_feed(data.decode())
        elif path.name.endswith(".atom.xml"):
            found = check_atom(data)
        else:
            found = check_rss(data)
        if found:
            problems[str(path.relative_to(sample_site.output))] = found
    assert problems == {}


def test_the_checker_notices_what_the_specification_forbids():
    broken = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        b"<id>/relative</id><updated>yesterday</updated>"
        b"<entry><title>a</title><id>x</id><updated>2026-01-01T00:00:00Z</updated>"
        b'<content type="html">&lt;img src="/media/a.jpg"&gt;</content></entry></feed>'
    )
    assert check_atom(broken) == [
        "the feed declares no xml:lang",
        "the feed id '/relative' is not an absolute IRI",
        "the feed's updated 'yesterday' is not RFC 3339",
        "the feed has 0 rel=self links, needs one",
        "entry 1 id 'x' is not absolute",
        "entry 1 has no author and neither has the feed",
        "entry 1 content links to '/media/a.jpg', not absolute",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_reader_gets_clean_feeds_in_the_language_of_the_site(sample_site, lang):
    # feedparser reads Atom and RSS; JSON Feed is checked by check_json_feed
    for path in [p for p in feed_files(sample_site, lang) if p.suffix == ".xml"]:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.feed.get("language", lang).startswith(lang)
        assert parsed.entries, path
        for entry in parsed.entries:
            # the item's page is in the feed's language, its id names it too
            assert entry.link.startswith(f"{BASE}/{lang}/news/"), entry.link
            assert f":{lang}/news/" in entry.id
            assert entry.published_parsed and entry.updated_parsed
            assert entry.title and entry.summary
            for address in re.findall(
                r'(?:src|href)="([^"]+)"', entry.content[0].value
            ):
                assert is_absolute(address), address


def test_the_feed_titles_are_in_the_language_of_the_site(sample_site):
    titles = {
        lang: feedparser.parse(
            sample_site.output / lang / "feeds/all.atom.xml"
        ).feed.title
        for lang in LANGUAGES
    }
    assert titles == {
        "be": "Прэс-рэлізы Дзяржаўнай памежнай службы",
        "ru": "Пресс-релизы Государственной пограничной службы",
        "en": "Press releases of the State Border Service",
    }
    rescue = feedparser.parse(sample_site.output / "ru/feeds/rescue.rss.xml")
    assert (
        rescue.feed.title
        == "Спасение людей: пресс-релизы Государственной пограничной службы"
    )


def test_a_category_feed_holds_exactly_the_releases_of_that_category(sample_site):
    for lang in LANGUAGES:
        page = sample_site.html(f"/{lang}/category/rescue/")
        on_page = {
            BASE + a.attributes["href"] for a in page.css(".release-list__title a")
        }
        for name in ("rescue.atom.xml", "rescue.rss.xml"):
            feed = feedparser.parse(sample_site.output / lang / "feeds" / name)
            assert {entry.link for entry in feed.entries} == on_page


def test_the_lead_photo_travels_with_its_credit(sample_site):
    feed = feedparser.parse(sample_site.output / "en/feeds/all.rss.xml")
    rescue = next(e for e in feed.entries if "flooded-island" in e.link)
    [enclosure] = rescue.enclosures
    assert enclosure.href == f"{BASE}/media/news/river-rescue-pripyat/lead.jpg"
    assert enclosure.type == "image/jpeg" and int(enclosure.length) > 1000
    assert rescue.media_credit[0]["content"] == (
        "Alesia Rakitskaya / State Border Service press office"
    )
    assert "Illustration: Alesia Rakitskaya" in rescue.content[0].value
    atom = feedparser.parse(sample_site.output / "en/feeds/all.atom.xml")
    entry = next(e for e in atom.entries if "flooded-island" in e.link)
    assert [link.rel for link in entry.links] == ["alternate", "enclosure"]
    data = json.loads((sample_site.output / "en/feeds/all.json").read_text())
    item = next(i for i in data["items"] if "flooded-island" in i["url"])
    assert item["_photo"] == {
        "alt": rescue.media_content[0].get("description", item["_photo"]["alt"]),
        "credit": "Alesia Rakitskaya / State Border Service press office",
        "licence": "CC BY 4.0",
    }
    assert (
        "<media:license>CC BY 4.0</media:license>"
        in (sample_site.output / "en/feeds/all.rss.xml").read_text()
    )


def test_pages_advertise_the_feeds_of_their_language(sample_site):
    for lang in LANGUAGES:
        head = sample_site.html(f"/{lang}/category/rescue/").css(
            'link[rel="alternate"][type]'
        )
        hrefs = [link.attributes["href"] for link in head]
        assert hrefs == [
            f"/{lang}/feeds/all.atom.xml",
            f"/{lang}/feeds/all.rss.xml",
            f"/{lang}/feeds/all.json",
            f"/{lang}/feeds/rescue.atom.xml",
            f"/{lang}/feeds/rescue.rss.xml",
        ]


def test_a_correction_keeps_the_item_in_place_and_updates_its_time(tmp_path):
    content = make_content(
        tmp_path,
        {
            "news/timetable/en.md": "@article_older_en",
            "news/queues/en.md": "@article_minimal_en",
        },
    )

    def read_feed():
        site = build(content, tmp_path)
        assert site.result.ok and not site.result.errors, site.result.errors
        feed = feedparser.parse(site.output / "en/feeds/all.atom.xml")
        return site, [(e.id, e.published, e.updated) for e in feed.entries]

    _, before = read_feed()
    (content / "news/timetable/en.md").write_text(
        fixture_text("article_older_corrected_en")
    )
    site, after = read_feed()

    assert [entry[0] for entry in after] == [entry[0] for entry in before]
    assert after[0] == before[0]
    old_id, published, updated = after[1]
    assert (old_id, published) == before[1][:2]
    assert updated == "2026-12-02T09:30:00+03:00" != before[1][2]
    page = site.html("/en/news/2026/autumn-timetable-for-pedestrian-crossings/")
    assert "Updated on 2 December 2026" in page.css_first("article header .meta").text()
    assert page.css_first(".correction").text() == (
        "Correction: The corridors close at 22:00, not at 23:00 as first published."
    )


def test_control_characters_never_break_a_feed_and_the_file_is_named(fixture_site):
    site = fixture_site({"news/pasted/en.md": "@article_control_characters"})
    assert site.result.warnings == [
        "content/news/pasted/en.md:8: removed invisible control character(s) U+0001, "
        "U+000B, which break feeds (usually pasted from a word processor)"
    ]
    for path in feed_files(site, "en"):
        data = path.read_bytes()
        assert b"\x0b" not in data and b"\x01" not in data
        if path.suffix == ".json":
            assert check_json_feed(data.decode()) == []
        else:
            assert not feedparser.parse(data).bozo
    assert (
        "The crossing reopened at noon."
        in (site.output / "en/feeds/all.json").read_text()
    )


def test_no_draft_or_embargoed_release_is_in_any_feed(fixture_site):
    site = fixture_site(
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/secret-draft/en.md": "@article_draft",
            "news/embargoed/en.md": "@article_embargoed",
        }
    )
    files = feed_files(site)
    assert len(files) >= 5
    for path in files:
        data = path.read_bytes()
        assert b"zanzibarquokka" not in data and b"vorpalpangolin" not in data, path
    assert (
        len(json.loads((site.output / "en/feeds/all.json").read_text())["items"]) == 1
    )


def test_feeds_refuse_to_start_without_an_absolute_address(fixture_site):
    site = fixture_site(
        {"news/queues/en.md": "@article_minimal_en"}, NEWSROOM_PREVIEW_SITEURL="/press"
    )
    assert not site.result.ok
    assert site.result.stopped_by.startswith(
        "NEWSROOM_PREVIEW_SITEURL is '/press': feeds need an absolute address"
    )


def test_item_ids_do_not_depend_on_the_host_or_the_title(tmp_path):
    release = fixture_text("article_minimal_en")
    content = make_content(tmp_path, {"news/queues/en.md": release})
    first = build(content, tmp_path / "one")
    (content / "news/queues/en.md").write_text(
        release.replace("Title: Queues", "Title: Shorter queues")
    )
    second = build(
        content,
        tmp_path / "two",
        NEWSROOM_PREVIEW_SITEURL="https://preview.example.org",
    )

    def ids(site):
        feed = feedparser.parse(site.output / "en/feeds/all.atom.xml")
        return [(entry.id, entry.link) for entry in feed.entries]

    [(first_id, first_link)] = ids(first)
    [(second_id, second_link)] = ids(second)
    assert (
        first_id == second_id == "tag:border-service.example,2026-11-20:en/news/queues"
    )
    assert second_link.startswith("https://preview.example.org/en/news/2026/shorter")


def test_the_production_siteurl_wins_over_the_preview_address(fixture_site):
    site = fixture_site(
        {"news/queues/en.md": "@article_minimal_en"},
        SITEURL="https://press.example.org",
    )
    feed = feedparser.parse(site.output / "en/feeds/all.atom.xml")
    assert feed.feed.links[1].href == "https://press.example.org/en/feeds/all.atom.xml"
    assert feed.entries[0].link.startswith("https://press.example.org/en/news/")
    assert "127.0.0.1" not in (site.output / "en/feeds/all.rss.xml").read_text()


def test_a_feed_address_on_another_path_than_the_site_is_refused(fixture_site):
    site = fixture_site(
        {"news/queues/en.md": "@article_minimal_en"},
        NEWSROOM_PREVIEW_SITEURL="https://example.org/press",
    )
    assert not site.result.ok
    assert "make the paths agree" in site.result.stopped_by


def test_footnotes_and_anchors_in_a_feed_stay_on_the_release(fixture_site):
    site = fixture_site({"news/footnote/be.md": "@article_with_footnote"})
    [entry] = feedparser.parse(site.output / "be/feeds/all.atom.xml").entries
    content = entry.content[0].value
    assert f'href="{entry.link}#fn:1"' in content
    assert f'href="{entry.link}#fnref:1"' in content


def test_control_characters_in_data_files_are_removed_and_named(tmp_path):
    content = make_content(tmp_path, {"news/queues/en.md": "@article_minimal_en"})
    contacts = content / "data/contacts.csv"
    contacts.write_text(
        contacts.read_text().replace("Press office", "Press\x1f office")
    )
    site = build(content, tmp_path)
    assert site.result.ok and not site.result.errors, site.result.errors
    assert site.result.warnings == [
        "content/data/contacts.csv:2: removed invisible control character(s) U+001F, "
        "which break feeds (usually pasted from a word processor)"
    ]


def test_a_correction_reads_in_the_feed_as_on_the_page(sample_site):
    for lang, words in {
        "be": ("Выпраўленне:", "Абноўлена 29 чэрвеня 2026"),
        "ru": ("Исправление:", "Обновлено 29 июня 2026"),
        "en": ("Correction:", "Updated on 29 June 2026"),
    }.items():
        feed = feedparser.parse(sample_site.output / f"{lang}/feeds/all.atom.xml")
        [corrected] = [e for e in feed.entries if "2026-06-29" in e.updated]
        text = corrected.content[0].value
        assert all(word in text for word in words), (lang, text[:300])
