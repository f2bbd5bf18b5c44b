"""The media room, and the rule that every photo carries alt text and a credit."""

from __future__ import annotations

import pytest

from tests.conftest import LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_media_room_lists_contacts_press_kit_and_feeds(sample_site, lang):
    page = sample_site.html(f"/{lang}/press/")
    contacts = page.css(".contacts__item")
    assert len(contacts) == 3
    for contact in contacts:
        assert contact.css_first('a[href^="mailto:"]')
        assert contact.css_first('a[href^="tel:+375"]')

    kit = page.css(".downloads__item")
    assert len(kit) == 3
    for item in kit:
        link = item.css_first("a[download]")
        assert sample_site.exists(link.attributes["href"])
        details = item.text()
        assert any(unit in details for unit in ("kB", "КБ", "кБ")), details
        assert (
            "CC BY 4.0" in details
            or "unchanged" in details
            or "без змен" in (details)
            or "без изменений" in details
        )
        # the preview is named by the link beside it, not read out twice
        assert item.css_first("img").attributes["alt"] == "" and link.text().strip()

    feeds = [a.attributes["href"] for a in page.css("table.feeds a")]
    assert f"/{lang}/feeds/all.atom.xml" in feeds
    assert f"/{lang}/feeds/rescue.rss.xml" in feeds
    assert all(sample_site.exists(href) for href in feeds)


def test_every_image_on_the_site_has_alt_text_and_a_visible_credit(sample_site):
    missing = []
    for path in sample_site.pages():
        page = sample_site.html("/" + str(path.relative_to(sample_site.output)))
        for image in page.css("img"):
            holder = image.parent
            # a press-kit preview is named by the download link beside it; an
            # alt text would make screen readers say the name twice
            named_beside = "downloads__preview" in (
                image.attributes.get("class") or ""
            ) and holder.css_first(f'a[href="{image.attributes.get("src")}"]')
            if not named_beside and not (image.attributes.get("alt") or "").strip():
                missing.append((path, "alt", image.attributes.get("src")))
            credit = holder.css_first("figcaption") or holder.css_first(
                ".downloads__credit"
            )
            if credit is None or ":" not in credit.text():
                missing.append((path, "credit", image.attributes.get("src")))
    assert missing == []


def test_a_licence_is_shown_in_the_language_of_the_page(sample_site):
    kit = sample_site.html("/be/press/").css(".downloads__credit")
    texts = [item.text() for item in kit]
    assert "Ліцэнзія: Толькі без змен і толькі для згадкі пра службу" in texts[0]
    assert "CC BY 4.0" in texts[2]
