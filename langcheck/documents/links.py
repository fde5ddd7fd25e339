"""Link destinations as markdown-it writes them: which it accepts, and their normalised form.

A link's target becomes the ``value`` of its ``Mark`` (context checks read
it: a link to a DOI names a paper). CommonMark leaves normalisation to the
renderer; langcheck keeps markdown-it's, its Markdown parser until version
0.2, so that marks stay what they were: percent-encoding by ``mdurl`` (the
URL library markdown-it uses) and international host names in punycode. A
``javascript:``, ``vbscript:``, ``file:`` or ``data:`` target (other than an
image) makes markdown-it refuse the link and keep its source as text.
"""

from __future__ import annotations

import codecs
import re
from contextlib import suppress

import mdurl

_BAD_PROTOCOL = re.compile(r"^(vbscript|javascript|file|data):")
_GOOD_DATA = re.compile(r"^data:image\/(gif|png|jpeg|webp);")
_RECODE_HOSTNAME_FOR = ("http:", "https:", "mailto:")
_LABEL_SEPARATORS = re.compile(r"[\x2E\u3002\uFF0E\uFF61]")
_NON_ASCII = re.compile(r"[^\0-\x7E]")
# What mdurl's encoding keeps as it is (letters, digits and its reserved set), host names included.
_UNCHANGED = re.compile(r"[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]*\Z")


def link_target(url: str) -> str | None:
    """A link destination as markdown-it normalises it, or None where markdown-it refuses the link."""
    normalized = normalize_link(url)
    lowered = normalized.strip().lower()
    if _BAD_PROTOCOL.search(lowered) and not _GOOD_DATA.search(lowered):
        return None
    return normalized


def normalize_link(url: str) -> str:
    """The destination percent-encoded, with an international host name in punycode (markdown-it's ``normalizeLink``).

    Most destinations are plain ASCII made of characters that need no
    encoding, which normalisation leaves as they are: those skip the parse.
    """
    if _UNCHANGED.match(url):
        return url
    parsed = mdurl.parse(url, slashes_denote_host=True)
    if parsed.hostname and (not parsed.protocol or parsed.protocol in _RECODE_HOSTNAME_FOR):
        with suppress(Exception):
            parsed = parsed._replace(hostname=_punycode_host(parsed.hostname))
    if not parsed.hostname or ":" not in parsed.hostname:
        return str(mdurl.encode(mdurl.format(parsed)))
    return str(
        mdurl.format(
            parsed._replace(
                protocol=parsed.protocol and mdurl.encode(parsed.protocol),
                auth=parsed.auth and mdurl.encode(parsed.auth),
                hostname=mdurl.encode(parsed.hostname),
                pathname=parsed.pathname and mdurl.encode(parsed.pathname),
                search=parsed.search and mdurl.encode(parsed.search),
                hash=parsed.hash and mdurl.encode(parsed.hash),
            )
        )
    )


def _punycode_host(host: str) -> str:
    """International labels of a host name in punycode; in an address, only the part after the first ``@``."""
    parts = host.split("@")
    local, domain = (parts[0] + "@", parts[1]) if len(parts) > 1 else ("", host)
    labels = _LABEL_SEPARATORS.split(domain)
    return local + ".".join(
        "xn--" + codecs.encode(label, "punycode").decode() if _NON_ASCII.search(label) else label for label in labels
    )
