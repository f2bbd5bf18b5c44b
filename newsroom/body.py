"""Render the Markdown body of a checked document to HTML.

The body is rendered once per build for all language sites. Its references
to local files are checked and resolved (``newsroom.markdown_references``),
and the few strings Markdown adds (credit lines, the footnote back-link
title) are in the document's language.
"""

from __future__ import annotations

import gettext
from pathlib import PurePosixPath

from markdown import Markdown

from newsroom import data
from newsroom.content_model import Document, ModelContext
from newsroom.markdown_references import LocalReferences, ReferenceContext
from newsroom.problems import ContentError


def credit_line(credit: data.PhotoCredit, lang: str, translation) -> str:
    """The line under a photo: "Photo: Alesia Rakitskaya"."""
    name = credit.credits[lang]
    if credit.kind == "illustration":
        return translation.gettext("Illustration: %(credit)s") % {"credit": name}
    if credit.kind == "design":
        return translation.gettext("Design: %(credit)s") % {"credit": name}
    return translation.gettext("Photo: %(credit)s") % {"credit": name}


def render(
    document: Document,
    ctx: ModelContext,
    markdown_options: dict,
    translation: gettext.NullTranslations,
) -> str:
    """The body as HTML; problems with its references join the document's."""
    sid = document.source_id
    folder = ctx.content_root / PurePosixPath(sid.path).parent
    # read with the fields when the Image or Materials needed it; else now
    credits = document.values.get("credits")
    if credits is None:
        try:
            credits = data.load_photo_credits(folder, list(ctx.languages))
        except ContentError:
            credits = {}  # the file's own problems are reported with its Image
    references = ReferenceContext(
        folder=folder,
        content_root=ctx.content_root,
        lang=sid.lang,
        credits=credits,
        credit_line=lambda credit: credit_line(credit, sid.lang, translation),
        shown_path=f"{ctx.content_root.name}/{sid.path}",
        body=document.body,
        body_line=document.body_line,
        max_image_bytes=ctx.max_image_bytes,
        public_types=ctx.public_types,
    )
    options = dict(markdown_options)
    configs = {
        name: dict(c) for name, c in options.get("extension_configs", {}).items()
    }
    footnotes = configs.setdefault("markdown.extensions.footnotes", {})
    # Translators: {} is the footnote's number
    footnotes["BACKLINK_TITLE"] = translation.gettext("Back to footnote {} in the text")
    options["extension_configs"] = configs
    options["extensions"] = [
        *options.get("extensions", []),
        LocalReferences(references),
    ]
    html = Markdown(**options).convert(document.body)
    document.problems.extend(references.problems)
    document.links = references.links
    return html
