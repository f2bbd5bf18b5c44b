"""Read content through the newsroom's content model and guard what it writes.

Settings (defaults in ``DEFAULTS``; shared ones in ``newsroom.settings``):

``NEWSROOM_CONTENT_DATA_FOLDER``
    The folder under ``PATH`` with ``categories.csv`` and ``contacts.csv``.
``NEWSROOM_CONTENT_PUBLIC_FILES``
    The file types copied from item folders to the output; any other file
    there (notes, editor backups like ``ru.md~``) is never published.

Metadata this plugin adds to every item: ``key``, ``kind`` (article,
campaign, page), ``lang`` (from the file name), ``embargoed``,
``lead_image`` (a ``Photo``), ``materials`` (``Download`` list),
``contacts``.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path, PurePosixPath

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator

from newsroom import media
from newsroom.content_model import ModelContext
from newsroom.problems import ContentError
from newsroom.settings import apply_defaults, is_main_site

from .reader import AlreadyReported, NewsroomReader, forget_parsed_files

logger = logging.getLogger(__name__)

DEFAULTS = {
    "NEWSROOM_CONTENT_DATA_FOLDER": "data",
    "NEWSROOM_CONTENT_PUBLIC_FILES": media.PUBLIC_FILE_TYPES,
}

_INTERNAL_LINK = re.compile(r"""(?:href|src)=["']\{(filename|static)\}([^"'#?]+)""")


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
        settings["NEWSROOM_MODEL_CONTEXT"] = ModelContext.load(
            content_root=Path(settings["PATH"]),
            languages=settings["NEWSROOM_LANGUAGES"],
            timezone=settings["TIMEZONE"],
            now=settings["NEWSROOM_BUILD_TIME"],
            data_folder=settings["NEWSROOM_CONTENT_DATA_FOLDER"],
        )
    except ContentError as error:
        for problem in error.problems:
            logger.error("%s", problem)
        raise BuildStopped("the data files have errors; fix them first") from None


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
    public_types = tuple(generator.settings["NEWSROOM_CONTENT_PUBLIC_FILES"])
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
        elif not relative.lower().endswith(public_types):
            logger.warning(
                "%s/%s: not published: only %s files are; move it out of "
                "content/ if it is not for readers",
                content_folder,
                relative,
                ", ".join(t.lstrip(".") for t in public_types),
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


def check_references(generators) -> None:
    """Name releases that link to unpublished items or unknown campaigns.

    Runs in the main site, which has read every file of every language.
    """
    settings = generators[0].settings
    if not is_main_site(settings):
        return
    content_folder = Path(settings["PATH"]).name
    context = generators[0].context
    published = {
        path: item
        for path, item in context["generated_content"].items()
        if item is not None and item.status in ("published", "hidden")
    }
    campaigns = defaultdict(set)
    for item in published.values():
        if item.kind == "campaign":
            campaigns[item.key].add(item.lang)

    published_folders = {_item_folder(path) for path in published}
    for path, item in sorted(published.items()):
        shown = f"{content_folder}/{path}"
        for kind, target in _INTERNAL_LINK.findall(item._content or ""):
            linked = _normalise(f"{PurePosixPath(path).parent}/{target}")
            if kind == "filename":
                is_public = linked in published
            else:
                is_public = _item_folder(linked) in published_folders
            if not is_public:
                logger.error(
                    "%s: links to %s/%s, which is not published (a draft or "
                    "embargoed); remove the link or publish it first",
                    shown,
                    content_folder,
                    linked,
                )
        campaign = getattr(item, "campaign", None)
        if not campaign:
            continue
        line = item.source_lines.get("campaign", 1)
        if campaign not in campaigns:
            logger.error(
                "%s:%s: Campaign %r is not a published campaign; fix the key or "
                "publish the campaign",
                shown,
                line,
                campaign,
            )
        elif item.lang not in campaigns[campaign]:
            logger.warning(
                "%s:%s: Campaign %r has no %s version, so this release cannot "
                "link to it",
                shown,
                line,
                campaign,
                item.lang,
            )


def _normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def check_site(generators) -> None:
    refuse_colliding_outputs(generators)
    check_references(generators)


def register():
    signals.initialized.connect(prepare_model)
    signals.readers_init.connect(use_newsroom_reader)
    signals.static_generator_finalized.connect(publish_only_public_files)
    signals.all_generators_finalized.connect(check_site)
