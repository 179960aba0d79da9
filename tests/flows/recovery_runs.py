"""The corpus and the run the crash tests use, importable by the child processes they kill.

Extraction is done once and cached by content hash: the crash tests are about loading and
merging, and a cached reading is what a fresh extraction of the same article returns.
"""

from __future__ import annotations

import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb

from flows.inputs import Ingested, ingest
from flows.lifetime import checkpoint
from flows.steps import RunSummary, extract_batch, extract_in_process, run_pipeline
from schemas.articles import Article
from schemas.readings import ArticleReading
from tests.conftest import SEEDS
from warehouse import store

ROOT = Path(__file__).resolve().parents[2]
BATCH = 10


@dataclass
class Corpus:
    """Two versions of ~100 articles (`after` changes a third of `before`) and every reading."""

    before: list[Article]
    after: list[Article]
    readings: dict[str, ArticleReading]


def build_articles() -> list[Article]:
    """The seeds, every bench article (doc ids prefixed by corpus) and five seed + bench blends."""
    seeds = ingest(SEEDS).articles
    bench = [a.model_copy(update={"doc_id": f"{folder.parent.name}_{a.doc_id}"})
             for folder in sorted((ROOT / "bench").glob("*/articles")) for a in ingest(folder).articles]
    blends = [s.model_copy(update={"doc_id": f"blend_{i}", "text": s.text + "\n\n" + b.text})
              for i, (s, b) in enumerate(zip(seeds, bench[::17]))]
    return seeds + bench + blends


def cut_in_half(article: Article) -> Article:
    """The article with its second half gone (cut after a full stop), as an edited article would be."""
    end = article.text.rfind(".", 0, len(article.text) // 2) + 1 or len(article.text) // 2
    return article.model_copy(update={"text": article.text[:end]})


def build_corpus() -> Corpus:
    before = build_articles()
    after = [cut_in_half(a) if i % 3 == 1 else a for i, a in enumerate(before)]
    unique = {store.content_hash(a) + a.doc_id: a for a in before + after}
    readings = dict(zip(unique, extract_batch(list(unique.values()), {})))
    return Corpus(before, after, readings)


def cached_extract(corpus: Corpus):
    """An extract callable that hands back cached readings, passing the crash test's checkpoint."""
    def extract(chunks: list[list[Article]], unreadable: dict[str, str]) -> Iterator[list[ArticleReading]]:
        for chunk in chunks:
            out = []
            for article in chunk:
                checkpoint("extract")
                out.append(corpus.readings[store.content_hash(article) + article.doc_id])
            yield out
    return extract


def run(corpus: Corpus, version: str, db: str | Path, how: str = "cached") -> RunSummary:
    """A normal run of one version of the corpus on the warehouse `db`, from cached readings or `extracting`."""
    con = store.connect(db)
    try:
        return run_pipeline(Ingested(articles=getattr(corpus, version)), con, batch_size=BATCH,
                            extract=extract_in_process if how == "extracting" else cached_extract(corpus))
    finally:
        con.close()


def tables(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Every table's sorted rows, without load timestamps."""
    out = {}
    for (table,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
                                "ORDER BY table_name").fetchall():
        columns = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                             "ORDER BY ordinal_position", [table]).fetchall() if c != "loaded_at"]
        rows = con.execute(f"SELECT {', '.join(chr(34) + c + chr(34) for c in columns)} FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    return out


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as cached:
        run(pickle.load(cached), *sys.argv[2:])
