"""Reading content: slugs, photos, links, drafts, embargoes, collisions."""

from __future__ import annotations

import datetime
import hashlib
from zoneinfo import ZoneInfo

from tests.conftest import ROOT

SAMPLE_PHOTO = "content/news/river-rescue-pripyat/lead.jpg"
MINSK = ZoneInfo("Europe/Minsk")


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
    site = fixture_site({"news/punctuation/en.md": "@article_tag_punctuation"})
    assert site.result.errors == [
        "content/news/punctuation/en.md:4: Tags the tag '???' has no letters or "
        "digits to build its address from; reword it"
    ]


def test_one_tag_written_several_ways_counts_once(fixture_site):
    site = fixture_site({"news/brest/en.md": "@article_duplicate_tags"})
    page = site.html("/en/tag/brest/")
    assert len(page.css(".release-list__item")) == 1
    assert page.css_first("h1").text() == "Brest"


def test_two_stories_writing_one_page_stop_the_build_naming_both(fixture_site):
    site = fixture_site(
        {
            "news/meeting-march/be.md": "@article_same_title_a",
            "news/meeting-september/be.md": "@article_same_title_b",
        }
    )
    assert not site.result.ok
    assert not site.output.exists()
    [message] = [e for e in site.result.errors if "would both be written" in e]
    assert message == (
        "content/news/meeting-march/be.md:1 and content/news/meeting-september/"
        "be.md:1 would both be written to be/news/2026/rabochaia-sustrecha-z-"
        "zhurnalistami/index.html; give one of them another Slug or Title"
    )


def test_a_file_outside_the_content_model_is_named_and_skipped(fixture_site):
    site = fixture_site(
        {
            "news/loose-file.md": "@article_minimal_en",
            "news/queues/en.md": "@article_minimal_en",
        }
    )
    assert site.result.ok
    assert site.result.errors == [
        "content/news/loose-file.md:1: a source file must be at one of "
        "news/<key>/<lang>.md, campaigns/<key>/<lang>.md, pages/<key>/<lang>.md"
    ]
    assert site.exists("/en/news/2026/queues-at-checkpoints-have-shortened/")


def test_drafts_and_embargoed_releases_leave_no_trace(fixture_site):
    site = fixture_site(
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/secret-draft/en.md": "@article_draft",
            "news/secret-draft/lead.jpg": f"file:{SAMPLE_PHOTO}",
            "news/embargoed/en.md": "@article_embargoed",
            "news/embargoed/gallery/boat-2.jpg": f"file:{SAMPLE_PHOTO}",
            "news/not-written-yet/secret-photo.jpg": f"file:{SAMPLE_PHOTO}",
        }
    )
    assert site.result.ok and not site.result.errors, site.result.errors
    for path in site.all_files():
        data = path.read_bytes()
        assert b"zanzibarquokka" not in data, path
        assert b"vorpalpangolin" not in data, path
        assert b"secret" not in data, path
    assert not (site.output / "drafts").exists()
    assert not list(site.output.rglob("*.jpg"))


def test_backups_notes_and_hidden_files_are_never_published(fixture_site):
    site = fixture_site(
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/queues/en.md~": "@article_embargoed",
            "news/queues/notes.txt": "who said what, off the record",
            "news/queues/.DS_Store": "finder",
            "news/queues/.en.md.swp": "@article_embargoed",
        }
    )
    published = [p.name for p in site.output.rglob("*") if p.is_file()]
    assert not {"en.md~", "notes.txt", ".DS_Store", ".en.md.swp"} & set(published)
    assert "content/news/queues/notes.txt: not published: only jpg, jpeg, png" in (
        " ".join(site.result.warnings)
    )


def test_an_embargoed_release_is_published_by_the_first_build_after_its_time(
    fixture_site,
):
    after = datetime.datetime(2026, 12, 10, 9, 0, tzinfo=MINSK)
    site = fixture_site(
        {"news/embargoed/en.md": "@article_embargoed"}, build_time=after
    )
    assert site.exists("/en/news/2026/embargoed-release-about-vorpalpangolin/")


def test_a_time_with_an_offset_is_the_same_instant_in_minsk(fixture_site):
    site = fixture_site({"news/new-year/en.md": "@article_offset_at_new_year"})
    url = "/en/news/2026/new-year-night-at-the-checkpoints/"
    time = site.html(url).css_first("article header time")
    assert time.text() == "1 January 2026, 01:30"
    assert time.attributes["datetime"] == "2026-01-01T01:30:00+03:00"


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


def test_a_story_without_the_default_language_raises_no_warning(fixture_site):
    site = fixture_site(
        {
            "news/queues/ru.md": "@article_minimal_ru",
            "news/queues/en.md": "@article_minimal_en",
        }
    )
    assert site.result.ok
    assert site.result.warnings == []


def test_the_sample_site_builds_without_a_single_warning(sample_site):
    assert sample_site.result.warnings == []


def test_a_photo_without_a_credit_is_refused(fixture_site):
    site = fixture_site(
        {
            "news/boat/en.md": "@article_photo_without_credit",
            "news/boat/lead.jpg": f"file:{SAMPLE_PHOTO}",
        }
    )
    assert site.result.errors == [
        "content/news/boat/en.md:5: lead.jpg has no credit; add a row for it to "
        "content/news/boat/photos.csv (file, licence and credit per language)"
    ]


def test_a_file_that_is_not_an_image_is_named_with_the_reason(fixture_site):
    site = fixture_site(
        {
            "news/boat/en.md": "@article_photo_without_credit",
            "news/boat/lead.jpg": "this is text, not a JPEG",
        }
    )
    [error] = site.result.errors
    assert error.startswith(
        "content/news/boat/en.md:5: Image is not an image that can be shown"
    )


def test_a_photo_in_the_text_becomes_a_figure_with_its_credit(fixture_site):
    site = fixture_site(
        {
            "news/boat/en.md": "@article_with_body_photo",
            "news/boat/boat.jpg": f"file:{SAMPLE_PHOTO}",
            "news/boat/photos.csv": "@photos_boat.csv",
            "news/boat/leaflet.pdf": "%PDF-1.4 leaflet",
            "news/queues/en.md": "@article_minimal_en",
        }
    )
    assert site.result.ok and not site.result.errors, site.result.errors
    page = site.html("/en/news/2026/boat-patrol-on-the-river/")
    figure = page.css_first(".release__body figure.photo")
    image = figure.css_first("img")
    assert image.attributes["src"] == "/media/news/boat/boat.jpg"
    assert image.attributes["alt"] == "An orange boat on a dark river"
    assert (image.attributes["width"], image.attributes["height"]) == ("1200", "675")
    assert figure.css_first("figcaption").text() == "Photo: Hanna Lisouskaya"
    links = {a.text(): a.attributes["href"] for a in page.css(".release__body a")}
    assert links == {
        "the leaflet": "/media/news/boat/leaflet.pdf",
        "the earlier release": "/en/news/2026/queues-at-checkpoints-have-shortened/",
    }


def test_a_link_to_nothing_is_named_with_its_line(fixture_site):
    site = fixture_site({"news/broken/en.md": "@article_with_broken_link"})
    assert site.result.errors == [
        "content/news/broken/en.md:8: the link to '../no-such-story/report.pdf' "
        "leads to no file in content/; fix the path (it is relative to this file)"
    ]


def test_a_link_to_an_embargoed_release_is_an_error(fixture_site):
    site = fixture_site(
        {
            "news/linking/en.md": "@article_linking_to_embargoed",
            "news/embargoed/en.md": "@article_embargoed",
        }
    )
    assert site.result.errors == [
        "content/news/linking/en.md:6: links to content/news/embargoed/en.md, which "
        "is not published (a draft or embargoed); remove the link or publish it "
        "first"
    ]
    # left out like any broken file: no page, no listing, no feed entry carries
    # a dead link that names the unpublished release's folder
    assert site.result.ok
    assert not list(site.output.rglob("*links-to-an-embargoed*"))
    for path in site.output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json"):
            text = path.read_text()
            assert "{filename}" not in text and "embargoed/en.md" not in text, path


def test_an_unknown_campaign_is_named_with_its_line(fixture_site):
    site = fixture_site({"news/typo/en.md": "@article_unknown_campaign"})
    assert site.result.errors == [
        "content/news/typo/en.md:4: Campaign 'safe-travels' is not a published "
        "campaign; fix the key or publish the campaign"
    ]


def test_footnotes_speak_the_language_of_the_release(fixture_site):
    site = fixture_site({"news/footnote/be.md": "@article_with_footnote"})
    back = site.html("/be/news/2026/reliz-sa-znoskai/").css_first(".footnote-backref")
    assert back.attributes["title"] == "Вярнуцца да зноскі 1 у тэксце"


def test_fields_after_a_blank_first_line_are_one_clear_error(fixture_site):
    site = fixture_site({"news/blank/en.md": "@article_blank_first_line"})
    assert site.result.errors == [
        "content/news/blank/en.md:1: the fields must start on the first line; "
        "remove the empty line(s) above line 2"
    ]


def test_yaml_habits_are_pointed_out(fixture_site):
    site = fixture_site({"news/yaml/en.md": "@article_yaml_style"})
    # a quoted title may be a quotation; a list in brackets is a YAML habit
    assert site.result.warnings == [
        "content/news/yaml/en.md:4: Tags is written like YAML ([...]); write the "
        "text without quotes or brackets",
    ]


def test_raw_html_that_escapes_the_checks_is_refused(fixture_site):
    site = fixture_site({"news/raw/en.md": "@article_with_raw_html"})
    assert site.result.errors == [
        "content/news/raw/en.md:8: raw HTML <iframe> is blocked by the site's "
        "security policy; link to the content instead",
        "content/news/raw/en.md:10: a raw HTML <img> is not checked for alt text and "
        "credit; write it in Markdown: ![what it shows](file.jpg)",
    ]
