"""Rebuild the learned name recogniser (`extractors/data/names.crfsuite`) from the real corpus.

usage: .venv/bin/python bench/train_names.py [--limit N]

Distant supervision: the rule-based actor finder runs over the shared corpus (the documents of
every bench set left out), and the names it finds — gazetteer people, organisations and armed
groups, people a title introduces, and their surnames later on; never countries or nationalities
— label the tokens BIO as PER / ORG. A CRF (python-crfsuite) learns those labels from the word
features of `extractors.learned_names`, where only the corpus's `--vocabulary` most frequent
words are seen as themselves (a name is learned from its context, not by heart). One article in
twenty is held out; on it the threshold of `learned_names.yaml` is the least confidence at which
the model's spans agree with the rules' at a precision of at least `--precision`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402
import yaml  # noqa: E402

from schemas.actors import ActorMention  # noqa: E402
from schemas.articles import Article  # noqa: E402

from extractors.actors import find_actors  # noqa: E402
from extractors.gazetteer import default_gazetteer  # noqa: E402
from extractors.data_files import read_csv, read_yaml  # noqa: E402
from extractors.learned_names import (  # noqa: E402
    MODEL_FILE, Cues, build_cues, split_sequences, split_tokens, tag_spans, word_features,
)
from extractors.segment import segment  # noqa: E402
from extractors.text import Normalized  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet-2015.jsonl.gz"
DATA = ROOT / "extractors" / "data"
LABELS = {"person": "PER", "organisation": "ORG", "armed_group": "ORG"}
RULES = {"alias", "introduced", "surname"}
PARAMS = {"c1": 0.3, "c2": 0.01, "max_iterations": 80, "feature.minfreq": 3,
          "feature.possible_transitions": True}


def bench_docs() -> set[str]:
    """Every doc id a bench set scores: kept out of training."""
    return {d for path in (ROOT / "bench").glob("*/docs.txt") for d in path.read_text(encoding="utf-8").split()}


def read_articles(skip: set[str], limit: int | None) -> list[Article]:
    articles = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["doc_id"] in skip or not row["text"].strip():
                continue
            articles.append(Article(doc_id=row["doc_id"], text=row["text"], published=row.get("published"),
                                    title=row.get("title")))
            if limit and len(articles) >= limit:
                break
    return articles


def name_label(mention: ActorMention) -> str | None:
    """PER / ORG for a rule's mention of a named person or body, else None."""
    if mention.how not in RULES or not mention.name or not mention.text.endswith(mention.name):
        return None
    if mention.actor_id.startswith("x:"):
        return "PER"
    actor = default_gazetteer().actors.get(mention.actor_id)
    return LABELS.get(actor.kind) if actor else None


def name_spans(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, PER/ORG) in the original text: the name part of each labelled mention."""
    reading = find_actors(article.text, segment(article))
    spans = []
    for m in reading.mentions:
        label = name_label(m)
        if label:
            spans.append((m.end - len(m.name or ""), m.end, label))
    return spans


def folded_spans(norm: Normalized, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Original spans moved onto the folded text."""
    index = norm.index  # folded offset -> original offset
    back: dict[int, int] = {}
    for folded_at in range(len(index)):
        back.setdefault(index[folded_at], folded_at)
    out = []
    for s, e, label in spans:
        fs = next((back[o] for o in range(s, e) if o in back), None)
        fe = next((back[o] + 1 for o in range(e - 1, s - 1, -1) if o in back), None)
        if fs is not None and fe is not None:
            out.append((fs, fe, label))
    return out


def bio(tokens: list[tuple[int, int]], spans: list[tuple[int, int, str]]) -> list[str]:
    """A BIO label per token: a token meeting a name span takes its label."""
    labels = ["O"] * len(tokens)
    for s, e, label in spans:
        inside = [i for i, (ts, te) in enumerate(tokens) if ts < e and s < te]
        for k, i in enumerate(inside):
            if labels[i] == "O":
                labels[i] = ("B-" if k == 0 else "I-") + label
    return labels


def sequences(article: Article, spans: list[tuple[int, int, str]], cues: Cues, rng: random.Random,
              keep_empty: float) -> list[tuple[list[list[str]], list[str]]]:
    """(features, labels) of the article's sentences: those with a name, and a share of the others."""
    norm = Normalized(article.text)
    tokens = split_tokens(norm.text)
    labels = bio(tokens, folded_spans(norm, spans))
    out = []
    for seq in split_sequences(norm.text, tokens):
        ys = [labels[i] for i in seq]
        if all(y == "O" for y in ys) and rng.random() > keep_empty:
            continue
        words = [norm.text[tokens[i][0]:tokens[i][1]] for i in seq]
        out.append((word_features(words, cues), ys))
    return out


def held_out_agreement(tagger: pycrfsuite.Tagger, held: list[tuple[Article, list]],
                       cues: Cues) -> list[tuple[float, bool]]:
    """(confidence, agrees with a rule's span of the same kind) of each span the model tags."""
    scored = []
    for article, spans in held:
        norm = Normalized(article.text)
        wanted = {(s, e, k) for s, e, k in folded_spans(norm, spans)}
        for s, e, kind, confidence in tag_spans(norm.text, tagger, cues):
            scored.append((confidence, any(k == kind and abs(ws - s) <= 1 and we == e for ws, we, k in wanted)))
    return scored


def threshold_for(scored: list[tuple[float, bool]], precision: float) -> float:
    """The least confidence from which on the tagged spans agree with the rules at `precision`."""
    ranked = sorted(scored, reverse=True)
    best, agree = 1.0, 0
    for n, (confidence, ok) in enumerate(ranked, 1):
        agree += ok
        if agree / n >= precision:
            best = confidence
    return round(best, 3)


def frequent_words(articles: list[Article], size: int) -> list[str]:
    """The `size` most frequent folded words of the articles."""
    counts: Counter[str] = Counter()
    for article in articles:
        counts.update(w for w in Normalized(article.text).text.split() if w.isalpha())
    return sorted(w for w, _ in counts.most_common(size))


def write_settings(path: Path, settings: dict, precision: float) -> None:
    """`learned_names.yaml`: its hand-written rows kept, the threshold and vocabulary rewritten."""
    lines = [
        "# The learned name recogniser (extractors/learned_names.py). `kinds` (PER, ORG) and `name_joiners`",
        "# (words inside a name: a span they border is part of a longer one) are written by hand;",
        "# bench/train_names.py writes `threshold` (the least confidence of a proposed name: the model's",
        f"# spans agree with the rules' at a precision of {precision} on held-out articles) and `vocabulary`",
        "# (the corpus's most frequent words, the only words the model sees as themselves).",
    ]
    for key in ("kinds", "name_joiners", "threshold", "vocabulary"):
        lines.append(f"{key}: {json.dumps(settings[key], ensure_ascii=False)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--precision", type=float, default=0.9)
    parser.add_argument("--keep-empty", type=float, default=0.2)
    parser.add_argument("--vocabulary", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(14)
    started = time.time()
    articles = read_articles(bench_docs(), args.limit)
    labelled = [(article, name_spans(article)) for article in articles]
    settings_path = DATA / "learned_names.yaml"
    settings = read_yaml("learned_names.yaml")
    settings["vocabulary"] = frequent_words(articles, args.vocabulary)
    cues = build_cues(read_csv("titles.csv"), read_yaml("actors.yaml"), read_yaml("events.yaml"), settings)
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    held, counts = [], {"PER": 0, "ORG": 0, "sequences": 0}
    for n, (article, spans) in enumerate(labelled):
        if n % 20 == 0:
            held.append((article, spans))
            continue
        for label in ("PER", "ORG"):
            counts[label] += sum(1 for *_, k in spans if k == label)
        for xs, ys in sequences(article, spans, cues, rng, args.keep_empty):
            trainer.append(xs, ys)
            counts["sequences"] += 1
    print(f"labelled {len(articles)} articles in {time.time() - started:.0f}s: {counts}", flush=True)
    model = DATA / MODEL_FILE
    trainer.train(str(model))
    print(f"trained in {time.time() - started:.0f}s; {model.stat().st_size / 1e6:.2f} MB", flush=True)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    scored = held_out_agreement(tagger, held, cues)
    settings["threshold"] = threshold_for(scored, args.precision)
    write_settings(settings_path, settings, args.precision)
    agreeing = sum(ok for c, ok in scored if c >= settings["threshold"])
    kept = sum(1 for c, _ in scored if c >= settings["threshold"])
    print(f"held out {len(held)} articles: {len(scored)} spans tagged, {kept} at >= {settings['threshold']}, "
          f"{agreeing} of them agree with the rules", flush=True)


if __name__ == "__main__":
    main()
