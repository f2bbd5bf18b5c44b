"""Rights-based wording: find terms the press office has chosen to avoid.

The list is data (``content/data/terminology.csv``), kept by the press office.
A term is written the way an editor thinks of it, with two shorthands for
the many forms a Belarusian or Russian word takes:

- ``{a,b,}`` lists endings, an empty one included: ``мигрант{,а,у,ом,е,ы,ов}``;
- ``*`` stands for any ending: ``нелегальн* мигрант*``.

Words of a term may be separated by any spaces or line breaks; matching
ignores case, treats ё as е, ignores soft hyphens and zero-width characters
pasted from word processors, and reads Latin lookalike letters inside
Belarusian and Russian words as Cyrillic. Words may be joined by spaces,
line breaks or a hyphen. Text between ``<!-- language-check: off -->`` and
``<!-- language-check: on -->`` is exempt: a quoted statement is reported as
it was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsroom.data import read_rows
from newsroom.problems import ContentError, Problem

KINDS = ("stigmatising", "gendered", "other")
EXEMPT_START = "<!-- language-check: off -->"
EXEMPT_END = "<!-- language-check: on -->"
# the markers as editors may type them: any case, any spacing
_MARKER = re.compile(r"<!--\s*language-check\s*:\s*(off|on)\s*-->", re.IGNORECASE)
# characters pasted from word processors that hide a word from matching:
# soft hyphens and zero-width spaces and joiners
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# Latin letters typed inside Cyrillic words: they look the same
_LOOKALIKES = {
    "be": str.maketrans("aceopxyiACEOPXYI", "асеорхуіАСЕОРХУІ"),
    "ru": str.maketrans("aceopxyACEOPXY", "асеорхуАСЕОРХУ"),
}
# words of a term are separated by spaces, line breaks or a hyphen
_SEPARATOR = r"(?:\s+|\s*-\s*)"
# a letter of any of our scripts, and the Belarusian apostrophe inside words
_LETTER = r"[^\W\d_]"


@dataclass(frozen=True)
class Term:
    lang: str
    written: str  # as in the CSV, for messages
    pattern: re.Pattern
    suggestion: str
    kind: str
    note: str


@dataclass(frozen=True)
class Finding:
    line: int
    found: str
    term: Term
    offset: int = 0  # in the text, to list findings in reading order

    def message(self) -> str:
        reason = {
            "stigmatising": "stigmatises people",
            "gendered": "is gendered wording",
            "other": "is on the press office's list of terms to avoid",
        }[self.term.kind]
        note = f" ({self.term.note})" if self.term.note else ""
        return f"«{self.found}» {reason}; write «{self.term.suggestion}» instead{note}"


def _normalise(text: str, lang: str = "") -> str:
    """Text as matching sees it: ё as е, no invisible characters, and Latin
    lookalike letters in Belarusian and Russian read as Cyrillic."""
    text = _INVISIBLE.sub("", text).replace("ё", "е").replace("Ё", "Е")
    return text.translate(_LOOKALIKES[lang]) if lang in _LOOKALIKES else text


def compile_term(written: str) -> re.Pattern:
    """The regular expression for a term written with ``{,}`` and ``*``."""
    parts = []
    # words are split at spaces, except inside {...}: {asylum seekers,refugees}
    for word in re.findall(r"(?:\{[^}]*\}|\S)+", _normalise(written)):
        pattern = ""
        for piece in re.split(r"(\{[^}]*\}|\*)", word):
            if piece == "*":
                pattern += f"{_LETTER}*"
            elif piece.startswith("{") and piece.endswith("}"):
                endings = sorted(piece[1:-1].split(","), key=len, reverse=True)
                pattern += "(?:" + "|".join(_words(e) for e in endings) + ")"
            else:
                pattern += re.escape(piece)
        parts.append(pattern)
    body = _SEPARATOR.join(parts)
    return re.compile(rf"(?<!{_LETTER}){body}(?!{_LETTER})", re.IGNORECASE)


def _words(text: str) -> str:
    return _SEPARATOR.join(re.escape(word) for word in text.split()) if text else ""


def load_terms(
    path: Path, languages: list[str], shown: str, warnings: list | None = None
) -> list[Term]:
    """The terms of ``terminology.csv`` for ``languages``."""
    rows = read_rows(
        path, ["lang", "term", "suggestion", "kind", "note"], shown, warnings
    )
    terms, problems = [], []
    for line, row in rows:
        if row["lang"] not in languages:
            continue  # a language the site does not publish in (any more)
        if row["kind"] not in KINDS:
            problems.append(
                Problem(
                    shown,
                    line,
                    f"kind {row['kind']!r} is not one of " + ", ".join(KINDS),
                )
            )
            continue
        if not row["term"] or not row["suggestion"]:
            problems.append(Problem(shown, line, "term and suggestion are both needed"))
            continue
        # the fewest letters the term can match: each {...} at its shortest
        letters = re.sub(
            r"\{([^}]*)\}",
            lambda group: min(group.group(1).split(","), key=len),
            row["term"],
        )
        letters = re.sub(r"[*\s]", "", letters)
        if row["term"].count("{") != row["term"].count("}"):
            problems.append(Problem(shown, line, "the term has an unclosed { or }"))
            continue
        if len(letters) < 3:
            problems.append(
                Problem(
                    shown,
                    line,
                    "the term needs at least three letters besides * and {...}",
                )
            )
            continue
        try:
            pattern = compile_term(row["term"])
        except re.error as error:
            problems.append(Problem(shown, line, f"the term cannot be read: {error}"))
            continue
        terms.append(
            Term(
                row["lang"],
                row["term"],
                pattern,
                row["suggestion"],
                row["kind"],
                row["note"],
            )
        )
    if problems:
        raise ContentError(problems)
    return terms


def exempt_spans(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """The (start, end) offsets of quoted statements, and where an "off" marker
    was never turned back "on" (its offset), if anywhere."""
    spans, start = [], None
    unclosed = None
    for match in _MARKER.finditer(text):
        if match.group(1).lower() == "off" and start is None:
            start, unclosed = match.end(), match.start()
        elif match.group(1).lower() == "on" and start is not None:
            spans.append((start, match.start()))
            start, unclosed = None, None
    if start is not None:
        spans.append((start, len(text)))
    return spans, unclosed


def unclosed_exemption(text: str) -> int | None:
    """The line offset (0-based) of an "off" marker never turned back "on"."""
    _, unclosed = exempt_spans(text)
    return None if unclosed is None else text.count("\n", 0, unclosed)


def find_terms(
    text: str, first_line: int, lang: str, terms: list[Term]
) -> list[Finding]:
    """Every use of a listed term of ``lang`` in ``text``, outside exemptions.

    ``first_line`` is the line number of the first line of ``text`` in its file.
    """
    normalised = _normalise(text, lang)
    exempt, _ = exempt_spans(normalised)
    findings = []
    for term in (t for t in terms if t.lang == lang):
        for match in term.pattern.finditer(normalised):
            if any(start <= match.start() < end for start, end in exempt):
                continue
            line = first_line + normalised.count("\n", 0, match.start())
            found = " ".join(normalised[match.start() : match.end()].split())
            findings.append(Finding(line, found, term, match.start()))
    return sorted(findings, key=lambda f: (f.line, f.offset))
