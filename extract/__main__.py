"""python -m extract: read articles, extract actors and relations, write the tables.

    python -m extract [PATH ...] [--out DIR] [--workers N] [--min-confidence X] [--cache DIR | --no-cache]

A thin layer over load_corpus -> extract_corpus -> write_outputs; each option
is an argument of `run`. Exit status: 0 all fine, 1 some files had problems
but the others were processed, 2 nothing usable (no article read, or bad
arguments); in that case no table is written, so earlier results stay.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Callable, Sequence, TextIO

from extract.cache import DEFAULT_CACHE_DIR
from extract.corpus import SUPPORTED_SUFFIXES, load_corpus
from extract.export import write_outputs
from extract.schema import RELATION_TYPES

DEFAULT_ARTICLES = Path("data/articles")
DEFAULT_OUT = Path("data")

EXIT_OK = 0
EXIT_SOME_PROBLEMS = 1
EXIT_NOTHING_USABLE = 2


def run(
    paths: Sequence[Path],
    out_dir: Path,
    *,
    workers: int | None = 1,
    min_confidence: float = 0.0,
    cache_dir: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Extract the articles in `paths` into `out_dir`; returns the exit status.

    The summary goes to `out`; problems and notes (articles read, but not in
    the normal way), one per line, and (on a terminal) the progress go to `err` (default: sys.stdout, sys.stderr). `workers=None`
    uses one process per core.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    load = load_corpus(paths)
    for problem in load.problems:
        print(f"problem: {problem}", file=err)
    for note in load.notes:
        print(f"note: {note}", file=err)
    if not load.articles:
        where = ", ".join(str(path) for path in paths)
        print(
            f"No article could be read from {where}. Give article files ({', '.join(SUPPORTED_SUFFIXES)}) "
            "or folders holding them. Nothing was written.",
            file=err,
        )
        return EXIT_NOTHING_USABLE
    print(f"Read {len(load.articles)} articles from {', '.join(str(path) for path in paths)}", file=out)

    # Imported here: loading spaCy takes seconds, and unreadable input is reported before that.
    from extract.pipeline import extract_corpus

    progress = _terminal_progress(err) if err.isatty() else None
    result = extract_corpus(load.articles, workers=workers, progress=progress, cache_dir=cache_dir)
    if progress is not None:
        err.write("\r\x1b[K")
    for problem in result.problems:
        print(f"problem: {problem}", file=err)
    if len(result.problems) >= len(load.articles):
        print("No article could be extracted. Nothing was written.", file=err)
        return EXIT_NOTHING_USABLE

    kept = result.relations[result.relations["confidence"] >= min_confidence]
    result = dataclasses.replace(result, relations=kept)
    try:
        written = write_outputs(result, out_dir)
    except OSError as error:
        reason = error.strerror or error
        print(f"{out_dir}: could not write the tables ({reason}). Check that it is a writable folder.", file=err)
        return EXIT_NOTHING_USABLE

    failed = len(load.problems) + len(result.problems)
    if failed:
        print(f"Files with problems: {failed} (listed on stderr)", file=out)
    counts = kept["relation"].value_counts()
    by_type = ", ".join(f"{kind} {int(counts.get(kind, 0))}" for kind in RELATION_TYPES)
    threshold = f" with confidence >= {min_confidence:g}" if min_confidence > 0 else ""
    print(f"Relations: {len(kept)}{threshold} ({by_type})", file=out)
    print(f"Actors: {len(result.actors)}", file=out)
    print(f"Wrote {', '.join(str(path) for path in written.values())}", file=out)
    return EXIT_SOME_PROBLEMS if failed else EXIT_OK


def _terminal_progress(err: TextIO) -> Callable[[int, int, str], None]:
    def show(done: int, total: int, article_id: str) -> None:
        err.write(f"\r\x1b[K[{done}/{total}] {article_id}")
        err.flush()

    return show


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number; give one from 0 to 1, e.g. 0.7") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is outside 0-1; give one from 0 to 1, e.g. 0.7")
    return number


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a whole number; give 1 or more, or 0 for one per core"
        ) from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 1 or more, or 0 for one per core")
    return number


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract actors and support / opposition / mediation relations from news articles.",
        epilog="Exit status: 0 all fine, 1 some files had problems (listed on stderr), 2 nothing usable.",
    )
    cli.add_argument(
        "paths",
        nargs="*",
        type=Path,
        default=[DEFAULT_ARTICLES],
        metavar="PATH",
        help=f"article files ({', '.join(SUPPORTED_SUFFIXES)}) or folders of them; a sources.csv beside "
        f"them gives outlet, date and title (default: {DEFAULT_ARTICLES})",
    )
    cli.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"folder for relations.csv, actors.csv, mentions.csv (default: {DEFAULT_OUT})",
    )
    cli.add_argument(
        "--workers", type=_workers, default=0, metavar="N", help="processes to parse in; 0 = one per core (default: 0)"
    )
    cli.add_argument(
        "--min-confidence",
        type=_confidence,
        default=0.0,
        metavar="X",
        help="keep relations with confidence >= X, 0-1 (default: 0, keep all)",
    )
    cli.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE_DIR,
        metavar="DIR",
        help=f"reuse results of articles unchanged since the last run, kept in DIR (default: {DEFAULT_CACHE_DIR})",
    )
    cli.add_argument("--no-cache", action="store_true", help="extract every article again, keep no cache")
    return cli


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit_:  # argparse exits itself: 0 for --help, 2 for bad arguments
        return int(exit_.code or 0)
    return run(
        args.paths,
        args.out,
        workers=args.workers or None,
        min_confidence=args.min_confidence,
        cache_dir=None if args.no_cache else args.cache,
        out=out,
        err=err,
    )


if __name__ == "__main__":
    sys.exit(main())
