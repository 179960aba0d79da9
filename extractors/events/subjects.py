"""Who does an event: the actor its clause names by word order, else one the context supplies
(the previous trigger's subject, a relative clause's antecedent, the story's protagonist)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

import regex

from schemas.actors import ActorMention
from schemas.articles import Segment

from extractors.events.clauses import Window
from extractors.events.context import CLITIC_LETTERS, HISTORY_ITEM, SUBJECT_KINDS, TO, Context, words_after, words_before
from extractors.events.triggers import Hit
from extractors.gazetteer import find_keys
from extractors.sentences import Sentence, split_sentences
from extractors.text import fold

_GENITIVE_GAP = 30
_FORMER_REACH = 4  # words after a verb within which a title's «السابق» / «الأسبق» makes its subject a former holder
_FOCUS_DECAY = 0.6
_ANTECEDENT_REACH = 60
_NISBA_GAP = 25  # characters between a group's name and a nationality that qualifies it
_AUTHOR_VERB_REACH = 3  # words after an attack noun where its author's verb may stand ("هجوم واسع شنته")
_AUTHOR_REACH = 40  # characters after a generic attacker where its group may be named
_ATTACKER_AFTER_VERB = 3  # words at most between an attack verb and its author after it ("قصفت أمس الطائرات")
_FOCUS_REACH = 100  # sentences: _FOCUS_DECAY ** 100 is far below a float's precision


def who(ctx: Context, hit: Hit, window: Window, frame: str, previous: str | None,
        sentence: Sentence, segment: Segment) -> tuple[str | None, bool]:
    """The subject's actor id, and whether it was inherited from the context.

    Without a subject in its clause, a trigger takes the previous trigger's subject in the
    sentence, else the clause's own actor before it, else the person the story is about.
    Attacks and headlines never borrow the story's protagonist.
    """
    if hit.trigger.type == "offensive" and hit.trigger.pos == "noun" and (nisba := ctx.nisba_after(hit)):
        return nisba.actor_id, False
    if hit.trigger.frame == "intercept":
        return _interceptor(ctx, hit, window, sentence), False
    if hit.trigger.frame == "attack" and hit.trigger.pos == "verb" and (nisba := _attack_nisba_after(ctx, hit)):
        return nisba.actor_id, False  # "استهدفت غارة إسرائيلية سيارة": the attack noun is the subject
    lead = words_before(ctx.text, hit.start, window.start, 3)
    if previous and hit.trigger.pos == "verb" and ctx.lex.cues["continuations"].search(lead):
        return previous, True  # "… حيث اجتمع بالرئيس القبرصي": the same subject goes on
    subject = _subject(ctx, hit, window, frame)
    if subject is not None:
        return subject.actor_id, False
    if _stranger_after(ctx, hit, window) or _stranger_before(ctx, hit, window) or _between_after(ctx, hit, window) \
            or _stranger_framed(ctx, hit, window):
        return None, False  # "زيارة الوزير السابق جبارة الصريصري": someone the gazetteer lacks
    if ctx.lex.cues["pronoun_complements"].search(lead):
        main = [a for a in ctx.actors_in(sentence.start, window.start) if a.prep is None
                and ctx.kind(a.actor_id) in SUBJECT_KINDS | {"country"}]
        if main:
            return main[0].actor_id, False  # "أعلن الحرس الثوري أنه استهدف": the one who announced
    armed = hit.trigger.type == "offensive" and hit.trigger.pos == "verb" and not hit.suffixed  # "التي قصفها": its object
    antecedent = _antecedent(ctx, window, armed)
    if antecedent is not None:
        return antecedent, False
    if window.aside is not None and hit.trigger.pos == "verb" and hit.trigger.type != "offensive":
        return None, False  # "جيروم فالك الذي وصل": a relative clause about someone the gazetteer lacks
    kinds = SUBJECT_KINDS | ({"country"} if hit.trigger.type == "offensive" else set())
    eligible = [a for a in ctx.actors_within(window) if a.end <= hit.start and a.prep is None
                and ctx.kind(a.actor_id) in kinds]
    if hit.trigger.type == "offensive":  # "بدأت القوات الحكومية اليمنية … هجوما": the clause's subject
        if told_as_background(ctx, hit, window):  # not the clause's subject, nor the one who tells of it,
            return (_announcer(ctx, window, sentence) if _authored_unnamed(ctx, hit, window) else None), False
        eligible = [a for a in eligible if not ctx.struck(a)]
        return (eligible[-1].actor_id if eligible else _announcer(ctx, window, sentence)), False
    eligible = [a for a in eligible if a.actor_id not in ctx.lex.generic]  # gunmen and settlers hold no talks
    if previous:
        return previous, True
    if eligible:
        return eligible[-1].actor_id, False
    if sentence.heading or HISTORY_ITEM.match(sentence.text):
        return None, False
    return (_speaker_before(ctx, sentence, segment) or focus(ctx, hit.start, segment)), True


def _interceptor(ctx: Context, hit: Hit, window: Window, sentence: Sentence) -> str | None:
    """"أعلنت الوزارة الروسية أن قواتها أسقطت مسيرات أوكرانية": who shot down stands before the
    verb or announced it; what is named after it (the weapon's side) launched the attack."""
    named = [a for a in ctx.actors_within(window) if a.prep is None and ctx.kind(a.actor_id) in SUBJECT_KINDS | {"country"}]
    before = [a for a in named if a.end <= hit.start]
    if before:
        return before[-1].actor_id
    after = next((a for a in named if a.start >= hit.end), None)  # "اعترضت الدفاعات السعودية صاروخا": verb first
    weapons = hit.trigger.requires or frozenset()  # folded already
    if after is not None and weapons.isdisjoint(fold(ctx.text[hit.end:after.end]).split()):
        return after.actor_id
    return _announcer(ctx, window, sentence)


def told_as_background(ctx: Context, hit: Hit, window: Window) -> bool:
    """"منذ هجوم المتحف", "جراء تفجير انتحاري", "ردا على هجوم": an attack noun behind these is the background of its
    clause, whose subject (and whoever it names before the attack) is not a party to it."""
    return hit.trigger.pos == "noun" and ctx.cue_ends_at("background_prepositions", hit.start, window.start, 2)


def _authored_unnamed(ctx: Context, hit: Hit, window: Window) -> bool:
    """"قالت X إنها سيطرت … بعد هجوم واسع شنته": an attack held by its author's verb with no
    author named after it is the reported clause's, that is the announcer's."""
    after = fold(words_after(ctx.text, hit.end, window.end, _AUTHOR_VERB_REACH)).split()
    return any(w in ctx.lex.author_pronoun_verbs for w in after)


def _subject(ctx: Context, hit: Hit, window: Window, frame: str) -> ActorMention | None:
    """Who does it: the genitive after an event noun, an actor just before a verb, or after it."""
    eligible = SUBJECT_KINDS | ({"country"} if hit.trigger.type == "offensive" else set())
    if frame == "victim":  # "اغتيال النائب العام": the genitive is the one killed
        eligible = eligible | {"person"}
    plain = [a for a in ctx.actors_within(window) if (a.prep is None or _unit_of(ctx, a)) and ctx.kind(a.actor_id) in eligible]
    attack = hit.trigger.type == "offensive"
    plain = [a for a in plain if not ctx.struck(a)] if attack else [a for a in plain if a.actor_id not in ctx.lex.generic]
    before = [a for a in plain if a.end <= hit.start]
    after = [a for a in plain if a.start >= hit.end]
    if attack and hit.trigger.pos == "verb":  # "انفجار استهدف مطعما في العاصمة نيروبي": the object's, not the author
        after = [a for a in after if len(_words(ctx.text[hit.end:a.start])) <= _ATTACKER_AFTER_VERB]
    if frame == "receiver" or (hit.trigger.pos == "noun" and hit.suffixed):
        chosen = before[-1] if before else None
    elif hit.trigger.pos == "noun" and ctx.lex.cues["author_verbs"].search(fold(ctx.text[window.start:hit.start])):
        chosen = before[-1] if before else None  # "نفذت القاذفات ضربات على مواقع داعش": not the genitive after
    elif attack and hit.trigger.pos == "noun" and (author := _told_author(ctx, hit, window, after, eligible)):
        chosen = author
    elif frame == "visitor" and hit.trigger.pos == "noun" and (visitor := _visitor_behind_lam(ctx, hit, window)):
        chosen = visitor
    elif hit.trigger.pos == "noun":
        chosen = after[0] if after and after[0].start - hit.end <= _GENITIVE_GAP \
            and not (attack and _crosses_preposition(ctx, hit.end, after[0].start)) else None
    elif before and len(ctx.text[before[-1].end:hit.start].split()) <= 2:
        chosen = before[-1]
    else:
        chosen = after[0] if after else (before[-1] if before else None)
    return _named_author(ctx, chosen) if chosen is not None else None


def _visitor_behind_lam(ctx: Context, hit: Hit, window: Window) -> ActorMention | None:
    """"خلال زيارة للرئيس النيجيري إلى واشنطن": a person behind «لـ» right after a visit noun,
    with a destination behind «إلى» after them, is the one who travels, not the one visited."""
    after = [a for a in ctx.actors_within(window) if a.start >= hit.end]
    if not after or after[0].prep != "ل" or ctx.kind(after[0].actor_id) != "person" \
            or after[0].start - hit.end > _GENITIVE_GAP:
        return None
    bound = [*(a.start for a in after[1:] if a.prep in TO and ctx.kind(a.actor_id) in ("country", "place")),
             *(p.start for p in ctx.places_within(window) if p.prep in TO)]
    return after[0] if any(at >= after[0].end for at in bound) else None


def _attack_nisba_after(ctx: Context, hit: Hit) -> ActorMention | None:
    """The nationality of an attack noun right after an attack verb, as its subject."""
    nisba = ctx.nisba_after(hit)
    if nisba is None:
        return None
    between = ctx.text[hit.end:nisba.start]
    return nisba if any(m.group("t") and ctx.lex.triggers[m.group("t")].type == "offensive"
                        for m in ctx.lex.pattern.finditer(fold(between))) else None


def thing_arrives(ctx: Context, hit: Hit) -> bool:
    """"وصلت الجرافات", "ووصلت الشاحنات إلى الحدود", "وصل جثمان الشهيد": right after a verb of arrival (past a date,
    "وصل اليوم"), a definite noun that names no actor, title, place, force nor carrier (a ship or
    plane of aid carries its sender, `carriers`) is its subject: a thing, not a traveller."""
    if not (hit.trigger.requires and not hit.trigger.requires.isdisjoint(TO)):
        return False  # "يزور الشرق الأوسط": after a verb of visiting stands what it visits
    at = hit.end
    word = _NEXT_WORD.match(ctx.text, at)
    while word is not None and (dated := ctx.dates_in(word.start(1), word.end(1))):
        at = dated[-1].end
        word = _NEXT_WORD.match(ctx.text, at)
    if word is None:
        return False
    folded = fold(word.group(1))
    if folded in ctx.lex.arriving_things:
        return True  # "وصل جثمان الشهيد"
    if not folded.startswith("ال") or len(folded) <= _SHORT_WORD or folded in ctx.gaz.words["force_nouns"] \
            or folded in ctx.gaz.words["delegation_nouns"] or folded in ctx.lex.carriers:
        return False
    start, end = word.span(1)
    return not (ctx.mentions_in(start, end) or ctx.places_in(start, end) or find_keys(folded, ctx.gaz))


_NEXT_WORD = regex.compile(r"\s+(\w+)")
_SHORT_WORD = 3  # "الى": no noun


def _stranger_after(ctx: Context, hit: Hit, window: Window) -> bool:
    """An event noun whose genitive is a person named by office or honorific the gazetteer lacks
    ("زيارة رئيس المدينة"), or a verb whose subject right after it is a former holder of an office
    ("حين زار الرئيس المصري الأسبق إسرائيل"): its subject is that stranger."""
    if hit.suffixed or words_after(ctx.text, hit.end, window.end, 1) not in ctx.lex.person_heads:
        return False
    return hit.trigger.pos == "noun" or any(  # a verb's: a former holder the gazetteer names no one for
        w in ctx.gaz.words["former_words"] for w in words_after(ctx.text, hit.end, window.end, _FORMER_REACH).split())


def _stranger_framed(ctx: Context, hit: Hit, window: Window) -> bool:
    """"وكان بلاتر قد وصل": words between «كان» and a verb are its subject; when the gazetteer knows
    none of them, a stranger does it."""
    if hit.trigger.pos != "verb":
        return False
    words = _words_since_named(ctx, hit, window)
    frames = [k for k, w in enumerate(words) if w.lstrip("وف") in ctx.lex.subject_frames]
    return bool(frames) and any(w != "قد" for w in words[frames[-1] + 1:])


def _between_after(ctx: Context, hit: Hit, window: Window) -> bool:
    """"بعد اتصال هاتفي بين أوباما وأردوغان": an event noun whose parties follow «بين» has no
    other subject, the protagonist least of all."""
    return hit.trigger.pos == "noun" and not hit.suffixed and words_after(ctx.text, hit.end, window.end, 1) == "بين"


def _stranger_before(ctx: Context, hit: Hit, window: Window) -> bool:
    """"وقال المخرج بارك في مؤتمر صحافي": a person named by an office or trade the gazetteer lacks,
    just before an event noun with nobody named between, is its subject."""
    if hit.trigger.pos != "noun" or hit.suffixed:
        return False
    return not ctx.lex.person_heads.isdisjoint(_words_since_named(ctx, hit, window))


def _words_since_named(ctx: Context, hit: Hit, window: Window) -> list[str]:
    """The last `stranger_reach_words` folded words before a trigger since the last actor named."""
    named = ctx.actors_in(window.start, hit.start)
    since = named[-1].end if named else window.start
    return fold(ctx.text[since:hit.start]).split()[-ctx.lex.stranger_reach_words:]


def _told_author(ctx: Context, hit: Hit, window: Window, after: list[ActorMention],
                 eligible: set[str]) -> ActorMention | None:
    """An attack noun's author told after it: behind a verb that carries the attack as a pronoun
    ("القصف الذي استهدف السوق نفذه الحوثيون", "كمين نصبه مسلحون"), or glued to ل right
    after it ("غارات للتحالف", "قصف جوي لداعش")."""
    told = next((a for a in after if words_before(ctx.text, a.start, hit.end, 1) in ctx.lex.author_pronoun_verbs), None)
    if told is not None:
        return told
    return next((a for a in ctx.actors_within(window) if a.prep == "ل" and a.start >= hit.end
                 and len(_words(ctx.text[hit.end:a.start])) <= 1 and ctx.kind(a.actor_id) in eligible
                 and not ctx.struck(a)), None)


def _words(stretch: str) -> list[str]:
    """The words of a stretch, a glued preposition left alone before a name not counted."""
    return [w for w in fold(stretch).split() if w.strip(CLITIC_LETTERS)]


def _crosses_preposition(ctx: Context, start: int, end: int) -> bool:
    """"غارة ثانية قافلة من شاحنات داعش": a preposition between an attack noun and a name makes the
    name part of its object, not its genitive author."""
    words = set(fold(ctx.text[start:end]).split())
    return not words.isdisjoint(ctx.gaz.words["role_prepositions"] | ctx.gaz.words["location_prepositions"])


def _unit_of(ctx: Context, mention: ActorMention) -> bool:
    """"وحدات من الجيش العربي السوري", "طائرات مسيرة تابعة لقوات الدعم السريع": the actor behind
    من after a unit, or behind «لـ» after a unit's «تابعة», is the one the unit stands for."""
    if mention.prep == "من":
        words = words_before(ctx.text, mention.start, 0, 2).split()
        return len(words) == 2 and _is_unit(ctx, words[0])
    if mention.prep != "ل":
        return False
    words = [w for w in words_before(ctx.text, mention.start, 0, 4).split() if w not in ("ل", "لل")][-3:]
    if len(words) < 2 or words[-1] not in ctx.lex.belonging_words:
        return False
    return words[-2] in ctx.lex.striking_units or (  # "طائرات مسيرة تابعة لـ", not "مقاتلات مواقع تابعة لـ"
        len(words) == 3 and words[0] in ctx.lex.striking_units and words[1] not in ctx.lex.struck_nouns)


def _is_unit(ctx: Context, word: str) -> bool:
    return word in ctx.lex.unit_nouns or word[:1] in "وف" and word[1:] in ctx.lex.unit_nouns


def _named_author(ctx: Context, mention: ActorMention) -> ActorMention:
    """"انتحاري من تنظيم داعش", "مسلحون من حركة الشباب": a generic attacker stands for the
    group named right after it behind من, or after a word of belonging ("مسلحون يعتقد
    بانتمائهم لتنظيم القاعدة")."""
    if mention.actor_id not in ctx.lex.generic:
        return mention
    for group in ctx.actors_in(mention.end, mention.end + _AUTHOR_REACH):
        if ctx.kind(group.actor_id) in SUBJECT_KINDS and group.actor_id not in ctx.lex.generic and (
                group.prep == "من" or not ctx.lex.membership_words.isdisjoint(fold(ctx.text[mention.end:group.start]).split())):
            return group
    return mention


def _antecedent(ctx: Context, window: Window, armed: bool = False) -> str | None:
    """In a relative clause ("الوزير الأمريكي، الذي وصل إلى موسكو"), the one it is about: the
    actor just before the relative pronoun. Who attacks in one may be a country's forces too,
    named by the nationality right before the pronoun ("قوات الأمن الإيرانية التي هاجمت"), unless
    a group stands just before that nationality ("حركة الشباب الصومالية التي شنت")."""
    if window.aside is None:
        return None
    start = max(0, window.aside[0] - _ANTECEDENT_REACH)
    before = [a for a in ctx.actors_in(start, window.aside[0]) if ctx.kind(a.actor_id) in SUBJECT_KINDS]
    if armed:
        nisbas = [a for a in ctx.mentions_in(start, window.aside[0]) if a.how == "nisba"]
        if nisbas and not ctx.text[nisbas[-1].end:window.aside[0]].strip(" ،,") and not (
                before and 0 <= nisbas[-1].start - before[-1].end <= _NISBA_GAP):
            return nisbas[-1].actor_id
    return before[-1].actor_id if before else None


def _announcer(ctx: Context, window: Window, sentence: Sentence) -> str | None:
    """"أعلنت وزارة الدفاع الروسية أن قاذفاتها نفذت ضربات": in a reported clause with no named
    author, the attack is the announcer's: the main clause's actor, or its nationality; a known
    person announces for their country."""
    opening = fold(ctx.text[window.start:window.end]).split()[:1]
    if not opening or not ctx.lex.cues["complementizers"].fullmatch(opening[0]):
        return None
    main = [a for a in ctx.mentions_in(sentence.start, window.start) if a.prep is None
            and (a.how == "nisba" or ctx.kind(a.actor_id) in SUBJECT_KINDS | {"country"}) and not _reporters(ctx, a)]
    if not main:
        return None
    announcer = ctx.gaz.actors.get(main[0].actor_id)
    if announcer is not None and announcer.kind == "person" and announcer.country:
        return announcer.country  # "أعلن المتحدث باسم الجيش الإسرائيلي أن طائرات قصفت": Israel's, not his
    return main[0].actor_id


def _reporters(ctx: Context, nisba: ActorMention) -> bool:
    """"وذكر ناشطون سوريون أن الهجوم …": a nationality of those who report, not of an announcer."""
    return words_before(ctx.text, nisba.start, 0, 1) in ctx.lex.reporter_nouns


def _speaker_before(ctx: Context, sentence: Sentence, segment: Segment) -> str | None:
    """"أكد الوزير سامح شكري أن … . وقال خلال مؤتمر صحفي": a sentence opening with a verb of
    saying and no speaker goes on with the first person the sentence before names as its subject."""
    opening = fold(sentence.text).split()[:1]
    if not opening or not ctx.lex.cues["said_openers"].fullmatch(opening[0]):
        return None
    story = ctx.story_people(segment)
    k = bisect_left(story.starts, sentence.start) - 1
    if k < 0 or story.sentences[k].heading:
        return None
    return next((a.actor_id for a in story.people.get(k, []) if a.prep is None), None)


def focus(ctx: Context, upto: int, story: Segment) -> str | None:
    """The person the story is about so far.

    Each mention counts, more as the first person of its sentence, little after a
    preposition, and less the further back its sentence lies; sentences more than
    `_FOCUS_REACH` before the nearest one that names a person weigh less than the scores'
    float precision, so they are not read.
    """
    scores: dict[str, float] = {}
    nearest = None
    for distance, people in _people_before(ctx, upto, story):
        nearest = distance if nearest is None else nearest
        if distance - nearest > _FOCUS_REACH:
            break
        for i, a in enumerate(people):
            weight = 0.25 if a.prep else (2.0 if i == 0 else 1.0)
            scores[a.actor_id] = scores.get(a.actor_id, 0.0) + weight * _FOCUS_DECAY ** distance
    return max(scores, key=lambda k: scores[k]) if scores else None


def _people_before(ctx: Context, upto: int, segment: Segment) -> Iterator[tuple[int, list[ActorMention]]]:
    """(distance, people) for each sentence (not a heading) of the story before `upto` that
    names a person, nearest first; the sentence that `upto` cuts is read as cut there."""
    story = ctx.story_people(segment)
    cut = bisect_left(story.starts, upto) - 1  # the sentence `upto` lies in (or after)
    tail = split_sentences(ctx.text, story.starts[cut] if cut >= 0 else segment.start, upto)
    recent = [s for s in reversed(tail) if not s.heading]
    for distance, sentence in enumerate(recent):
        people = ctx.people_in(sentence.start, min(sentence.end, upto))
        if people:
            yield distance, people
    before = max(cut, 0)
    for j in range(bisect_left(story.named, before) - 1, -1, -1):
        k = story.named[j]
        yield len(recent) + story.told[before] - 1 - story.told[k], story.people[k]


def fronted_speaker(ctx: Context, hit: Hit, window: Window, sentence: Sentence) -> str | None:
    """"وفي ندوة صحفية عقدها اليوم، أكد الوزير …": a press conference put before the main
    clause is held by the one who speaks in it."""
    if len(fold(ctx.text[sentence.start:hit.start]).split()) > 2:
        return None
    return next((a.actor_id for a in ctx.actors_in(window.end, sentence.end)
                 if a.prep is None and ctx.kind(a.actor_id) == "person"), None)
