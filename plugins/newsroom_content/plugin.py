"""Read content through the newsroom's content model and guard what it writes.

Settings (defaults in ``DEFAULTS``; shared ones in ``newsroom.settings``):

``NEWSROOM_CONTENT_DATA_FOLDER``
    The folder under ``PATH`` with ``categories.csv`` and ``contacts.csv``.
``NEWSROOM_CONTENT_PUBLIC_FILES``
    The file types copied from item folders to the output; any other file
    there (notes, editor backups like ``ru.md~``) is never published.
``NEWSROOM_CONTENT_TERMS_SEVERITY``
    ``"warning"`` or ``"error"``: what a term from
    ``content/data/terminology.csv`` found in a text is. Warnings while
    writing; ``publishconf.py`` makes them errors.
``NEWSROOM_CONTENT_MAX_IMAGE_BYTES``
    The heaviest photo a page may show (lead and body images).
``NEWSROOM_CONTENT_PREVIEW_UNPUBLISHED``
    ``False``: drafts and embargoed items are skipped before Pelican sees
    them (status ``skip``), so they reach no page, listing, feed or index.
    ``True`` (``invoke livereload`` only): they are written at their address,
    marked as previews and listed nowhere, so an editor can see them.

Metadata this plugin adds to every item: ``key``, ``kind`` (article,
campaign, page), ``lang`` (from the file name), ``lead_image`` (a
``Photo``), ``materials`` (``Download`` list), ``contacts``,
``source_lines`` (field name -> line, for messages).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path, PurePosixPath

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator

from newsroom.content_model import context_from_settings
from newsroom.problems import ContentError
from newsroom.settings import CONTENT_DEFAULTS, apply_defaults, is_main_site

from .reader import (
    AlreadyReported,
    NewsroomReader,
    forget_parsed_files,
    skipped_sources,
)

logger = logging.getLogger(__name__)

# shared with `invoke check`, so they live beside the content model
DEFAULTS = CONTENT_DEFAULTS


class BuildStopped(Exception):
    """The build cannot go on; the message says what to fix."""


def prepare_model(pelican) -> None:
    """Load the data files once per build and share them with every site."""
    settings = pelican.settings
    apply_defaults(settings, DEFAULTS)
    if not is_main_site(settings):
        return
    forget_parsed_files()
    quiet_repeated_reports()
    try:
        settings["NEWSROOM_MODEL_CONTEXT"] = context_from_settings(settings)
        for problem in settings["NEWSROOM_MODEL_CONTEXT"].warnings:
            logger.warning("%s", problem)
    except ContentError as error:
        for problem in error.problems:
            logger.error("%s", problem)
        raise BuildStopped(
            "the settings or data files have errors; fix them first"
        ) from None


def quiet_repeated_reports() -> None:
    generators_logger = logging.getLogger("pelican.generators")
    if not any(isinstance(f, AlreadyReported) for f in generators_logger.filters):
        generators_logger.addFilter(AlreadyReported())


def use_newsroom_reader(readers) -> None:
    """Read Markdown with our reader, and nothing else.

    Turning the reStructuredText reader off also silences docutils' warning
    that it has no Belarusian localisation: we have no .rst content.
    """
    for extension in list(readers.reader_classes):
        if extension != "static":  # the no-op reader of photos and downloads
            readers.reader_classes[extension] = None
    readers.reader_classes["md"] = NewsroomReader


def register_skipped_sources(generator) -> None:
    """Tell Pelican that skipped drafts are sources, not files to copy.

    Pelican records a source it skipped nowhere, so its static generator,
    which also walks news/, would take an embargoed ``en.md`` for a file to
    publish. Recorded like a file that failed, it is left alone.
    """
    for path in skipped_sources():
        generator.context["generated_content"].setdefault(path, None)


def _item_folder(relative_path: str) -> str:
    """``news/<key>`` for anything under ``news/<key>/``."""
    return "/".join(PurePosixPath(relative_path).parts[:2])


def publish_only_public_files(generator) -> None:
    """Copy a file from an item folder only if it is meant for readers.

    That is: the item (some language version of it) is published or hidden,
    the file is of a public type (photos, documents), and it is not a hidden
    file. The photo of an embargoed release must not be guessable at
    /media/news/<key>/lead.jpg, nor an editor's backup ``ru.md~`` readable.
    """
    if not is_main_site(generator.settings):
        return
    content_folder = Path(generator.settings["PATH"]).name
    ctx = generator.settings["NEWSROOM_MODEL_CONTEXT"]
    published = {
        _item_folder(path)
        for path, content in generator.context["generated_content"].items()
        if content is not None and content.status in ("published", "hidden")
    }
    kept = []
    for static in generator.staticfiles:
        relative = static.relative_source_path
        parts = PurePosixPath(relative).parts
        if any(part.startswith(".") for part in parts):
            logger.debug("%s: hidden file, not published", relative)
        elif not ctx.is_public_file(relative):
            logger.warning(
                "%s/%s: not published: only %s files are; move it out of "
                "content/ if it is not for readers",
                content_folder,
                relative,
                ctx.shown_public_types(),
            )
        elif _item_folder(relative) not in published:
            logger.debug("%s: withheld, its item is not published", relative)
        else:
            kept.append(static)
    generator.staticfiles[:] = kept


def refuse_colliding_outputs(generators) -> None:
    """Stop the build when two sources would write the same output file."""
    writers = defaultdict(list)
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            contents = generator.articles + generator.hidden_articles
        elif isinstance(generator, PagesGenerator):
            contents = generator.pages + generator.hidden_pages
        else:
            continue
        for content in contents:
            writers[content.save_as].append(content)
    content_folder = Path(generators[0].settings["PATH"]).name
    collisions = {out: items for out, items in writers.items() if len(items) > 1}
    for output, items in sorted(collisions.items()):
        named = " and ".join(
            f"{content_folder}/{item.relative_source_path}:"
            f"{item.source_lines.get('title', 1)}"
            for item in sorted(items, key=lambda i: i.relative_source_path)
        )
        logger.error(
            "%s would both be written to %s; give one of them another Slug or Title",
            named,
            output,
        )
    if collisions:
        raise BuildStopped("two sources would write the same page")


def register():
    signals.initialized.connect(prepare_model)
    signals.readers_init.connect(use_newsroom_reader)
    signals.article_generator_finalized.connect(register_skipped_sources)
    signals.page_generator_finalized.connect(register_skipped_sources)
    signals.static_generator_finalized.connect(publish_only_public_files)
    signals.all_generators_finalized.connect(refuse_colliding_outputs)
