"""The publishing build: embargoes across the whole output, sharing metadata,
the sitemap, escaping in every format, security policy, sub-paths."""

from __future__ import annotations

import datetime
import gzip
import json
import re
import shutil
import subprocess
from zoneinfo import ZoneInfo

import brotli
import feedparser
import pytest

from tests.conftest import LANGUAGES, ROOT
from tests.site import build, make_content, snapshot
from tests.test_links import broken_links

MINSK = ZoneInfo("Europe/Minsk")
BEFORE = datetime.datetime(2026, 12, 10, 8, 59, tzinfo=MINSK)
AFTER = datetime.datetime(2026, 12, 10, 9, 0, tzinfo=MINSK)
SAMPLE_PHOTO = "content/news/river-rescue-pripyat/lead.jpg"
MARKER = b"vorpalpangolin"


def readable_bytes(path) -> bytes:
    """A file's bytes as a reader of it would get them, decompressed."""
    data = path.read_bytes()
    if path.suffix == ".br":
        return brotli.decompress(data)
    if data[:2] == b"\x1f\x8b":  # .gz copies, and Pagefind's index files
        return gzip.decompress(data)
    return data


def files_mentioning(output, marker: bytes) -> list[str]:
    return sorted(
        str(path.relative_to(output))
        for path in output.rglob("*")
        if path.is_file() and marker in readable_bytes(path).lower()
    )


def publish_build(tmp_path, files, build_time, **overrides):
    content = make_content(tmp_path, files)
    settings = {"SITEURL": "https://press.example.org", **overrides}
    return build(
        content,
        tmp_path,
        build_time,
        strict=True,
        settings_file="publishconf.py",
        **settings,
    )


EMBARGO = {
    "news/queues/en.md": "@article_minimal_en",
    "news/agreement/en.md": "@article_embargoed_everywhere",
    "news/agreement/lead.jpg": f"file:{SAMPLE_PHOTO}",
    "news/agreement/photos.csv": "@photos_embargoed.csv",
    "news/secret-draft/en.md": "@article_draft",
}


def test_an_embargoed_release_is_in_no_output_at_all_until_its_time(tmp_path):
    site = publish_build(tmp_path, EMBARGO, BEFORE)
    assert site.result.ok, (site.result.stopped_by, site.result.errors)
    assert (site.output / "en/index.html.br").exists()  # everything was compressed
    assert files_mentioning(site.output, MARKER) == []
    assert files_mentioning(site.output, b"pangolin") == []
    assert files_mentioning(site.output, b"zanzibarquokka") == []
    assert not (site.output / "en/category/cooperation").exists()
    assert not (site.output / "media/news/agreement").exists()


def test_the_first_build_after_its_time_publishes_it_everywhere(tmp_path):
    site = publish_build(tmp_path, EMBARGO, AFTER)
    assert site.result.ok, (site.result.stopped_by, site.result.errors)
    found = files_mentioning(site.output, MARKER)
    slug = "en/news/2026/embargoed-cooperation-agreement-vorpalpangolin"
    for expected in (
        f"{slug}/index.html",  # the release
        "en/index.html",  # the home page's latest releases
        "en/news/index.html",  # the archive
        "en/tag/pangolinvorpal/index.html",  # its tag
        "en/category/cooperation/index.html",  # its category, new with it
        "en/news/2026/index.html",  # the year
        "en/feeds/all.atom.xml",
        "en/feeds/all.rss.xml",
        "en/feeds/all.json",
        "en/feeds/cooperation.atom.xml",
        "sitemap.xml",
    ):
        assert expected in found, expected
    assert any(name.startswith("pagefind/fragment/") for name in found)
    assert (site.output / "media/news/agreement/lead.jpg").exists()
    # a draft stays out, whatever the clock says
    assert files_mentioning(site.output, b"zanzibarquokka") == []


def test_a_publishing_build_that_fails_late_leaves_the_last_site_intact(
    tmp_path, monkeypatch
):
    from newsroom import finish

    site = publish_build(tmp_path, EMBARGO, BEFORE)
    before = snapshot(site.output)

    def broken(output):
        raise OSError("disk full while compressing")

    monkeypatch.setattr(finish, "precompress", broken)
    content = tmp_path / "content"
    again = build(
        content,
        tmp_path,
        AFTER,
        strict=True,
        settings_file="publishconf.py",
        SITEURL="https://press.example.org",
    )
    assert not again.result.ok
    assert again.result.stopped_by == "disk full while compressing"
    after = snapshot(site.output)
    assert after == before
    assert not list(tmp_path.glob(".output.*"))


def test_a_hidden_release_is_reachable_but_kept_out_of_search_engines(tmp_path):
    site = publish_build(
        tmp_path,
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/hidden/en.md": "@article_hidden",
        },
        AFTER,
    )
    assert site.result.ok, (site.result.stopped_by, site.result.errors)
    tree = site.html("/en/news/2026/hidden-release-about-quillwombat/")
    assert tree.css_first('meta[name="robots"]').attributes["content"] == "noindex"
    assert not tree.css('script[type="application/ld+json"]')
    assert b"quillwombat" not in (site.output / "sitemap.xml").read_bytes()
    listed = site.html("/en/news/2026/queues-at-checkpoints-have-shortened/")
    assert not listed.css('meta[name="robots"]')


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The sample content, published for https://press.example.org/."""
    from tests.conftest import SAMPLE_BUILD_TIME

    folder = tmp_path_factory.mktemp("published")
    site = build(
        ROOT / "content",
        folder,
        SAMPLE_BUILD_TIME,
        strict=True,
        settings_file="publishconf.py",
        SITEURL="https://press.example.org",
    )
    assert site.result.ok, (site.result.stopped_by, site.result.errors)
    return site


def test_every_text_file_has_faithful_compressed_copies(published):
    from newsroom.finish import TEXT_FILES

    checked = set()
    for path in published.output.rglob("*"):
        if path.suffix not in TEXT_FILES or path.stat().st_size < 400:
            continue  # a tiny file may gain nothing and be served as it is
        original = path.read_bytes()
        for copy in (
            path.with_name(path.name + ".br"),
            path.with_name(path.name + ".gz"),
        ):
            assert readable_bytes(copy) == original, copy
        checked.add(path.suffix)
    assert {".html", ".css", ".js", ".xml", ".json", ".svg", ".webmanifest"} <= checked


def sitemap_entries(site) -> dict[str, dict[str, str]]:
    text = (site.output / "sitemap.xml").read_text()
    entries = {}
    for block in re.findall(r"<url>(.*?)</url>", text):
        loc = re.search(r"<loc>(.*?)</loc>", block).group(1)
        entries[loc] = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block))
    return entries


def test_the_sitemap_covers_every_language_with_hreflang(published):
    entries = sitemap_entries(published)
    base = "https://press.example.org/"
    assert all(loc.startswith(base) for loc in entries)
    for alternates in entries.values():
        assert all(href.startswith(base) for href in alternates.values())
    # a translated release: each version lists all three and x-default
    from tests.test_newsroom_i18n import article_url

    rescue = [
        base + article_url("river-rescue-pripyat", lang)[1:] for lang in LANGUAGES
    ]
    assert set(rescue) <= set(entries)
    for loc in rescue:
        assert set(entries[loc]) == {*LANGUAGES, "x-default"}
        assert sorted(entries[loc][lang] for lang in LANGUAGES) == sorted(rescue)
    # an untranslated release names only itself, also as the x-default
    [museum] = [loc for loc in entries if "/news/" in loc and "vystava" in loc]
    assert entries[museum] == {"be": museum, "x-default": museum}
    assert f"{base}be/" in entries and entries[f"{base}be/"]["x-default"] == base
    assert {lang: entries[base][lang] for lang in LANGUAGES} == {
        lang: f"{base}{lang}/" for lang in LANGUAGES
    }
    # tag pages are there, each in its own language only
    tags = [loc for loc in entries if "/tag/" in loc and not loc.endswith("/tag/")]
    assert {loc[len(base) :][:2] for loc in tags} == set(LANGUAGES)
    # every address in it is a page that exists and says the same of itself
    for loc, alternates in entries.items():
        path = loc[len(base) :]
        assert published.exists(path or "/"), loc
        own = {
            link.attributes["hreflang"]: link.attributes["href"]
            for link in published.html(path or "/").css(
                'link[rel="alternate"][hreflang]'
            )
        }
        assert own == alternates, loc


def test_every_page_says_what_it_is_to_search_engines_and_networks(published):
    tree = published.html(published_article_path(published))
    meta = {
        node.attributes.get("property") or node.attributes.get("name"): node.attributes[
            "content"
        ]
        for node in tree.css("meta[content]")
    }
    url = meta["og:url"]
    assert tree.css_first('link[rel="canonical"]').attributes["href"] == url
    assert url.startswith("https://press.example.org/en/news/2026/")
    assert meta["og:type"] == "article"
    assert meta["og:image"].startswith("https://press.example.org/media/news/")
    assert meta["og:image:alt"]
    assert meta["twitter:card"] == "summary_large_image"
    [graph] = [
        json.loads(n.text()) for n in tree.css('script[type="application/ld+json"]')
    ]
    article, breadcrumbs = graph["@graph"]
    assert article["@type"] == "NewsArticle"
    assert article["mainEntityOfPage"] == url
    assert article["publisher"]["@type"] == "GovernmentOrganization"
    assert article["image"]["url"] == meta["og:image"]
    assert [item["position"] for item in breadcrumbs["itemListElement"]] == [1, 2, 3]


def structured(tree) -> list[dict]:
    [graph] = [
        json.loads(n.text()) for n in tree.css('script[type="application/ld+json"]')
    ]
    return graph["@graph"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_listing_describes_itself_and_only_the_home_page_the_website(published, lang):
    [home] = structured(published.html(f"/{lang}/"))
    assert home["@type"] == "WebSite" and "SearchAction" in json.dumps(home)
    tag_page = next((published.output / lang / "tag").glob("*/index.html"))
    tag_path = "/" + tag_page.parent.relative_to(published.output).as_posix() + "/"
    for path, kind in [
        (f"/{lang}/news/", "CollectionPage"),
        (f"/{lang}/news/page/2/", "CollectionPage"),
        (tag_path, "CollectionPage"),
        (f"/{lang}/search/", "SearchResultsPage"),
    ]:
        tree = published.html(path)
        title = tree.css_first("title").text()
        listing, breadcrumbs = structured(tree)
        assert listing["@type"] == kind, path
        assert title.startswith(listing["name"] + " — "), (title, listing["name"])
        og_title = tree.css_first('meta[property="og:title"]').attributes["content"]
        assert og_title == listing["name"]
        assert listing["url"] == f"https://press.example.org{path}"
        assert breadcrumbs["itemListElement"][-1]["item"] == listing["url"]


def published_article_path(site) -> str:
    feed = feedparser.parse(site.output / "en/feeds/rescue.atom.xml")
    link = next(e.link for e in feed.entries if "flooded-island" in e.link)
    return link.removeprefix("https://press.example.org")


def test_discovery_files_are_there(published):
    robots = (published.output / "robots.txt").read_text()
    assert "Sitemap: https://press.example.org/sitemap.xml" in robots
    for lang in LANGUAGES:
        manifest = json.loads(
            (published.output / lang / "manifest.webmanifest").read_text()
        )
        assert manifest["lang"] == lang and manifest["start_url"].endswith(f"/{lang}/")
        for icon in manifest["icons"]:
            assert published.exists(
                icon["src"].removeprefix("https://press.example.org")
            )
        page = published.html(f"/{lang}/404.html")
        assert page.css_first("html").attributes["lang"] == lang
        assert page.css_first('meta[name="robots"]').attributes["content"] == "noindex"
    root_404 = published.html("/404.html")
    assert {s.attributes["lang"] for s in root_404.css("section")} == set(LANGUAGES)
    headers = (published.output / "_headers").read_text()
    assert "frame-ancestors 'none'" in headers and "immutable" in headers


def test_theme_files_are_fingerprinted_and_every_reference_follows(published):
    css = list((published.output / "theme/css").glob("site.*.css"))
    assert len(css) == 1 and re.match(r"site\.[0-9a-f]{10}\.css$", css[0].name)
    assert not (published.output / "theme/css/site.css").exists()
    assert broken_links_under(published) == []


def broken_links_under(site):
    """Links of a site published for https://press.example.org, checked offline."""
    root = site.output.parent / "served"
    if not root.exists():
        root.mkdir()
        shutil.copytree(site.output, root / "site")
        for page in (root / "site").rglob("*.html"):
            page.write_text(page.read_text().replace("https://press.example.org/", "/"))
    return broken_links(root / "site")


HOSTILE = '<script>alert(1)</script> & "quotes"'


def test_a_hostile_title_is_text_in_every_format(tmp_path):
    site = publish_build(
        tmp_path, {"news/hostile/en.md": "@article_hostile_title"}, AFTER
    )
    assert site.result.ok, site.result.errors
    page_path = next(site.output.glob("en/news/2026/*/index.html"))
    html = page_path.read_text()
    tree = site.html(str(page_path.relative_to(site.output)))
    # no element was made of it: the title is text wherever it appears
    data_types = ("application/ld+json", "application/json")
    scripts = [
        s for s in tree.css("script") if s.attributes.get("type") not in data_types
    ]
    assert not [s for s in scripts if "alert" in s.text()]
    assert tree.css_first("h1").text() == HOSTILE
    assert tree.css_first("title").text().startswith(HOSTILE)
    assert tree.css_first('meta[property="og:title"]').attributes["content"] == HOSTILE
    indexed = tree.css_first("[data-pagefind-body][data-title]")
    assert indexed.attributes["data-title"] == HOSTILE
    # JSON-LD: parsed back, it is the title; it cannot close its <script>
    for block in re.findall(r"<script type=application/ld\+json>(.*?)</script>", html):
        assert "</script" not in block.lower()
        assert json.loads(block)["@graph"][0]["headline"] == HOSTILE
    for name in ("all.atom.xml", "all.rss.xml"):
        assert (
            feedparser.parse(site.output / "en/feeds" / name).entries[0].title
            == HOSTILE
        )
    item = json.loads((site.output / "en/feeds/all.json").read_text())["items"][0]
    assert item["title"] == HOSTILE
    found = files_mentioning(site.output, b"alert(1)")
    assert any(name.startswith("pagefind/fragment/") for name in found)


def test_the_workflows_pass_the_linter():
    actionlint = shutil.which("actionlint")
    assert actionlint, (
        "actionlint is not installed: pip install -r requirements-dev.txt"
    )
    workflows = sorted(str(p) for p in (ROOT / ".github/workflows").glob("*.yml"))
    assert len(workflows) == 2
    run = subprocess.run([actionlint, *workflows], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_linter_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n"
        "      - run: echo ${{ github.nonexistent_context }}\n"
    )
    run = subprocess.run(
        [shutil.which("actionlint"), str(broken)], capture_output=True, text=True
    )
    assert run.returncode != 0


def test_a_site_under_a_sub_path_has_no_broken_link(tmp_path):
    content = make_content(
        tmp_path,
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/queues/be.md": "@article_minimal_be",
            "pages/about/en.md": "@page_minimal_en",
        },
    )
    site = build(
        content,
        tmp_path / "build",
        SITEURL="/press",
        NEWSROOM_PREVIEW_SITEURL="http://127.0.0.1:8000/press",
    )
    assert site.result.ok and not site.result.errors
    served = tmp_path / "served"
    served.mkdir()
    (served / "press").symlink_to(site.output, target_is_directory=True)
    assert broken_links(served / "press", at_least=50, root=served) == []
    html = site.file("/en/news/").read_text()
    assert 'href="/press/en/news/2026/' in html
    assert not re.search(r'(?:href|src)="/(?!press/)', html)
