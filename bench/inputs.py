"""Benchmark: extraction time on pathological inputs within the article limit, at
doubling sizes, so that a cost growing faster than the input shows as a ratio above 2.

    python -m bench.inputs [--sizes 25000 50000 100000 200000]

Each input is one article built from a repeated unit (a run of quotation marks,
"X said that" chained, quoted sentences on one line, a single paragraph of many
short sentences). Prints seconds, characters per second and the ratio to the
previous size.
"""
from __future__ import annotations

import argparse
import sys
import time
from typing import Callable, Sequence, TextIO

from extract.extractor import Extractor
from extract.pipeline import default_extractor
from extract.schema import Article

INPUTS: dict[str, Callable[[int], str]] = {
    "run of quotation marks": lambda n: '"' * n,
    '"Turkey said that" chained': lambda n: ("Turkey said that " * (n // 17 + 1))[:n],
    "quoted sentences on one line": lambda n: ('"Turkey backs the GNA," Erdogan said. ' * (n // 39 + 1))[:n],
    "one paragraph of short sentences": lambda n: ("Egypt backs Haftar. " * (n // 20 + 1))[:n],
}
DEFAULT_SIZES = (25_000, 50_000, 100_000, 200_000)


def time_input(extractor: Extractor, text: str) -> float:
    start = time.perf_counter()
    extractor.extract(Article(article_id="bench", text=text))
    return time.perf_counter() - start


def run(sizes: Sequence[int], out: TextIO, extractor: Extractor | None = None) -> dict[str, list[float]]:
    extractor = extractor or default_extractor()
    time_input(extractor, "Warm up: Egypt backs Haftar.")
    results: dict[str, list[float]] = {}
    print(f"{'input':<34} {'chars':>9} {'seconds':>8} {'chars/s':>10} {'x prev':>7}", file=out)
    for name, make in INPUTS.items():
        results[name] = []
        for size in sizes:
            seconds = time_input(extractor, make(size))
            previous = results[name][-1] if results[name] else None
            ratio = f"{seconds / previous:7.2f}" if previous else "      -"
            results[name].append(seconds)
            print(f"{name:<34} {size:9,d} {seconds:8.2f} {size / max(seconds, 1e-9):10,.0f} {ratio}", file=out, flush=True)
    print("x prev: time against the previous (half) size; about 2 is linear.", file=out)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.inputs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), metavar="CHARS")
    args = parser.parse_args(argv)
    run(args.sizes, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
