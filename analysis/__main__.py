"""Command line: `python -m analysis build|schema` (see `--help`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import schema
from .corpus import InvalidArticle
from .reference import ReferenceError

EXIT_BAD_INPUT = 2


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Turn French news articles on the Sahel into tidy tables with exact offsets.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    b = sub.add_parser(
        "build", help="build every table from a folder of articles",
        description="Read every *.txt article of SEEDS, annotate it with spaCy and the reference data in "
                    "data/, and write one CSV per table into OUT (replaced in one step: a failed build "
                    "leaves the previous output untouched). Exit status 2 on invalid input.",
    )
    b.add_argument("--seeds", type=Path, default=Path("seeds"), metavar="DIR",
                   help="folder of articles, one UTF-8 *.txt file each, starting with 'date YYYY[-MM[-DD]]' "
                        "(default: seeds/)")
    b.add_argument("--out", type=Path, default=Path("data/processed"), metavar="DIR",
                   help="folder the tables are written to, as CSV with a header row (default: data/processed/)")
    b.add_argument("--skip-invalid", action="store_true",
                   help="report each invalid article on stderr and build the others instead of stopping")
    b.add_argument("--quiet", action="store_true", help="print nothing but errors")
    s = sub.add_parser("schema", help="print the data dictionary (Markdown) generated from analysis/schema.py",
                       description="Print every table's columns, dtypes and meanings as Markdown.")
    r = sub.add_parser("readme", help="rewrite the data dictionary section of a README from the schema",
                       description="Replace the text between the data-dictionary markers of FILE with the "
                                   "output of `schema`.")
    r.add_argument("file", type=Path, help="the README to update")
    return p


def progress_printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rannotated {done}/{total} articles", end="\n" if done == total else "", file=sys.stderr)
    return show


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "schema":
        sys.stdout.write(schema.markdown())
        return 0
    if args.command == "readme":
        try:
            args.file.write_text(schema.with_dictionary(args.file.read_text(encoding="utf-8")), encoding="utf-8")
        except (OSError, ValueError) as e:
            print(f"error: {e}", file=sys.stderr)
            return EXIT_BAD_INPUT
        return 0
    from .build import build  # imports spaCy: only when building

    def warn(error: InvalidArticle) -> None:
        print(f"skipped {error}", file=sys.stderr)

    try:
        tables = build(args.seeds, args.out, skip_invalid=args.skip_invalid, warn=warn,
                       progress=progress_printer(args.quiet))
    except (InvalidArticle, ReferenceError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not args.quiet:
        sizes = ", ".join(f"{len(df)} {name}" for name, df in tables.items())
        print(f"wrote {args.out}/: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
