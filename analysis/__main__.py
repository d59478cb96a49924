"""Command line: `python -m analysis build|import|schema|…` (see `--help`)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from . import schema
from .corpus import InvalidArticle, shown
from .outdir import UnsafeOutput
from .reference import ReferenceError

EXIT_ENVIRONMENT = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Turn French news articles on the Sahel into tidy tables with exact offsets.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    b = sub.add_parser(
        "build", help="build every table from a folder of articles",
        description="Read every *.txt article of SEEDS, annotate it with spaCy and the reference data in "
                    "data/, and write one CSV and one Parquet file per table into OUT (replaced in one step: a failed build "
                    "leaves the previous output untouched). Exit status 2 on invalid input.",
    )
    b.add_argument("--seeds", type=Path, default=Path("seeds"), metavar="DIR",
                   help="folder of articles, one UTF-8 *.txt file each, starting with 'date YYYY[-MM[-DD]]' "
                        "(default: seeds/)")
    b.add_argument("--out", type=Path, default=Path("data/processed"), metavar="DIR",
                   help="folder the tables are written to, as CSV and Parquet (default: data/processed/); it must be "
                        "new, empty or a previous build output, and never the articles folder or one containing it")
    b.add_argument("--skip-invalid", action="store_true",
                   help="report each invalid article on stderr and build the others instead of stopping")
    b.add_argument("--jobs", type=positive, default=None, metavar="N",
                   help="worker processes for the annotation, at most one per core and per batch of 16 articles "
                        "(default: every core, here %(const)s)" % {"const": cores()})
    b.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="'local' (this machine's processes, default) or 'dask' (a Dask cluster: a LocalCluster "
                        "of --jobs workers unless --scheduler is given); both give the same tables byte for byte")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="address of an existing Dask scheduler (tcp://host:8786), with --engine dask")
    b.add_argument("--no-cache", action="store_true",
                   help="annotate every article again instead of reusing unchanged ones from the cache")
    b.add_argument("--quiet", action="store_true", help="print nothing but errors (no progress bar, no summary)")
    i = sub.add_parser(
        "import", help="write article files from saved web pages, feeds, exports or plain text",
        description="Find the articles of each SOURCE (a file, or a folder read recursively): saved pages (.html, "
                    ".htm), RSS/Atom feeds (.xml, .rss, .atom), exports (.jsonl, .csv) and .txt files. Each French "
                    "article is written into --to as an article file named by its date and content; a file already "
                    "there is never changed, so importing again writes nothing. Prints one line per refused input "
                    "on stderr and a summary; exit status 2 when an input was refused. No network access.")
    i.add_argument("sources", nargs="+", type=Path, metavar="SOURCE", help="files or folders to import")
    i.add_argument("--to", type=Path, default=Path("seeds"), metavar="DIR",
                   help="folder the article files are written to (default: seeds/)")
    i.add_argument("--date", type=iso_date, metavar="YYYY[-MM[-DD]]",
                   help="date of the articles whose source gives none (needed for plain .txt files)")
    for part in ("text", "date", "title", "source", "url", "author"):
        i.add_argument(f"--{part}-col", default=part, metavar="NAME",
                       help=f"CSV column or JSON Lines field holding the {part} (default: {part})")
    i.add_argument("--any-language", action="store_true", help="keep articles that are not in French")
    sub.add_parser("schema", help="print the data dictionary (Markdown) generated from analysis/schema.py",
                       description="Print every table's columns, dtypes and meanings as Markdown.")
    bench = sub.add_parser("bench", help="time the build against a plain spaCy pass (ratios, memory)",
                           description="Make N unique articles from the seeds and test articles, then time in fresh "
                                       "processes a plain spaCy pass, the full build, --jobs 1, a rebuild with nothing "
                                       "changed and one after changing one article. Prints a Markdown table.")
    bench.add_argument("--docs", type=positive, default=500, metavar="N", help="articles in the corpus (default: 500)")
    bench.add_argument("--memory", type=positive, nargs=2, metavar=("SMALL", "LARGE"),
                       help="also compare the peak memory of --jobs 1 builds of SMALL and LARGE articles")
    bench.add_argument("--long", type=float, default=2.0, metavar="MB",
                       help="also build one article of MB megabytes against the same text as separate articles "
                            "(default: 2; 0 to skip)")
    bench.add_argument("--json", type=Path, metavar="FILE", help="also write the measures as JSON")
    g = sub.add_parser("gold-check", help="check the gold annotations of a split against tests/gold/GUIDELINES.md",
                       description="Check every gold file of a split: present for each article, every span found at "
                                   "its occurrence, ids well formed, relations between annotated actors, dates "
                                   "written at their precision. Prints one line per problem; exit status 2 if any.")
    g.add_argument("splits", nargs="*", metavar="SPLIT", help="dev and/or test (default: both)")
    t = sub.add_parser("train", help="train the capital and relation pair models on the dev gold (needs "
                                     "scikit-learn)",
                       description="Annotate the dev split with the rules alone, learn when a capital names its "
                                   "government rather than the city, write capital_model.csv; annotate it again "
                                   "with that model, learn which pairs of actors named near each other the gold "
                                   "relates (cooperation, rupture), write pair_model.csv. Prints the 5-fold "
                                   "cross-validated figures of each against the rules'. Never reads the test split.")
    t.add_argument("--data", type=Path, default=Path("data"), metavar="DIR",
                   help="folder the model files are written to (default: data/; an existing capital_model.csv or "
                        "pair_model.csv is replaced only when training wrote it)")
    t.add_argument("--quiet", action="store_true", help="print only what was written")
    r = sub.add_parser("readme", help="rewrite the data dictionary section of a README from the schema",
                       description="Replace the text between the data-dictionary markers of FILE with the "
                                   "output of `schema`.")
    r.add_argument("file", type=Path, help="the README to update")
    return p


def positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def iso_date(value: str) -> str:
    from .corpus import check_date
    try:
        return check_date(value)[0]
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def cores() -> int:
    import os
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if threading.current_thread() is threading.main_thread():
        # a shell starts background jobs with Ctrl-C ignored, and Python keeps it so: the build owns its own handling
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return command(args)
    except KeyboardInterrupt:
        where = f"; {args.out}/ is as it was" if args.command == "build" else ""
        print(f"interrupted{where}", file=sys.stderr)
        return EXIT_INTERRUPTED


def command(args: argparse.Namespace) -> int:
    if args.command == "schema":
        sys.stdout.write(schema.markdown())
        return 0
    if args.command == "bench":
        from . import bench
        result = bench.run(args.docs, tuple(args.memory) if args.memory else None, long_mb=args.long)
        if args.json:
            import json
            args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        sys.stdout.write(bench.markdown(result))
        return 0
    if args.command == "gold-check":
        from .gold import SPLITS, validate
        args.splits = args.splits or ["dev", "test"]
        unknown = [s for s in args.splits if s not in SPLITS]
        if unknown:
            print(f"error: unknown split {unknown[0]!r}: choose dev or test", file=sys.stderr)
            return EXIT_BAD_INPUT
        problems = [p for split in args.splits for p in validate(split)]
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print(", ".join(f"{s}: {len(SPLITS[s].files())} articles" for s in args.splits) + ", gold valid")
        return EXIT_BAD_INPUT if problems else 0
    if args.command == "import":
        return import_command(args)
    if args.command == "train":
        from . import train
        return train.main(args.data, quiet=args.quiet)
    if args.command == "readme":
        try:
            args.file.write_text(schema.with_dictionary(args.file.read_text(encoding="utf-8")), encoding="utf-8")
        except (OSError, ValueError) as e:
            print(f"error: {e}", file=sys.stderr)
            return EXIT_BAD_INPUT
        return 0
    if args.scheduler and args.engine != "dask":
        print(f"error: --scheduler {args.scheduler}: needs --engine dask", file=sys.stderr)
        return EXIT_BAD_INPUT
    from .build import build  # imports spaCy: only when building
    from .engines import EngineError

    def warn(error: InvalidArticle) -> None:
        print(f"skipped {error}", file=sys.stderr)

    def notice(line: str) -> None:
        print(f"warning: {line}", file=sys.stderr)

    try:
        counts = build(args.seeds, args.out, skip_invalid=args.skip_invalid, warn=warn, progress=not args.quiet,
                       jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, use_cache=not args.no_cache,
                       notice=notice)
    except (InvalidArticle, ReferenceError, FileNotFoundError, UnsafeOutput) as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except EngineError as e:  # a scheduler that does not answer (environment) or a malformed address
        print(f"error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT if e.usage else EXIT_ENVIRONMENT
    except OSError as e:  # the environment: permissions, a full disk
        print(f"error: {shown(e.filename or args.out)}: {e.strerror or e}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    if not args.quiet:
        if all(n < 0 for n in counts.values()):
            print(f"{args.out}/ is up to date")
        else:
            print(f"wrote {args.out}/: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


def import_command(args: argparse.Namespace) -> int:
    from .importing import Columns, import_sources
    columns = Columns(**{part: getattr(args, f"{part}_col") for part in ("text", "date", "title", "source", "url",
                                                                          "author")})
    try:
        summary = import_sources(args.sources, args.to, columns=columns, date=args.date, any_language=args.any_language)
    except OSError as e:  # the environment: a folder that cannot be written
        print(f"error: {shown(e.filename or args.to)}: {e.strerror or e}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    for item in summary.refused:
        print(f"refused {item.origin}: {item.reason}", file=sys.stderr)
    for item in summary.notes:
        print(f"note {item.origin}: {item.reason}", file=sys.stderr)
    print(summary.line())
    return EXIT_BAD_INPUT if summary.refused else 0


if __name__ == "__main__":
    sys.exit(main())
