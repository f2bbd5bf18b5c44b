"""`invoke check`: every rule, one small fixture file each, exact messages."""

from __future__ import annotations

import pytest
from PIL import Image

from newsroom.checks import check_project, format_problem
from tests.conftest import ROOT, SAMPLE_BUILD_TIME
from tests.site import fixture_text, make_content

SAMPLE_PHOTO = "content/news/river-rescue-pripyat/lead.jpg"


def run_check(tmp_path, files, settings="pelicanconf.py", **overrides):
    from newsroom.build import load_settings

    content = make_content(tmp_path, files)
    loaded = load_settings(
        ROOT / settings,
        {"PATH": str(content), "NEWSROOM_BUILD_TIME": SAMPLE_BUILD_TIME, **overrides},
    )
    return [format_problem(p) for p in check_project(loaded).sorted()]


def test_the_sample_content_passes_without_errors_or_warnings():
    from newsroom.build import load_settings

    for settings in ("pelicanconf.py", "publishconf.py"):
        loaded = load_settings(
            ROOT / settings, {"NEWSROOM_BUILD_TIME": SAMPLE_BUILD_TIME}
        )
        assert check_project(loaded).problems == []


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "check_unknown_category",
            "content/news/x/en.md:3: Category 'resque' is not a known category; use "
            "one of border-security, checkpoints, cooperation, migration, "
            "press-office, rescue, service-life (or add it to "
            "content/data/categories.csv)",
        ),
        (
            "check_field_typo",
            "content/news/x/en.md:3: Catgory is not a field of a press release; did "
            "you mean Category? the fields are: Title, Summary, Date, Modified, "
            "Category, Tags, Slug, Campaign, Status, Image, Image_alt, Correction",
        ),
        (
            "check_date_without_time",
            "content/news/x/en.md:2: Date has no time of day; write it as "
            "2026-12-03 10:30",
        ),
        (
            "check_pelican_link_to_nothing",
            "content/news/x/en.md:6: the link to 'leaflet.pdf' leads to no file in "
            "content/; fix the path (it is relative to this file)",
        ),
    ],
)
def test_each_rule_names_the_file_the_line_and_the_fix(tmp_path, fixture, expected):
    assert expected in run_check(tmp_path, {"news/x/en.md": f"@{fixture}"})


def test_a_typo_in_a_field_name_does_not_pass_silently(tmp_path):
    problems = run_check(tmp_path, {"news/x/en.md": "@check_field_typo"})
    assert (
        "content/news/x/en.md:1: Category is missing; add a line 'Category: ...'"
        in (problems)
    )


def test_a_windows_1251_file_is_named_and_never_published_as_mojibake(tmp_path):
    text = (ROOT / "tests/fixtures/content/article_minimal_ru.md").read_text()
    problems = run_check(tmp_path, {"news/x/ru.md": text.encode("cp1251")})
    assert problems == [
        "content/news/x/ru.md:1: the file is not UTF-8 (it looks like Windows-1251); "
        "re-save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"
    ]


def test_a_byte_order_mark_is_tolerated(tmp_path):
    text = (ROOT / "tests/fixtures/content/article_minimal_ru.md").read_text()
    assert run_check(tmp_path, {"news/x/ru.md": b"\xef\xbb\xbf" + text.encode()}) == []


def test_a_translation_keeps_the_date_and_category_of_its_original(tmp_path):
    problems = run_check(
        tmp_path,
        {
            "news/queues/be.md": "@article_minimal_be",
            "news/queues/en.md": "@check_translation_other_date_en",
        },
    )
    assert problems == [
        "content/news/queues/en.md:2: Date is 2026-11-21 10:00, but 2026-11-20 10:00 "
        "in the original content/news/queues/be.md; a translation keeps the "
        "original's",
        "content/news/queues/en.md:3: Category is rescue, but checkpoints in the "
        "original content/news/queues/be.md; a translation keeps the original's",
    ]


def test_the_original_is_the_first_version_not_a_draft_even_with_a_dead_link(
    tmp_path,
):
    be = fixture_text("article_minimal_be") + "\n[Справаздача](../nothing/x.pdf)\n"
    draft_ru = fixture_text("article_minimal_ru").replace(
        "Date: 2026-11-20 10:00", "Date: 2026-11-25 10:00\nStatus: draft"
    )
    problems = run_check(
        tmp_path, {"news/queues/be.md": be, "news/queues/ru.md": draft_ru}
    )
    # measured against the published Belarusian version; a draft's is a warning
    assert (
        "content/news/queues/ru.md:2: warning: (draft) Date is 2026-11-25 10:00, but "
        "2026-11-20 10:00 in the original content/news/queues/be.md; a translation "
        "keeps the original's"
    ) in problems
    assert not any("in the original content/news/queues/ru.md" in p for p in problems)


def test_two_stories_that_would_share_an_address_are_both_named(tmp_path):
    problems = run_check(
        tmp_path,
        {
            "news/meeting-march/be.md": "@article_same_title_a",
            "news/meeting-september/be.md": "@article_same_title_b",
        },
    )
    assert problems == [
        "content/news/meeting-march/be.md:1: content/news/meeting-september/be.md "
        "would be written to the same address be/news/2026/rabochaia-sustrecha-z-"
        "zhurnalistami/index.html; give the newer one another Slug or Title",
        "content/news/meeting-september/be.md:1: content/news/meeting-march/be.md "
        "would be written to the same address be/news/2026/rabochaia-sustrecha-z-"
        "zhurnalistami/index.html; give the newer one another Slug or Title",
    ]


def test_images_need_alt_text_a_credit_and_a_light_file(tmp_path):
    heavy = tmp_path / "heavy.png"
    Image.effect_noise((700, 700), 100).convert("RGB").save(heavy)
    problems = run_check(
        tmp_path / "site",
        {
            "news/x/en.md": "@check_image_without_alt",
            "news/x/boat.jpg": f"file:{SAMPLE_PHOTO}",
            "news/y/en.md": "@article_photo_without_credit",
            "news/y/lead.jpg": f"file:{heavy}",
        },
    )
    assert problems == [
        "content/news/x/en.md:6: the image 'boat.jpg' has no alt text; describe it "
        "between the brackets: ![what it shows](boat.jpg)",
        "content/news/x/en.md:6: the image 'boat.jpg' has no credit; add a row for it "
        "to photos.csv in this folder",
        "content/news/y/en.md:5: Image 'lead.jpg' weighs "
        f"{heavy.stat().st_size // 1000} kB; photos shown on pages must weigh under "
        "400 kB: save it about 1600 px wide at JPEG quality 80",
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "be",
            [
                "content/news/x/be.md:1: warning: «нелегальных мігрантаў» stigmatises "
                "people; write «мігранты ў нерэгулярнай сітуацыі (або проста "
                "«мігранты»)» instead (чалавек не можа быць незаконным)",
                "content/news/x/be.md:4: warning: «паток мігрантаў» stigmatises "
                "people; "
                "write «колькасць людзей, якія прыбываюць» instead (вобраз стыхійнага "
                "бедства або вайны)",
                "content/news/x/be.md:6: warning: «нелегалаў» stigmatises people; "
                "write "
                "«мігрант або чалавек без дакументаў» instead",
                "content/news/x/be.md:6: warning: «сцюардэсам» is gendered wording; "
                "write «бортправаднік або бортправадніца» instead",
            ],
        ),
        (
            "ru",
            [
                "content/news/x/ru.md:1: warning: «нелегальных мигрантов» stigmatises "
                "people; write «мигранты в нерегулярной ситуации (или просто "
                "«мигранты»)» instead (человек не может быть незаконным)",
                "content/news/x/ru.md:4: warning: «наплыве мигрантов» stigmatises "
                "people; write «число прибывающих людей» instead (образ стихийного "
                "бедствия или войны)",
                "content/news/x/ru.md:6: warning: «Незаконной миграции» stigmatises "
                "people; write «нерегулярная миграция» instead",
                "content/news/x/ru.md:6: warning: «нелегалов» stigmatises people; "
                "write "
                "«мигрант или человек без документов» instead",
            ],
        ),
        (
            "en",
            [
                "content/news/x/en.md:1: warning: «illegal migrants» stigmatises "
                'people; write «irregular migrants (or simply "migrants")» instead '
                "(no person is illegal)",
                "content/news/x/en.md:4: warning: «flood of migrants» stigmatises "
                "people; write «number of people arriving» instead (disaster imagery)",
                "content/news/x/en.md:4: warning: «spokesman» is gendered wording; "
                "write «spokesperson» instead",
                "content/news/x/en.md:6: warning: «chairman» is gendered wording; "
                "write "
                "«chair» instead",
                "content/news/x/en.md:6: warning: «manned» is gendered wording; write "
                "«staffed (or uncrewed)» instead",
            ],
        ),
    ],
)
def test_stigmatising_and_gendered_terms_are_found_in_every_form(
    tmp_path, lang, expected
):
    assert (
        run_check(tmp_path, {f"news/x/{lang}.md": f"@check_terms_{lang}"}) == expected
    )


def test_a_quoted_statement_can_be_exempted_in_the_file(tmp_path):
    assert run_check(tmp_path, {"news/x/en.md": "@check_terms_exempt"}) == [
        "content/news/x/en.md:12: warning: «Illegals» stigmatises people; write "
        "«irregular migrants» instead (no person is illegal)"
    ]


def test_the_publishing_settings_make_wording_findings_errors(tmp_path):
    problems = run_check(
        tmp_path, {"news/x/en.md": "@check_terms_exempt"}, settings="publishconf.py"
    )
    assert problems == [
        "content/news/x/en.md:12: «Illegals» stigmatises people; write «irregular "
        "migrants» instead (no person is illegal)"
    ]


def test_files_that_are_not_part_of_the_site_are_pointed_out(tmp_path):
    problems = run_check(
        tmp_path,
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/queues/notes.docx": "notes",
            "stray.md": "@article_minimal_en",
            "news/orphan/photo.jpg": f"file:{SAMPLE_PHOTO}",
        },
    )
    assert problems == [
        "content/news/orphan/photo.jpg:1: warning: no release, campaign or page in "
        "this folder uses this file",
        "content/news/queues/notes.docx:1: warning: this file will not be published: "
        "only jpg, jpeg, png, webp, gif, svg, pdf, mp3, mp4, zip files are; move it "
        "out of content/",
        "content/stray.md:1: warning: this file is not part of the site; move it into "
        "an item's folder or out of content/",
    ]


def test_a_draft_is_work_in_progress_and_never_an_error(tmp_path):
    text = (ROOT / "tests/fixtures/content/check_unknown_category.md").read_text()
    draft = text.replace("Category: resque", "Category: resque\nStatus: draft")
    problems = run_check(tmp_path, {"news/x/en.md": draft})
    assert problems and all(": warning: " in p for p in problems), problems
    # the problems of its text too: a dead link, a photo not there
    text_problems = draft + "\n[Report](../nothing/r.pdf)\n\n![A boat](boat.jpg)\n"
    problems = run_check(tmp_path / "text", {"news/x/en.md": text_problems})
    assert len(problems) == 3 and all(": warning: (draft) " in p for p in problems)


def test_an_embargoed_release_on_a_published_address_is_caught_now(tmp_path):
    later = (ROOT / "tests/fixtures/content/article_minimal_en.md").read_text()
    later = later.replace("Date: 2026-11-20 10:00", "Date: 2026-12-25 10:00")
    problems = run_check(
        tmp_path, {"news/queues/en.md": "@article_minimal_en", "news/dup/en.md": later}
    )
    assert len(problems) == 2
    assert all("would be written to the same address" in p for p in problems)
    assert not any(": warning: " in p for p in problems)


def test_a_line_that_is_not_a_field_stops_a_draft_from_going_live(tmp_path):
    text = (ROOT / "tests/fixtures/content/article_minimal_en.md").read_text()
    broken = text.replace("Summary:", "Status : draft\nSummary:")
    problems = run_check(tmp_path, {"news/x/en.md": broken})
    assert problems[1] == (
        "content/news/x/en.md:5: this line is not a field (write 'Key: value', in "
        "Latin letters, no space before the colon); if the text starts here, leave "
        "an empty line above it"
    )


def test_a_quote_left_open_is_pointed_out(tmp_path):
    text = (ROOT / "tests/fixtures/content/check_terms_exempt.md").read_text()
    problems = run_check(
        tmp_path, {"news/x/en.md": text.replace("<!-- language-check: on -->", "")}
    )
    assert problems == [
        "content/news/x/en.md:8: language-check is turned off here and never back on, "
        "so the rest of the file is not checked; add <!-- language-check: on --> "
        "after the quotation"
    ]


def test_a_category_label_gets_its_key_suggested(tmp_path):
    text = (ROOT / "tests/fixtures/content/article_minimal_ru.md").read_text()
    problems = run_check(
        tmp_path, {"news/x/ru.md": text.replace("checkpoints", "Пункты пропуска")}
    )
    assert problems == [
        "content/news/x/ru.md:3: Category 'Пункты пропуска' is a label; write its key "
        "'checkpoints'"
    ]


def test_a_year_far_ahead_is_questioned(tmp_path):
    text = (ROOT / "tests/fixtures/content/article_minimal_en.md").read_text()
    problems = run_check(
        tmp_path, {"news/x/en.md": text.replace("2026-11-20", "2062-11-20")}
    )
    assert problems == [
        "content/news/x/en.md:2: warning: Date is in 2062, more than a year ahead: is "
        "the year right? Until then the release is embargoed and invisible"
    ]


def test_links_that_run_code_and_style_attributes_are_refused(tmp_path):
    text = (ROOT / "tests/fixtures/content/article_minimal_en.md").read_text()
    text += (
        "\n[prize](javascript:alert(1))\n\n"
        '<span style="color: red">red</span> and <b onclick="x()">bold</b>\n'
    )
    problems = run_check(tmp_path, {"news/x/en.md": text})
    assert problems == [
        "content/news/x/en.md:9: links that run code (javascript:) are not "
        "allowed; link to a page instead",
        "content/news/x/en.md:11: HTML event attributes (onclick=...) are blocked by "
        "the site's security policy; remove them",
        "content/news/x/en.md:11: style attributes are blocked by the site's "
        "security policy; the theme styles the text",
    ]


def test_the_same_broken_reference_twice_is_named_at_each_line(tmp_path):
    text = (ROOT / "tests/fixtures/content/article_minimal_en.md").read_text()
    text += "\n![a](missing.jpg)\n\nMore text.\n\n![a](missing.jpg)\n"
    problems = run_check(tmp_path, {"news/x/en.md": text})
    assert [p.split(": ")[0] for p in problems] == [
        "content/news/x/en.md:9",
        "content/news/x/en.md:13",
    ]


def test_a_file_wrong_in_its_fields_and_its_text_gets_every_problem_at_once(
    tmp_path,
):
    problems = run_check(tmp_path, {"news/x/en.md": "@check_every_layer"})
    lines = [int(problem.split(":")[1]) for problem in problems]
    # the date, the typo, the missing category, the dead link and the script
    assert lines == [1, 2, 3, 6, 8], problems


def test_markup_in_a_title_is_named_because_it_would_show_as_typed(tmp_path):
    text = fixture_text("article_minimal_en").replace(
        "Title: Queues at checkpoints have shortened",
        "Title: Queues <b>now</b> shorter",
    )
    assert run_check(tmp_path, {"news/queues/en.md": text}) == [
        "content/news/queues/en.md:1: warning: Title is plain text: Markdown and "
        "HTML in it are shown as typed; remove them"
    ]


def test_a_link_to_a_draft_is_named_at_its_own_line_and_pelican_links_count(
    tmp_path,
):
    linking = fixture_text("article_minimal_en").replace(
        "Title: Queues at checkpoints have shortened", "Title: Link holder"
    ) + (
        "\nRead [the other]({filename}/news/other/en.md).\n"
        "\nThe queues were long.\n\nSee [the draft](../queues/).\n"
    )
    problems = run_check(
        tmp_path,
        {
            "news/holder/en.md": linking,
            "news/other/en.md": "@article_minimal_en",
            "news/queues/en.md": "@article_draft",
        },
    )
    assert [p for p in problems if "holder" in p] == [
        "content/news/holder/en.md:13: links to content/news/queues/en.md, which is "
        "not published (a draft or embargoed); remove the link or publish it first"
    ]


@pytest.mark.parametrize(
    ("path", "fixture", "body", "message"),
    [
        (
            "news/x/be.md",
            "article_minimal_be",
            "The text of the release.\n",
            "content/news/x/be.md:7: the text is still the placeholder `invoke new` "
            "wrote; write the release's text in its place",
        ),
        (
            "campaigns/x/ru.md",
            "campaign_current",
            "## Key messages\n\n- \n",
            "content/campaigns/x/ru.md:5: the text is still the placeholder `invoke "
            "new` wrote; write the campaign's text in its place",
        ),
        (
            "news/x/en.md",
            "article_minimal_en",
            "",
            "content/news/x/en.md:7: the release has no text; write it after the "
            "fields",
        ),
    ],
)
def test_a_text_left_as_the_scaffold_wrote_it_is_never_published(
    tmp_path, path, fixture, body, message
):
    fields = fixture_text(fixture).split("\n\n", 1)[0]
    problems = run_check(tmp_path, {path: fields + "\n\n" + body})
    assert message in problems, problems
