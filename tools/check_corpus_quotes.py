#!/usr/bin/env python3
"""Find corpus sentences quoted in the repository's rules, data and tests.

Run from the repository root:  python tools/check_corpus_quotes.py [CORPUS.jsonl.gz] [--words N]

Rules and tests must use sentences written for them, never text copied from the real corpus
they are measured on. Every run of N Arabic words (default 7, after folding) in the files under
extractors/, flows/, warehouse/, schemas/, tests/ and tools/ is looked up among the corpus's runs
of N words; each hit is printed with its file and line, and the exit status is 1 when there is one.
Runs of N words that are also in the seeds or a bench set's articles (written for this project)
are not counted: formulaic phrases («خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز») recur everywhere.
A run never crosses a line or a CSV field. Hits in the gazetteer's CSV files are names and titles
of offices, facts rather than sentences: they are printed for review but do not fail the check.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.text import fold  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet-2015.jsonl.gz"
SCANNED = ("extractors", "flows", "warehouse", "schemas", "tests", "tools")
SUFFIXES = {".py", ".yaml", ".csv", ".json", ".txt", ".md", ".sql"}
ARABIC_WORD = regex.compile(r"\p{Arabic}+")
FIELD = regex.compile(r"[^\n,|]+")


def runs(text: str, n: int) -> Iterator[tuple[int, str]]:
    """Each run of n Arabic words (folded) within a line or field, with the offset of its first word."""
    for field in FIELD.finditer(text):
        words = [(m.start(), fold(m.group())) for m in ARABIC_WORD.finditer(field.group())]
        for i in range(len(words) - n + 1):
            yield field.start() + words[i][0], " ".join(w for _, w in words[i:i + n])


def corpus_runs(path: Path, n: int) -> set[int]:
    found: set[int] = set()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            found.update(hash(r) for _, r in runs(json.loads(line)["text"], n))
    return found


def project_runs(n: int) -> set[int]:
    """Runs in the texts written for this project (seeds, bench articles): not quotations."""
    found: set[int] = set()
    for path in [*(ROOT / "seeds").glob("*.txt"), *(ROOT / "bench").glob("*/articles/*.txt")]:
        found.update(hash(r) for _, r in runs(path.read_text(encoding="utf-8"), n))
    return found


def scanned_files() -> Iterator[Path]:
    for folder in SCANNED:
        yield from (p for p in sorted((ROOT / folder).rglob("*")) if p.suffix in SUFFIXES and p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--words", type=int, default=7)
    args = parser.parse_args()
    n, corpus = args.words, args.corpus
    quoted = corpus_runs(corpus, n) - project_runs(n)
    hits = 0
    for path in scanned_files():
        counted = path.suffix != ".csv"
        text = path.read_text(encoding="utf-8", errors="replace")
        lines_seen: set[int] = set()
        for start, run in runs(text, n):
            if hash(run) not in quoted:
                continue
            line = text.count("\n", 0, start) + 1
            if line not in lines_seen:
                lines_seen.add(line)
                hits += counted
                print(f"{path.relative_to(ROOT)}:{line}: {run}" + ("" if counted else "  (a name or title: review)"))
    print(f"{hits} line(s) quoting the corpus ({n}-word runs)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
