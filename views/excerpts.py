"""An article as HTML: actor mentions highlighted, evidence sentences marked by relation.

Pages show STYLE once (st.html of a lone <style> applies to the page), then
these fragments. Every piece of article text, title, outlet and actor name goes through
html.escape; class names and ids are built only from known relation types and
integers, so no text from an article can become markup.
"""
from __future__ import annotations

import html
from bisect import bisect_left
from urllib.parse import urlsplit

import pandas as pd

from extract.schema import RELATION_TYPES
from extract.schema import DIRECTED_RELATIONS

STYLE = """<style>
.lw-article { white-space: pre-wrap; line-height: 1.65; font-size: 1.0rem; max-width: 60rem; }
.lw-article .mention { font-weight: 600; border-bottom: 2px dotted #5b6b7f; }
.lw-article mark { padding: 1px 0; border-radius: 3px; color: inherit; }
.lw-article mark.ev-support { background: #dcefdc; }
.lw-article mark.ev-opposition { background: #f8dcdc; }
.lw-article mark.ev-mediation { background: #dbe8f6; }
.lw-article mark.ev-mixed { background: #f3e7c4; }
.lw-article mark.ev-target { outline: 2px solid #262730; outline-offset: 1px; }
.lw-article .badge { display: inline-block; white-space: nowrap; font-size: 0.72rem; font-weight: 600; line-height: 1.3;
  padding: 0 6px; margin: 0 2px; border-radius: 8px; color: #fff; vertical-align: 1px; }
.lw-article .b-support { background: #2e7d32; } .lw-article .b-opposition { background: #c62828; }
.lw-article .b-mediation { background: #1f6fb2; } .lw-article .b-other { background: #6b6f76; }
.lw-meta { color: #6b6f76; font-size: 0.9rem; margin-bottom: 0.6rem; }
</style>"""

LEGEND = (
    '<div class="lw-article" style="white-space:normal"><span class="lw-meta">'
    '<span class="mention">actor mention</span> · <mark class="ev-support">support</mark> · '
    '<mark class="ev-opposition">opposition</mark> · <mark class="ev-mediation">mediation</mark> · '
    '<mark class="ev-mixed">several relations</mark></span></div>'
)


def relation_class(relation: str) -> str:
    return relation if relation in RELATION_TYPES else "other"


def evidence_anchor(start: int, end: int) -> str:
    """The HTML id of an evidence sentence inside its article."""
    return f"ev-{int(start)}-{int(end)}"


def relation_words(relation: str, actor1: str, actor2: str, names: dict[str, str]) -> str:
    arrow = "→" if relation in DIRECTED_RELATIONS else "–"
    return f"{names.get(actor1, actor1)} {arrow} {names.get(actor2, actor2)} · {relation}"


def _spans_in(text: str, table: pd.DataFrame) -> pd.DataFrame:
    """Rows whose offsets lie inside the text; others (a table out of step with its article) are skipped."""
    ok = (table["start"] >= 0) & (table["end"] <= len(text)) & (table["start"] < table["end"])
    return table[ok]


def article_html(
    text: str,
    mentions: pd.DataFrame,
    relations: pd.DataFrame,
    names: dict[str, str],
    *,
    target: tuple[int, int] | None = None,
    begin: int = 0,
) -> str:
    """The article text from offset `begin` as escaped HTML.

    `mentions` and `relations` are the rows for this article. Each evidence
    sentence is a <mark> coloured by its relation (ev-mixed when one sentence
    carries several kinds) followed by a badge per relation; `target` (start,
    end) gets an outline.
    """
    mentions = _spans_in(text, mentions).sort_values(["start", "end"])
    relations = _spans_in(text, relations).sort_values(["start", "end", "relation", "actor1", "actor2"])
    mentions = mentions[mentions["start"] >= begin]
    relations = relations[relations["start"] >= begin]
    sentences: dict[tuple[int, int], list] = {}
    for row in relations.itertuples(index=False):
        sentences.setdefault((int(row.start), int(row.end)), []).append(row)
    mention_spans = [(int(s), int(e), a) for s, e, a in zip(mentions["start"], mentions["end"], mentions["actor_id"])]
    mention_starts = [s for s, _, _ in mention_spans]
    cuts = sorted({begin, len(text), *mention_starts, *(e for _, e, _ in mention_spans), *(p for span in sentences for p in span)})
    out: list[str] = []
    open_mark: frozenset = frozenset()
    for left, right in zip(cuts, cuts[1:]):
        covering = frozenset(span for span in sentences if span[0] <= left and right <= span[1])
        if covering != open_mark:
            if open_mark:
                out.append("</mark>")
            out.extend(f'<span id="{evidence_anchor(*span)}"></span>' for span in sorted(sentences) if span[0] == left)
            if covering:
                out.append(_mark_open(covering, sentences, target))
            open_mark = covering
        piece = html.escape(text[left:right])
        index = bisect_left(mention_starts, left + 1) - 1
        while index >= 0 and mention_spans[index][1] <= left:
            index -= 1
        if index >= 0 and mention_spans[index][0] <= left and right <= mention_spans[index][1]:
            actor = mention_spans[index][2]
            piece = f'<span class="mention" title="{html.escape(names.get(actor, actor))}">{piece}</span>'
        out.append(piece)
        ending = [span for span in sorted(sentences) if span[1] == right]
        if ending:
            if open_mark:
                out.append("</mark>")
                open_mark = frozenset()
            out.extend(
                f'<span class="badge b-{relation_class(row.relation)}" title="{html.escape(_badge_title(row, names))}">'
                f"{html.escape(relation_words(row.relation, row.actor1, row.actor2, names))}</span>"
                for span in ending
                for row in sentences[span]
            )
    if open_mark:
        out.append("</mark>")
    return f'<div class="lw-article lw-body">{"".join(out)}</div>'


def _mark_open(covering: frozenset, sentences: dict[tuple[int, int], list], target: tuple[int, int] | None) -> str:
    kinds = {row.relation for span in covering for row in sentences[span]}
    kind = relation_class(next(iter(kinds))) if len(kinds) == 1 else "mixed"
    outline = " ev-target" if target is not None and tuple(target) in covering else ""
    return f'<mark class="ev-{kind}{outline}">'


def _badge_title(row, names: dict[str, str]) -> str:
    said = f"; said by {names.get(row.speaker, row.speaker)}" if row.speaker else ""
    return f"cue “{row.cue}”, rule {row.rule}, confidence {float(row.confidence):.2f}{said}"


def safe_link(url: str) -> str | None:
    """`url` when it is an http(s) address; anything else (javascript:, data:) is not offered as a link."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def repeated_headline_end(text: str, title: str) -> int:
    """Where the article's body starts after the headline lines at its top (saved pages often repeat the title
    two or three times); 0 when the text does not start with the title. The header above the text shows it once."""
    wanted = " ".join(title.split()).casefold()
    if not wanted:
        return 0
    end = 0
    for line in text.splitlines(keepends=True):
        shown = " ".join(line.split()).casefold()
        if shown and shown != wanted:
            break
        end += len(line)
    return end if text[:end].strip() else 0


def article_header_html(title: str, outlet: str, date: str, author: str, url: str) -> str:
    """Title line and metadata of an article, escaped; the URL is a link only when it is http(s)."""
    facts = " · ".join(html.escape(part) for part in (outlet, date, author) if part)
    link = safe_link(url)
    if link:
        facts += f' · <a href="{html.escape(link)}" target="_blank" rel="noopener noreferrer">original</a>'
    return f'<h3 style="margin-bottom:0.2rem">{html.escape(title or "(untitled)")}</h3><div class="lw-meta">{facts}</div>'


def passage_quote_html(text: str, target: tuple[int, int]) -> str:
    """The stretch of the article a link pointed at (a search hit that is not an evidence sentence), quoted and escaped;
    '' when the offsets do not fit the text."""
    start, end = target
    if not 0 <= start < end <= len(text):
        return ""
    return (f'<div class="lw-article" style="white-space:normal"><span class="lw-meta">The passage you came from</span>'
            f'<blockquote style="margin:0.3rem 0 0 0;padding-left:0.8rem;border-left:3px solid #262730">'
            f"{html.escape(text[start:end])}</blockquote></div>")


def review_label(review: str, reason: str = "") -> str:
    """What a row's review says, in words ('' for an unreviewed row)."""
    said = {"confirmed": "Confirmed by hand", "rejected": "Rejected by hand", "added": "Added by hand"}.get(review, "")
    return f"{said}: {reason}" if said and reason else said


def evidence_card_html(row, names: dict[str, str], title: str) -> str:
    """One evidence sentence as a quote with its relation badge and where it comes from, escaped."""
    kind = relation_class(row.relation)
    words = html.escape(relation_words(row.relation, row.actor1, row.actor2, names))
    said = f" · said by {html.escape(names.get(row.speaker, row.speaker))}" if row.speaker else ""
    event = getattr(row, "event_date", "")
    published = f"{row.date} (event {event})" if event and row.date else row.date or (f"event {event}" if event else "")
    where = " · ".join(html.escape(p) for p in (row.source, published, title) if p)
    reviewed = review_label(getattr(row, "review", ""), getattr(row, "review_reason", ""))
    reviewed = f" · <b>{html.escape(reviewed)}</b>" if reviewed else ""
    return (
        f'<div class="lw-article" style="white-space:normal">'
        f'<span class="badge b-{kind}">{words}</span> <span class="lw-meta">{where}{said} · '
        f"confidence {float(row.confidence):.2f}{reviewed}</span>"
        f'<blockquote style="margin:0.3rem 0 0 0;padding-left:0.8rem;border-left:3px solid #d0d3d8">'
        f"{html.escape(row.evidence)}</blockquote></div>"
    )
