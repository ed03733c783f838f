"""Benchmark: extraction time and peak memory on pathological inputs within the article
limit, at doubling sizes, so that a cost growing faster than the input shows as a ratio above 2.

    python -m bench.inputs [--sizes 25000 50000 100000 200000] [--input NAME ...]

Each input is one article built from a repeated unit (a run of quotation marks,
"X said that" chained down to a sentence naming two actors, quoted sentences on
one line, a single paragraph of many short sentences). Each is extracted in a
forked process (the model loaded once, before the fork), so its peak resident
memory is its own. Prints seconds, characters per second, the ratio to the
previous size and the peak RSS.

The inputs of issue 18 (items 3 and 4), at their sizes:

    python -m extract.bench_inputs --input chain --sizes 340019
    python -m extract.bench_inputs --input quoted --sizes 780000
    python -m extract.bench_inputs --input paragraph --sizes 999000
"""
from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence, TextIO

from extract.extractor import Extractor
from extract.pipeline import default_extractor
from extract.schema import Article

CHAIN_END = "Egypt backs Haftar."


def _chain(n: int) -> str:
    # Two actors, so the article is parsed and the relation reader (and its clause patterns) reads the chain.
    # Whole units: a cut word would end the chain early. 20,000 units make issue 18's 340,019 characters.
    return "Turkey said that " * max((n - len(CHAIN_END)) // 17, 0) + CHAIN_END


# Short name -> (label, text of about n characters).
INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "quotes": ("run of quotation marks", lambda n: '"' * n),
    "chain": ('"Turkey said that" chained', _chain),
    "quoted": ("quoted sentences on one line", lambda n: ('"Turkey backs the GNA," Erdogan said. ' * (n // 39 + 1))[:n]),
    "paragraph": ("one paragraph of short sentences", lambda n: ("Egypt backs Haftar. " * (n // 20 + 1))[:n]),
}
DEFAULT_SIZES = (25_000, 50_000, 100_000, 200_000)


@dataclass(frozen=True)
class Measure:
    seconds: float
    peak_mb: float


def time_input(extractor: Extractor, text: str) -> float:
    start = time.perf_counter()
    extractor.extract(Article(article_id="bench", text=text))
    return time.perf_counter() - start


def peak_rss_mb() -> float:
    """This process's peak resident memory: VmHWM (Linux), else ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)


def _measure_in_child(extractor: Extractor, text: str, results: "multiprocessing.Queue[tuple[float, float]]") -> None:
    seconds = time_input(extractor, text)
    results.put((seconds, peak_rss_mb()))


def measure(extractor: Extractor, text: str) -> Measure:
    """Seconds and peak RSS of extracting `text`, in a forked process (in this one where fork is missing)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return Measure(time_input(extractor, text), peak_rss_mb())
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    child = context.Process(target=_measure_in_child, args=(extractor, text, results))
    child.start()
    seconds, peak = results.get()
    child.join()
    return Measure(seconds, peak)


def run(sizes: Sequence[int], out: TextIO, extractor: Extractor | None = None,
        inputs: Sequence[str] | None = None) -> dict[str, list[Measure]]:
    extractor = extractor or default_extractor()
    time_input(extractor, "Warm up: Egypt backs Haftar.")
    results: dict[str, list[Measure]] = {}
    print(f"{'input':<34} {'chars':>9} {'seconds':>8} {'chars/s':>10} {'x prev':>7} {'peak MB':>8}", file=out)
    for key in inputs or INPUTS:
        name, make = INPUTS[key]
        results[key] = []
        for size in sizes:
            text = make(size)
            found = measure(extractor, text)
            previous = results[key][-1].seconds if results[key] else None
            ratio = f"{found.seconds / previous:7.2f}" if previous else "      -"
            results[key].append(found)
            print(f"{name:<34} {len(text):9,d} {found.seconds:8.2f} {len(text) / max(found.seconds, 1e-9):10,.0f} "
                  f"{ratio} {found.peak_mb:8,.0f}", file=out, flush=True)
    print("x prev: time against the previous (half) size; about 2 is linear. peak MB: the peak resident memory "
          "of the process extracting the input (model included).", file=out)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.inputs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), metavar="CHARS")
    parser.add_argument("--input", nargs="+", choices=list(INPUTS), metavar="NAME",
                        help=f"only these inputs ({', '.join(INPUTS)}; default: all)")
    args = parser.parse_args(argv)
    run(args.sizes, sys.stdout, inputs=args.input)
    return 0


if __name__ == "__main__":
    sys.exit(main())
