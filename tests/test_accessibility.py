"""The theme in a real browser: WCAG checks, keyboard use, small screens."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser import csp_violations
from tests.conftest import LANGUAGES
from tests.test_newsroom_i18n import article_url

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pages_of_every_kind(lang: str) -> list[str]:
    return [
        f"/{lang}/",
        f"/{lang}/news/",
        article_url("river-rescue-pripyat", lang),
        f"/{lang}/press/",
        f"/{lang}/campaigns/",
        f"/{lang}/campaigns/safe-legal-travel/",
        f"/{lang}/category/rescue/",
        f"/{lang}/tag/",
        f"/{lang}/news/archive/",
        f"/{lang}/news/2026/",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_of_every_kind_pass_the_wcag_aa_checks(sample_server, page, lang):
    axe = Axe()
    failures = {}
    for path in pages_of_every_kind(lang) + ["/"]:
        page.goto(sample_server + path)
        results = axe.run(
            page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}}
        )
        violations = results.response["violations"]
        if violations:
            failures[path] = [
                (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations
            ]
    assert failures == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_skip_link_comes_first_so_keyboard_users_can_bypass_the_menu(
    sample_server, page, lang
):
    page.goto(f"{sample_server}/{lang}/news/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    assert page.evaluate("document.activeElement.getBoundingClientRect().top") >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_scrolls_sideways_on_a_320_pixel_phone(sample_server, browser, lang):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    phone = context.new_page()
    try:
        for path in pages_of_every_kind(lang):
            phone.goto(sample_server + path)
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 320, f"{path} is {width} px wide"
    finally:
        context.close()


def test_pages_make_no_request_to_another_host(sample_server, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for lang in LANGUAGES:
        for path in pages_of_every_kind(lang):
            page.goto(sample_server + path)
    assert requested
    assert [url for url in requested if not url.startswith(sample_server)] == []


def test_the_pages_need_nothing_the_security_policy_forbids(sample_server, page):
    """No inline script or style, no eval: the strict CSP of every page holds,
    search (Pagefind's WebAssembly) included."""
    violations = csp_violations(page)
    for lang in LANGUAGES:
        for path in [*pages_of_every_kind(lang), f"/{lang}/search/?q=border"]:
            page.goto(sample_server + path)
            page.evaluate(
                """() => { window.__violations = [];
                document.addEventListener('securitypolicyviolation',
                  (e) => window.__violations.push(e.violatedDirective)); }"""
            )
            if "/search/" in path:
                page.wait_for_selector("html[data-search-ready]", timeout=15000)
            violations += page.evaluate("window.__violations")
    csp = page.evaluate(
        "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"
    )
    assert "unsafe-inline" not in csp and "script-src 'self'" in csp
    assert violations == []
