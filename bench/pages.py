"""How well saved pages are read: `python -m bench.pages [FOLDER]`.

For every page in FOLDER (default tests/pages) that expected.json describes,
the text trafilatura keeps (extract.pages.read_page) is compared with the
BeautifulSoup reduction used before it (extract.pages.reduce_html):
characters of furniture left in (what remains once the article's sentences
and headline are taken out, whitespace not counted) and article sentences
lost (not found in the text).

`--limits` also reads generated pages at the size limits extract.corpus
enforces before parsing (MAX_HTML_TAGS tags, the byte limit) and prints the
time and the peak memory of this process after each.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence, TextIO

from extract.corpus import MAX_ARTICLE_CHARS, MAX_BYTES_PER_CHAR, MAX_HTML_TAGS, ArticleError, article_from_upload
from extract.pages import read_page, reduce_html

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "tests" / "pages"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@dataclass(frozen=True)
class Score:
    furniture_chars: int
    sentences: int
    sentences_lost: int
    seconds: float
    # read_page found no article body and used the reduction (with a note).
    fell_back: bool = False


def score(text: str, headline: str, paragraphs: Sequence[str], seconds: float) -> Score:
    """Furniture characters left in `text` and article sentences missing from it."""
    flat = " ".join(text.split())
    sentences = [s for paragraph in paragraphs for s in SENTENCE_END.split(paragraph)]
    lost = sum(1 for sentence in sentences if sentence not in flat)
    rest = flat
    for own in sorted([*sentences, headline], key=len, reverse=True):
        rest = rest.replace(own, " ")
    return Score(len("".join(rest.split())), len(sentences), lost, seconds)


def compare(folder: Path) -> dict[str, dict[str, Score]]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    readers: dict[str, Callable[[str], tuple[str, bool]]] = {"trafilatura": _trafilatura, "reduction": _reduction}
    scores: dict[str, dict[str, Score]] = {}
    for name, page in sorted(expected.items()):
        html = (folder / name).read_text(encoding="utf-8")
        scores[name] = {}
        for reader, read in readers.items():
            started = time.perf_counter()
            text, fell_back = read(html)
            result = score(text, page["headline"], page["article"], time.perf_counter() - started)
            scores[name][reader] = replace(result, fell_back=fell_back)
    return scores


def _trafilatura(html: str) -> tuple[str, bool]:
    page = read_page(html)
    return page.text, bool(page.notes)


def _reduction(html: str) -> tuple[str, bool]:
    return reduce_html(html)[0], False


def print_scores(scores: dict[str, dict[str, Score]], out: TextIO) -> None:
    header = f"{'page':<16}{'sentences':>10}  {'furniture chars':>27}  {'sentences lost':>27}"
    print(header, file=out)
    print(f"{'':<16}{'':>10}  {'trafilatura':>13} {'reduction':>13}  {'trafilatura':>13} {'reduction':>13}", file=out)
    print("-" * len(header), file=out)
    totals = {"trafilatura": [0, 0], "reduction": [0, 0]}
    sentences = 0
    for name, by_reader in scores.items():
        new, old = by_reader["trafilatura"], by_reader["reduction"]
        sentences += new.sentences
        for reader, result in by_reader.items():
            totals[reader][0] += result.furniture_chars
            totals[reader][1] += result.sentences_lost
        mark = "*" if new.fell_back else ""
        print(f"{name + mark:<16}{new.sentences:>10}  {new.furniture_chars:>13,} {old.furniture_chars:>13,}  "
              f"{new.sentences_lost:>13} {old.sentences_lost:>13}", file=out)
    print("-" * len(header), file=out)
    print(f"{'all':<16}{sentences:>10}  {totals['trafilatura'][0]:>13,} {totals['reduction'][0]:>13,}  "
          f"{totals['trafilatura'][1]:>13} {totals['reduction'][1]:>13}", file=out)
    if any(s["trafilatura"].fell_back for s in scores.values()):
        print("* no article body found: read with the reduction, and a note says so", file=out)
    seconds = {reader: sum(s[reader].seconds for s in scores.values()) for reader in totals}
    print(f"Time for all pages: trafilatura {seconds['trafilatura']:.2f} s, reduction {seconds['reduction']:.2f} s", file=out)


def limit_pages() -> dict[str, bytes]:
    """Generated pages just inside the limits, from the cheapest to the costliest for the parser."""
    byte_limit = MAX_ARTICLE_CHARS * MAX_BYTES_PER_CHAR["html"]
    start, end = b"<html><head><title>Limits</title></head><body><article>", b"</article></body></html>"
    paragraphs = b"".join(
        b"<p>Turkey backs the Government of National Accord in Tripoli, officials said in statement %d.</p>\n" % i
        for i in range(byte_limit // 100)
    )
    tags_left = (MAX_HTML_TAGS - start.count(b"<") - end.count(b"<")) // 2
    return {
        "5 MB of paragraphs": (start + paragraphs)[: byte_limit - len(end) - 200].rsplit(b"<p>", 1)[0] + end,
        "tags at the limit, <div><span>": start + b"<div><span>Tripoli</span></div>" * (tags_left // 2) + end,
        "tags at the limit, <b>x</b>": start + b"<b>x</b>" * tags_left + end,
    }


def print_limits(out: TextIO) -> None:
    print(f"\n{'page at the limits':<34}{'bytes':>11}{'tags':>9}  {'outcome':<34}{'seconds':>8}{'peak RSS MB':>12}", file=out)
    for label, data in limit_pages().items():
        started = time.perf_counter()
        try:
            outcome = f"read, {len(article_from_upload('limit.html', data).text):,} characters"
        except ArticleError as error:
            outcome = "refused: " + error.reason.split(";")[0]
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{label:<34}{len(data):>11,}{data.count(b'<'):>9,}  {outcome[:33]:<34}{seconds:>8.2f}{peak:>12,.0f}", file=out)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pages", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER,
                        help="pages and their expected.json (default: tests/pages)")
    parser.add_argument("--limits", action="store_true", help="also read generated pages at the size limits")
    args = parser.parse_args(argv)
    out = out or sys.stdout
    print_scores(compare(args.folder), out)
    if args.limits:
        print_limits(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
