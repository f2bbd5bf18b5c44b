"""newsroom.catalogs: the theme's strings, compiled and kept in step."""

from __future__ import annotations

import shutil

import pytest

from newsroom import catalogs
from tests.conftest import ROOT
from tests.site import build_fixture_site

TRANSLATIONS = ROOT / "theme" / "translations"


@pytest.fixture
def translations(tmp_path):
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    return copy


def test_a_renamed_placeholder_stops_the_build_naming_the_catalog_line(
    tmp_path, translations
):
    po = catalogs.catalog_path(translations, "be")
    text = po.read_text(encoding="utf-8")
    assert '"Фота: %(credit)s"' in text
    po.write_text(text.replace('"Фота: %(credit)s"', '"Фота: %(credt)s"'))
    # the entry's msgid line, which names the string translators look for
    line = text[: text.index('msgid "Photo: %(credit)s"')].count("\n") + 1

    site = build_fixture_site(
        tmp_path,
        {"news/x/be.md": "@article_minimal_be"},
        NEWSROOM_I18N_TRANSLATIONS=str(translations),
    )
    assert not site.result.ok
    assert site.result.stopped_by == "a theme catalog has errors; fix the .po file"
    [error] = site.result.errors
    assert error.startswith(f"{po}:{line}: ")
    assert "credt" in error


def test_an_untranslated_catalog_is_a_warning_not_a_silent_fallback(tmp_path):
    translations = tmp_path / "translations"
    list(catalogs.update_catalogs(ROOT / "theme/templates", translations, "pl"))
    warnings = catalogs.compile_catalogs(translations, tmp_path / "locale", ["pl"])
    [warning] = [str(w) for w in warnings]
    template = catalogs.extract_template(ROOT / "theme/templates")
    assert f"{len(template)} of {len(template)} strings are not translated" in warning


def test_updating_unchanged_catalogs_changes_no_file(translations):
    before = {p: p.read_bytes() for p in translations.rglob("*.po*")}
    lines = list(catalogs.update_catalogs(ROOT / "theme/templates", translations))
    assert all(line.endswith(("complete", "strings")) for line in lines), lines
    assert {p: p.read_bytes() for p in translations.rglob("*.po*")} == before


def test_the_compiled_catalog_is_what_pages_use(tmp_path):
    catalogs.compile_catalogs(TRANSLATIONS, tmp_path, ["ru"])
    russian = catalogs.translation(tmp_path, "ru", "en")
    assert russian.gettext("Press releases") == "Пресс-релизы"
