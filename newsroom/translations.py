"""``invoke translations``: which stories lack a translation, or an update.

For each release, campaign and page: per language, whether the version
exists, and whether it is older than the original (the version in the
default language, or the first language that has one). A version's age is
its last change: the later of its ``Modified``/``Date`` field and, in a Git
checkout, its last commit.
"""

from __future__ import annotations

import datetime
import subprocess
from dataclasses import dataclass
from pathlib import Path

from newsroom.content_model import Document

ORIGINAL, CURRENT, OLDER, MISSING, DRAFT, BROKEN = (
    "original",
    "ok",
    "older",
    "missing",
    "draft",
    "error",
)


_ABSENT = object()  # no file at all, unlike None: a file that cannot be read


@dataclass
class Row:
    kind: str
    key: str
    states: dict[str, str]  # lang -> one of the states above


def last_commits(root: Path) -> dict[str, datetime.datetime]:
    """The time of the last commit of each file under ``root`` (Git only)."""
    try:
        run = subprocess.run(
            ["git", "log", "--format=%x00%ct", "--name-only", "--relative", "--", "."],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return {}
    times: dict[str, datetime.datetime] = {}
    moment = None
    for line in run.stdout.splitlines():
        if line.startswith("\x00"):
            moment = datetime.datetime.fromtimestamp(int(line[1:]), datetime.UTC)
        elif line and moment is not None:
            times.setdefault(line, moment)  # newest first: keep the first seen
    return times


def _last_change(document: Document, commits) -> datetime.datetime:
    written = document.values.get("modified") or document.values.get("date")
    committed = commits.get(document.source_id.path)
    candidates = [t for t in (written, committed) if isinstance(t, datetime.datetime)]
    return (
        max(candidates)
        if candidates
        else datetime.datetime.min.replace(tzinfo=datetime.UTC)
    )


def translation_table(
    documents: list[Document],
    languages: tuple[str, ...],
    root: Path,
    unreadable: list | None = None,
) -> list[Row]:
    """One row per item, in the order of kind and key.

    ``unreadable`` are the source ids of files that could not be read (not
    UTF-8): they exist, and are shown as errors rather than as missing.
    """
    commits = last_commits(root)
    items: dict[tuple[str, str], dict[str, Document | None]] = {}
    for document in documents:
        sid = document.source_id
        items.setdefault((sid.kind, sid.key), {})[sid.lang] = document
    for sid in unreadable or []:
        items.setdefault((sid.kind, sid.key), {})[sid.lang] = None
    rows = []
    for (kind, key), versions in sorted(items.items()):
        readable = [lang for lang in languages if versions.get(lang) is not None]
        original_lang = readable[0] if readable else languages[0]
        original = versions.get(original_lang)
        original_time = _last_change(original, commits) if original else None
        states = {}
        for lang in languages:
            version = versions.get(lang, _ABSENT)
            if version is _ABSENT:
                states[lang] = MISSING
            elif version is None or version.errors:
                states[lang] = BROKEN
            elif version.state == "draft":
                states[lang] = DRAFT
            elif lang == original_lang:
                states[lang] = ORIGINAL
            elif original_time and _last_change(version, commits) < original_time:
                states[lang] = OLDER
            else:
                states[lang] = CURRENT
        rows.append(Row(kind, key, states))
    return rows


def format_table(rows: list[Row], languages: tuple[str, ...]) -> str:
    """The table as text, one item per line, and a summary line."""
    width = max([len(r.key) for r in rows] + [3]) + 2
    lines = [
        "kind      " + "key".ljust(width) + "".join(c.ljust(10) for c in languages)
    ]
    for row in rows:
        cells = "".join(row.states[c].ljust(10) for c in languages)
        lines.append(row.kind.ljust(10) + row.key.ljust(width) + cells)
    missing = sum(s == MISSING for r in rows for s in r.states.values())
    older = sum(s == OLDER for r in rows for s in r.states.values())
    lines.append(
        f"{len(rows)} items; {missing} translations missing, {older} older than "
        "their original"
    )
    return "\n".join(line.rstrip() for line in lines)
