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
# "и" for "і", "щ" for "ў", "ъ" for the apostrophe; ў and у, ё and е are
# folded together, and apostrophes dropped ("сям'я" = "сямя")
_BELARUSIAN_FOLDS = {
    "ё": "е",
    "ў": "у",
    "щ": "у",
    "и": "і",
    "ъ": "",
    "'": "",
    "’": "",
    "ʼ": "",
}

# endings of nouns, adjectives and verbs, after folding (so "аў" is "ау")
_BELARUSIAN_ENDINGS = [
    # reflexive and longer verb endings first
    "ецца",
    "ацца",
    "ыцца",
    "іцца",
    "уцца",
    "юцца",
    "ліся",
    "лася",
    "лося",
    "уся",
    "ыся",
    "ася",
    # adjectives and pronoun-like endings
    "ымі",
    "імі",
    "ога",
    "ага",
    "ому",
    "аму",
    "ыму",
    "іму",
    "ыя",
    "ія",
    "ых",
    "іх",
    "ым",
    "ім",
    "ая",
    "яя",
    "ое",
    "ае",
    "ые",
    "ую",
    "юю",
    "ай",
    # nouns
    "амі",
    "ямі",
    "ыі",
    "ыю",
    "ыяй",
    "ой",
    "ою",
    "ей",
    "ею",
    "ем",
    "ом",
    "ам",
    "ям",
    "ах",
    "ях",
    "ау",
    "яу",
    "оу",
    "еу",
    # verbs
    "уць",
    "юць",
    "аць",
    "яць",
    "іць",
    "ыць",
    "еш",
    "ла",
    "лі",
    "ло",
    "ць",
    "ці",
    # one letter
    "а",
    "я",
    "ы",
    "і",
    "у",
    "ю",
    "е",
    "о",
    "ь",
]

# declension alternates the last consonant of a stem: пункт/пункце,
# горад/горадзе, чарга/чарзе, Брэст/Брэсце; fold them back
_BELARUSIAN_STEM_ENDS = {"дз": "д", "ц": "т", "з": "г"}

RULES = {
    "be": {
        "folds": _BELARUSIAN_FOLDS,
        "endings": sorted(set(_BELARUSIAN_ENDINGS), key=len, reverse=True),
        "min_stem": 3,
        "stem_ends": _BELARUSIAN_STEM_ENDS,
    },
    # Pagefind stems Russian; readers type е for ё
    "ru": {"folds": {"ё": "е"}, "endings": [], "min_stem": 0, "stem_ends": {}},
}

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def rules_for(lang: str) -> dict | None:
    """The folding rules of ``lang``, or None if it needs none."""
    return RULES.get(lang)


def fold_word(word: str, lang: str) -> str:
    """The folded form of one word: "Мігрантаў" -> "мігрант"."""
    rules = RULES.get(lang)
    word = word.lower()
    if rules is None:
        return word
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
