"""Compile the theme's gettext catalogs (.po) into the .mo files Jinja reads.

Compiling is part of every build, so a translator's edit to a ``.po`` file
shows up in the next preview without a separate step.
"""

from __future__ import annotations

import logging
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

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


def compile_catalogs(translations: Path, locale_dir: Path, languages: list[str]):
    """Write ``<locale_dir>/<lang>/LC_MESSAGES/messages.mo`` for each language.

    A catalog is recompiled only when its .po is newer than its .mo.
    """
    for lang in languages:
        source = catalog_path(translations, lang)
        target = locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        with source.open("rb") as po_file:
            catalog = read_po(po_file, locale=lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".mo.partial")
        with partial.open("wb") as mo_file:
            write_mo(mo_file, catalog)
        partial.replace(target)
        logger.debug("%s: compiled to %s", source, target)


# -- keeping the catalogs in step with the templates --------------------------

# gettext_in(lang, message) shows a message in another language than the page
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "gettext_in": (2,)}
JINJA_OPTIONS = {
    "extensions": "jinja2.ext.i18n",
    "trim_blocks": "true",
    "lstrip_blocks": "true",
}


def extract_template(templates: Path):
    """A catalog template (.pot) of every string in the theme's templates."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(project="newsroom theme", fuzzy=False)
    found = extract_from_dir(
        str(templates),
        method_map=[("**.html", "jinja2")],
        options_map={"**.html": JINJA_OPTIONS},
        keywords=KEYWORDS,
    )
    for _filename, _lineno, message, comments, context in found:
        template.add(message, None, auto_comments=comments, context=context)
    return template


def update_catalogs(templates: Path, translations: Path, new_language: str = ""):
    """Write messages.pot and merge it into every .po; yields what it did.

    With ``new_language``, first create that language's empty catalog.
    """
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    template = extract_template(templates)
    pot = translations / f"{DOMAIN}.pot"
    with pot.open("wb") as pot_file:
        write_po(pot_file, template, width=88, omit_header=False)
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
        with path.open("wb") as po_file:
            write_po(po_file, catalog, width=88, ignore_obsolete=True)
        untranslated = [m.id for m in catalog if m.id and not _is_translated(m)]
        state = f"{len(untranslated)} untranslated" if untranslated else "complete"
        yield f"{path}: {state}"


def _is_translated(message) -> bool:
    if isinstance(message.string, (tuple, list)):
        return all(message.string) and not message.fuzzy
    return bool(message.string) and not message.fuzzy
