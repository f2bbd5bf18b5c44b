"""Search in a real browser, over the real Pagefind index of each language."""

from __future__ import annotations

import time
import urllib.parse

import pytest

from newsroom.search_terms import RULES, fold_word
from tests.browser import serve
from tests.test_newsroom_i18n import article_url

RESCUE = "river-rescue-pripyat"


def wait_until(page, done, timeout: float = 15) -> None:
    """Poll the search status from Python: Playwright's wait_for_function
    polls with eval(), which the pages' security policy rightly refuses."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if done(page.inner_text(".search__status")):
            return
        time.sleep(0.05)
    raise AssertionError(f"search status stayed {page.inner_text('.search__status')!r}")


def search(page, base_url: str, lang: str, query: str = "", **params) -> list[str]:
    """The result addresses for ``query`` on the search page of ``lang``."""
    arguments = urllib.parse.urlencode({"q": query, **params})
    page.goto(f"{base_url}/{lang}/search/?{arguments}")
    page.wait_for_selector("html[data-search-ready]", timeout=15000)
    wait_until(page, lambda status: status and not status.endswith("…"))
    return [
        a.get_attribute("href") for a in page.query_selector_all(".search__results a")
    ]


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("be", "затопленай выспы"),
        ("ru", "затопленного острова"),
        ("en", "flooded island"),
    ],
)
def test_a_query_finds_the_release_first_in_its_own_language(
    sample_server, page, lang, query
):
    results = search(page, sample_server, lang, query)
    assert results[0] == article_url(RESCUE, lang)
    assert all(url.startswith(f"/{lang}/") for url in results)


@pytest.mark.parametrize(
    ("lang", "query"),
    [("be", "flooded island"), ("en", "затопленай выспы"), ("ru", "flooded island")],
)
def test_a_release_in_another_language_is_never_returned(
    sample_server, page, lang, query
):
    assert search(page, sample_server, lang, query) == []


@pytest.mark.parametrize(
    ("lang", "query", "key", "written_as"),
    [
        ("be", "мігрантаў", RESCUE, "мігранты"),
        ("be", "мяжы", RESCUE, "мяжа"),
        ("be", "пункце пропуску", "press-accreditation-2027", "пункт пропуску"),
        ("ru", "мигрантов", "trafficking-awareness-day", "мигранты"),
    ],
)
def test_one_grammatical_form_finds_the_others(
    sample_site, sample_server, page, lang, query, key, written_as
):
    text = sample_site.file(article_url(key, lang)).read_text().lower()
    assert query.split()[0] not in text and written_as in text
    assert article_url(key, lang) in search(page, sample_server, lang, query)


@pytest.mark.parametrize(
    ("lang", "typed", "meant"),
    [
        ("ru", "еще", "ещё"),
        ("be", "мигранты", "мігранты"),  # и for і: a Russian keyboard
        ("be", "Пинск", "Пінск"),
    ],
)
def test_letters_typed_interchangeably_find_the_same_releases(
    sample_server, page, lang, typed, meant
):
    expected = search(page, sample_server, lang, meant)
    assert expected
    assert search(page, sample_server, lang, typed) == expected


def test_a_filter_narrows_the_results(sample_server, page):
    everything = search(page, sample_server, "be", "мяжы")
    # the address carries keys, as a journalist would share it
    rescue_only = search(page, sample_server, "be", "мяжы", category="rescue")
    assert 0 < len(rescue_only) < len(everything)
    assert set(rescue_only) <= set(everything)
    years = search(page, sample_server, "en", "checkpoint", year="2025")
    assert years and all("/2025/" in url for url in years)
    campaigns = search(page, sample_server, "ru", "", kind="campaign")
    assert campaigns and all("/ru/campaigns/" in url for url in campaigns)
    # the options show the labels of the page's language
    topics = page.eval_on_selector_all(
        "select[name=category] option", "o => o.map(x => [x.value, x.text])"
    )
    assert ["rescue", "Спасение людей"] in topics
    assert page.input_value("select[name=kind]") == "campaign"
    # nothing left: the reader is told the filters are why
    assert search(page, sample_server, "en", "flooded island", kind="campaign") == []
    assert page.inner_text(".search__status") == (
        "Nothing found for “flooded island” with the chosen topic, year or type."
    )


def test_results_can_be_sorted_newest_first(sample_server, page):
    newest = search(page, sample_server, "en", "checkpoints", sort="newest")
    releases = [url for url in newest if "/news/" in url]
    assert len(releases) > 3
    years = [url.split("/")[3] for url in releases]
    assert years == sorted(years, reverse=True)
    # pages have no date: they come after every dated result
    kinds = ["page" if url.count("/") == 3 else "dated" for url in newest]
    assert kinds == sorted(kinds)


def test_the_belarusian_interface_is_in_belarusian(sample_server, page):
    search(page, sample_server, "be", "мяжы")
    assert page.inner_text("label.search__label") == (
        "Шукаць у прэс-рэлізах, кампаніях і на старонках"
    )
    assert page.inner_text(".search__status").endswith("вынікаў")
    options = page.eval_on_selector_all(
        "select[name=sort] option", "o => o.map(x => x.text)"
    )
    assert options == ["Спачатку найбольш адпаведныя", "Спачатку новыя"]
    search(page, sample_server, "be", "qzqzqz")
    assert (
        page.inner_text(".search__status") == "Па запыце «qzqzqz» нічога не знойдзена."
    )


def test_only_releases_and_pages_are_indexed_never_listings(sample_server, page):
    results = search(page, sample_server, "en", "press releases")
    assert results
    for url in results:
        assert "/news/20" in url or url.count("/") == 3 or "/campaigns/" in url
        assert not url.endswith(("/news/", "/tag/", "/category/"))


def test_the_browser_folds_queries_exactly_as_the_index_was_folded(sample_server, page):
    words = [
        "Мігрантаў",
        "мяжой",
        "пункце",
        "Брэсце",
        "чарзе",
        "горадзе",
        "сям'я",
        "ПИНСК",
    ]
    page.goto(f"{sample_server}/be/")
    folded = page.evaluate(
        """async ([words, rules]) => {
            const { foldText } = await import('/theme/js/fold.js');
            return words.map((word) => foldText(word, rules));
        }""",
        [words, RULES["be"]],
    )
    assert folded == [fold_word(word, "be") for word in words]


def test_drafts_hidden_and_embargoed_releases_are_not_in_the_index(fixture_site, page):
    site = fixture_site(
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/secret-draft/en.md": "@article_draft",
            "news/embargoed/en.md": "@article_embargoed",
            "news/hidden/en.md": "@article_hidden",
        }
    )
    hidden = "/en/news/2026/hidden-release-about-quillwombat/"
    assert site.html(hidden).css_first("html").attributes["lang"] == "en"
    assert not list((site.output / "be").rglob("*quillwombat*"))
    with serve(site.output) as base_url:
        assert search(page, base_url, "en", "queues")
        for word in ("zanzibarquokka", "vorpalpangolin", "quillwombat"):
            assert search(page, base_url, "en", word) == [], word


def test_search_works_when_the_site_lives_under_a_sub_path(fixture_site, page):
    site = fixture_site(
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/queues/be.md": "@article_minimal_be",
        },
        SITEURL="/press",
        NEWSROOM_PREVIEW_SITEURL="http://127.0.0.1:8000/press",
    )
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    with serve(site.output, prefix="/press") as base_url:
        results = search(page, base_url, "be", "чэргаў")
        assert results == [
            "/press/be/news/2026/cherhi-u-punktakh-propusku-skaratsilisia/"
        ]
        page.click(".search__results a")
        assert page.url.endswith(results[0])
        assert page.inner_text("h1") == "Чэргі ў пунктах пропуску скараціліся"
    bundle = [url for url in requested if "/pagefind/" in url]
    assert bundle and all("/press/pagefind/" in url for url in bundle)


@pytest.mark.parametrize(
    ("forms", "lang"),
    [
        (["чарга", "чэргаў", "чарзе"], "be"),  # the stem's vowel follows the stress
        (["лес", "лясах"], "be"),
        (["дзеці", "дзяцей"], "be"),
        (["мiгранты", "мігранты"], "be"),  # a Latin i for і
    ],
)
def test_forms_whose_vowels_change_with_stress_find_the_same_releases(
    sample_server, page, forms, lang
):
    results = [search(page, sample_server, lang, form) for form in forms]
    assert results[0]
    assert all(result == results[0] for result in results)


def test_all_results_can_be_reached_not_only_the_first_twenty(sample_server, page):
    search(page, sample_server, "en", "border")
    total = int(page.inner_text(".search__status").split()[0])
    assert total > 20
    assert len(page.query_selector_all(".search__results li")) == 20
    page.focus(".search__more")
    page.keyboard.press("Enter")
    page.wait_for_selector(f".search__results li:nth-child({total})")
    assert page.is_hidden(".search__more")
    # the keyboard continues at the first new result, not at the page's top
    focused = page.evaluate_handle("document.activeElement")
    assert focused.get_attribute("href") == page.get_attribute(
        ".search__results li:nth-child(21) a", "href"
    )


def test_newest_first_keeps_campaigns_and_pages(sample_server, page):
    search(page, sample_server, "en", "border")
    relevance = page.inner_text(".search__status")
    newest = search(page, sample_server, "en", "border", sort="newest")
    assert page.inner_text(".search__status") == relevance == "21 results"
    assert any("/campaigns/" in url for url in newest)


def test_the_summary_of_a_release_is_searched_too(sample_site, sample_server, page):
    release = article_url("winter-travel-advice", "be")
    body = sample_site.html(release).css_first(".release__body").text()
    assert "дзяцей" not in body  # only its summary has the word
    assert release in search(page, sample_server, "be", "дзяцей")


def test_switching_language_keeps_the_search(sample_server, page):
    search(page, sample_server, "be", "мяжы", category="rescue")
    page.click('.languages a[hreflang="ru"]')
    page.wait_for_selector("html[data-search-ready]", timeout=15000)
    wait_until(page, lambda status: status and not status.endswith("…"))
    assert page.input_value("input[name=q]") == "мяжы"
    assert page.input_value("select[name=category]") == "rescue"
    assert page.url.startswith(f"{sample_server}/ru/search/?")
