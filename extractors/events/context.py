"""What one article offers to every trigger (text, dates, actors, places, gazetteer), and the
word windows the cues are looked for in."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING

import regex

from schemas.actors import Actor, ActorMention, ActorReading, PlaceMention
from schemas.articles import Segment
from schemas.dates import DateMention

from extractors.events.lexicon import EventLexicon
from extractors.gazetteer import Gazetteer, is_body_actor, is_place_actor
from extractors.sentences import Sentence, split_sentences
from extractors.text import fold

if TYPE_CHECKING:
    from extractors.events.clauses import Window
    from extractors.events.triggers import Hit

CLAUSE_PUNCT = regex.compile(r"[،,;:؛\"“”«»]")
TO = ("الي", "الى")  # إلى, folded
# "1957 - مجموعة مسلحة … تهاجم": an item of a list of past years, which tells its own subject.
HISTORY_ITEM = regex.compile(r"\s*\d{3,4}\s*[-–—]\s")
QUOTED = regex.compile(r"[\"“«][^\"“”«»]{3,}?[\"”»]")
SUBJECT_KINDS = {"person", "organisation", "armed_group", "government_body"}
_WORD_REACH = 256  # characters read at first around a trigger for the words beside it
# One word, not one behind ل ("كمينا لدورية أردنية"); `re`: its \s is what str.split splits on.
_CRAFT_WORDS = 6  # words at most of a craft between an attack noun and its nationality
_AT_MOST_ONE_WORD = re.compile(r"\s*(?!ل(?!ل))\S*\s*")
CLITIC_LETTERS = "وفبلك"  # a glued preposition left alone before a name ("مواقع ل|حزب")
_ORIGIN_REACH = 4  # «من داخل الأراضي اليمنية»: «من» and up to three words of a land before the country
_FROM = "من"
_KILLED_AFTER_WORDS = 6  # words after a side's name within which the verb of its men being killed stands
_KILLED_AFTER_CHARS = 80
_VICTIM_REACH = 4  # words before a name where a victim marker makes it the one killed ("مقتل عشرة مسلحين من")


def words_before(text: str, start: int, floor: int, n: int) -> str:
    """The last n words of text[floor:start], folded; read from a stretch before `start`
    that grows only while it may cut one of them (a word's diacritics fold away, its
    spaces stay)."""
    reach = _WORD_REACH
    while True:
        low = max(floor, start - reach)
        words = fold(text[low:start]).split()
        if low == floor or len(words) > n:
            return " ".join(words[-n:])
        reach *= 2


def words_after(text: str, end: int, ceiling: int, n: int) -> str:
    """The first n words of text[end:ceiling], folded; read like `words_before`."""
    reach = _WORD_REACH
    while True:
        high = min(ceiling, end + reach)
        words = fold(text[end:high]).split()
        if high == ceiling or len(words) > n:
            return " ".join(words[:n])
        reach *= 2


@dataclass
class Context:
    """What one article offers to every trigger: text, dates, actors, places, gazetteer.

    Mentions, places and dates are kept sorted by start, so that what lies in a stretch of
    the text is found by bisection, not by a walk over the whole article."""

    doc_id: str
    text: str
    dates: list[DateMention]
    reading: ActorReading
    gaz: Gazetteer
    lex: EventLexicon
    datelines: set[tuple[int, int]]
    _mentions: list[ActorMention] = field(init=False, repr=False)
    _named: list[ActorMention] = field(init=False, repr=False)
    _strangers: dict[str, Actor] = field(init=False, repr=False)
    _nisbas: list[ActorMention] = field(init=False, repr=False)
    _places: list[PlaceMention] = field(init=False, repr=False)
    _dated: list[DateMention] = field(init=False, repr=False)
    _stories: dict[int, StoryPeople] = field(init=False, repr=False, default_factory=dict)
    _folded: dict[tuple[int, int], str] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        mentions = sorted(self.reading.mentions, key=_start)
        self._mentions = mentions
        self._named = [a for a in mentions if a.how != "nisba"]
        self._nisbas = [a for a in mentions if a.how == "nisba"]
        self._places = sorted(self.reading.places, key=_start)
        self._dated = sorted(self.dates, key=_start)
        self._strangers = {}
        for actor in self.reading.introduced:
            self._strangers.setdefault(actor.actor_id, actor)

    def actors_in(self, start: int, end: int) -> list[ActorMention]:
        return _starting_in(self._named, start, end)

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        """Every actor mention starting in [start, end), nationality adjectives too."""
        return _starting_in(self._mentions, start, end)

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        return _starting_in(self._places, start, end)

    def stranger(self, actor_id: str | None) -> Actor | None:
        """A person the article introduced (the gazetteer lacks them)."""
        return self._strangers.get(actor_id or "")

    def actors_within(self, window: Window) -> list[ActorMention]:
        return [a for a in self.actors_in(window.start, window.end) if window.takes_part(a.start)]

    def places_within(self, window: Window) -> list[PlaceMention]:
        return [p for p in self.places_in(window.start, window.end) if window.takes_part(p.start)]

    def cue_ends_at(self, key: str, start: int, floor: int, n: int) -> bool:
        """Whether the last one to n words before `start` (none before `floor`) are, as a whole, a
        phrase of the cue list `key` ("ردا على هجوم", "يقفون وراء هجمات", "سبق له أن زار")."""
        words = words_before(self.text, start, floor, n).split()
        return any(self.lex.cues[key].fullmatch(" ".join(words[-k:])) for k in range(1, len(words) + 1))

    def told_during(self, start: int, floor: int) -> bool:
        """"خلال زيارته", "على هامش زيارة": a word of `during` in the two words before `start`."""
        return bool(self.lex.cues["during"].search(words_before(self.text, start, floor, 2)))

    def told_as_setting(self, hit: Hit, floor: int) -> bool:
        """An event noun told during ("خلال زيارته"), or a noun of arrival right after a word of
        `arrival_leads` ("أجرى كارتر بعيد وصوله إلى أربيل لقاء"): the setting of what its clause tells."""
        return self.told_during(hit.start, floor) or (fold(hit.text) in self.lex.arrival_nouns and bool(
            self.lex.cues["arrival_leads"].fullmatch(words_before(self.text, hit.start, floor, 1))))

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return [d for d in _starting_in(self._dated, start, end) if (d.start, d.end) not in self.datelines]

    def folded(self, start: int, end: int) -> str:
        """text[start:end] folded, once per stretch however many triggers ask (a sentence's)."""
        if (start, end) not in self._folded:
            self._folded[(start, end)] = fold(self.text[start:end])
        return self._folded[(start, end)]

    def story_people(self, story: Segment) -> StoryPeople:
        """The sentences of a story and the people they name, worked out once per story."""
        if story.start not in self._stories:
            self._stories[story.start] = StoryPeople.of(self, story.start, story.end)
        return self._stories[story.start]

    def people_in(self, start: int, end: int) -> list[ActorMention]:
        return [a for a in self.actors_in(start, end) if self.kind(a.actor_id) == "person"]

    def kind(self, actor_id: str) -> str:
        """The gazetteer's kind; an introduced stranger is a person, a body an organisation, a town or
        a building the article names a place."""
        actor = self.gaz.actors.get(actor_id)
        if actor is None and is_body_actor(actor_id):
            return "organisation"
        return actor.kind if actor else ("place" if is_place_actor(actor_id) else "person")

    def struck(self, mention: ActorMention) -> bool:
        """Struck, or joined by «و» to one struck ("مقرات داعش والنصرة")."""
        at = bisect_left(self._named, mention.start, key=_start)
        joined = self._named[at - 1] if at and fold(self.text[self._named[at - 1].end:mention.start]).strip() == "و" else None
        return self._struck_alone(mention) or (joined is not None and self._struck_alone(joined))

    def _struck_alone(self, mention: ActorMention) -> bool:
        """"مقتل خمسة مسلحين", "استهدفت مواقع لحزب العمال": an actor named as the one killed,
        or behind a place or thing an attack hits, is what it strikes, never its author ("هاجمت
        عناصر الحزب": men may be either)."""
        words = [w for w in words_before(self.text, mention.start, 0, _VICTIM_REACH).split() if w.strip(CLITIC_LETTERS)]
        written = [w for w in self.text[max(0, mention.start - _WORD_REACH):mention.start].split() if w.strip(CLITIC_LETTERS)]
        noun = bool(written) and not written[-1].endswith("ه")  # "قاده المتمردون" is "led it", not «قادة»
        return bool(words) and (noun and words[-1] in self.lex.struck_nouns or self._killed(words)) \
            or self._killed_after(mention)

    def _killed_after(self, mention: ActorMention) -> bool:
        """"ثلاثة عناصر من حركة الشباب، بينهم قائد، قتلوا فجرا في قصف": men of a side behind
        «من» before a verb of being killed that a time or a preposition follows are its victims."""
        if mention.prep != "من":
            return False
        after = words_after(self.text, mention.end, mention.end + _KILLED_AFTER_CHARS, _KILLED_AFTER_WORDS + 1).split()
        for k, word in enumerate(after[:_KILLED_AFTER_WORDS]):
            if word.strip("،,") in self.lex.killed_verbs_after:
                return k + 1 < len(after) and after[k + 1] in self.lex.killed_followers
            if word.endswith((".", ":", "؛")):
                return False
        return False

    def _killed(self, words: list[str]) -> bool:
        """"مقتل عشرة مسلحين من": a victim marker with only a count, nouns and «من» before the
        name; "مقتل جنديين برصاص مسلحين" names the killers behind a preposition."""
        marked = [k for k, w in enumerate(words) if w.lstrip("وفل") in self.lex.victim_markers or self._counted_victims(words, k)]
        return bool(marked) and not any(w[0] in "بل" or w in self.gaz.words["location_prepositions"] - {"من"}
                                        or w in self.gaz.words["role_prepositions"] - {"من"}
                                        for w in words[marked[-1] + 1:])

    def _counted_victims(self, words: list[str], k: int) -> bool:
        """"قتل خمسة عناصر من": a verb of killing with a count right after it tells victims."""
        after = words[k + 1] if k + 1 < len(words) else ""
        return words[k].lstrip("و") in self.lex.counted_victim_verbs and (
            after in self.lex.victim_counts or any(c.isdigit() for c in after))

    def ally(self, mention: ActorMention) -> bool:
        """"دعما لقوات البشمركة", "بدعم من طيران التحالف": an actor named as the one an attack
        supports, or who supports it, is on the author's side, not its target."""
        return bool(self.lex.cues["ally_markers"].search(words_before(self.text, mention.start, 0, 3)))

    def nisba_after(self, hit: Hit) -> ActorMention | None:
        """"الهجوم التركي", "الضربة الصاروخية الأمريكية": a nationality adjective just after an
        event noun (past at most one other adjective) names its author; so does a nation's
        weapon or force right behind it ("هجوم بمسيرات أوكرانية"), and a nationality past the craft
        it came from ("غارة لطائرة بدون طيار أمريكية")."""
        at = bisect_left(self._nisbas, hit.end, key=_start)
        if at < len(self._nisbas) and (_AT_MOST_ONE_WORD.fullmatch(self.text, hit.end, self._nisbas[at].start)
                                       or self._past_craft(hit.end, self._nisbas[at].start)):
            return self._nisbas[at]
        return self._weapon_after(hit)  # a later adjective lies further off still

    def _past_craft(self, start: int, end: int) -> bool:
        """Only words of a craft («لطائرة بدون طيار», «بطائرات حربية») or of a guess («يرجح أنها»)
        between two offsets."""
        words = fold(self.text[start:end]).split()
        crafted = bool(words) and words[0][:1] in "لب" and words[0][1:] in self.lex.craft_words
        known = self.lex.craft_words | self.lex.craft_hedges
        return 0 < len(words) <= _CRAFT_WORDS and (crafted or words[0] in self.lex.craft_hedges) and all(
            w in known for w in words[1:])

    def lone_armed_group(self, start: int, end: int) -> str | None:
        """The one armed group a story names (none when it names two or more, or only generic
        gunmen): whom a reader takes for the author of an attack the story tells with none named."""
        groups = {a.actor_id for a in self.actors_in(start, end)
                  if self.kind(a.actor_id) == "armed_group" and a.actor_id not in self.lex.generic_attackers}
        return groups.pop() if len(groups) == 1 else None

    def fire_origin(self, hit: Hit, window: Window) -> str | None:
        """"سقوط مقذوفات من اليمن", "قذائف أطلقت من داخل الأراضي اليمنية": the first country after
        the trigger behind «من» (past words of its land, `origin_nouns`), named or as a place:
        where the fire came from."""
        named = [(m.start, m.actor_id) for m in self.mentions_in(hit.end, window.end)]
        places = [(p.start, p.place_id) for p in self.places_in(hit.end, window.end)]
        for start, actor_id in sorted(named + places):
            if self.kind(actor_id) != "country" or not window.takes_part(start):
                continue
            words = words_before(self.text, start, hit.end, _ORIGIN_REACH).split()
            while words and words[-1] in self.lex.origin_nouns:
                words.pop()
            if words and words[-1] == _FROM:
                return actor_id
        return None

    def _weapon_after(self, hit: Hit) -> ActorMention | None:
        at = bisect_left(self._named, hit.end, key=_start)
        if at == len(self._named) or self.text[hit.end:self._named[at].start].strip() != "ب":
            return None
        weapon = self._named[at]
        return weapon if fold(self.text[weapon.start:weapon.end]).split()[0] in self.gaz.words["force_nouns"] else None


@dataclass(frozen=True)
class StoryPeople:
    """The sentences of the text from a story's start on, with the people each names: what
    `focus` weighs, kept so that each call reads only the sentences near it."""

    sentences: list[Sentence]
    starts: list[int]
    told: list[int]  # told[k]: how many of the first k sentences are not headings
    named: list[int]  # the sentences (not headings) that name people
    people: dict[int, list[ActorMention]]

    @classmethod
    def of(cls, ctx: Context, start: int, end: int) -> StoryPeople:
        sentences = split_sentences(ctx.text, start, end)
        told = list(accumulate((not s.heading for s in sentences), initial=0))
        people = {k: found for k, s in enumerate(sentences) if not s.heading and (found := ctx.people_in(s.start, s.end))}
        return cls(sentences, [s.start for s in sentences], told, sorted(people), people)


def _start(item: ActorMention | PlaceMention | DateMention) -> int:
    return item.start


def _starting_in(items: list, start: int, end: int) -> list:
    """The items (sorted by start) that start in [start, end)."""
    return items[bisect_left(items, start, key=_start):bisect_left(items, end, key=_start)] if start < end else []
