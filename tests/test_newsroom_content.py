"""Reading content: slugs, images, drafts, embargoes, colliding outputs."""

from __future__ import annotations

import hashlib

from tests.conftest import ROOT

SAMPLE_PHOTO = "content/news/river-rescue-pripyat/lead.jpg"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_image_of_the_content_is_written_exactly_once(sample_site):
    written = {}
    for path in sample_site.all_files():
        if path.suffix in {".jpg", ".png"}:
            written.setdefault(digest(path), []).append(path)
    images = [p for p in (ROOT / "content").rglob("*") if p.suffix in {".jpg", ".png"}]
    assert images
    for image in images:
        copies = written.get(digest(image), [])
        relative = image.relative_to(ROOT / "content")
        assert [c.relative_to(sample_site.output) for c in copies] == [
            "media" / relative
        ]


def test_a_cyrillic_tag_gets_a_readable_latin_slug(fixture_site):
    site = fixture_site({"news/brest-checkpoint/be.md": "@article_cyrillic_tag"})
    assert site.result.ok and not site.result.errors, site.result.errors
    tags = sorted(p.name for p in (site.output / "be" / "tag").iterdir() if p.is_dir())
    assert tags == ["brest", "punkt-propusku-zakhodni-most", "uskhod"]
    page = site.html("/be/tag/punkt-propusku-zakhodni-most/")
    assert page.css_first("h1").text() == "Пункт пропуску «Заходні мост»"
    # and the release itself gets a slug from its Cyrillic title
    assert site.exists("/be/news/2026/novy-punkt-propusku-pad-brestam/")


def test_a_tag_without_letters_is_refused_with_the_line_to_fix(fixture_site):
    text = (
        "Title: Punctuation only\nDate: 2026-11-20 10:00\nCategory: checkpoints\n"
        "Tags: checkpoints, ???\nSummary: A tag without letters.\n\nBody.\n"
    )
    site = fixture_site({"news/punctuation/en.md": text})
    assert site.result.errors == [
        "content/news/punctuation/en.md:4: Tags the tag '???' has no letters or "
        "digits to build its address from; reword it"
    ]


def test_two_stories_writing_one_page_stop_the_build_naming_both(fixture_site):
    site = fixture_site(
        {
            "news/meeting-march/be.md": "@article_same_title_a",
            "news/meeting-september/be.md": "@article_same_title_b",
        }
    )
    assert not site.result.ok
    assert not site.output.exists()
    [message] = [e for e in site.result.errors if "would all be written" in e]
    assert "content/news/meeting-march/be.md" in message
    assert "content/news/meeting-september/be.md" in message
    assert "be/news/2026/rabochaia-sustrecha-z-zhurnalistami/index.html" in message


def test_a_file_outside_the_content_model_is_named_and_skipped(fixture_site):
    site = fixture_site(
        {
            "news/loose-file.md": "@article_minimal_en",
            "news/queues/en.md": "@article_minimal_en",
        }
    )
    assert site.result.ok
    assert any(
        e.startswith("content/news/loose-file.md:1: a source file must be at")
        for e in site.result.errors
    )
    assert site.exists("/en/news/2026/queues-at-checkpoints-have-shortened/")


def test_drafts_and_embargoed_releases_leave_no_trace(fixture_site):
    site = fixture_site(
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/secret-draft/en.md": "@article_draft",
            "news/secret-draft/lead.jpg": f"file:{SAMPLE_PHOTO}",
            "news/embargoed/en.md": "@article_embargoed",
        }
    )
    assert site.result.ok and not site.result.errors, site.result.errors
    for path in site.all_files():
        data = path.read_bytes()
        assert b"zanzibarquokka" not in data, path
        assert b"vorpalpangolin" not in data, path
        assert b"secret-draft" not in data, path
    assert not (site.output / "drafts").exists()
    assert not list(site.output.rglob("lead.jpg"))


def test_an_embargoed_release_is_published_by_the_first_build_after_its_time(
    fixture_site,
):
    import datetime
    from zoneinfo import ZoneInfo

    after = datetime.datetime(2026, 12, 10, 9, 0, tzinfo=ZoneInfo("Europe/Minsk"))
    site = fixture_site(
        {"news/embargoed/en.md": "@article_embargoed"}, build_time=after
    )
    assert site.exists("/en/news/2026/embargoed-release-about-vorpalpangolin/")


def test_a_story_in_one_language_is_written_only_in_that_language(fixture_site):
    site = fixture_site(
        {
            "news/queues/be.md": "@article_minimal_be",
            "news/new-hours/ru.md": "@article_only_in_russian",
        }
    )
    assert site.result.ok and not site.result.errors
    written = [
        p.relative_to(site.output).parts[0]
        for p in site.output.rglob("*")
        if "tolko-po-russki" in str(p)
    ]
    assert written and set(written) == {"ru"}
    assert not (site.output / "be" / "drafts").exists()


def test_docutils_has_nothing_to_warn_about(sample_site):
    assert not [w for w in sample_site.result.warnings if "ocutils" in w]
    assert sample_site.result.warnings == []


def test_a_photo_without_a_credit_is_refused(fixture_site):
    text = (
        "Title: Boat\nDate: 2026-11-20 10:00\nCategory: rescue\n"
        "Summary: A boat.\nImage: lead.jpg\nImage_alt: A boat on a river\n\nBody.\n"
    )
    site = fixture_site(
        {
            "news/boat/en.md": text,
            "news/boat/lead.jpg": f"file:{SAMPLE_PHOTO}",
        }
    )
    assert site.result.errors == [
        "content/news/boat/en.md:5: lead.jpg has no credit; add a row for it to "
        "content/news/boat/photos.csv (file, licence and credit per language)"
    ]
