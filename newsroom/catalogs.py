"""Compile the theme's gettext catalogs (.po) into the .mo files Jinja reads.

Compiling is part of every build, so a translator's edit to a ``.po`` file
shows up in the next preview without a separate step.
"""

from __future__ import annotations

import gettext
import logging
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from newsroom.problems import WARNING, ContentError, Problem, display_path

logger = logging.getLogger(__name__)

DOMAIN = "messages"


def catalog_path(translations: Path, lang: str) -> Path:
    return translations / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def missing_catalogs(translations: Path, languages: list[str]) -> list[Path]:
    """The .po files that should exist for ``languages`` but do not."""
    return [
        catalog_path(translations, lang)
        for lang in languages
        if not catalog_path(translations, lang).is_file()
    ]


def theme_catalogs(settings: dict) -> tuple[Path, list[str]]:
    """The folder of the theme's catalogs, and the languages that need one
    (every site language but the one the templates are written in)."""
    translations = Path(
        settings["NEWSROOM_I18N_TRANSLATIONS"]
        or Path(settings["THEME"]) / "translations"
    )
    templates_lang = settings["NEWSROOM_I18N_TEMPLATES_LANG"]
    return translations, [
        c for c in settings["NEWSROOM_LANGUAGES"] if c != templates_lang
    ]


def compile_theme_catalogs(
    settings: dict, locale_dir: Path
) -> tuple[list[Path], list[Problem]]:
    """Compile the catalogs of Pelican ``settings`` into ``locale_dir``.

    Returns the catalogs that are missing, and the problems of those there:
    errors (a placeholder that would break a page) and warnings.
    """
    translations, needed = theme_catalogs(settings)
    missing = missing_catalogs(translations, needed)
    present = [c for c in needed if catalog_path(translations, c).is_file()]
    try:
        problems = compile_catalogs(translations, locale_dir, present)
    except ContentError as error:
        problems = error.problems
    return missing, problems


def compile_catalogs(
    translations: Path, locale_dir: Path, languages: list[str]
) -> list[Problem]:
    """Write ``<locale_dir>/<lang>/LC_MESSAGES/messages.mo`` for each language.

    Returns warnings about untranslated strings; raises ContentError naming
    the .po file and line of a translation that would break a page (a
    placeholder renamed or dropped). A catalog is recompiled only when its
    .po is newer than its .mo.
    """
    warnings, errors = [], []
    for lang in languages:
        source = catalog_path(translations, lang)
        with source.open("rb") as po_file:
            catalog = read_po(po_file, locale=lang)
        shown = display_path(source)
        for message, found in catalog.check():
            for error in found:
                errors.append(Problem(shown, message.lineno or 1, str(error)))
        missing = [m for m in catalog if m.id and not _is_translated(m)]
        if missing:
            warnings.append(
                Problem(
                    shown,
                    missing[0].lineno or 1,
                    f"{len(missing)} of {len(catalog)} strings are not translated; "
                    "readers will see them in English",
                    WARNING,
                )
            )
        target = locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if errors or (
            target.exists() and target.stat().st_mtime >= source.stat().st_mtime
        ):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".mo.partial")
        with partial.open("wb") as mo_file:
            write_mo(mo_file, catalog)
        partial.replace(target)
        translation.cache_clear()
        logger.debug("%s: compiled to %s", shown, target)
    if errors:
        raise ContentError(errors)
    return warnings


# -- keeping the catalogs in step with the templates --------------------------

# gettext_in(lang, message) shows a message in another language than the page
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "gettext_in": (2,)}
JINJA_OPTIONS = {
    "extensions": "jinja2.ext.i18n",
    "trim_blocks": "true",
    "lstrip_blocks": "true",
}


# the Python code that puts text on pages (credit lines, footnotes, feeds)
PROJECT = Path(__file__).resolve().parent.parent
PYTHON_SOURCES = (PROJECT / "newsroom", PROJECT / "plugins")


def extract_template(templates: Path):
    """A catalog template (.pot) of every string of the templates and code."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(project="newsroom theme", fuzzy=False)
    found = [
        *extract_from_dir(
            str(templates),
            method_map=[("**.html", "jinja2")],
            options_map={"**.html": JINJA_OPTIONS},
            keywords=KEYWORDS,
        ),
        *(
            message
            for folder in PYTHON_SOURCES
            for message in extract_from_dir(
                str(folder),
                method_map=[("**.py", "python")],
                keywords=KEYWORDS,
                comment_tags=("Translators:",),
            )
        ),
    ]
    for _filename, _lineno, message, comments, context in found:
        template.add(message, None, auto_comments=comments, context=context)
    return template


@lru_cache(maxsize=64)
def translation(locale_dir: Path | str, lang: str, templates_lang: str):
    """The compiled catalog of ``lang`` (the templates' language needs none)."""
    if lang == templates_lang:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, str(locale_dir), [lang])


def translation_for(settings: dict, lang: str):
    """The theme catalog of ``lang`` for a build with Pelican ``settings``,
    compiled at start-up by newsroom_i18n."""
    return translation(
        settings["I18N_GETTEXT_LOCALEDIR"],
        lang,
        settings["NEWSROOM_I18N_TEMPLATES_LANG"],
    )


def update_catalogs(templates: Path, translations: Path, new_language: str = ""):
    """Write messages.pot and merge it into every .po; yields what it did.

    With ``new_language``, first create that language's empty catalog.
    """
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    template = extract_template(templates)
    translations.mkdir(parents=True, exist_ok=True)
    pot = translations / f"{DOMAIN}.pot"
    _write_if_changed(pot, template)
    yield f"{pot}: {len(template)} strings"

    if new_language:
        path = catalog_path(translations, new_language)
        if path.exists():
            yield f"{path}: exists already, left as it is"
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as po_file:
                write_po(po_file, Catalog(locale=new_language), width=88)

    for path in sorted(translations.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with path.open("rb") as po_file:
            catalog = read_po(po_file)
        catalog.update(template)
        _write_if_changed(path, catalog)
        untranslated = [m.id for m in catalog if m.id and not _is_translated(m)]
        state = f"{len(untranslated)} untranslated" if untranslated else "complete"
        yield f"{path}: {state}"


def _write_if_changed(path: Path, catalog) -> None:
    """Write ``catalog`` unless only its dates would change (no noisy diffs)."""
    from io import BytesIO

    from babel.messages.pofile import write_po

    buffer = BytesIO()
    write_po(buffer, catalog, width=88, ignore_obsolete=True)
    new = buffer.getvalue()
    if path.exists() and _without_dates(path.read_bytes()) == _without_dates(new):
        return
    path.write_bytes(new)


def _without_dates(po: bytes) -> bytes:
    return b"\n".join(
        line
        for line in po.split(b"\n")
        if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date'))
    )


def _is_translated(message) -> bool:
    if isinstance(message.string, (tuple, list)):
        return all(message.string) and not message.fuzzy
    return bool(message.string) and not message.fuzzy
