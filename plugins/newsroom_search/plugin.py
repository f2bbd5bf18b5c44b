"""The search page of each language: its interface strings and folding rules.

The index itself is written after Pelican by the build (``newsroom.search``,
step "index" of ``newsroom.build``); this plugin gives the search page what
its script needs, in the page's language: the interface strings from the
theme's catalog (Belarusian included, which Pagefind's own interface lacks),
plural forms for the count of results, the rules that fold a query the way
the index was folded, and where the Pagefind bundle is.

Settings (defaults in ``DEFAULTS``):

``NEWSROOM_SEARCH``
    Build the search index (``True``); benchmarks of the build turn it off.

Template global it adds: ``search_config()``, a dict for the page's JSON.
"""

from __future__ import annotations

from babel import Locale
from pelican import signals

from newsroom import catalogs, search_terms
from newsroom.settings import apply_defaults

DEFAULTS = {"NEWSROOM_SEARCH": True}


def _example_numbers(lang: str) -> dict[str, int]:
    """A number of each CLDR plural category of ``lang``: {"one": 1, "few": 2...}."""
    rule = Locale.parse(lang).plural_form
    examples: dict[str, int] = {}
    for number in range(0, 200):
        examples.setdefault(rule(number), number)
    return examples


def add_search_config(generator) -> None:
    settings = generator.settings
    apply_defaults(settings, DEFAULTS)
    lang = settings["DEFAULT_LANG"]

    def search_config() -> dict:
        translation = catalogs.translation_for(settings, lang)
        _ = translation.gettext
        plurals = {
            category: translation.ngettext(
                "%(count)s result", "%(count)s results", number
            ).replace("%(count)s", "{count}")
            for category, number in _example_numbers(lang).items()
        }
        categories = settings["NEWSROOM_MODEL_CONTEXT"].categories
        return {
            "bundle": f"{settings['SITEURL']}/pagefind/",
            "lang": lang,
            # the filters are indexed by key; the page shows these labels
            "labels": {
                "category": {key: c.labels[lang] for key, c in categories.items()},
                "kind": {
                    "article": _("Press release"),
                    "campaign": _("Campaign"),
                    "page": _("Page"),
                },
            },
            "rules": search_terms.rules_for(lang),
            "plurals": plurals,
            "strings": {
                "searching": _("Searching…"),
                "none": _("Nothing found for “{query}”."),
                "none_with_filters": _(
                    "Nothing found for “{query}” with the chosen topic, year or type."
                ),
                "none_filtered": _("Nothing matches the chosen topic, year or type."),
                "empty": _("Type a word to search, or choose a topic or year."),
                "failed": _("Search is not available right now; please try again."),
            },
        }

    generator.env.globals["search_config"] = search_config


def register():
    signals.generator_init.connect(add_search_config)
