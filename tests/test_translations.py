"""`invoke translations`: missing and outdated translations at a glance."""

from __future__ import annotations

from newsroom import content_model
from newsroom.checks import check_content
from newsroom.translations import format_table, translation_table
from tests.conftest import SAMPLE_BUILD_TIME
from tests.site import fixture_text, make_content


def table(tmp_path, files):
    content = make_content(tmp_path, files)
    ctx = content_model.ModelContext.load(
        content, ("be", "ru", "en"), "Europe/Minsk", SAMPLE_BUILD_TIME
    )
    settings = {
        "NEWSROOM_CONTENT_DATA_FOLDER": "data",
        "NEWSROOM_CONTENT_PUBLIC_FILES": (".jpg",),
        "MARKDOWN": {},
        "ARTICLE_SAVE_AS": "{lang}/news/{date:%Y}/{slug}/index.html",
        "PAGE_SAVE_AS": "{lang}/{url_prefix}{slug}/index.html",
    }
    documents = check_content(ctx, settings).documents
    return translation_table(documents, ctx.languages, content)


def test_missing_older_and_draft_translations_are_shown(tmp_path):
    corrected = fixture_text("article_minimal_be").replace(
        "Category:", "Modified: 2026-12-01 09:00\nCategory:"
    )
    draft = fixture_text("article_minimal_ru").replace(
        "Category:", "Status: draft\nCategory:"
    )
    rows = table(
        tmp_path,
        {
            "news/queues/be.md": corrected,
            "news/queues/ru.md": draft,
            "news/queues/en.md": "@article_minimal_en",
            "news/hours/ru.md": "@article_only_in_russian",
        },
    )
    states = {row.key: row.states for row in rows}
    assert states == {
        "hours": {"be": "missing", "ru": "original", "en": "missing"},
        "queues": {"be": "original", "ru": "draft", "en": "older"},
    }
    text = format_table(rows, ("be", "ru", "en"))
    assert text.splitlines()[-1] == (
        "2 items; 2 translations missing, 1 older than their original"
    )
