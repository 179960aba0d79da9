"""Names written after a title, in folded text: the surname of a known person, first names
that fit a known surname, a known person's full name misspelt, or plain words that end where
a name ends."""

from __future__ import annotations

from datetime import date

import regex
from rapidfuzz import fuzz, process

from extractors.gazetteer import Gazetteer
from extractors.text import Normalized

NEXT_WORD = regex.compile(r"[ \t]+(\w+)")
_WORD = regex.compile(r"\w+")
_LAST_WORD = regex.compile(r"(\w+)\W*$")
_LAST_WORD_REACH = 128  # characters looked back at first; enough for any word and the gap after it
_FUZZY_CUTOFF = 90
_SERVANT = "عبد"  # glued before one of God's names, the first word of a compound given name
_DOUBLED = regex.compile(r"(\w)\1+")
_SKELETON = str.maketrans({**dict.fromkeys("اويىءئؤأإآ", None), "غ": "ك", "ج": "ك", "ق": "ك", "گ": "ك", "ث": "س",
                           "ذ": "ز", "ڤ": "ف", "پ": "ب", "ة": "ه"})
_IMPERFECT = regex.compile(r"^[يتن]ت\w{2,}$|^[يت]\w{3,}ون$|^ي\w{3}$")
_GLUED = "بلك"  # prepositions written glued to the word after them


def last_word(text: str, end: int) -> regex.Match[str] | None:
    """The last word of text[:end] (group 1), looked for in a stretch just before `end` that
    grows only while the word may start before it, so a hit late in a long article costs no
    more than one near its start."""
    reach = _LAST_WORD_REACH
    while True:
        start = max(0, end - reach)
        m = _LAST_WORD.search(text, start, end)
        if start == 0 or (m is not None and m.start() > start):
            return m
        reach *= 2


def surname_after(text: str, end: int, limit: int, gaz: Gazetteer, office: str | None, country: str | None,
                  anchor: date | None) -> tuple[str, int] | None:
    """"الرئيس عون": a title, then (before `limit`) the surname of a known person who fits it."""
    m = NEXT_WORD.match(text, end)
    if not m or limit <= m.start(1) or _not_surname(text, m, gaz):
        return None
    people = gaz.surnames.get(m.group(1), frozenset())
    if country:
        people = frozenset(p for p in people if gaz.actors[p].country == country)
    if len(people) > 1 and office:
        people = frozenset(p for p in people if any(o == office or o.endswith(office) for o in gaz.offices_of(p, anchor)))
    return (next(iter(people)), m.end(1)) if len(people) == 1 else None


def _not_surname(text: str, word: regex.Match[str], gaz: Gazetteer) -> bool:
    """"رئيس النادي محمد القاسم": a common given name with a name going on after it begins
    someone's name, and a word that ends names begins none: neither is a known person's
    surname (مهاتير محمد، آبي أحمد علي)."""
    if word.group(1) in gaz.words["name_stopwords"]:
        return True  # "سموه على برامج": the preposition على folds to the name علي
    if word.group(1) not in gaz.words["given_names"]:
        return False
    after = NEXT_WORD.match(text, word.end(1))
    return after is not None and not _ends_name(after.group(1), True, gaz)


def opens_name(word: str, gaz: Gazetteer) -> bool:
    """A given name, or one written glued to «عبد» ("عبدالرحمن", "عبدالله"), which opens a person's name."""
    return word in gaz.words["given_names"] or word.startswith(_SERVANT) and len(word) > len(_SERVANT) + 2


def first_names_fit(text: str, name: tuple[int, int], actor_id: str, gaz: Gazetteer) -> bool:
    """First names written before a known person's surname are among that person's names."""
    given = set(text[name[0]:name[1]].split()) - gaz.words["surname_stopwords"]
    return given <= gaz.words_of.get(actor_id, frozenset())


def match_known_person(folded: str, gaz: Gazetteer) -> str | None:
    """A known person whose full name is written nearly so (a variant spelling), or with more of
    its lineage after it ("محمد بن سلمان بن عبدالعزيز آل سعود")."""
    known = process.extractOne(folded, gaz.person_names.keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    if known and (_skeleton(known[0]) == _skeleton(folded) or folded.removeprefix(known[0] + " ") in gaz.words["family_words"]):
        return gaz.person_names[known[0]]  # "الملك سلمان بن عبد العزيز آل": a family name cut off after it
    return _known_by_lineage(folded, gaz)


def _skeleton(name: str) -> str:
    """A name's consonants, the ways one foreign sound is written made one ("هيغسيث", "هيجسيث") and
    a doubled letter single: spellings of one name differ so, not in a consonant ("جون كيربي" is not
    "جون كيري")."""
    return _DOUBLED.sub(r"\1", name.translate(_SKELETON))


def _known_by_lineage(name: str, gaz: Gazetteer) -> str | None:
    """A known person's name with a tail of lineage that tells no known person from another
    («آل سعود», «بن عبدالعزيز»: `lineage_tails`), as a father's name would."""
    return next((gaz.person_names[head] for tail in gaz.words["lineage_tails"] if name.endswith(" " + tail)
                 and (head := name[:-len(tail) - 1]) in gaz.person_names), None)


def plain_name_after(norm: Normalized, end: int, limit: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """1-3 plain words after a title (before `limit`, the next gazetteer hit) that end where a
    name ends (punctuation, a stop word, a known name or title); running text ("يتسلم رسالة
    خطية") is not taken for a name."""
    text = norm.text
    pos, first, last = end, None, None
    for _ in range(gaz.name_max_words):
        m = NEXT_WORD.match(text, pos)
        if not m or m.start(1) >= limit or _ends_name(m.group(1), first is None, gaz, _written_last(norm, m.end(1))):
            break
        first = m.start(1) if first is None else first
        last, pos = m.end(1), m.end(1)
    if first is None or last is None:
        return None
    if text[first:last].startswith("ال") and " " not in text[first:last]:
        return None  # a lone "ال" word after a title is an adjective ("الجديد"), not a name
    after = NEXT_WORD.match(text, last)
    closed = after is None or after.start(1) >= limit or _ends_name(after.group(1), False, gaz,
                                                                    _written_last(norm, after.end(1)))
    return (first, last) if closed else None


def lineage_name_after(text: str, end: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """"فيصل بن خالد بن عبدالعزيز", "مي بنت محمد آل خليفة": a given name, one or more fathers
    behind بن/بنت, then perhaps the family behind آل; such a name is a person's whatever the
    gazetteer knows (a prince, a sheikh)."""
    lineage, family = gaz.words["lineage_words"], gaz.words["family_words"]
    words = _name_units(text, end, gaz)
    names = [name for name, _, _ in words]
    if not names or not _given_name(names[0], gaz) or len(names) < 3 or names[1] not in lineage:
        return None
    last = 0
    for k in range(1, len(names) - 1, 2):
        if names[k] not in lineage | family or not _given_name(names[k + 1], gaz, after_lineage=names[k] in lineage):
            break
        last = k + 1
        if names[k] in family:
            break
    return (words[0][1], words[last][2]) if last else None


def _name_units(text: str, end: int, gaz: Gazetteer) -> list[tuple[str, int, int]]:
    """The words after `end` (up to lineage_max_words), a compound given name ("عبد الرحمن",
    "أبو بكر") read as one: (its first word, start, end)."""
    units: list[tuple[str, int, int]] = []
    pos, words = end, 0
    while words < gaz.lineage_max_words and (m := NEXT_WORD.match(text, pos)) is not None:
        start, pos, words = m.start(1), m.end(1), words + 1
        if m.group(1) in gaz.words["compound_name_heads"] and (rest := NEXT_WORD.match(text, pos)) is not None:
            pos, words = rest.end(1), words + 1
        units.append((m.group(1), start, pos))
    return units


def named_as_father(text: str, start: int, gaz: Gazetteer) -> bool:
    """"سلطان بن سلمان بن عبدالعزيز", "عبدالله بن سلمان": a name right after بن/بنت, or one that
    begins with بن after a given name, is a father's in someone else's name, not that person."""
    before = last_word(text, start)
    if before is None or text[before.end():start].strip():
        return False
    lineage = gaz.words["lineage_words"]
    if before.group(1) in lineage:
        return True
    first = _WORD.match(text, start)
    return first is not None and first.group() in lineage and not _ends_name(before.group(1), True, gaz)


def _given_name(word: str, gaz: Gazetteer, after_lineage: bool = False) -> bool:
    """A word that may be a name in a lineage: not a number, nor بن/بنت/آل, nor a stop word
    unless right after بن/بنت, where only a name stands («بن علي» is no «على»)."""
    return not ((word in gaz.words["name_stopwords"] and not after_lineage) or word.isdigit()
                or word in gaz.words["lineage_words"] or word in gaz.words["family_words"])


def _written_last(norm: Normalized, end: int) -> str:
    """The letter the folded word ending at `end` was written with last (ة and ى fold to ه and ي)."""
    return norm.original[norm.span(end - 1, end)[0]]


_POSSESSED = ("ته", "تها", "تهم", "تهما")
_GLUED_ARTICLE = ("بال", "وال", "فال", "كال", "لل")


def _ends_name(word: str, first: bool, gaz: Gazetteer, last: str = "ة") -> bool:
    """Whether `word` (folded; written with `last` as its last letter) cannot be part of a name."""
    if word in gaz.name_words and last == "ي":
        return False  # "علي" is the name Ali; «على» folds to the same letters
    if word in gaz.words["name_stopwords"] or word.isdigit():
        return True
    if word in gaz.name_words:
        return False
    if word.endswith("ه") and len(word) > 3 and last == "ة":
        return True  # a ة ending marks a common noun ("مذكرة"), rarely a name; a ه one may ("روغه")
    if word.endswith(_POSSESSED) and len(word) > 4:
        return True  # "جولته", "زيارتها": a noun with its owner's pronoun, no name
    if not first and (word[:1] in _GLUED and word[1:] in gaz.common_words or word.startswith(_GLUED_ARTICLE)
                      or word.startswith("و")):
        return True  # "بالأمر", "بالفتح", "ومدير", "وانتصار": a glued letter before a common or ال word, or و, ends a name
    return first and (word.startswith(("و", "لل")) or bool(_IMPERFECT.match(word))  # "وقال", "للحزب": no name
                      or _common_word(word, gaz))


def _common_word(word: str, gaz: Gazetteer) -> bool:
    """"بمستوى", "هناك": a frequent word no name holds, perhaps behind a glued preposition, begins no name."""
    return word in gaz.common_words or (word[:1] in _GLUED and word[1:] in gaz.common_words)
