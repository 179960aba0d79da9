"""Find who is named in an article: gazetteer names, titles, people a title introduces.

    "وزير الخارجية الأمريكي" on 2018-02-15  -> rex_tillerson          (title, office held that day)
    "محافظ نينوى نجم الجبوري"               -> x:نجم_الجبوري          (introduced; later "الجبوري")
    "نظيره التركي" after Mattis            -> Turkey's defence minister
    "في مطار أنقرة"                         -> a place, not the actor Turkey
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import regex
from rapidfuzz import fuzz, process

from schemas.actors import Actor, ActorMention, ActorReading, PlaceMention
from schemas.articles import Segment

from extractors.gazetteer import (
    ACTOR, BARE_TITLE, CAPITAL_WORD, COALITION_REF, COUNTERPART, FORCE, GROUP_REF, HONORIFIC, MODIFIER, NISBA,
    HOME_FORCE, PAIR_REF, PLACE, PLURAL_TITLE,
    TITLE, Gazetteer, default_gazetteer,
)
from extractors.text import Normalized, fold_phrase

_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك", "")
_LAST_WORD = regex.compile(r"(\w+)\W*$")
_NEXT_WORD = regex.compile(r"[ \t]+(\w+)")
_FUZZY_CUTOFF = 90
_NISBA_SHAPE = regex.compile(r"^ال\w{3,}ي$")  # "السنغافوري": a nationality the gazetteer lacks
_IMPERFECT = regex.compile(r"^[يتن]ت\w{2,}$|^[يت]\w{3,}ون$|^ي\w{3}$")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    clitic: str
    kinds: dict[str, str]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _clitic_before(text: str, start: int) -> str | None:
    """The clitic letters glued before a name (و، ب، لـ …), or None if mid-word."""
    for clitic in _CLITICS:
        begin = start - len(clitic)
        if begin >= 0 and text[begin:start] == clitic and (begin == 0 or not _is_word(text[begin - 1])):
            return clitic
    return None


def _hits(text: str, gaz: Gazetteer) -> list[_Hit]:
    """Longest non-overlapping gazetteer keys standing as whole words."""
    found = []
    for last, (key, variant_clitic, payload) in gaz.automaton.iter(text):
        start, end = last - len(key) + 1, last + 1
        if end < len(text) and _is_word(text[end]):
            continue
        clitic = _clitic_before(text, start)
        if clitic is None:
            continue
        kinds: dict[str, str] = {}
        for kind, value in payload:
            kinds.setdefault(kind, value)
        found.append(_Hit(start, end, clitic or variant_clitic, kinds))
    chosen: list[_Hit] = []
    taken = bytearray(len(text) + 1)
    for hit in sorted(found, key=lambda h: (h.start - h.end, h.start)):
        if not any(taken[hit.start:hit.end]):
            chosen.append(hit)
            taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
    return sorted(chosen, key=lambda h: h.start)


def _anchor_at(segments: list[Segment], offset: int) -> date | None:
    for seg in segments:
        if seg.start <= offset < seg.end:
            return seg.anchor
    return segments[-1].anchor if segments else None


@dataclass
class _Reader:
    """One left-to-right pass over an article's gazetteer hits."""

    norm: Normalized
    segments: list[Segment]
    gaz: Gazetteer
    hits: list[_Hit]
    mentions: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    introduced: dict[str, tuple[Actor, str | None]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.norm.text

    def adjacent(self, end: int, j: int) -> bool:
        """Hit j follows `end` on the same line with only spaces between."""
        if j >= len(self.hits) or self.hits[j].clitic:
            return False
        gap = self.text[end:self.hits[j].start]
        return not gap.strip() and "\n" not in gap

    def prep(self, hit: _Hit, skip_place_nouns: bool = False) -> str | None:
        """The preposition governing a hit: a glued ب/ل or the word before it.

        With `skip_place_nouns`, nouns like مطار / شمالي are looked through ("في مطار أنقرة");
        a place noun with no preposition before it still marks a location ("شمالي سورية").
        """
        before = self.text[:hit.start - len(hit.clitic)]
        if hit.clitic.endswith(("ب", "ل")):
            m = _LAST_WORD.search(before)
            if not (m and m.group(1) in self.gaz.words["object_nouns"]):
                return hit.clitic[-1]
            before = before[:m.start()]  # "على مواقع لمنظمة …": the preposition before the noun governs
        skipped = False
        for _ in range(3):
            m = _LAST_WORD.search(before)
            if not m:
                break
            word = m.group(1)
            if skip_place_nouns and word in self.gaz.words["place_nouns"]:
                before, skipped = before[:m.start()], True
                continue
            if word in self.gaz.words["object_nouns"]:
                before = before[:m.start()]
                continue
            if word in self.gaz.words["role_prepositions"] | self.gaz.words["location_prepositions"]:
                return word
            break
        return "في" if skipped else None

    def emit(self, start: int, end: int, actor_id: str, how: str, prep: str | None,
             name: tuple[int, int] | None = None) -> None:
        s, e = self.norm.span(start, end)
        named = self.norm.original[slice(*self.norm.span(*name))] if name else None
        self.mentions.append(ActorMention(start=s, end=e, text=self.norm.original[s:e], actor_id=actor_id,
                                          how=how, prep=prep, name=named))

    def emit_place(self, start: int, end: int, place_id: str, prep: str | None) -> None:
        s, e = self.norm.span(start, end)
        self.places.append(PlaceMention(start=s, end=e, text=self.norm.original[s:e], place_id=place_id, prep=prep))

    def run(self) -> None:
        i = 0
        while i < len(self.hits):
            i = self.read(i)

    def read(self, i: int) -> int:
        hit = self.hits[i]
        kinds = hit.kinds
        if MODIFIER in kinds and TITLE not in kinds:
            return self.skip_modified(i)
        if ACTOR in kinds and self.gaz.actors[kinds[ACTOR]].kind != "country":
            if not (self.is_person(hit) and self.other_first_name(hit)):
                self.emit(hit.start, hit.end, kinds[ACTOR], "alias", self.prep(hit), (hit.start, hit.end))
            return i + 1
        if TITLE in kinds or COUNTERPART in kinds or BARE_TITLE in kinds:
            return self.read_title(i, modified=False)
        if FORCE in kinds and i + 1 < len(self.hits) and NISBA in self.hits[i + 1].kinds \
                and len(self.text[hit.end:self.hits[i + 1].start].split()) <= 1 and "\n" not in self.text[hit.end:self.hits[i + 1].start]:
            nxt = self.hits[i + 1]  # "المدفعية العراقية", "القوات الحكومية اليمنية": the country's forces
            self.emit(hit.start, nxt.end, nxt.kinds[NISBA], "alias", self.prep(hit), (hit.start, nxt.end))
            return i + 2
        if HOME_FORCE in kinds and ACTOR not in kinds and not (i + 1 < len(self.hits) and NISBA in self.hits[i + 1].kinds
                                                               and self.adjacent(hit.end, i + 1)):
            home = self.home_country(hit.start)  # "القوات الأمنية" in a story from Baghdad: Iraq's
            if home:
                self.emit(hit.start, hit.end, home, "home", self.prep(hit), (hit.start, hit.end))
            return i + 1
        if PAIR_REF in kinds and ACTOR not in kinds:
            for actor_id in self.last_pair():
                self.emit(hit.start, hit.end, actor_id, "coreference", self.prep(hit))
            return i + 1
        if PLURAL_TITLE in kinds and ACTOR not in kinds:
            return self.read_plural_title(i)
        if COALITION_REF in kinds and ACTOR not in kinds:
            coalition = self.coalition()
            if coalition:
                self.emit(hit.start, hit.end, coalition, "coreference", self.prep(hit), (hit.start, hit.end))
            return i + 1
        if GROUP_REF in kinds and ACTOR not in kinds:
            group = self.last_of_kind("armed_group")
            if group:
                self.emit(hit.start, hit.end, group, "coreference", self.prep(hit))
            return i + 1
        if CAPITAL_WORD in kinds and self.adjacent(hit.end, i + 1) and NISBA in self.hits[i + 1].kinds:
            nxt = self.hits[i + 1]
            place_id = self.gaz.capitals.get(nxt.kinds[NISBA])
            if place_id:
                self.emit_place(hit.start, nxt.end, place_id, self.prep(hit))
            return i + 2
        if PLACE in kinds or ACTOR in kinds:
            self.read_place(hit)
        elif NISBA in kinds:
            self.emit(hit.start, hit.end, kinds[NISBA], "nisba", None)
        return i + 1

    def skip_modified(self, i: int) -> int:
        """"مساعد وزير الخارجية": the title names another post; only a following name counts."""
        j = i + 1
        if j < len(self.hits) and TITLE in self.hits[j].kinds and not self.text[self.hits[i].end:self.hits[j].start].strip():
            return self.read_title(j, modified=True)
        return j

    def read_place(self, hit: _Hit) -> None:
        prep = self.prep(hit, skip_place_nouns=True)
        is_location = prep in self.gaz.words["location_prepositions"] or prep == "ب"
        place_id = hit.kinds.get(PLACE)
        if place_id and (is_location or ACTOR not in hit.kinds):
            self.emit_place(hit.start, hit.end, place_id, prep)
            place = self.gaz.places[place_id]
            capital_of = place.country if self.gaz.capitals.get(place.country or "") == place_id else None
            if capital_of and not is_location:
                self.emit(hit.start, hit.end, capital_of, "capital", prep, (hit.start, hit.end))
            return
        if ACTOR in hit.kinds:
            self.emit(hit.start, hit.end, hit.kinds[ACTOR], "alias", prep, (hit.start, hit.end))

    def read_title(self, i: int, modified: bool) -> int:
        """A title, its country, honorifics and the name that may follow."""
        hit = self.hits[i]
        anchor = _anchor_at(self.segments, self.norm.index[hit.start] if hit.start < len(self.norm.index) else 0)
        office = hit.kinds.get(TITLE) or hit.kinds.get(BARE_TITLE)
        end, j, country = hit.end, i + 1, self.gaz.title_countries.get(self.text[hit.start:hit.end])
        qualified = country is not None
        if self.adjacent(end, j) and (NISBA in self.hits[j].kinds or PLACE in self.hits[j].kinds):
            qualifier = self.hits[j].kinds
            country = qualifier.get(NISBA) or self.gaz.places[qualifier[PLACE]].country
            end, j, qualified = self.hits[j].end, j + 1, True
        elif (shape := _NEXT_WORD.match(self.text, end)) and _NISBA_SHAPE.match(shape.group(1)) and (
                j >= len(self.hits) or self.hits[j].start > shape.start(1)):
            end, qualified = shape.end(1), True
        held = bool(country and office and self.gaz.holder(office, country, anchor))
        if qualified and not held and j < len(self.hits) and PLACE in self.hits[j].kinds and self.posted_at(end, j):
            end, j = self.hits[j].end, j + 1  # "السفير الروسي في دمشق": where the post is held
        while self.adjacent(end, j) and HONORIFIC in self.hits[j].kinds:
            end, j = self.hits[j].end, j + 1
        nxt = self.hits[j] if self.adjacent(end, j) else None
        if nxt is not None and self.is_person(nxt):
            self.emit(hit.start, nxt.end, nxt.kinds[ACTOR], "alias", self.prep(hit), (nxt.start, nxt.end))
            return self.read_second_counterpart(j + 1, hit)
        surname = self.surname_after(end, j, office, country, anchor)
        if surname is not None:
            actor_id, word_end = surname
            self.emit(hit.start, word_end, actor_id, "alias", self.prep(hit), (end + 1, word_end))
            return j
        name = self.read_name(end, j) if qualified else None
        if name is not None and self.adjacent(name[1], j) and self.is_person(self.hits[j]):
            person = self.hits[j]
            if self.fits(person.kinds[ACTOR], name):  # "عادل بن أحمد الجبير": first names, then a known surname
                self.emit(hit.start, person.end, person.kinds[ACTOR], "alias", self.prep(hit), (name[0], person.end))
                return j + 1
            name, j = (name[0], person.end), j + 1  # "خوان كارلوس بيريز" is not شمعون بيريز
        if name is not None and office and TITLE in hit.kinds and not held:
            self.introduce(hit, name, office, country)  # a known holder is not followed by a stranger's name
            return j
        if modified or nxt is not None and ACTOR in nxt.kinds:
            return j
        actor_id = self.title_holder(hit, office, country, anchor)
        if actor_id:
            how = "counterpart" if COUNTERPART in hit.kinds else ("title" if country else "coreference")
            self.emit(hit.start, end, actor_id, how, self.prep(hit))
        return j

    def posted_at(self, end: int, j: int) -> bool:
        """Hit j is a place right after `end` behind a post preposition ("في دمشق", "بتونس")."""
        place = self.hits[j]
        gap = self.text[end:place.start - len(place.clitic)]
        if place.clitic:
            return not gap.strip() and place.clitic[-1] in self.gaz.words["post_prepositions"]
        return "\n" not in gap and gap.split() in [[w] for w in self.gaz.words["post_prepositions"]]

    def read_plural_title(self, i: int) -> int:
        """"الرؤساء الروسي والتركي والإيراني", "وزراء خارجية روسيا وتركيا": each country's holder."""
        hit = self.hits[i]
        anchor = _anchor_at(self.segments, self.norm.index[hit.start] if hit.start < len(self.norm.index) else 0)
        end, j = hit.end, i + 1
        while j < len(self.hits) and (country := self.country_of(self.hits[j])) and self.listed(end, j):
            holder = self.gaz.holder(hit.kinds[PLURAL_TITLE], country, anchor)
            if holder:
                self.emit(self.hits[j].start, self.hits[j].end, holder, "title", self.prep(hit))
            end, j = self.hits[j].end, j + 1
        return j

    def country_of(self, hit: _Hit) -> str | None:
        if NISBA in hit.kinds:
            return hit.kinds[NISBA]
        actor = self.gaz.actors.get(hit.kinds.get(ACTOR, ""))
        return actor.actor_id if actor and actor.kind == "country" else None

    def listed(self, end: int, j: int) -> bool:
        """Hit j continues a list after `end`: only spaces, a comma or و between."""
        gap = self.text[end:self.hits[j].start - len(self.hits[j].clitic)]
        return "\n" not in gap and gap.strip(" ،,") in ("", "و") and (not self.hits[j].clitic or self.hits[j].clitic == "و")

    def read_second_counterpart(self, j: int, title: _Hit) -> int:
        """"نظيريه التركي فكري إيشيك والإيراني حسين دهقان": a second nationality and name."""
        if j + 1 < len(self.hits) and self.hits[j].clitic == "و" and NISBA in self.hits[j].kinds \
                and self.adjacent(self.hits[j].end, j + 1) and self.is_person(self.hits[j + 1]):
            person = self.hits[j + 1]
            self.emit(self.hits[j].start, person.end, person.kinds[ACTOR], "alias", self.prep(title),
                      (person.start, person.end))
            return j + 2
        return j

    def surname_after(self, end: int, j: int, office: str | None, country: str | None,
                      anchor: date | None) -> tuple[str, int] | None:
        """"الرئيس عون": a title, then the surname of a known person who fits it."""
        m = _NEXT_WORD.match(self.text, end)
        if not m or (j < len(self.hits) and self.hits[j].start <= m.start(1)):
            return None
        people = self.gaz.surnames.get(m.group(1), frozenset())
        if country:
            people = frozenset(p for p in people if self.gaz.actors[p].country == country)
        if len(people) > 1 and office:
            people = frozenset(p for p in people if any(o == office or o.endswith(office) for o in self.gaz.offices_of(p, anchor)))
        return (next(iter(people)), m.end(1)) if len(people) == 1 else None

    def fits(self, actor_id: str, name: tuple[int, int]) -> bool:
        """First names written before a known person's surname are among that person's names."""
        given = set(self.text[name[0]:name[1]].split()) - self.gaz.words["surname_stopwords"]
        return given <= self.gaz.words_of.get(actor_id, frozenset())

    def other_first_name(self, hit: _Hit) -> bool:
        """"تركي المالكي" is not نوري المالكي: a one-word alias right after a first name that is
        not among the known person's names belongs to someone else."""
        if " " in self.text[hit.start:hit.end] or hit.clitic:
            return False
        before = _LAST_WORD.search(self.text[:hit.start])
        if before is None or self.text[before.end():hit.start].strip():
            return False
        word = before.group(1)
        return word in self.gaz.name_words and word not in self.gaz.words_of.get(hit.kinds[ACTOR], frozenset())

    def is_person(self, hit: _Hit) -> bool:
        return ACTOR in hit.kinds and self.gaz.actors[hit.kinds[ACTOR]].kind == "person"

    def title_holder(self, hit: _Hit, office: str | None, country: str | None, anchor: date | None) -> str | None:
        if COUNTERPART in hit.kinds:
            subject = self.last_person()
            offices = self.offices_of(subject, anchor) if subject else set()
            return next((h for o in sorted(offices) if (h := self.gaz.holder(o, country, anchor))), None)
        if office is None:
            return None
        if country is not None:
            return self.gaz.holder(office, country, anchor) or self.last_person(office, country, anchor)
        home = self.home_country(hit.start)
        at_home = self.gaz.holder(office, home, anchor) if home else None
        if BARE_TITLE in hit.kinds:
            return self.last_person(office, None, anchor) or at_home or self.gaz.holder(office, None, anchor)
        return at_home or self.gaz.holder(office, None, anchor) or self.last_person(office, None, anchor)

    def home_country(self, offset: int) -> str | None:
        """The country of the story's dateline place ("تونس 4 جانفي 2018 (وات)"): a title with no
        country there means that country's office ("رئيس الجمهورية")."""
        at = self.norm.index[min(offset, len(self.norm.index) - 1)]
        for seg in self.segments:
            if seg.dateline and seg.start <= at < seg.end:
                date_at = self.norm.original.find(seg.dateline, seg.start)
                line_start = self.norm.original.rfind("\n", 0, date_at) + 1
                for hit in self.hits:
                    where = self.norm.index[hit.start]
                    if line_start <= where < date_at and PLACE in hit.kinds:
                        return self.gaz.places[hit.kinds[PLACE]].country
        return None

    def offices_of(self, actor_id: str, anchor: date | None) -> set[str]:
        if actor_id in self.introduced:
            return {self.introduced[actor_id][1] or ""}
        return self.gaz.offices_of(actor_id, anchor)

    def last_person(self, office: str | None = None, country: str | None = None, anchor: date | None = None) -> str | None:
        """The latest person mentioned who fits a bare title ("الوزير" -> any minister)."""
        for mention in reversed(self.mentions):
            actor = self.actor(mention.actor_id)
            if actor is None or actor.kind != "person" or (country and actor.country != country):
                continue
            if office is None:
                return actor.actor_id
            held = self.offices_of(actor.actor_id, anchor)
            if any(o == office or o.endswith(office) for o in held):
                return actor.actor_id
        return None

    def last_pair(self) -> list[str]:
        """"الجانبان", "الوزيران": the two people (else the two parties) named last."""
        for wanted in ("person", None):
            found: list[str] = []
            for m in reversed(self.mentions):
                actor = self.actor(m.actor_id)
                if actor is None or m.actor_id in found or (wanted and actor.kind != wanted):
                    continue
                found.append(m.actor_id)
                if len(found) == 2:
                    return found
        return []

    def coalition(self) -> str | None:
        """"التحالف": the coalition named last, else the one whose war the article names most."""
        named = next((m.actor_id for m in reversed(self.mentions) if m.actor_id in self.gaz.theatres), None)
        if named:
            return named
        seen = [h.kinds.get(ACTOR) or h.kinds.get(NISBA) or h.kinds.get(PLACE) for h in self.hits]
        counts = {c: sum(1 for x in seen if x in actors) for c, actors in self.gaz.theatres.items()}
        best = max(counts, key=lambda c: counts[c], default=None)
        return best if best and counts[best] else None

    def last_of_kind(self, kind: str) -> str | None:
        return next((m.actor_id for m in reversed(self.mentions)
                     if (a := self.actor(m.actor_id)) is not None and a.kind == kind), None)

    def actor(self, actor_id: str) -> Actor | None:
        return self.introduced[actor_id][0] if actor_id in self.introduced else self.gaz.actors.get(actor_id)

    def read_name(self, end: int, j: int) -> tuple[int, int] | None:
        """1-3 plain words after a title that end where a name ends (punctuation, a stop word,
        a known name or title); running text ("يتسلم رسالة خطية") is not taken for a name."""
        next_hit = self.hits[j].start if j < len(self.hits) else len(self.text)
        pos, first, last = end, None, None
        for _ in range(self.gaz.name_max_words):
            m = _NEXT_WORD.match(self.text, pos)
            if not m or m.start(1) >= next_hit or self._ends_name(m.group(1), first is None):
                break
            first = m.start(1) if first is None else first
            last, pos = m.end(1), m.end(1)
        if first is None or last is None:
            return None
        if self.text[first:last].startswith("ال") and " " not in self.text[first:last]:
            return None  # a lone "ال" word after a title is an adjective ("الجديد"), not a name
        after = _NEXT_WORD.match(self.text, last)
        closed = after is None or after.start(1) >= next_hit or self._ends_name(after.group(1), False)
        return (first, last) if closed else None

    def _ends_name(self, word: str, first: bool) -> bool:
        if word in self.gaz.words["name_stopwords"] or word.isdigit():
            return True
        if word in self.gaz.name_words:
            return False
        if word.endswith("ه") and len(word) > 3:
            return True  # a ة ending marks a common noun ("مذكرة"), rarely a name
        return first and (word.startswith("و") or bool(_IMPERFECT.match(word)))

    def introduce(self, hit: _Hit, name: tuple[int, int], office: str, country: str | None) -> None:
        """A person the gazetteer lacks, named after a title: a stable id from the folded name."""
        folded = self.text[name[0]:name[1]]
        known = process.extractOne(folded, self.gaz.person_names.keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if known:
            self.emit(hit.start, name[1], self.gaz.person_names[known[0]], "alias", self.prep(hit), name)
            return
        actor_id = "x:" + folded.replace(" ", "_")
        s, e = self.norm.span(*name)
        actor = Actor(actor_id=actor_id, name_ar=self.norm.original[s:e], kind="person", country=country,
                      aliases=(self.norm.original[s:e],))
        self.introduced.setdefault(actor_id, (actor, office))
        self.emit(hit.start, name[1], actor_id, "introduced", self.prep(hit), name)

    def read_surnames(self) -> None:
        """Later mentions by surname alone ("الجبوري", "عون") of people this article named in full."""
        taken = [(m.start, m.end) for m in self.mentions]
        named = {m.actor_id: m.name for m in self.mentions if m.name and " " in m.name and self.actor(m.actor_id)
                 and self.actor(m.actor_id).kind == "person"}
        surnames = {actor_id: fold_phrase(name).split() for actor_id, name in named.items()}
        surnames.update({actor_id: actor_id[2:].split("_") for actor_id in self.introduced})
        for actor_id, words in surnames.items():
            if len(words) < 2 or len(words[-1]) < 3 or words[-1] in self.gaz.words["surname_stopwords"]:
                continue
            for m in regex.finditer(rf"(?<!\w)(?:[وف]?[بل]?)({regex.escape(words[-1])})(?!\w)", self.text):
                s, e = self.norm.span(m.start(1), m.end(1))
                if not any(a <= s < b for a, b in taken):
                    self.mentions.append(ActorMention(start=s, end=e, text=self.norm.original[s:e],
                                                      actor_id=actor_id, how="surname", prep=None,
                                                      name=self.norm.original[s:e]))


def find_actors(text: str, segments: list[Segment], gazetteer: Gazetteer | None = None) -> ActorReading:
    """Actors and places named in `text`; title-only mentions resolve on each story's anchor day."""
    gaz = gazetteer or default_gazetteer()
    norm = Normalized(text)
    reader = _Reader(norm, segments, gaz, _hits(norm.text, gaz))
    reader.run()
    reader.read_surnames()
    return ActorReading(
        mentions=tuple(sorted(reader.mentions, key=lambda m: m.start)),
        places=tuple(reader.places),
        introduced=tuple(actor for actor, _ in reader.introduced.values()),
    )
