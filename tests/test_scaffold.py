"""`invoke new`: a new release or campaign, ready to write, as a draft."""

from __future__ import annotations

import pytest

from newsroom import content_model, frontmatter
from newsroom.problems import ContentError
from newsroom.scaffold import new_item
from tests.conftest import SAMPLE_BUILD_TIME
from tests.site import make_content


@pytest.fixture
def ctx(tmp_path):
    content = make_content(tmp_path, {})
    return content_model.ModelContext.load(
        content, ("be", "ru", "en"), "Europe/Minsk", SAMPLE_BUILD_TIME
    )


def fields(path) -> dict[str, str]:
    return {k: f.value for k, f in frontmatter.read(path).fields.items()}


@pytest.mark.parametrize(
    ("title", "lang", "slug"),
    [
        (
            "Ўначы памежнікі выратавалі сям'ю з Гродна",
            "be",
            "unachy-pamezhniki-vyratavali-siamiu-z-hrodna",
        ),
        ("Ещё одна щедрая помощь", "ru", "eshche-odna-shchedraia-pomoshch"),
        ("Night rescue on the river", "en", "night-rescue-on-the-river"),
    ],
)
def test_a_release_starts_from_its_title_with_a_latin_key(ctx, title, lang, slug):
    [path] = new_item(ctx, title, lang, category="rescue")
    assert path == ctx.content_root / "news" / slug / f"{lang}.md"
    assert fields(path) == {
        "title": title,
        "date": "2026-12-03 12:00",
        "category": "rescue",
        "tags": "",
        "summary": "",
        "slug": slug,
        "status": "draft",
    }
    # a draft: what is still to write is a warning, never an error
    document = content_model.load_document(path, ctx)
    assert document.state == "draft"
    assert [p.message for p in document.problems] == [
        "(draft) Summary is empty; write the text after the colon",
        "(draft) the text is still the placeholder `invoke new` wrote; write the "
        "release's text in its place",
    ]


def test_empty_translations_can_be_created_beside_the_original(ctx):
    paths = new_item(ctx, "Night rescue", "en", category="rescue", translations=True)
    assert [p.name for p in paths] == ["en.md", "be.md", "ru.md"]
    assert fields(paths[1])["title"] == ""
    assert "slug" not in fields(paths[1])
    assert fields(paths[1])["date"] == fields(paths[0])["date"]


def test_a_campaign_starts_today_with_a_contact(ctx):
    [path] = new_item(ctx, "Safe rivers", "en", kind="campaign")
    assert path.parent.parent.name == "campaigns"
    assert fields(path)["campaign_start"] == "2026-12-03"
    assert fields(path)["contact"] == "press-office"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"title": "Night rescue", "lang": "en"}, "choose a category with --category"),
        ({"title": "Night rescue", "lang": "pl", "category": "rescue"}, "'pl' is not"),
        ({"title": "🚧🚧", "lang": "en", "category": "rescue"}, "has no words"),
        ({"title": "--help", "lang": "", "category": "rescue"}, "`invoke --help new`"),
        (
            {"title": "Night rescue", "lang": "en", "category": "resque"},
            "there is no category 'resque'; choose",
        ),
    ],
)
def test_what_cannot_be_created_is_explained(ctx, arguments, message):
    with pytest.raises(ContentError) as caught:
        new_item(ctx, **arguments)
    assert message in str(caught.value)


def test_an_existing_story_is_never_overwritten(ctx):
    [path] = new_item(ctx, "Night rescue", "en", category="rescue")
    path.write_text("edited")
    with pytest.raises(ContentError, match="exists already"):
        new_item(ctx, "Night rescue", "en", category="rescue")
    assert path.read_text() == "edited"
