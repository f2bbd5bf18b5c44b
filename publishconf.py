"""Settings of the publishing build (``invoke publish``).

Everything comes from ``pelicanconf.py``; this file changes only what
production needs. The site's address comes from the environment, so the same
build serves the production host, a preview host or a sub-path:

    NEWSROOM_SITEURL=https://example.org/press invoke publish
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402, F403

# the absolute address of the site, without a trailing slash
SITEURL = os.environ.get("NEWSROOM_SITEURL", "https://border-service.example").rstrip(
    "/"
)

# in CI, wording from content/data/terminology.csv stops the publication
NEWSROOM_CONTENT_TERMS_SEVERITY = "error"

# finish: minified, fingerprinted (cacheable for a year) and pre-compressed
NEWSROOM_FINISH_MINIFY = True
NEWSROOM_FINISH_FINGERPRINT = True
NEWSROOM_FINISH_PRECOMPRESS = True
