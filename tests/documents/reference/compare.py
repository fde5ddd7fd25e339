"""Compare the Markdown parser with the reference walker over every Markdown file of a folder.

The test suite compares them on its own documents and a sample of real
posts; this runs the same comparison over a whole archive of posts, which
is too large to keep in the repository. It prints the first document that
differs and exits 1, or the number of documents compared and exits 0.

Run: ``python -m tests.documents.reference.compare FOLDER``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from langcheck.documents.markdown import iter_markdown

from .markdown_it_walker import iter_markdown as reference_markdown


def differs(source: str) -> bool:
    """Whether the two parsers give different blocks or directives for ``source``."""
    return list(iter_markdown(source)) != list(reference_markdown(source))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of Markdown files, searched recursively")
    args = parser.parse_args(argv)
    posts = sorted([*args.folder.rglob("*.md"), *args.folder.rglob("*.markdown")])
    if not posts:
        print(f"error: no Markdown files under {args.folder}", file=sys.stderr)
        return 2
    for post in posts:
        if differs(post.read_text("utf-8")):
            print(f"{post}: the parsers differ", file=sys.stderr)
            return 1
    print(f"{len(posts)} documents parse the same")
    return 0


if __name__ == "__main__":
    sys.exit(main())
