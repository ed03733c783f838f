"""python -m extract: read articles, extract actors and relations, write the tables.

    python -m extract [PATH ...] [--out DIR] [--workers N | --scheduler ADDRESS] [--min-confidence X]
                      [--cache DIR | --no-cache] [--no-csv]

A thin layer over load_corpus -> extract.engine.build_store; each option is an
argument of `run`. The tables go into a new store generation under DIR/store/
(Parquet), published in one step, and (unless --no-csv) into relations.csv,
actors.csv and mentions.csv copied from it. Exit status: 0 all fine, 1 some
files had problems but the others were processed, 2 nothing usable (no
article read or extracted, bad arguments, another run writing to DIR, no
cluster); in that case no table is written, so earlier results stay.
"""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Sequence, TextIO

from tqdm import tqdm

from extract.cache import DEFAULT_CACHE_DIR
from extract.corpus import SUPPORTED_SUFFIXES, load_corpus
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
    scheduler: str | None = None,
    min_confidence: float = 0.0,
    cache_dir: Path | None = None,
    csv: bool = True,
    lock_wait: float | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Extract the articles in `paths` into `out_dir`; returns the exit status.

    The summary goes to `out`; problems and notes (articles read, but not in the
    normal way), one per line, and (on a terminal) the progress go to `err`
    (default: sys.stdout, sys.stderr). `workers=None` uses one process per core;
    `scheduler` runs on that Dask cluster instead. `lock_wait`: seconds to wait
    for another run writing to `out_dir` (default extract.engine.LOCK_WAIT_SECONDS).
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

    # Imported here: loading spaCy and Dask takes seconds, and unreadable input is reported before that.
    from extract.engine import LOCK_WAIT_SECONDS, EngineError, build_store
    from extract.store import StoreBusy

    with _terminal_progress(err, len(load.articles)) as progress:
        try:
            build = build_store(
                load.articles,
                out_dir,
                workers=workers,
                scheduler=scheduler,
                min_confidence=min_confidence,
                cache_dir=cache_dir,
                csv=csv,
                progress=progress,
                lock_wait=LOCK_WAIT_SECONDS if lock_wait is None else lock_wait,
            )
        except (StoreBusy, EngineError) as error:
            print(f"{error} Nothing was written.", file=err)
            return EXIT_NOTHING_USABLE
        except OSError as error:
            reason = error.strerror or error
            where = f": {error.filename}" if error.filename else ""
            print(f"{out_dir}: could not write the tables ({reason}{where}). Check that it is a writable folder. "
                  "Nothing was written.", file=err)
            return EXIT_NOTHING_USABLE
    for problem in build.problems:
        print(f"problem: {problem}", file=err)
    for note in build.notes:
        print(f"note: {note}", file=err)
    if build.generation is None:
        print("No article could be extracted. Nothing was written.", file=err)
        return EXIT_NOTHING_USABLE

    failed = len(load.problems) + len(build.problems)
    if failed:
        print(f"Files with problems: {failed} (listed on stderr)", file=out)
    by_type = ", ".join(f"{kind} {build.relation_counts.get(kind, 0)}" for kind in RELATION_TYPES)
    threshold = f" with confidence >= {min_confidence:g}" if min_confidence > 0 else ""
    print(f"Relations: {build.relations}{threshold} ({by_type})", file=out)
    print(f"Actors: {build.actors}", file=out)
    print(f"Wrote {build.generation} (now current)", file=out)
    if build.csv_files:
        print(f"Wrote {', '.join(str(path) for path in build.csv_files.values())}", file=out)
    if build.removed_csv:
        print(f"Removed {', '.join(str(p) for p in build.removed_csv)} of an earlier run (--no-csv: "
              "they would no longer match the store)", file=out)
    return EXIT_SOME_PROBLEMS if failed else EXIT_OK


@contextmanager
def _terminal_progress(err: TextIO, total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A tqdm bar on `err` when it is a terminal; None (no progress) otherwise."""
    if not err.isatty():
        yield None
        return
    with tqdm(total=total, unit="article", file=err, dynamic_ncols=True) as bar:
        yield lambda done, _total: bar.update(done - bar.n)


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
        help=f"folder for the store (DIR/store/, Parquet) and relations.csv, actors.csv, mentions.csv (default: {DEFAULT_OUT})",
    )
    where = cli.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=_workers,
        default=0,
        metavar="N",
        help="local Dask worker processes to parse in; 0 = one per core (default: 0)",
    )
    where.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on this Dask cluster instead, e.g. tcp://host:8786 (its scheduler and workers need this package "
        "installed at this version, and --out on a filesystem the workers share; see docs/cluster.md)",
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
        # Named, not printed: the absolute path would make the help differ from checkout to checkout.
        help="reuse results of articles unchanged since the last run, kept in DIR (default: .cache/extract in the "
        "checkout)",
    )
    cli.add_argument("--no-cache", action="store_true", help="extract every article again, keep no cache")
    cli.add_argument(
        "--no-csv",
        action="store_true",
        help="write only the Parquet store, not the CSVs (for large corpora; removes CSVs of an earlier run)",
    )
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
        scheduler=args.scheduler,
        min_confidence=args.min_confidence,
        cache_dir=None if args.no_cache else args.cache,
        csv=not args.no_csv,
        out=out,
        err=err,
    )


def entry_point() -> None:
    """The `libya-extract` console script (pyproject.toml): the same as `python -m extract`."""
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
