"""Sharing and discovery: canonical links, Open Graph, JSON-LD, the sitemap.

Per page, templates get an absolute canonical address, Open Graph and
Twitter card data with the lead photo, and JSON-LD (``NewsArticle`` for
releases, ``GovernmentOrganization`` for the publisher, ``BreadcrumbList``).
Once per build, the main site writes ``sitemap.xml`` with every listed page
of every language and its ``hreflang`` alternates (the pelican-sitemap
plugin sees one language site at a time, so it cannot), ``robots.txt``, and
``_headers``: the security and caching headers for hosts that read that file
(the pages also carry their Content-Security-Policy in a ``<meta>``, which
is what GitHub Pages serves).

Settings (defaults in ``DEFAULTS``):

``NEWSROOM_SEO_CSP``
    The Content-Security-Policy of every page. Pagefind's WebAssembly needs
    ``'wasm-unsafe-eval'``; nothing needs ``'unsafe-inline'``.
``NEWSROOM_SEO_LOGO``
    The publisher's logo, relative to ``SITEURL``, for JSON-LD.
``NEWSROOM_PREVIEW_LIVERELOAD``
    Set by ``invoke livereload``: the policy also allows, by its hash, the
    one inline script the livereload server injects to reload on save.

Template globals it adds: ``absolute_url(path)``, ``canonical_url``,
``structured_data(item, kind)``, ``og_locale``.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from markupsafe import Markup
from pelican import signals

from newsroom import catalogs
from newsroom.preview import allow_livereload
from newsroom.settings import absolute_siteurl, apply_defaults, is_main_site

logger = logging.getLogger(__name__)

DEFAULTS = {
    "NEWSROOM_SEO_CSP": (
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
        "style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'"
    ),
    "NEWSROOM_SEO_LOGO": "theme/icons/icon-512.png",
}

# Open Graph wants a territory with the language
OG_LOCALES = {"be": "be_BY", "ru": "ru_RU", "en": "en_GB"}
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def _absolute(base: str, path: str) -> str:
    return f"{base}/{path.lstrip('/')}" if path else f"{base}/"


def canonical_path(output_file: str) -> str:
    """``be/news/x/index.html`` -> ``be/news/x/``."""
    return (
        output_file[: -len("index.html")]
        if output_file.endswith("index.html")
        else output_file
    )


class _Data:
    """The JSON-LD of one language site."""

    def __init__(self, settings: dict):
        self.settings = settings
        self.base = absolute_siteurl(settings)
        self.lang = settings["DEFAULT_LANG"]
        self._ = catalogs.translation_for(settings, self.lang).gettext
        self.model = settings["NEWSROOM_MODEL_CONTEXT"]

    def url(self, path: str) -> str:
        return _absolute(self.base, path)

    def publisher(self) -> dict:
        home = self.settings["INDEX_URL"]
        return {
            "@type": "GovernmentOrganization",
            "name": self._("State Border Service"),
            "url": self.url(home),
            "logo": {
                "@type": "ImageObject",
                "url": self.url(self.settings["NEWSROOM_SEO_LOGO"]),
            },
            "contactPoint": [
                {
                    "@type": "ContactPoint",
                    "contactType": contact.roles[self.lang],
                    "email": contact.email,
                    "telephone": contact.phone,
                    "availableLanguage": list(self.settings["NEWSROOM_LANGUAGES"]),
                }
                for contact in self.model.contacts.values()
            ],
        }

    def breadcrumbs(self, trail: list[tuple[str, str]]) -> dict:
        return {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": n,
                    "name": name,
                    "item": self.url(path),
                }
                for n, (name, path) in enumerate(trail, start=1)
            ],
        }

    def for_item(
        self,
        item,
        kind: str,
        listing_title: str | None = None,
        path: str = "",
        listing_type: str = "CollectionPage",
    ) -> list[dict]:
        """JSON-LD for a release, campaign or page, a listing, or the home page.

        A listing (``item`` None, with its title) is a ``CollectionPage`` (or
        ``listing_type``) under the home page; the home page alone describes
        the ``WebSite`` and its search.
        """
        home = (self._("State Border Service"), self.settings["INDEX_URL"])
        publisher = self.publisher()
        if item is None and listing_title is not None:
            # the title was rendered by the template: escaped text
            name = Markup(listing_title).unescape()
            listing = {
                "@type": listing_type,
                "name": name,
                "url": self.url(path),
                "inLanguage": self.lang,
                "isPartOf": {"@type": "WebSite", "url": self.url(home[1])},
                "publisher": publisher,
            }
            trail = [home, (name, path)]
            return [
                {
                    "@context": "https://schema.org",
                    "@graph": [listing, self.breadcrumbs(trail)],
                }
            ]
        if item is None:
            website = {
                "@type": "WebSite",
                "name": self._("State Border Service"),
                "url": self.url(self.settings["INDEX_URL"]),
                "inLanguage": self.lang,
                "publisher": publisher,
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": self.url(self.settings["SEARCH_URL"]) + "?q={query}",
                    "query-input": "required name=query",
                },
            }
            return [{"@context": "https://schema.org", "@graph": [website]}]
        url = self.url(item.url)
        if kind == "article":
            trail = [
                home,
                (self._("News"), self.settings["NEWS_URL"]),
                (item.title, item.url),
            ]
            main = {
                "@type": "NewsArticle",
                "headline": item.title,
                "description": item.summary,
                "url": url,
                "mainEntityOfPage": url,
                "inLanguage": item.lang,
                "datePublished": item.date.isoformat(),
                "dateModified": (
                    getattr(item, "modified", None) or item.date
                ).isoformat(),
                "articleSection": self.model.categories[item.category.slug].labels[
                    self.lang
                ],
                "keywords": [str(tag) for tag in getattr(item, "tags", [])],
                "author": publisher,
                "publisher": publisher,
            }
        else:
            trail = [home]
            if kind == "campaign":
                trail.append((self._("Campaigns"), self.settings["CAMPAIGNS_URL"]))
            trail.append((item.title, item.url))
            main = {
                "@type": "WebPage",
                "name": item.title,
                "description": item.summary,
                "url": url,
                "inLanguage": item.lang,
                "publisher": publisher,
            }
        lead = getattr(item, "lead_image", None)
        if lead:
            main["image"] = {
                "@type": "ImageObject",
                "url": self.url(lead.url),
                "width": lead.width,
                "height": lead.height,
                "caption": lead.alt,
                "creditText": lead.credit,
            }
        return [
            {
                "@context": "https://schema.org",
                "@graph": [main, self.breadcrumbs(trail)],
            }
        ]


def add_template_helpers(generator) -> None:
    settings = generator.settings
    apply_defaults(settings, DEFAULTS)
    base = absolute_siteurl(settings)

    def structured_data(item, kind: str = "", *listing) -> list[dict]:
        return _Data(settings).for_item(item, kind, *listing)

    def web_manifest() -> dict:
        """The web app manifest of this language's site."""
        data = _Data(settings)
        icons = [
            {
                "src": f"{settings['SITEURL']}/theme/icons/icon-{size}.png",
                "sizes": f"{size}x{size}",
                "type": "image/png",
            }
            for size in (192, 512)
        ]
        return {
            "name": data._("State Border Service") + " · " + data._("Press office"),
            "short_name": data._("Press office"),
            "lang": settings["DEFAULT_LANG"],
            "start_url": f"{settings['SITEURL']}/{settings['INDEX_URL']}",
            "scope": f"{settings['SITEURL']}/",
            "display": "browser",
            "background_color": "#ffffff",
            "theme_color": "#14513f",
            "icons": icons,
        }

    generator.env.globals.update(
        web_manifest=web_manifest,
        absolute_url=lambda path: _absolute(base, path),
        structured_data=structured_data,
        og_locale=lambda code: OG_LOCALES.get(code, code),
        CSP=(
            allow_livereload(settings["NEWSROOM_SEO_CSP"])
            if settings.get("NEWSROOM_PREVIEW_LIVERELOAD")
            else settings["NEWSROOM_SEO_CSP"]
        ),
    )
    generator.env.filters["canonical_path"] = canonical_path


# -- once per build, by the main site ----------------------------------------


def write_site_files(pelican) -> None:
    """sitemap.xml, robots.txt and _headers at the root of the output."""
    settings = pelican.settings
    if not is_main_site(settings):
        return
    from newsroom_i18n.plugin import last_changed, public_routes, x_default

    output = Path(settings["OUTPUT_PATH"])
    base = absolute_siteurl(settings)
    count = write_sitemap(
        output / "sitemap.xml", base, public_routes(), settings, x_default, last_changed
    )
    (output / "robots.txt").write_text(
        f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n", encoding="utf-8"
    )
    (output / "_headers").write_text(headers_file(settings), encoding="utf-8")
    logger.info(
        "sitemap.xml: %d addresses in %d languages",
        count,
        len(settings["NEWSROOM_LANGUAGES"]),
    )


def write_sitemap(path, base, routes, settings, x_default, last_changed) -> int:
    """Every listed page of every language, each with its translations.

    The alternates are those the page itself links: every language version
    (itself included) and ``x-default``; the language chooser at the root is
    the ``x-default`` of the home pages and lists them.
    """
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    count = 0
    for route, urls in sorted(routes.items(), key=lambda pair: str(pair[0])):
        if route == ("root",):
            alternates = {
                **routes.get(("index",), {}),
                "x-default": urls[next(iter(urls))],
            }
        else:
            alternates = dict(urls)
            default = x_default(route, settings)
            if default is not None:
                alternates["x-default"] = default
        for lang, url in sorted(urls.items()):
            entry = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
            ET.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = _absolute(base, url)
            changed = last_changed(lang, route)
            if changed is not None:
                ET.SubElement(
                    entry, f"{{{SITEMAP_NS}}}lastmod"
                ).text = changed.isoformat()
            for code, other in alternates.items():
                ET.SubElement(
                    entry,
                    f"{{{XHTML_NS}}}link",
                    {
                        "rel": "alternate",
                        "hreflang": code,
                        "href": _absolute(base, other),
                    },
                )
            count += 1
    ET.ElementTree(urlset).write(path, encoding="utf-8", xml_declaration=True)
    return count


def headers_file(settings: dict) -> str:
    """Response headers in the ``_headers`` format (Netlify, Cloudflare Pages).

    GitHub Pages ignores this file; there the pages' <meta> policy applies,
    which cannot forbid framing (frame-ancestors).
    """
    csp = settings["NEWSROOM_SEO_CSP"] + "; frame-ancestors 'none'"
    headers = (
        "/*\n"
        f"  Content-Security-Policy: {csp}\n"
        "  Referrer-Policy: strict-origin-when-cross-origin\n"
        "  X-Content-Type-Options: nosniff\n"
        "  Permissions-Policy: camera=(), microphone=(), geolocation=()\n"
    )
    if settings.get("NEWSROOM_FINISH_FINGERPRINT"):
        # theme files carry their content's hash in their name: a new
        # version is a new address, so browsers may keep each one for a year
        headers += "/theme/*\n  Cache-Control: public, max-age=31536000, immutable\n"
    return headers


def register():
    signals.generator_init.connect(add_template_helpers)
    signals.finalized.connect(write_site_files)
