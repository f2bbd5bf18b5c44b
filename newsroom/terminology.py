"""Rights-based wording: find terms the press office has chosen to avoid.

The list is data (``content/data/terminology.csv``), kept by the press office.
A term is written the way an editor thinks of it, with two shorthands for
the many forms a Belarusian or Russian word takes:

- ``{a,b,}`` lists endings, an empty one included: ``мигрант{,а,у,ом,е,ы,ов}``;
- ``*`` stands for any ending: ``нелегальн* мигрант*``.

Words of a term may be separated by any spaces or line breaks; matching
ignores case and treats ё as е. Text between ``<!-- language-check: off -->``
and ``<!-- language-check: on -->`` is exempt: a quoted statement is
reported as it was said.
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

    def message(self) -> str:
        reason = {
            "stigmatising": "stigmatises people",
            "gendered": "is gendered wording",
            "other": "is on the press office's list of terms to avoid",
        }[self.term.kind]
        note = f" ({self.term.note})" if self.term.note else ""
        return f"«{self.found}» {reason}; write «{self.term.suggestion}» instead{note}"


def _normalise(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


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
    body = r"\s+".join(parts)
    return re.compile(rf"(?<!{_LETTER}){body}(?!{_LETTER})", re.IGNORECASE)


def _words(text: str) -> str:
    return r"\s+".join(re.escape(word) for word in text.split()) if text else ""


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


def exempt_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the parts marked as quoted statements."""
    spans, start = [], None
    for match in re.finditer(
        re.escape(EXEMPT_START) + "|" + re.escape(EXEMPT_END), text
    ):
        if match.group() == EXEMPT_START and start is None:
            start = match.end()
        elif match.group() == EXEMPT_END and start is not None:
            spans.append((start, match.start()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def find_terms(
    text: str, first_line: int, lang: str, terms: list[Term]
) -> list[Finding]:
    """Every use of a listed term of ``lang`` in ``text``, outside exemptions.

    ``first_line`` is the line number of the first line of ``text`` in its file.
    """
    normalised = _normalise(text)
    exempt = exempt_spans(normalised)
    findings = []
    for term in (t for t in terms if t.lang == lang):
        for match in term.pattern.finditer(normalised):
            if any(start <= match.start() < end for start, end in exempt):
                continue
            line = first_line + normalised.count("\n", 0, match.start())
            found = " ".join(text[match.start() : match.end()].split())
            findings.append(Finding(line, found, term))
    return sorted(findings, key=lambda f: (f.line, f.found))
