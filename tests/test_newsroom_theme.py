"""What readers see: localised dates, category labels, plural forms."""

from __future__ import annotations

import gettext
import os
import subprocess
import sys

import pytest

from newsroom import catalogs
from tests.conftest import LANGUAGES, ROOT
from tests.test_newsroom_i18n import article_url

RESCUE = "river-rescue-pripyat"


@pytest.mark.parametrize(
    ("lang", "date", "label"),
    [
        ("be", "18 лістапада 2026, 16:40", "Выратаванне людзей"),
        ("ru", "18 ноября 2026, 16:40", "Спасение людей"),
        ("en", "18 November 2026, 16:40", "Search and rescue"),
    ],
)
def test_a_release_shows_its_date_and_category_in_the_page_language(
    sample_site, lang, date, label
):
    tree = sample_site.html(article_url(RESCUE, lang))
    time = tree.css_first("article header time")
    assert time.text() == date
    assert time.attributes["datetime"] == "2026-11-18T16:40:00+03:00"
    assert tree.css_first(".release__kicker a").text() == label


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("be", ["13 прэс-рэлізаў", "2 прэс-рэлізы"]),
        ("ru", ["12 пресс-релизов", "2 пресс-релиза"]),
        ("en", ["13 press releases", "2 press releases"]),
    ],
)
def test_release_counts_use_the_plural_forms_of_the_language(
    sample_site, lang, expected
):
    years = sample_site.html(f"/{lang}/news/archive/").css("ul.term-list li")
    counts = [li.css_first(".meta").text().strip("()") for li in years]
    assert counts == expected


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        (
            "be",
            {
                1: "1 прэс-рэліз",
                3: "3 прэс-рэлізы",
                5: "5 прэс-рэлізаў",
                21: "21 прэс-рэліз",
            },
        ),
        (
            "ru",
            {
                1: "1 пресс-релиз",
                3: "3 пресс-релиза",
                11: "11 пресс-релизов",
                22: "22 пресс-релиза",
            },
        ),
    ],
)
def test_the_catalogs_carry_every_plural_form(sample_site, lang, forms):
    locale_dir = sample_site.output.parent / "cache" / "locale"
    translation = gettext.translation(catalogs.DOMAIN, locale_dir, [lang])
    for number, text in forms.items():
        message = translation.ngettext(
            "%(count)s press release", "%(count)s press releases", number
        )
        assert message % {"count": number} == text


def test_every_catalog_translates_every_string_of_the_templates():
    template = catalogs.extract_template(ROOT / "theme/templates")
    for lang in LANGUAGES:
        if lang == "en":
            continue
        path = catalogs.catalog_path(ROOT / "theme/translations", lang)
        from babel.messages.pofile import read_po

        with path.open("rb") as po_file:
            catalog = read_po(po_file)
        for message in template:
            if not message.id:
                continue
            translated = catalog.get(message.id)
            assert translated is not None and catalogs._is_translated(translated), (
                f"{path}: {message.id!r} is not translated; run `invoke catalogs`"
            )


def test_the_build_needs_no_belarusian_or_russian_system_locale(tmp_path):
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "LANGUAGE": ""}
    output = tmp_path / "output"
    subprocess.run(
        [sys.executable, "-m", "invoke", "build", "--output", str(output)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    page = (output / "be" / "index.html").read_text(encoding="utf-8")
    assert "лістапада 2026" in page
    assert "Апошнія прэс-рэлізы" in page


def test_titles_and_summaries_are_text_not_markup(fixture_site):
    site = fixture_site({"news/hostile/en.md": "@article_hostile_title"})
    page = next(site.output.glob("en/news/2026/*/index.html")).read_text()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quotes&#34;" in page
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in page


def test_a_campaign_that_has_not_started_is_upcoming_not_current(fixture_site):
    site = fixture_site(
        {
            "campaigns/spring-rivers/en.md": "@campaign_upcoming",
            "campaigns/winter-safety/en.md": "@campaign_current",
        }
    )
    assert site.result.ok and not site.result.errors, site.result.errors
    listing = site.html("/en/campaigns/")
    sections = {
        h2.text(): [a.text() for a in h2.next.next.css("h3 a")]
        for h2 in listing.css("main h2")
    }
    assert sections == {
        "Current campaigns": ["Winter safety campaign"],
        "Upcoming campaigns": ["Spring rivers campaign"],
    }
    home = [a.text() for a in site.html("/en/").css(".card h3 a")]
    assert home == ["Winter safety campaign"]


def test_tags_are_listed_in_the_alphabetical_order_of_belarusian(sample_site):
    import pyuca

    names = [a.text() for a in sample_site.html("/be/tag/").css(".term-list a")]
    collator = pyuca.Collator()
    assert names == sorted(names, key=lambda n: collator.sort_key(n.casefold()))
    # code-point order would put і and ў after я: the test would notice
    assert names != sorted(names, key=str.casefold)
