"""newsroom.slugs: readable Latin addresses from Belarusian and Russian."""

from __future__ import annotations

import pytest

from newsroom.slugs import is_slug, latin_slug


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Брэст", "brest"),
        ("Ўсход сонца над Нёманам", "uskhod-sontsa-nad-niomanam"),
        ("Сям'я і дзеці", "siamia-i-dzetsi"),
        ("Ещё щедрее: объём", "eshchio-shchedree-obiom"),
        ("Border_News 2026!", "border-news-2026"),
        ("  «Заходні мост» — новы рух  ", "zakhodni-most-novy-rukh"),
    ],
)
def test_titles_and_tags_become_readable_latin_slugs(text, slug):
    assert latin_slug(text) == slug
    assert is_slug(slug)


def test_a_title_without_letters_gives_no_slug():
    assert latin_slug("🚧 !!! 🚧") == ""


def test_long_titles_are_cut_at_a_word_boundary():
    slug = latin_slug("Пункт пропуску " * 20, max_length=40)
    assert len(slug) <= 40
    assert set(slug.split("-")) == {"punkt", "propusku"}


@pytest.mark.parametrize(
    ("text", "lang", "slug"),
    [
        ("Гродна і Брэст", "be", "hrodna-i-brest"),
        ("Гродно и Брест", "ru", "grodno-i-brest"),
        ("Ещё раз", "ru", "eshche-raz"),
    ],
)
def test_each_language_spells_its_letters_as_its_readers_do(text, lang, slug):
    assert latin_slug(text, lang=lang) == slug
