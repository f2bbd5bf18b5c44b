"""A Markdown reader that applies the newsroom's content model.

Each source file is parsed, checked and rendered once per build, however many
language sites read it: pelican-i18n-subsites runs one Pelican per language
and each of them reads every file, so the result is kept in memory, keyed by
the file's size and modification time and by the build.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pelican.readers import BaseReader
from pelican.urlwrappers import Category, Tag

from newsroom import body, catalogs, checks, content_model, media
from newsroom.content_model import ARTICLE, CAMPAIGN, Document, ModelContext
from newsroom.problems import ContentError, Problem
from newsroom.slugs import latin_slug

logger = logging.getLogger(__name__)

# (path, mtime, size, build) -> (document, or None if unreadable; problems)
_PARSED: dict[tuple, tuple[Document | None, list[Problem]]] = {}
# files whose problems were logged; Pelican's own "Could not process" about
# them would only repeat it once per language site
_REPORTED: set[str] = set()
# drafts and embargoed files, skipped: Pelican must still know them as
# sources, or its static generator would take them for files to copy
_SKIPPED: set[str] = set()
# (source, build, preview) -> whether the build writes it; see _is_written
_WRITTEN: dict[tuple, bool] = {}


@dataclass(frozen=True)
class Photo:
    """An image shown with its alt text and credit line."""

    url: str  # relative to SITEURL
    alt: str
    credit_line: str  # "Photo: Alesia Rakitskaya", in the page's language
    credit: str  # "Alesia Rakitskaya"
    licence: str
    width: int
    height: int
    media_type: str
    size: int  # bytes, for feed enclosures


@dataclass(frozen=True)
class Download:
    """A file offered for download, with what readers need to decide."""

    url: str
    label: str
    size: int  # bytes
    format: str  # "PDF", "PNG"
    credit_line: str = ""  # images only: "Photo: ..."
    licence: str = ""
    width: int = 0
    height: int = 0


class NewsroomReader(BaseReader):
    """Read ``content/<section>/<key>/<lang>.md`` into Pelican metadata."""

    enabled = True
    file_extensions = ["md"]

    def read(self, source_path: str):
        context: ModelContext = self.settings["NEWSROOM_MODEL_CONTEXT"]
        path = Path(source_path)
        relative = path.relative_to(context.content_root).as_posix()
        document, problems = parse_once(path, context, self.settings)
        errors = [p for p in problems if p.is_error]
        if errors:
            _REPORTED.add(relative)
            raise ContentError(errors)
        if document.state in ("draft", "embargoed"):
            if not self.settings["NEWSROOM_CONTENT_PREVIEW_UNPUBLISHED"]:
                # written nowhere: Pelican skips the file before it reaches any
                # listing, feed, sitemap or the search index
                _SKIPPED.add(relative)
                return "", {"status": "skip"}
            document = _previewable(document, context)
        try:
            return document.html, self._metadata(document, path)
        except Exception as error:
            # a fault of ours, not the editor's: name the file and the cause
            # (Pelican's own message would say only "Could not process")
            _REPORTED.add(relative)
            logger.error(
                "%s: could not be read (%s: %s); please report this",
                content_model.shown_path(relative, context),
                type(error).__name__,
                error,
            )
            raise

    def _metadata(self, document: Document, path: Path) -> dict:
        """Turn a checked document into the metadata Pelican expects."""
        values, sid = document.values, document.source_id
        metadata = {
            "title": values["title"],
            "summary": values["summary"],
            "lang": sid.lang,
            "key": sid.key,
            "kind": sid.kind,
            "status": document.state,
            "preview_state": "",
            "source_lines": document.lines,
        }
        if sid.kind == ARTICLE:
            metadata.update(self._article_metadata(document))
        else:
            # pages and campaigns keep their key as address: /be/about/
            metadata["slug"] = sid.key
            metadata["url_prefix"] = "campaigns/" if sid.kind == CAMPAIGN else ""
            metadata["template"] = values.get("template", sid.kind)
        for name in ("campaign_start", "campaign_end", "contacts"):
            if name in values:
                metadata[name] = values[name]
        if "contact" in values:
            metadata["contacts"] = [values["contact"]]
        if "materials" in values:
            metadata["materials"] = self._downloads(document, path)
        if "image" in values:
            metadata["lead_image"] = self._photo(document, path)
        if document.state in ("draft", "embargoed"):
            # a preview: written at its address, listed nowhere (hidden)
            metadata["preview_state"] = document.state
            metadata["status"] = "hidden"
        return metadata

    def _article_metadata(self, document: Document) -> dict:
        values = document.values
        category = Category(values["category"], self.settings)
        category.slug = values["category"]
        tags = []
        for name in values.get("tags", []):
            tag = Tag(name, self.settings)
            tag.slug = latin_slug(name, lang=document.source_id.lang)
            tags.append(tag)
        metadata = {
            "date": values["date"],
            "category": category,
            "slug": content_model.article_slug(document),
        }
        if tags:
            metadata["tags"] = tags
        for name in ("modified", "campaign", "correction"):
            if name in values:
                metadata[name] = values[name]
        return metadata

    def _downloads(self, document: Document, path: Path) -> list[Download]:
        sid = document.source_id
        folder = PurePosixPath(sid.path).parent
        credits = document.values.get("credits", {})
        translation = catalogs.translation_for(self.settings, sid.lang)
        downloads = []
        for item in document.values["materials"]:
            file = path.parent / item["file"]
            credit = credits.get(item["file"])
            width, height = (0, 0)
            if credit is not None:
                width, height = media.image_size(file)
            downloads.append(
                Download(
                    url=self.settings["STATIC_URL"].format(path=folder / item["file"]),
                    label=item["label"],
                    size=file.stat().st_size,
                    format=file.suffix.lstrip(".").upper(),
                    credit_line=body.credit_line(credit, sid.lang, translation)
                    if credit
                    else "",
                    licence=credit.licence_in(sid.lang) if credit else "",
                    width=width,
                    height=height,
                )
            )
        return downloads

    def _photo(self, document: Document, path: Path) -> Photo:
        values, sid = document.values, document.source_id
        relative = PurePosixPath(sid.path).parent / values["image"]
        credit = values["image_credit"]
        width, height = values["image_size"]
        suffix = relative.suffix.lower().lstrip(".")
        return Photo(
            url=self.settings["STATIC_URL"].format(path=relative),
            alt=values["image_alt"],
            credit_line=body.credit_line(
                credit, sid.lang, catalogs.translation_for(self.settings, sid.lang)
            ),
            credit=credit.credits[sid.lang],
            licence=credit.licence_in(sid.lang),
            width=width,
            height=height,
            media_type="image/jpeg" if suffix in ("jpg", "jpeg") else f"image/{suffix}",
            size=(path.parent / values["image"]).stat().st_size,
        )


def _previewable(document: Document, context: ModelContext) -> Document:
    """A draft with what it still lacks filled in, so that it can be shown."""
    values = dict(document.values)
    values.setdefault("title", f"({document.source_id.key})")
    values.setdefault("summary", "")
    if document.source_id.kind == ARTICLE:
        values.setdefault("date", context.now)
        values.setdefault("category", next(iter(context.categories)))
    if document.source_id.kind == CAMPAIGN:
        values.setdefault("campaign_start", context.now.date())
    if "image" in values and "image_credit" not in values:
        del values["image"]
    values.setdefault("image_alt", "")
    return dataclasses.replace(document, values=values)


def parse_once(
    path: Path, context: ModelContext, settings: dict
) -> tuple[Document | None, list[Problem]]:
    """Check and render ``path``, or return what this build already made of it.

    The problems of a file are logged the first time it is read in a build,
    not once per language site.
    """
    stat = path.stat()
    stamp = (str(path), stat.st_mtime_ns, stat.st_size, id(context))
    if stamp not in _PARSED:
        _PARSED[stamp] = _parse(path, context, settings)
        for problem in _PARSED[stamp][1]:
            if problem.is_error:
                logger.error("%s", problem)
            else:
                logger.warning("%s", problem)
    return _PARSED[stamp]


def _parse(path: Path, context: ModelContext, settings: dict):
    try:
        document = content_model.load_document(path, context)
    except ContentError as error:
        return None, error.problems
    unpublished = document.state in ("draft", "embargoed")
    translation = catalogs.translation_for(settings, document.source_id.lang)
    if document.errors:
        # rendered only for the body's own problems, so that all of the
        # file's are named at once; the file is not written
        body.render(document, context, settings["MARKDOWN"], translation)
    elif not unpublished or settings["NEWSROOM_CONTENT_PREVIEW_UNPUBLISHED"]:
        document.html = body.render(
            document, context, settings["MARKDOWN"], translation
        )
        # a link to a draft would be a broken link (and would name it): the
        # file is left out, in every language site, like any broken file
        preview = settings["NEWSROOM_CONTENT_PREVIEW_UNPUBLISHED"]
        document.problems += checks.reference_problems(
            document, context, lambda source: _is_written(source, context, preview)
        )
    content_model.mark_draft_problems(document)
    if document.state == "embargoed":
        logger.info(
            "%s: embargoed until %s, not published yet",
            content_model.shown_path(document.source_id.path, context),
            document.values["date"].strftime("%Y-%m-%d %H:%M %Z"),
        )
    return document, document.problems


def _is_written(relative: str, context: ModelContext, preview: bool) -> bool:
    """Does this build write the source file at ``relative``?

    Only its metadata is read (and remembered for the build), so that two
    releases linking to each other do not read each other in circles.
    """
    key = (relative, id(context), preview)
    if key not in _WRITTEN:
        path = context.content_root / relative
        try:
            document = content_model.load_document(path, context)
        except (ContentError, OSError):
            _WRITTEN[key] = False
        else:
            shown = ("published", "hidden") + (
                ("draft", "embargoed") if preview else ()
            )
            _WRITTEN[key] = not document.errors and document.state in shown
    return _WRITTEN[key]


def skipped_sources() -> set[str]:
    """Drafts and embargoed files read so far, relative to the content folder."""
    return set(_SKIPPED)


def forget_parsed_files() -> None:
    """Drop what earlier builds parsed (a new build has a new context)."""
    _PARSED.clear()
    _REPORTED.clear()
    _SKIPPED.clear()
    _WRITTEN.clear()


class AlreadyReported(logging.Filter):
    """Drop Pelican's "Could not process <file>" when we named the problem."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (
            record.msg == "Could not process %s"
            and record.args
            and str(record.args[0]) in _REPORTED
        )
