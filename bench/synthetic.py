"""A synthetic table store for the dashboard benchmark: many articles, made with numpy, no spaCy.

Each article is 40 sentences drawn from a pool; it has ten relation rows (whose
evidence is one of its sentences, at its offsets) and seventy actor mentions.
Actors are drawn with Zipf-like weights, so a few pairs carry most of the
evidence, as in news. The tables are written in parts of PART_ARTICLES articles,
each sorted by article id, the way the CLI's workers write theirs.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from extract.schema import ACTOR_COLUMNS, RELATION_TYPES
from extract.store import ARTICLE_STORE_COLUMNS, new_generation, publish, write_manifest, write_part

ACTORS = 224
OUTLETS = 40
SENTENCES_PER_ARTICLE = 40
RELATIONS_PER_ARTICLE = 10
MENTIONS_PER_ARTICLE = 70
POOL = 500
# Each actor is reported with a few others, not with every actor: news has a few thousand edges, not 50,000.
PARTNERS = 12
PART_ARTICLES = 10_000
MENTION_CHARS = 8
TYPES = ("state", "government", "armed group", "igo", "mercenary group", "militant group", "legislature")
WORDS = ("forces", "talks", "ceasefire", "drones", "Tripoli", "Sirte", "offensive", "delegation", "support",
         "statement", "minister", "weapons", "oil", "port", "militia", "envoy", "agreement", "front", "airstrike")


def _pool(rng: np.random.Generator) -> np.ndarray:
    """Sentences of 90 to 160 characters; a mention fits at offset 0 and at offset 50 of each."""
    sentences = []
    for _ in range(POOL):
        words = " ".join(rng.choice(WORDS, size=int(rng.integers(14, 24))))
        sentences.append(f"On that day {words}."[:160])
    return np.array(sentences, dtype=object)


def _actor_table() -> pd.DataFrame:
    ids = [f"actor-{k:03d}" for k in range(ACTORS)]
    return pd.DataFrame({"actor_id": ids, "name": [f"Actor {k}" for k in range(ACTORS)],
                         "type": [TYPES[k % len(TYPES)] for k in range(ACTORS)],
                         "country_code": ["LY"] * ACTORS, "mentions": 0, "articles": 0,
                         "aliases": [f"Actor {k}; A{k}" for k in range(ACTORS)]})


def _partners(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """PARTNERS other actors per actor (the ones it is reported with), the prominent ones more often."""
    partners = np.empty((ACTORS, PARTNERS), dtype=np.int64)
    for actor in range(ACTORS):
        others = np.delete(np.arange(ACTORS), actor)
        p = np.delete(weights, actor)
        partners[actor] = rng.choice(others, PARTNERS, replace=False, p=p / p.sum())
    return partners


def _part(rng: np.random.Generator, first: int, count: int, pool: np.ndarray, lengths: np.ndarray,
          weights: np.ndarray, partners: np.ndarray, actors: pd.DataFrame) -> dict[str, pd.DataFrame]:
    ids = np.array([f"article-{i:07d}" for i in range(first, first + count)], dtype=object)
    outlets = np.array([f"Outlet {k:02d}" for k in range(OUTLETS)], dtype=object)[rng.integers(0, OUTLETS, count)]
    days = pd.Timestamp("2019-04-01") + pd.to_timedelta(rng.integers(0, 800, count), unit="D")
    dates = days.strftime("%Y-%m-%d").to_numpy(dtype=object)
    picks = rng.integers(0, POOL, (count, SENTENCES_PER_ARTICLE))
    # Sentence k of an article starts after the k sentences before it and their separating spaces.
    starts = np.cumsum(np.hstack([np.zeros((count, 1), dtype=np.int64), lengths[picks][:, :-1] + 1]), axis=1)
    texts = [" ".join(pool[row]) for row in picks]
    articles = pd.DataFrame({"article_id": ids, "outlet": outlets, "date": dates,
                             "title": [f"Report {i} on Libya" for i in range(first, first + count)],
                             "author": "", "url": [f"https://example.org/{i}" for i in range(first, first + count)],
                             "notes": "", "text": texts})[ARTICLE_STORE_COLUMNS]

    rows = np.repeat(np.arange(count), RELATIONS_PER_ARTICLE)
    sentence = rng.integers(0, SENTENCES_PER_ARTICLE, rows.size)
    actor1 = rng.choice(ACTORS, rows.size, p=weights)
    actor2 = partners[actor1, rng.choice(PARTNERS, rows.size, p=weights[:PARTNERS] / weights[:PARTNERS].sum())]
    start = starts[rows, sentence]
    relations = pd.DataFrame({
        "article_id": ids[rows], "source": outlets[rows], "date": dates[rows],
        "actor1": actors["actor_id"].to_numpy()[actor1], "actor2": actors["actor_id"].to_numpy()[actor2],
        "relation": np.array(RELATION_TYPES, dtype=object)[rng.integers(0, len(RELATION_TYPES), rows.size)],
        "evidence": pool[picks[rows, sentence]], "start": start, "end": start + lengths[picks[rows, sentence]],
        "confidence": rng.choice([0.35, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9], rows.size),
        "speaker": "", "cue": "backs", "rule": "verb", "event_date": "",
    })

    rows = np.repeat(np.arange(count), MENTIONS_PER_ARTICLE)
    slot = np.argsort(rng.random((count, 2 * SENTENCES_PER_ARTICLE)), axis=1)[:, :MENTIONS_PER_ARTICLE].ravel()
    actor = rng.choice(ACTORS, rows.size, p=weights)
    start = starts[rows, slot // 2] + 50 * (slot % 2)
    end = start + MENTION_CHARS
    # The text at the offsets, as an extracted mention has (the pool sentences name no actor).
    text = [texts[r][s:e] for r, s, e in zip(rows.tolist(), start.tolist(), end.tolist())]
    mentions = pd.DataFrame({"article_id": ids[rows], "actor_id": actors["actor_id"].to_numpy()[actor], "text": text,
                             "start": start, "end": end, "kind": "alias"}).sort_values(["article_id", "start"], kind="stable")
    return {"articles": articles, "relations": relations, "mentions": mentions}


def build_store(folder: Path, articles: int, *, seed: int = 1) -> dict[str, int]:
    """Write a synthetic store of `articles` articles under `folder` and publish it; returns the row counts."""
    rng = np.random.default_rng(seed)
    pool = _pool(rng)
    lengths = np.fromiter(map(len, pool), dtype=np.int64, count=POOL)
    weights = 1.0 / np.arange(1, ACTORS + 1) ** 1.1
    weights /= weights.sum()
    actors = _actor_table()
    partners = _partners(rng, weights)
    generation = new_generation(folder)
    counts = {"articles": 0, "relations": 0, "mentions": 0}
    mentioned = pd.DataFrame(columns=["actor_id", "mentions", "articles"]).set_index("actor_id")
    for part, first in enumerate(range(0, articles, PART_ARTICLES)):
        tables = _part(rng, first, min(PART_ARTICLES, articles - first), pool, lengths, weights, partners, actors)
        for name, frame in tables.items():
            write_part(generation, name, frame, part)
            counts[name] += len(frame)
        per_actor = tables["mentions"].groupby("actor_id").agg(mentions=("article_id", "size"),
                                                                  articles=("article_id", "nunique"))
        mentioned = mentioned.add(per_actor, fill_value=0)
    actors = actors.drop(columns=["mentions", "articles"]).join(mentioned.astype("int64"), on="actor_id")
    actors[["mentions", "articles"]] = actors[["mentions", "articles"]].fillna(0).astype("int64")
    write_part(generation, "actors", actors[ACTOR_COLUMNS], 0)
    # Stand-in hashes: the benchmark's folder has no article files to compare them with, but a real
    # manifest of this many articles has to be read when the store is opened.
    hashes = {f"article-{i:07d}": f"{i:064x}" for i in range(articles)}
    write_manifest(generation, {"format": 1, "articles": hashes, "dictionary": "", "lexicon": "",
                                "extraction": f"synthetic seed {seed}",
                                "created": datetime.now(timezone.utc).isoformat(timespec="seconds")})
    publish(folder, generation)
    return {**counts, "actors": len(actors)}
