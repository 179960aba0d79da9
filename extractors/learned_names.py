"""Names no rule found, proposed by a small CRF trained on what the rules find.

The gazetteer knows some people and bodies, and a title introduces others ("محافظ نينوى نجم
الجبوري"); a name with neither ("وقال البراء العوهلي …") is missed. `bench/train_names.py`
labels the corpus's tokens with the rules' own mentions (distant supervision) and trains a
linear-chain CRF on word features that need nothing outside `extractors/data`: the word, its
clitics, its shape, its neighbours, whether a title, honorific or speech verb precedes it and
whether it is a known given name. Here the model tags an article once (linear in its length),
and the spans it is sure enough of that no rule took become `how="learned"` mentions with ids
`x:first_last`, like introduced people.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator

import pycrfsuite
import regex

from schemas.actors import Actor, ActorMention, ActorReading, PlaceMention

from extractors.data_files import read_csv, read_yaml
from extractors.once import built_once
from extractors.text import Normalized, fold, fold_phrase

MODEL_FILE = "names.crfsuite"
_TOKEN = regex.compile(r"\w+|[^\w\s]")
_WORD_BEFORE = regex.compile(r"\w+$")
_WORD_AFTER = regex.compile(r"\w+")
_SENTENCE_END = frozenset(".!?؟\n")
_MAX_SENTENCE = 60  # tokens a sequence holds at most: tagging cost stays linear in the article
_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل")  # longest first
_SUFFIXES = ("هما", "هم", "ها")  # a lone ه is as often a folded ة
_KINDS = {"PER": "person", "ORG": "organisation"}


@dataclass(frozen=True)
class Cues:
    """Word lists from the data files that a name's context is read against (folded)."""

    titles: frozenset[str]
    honorifics: frozenset[str]
    speech_verbs: frozenset[str]
    given_names: frozenset[str]
    cue_ends: frozenset[str]  # last words of the cues, and the speech verbs with their clitics
    joiners: frozenset[str]  # words inside a name ("بن", "عبد"): a span they border is part of one
    namesakes: frozenset[str]  # nouns of what is named after someone ("مؤسسة", "شارع")
    vocabulary: frozenset[str]  # the corpus's frequent words; any other is "<rare>" to the model
    reach: int  # words a cue phrase has at most


@dataclass(frozen=True)
class Settings:
    """How the proposals are made: the least confidence and the kinds proposed (`learned_names.yaml`)."""

    threshold: float
    kinds: frozenset[str]


def build_cues(titles: list[dict[str, str]], words: dict, events: dict, learned: dict) -> Cues:
    """Cues from `titles.csv`, `actors.yaml`, `events.yaml` and `learned_names.yaml` rows."""
    title_phrases = {fold_phrase(t) for row in titles for t in row["title_ar"].split("|") if t.strip()}
    title_phrases |= {fold_phrase(t) for t in [*words["bare_titles"], *words["counterpart"]]}
    honorifics = frozenset(fold_phrase(w) for w in words["honorifics"])
    speech = frozenset(fold_phrase(v).split()[0] for v in events["speech_verbs"])
    given = frozenset(fold_phrase(w) for w in words["given_names"])
    joiners = frozenset(fold_phrase(w) for w in learned["name_joiners"])
    namesakes = frozenset(fold_phrase(w) for w in learned["namesake_nouns"])
    vocabulary = frozenset(fold_phrase(w) for w in learned.get("vocabulary") or ())
    reach = max(len(p.split()) for p in title_phrases | honorifics)
    ends = {p.rsplit(" ", 1)[-1] for p in title_phrases | honorifics}
    ends |= {clitic + verb for verb in speech for clitic in ("", *_PREFIXES)}
    return Cues(frozenset(title_phrases), honorifics, speech, given, frozenset(ends), joiners, namesakes, vocabulary,
                reach)


@built_once
def default_cues() -> Cues:
    return build_cues(read_csv("titles.csv"), read_yaml("actors.yaml"), read_yaml("events.yaml"),
                      read_yaml("learned_names.yaml"))


@built_once
def default_settings() -> Settings:
    raw = read_yaml("learned_names.yaml")
    return Settings(threshold=float(raw["threshold"]), kinds=frozenset(raw["kinds"]))


_PER_THREAD = threading.local()


def default_tagger() -> pycrfsuite.Tagger:
    """The shipped model, opened once per thread: a crfsuite Tagger keeps the sequence it is
    tagging inside it, so two threads tagging through one corrupt each other ("The position, N
    is out of range of N")."""
    tagger = getattr(_PER_THREAD, "tagger", None)
    if tagger is None:
        tagger = _PER_THREAD.tagger = pycrfsuite.Tagger()
        with resources.as_file(resources.files("extractors").joinpath("data", MODEL_FILE)) as path:
            tagger.open(str(path))
    return tagger


def split_tokens(folded: str) -> list[tuple[int, int]]:
    """Word and punctuation spans of folded text."""
    return [m.span() for m in _TOKEN.finditer(folded)]


def split_sequences(folded: str, tokens: list[tuple[int, int]]) -> Iterator[range]:
    """Runs of token indexes the CRF tags as one sequence: sentences, cut at `_MAX_SENTENCE`."""
    start = 0
    for i, (s, e) in enumerate(tokens):
        ends = folded[s:e] in _SENTENCE_END or "\n" in folded[e:tokens[i + 1][0] if i + 1 < len(tokens) else e]
        if ends or i + 1 - start >= _MAX_SENTENCE:
            yield range(start, i + 1)
            start = i + 1
    if start < len(tokens):
        yield range(start, len(tokens))


def word_shape(word: str) -> str:
    """"arabic", "latin", "digit", "mixed" or "punct"."""
    if not word[0].isalnum():
        return "punct"
    if word.isdigit():
        return "digit"
    if all("\u0600" <= c <= "\u06ff" for c in word):
        return "arabic"
    return "latin" if word.isascii() else "mixed"


def strip_clitics(word: str) -> tuple[str, str, str]:
    """(prefix, stem, suffix): a glued و/ب/ل/ال before a stem of 2+ letters, and the pronoun the
    stem ends with, if any."""
    prefix = next((p for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 2), "")
    stem = word[len(prefix):]
    suffix = next((s for s in _SUFFIXES if stem.endswith(s) and len(stem) - len(s) >= 3), "")
    return prefix, stem, suffix


def cue_before(words: list[str], i: int, cues: Cues) -> str | None:
    """What the words just before word i are: a title, an honorific or a speech verb."""
    for k in range(1, min(cues.reach, i) + 1):
        phrase = " ".join(words[i - k:i])
        if phrase in cues.honorifics:
            return "honorific"
        if phrase in cues.titles:
            return "title"
    if i and (words[i - 1] in cues.speech_verbs or strip_clitics(words[i - 1])[1] in cues.speech_verbs):
        return "speech"
    return None


def word_features(words: list[str], cues: Cues) -> list[list[str]]:
    """The CRF's features for each word of a sequence of folded words; a word outside the
    vocabulary is "<rare>", so that a name is learned from its context and shape, not by heart."""
    seen = [w if w in cues.vocabulary else "<rare>" for w in words]
    padded = ["<s>", "<s>", *seen, "<s>", "<s>"]
    rows = []
    for i, word in enumerate(words):
        row = [*own_features(word, cues), f"w-2={padded[i]}", f"w-1={padded[i + 1]}", f"w+1={padded[i + 3]}",
               f"w+2={padded[i + 4]}"]
        if i:
            row.append(f"given-1={words[i - 1] in cues.given_names}")
        cue = cue_before(words, i, cues) if i and words[i - 1] in cues.cue_ends else None
        if cue:
            row.append(f"cue={cue}")
        rows.append(row)
    return rows


@lru_cache(maxsize=1 << 16)
def own_features(word: str, cues: Cues) -> tuple[str, ...]:
    """The features a word has wherever it stands (worked out once per word)."""
    prefix, stem, suffix = strip_clitics(word)
    own = (f"w={word if word in cues.vocabulary else '<rare>'}",
           f"stem={stem if stem in cues.vocabulary else '<rare>'}", f"pre={prefix}", f"suf={suffix}",
           f"end2={word[-2:]}", f"shape={word_shape(word)}", f"len={min(len(stem), 8)}")
    return (*own, "given") if word in cues.given_names or stem in cues.given_names else own


def tag_spans(folded: str, tagger: pycrfsuite.Tagger, cues: Cues) -> list[tuple[int, int, str, float]]:
    """(start, end, kind, confidence) of each name the model tags in folded text; the confidence
    is the least marginal probability of the span's labels."""
    tokens = split_tokens(folded)
    found = []
    for seq in split_sequences(folded, tokens):
        words = [folded[s:e] for s, e in (tokens[i] for i in seq)]
        labels = tagger.tag(word_features(words, cues))
        pos = 0
        while pos < len(labels):
            if labels[pos] == "O":
                pos += 1
                continue
            kind, end = labels[pos][2:], pos + 1
            while end < len(labels) and labels[end] == "I-" + kind:
                end += 1
            confidence = min(tagger.marginal(labels[k], k) for k in range(pos, end))
            found.append((tokens[seq[pos]][0], tokens[seq[end - 1]][1], kind, confidence))
            pos = end
    return found


def join_adjacent(folded: str, spans: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
    """Spans of one kind with only spaces between are one name ("صالح" "المالكي"), as sure as
    the less sure of them."""
    joined: list[tuple[int, int, str, float]] = []
    for span in spans:
        if joined and joined[-1][2] == span[2] and not folded[joined[-1][1]:span[0]].strip(" "):
            last = joined.pop()
            span = (last[0], span[1], span[2], min(last[3], span[3]))
        joined.append(span)
    return joined


def name_start(folded: str, start: int, end: int, cues: Cues) -> int:
    """Where the name of a tagged span starts: past a title or honorific the span took with it
    ("الملك …") and a glued و/ب/ل ("والبراء" -> "البراء"; "وليد", a given name, keeps it)."""
    spans = [m.span() for m in _WORD_AFTER.finditer(folded, start, end)]
    if not spans:
        return start
    skipped = _title_words([folded[s:e] for s, e in spans], cues)
    start, word = spans[skipped][0], folded[slice(*spans[skipped])]
    if word[0] in "وبلف" and word not in cues.given_names and (
            word[1:].startswith("ال") or word[1:] in cues.given_names):
        return start + 1
    return start


def _title_words(words: list[str], cues: Cues) -> int:
    """How many of the words are titles and honorifics they open with, one word at least left."""
    at = 0
    while True:
        k = next((k for k in range(min(cues.reach, len(words) - 1 - at), 0, -1)
                  if _is_title(" ".join(words[at:at + k]), cues)), 0)
        if not k:
            return at
        at += k


def _is_title(phrase: str, cues: Cues) -> bool:
    return phrase in cues.titles or phrase in cues.honorifics


def extend_name(folded: str, start: int, end: int, cues: Cues) -> tuple[int, int]:
    """A name grown over the words the model left beside it: a known given name before it
    ("إبراهيم" + "الهنيدي") and a rare word with ال after it ("صالح" + "الحازمي"); a given name
    after it may be a folded preposition ("على" is "علي")."""
    before = _WORD_BEFORE.search(folded, max(0, start - 24), start - 1) if folded[start - 1:start] == " " else None
    if before is not None and before.group() in cues.given_names:
        start = before.start()
    after = _WORD_AFTER.match(folded, end + 1) if folded[end:end + 1] == " " else None
    if after is not None and after.group().startswith("ال") and len(after.group()) > 4 \
            and after.group() not in cues.vocabulary:
        end = after.end()
    return start, end


def is_fragment(text: str, start: int, end: int, taken: bytearray, cues: Cues) -> bool:
    """A span that a rule's mention or a joining word ("بن", "عبد") borders across spaces only is
    part of a longer name, not a name of its own."""
    before, after = start, end
    while before > 0 and text[before - 1] == " ":
        before -= 1
    while after < len(text) and text[after] == " ":
        after += 1
    if (before > 0 and taken[before - 1]) or (after < len(text) and taken[after]):
        return True
    word_before = _WORD_BEFORE.search(text, max(0, before - 24), before)
    word_after = _WORD_AFTER.match(text, after)
    return any(w is not None and fold(w.group()) in cues.joiners for w in (word_before, word_after))


def names_namesake(folded: str, start: int, cues: Cues) -> bool:
    """The name at `start` follows a noun of something named after someone, honorifics between
    ("مؤسسة الملك عبدالعزيز"): it names that thing, not a person of the news."""
    words = folded[max(0, start - 60):start].split()
    at = len(words)
    while at and (k := next((k for k in range(min(cues.reach, at), 0, -1)
                             if " ".join(words[at - k:at]) in cues.honorifics), 0)):
        at -= k
    return at > 0 and strip_clitics(words[at - 1])[1] in cues.namesakes


@dataclass(frozen=True)
class LearnedNames:
    """The names proposed, and one actor for each new id they bring."""

    mentions: tuple[ActorMention, ...]
    actors: tuple[Actor, ...]


def propose_names(text: str, mentions: tuple[ActorMention, ...], settings: Settings | None = None,
                  tagger: pycrfsuite.Tagger | None = None, cues: Cues | None = None) -> LearnedNames:
    """Names the model is sure of (at least the threshold) where no mention in `mentions` lies;
    a one-word name that ends an earlier stranger's name is that stranger ("العوهلي")."""
    settings, cues = settings or default_settings(), cues or default_cues()
    norm = Normalized(text)
    taken = taken_mask(len(text), mentions)
    surname_of = {m.actor_id.rsplit("_", 1)[-1]: m.actor_id for m in mentions
                  if m.actor_id.startswith("x:") and "_" in m.actor_id}
    introduced = set(surname_of.values())
    proposed: list[ActorMention] = []
    actors: dict[str, Actor] = {}
    tagged = tag_spans(norm.text, tagger or default_tagger(), cues)
    for start, end, label, confidence in join_adjacent(norm.text, tagged):
        if confidence < settings.threshold or label not in settings.kinds:
            continue
        start, end = extend_name(norm.text, name_start(norm.text, start, end, cues), end, cues)
        s, e = norm.span(start, end)
        if s >= e or any(taken[s:e]) or is_fragment(text, s, e, taken, cues) or names_namesake(norm.text, start, cues):
            continue
        folded = " ".join(norm.text[start:end].split())
        actor_id = surname_of.get(folded) or "x:" + folded.replace(" ", "_")
        if " " in folded:
            surname_of.setdefault(folded.rsplit(" ", 1)[-1], actor_id)
        if actor_id not in introduced:
            actors.setdefault(actor_id, Actor(actor_id=actor_id, name_ar=text[s:e], kind=_KINDS[label],
                                              aliases=(text[s:e],)))
        proposed.append(ActorMention(start=s, end=e, text=text[s:e], actor_id=actor_id, how="learned",
                                     name=text[s:e]))
    return LearnedNames(tuple(proposed), tuple(actors.values()))


def taken_mask(length: int, spans: Iterable[ActorMention | PlaceMention]) -> bytearray:
    """1 at each character some mention (of an actor or a place) covers."""
    taken = bytearray(length)
    for m in spans:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return taken


def with_learned_names(text: str, reading: ActorReading) -> ActorReading:
    """`reading` with the names the model proposes where no rule found a name nor a place."""
    places = tuple(ActorMention(start=p.start, end=p.end, text=p.text, actor_id=p.place_id, how="alias")
                   for p in reading.places)
    learned = propose_names(text, (*reading.mentions, *places))
    if not learned.mentions:
        return reading
    return ActorReading(mentions=tuple(sorted((*reading.mentions, *learned.mentions), key=lambda m: m.start)),
                        places=reading.places, introduced=(*reading.introduced, *learned.actors))
