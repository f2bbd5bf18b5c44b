"""The newsroom's data files: categories, contacts and photo credits.

Each is a UTF-8 CSV with one column per language where text is shown to
readers (``be``, ``ru``, ``en`` ... or ``name_be`` ...), so that adding a
language means adding a column. ``content/data/README.md`` documents the
columns for editors.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from newsroom.frontmatter import guess_legacy_encoding, remove_control_characters
from newsroom.problems import ContentError, Problem, display_path
from newsroom.slugs import is_slug, latin_slug

PHOTOS_FILE = "photos.csv"
# what a credit line says the work is: "Photo: ...", "Illustration: ..."
CREDIT_KINDS = ("photo", "illustration", "design")


@dataclass(frozen=True)
class Category:
    key: str
    labels: dict[str, str]


@dataclass(frozen=True)
class Contact:
    key: str
    email: str
    phone: str
    names: dict[str, str]
    roles: dict[str, str]


@dataclass(frozen=True)
class PhotoCredit:
    file: str
    licence: str
    credits: dict[str, str]
    kind: str = "photo"
    # the licence in words of each language, where it needs translating
    licences: dict[str, str] | None = None

    def licence_in(self, lang: str) -> str:
        return (self.licences or {}).get(lang) or self.licence


def read_rows(
    path: Path,
    required: list[str],
    shown: str | None = None,
    warnings: list[Problem] | None = None,
) -> list[tuple[int, dict[str, str]]]:
    """Read a CSV file into (line number, row) pairs, checking its header.

    ``shown`` is how messages name the file (by default, relative to the
    working directory). Control characters are removed, with a warning added
    to ``warnings``.
    """
    shown = shown or display_path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError([Problem(shown, 1, "the data file is missing")]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        hint = guess_legacy_encoding(data)
        raise ContentError(
            [Problem(shown, 1, f"the file is not UTF-8{hint}; save it as CSV UTF-8")]
        ) from None
    text, removed = remove_control_characters(text, shown)
    if warnings is not None:
        warnings.extend(removed)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [column for column in required if column not in header]
    if missing and len(header) == 1 and ";" in header[0]:
        raise ContentError(
            [
                Problem(
                    shown,
                    1,
                    "the columns are separated by semicolons; save the file as "
                    "CSV UTF-8 with commas",
                )
            ]
        )
    if missing:
        raise ContentError(
            [Problem(shown, 1, f"missing column(s) {', '.join(missing)} in the header")]
        )
    rows = []
    for row in reader:
        line = reader.line_num
        cleaned = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if any(cleaned.values()):
            rows.append((line, cleaned))
    return rows


def _require_text(shown, line, row, columns, problems):
    for column in columns:
        if not row.get(column):
            problems.append(Problem(shown, line, f"the {column!r} column is empty"))


def _require_key(shown, line, key, seen, problems):
    """A key is an address part: a slug, and used once in its file."""
    if key and not is_slug(key):
        problems.append(
            Problem(
                shown,
                line,
                f"the key {key!r} must be lower-case Latin words joined by "
                f"hyphens, e.g. {latin_slug(key)!r}",
            )
        )
    if key in seen:
        problems.append(Problem(shown, line, f"the key {key!r} is used twice"))


def load_categories(
    path: Path,
    languages: list[str],
    shown: str | None = None,
    warnings: list[Problem] | None = None,
) -> dict[str, Category]:
    """Categories by key, each with a label per language."""
    shown = shown or display_path(path)
    rows = read_rows(path, ["key", *languages], shown, warnings)
    problems: list[Problem] = []
    categories = {}
    for line, row in rows:
        _require_text(shown, line, row, ["key", *languages], problems)
        _require_key(shown, line, row["key"], categories, problems)
        categories[row["key"]] = Category(row["key"], {c: row[c] for c in languages})
    if problems:
        raise ContentError(problems)
    return categories


def load_contacts(
    path: Path,
    languages: list[str],
    shown: str | None = None,
    warnings: list[Problem] | None = None,
) -> dict[str, Contact]:
    """Press contacts by key, each with a name and a role per language."""
    shown = shown or display_path(path)
    names = [f"name_{code}" for code in languages]
    roles = [f"role_{code}" for code in languages]
    rows = read_rows(path, ["key", "email", "phone", *names, *roles], shown, warnings)
    problems: list[Problem] = []
    contacts = {}
    for line, row in rows:
        _require_text(shown, line, row, ["key", "email", *names, *roles], problems)
        _require_key(shown, line, row["key"], contacts, problems)
        contacts[row["key"]] = Contact(
            key=row["key"],
            email=row["email"],
            phone=row["phone"],
            names={c: row[f"name_{c}"] for c in languages},
            roles={c: row[f"role_{c}"] for c in languages},
        )
    if problems:
        raise ContentError(problems)
    return contacts


def load_photo_credits(
    folder: Path,
    languages: list[str],
    shown: str | None = None,
    warnings: list[Problem] | None = None,
) -> dict[str, PhotoCredit]:
    """Credits of the photos in one content folder, from its ``photos.csv``.

    A folder without photos needs no file; the result is then empty.
    """
    path = folder / PHOTOS_FILE
    if not path.exists():
        return {}
    shown = shown or display_path(path)
    credit_columns = [f"credit_{code}" for code in languages]
    rows = read_rows(path, ["file", "licence", *credit_columns], shown, warnings)
    problems: list[Problem] = []
    photos = {}
    for line, row in rows:
        _require_text(shown, line, row, ["file", "licence", *credit_columns], problems)
        kind = row.get("kind") or "photo"
        if kind not in CREDIT_KINDS:
            problems.append(
                Problem(
                    shown,
                    line,
                    f"kind {kind!r} is not one of {', '.join(CREDIT_KINDS)}",
                )
            )
        photos[row["file"]] = PhotoCredit(
            file=row["file"],
            licence=row["licence"],
            credits={c: row[f"credit_{c}"] for c in languages},
            kind=kind,
            licences={c: row.get(f"licence_{c}", "") for c in languages},
        )
    if problems:
        raise ContentError(problems)
    return photos
