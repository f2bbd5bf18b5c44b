"""``invoke new``: start a release or a campaign from its title.

The new files carry every field of their kind, today's date in the site's
time zone, the shared key (the folder) and a Latin slug made from the title,
and ``Status: draft``, so nothing goes live before the editor says so.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from newsroom.content_model import (
    ARTICLE,
    CAMPAIGN,
    PLACEHOLDER_BODY,
    SECTIONS,
    ModelContext,
)
from newsroom.problems import ContentError, Problem
from newsroom.slugs import is_slug, latin_slug

SECTION_OF = {kind: section for section, kind in SECTIONS.items()}


def _release(title: str, moment: datetime.datetime, category: str, slug: str) -> str:
    lines = [
        f"Title: {title}",
        f"Date: {moment:%Y-%m-%d %H:%M}",
        f"Category: {category}",
        "Tags: ",
        "Summary: ",
    ]
    if slug:
        lines.append(f"Slug: {slug}")
    lines.append("Status: draft")
    return "\n".join(lines) + "\n\n" + PLACEHOLDER_BODY[ARTICLE]


def _campaign(title: str, moment: datetime.datetime, contact: str) -> str:
    # Campaign_end is optional: a campaign without one runs until it is added
    lines = [
        f"Title: {title}",
        "Summary: ",
        f"Campaign_start: {moment:%Y-%m-%d}",
        f"Contact: {contact}",
        "Status: draft",
    ]
    return "\n".join(lines) + "\n\n" + PLACEHOLDER_BODY[CAMPAIGN]


# letters that only one of our Cyrillic languages uses
_ONLY_BELARUSIAN = set("іІўЎ'’")
_ONLY_RUSSIAN = set("иИщЩъЪ")


def guess_language(title: str, languages: tuple[str, ...]) -> str | None:
    """The language a title is written in, when its letters say so."""
    letters = set(title)
    if not any("\u0400" <= c <= "\u04ff" for c in letters):
        return "en" if "en" in languages and any(c.isalpha() for c in letters) else None
    if letters & _ONLY_BELARUSIAN and not letters & _ONLY_RUSSIAN:
        return "be" if "be" in languages else None
    if letters & _ONLY_RUSSIAN and not letters & _ONLY_BELARUSIAN:
        return "ru" if "ru" in languages else None
    return None


def new_item(
    ctx: ModelContext,
    title: str,
    lang: str,
    kind: str = ARTICLE,
    category: str = "",
    key: str = "",
    translations: bool = False,
) -> list[Path]:
    """Create the files of a new item; return their paths.

    ``lang`` may be empty: the title's letters then tell Belarusian, Russian
    and English apart, or the editor is asked. Raises ContentError, naming
    what to change, when the title gives no key, the language or category is
    unknown, or the folder already exists.
    """
    title = " ".join(title.split())  # a pasted title may end in a line break
    if not title or title.startswith("-"):
        # `invoke new --help` arrives here as a title
        raise ContentError(
            [Problem("new", 1, "give a title (`invoke --help new` lists the options)")]
        )
    if not any(c.isalpha() for c in title):
        raise ContentError(
            [Problem("new", 1, f"the title {title!r} has no words; give a real title")]
        )
    lang = lang or guess_language(title, ctx.languages) or ""
    if not lang:
        raise ContentError(
            [
                Problem(
                    "new",
                    1,
                    "the title could be Belarusian or Russian; say which with "
                    "--lang be or --lang ru",
                )
            ]
        )
    problems = []
    if key and not is_slug(key):
        problems.append(
            Problem(
                "new",
                1,
                f"--key {key!r} must be lower-case Latin words joined "
                f"by hyphens, e.g. {latin_slug(key)!r}",
            )
        )
    key = key or latin_slug(title, lang=lang)
    if not key:
        problems.append(
            Problem("new", 1, f"{title!r} gives no Latin key; add --key words-in-latin")
        )
    if lang not in ctx.languages:
        problems.append(
            Problem(
                "new",
                1,
                f"{lang!r} is not a language of the site; use one of "
                + ", ".join(ctx.languages),
            )
        )
    if kind == ARTICLE and category not in ctx.categories:
        problems.append(
            Problem(
                "new",
                1,
                (f"there is no category {category!r}; " if category else "")
                + "choose a category with --category, one of "
                + ", ".join(sorted(ctx.categories)),
            )
        )
    folder = ctx.content_root / SECTION_OF[kind] / key
    if key and folder.exists():
        problems.append(
            Problem("new", 1, f"{folder} exists already; choose another title or --key")
        )
    if problems:
        raise ContentError(problems)

    moment = ctx.now.astimezone(ctx.timezone).replace(second=0, microsecond=0)
    contact = next(iter(ctx.contacts), "")
    languages = [lang] + (
        [c for c in ctx.languages if c != lang] if translations else []
    )
    folder.mkdir(parents=True)
    created = []
    for code in languages:
        # translations start empty: their title and slug come from the translator
        text_title = title if code == lang else ""
        if kind == ARTICLE:
            slug = latin_slug(title, lang=lang) if code == lang else ""
            text = _release(text_title, moment, category, slug)
        else:
            text = _campaign(text_title, moment, contact)
        path = folder / f"{code}.md"
        path.write_text(text, encoding="utf-8")
        created.append(path)
    return created
