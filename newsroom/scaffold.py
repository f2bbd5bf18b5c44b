"""``invoke new``: start a release or a campaign from its title.

The new files carry every field of their kind, today's date in the site's
time zone, the shared key (the folder) and a Latin slug made from the title,
and ``Status: draft``, so nothing goes live before the editor says so.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from newsroom.content_model import ARTICLE, CAMPAIGN, SECTIONS, ModelContext
from newsroom.problems import ContentError, Problem
from newsroom.slugs import is_slug, latin_slug

SECTION_OF = {kind: section for section, kind in SECTIONS.items()}
PLACEHOLDER_BODY = {
    ARTICLE: "The text of the release.\n",
    CAMPAIGN: "## Key messages\n\n- \n",
}


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
    lines = [
        f"Title: {title}",
        "Summary: ",
        f"Campaign_start: {moment:%Y-%m-%d}",
        "Campaign_end: ",
        f"Contact: {contact}",
        "Status: draft",
    ]
    return "\n".join(lines) + "\n\n" + PLACEHOLDER_BODY[CAMPAIGN]


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

    Raises ContentError, naming what to change, when the title gives no key,
    the language or category is unknown, or the folder already exists.
    """
    problems = []
    key = key or latin_slug(title)
    if not title.strip():
        problems.append(Problem("new", 1, "give a title"))
    if not key or not is_slug(key):
        problems.append(
            Problem(
                "new",
                1,
                f"{key or title!r} gives no Latin key; add --key words-in-latin",
            )
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
                "choose a category with --category, one of "
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
            slug = latin_slug(title) if code == lang else ""
            text = _release(text_title, moment, category, slug)
        else:
            text = _campaign(text_title, moment, contact)
        path = folder / f"{code}.md"
        path.write_text(text, encoding="utf-8")
        created.append(path)
    return created
