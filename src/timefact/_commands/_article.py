"""The FILE and --dct arguments of the commands that read one article, and reading it."""

from __future__ import annotations

import argparse

from timefact._engine import annotate
from timefact._io import parse_dct, read_source
from timefact._model import Document


def add_article_arguments(parser: argparse.ArgumentParser) -> None:
    """The FILE and --dct arguments shared by the commands that read one article."""
    parser.add_argument(
        "file", metavar="FILE", help="a UTF-8 text or TimeML (.tml) file, or - for standard input"
    )
    parser.add_argument(
        "--dct",
        default=None,
        metavar="YYYY-MM-DD",
        help="publication date; 'auto' infers it from the text (default: the "
        "creation time of a TimeML file, else auto), 'none' uses no date",
    )


def annotate_article(args: argparse.Namespace) -> Document:
    """Read ``args.file`` and annotate it with the date ``args.dct`` asks for."""
    source = read_source(args.file)
    wanted: str | None = args.dct
    if wanted is None:
        return annotate(source.text, source.dct if source.dct else "auto")
    if wanted.strip().lower() == "none":
        return annotate(source.text, None)
    if wanted.strip().lower() == "auto":
        return annotate(source.text, "auto")
    return annotate(source.text, parse_dct(wanted))
