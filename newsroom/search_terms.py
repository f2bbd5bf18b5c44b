"""How words are folded for search, so that one form finds the others.

Pagefind stems Russian and English itself, but has no stemmer for
Belarusian: "мігрантаў" would not find "мігранты". Belarusian text is
therefore indexed folded (``newsroom.search``) and queries are folded the
same way in the browser (``theme/static/js/search.js``), both driven by the
rules below, which the search page hands to the script as JSON. The rules are
deliberately light: fold letters readers type interchangeably, strip the
longest known ending while a stem of at least ``min_stem`` letters remains,
then undo the consonant alternations of declension. Over-folding is harmless
because the index and the query are folded alike; it can only widen results.
"""

from __future__ import annotations

import re

# letters readers type for one another. Belarusian on a Russian keyboard:
# "и" for "і", "щ" for "ў", "ъ" for the apostrophe; a Latin "i" for "і";
# ў and у are folded together, and apostrophes dropped ("сям'я" = "сямя").
# Belarusian spelling follows stress (akanne, yakanne), so one word's forms
# change their vowels: чарга/чэргі, рака/рэках, лес/лясы, сям'я/сем'і. The
# vowels are folded to two: о and э to а, е and ё to я
_BELARUSIAN_FOLDS = {
    "ў": "у",
    "щ": "у",
    "и": "і",
    "ъ": "",
    "'": "",
    "’": "",
    "ʼ": "",
    "о": "а",
    "э": "а",
    "е": "я",
    "ё": "я",
}

# endings of nouns and adjectives, written folded ("аў" is "ау", "ей" is
# "яй"). Only endings that cannot be part of a stem: "-ага" (новага) is left
# out because it would cut дарога to "дар"; what remains of such a word still
# finds the others, as Pagefind matches the start of words
_BELARUSIAN_ENDINGS = [
    "амі",
    "ямі",
    "ымі",
    "імі",
    "ьмі",
    "ау",
    "яу",
    "ах",
    "ях",
    "ам",
    "ям",
    "ай",
    "яй",
    "аю",
    "яю",
    "ых",
    "іх",
    "ым",
    "ім",
    "ая",
    "яя",
    "ую",
    "юю",
    "ыя",
    "ія",
    "ыі",
    "а",
    "я",
    "ы",
    "і",
    "у",
    "ю",
    "ь",
]

# declension alternates the last consonant of a stem: пункт/пункце,
# горад/горадзе, чарга/чарзе, Брэст/Брэсце; fold them back
_BELARUSIAN_STEM_ENDS = {"дз": "д", "ц": "т", "з": "г"}

RULES = {
    "be": {
        "folds": _BELARUSIAN_FOLDS,
        # a Latin letter typed inside a Cyrillic word; in a Latin word it
        # stays, or "island" would become a Cyrillic word matching others
        "folds_in_cyrillic_words": {"i": "і"},
        "endings": sorted(set(_BELARUSIAN_ENDINGS), key=lambda e: (-len(e), e)),
        "min_stem": 3,
        "stem_ends": _BELARUSIAN_STEM_ENDS,
    },
    # Pagefind stems Russian; readers type е for ё
    "ru": {
        "folds": {"ё": "е"},
        "folds_in_cyrillic_words": {},
        "endings": [],
        "min_stem": 0,
        "stem_ends": {},
    },
}

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def rules_for(lang: str) -> dict | None:
    """The folding rules of ``lang``, or None if it needs none."""
    return RULES.get(lang)


def fold_word(word: str, lang: str) -> str:
    """The folded form of one word: "Мігрантаў" -> "мігрант"."""
    rules = RULES.get(lang)
    word = word.lower()
    if rules is None:
        return word
    if _CYRILLIC.search(word):
        for letter, replacement in rules["folds_in_cyrillic_words"].items():
            word = word.replace(letter, replacement)
    for letter, replacement in rules["folds"].items():
        word = word.replace(letter, replacement)
    for ending in rules["endings"]:
        if word.endswith(ending) and len(word) - len(ending) >= rules["min_stem"]:
            word = word[: -len(ending)]
            break
    for end, replacement in rules["stem_ends"].items():
        if word.endswith(end) and len(word) - len(end) >= rules["min_stem"] - 1:
            word = word[: -len(end)] + replacement
            break
    return word


def fold_text(text: str, lang: str) -> str:
    """``text`` with every word folded; spaces and punctuation kept."""
    if lang not in RULES:
        return text
    return _WORD.sub(lambda match: fold_word(match.group(), lang), text)
