"""newsroom.content_model: one definition of a valid release, page, campaign."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest

from newsroom import content_model, frontmatter
from newsroom.problems import ContentError
from tests.site import FIXTURES

MINSK = ZoneInfo("Europe/Minsk")
NOW = datetime.datetime(2026, 12, 3, 12, 0, tzinfo=MINSK)


@pytest.fixture
def ctx(tmp_path):
    root = tmp_path / "content"
    root.mkdir()
    (root / "data").symlink_to(FIXTURES / "data", target_is_directory=True)
    return content_model.ModelContext.load(
        root, ("be", "ru", "en"), "Europe/Minsk", NOW
    )


def check(ctx, path: str, text: str):
    source = frontmatter.parse(text, f"content/{path}")
    sid = content_model.identify(path, ctx.languages, f"content/{path}")
    return content_model.check_source(source, sid, ctx)


def messages(doc) -> list[str]:
    return [str(p) for p in doc.problems]


def test_the_folder_is_the_key_and_the_file_name_the_language(ctx):
    sid = content_model.identify("news/night-rescue/ru.md", ctx.languages)
    assert (sid.kind, sid.key, sid.lang) == ("article", "night-rescue", "ru")
    assert content_model.identify("campaigns/safe/en.md", ctx.languages).kind == (
        "campaign"
    )


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("news/Night_Rescue/be.md", "the folder name 'Night_Rescue' is the key"),
        ("news/night/pl.md", "'pl' is not a language of this site"),
        ("pages/news/en.md", "the page key 'news' is reserved"),
        ("news/night.md", "a source file must be at one of"),
    ],
)
def test_files_outside_the_model_are_refused(ctx, path, message):
    with pytest.raises(ContentError) as caught:
        content_model.identify(path, ctx.languages)
    assert message in str(caught.value)


def test_a_typo_in_a_field_name_is_caught_with_a_suggestion(ctx):
    doc = check(
        ctx,
        "news/x/en.md",
        "Title: T\nDate: 2026-11-20 10:00\nCatgory: rescue\nSummary: S\n\nBody",
    )
    assert messages(doc) == [
        "content/news/x/en.md:3: Catgory is not a field of a press release; did you "
        "mean Category? the fields are: Title, Summary, Date, Modified, Category, "
        "Tags, Slug, Campaign, Status, Image, Image_alt, Correction",
        "content/news/x/en.md:1: Category is missing; add a line 'Category: ...'",
    ]


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("Date: 20.11.2026", "Date '20.11.2026' is not a date and time"),
        ("Date: 2026-11-20", "Date has no time of day; write it as 2026-12-03 10:30"),
        ("Category: resque", "Category 'resque' is not a known category"),
        ("Status: final", "Status 'final' is not a status"),
        ("Slug: Night Rescue", "Slug 'Night Rescue' is not a slug"),
    ],
)
def test_each_field_is_checked_with_the_fix_in_the_message(ctx, field, message):
    fields = {
        "Title": "Title: T",
        "Date": "Date: 2026-11-20 10:00",
        "Category": "Category: rescue",
        "Summary": "Summary: S",
    }
    fields[field.split(":")[0]] = field
    doc = check(ctx, "news/x/en.md", "\n".join(fields.values()) + "\n\nBody")
    assert [p.message for p in doc.errors][0].startswith(message)


def test_a_summary_longer_than_listings_can_show_is_refused(ctx):
    doc = check(
        ctx,
        "news/x/en.md",
        "Title: T\nDate: 2026-11-20 10:00\nCategory: rescue\nSummary: "
        + "x" * 301
        + "\n\nBody",
    )
    assert messages(doc) == [
        "content/news/x/en.md:4: Summary is 301 characters long; shorten it to at "
        "most 300 (it is shown in listings and feeds)"
    ]


def test_a_release_dated_after_the_build_is_embargoed(ctx):
    doc = check(
        ctx,
        "news/x/en.md",
        "Title: T\nDate: 2026-12-03 12:01\nCategory: rescue\nSummary: S\n\nBody",
    )
    assert doc.state == "embargoed"
    assert not doc.problems


def test_a_language_version_is_not_asked_for_its_language(ctx):
    doc = check(
        ctx,
        "pages/about/en.md",
        "Title: About\nSummary: S\nLang: en\n\nBody",
    )
    assert messages(doc) == [
        "content/pages/about/en.md:3: Lang is not needed: the language comes from "
        "the file name"
    ]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            "Correction: The time was wrong.",
            "content/news/x/en.md:5: Correction needs Modified: add the date and "
            "time of the correction",
        ),
        (
            "Modified: 2027-01-01 10:00",
            "content/news/x/en.md:5: Modified is in the future; write when the "
            "correction was made",
        ),
    ],
)
def test_a_correction_is_dated_and_in_the_past(ctx, extra, message):
    doc = check(
        ctx,
        "news/x/en.md",
        "Title: T\nDate: 2026-11-20 10:00\nCategory: rescue\nSummary: S\n"
        f"{extra}\n\nBody",
    )
    assert messages(doc) == [message]
