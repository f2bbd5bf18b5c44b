"""Readable Latin URL slugs for titles and tags in any of our scripts."""

from __future__ import annotations

import re
from functools import lru_cache

from pelican.utils import slugify

# the same substitutions Pelican applies to tags, so that the slug we check
# is the slug Pelican writes
SLUG_REGEX_SUBSTITUTIONS = [
    (r"_", "-"),
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG_LENGTH = 80


# letters whose usual Latin spelling differs from Unidecode's Russian-based
# one: Belarusian г is fricative ("Hrodna", not "Grodna"); ё is written e in
# addresses in both languages ("eshche", not "eshchio")
_LANGUAGE_LETTERS = {
    "be": str.maketrans({"г": "h", "Г": "H", "ё": "e", "Ё": "E"}),
    "ru": str.maketrans({"ё": "e", "Ё": "E"}),
}


@lru_cache(maxsize=65536)
def latin_slug(text: str, max_length: int = MAX_SLUG_LENGTH, lang: str = "") -> str:
    """Transliterate ``text`` to a lower-case ASCII slug (may be empty).

    Cyrillic goes through Unidecode, as Pelican does, with the few letters of
    ``lang`` that readers spell otherwise: "Пункт пропуску «Заходні мост»"
    becomes ``punkt-propusku-zakhodni-most``, Belarusian "Гродна" ``hrodna``.
    Long titles are cut at a word boundary so that URLs stay readable on a
    phone.
    """
    if lang in _LANGUAGE_LETTERS:
        text = text.translate(_LANGUAGE_LETTERS[lang])
    slug = slugify(text, regex_subs=SLUG_REGEX_SUBSTITUTIONS, use_unicode=False)
    # Unidecode keeps apostrophes and other marks that are not URL-friendly
    slug = re.sub(r"[^a-z0-9-]+", "", slug)
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:max_length]
    return slug


def is_slug(text: str) -> bool:
    """Is ``text`` already a slug (lower-case Latin words joined by hyphens)?"""
    return bool(SLUG_PATTERN.match(text))
