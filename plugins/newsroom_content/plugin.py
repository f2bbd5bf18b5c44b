"""Read content through the newsroom's content model and guard what it writes.

Settings (defaults in ``DEFAULTS``):

``NEWSROOM_LANGUAGES``
    The languages of the site, the default language first in importance;
    also used by ``newsroom_i18n``.
``NEWSROOM_DATA_FOLDER``
    The folder under ``PATH`` with ``categories.csv`` and ``contacts.csv``.
``NEWSROOM_BUILD_TIME``
    The moment the build publishes as of (an aware datetime); ``None`` means
    now. Items dated later are embargoed: they are written nowhere.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path, PurePosixPath

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator

from newsroom.content_model import ModelContext
from newsroom.problems import ContentError

from .reader import AlreadyReported, NewsroomReader, forget_parsed_files

logger = logging.getLogger(__name__)

DEFAULTS = {
    "NEWSROOM_LANGUAGES": ("en",),
    "NEWSROOM_DATA_FOLDER": "data",
    "NEWSROOM_BUILD_TIME": None,
}


class BuildStopped(Exception):
    """The build cannot go on; the message says what to fix."""


def is_main_site(settings: dict) -> bool:
    """Is this the Pelican run of the default language (not a subsite)?"""
    return settings["DEFAULT_LANG"] not in settings.get("I18N_SUBSITES", {})


def prepare_model(pelican) -> None:
    """Load the data files once per build and share them with every site."""
    settings = pelican.settings
    for name, value in DEFAULTS.items():
        settings.setdefault(name, value)
    if not is_main_site(settings):
        return
    forget_parsed_files()
    try:
        settings["NEWSROOM_MODEL_CONTEXT"] = ModelContext.load(
            content_root=Path(settings["PATH"]),
            languages=settings["NEWSROOM_LANGUAGES"],
            timezone=settings["TIMEZONE"],
            now=settings["NEWSROOM_BUILD_TIME"],
            data_folder=settings["NEWSROOM_DATA_FOLDER"],
        )
    except ContentError as error:
        for problem in error.problems:
            logger.error("%s", problem)
        raise BuildStopped("the data files have errors; fix them first") from None


def use_newsroom_reader(readers) -> None:
    """Read Markdown with our reader, and nothing else.

    Turning the reStructuredText reader off also silences docutils' warning
    that it has no Belarusian localisation: we have no .rst content.
    """
    for extension in list(readers.reader_classes):
        if extension != "static":  # the no-op reader of photos and downloads
            readers.reader_classes[extension] = None
    readers.reader_classes["md"] = NewsroomReader


def withhold_unpublished_files(generator) -> None:
    """Keep photos and downloads of unpublished items out of the output.

    A static file in an item's folder is copied only if some language
    version of that item is published (or hidden): the photo of an embargoed
    release must not be guessable at /media/news/<key>/lead.jpg.
    """
    published, unpublished = set(), set()
    for path, content in generator.context["generated_content"].items():
        folder = str(PurePosixPath(path).parent)
        if content is not None and content.status in ("published", "hidden"):
            published.add(folder)
        else:
            unpublished.add(folder)
    withheld = unpublished - published
    kept = []
    for static in generator.staticfiles:
        folder = str(PurePosixPath(static.relative_source_path).parent)
        if folder in withheld:
            logger.debug("%s: withheld, its item is not published", static)
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
            writers[content.save_as].append(content.relative_source_path)
    collisions = {out: srcs for out, srcs in writers.items() if len(srcs) > 1}
    content_folder = Path(generators[0].settings["PATH"]).name
    for output, sources in sorted(collisions.items()):
        named = " and ".join(f"{content_folder}/{s}" for s in sorted(sources))
        logger.error(
            "%s would all be written to %s; give one of them another Slug or Title",
            named,
            output,
        )
    if collisions:
        raise BuildStopped("two or more sources would write the same page")


def check_campaign_references(generators) -> None:
    """Name releases whose Campaign is not a campaign of the site."""
    articles, campaigns = [], set()
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            articles = generator.articles + generator.hidden_articles
        elif isinstance(generator, PagesGenerator):
            for page in generator.pages + generator.hidden_pages:
                if page.kind == "campaign":
                    campaigns.add(page.key)
    for article in articles:
        campaign = getattr(article, "campaign", None)
        if campaign and campaign not in campaigns:
            logger.error(
                "%s: Campaign %r is not a published campaign in %s; fix the key "
                "or publish the campaign",
                article.relative_source_path,
                campaign,
                article.lang,
            )
            del article.campaign


def check_site(generators) -> None:
    refuse_colliding_outputs(generators)
    check_campaign_references(generators)


def withhold_in_main_site(generator) -> None:
    if is_main_site(generator.settings):
        withhold_unpublished_files(generator)


def quiet_repeated_reports() -> None:
    generators_logger = logging.getLogger("pelican.generators")
    if not any(isinstance(f, AlreadyReported) for f in generators_logger.filters):
        generators_logger.addFilter(AlreadyReported())


def register():
    quiet_repeated_reports()
    signals.initialized.connect(prepare_model)
    signals.readers_init.connect(use_newsroom_reader)
    signals.static_generator_finalized.connect(withhold_in_main_site)
    signals.all_generators_finalized.connect(check_site)
