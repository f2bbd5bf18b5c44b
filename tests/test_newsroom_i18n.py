"""The language sites: <html lang>, hreflang alternates and the switcher."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsroom import content_model
from tests.conftest import LANGUAGES, ROOT, SAMPLE_BUILD_TIME

TRANSLATED_ARTICLE = "river-rescue-pripyat"
BELARUSIAN_ONLY_ARTICLE = "border-museum-exhibition"
ENGLISH_ONLY_ARTICLE = "foreign-media-briefing"


def article_url(key: str, lang: str) -> str:
    """Where the sample article ``key`` in ``lang`` must be, per the model."""
    ctx = content_model.ModelContext.load(
        ROOT / "content", LANGUAGES, "Europe/Minsk", SAMPLE_BUILD_TIME
    )
    doc = content_model.load_document(ROOT / "content/news" / key / f"{lang}.md", ctx)
    year = doc.values["date"].year
    return f"/{lang}/news/{year}/{content_model.article_slug(doc)}/"


def routes(lang: str) -> dict[str, str]:
    """One page of each kind the switcher must handle, in ``lang``."""
    return {
        "article": article_url(TRANSLATED_ARTICLE, lang),
        "page": f"/{lang}/about/",
        "campaign": f"/{lang}/campaigns/safe-legal-travel/",
        "category": f"/{lang}/category/rescue/",
        "home": f"/{lang}/",
        "news": f"/{lang}/news/",
    }


PREVIEW = "http://127.0.0.1:8000"


def alternates(site, url_path: str) -> dict[str, str]:
    """hreflang -> address (absolute, as search engines need; returned as a path)."""
    tree = site.html(url_path)
    found = {}
    for node in tree.css('head link[rel="alternate"][hreflang]'):
        href = node.attributes["href"]
        assert href.startswith(PREVIEW + "/"), href
        found[node.attributes["hreflang"]] = href[len(PREVIEW) :]
    return found


def switcher_links(site, url_path: str) -> dict[str, str]:
    tree = site.html(url_path)
    return {
        node.attributes["hreflang"]: node.attributes["href"]
        for node in tree.css("nav.languages a[hreflang]")
    }


def html_lang(site, url_path: str) -> str:
    return site.html(url_path).css_first("html").attributes["lang"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_of_a_language_declares_it_for_screen_readers(sample_site, lang):
    pages = sorted((sample_site.output / lang).rglob("index.html"))
    assert len(pages) > 30
    for page in pages:
        url = "/" + str(page.relative_to(sample_site.output))
        assert html_lang(sample_site, url) == lang, url


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["article", "page", "campaign", "category", "home"])
def test_hreflang_alternates_point_at_the_same_item_in_every_language(
    sample_site, lang, kind
):
    url = routes(lang)[kind]
    found = alternates(sample_site, url)
    assert set(found) == {*LANGUAGES, "x-default"}
    for other in LANGUAGES:
        assert found[other] == routes(other)[kind]
        assert sample_site.exists(found[other])
        assert html_lang(sample_site, found[other]) == other
    assert sample_site.exists(found["x-default"])


def test_x_default_of_an_item_is_its_default_language_version(sample_site):
    assert (
        alternates(sample_site, routes("en")["article"])["x-default"]
        == routes("be")["article"]
    )


def test_x_default_of_the_home_pages_is_the_language_chooser(sample_site):
    assert alternates(sample_site, "/ru/")["x-default"] == "/"
    chooser = sample_site.html("/")
    homes = {
        a.attributes["hreflang"]: a.attributes["href"] for a in chooser.css("main a")
    }
    assert homes == {lang: f"/{lang}/" for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "kind", ["article", "page", "campaign", "category", "home", "news"]
)
def test_the_switcher_goes_to_the_same_item_not_to_the_home_page(
    sample_site, lang, kind
):
    links = switcher_links(sample_site, routes(lang)[kind])
    assert set(links) == set(LANGUAGES) - {lang}
    for other, href in links.items():
        assert href == routes(other)[kind]
        assert html_lang(sample_site, href) == other


def test_an_untranslated_release_is_listed_only_in_its_own_language(sample_site):
    url = article_url(BELARUSIAN_ONLY_ARTICLE, "be")
    slug = url.rstrip("/").rsplit("/", 1)[1]
    assert sample_site.exists(url)
    assert set(alternates(sample_site, url)) == {"be", "x-default"}
    for other in ("ru", "en"):
        assert not list((sample_site.output / other).rglob(f"*{slug}*"))
        listing = sample_site.file(f"/{other}/news/").read_text(encoding="utf-8")
        assert slug not in listing
    assert slug in sample_site.file("/be/news/").read_text(encoding="utf-8")


def test_the_switcher_says_a_translation_is_missing_and_leads_home(sample_site):
    tree = sample_site.html(article_url(BELARUSIAN_ONLY_ARTICLE, "be"))
    missing = {
        a.attributes["hreflang"]: a
        for a in tree.css("nav.languages a.languages__missing")
    }
    assert set(missing) == {"ru", "en"}
    assert missing["ru"].attributes["href"] == "/ru/"
    assert "нет перевода" in missing["ru"].text()
    assert missing["en"].attributes["href"] == "/en/"
    assert "not translated" in missing["en"].text()
    # the note is in the language of the version it announces
    assert missing["en"].attributes["lang"] == "en"


def test_an_english_only_release_offers_be_and_ru_readers_their_home_pages(sample_site):
    url = article_url(ENGLISH_ONLY_ARTICLE, "en")
    links = switcher_links(sample_site, url)
    assert links == {"be": "/be/", "ru": "/ru/"}


def test_a_tag_page_has_no_translation_and_says_so(sample_site):
    tree = sample_site.html("/en/tag/brest/")
    assert not tree.css('head link[hreflang="ru"]')
    missing = tree.css("nav.languages a.languages__missing")
    assert {a.attributes["href"] for a in missing} == {"/be/", "/ru/"}


def test_no_link_anywhere_doubles_a_language_prefix_or_climbs_out(sample_site):
    bad = re.compile(r'(?:href|src)="[^"]*(?:/(?:be|ru|en)/(?:be|ru|en)/|/\.\./|/\./)')
    for page in sample_site.pages():
        text = page.read_text(encoding="utf-8")
        assert not bad.search(text), page


def test_a_second_page_of_a_listing_claims_no_equivalent_elsewhere(sample_site):
    assert sample_site.exists("/be/news/page/2/")
    assert not alternates(sample_site, "/be/news/page/2/")
    # but its switcher still leads to the listing in the other languages
    assert switcher_links(sample_site, "/be/news/page/2/") == {
        "ru": "/ru/news/",
        "en": "/en/news/",
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_feed_that_points_at_itself(sample_site, lang):
    feed = sample_site.output / lang / "feeds" / "all.atom.xml"
    text = feed.read_text(encoding="utf-8")
    self_link = re.search(r'<link href="([^"]+)" rel="self"/?>', text).group(1)
    assert self_link.endswith(f"/{lang}/feeds/all.atom.xml")


def test_a_language_missing_from_the_settings_is_named_not_a_crash(fixture_site):
    site = fixture_site(
        {
            "news/checkpoint-queues/be.md": "@article_minimal_be",
            "news/checkpoint-queues/pl.md": "@article_minimal_en",
        }
    )
    assert site.result.ok
    assert any(
        "content/news/checkpoint-queues/pl.md" in e and "'pl' is not a language" in e
        for e in site.result.errors
    ), site.result.errors
    assert not any("KeyError" in e for e in site.result.errors)
    assert site.exists("/be/news/2026/cherhi-u-punktakh-propusku-skaratsilisia/")


def test_a_file_not_named_after_a_language_is_not_published_in_every_language(
    fixture_site,
):
    site = fixture_site({"news/checkpoint-queues/index.md": "@article_minimal_en"})
    assert any("'index' is not a language" in e for e in site.result.errors)
    assert not list(site.output.rglob("queues-at-checkpoints-have-shortened"))


def test_settings_without_the_default_language_stop_the_build(fixture_site):
    site = fixture_site(
        {"news/checkpoint-queues/en.md": "@article_minimal_en"},
        NEWSROOM_LANGUAGES=("ru", "en"),
    )
    assert not site.result.ok
    assert "DEFAULT_LANG 'be' is not in NEWSROOM_LANGUAGES" in site.result.stopped_by


def test_static_files_are_written_once_not_per_language(sample_site):
    for lang in LANGUAGES:
        assert not (sample_site.output / lang / "theme").exists()
        assert not (sample_site.output / lang / "media").exists()
        assert not list((sample_site.output / lang).rglob("*.jpg"))
    css = list(sample_site.output.rglob("site.css"))
    assert [p.relative_to(sample_site.output) for p in css] == [
        Path("theme/css/site.css")
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_keeps_the_stylesheet(sample_site, lang):
    for page in sorted((sample_site.output / lang).rglob("index.html"))[:40]:
        tree = sample_site.html("/" + str(page.relative_to(sample_site.output)))
        sheets = [n.attributes["href"] for n in tree.css('link[rel="stylesheet"]')]
        assert sheets == ["/theme/css/site.css"], page
