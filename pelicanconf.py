"""Settings of the development build (``invoke build``, ``invoke serve``).

``publishconf.py`` imports everything here and changes only what production
needs. Settings containing ``{lang}`` are expanded once per language by the
``newsroom_i18n`` plugin.
"""

import os
import sys

# the plugins import the shared content model from ./newsroom
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# -- the site -----------------------------------------------------------------

SITENAME = "State Border Service"  # shown per language from the catalogs
SITEURL = ""  # root-relative links in development; publishconf sets the host
# the preview server's address: feeds, canonical links and the sitemap need
# an absolute one while SITEURL is relative; publishconf.py's SITEURL wins
NEWSROOM_PREVIEW_SITEURL = "http://127.0.0.1:8000"
TIMEZONE = "Europe/Minsk"  # dates without an offset are Minsk time

# -- languages ----------------------------------------------------------------

# adding a language: a catalog in theme/translations/, a column in each data
# file under content/data/, and its code here
NEWSROOM_LANGUAGES = ("be", "ru", "en")
DEFAULT_LANG = "be"  # the x-default of every translated item
NEWSROOM_I18N_TEMPLATES_LANG = "en"  # the templates' msgids are English
NEWSROOM_THEME_DATE_FORMAT = "d MMMM y"  # CLDR pattern: 3 снежня 2026
NEWSROOM_THEME_TIME_FORMAT = "HH:mm"
# dates are formatted by Babel, never by the machine's locale
LOCALE = ("C.UTF-8", "C")
DEFAULT_DATE_FORMAT = "%Y-%m-%d"

# -- content ------------------------------------------------------------------

PATH = "content"
ARTICLE_PATHS = ["news"]
PAGE_PATHS = ["pages", "campaigns"]
# photos and downloads live beside the text that uses them, and are copied
# once to /media/<same path>/
STATIC_PATHS = ["news", "pages", "campaigns"]
STATIC_URL = "media/{path}"
STATIC_SAVE_AS = "media/{path}"
# Pelican matches these against file names: dot-files (.DS_Store, vim swap
# files) and the credits file are never read or copied
IGNORE_FILES = [".*", "photos.csv"]
NEWSROOM_CONTENT_DATA_FOLDER = "data"
NEWSROOM_BUILD_TIME = None  # now; tests set a fixed moment

# the folder name is the key shared by the language versions of an item
ARTICLE_TRANSLATION_ID = "key"
PAGE_TRANSLATION_ID = ("kind", "key")  # a page and a campaign may share a key
FILENAME_METADATA = ""
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = ""
FORMATTED_FIELDS = []  # summaries are plain text, escaped like titles
# Python-Markdown's "extra" set, listed so each can be configured; the
# footnotes' back-link title is translated per document (newsroom/body.py)
MARKDOWN = {
    "extensions": [
        "markdown.extensions.abbr",
        "markdown.extensions.attr_list",
        "markdown.extensions.def_list",
        "markdown.extensions.fenced_code",
        "markdown.extensions.footnotes",
        "markdown.extensions.md_in_html",
        "markdown.extensions.tables",
        "markdown.extensions.sane_lists",
    ],
    "extension_configs": {},
    "output_format": "html5",
}

# -- URLs: one prefix per language, readable Latin slugs ----------------------

ARTICLE_URL = "{lang}/news/{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
PAGE_URL = "{lang}/{url_prefix}{slug}/"
PAGE_SAVE_AS = PAGE_URL + "index.html"
PAGE_LANG_URL = PAGE_URL
PAGE_LANG_SAVE_AS = PAGE_SAVE_AS

# drafts and embargoed items are written nowhere
DRAFT_URL = DRAFT_SAVE_AS = DRAFT_LANG_URL = DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_URL = DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_URL = DRAFT_PAGE_LANG_SAVE_AS = ""
WITH_FUTURE_DATES = True  # embargoes are ours: see NEWSROOM_BUILD_TIME

CATEGORY_URL = "{lang}/category/{slug}/"
CATEGORY_SAVE_AS = CATEGORY_URL + "index.html"
TAG_URL = "{lang}/tag/{slug}/"
TAG_SAVE_AS = TAG_URL + "index.html"
YEAR_ARCHIVE_URL = "{lang}/news/{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = YEAR_ARCHIVE_URL + "index.html"
AUTHOR_URL = AUTHOR_SAVE_AS = AUTHORS_URL = AUTHORS_SAVE_AS = ""

# listings written once per language; "root" is the language chooser at /
DIRECT_TEMPLATES = [
    "index",
    "news",
    "campaigns",
    "categories",
    "tags",
    "archives",
    "search",
    "notfound",
    "manifest",
    "root",
    "notfound_root",
]
INDEX_URL = "{lang}/"
INDEX_SAVE_AS = INDEX_URL + "index.html"
NEWS_URL = "{lang}/news/"
NEWS_SAVE_AS = NEWS_URL + "index.html"
CAMPAIGNS_URL = "{lang}/campaigns/"
CAMPAIGNS_SAVE_AS = CAMPAIGNS_URL + "index.html"
CATEGORIES_URL = "{lang}/category/"
CATEGORIES_SAVE_AS = CATEGORIES_URL + "index.html"
TAGS_URL = "{lang}/tag/"
TAGS_SAVE_AS = TAGS_URL + "index.html"
ARCHIVES_URL = "{lang}/news/archive/"
ARCHIVES_SAVE_AS = ARCHIVES_URL + "index.html"
SEARCH_URL = "{lang}/search/"
SEARCH_SAVE_AS = SEARCH_URL + "index.html"
NOTFOUND_URL = NOTFOUND_SAVE_AS = "{lang}/404.html"
MANIFEST_URL = MANIFEST_SAVE_AS = "{lang}/manifest.webmanifest"
# written once, by the default language's site: the language chooser, and the
# 404 page of hosts that serve a single one (GitHub Pages), in every language
ROOT_URL = ""
ROOT_SAVE_AS = "index.html"
NOTFOUND_ROOT_URL = NOTFOUND_ROOT_SAVE_AS = "404.html"

DEFAULT_PAGINATION = 10
PAGINATED_TEMPLATES = {"news": None, "category": None, "tag": None}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# -- feeds --------------------------------------------------------------------

# written by the newsroom_feeds plugin, per language: all.atom.xml,
# all.rss.xml, all.json and <category>.atom.xml / .rss.xml; Pelican's own
# feeds are off
NEWSROOM_FEEDS_PATH = "{lang}/feeds/"
NEWSROOM_FEEDS_MAX_ITEMS = 50
# the domain in the items' tag: ids, the same in every build
NEWSROOM_FEEDS_ID_AUTHORITY = "border-service.example"
FEED_ALL_ATOM = FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = CATEGORY_FEED_RSS = None
TAG_FEED_ATOM = TAG_FEED_RSS = None
TRANSLATION_FEED_ATOM = TRANSLATION_FEED_RSS = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None

# -- theme and plugins --------------------------------------------------------

THEME = "theme"
THEME_STATIC_DIR = "theme"
JINJA_ENVIRONMENT = {
    "extensions": ["jinja2.ext.i18n"],
    "autoescape": True,  # titles and summaries are text, never markup
    "trim_blocks": True,
    "lstrip_blocks": True,
}

PLUGIN_PATHS = ["plugins"]
# order matters: Pelican calls plugins in this order for the same signal
PLUGINS = [
    "newsroom_content",
    "newsroom_i18n",
    "newsroom_theme",
    "newsroom_feeds",
    "newsroom_search",
    "newsroom_seo",
    "pelican.plugins.i18n_subsites",
]
I18N_UNTRANSLATED_ARTICLES = "remove"  # listed only in its own languages
I18N_UNTRANSLATED_PAGES = "remove"

# -- output -------------------------------------------------------------------

OUTPUT_PATH = "output"
# the publishing build also minifies, fingerprints and pre-compresses
NEWSROOM_FINISH_MINIFY = False
NEWSROOM_FINISH_FINGERPRINT = False
NEWSROOM_FINISH_PRECOMPRESS = False
CACHE_PATH = "cache"
DELETE_OUTPUT_DIRECTORY = False  # every build writes into a fresh folder
