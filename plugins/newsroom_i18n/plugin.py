"""One site per language on one URL scheme, with a switcher that never 404s.

This plugin sets up pelican-i18n-subsites (pinned to 1.0.0) from a single
list of languages, and corrects what that plugin does not do for us:

- every language lives under its own prefix (``/be/``, ``/ru/``, ``/en/``)
  of one ``SITEURL`` and one ``OUTPUT_PATH``. Upstream gives each subsite its
  own ``SITEURL`` and output folder, which is what made ru/en feeds inherit
  the be ``FEED_DOMAIN`` and produced translation links like ``/ru/../x``;
- settings may contain ``{lang}``: it is replaced per language here, for the
  settings Pelican does not format with a language itself (listings, feeds);
- static files and theme assets are copied once, by the main site: upstream
  empties ``STATIC_PATHS`` of subsites and re-links the main site's files,
  which either copied images into every language folder or broke
  ``{static}`` links, depending on the settings;
- the theme's gettext catalogs are compiled before the sites are built, and
  every language, English included, has one: upstream logs an error per
  language site when ``jinja2.ext.i18n`` finds no catalog;
- the switcher and ``hreflang`` links come from a registry of what each
  language site really writes, so they never point at a missing page.

Settings (defaults in ``newsroom.settings.SHARED_DEFAULTS``, since every
plugin that speaks reads them; so is ``NEWSROOM_LANGUAGES``):

``NEWSROOM_I18N_TRANSLATIONS``
    The folder of the theme's ``<lang>/LC_MESSAGES/messages.po`` catalogs;
    ``<THEME>/translations`` by default.
``NEWSROOM_I18N_TEMPLATES_LANG``
    The language the templates' msgids are written in (needs no catalog).

Template globals it adds: ``alternates(route)``, ``x_default_url(route)``,
``url_for(route)``, ``route_url(lang, route)``, ``route_title(route)``,
``gettext_in(lang, message)``, ``language_name(code)``, ``LANGUAGES``,
``SITE_LANG``. A route is a tuple naming what a page shows: ``("index",)``,
``("article", key)``, ``("category", key)``, ``("year", 2026)``...
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from pathlib import Path

from pelican import signals

from newsroom import catalogs, languages
from newsroom.settings import apply_defaults, is_main_site

logger = logging.getLogger(__name__)

# settings Pelican formats per content object, with the object's own {lang}
_FORMATTED_BY_PELICAN = ("ARTICLE_", "PAGE_", "DRAFT_", "STATIC_")

# routes written by the language sites: lang -> route -> URL (no SITEURL)
_ROUTES: dict[str, dict[tuple, str]] = defaultdict(dict)
# titles of the items among them: lang -> route -> title
_TITLES: dict[str, dict[tuple, str]] = defaultdict(dict)
# when each item last changed: lang -> route -> datetime (for the sitemap)
_CHANGED: dict[str, dict[tuple, datetime.datetime]] = defaultdict(dict)
# routes of hidden items, which are written but listed nowhere
_HIDDEN: set[tuple[str, tuple]] = set()
# main-site templates: written once, not once per language
MAIN_SITE_TEMPLATES = ("root", "notfound_root")


class SettingsError(Exception):
    """A setting that cannot work; the message names it and the fix."""


class ExpectedUntranslated(logging.Filter):
    """Drop Pelican's warning about a story with no default-language version.

    Pelican warns "There are 2 original (not translated) items" for every
    release written in, say, ru and en only; in this newsroom that is an
    ordinary release, listed in the languages it exists in.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("There are %s original (not translated)")


# -- start of a build ---------------------------------------------------------


def prepare_language_sites(pelican) -> None:
    """Check the language settings, compile catalogs, define the subsites."""
    settings = pelican.settings
    apply_defaults(settings, {})  # the shared ones: languages, catalogs
    if not is_main_site(settings):
        return
    _ROUTES.clear()
    _TITLES.clear()
    _CHANGED.clear()
    _HIDDEN.clear()
    _quiet_expected_warnings()
    codes = list(settings["NEWSROOM_LANGUAGES"])
    default = settings["DEFAULT_LANG"]
    _check_languages(codes, default)

    # catalogs: one per language except the templates' own
    locale_dir = Path(settings["CACHE_PATH"]) / "locale"
    missing, problems = catalogs.compile_theme_catalogs(settings, locale_dir)
    if missing:
        raise SettingsError(
            "NEWSROOM_LANGUAGES: no catalog for "
            + ", ".join(str(m) for m in missing)
            + "; create it with `invoke catalogs --init LANG`"
        )
    for problem in problems:
        if problem.is_error:
            logger.error("%s", problem)
        else:
            logger.warning("%s", problem)
    if any(problem.is_error for problem in problems):
        raise SettingsError("a theme catalog has errors; fix the .po file")
    settings["I18N_GETTEXT_LOCALEDIR"] = str(locale_dir)
    settings["I18N_TEMPLATES_LANG"] = settings["NEWSROOM_I18N_TEMPLATES_LANG"]

    # one subsite per other language, sharing SITEURL and OUTPUT_PATH
    # every language is expanded from the same unexpanded settings
    unexpanded = dict(settings)
    subsites = {}
    for code in codes:
        overrides = _language_settings(unexpanded, code)
        if code == default:
            settings.update(overrides)
            continue
        overrides.update(
            SITEURL=settings["SITEURL"],
            OUTPUT_PATH=settings["OUTPUT_PATH"],
            # kept so that {static} links resolve natively in every language;
            # copy_static_files_once stops the subsites copying the files
            STATIC_PATHS=settings["STATIC_PATHS"],
            THEME_STATIC_PATHS=[],
            DIRECT_TEMPLATES=[
                t for t in settings["DIRECT_TEMPLATES"] if t not in MAIN_SITE_TEMPLATES
            ],
        )
        subsites[code] = overrides
    settings["I18N_SUBSITES"] = subsites
    # upstream keeps its state in module globals; a build that failed half-way
    # would leave them set and the next build in this process (livereload, the
    # tests) would reuse the old settings, so reset them here
    from pelican.plugins.i18n_subsites import i18n_subsites

    i18n_subsites._MAIN_SETTINGS = None


def _quiet_expected_warnings() -> None:
    utils_logger = logging.getLogger("pelican.utils")
    if not any(isinstance(f, ExpectedUntranslated) for f in utils_logger.filters):
        utils_logger.addFilter(ExpectedUntranslated())


def _check_languages(codes: list[str], default: str) -> None:
    if default not in codes:
        raise SettingsError(
            f"DEFAULT_LANG {default!r} is not in NEWSROOM_LANGUAGES {codes!r}; "
            "add it or choose one of them"
        )
    for code in codes:
        try:
            languages.language(code)
        except ValueError:
            raise SettingsError(
                f"NEWSROOM_LANGUAGES: {code!r} is not a language Babel knows; "
                "use an ISO 639 code such as 'pl' or 'uk'"
            ) from None


def _language_settings(settings: dict, code: str) -> dict:
    """The settings of one language site: every ``{lang}`` replaced."""
    overrides = {"DEFAULT_LANG": code}
    for name, value in settings.items():
        if (
            isinstance(value, str)
            and "{lang}" in value
            and not name.startswith(_FORMATTED_BY_PELICAN)
        ):
            overrides[name] = value.replace("{lang}", code)
    return overrides


def keep_own_hidden_items(generator) -> None:
    """Write hidden items only in their own language's site.

    pelican-i18n-subsites sorts ``articles`` and ``pages`` by language but
    leaves ``hidden_articles`` and ``hidden_pages`` alone, so every language
    site wrote every hidden item, the last one (the default language) winning:
    an English hidden release came out with Belarusian menus and
    ``<html lang="be">``.
    """
    lang = generator.settings["DEFAULT_LANG"]
    for name in ("hidden_articles", "hidden_translations", "hidden_pages"):
        items = getattr(generator, name, None)
        if items is not None:
            items[:] = [item for item in items if item.lang == lang]


def copy_static_files_once(generator) -> None:
    """Leave copying to the main site; subsites only link to the files."""
    if not is_main_site(generator.settings):
        generator.staticfiles.clear()


# -- what each language site writes -------------------------------------------


def register_article_routes(generator) -> None:
    """Record the listings, releases, categories, tags and years this site writes."""
    settings = generator.settings
    routes = _ROUTES[settings["DEFAULT_LANG"]]
    for template in settings["DIRECT_TEMPLATES"]:
        if settings.get(f"{template.upper()}_SAVE_AS"):
            routes[(template,)] = settings[f"{template.upper()}_URL"]
    for article in generator.articles + generator.hidden_articles:
        route = ("article", article.key)
        routes[route] = article.url
        _TITLES[article.lang][route] = article.title
        _CHANGED[article.lang][route] = (
            getattr(article, "modified", None) or article.date
        )
        if article.status == "hidden":
            _HIDDEN.add((article.lang, route))
    for category, _ in generator.categories:
        routes[("category", category.slug)] = category.url
    if settings.get("TAG_SAVE_AS"):
        # a tag is a word of one language: its page has no translations
        for tag in generator.tags:
            routes[("tag", settings["DEFAULT_LANG"], tag.slug)] = tag.url
    if settings.get("YEAR_ARCHIVE_SAVE_AS"):
        for year in {a.date.year for a in generator.articles}:
            day = datetime.date(year, 1, 1)
            routes[("year", year)] = settings["YEAR_ARCHIVE_URL"].format(date=day)


def register_page_routes(generator) -> None:
    """Record the pages and campaigns this site writes."""
    routes = _ROUTES[generator.settings["DEFAULT_LANG"]]
    for page in generator.pages + generator.hidden_pages:
        route = (page.kind, page.key)
        routes[route] = page.url
        _TITLES[page.lang][route] = page.title
        if page.status == "hidden":
            _HIDDEN.add((page.lang, route))


def route_url(lang: str, route) -> str | None:
    """The URL of ``route`` in language ``lang``, if that site writes it."""
    return _ROUTES[lang].get(tuple(route)) if route else None


def x_default(route, settings: dict) -> str | None:
    """Where a reader whose language the site lacks should land for ``route``:
    the language chooser for the home pages, else the default language's
    version, else the first language that has one."""
    main = settings["DEFAULT_LANG_MAIN"]
    if tuple(route) == ("index",):
        return route_url(main, ("root",))
    for code in [main, *settings["NEWSROOM_LANGUAGES"]]:
        if route_url(code, route) is not None:
            return route_url(code, route)
    return None


def public_routes() -> dict[tuple, dict[str, str]]:
    """Every route some language site writes and lists: route -> lang -> URL.

    Hidden items are left out; 404 pages and the web manifest are not pages
    to list either.
    """
    table: dict[tuple, dict[str, str]] = defaultdict(dict)
    for lang, routes in _ROUTES.items():
        for route, url in routes.items():
            if (lang, route) in _HIDDEN or route[0] in (
                "notfound",
                "notfound_root",
                "manifest",
            ):
                continue
            table[route][lang] = url
    return dict(table)


def last_changed(lang: str, route) -> datetime.datetime | None:
    return _CHANGED[lang].get(tuple(route))


def route_title(lang: str, route) -> str | None:
    """The title of the item at ``route`` in language ``lang``, if any."""
    return _TITLES[lang].get(tuple(route)) if route else None


# -- template helpers ---------------------------------------------------------


def add_template_helpers(generator) -> None:
    """Give templates the site's language, its dates, labels and switcher."""
    settings = generator.settings
    site_lang = settings["DEFAULT_LANG"]
    codes = list(settings["NEWSROOM_LANGUAGES"])

    def alternates(route):
        """One entry per language: its name and the route's URL there."""
        return [
            {
                "lang": code,
                "name": languages.language(code).name,
                "url": route_url(code, route),
                "home": route_url(code, ("index",)),
                "current": code == site_lang,
            }
            for code in codes
        ]

    def x_default_url(route):
        return x_default(route, settings)

    def gettext_in(lang, message):
        """``message`` in language ``lang``, whatever the page's language."""
        return catalogs.translation_for(settings, lang).gettext(message)

    generator.env.globals.update(
        alternates=alternates,
        x_default_url=x_default_url,
        url_for=lambda route: route_url(site_lang, route),
        route_url=route_url,
        route_title=lambda route: route_title(site_lang, route),
        gettext_in=gettext_in,
        language_name=lambda code: languages.language(code).name,
        LANGUAGES=codes,
        SITE_LANG=site_lang,
    )


def remember_main_language(pelican) -> None:
    # subsites change DEFAULT_LANG; templates need the default language too
    pelican.settings.setdefault("DEFAULT_LANG_MAIN", pelican.settings["DEFAULT_LANG"])


def register():
    signals.initialized.connect(remember_main_language)
    signals.initialized.connect(prepare_language_sites)
    signals.static_generator_finalized.connect(copy_static_files_once)
    signals.article_generator_pretaxonomy.connect(keep_own_hidden_items)
    signals.page_generator_finalized.connect(keep_own_hidden_items)
    signals.article_generator_finalized.connect(register_article_routes)
    signals.page_generator_finalized.connect(register_page_routes)
    signals.generator_init.connect(add_template_helpers)
