"""Who takes part in an event and in which role: the trigger's frame, its subject, the
preposition before each other actor, partners carried from the triggers before it, and the
group that claims an attack."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.actors import ActorMention, PlaceMention
from schemas.articles import Segment
from schemas.events import EventActor, EventMention, Role

from extractors.events.clauses import Window
from extractors.events.context import TO, Context, words_after, words_before
from extractors.events.places import DESTINATION_PREPS, countries_visited, destination, foreign_visitor, setting_country
from extractors.events.subjects import focus, fronted_speaker, thing_arrives, told_as_background, who
from extractors.events.triggers import Hit, condemned, in_words
from extractors.gazetteer import is_body_actor, is_facility_actor, is_place_actor
from extractors.sentences import Sentence
from extractors.text import Normalized, fold

TALKS = ("meeting", "call", "press_conference")
_ATTRIBUTION_REACH = 60  # characters after «نسبته» within which the group it is put down to is named
_STATE_KINDS = ("country", "government_body")  # a state's forces, struck by the one armed group a story names
_SUBJECT_ROLE: dict[str, Role] = {"receiver": "target", "host": "target", "caller": "source", "visitor": "source",
                                  "attack": "source", "victim": "target", "intercept": "target"}
# "أسقطت الدفاعات الروسية مسيرات أوكرانية": who shot down was attacked, the weapon's side attacked.
_OTHER_ROLE: dict[str, Role] = {"host": "source", "caller": "target", "attack": "target", "receiver": "source",
                                "intercept": "source"}


@dataclass
class Thread:
    """What the triggers before in a sentence leave to the next: their subject and the people
    who took part."""

    subject: str | None = None
    people: tuple[str, ...] = ()

    def follow(self, subject: str | None) -> None:
        self.subject = subject

    def remember(self, subject: str | None, people: tuple[str, ...]) -> None:
        self.subject = subject or self.subject
        self.people = people or self.people


@dataclass(frozen=True)
class Cast:
    """One event's type, frame, subject (and whether the context supplied it) and roles."""

    kind: str
    frame: str
    subject: str | None
    inherited: bool
    roles: tuple[EventActor, ...]


def cast_event(ctx: Context, hit: Hit, window: Window, sentence: Sentence, segment: Segment,
               thread: Thread) -> Cast | None:
    """The cast of a trigger's event, or None when it has too few actors to be told; the
    thread learns its subject and people for the triggers after it."""
    kind, frame = _classify(ctx, hit, window)
    arrived = frame == "visitor" and hit.trigger.pos == "verb" and thing_arrives(ctx, hit)  # "وصلت الجرافات فجرا"
    subject, inherited = (None, False) if arrived else who(ctx, hit, window, frame, thread.subject, sentence, segment)
    if subject is not None and is_body_actor(subject) and kind != "visit":
        subject = None  # "اجتماع لجنة المسابقات": a body the gazetteer lacks only travels
    if in_words(ctx, hit, subject, window.start, window.end):
        thread.follow(subject)
        return None
    actors = _select_participants(ctx, kind, subject, window)
    if arrived:  # a thing arrived: no one named before it travelled, nor whose it is ("جثمان الجندي …")
        actors = [a for a in actors if a.start >= hit.end and ctx.kind(a.actor_id) != "person"]
    if kind == "offensive" and told_as_background(ctx, hit, window):  # "تصريحات أردوغان جراء تفجير": no party
        actors = [a for a in actors if a.start >= hit.end or ctx.kind(a.actor_id) != "person"]
    if kind == "offensive" and condemned(ctx, hit, sentence):  # "نددت واشنطن بالهجوم": who condemns took no part
        actors = [a for a in actors if a.start >= hit.end]
        nisba = ctx.nisba_after(hit)  # "القصف التركي": its own nationality stays
        named_after = {a.actor_id for a in actors} | ({nisba.actor_id} if nisba else set())
        subject = subject if subject in named_after else None
    places = ctx.places_within(window)
    if frame == "attack" and (subject is None or ctx.kind(subject) == "person") \
            and (origin := ctx.fire_origin(hit, window)) is not None:
        subject = origin  # "سقوط مقذوفات من اليمن": fire from a country is that country's, not the reporter's
    roles = _give_roles(ctx, frame, subject, actors, places, hit)
    if frame == "attack" and any(r.role == "target" and ctx.kind(r.actor_id) in _STATE_KINDS for r in roles) \
            and not any(r.role == "source" for r in roles) \
            and (group := ctx.lone_armed_group(segment.start, hit.start)) and all(r.actor_id != group for r in roles):
        roles = (EventActor(actor_id=group, role="source"), *roles)  # "قتل 8 يحملون أحزمة ناسفة أثناء محاولتهم الهجوم"
    if frame == "visitor" and (visitor := foreign_visitor(ctx, subject, countries_visited(ctx, hit, window),
                                                          sentence)) != subject:
        if not (hit.trigger.pos == "noun" and hit.suffixed):
            thread.follow(subject)  # "وصل الحريري إلى بيروت": a return home, not a visit
            return None
        subject = visitor  # "… في مستهل زيارته للولايات المتحدة": not the American named before it
        roles = _give_roles(ctx, frame, subject, actors, places, hit)
    if frame == "visitor" and subject and not any(r.role == "target" for r in roles) \
            and destination(ctx, places, hit) is None \
            and (country := setting_country(ctx, hit, subject, sentence)) and all(r.actor_id != country for r in roles):
        roles += (EventActor(actor_id=country, role="target"),)
    roles = _add_partners(ctx, hit, frame, roles, bool(actors), sentence, segment, thread)
    if kind == "press_conference" and not roles and (speaker := fronted_speaker(ctx, hit, window, sentence)):
        subject, roles = speaker, (EventActor(actor_id=speaker, role="participant"),)
    if not (_has_enough_actors(ctx, kind, roles) or _meets_alone(ctx, hit, window, frame, subject, inherited)):
        return None
    thread.remember(subject, _people(ctx, roles))
    return Cast(kind, frame, subject, inherited, roles)


def _classify(ctx: Context, hit: Hit, window: Window) -> tuple[str, str]:
    """"بحث … هاتفيا مع": talks by telephone are a call; "تلقى … اتصالا", "اتصالا تلقاه": the subject was called."""
    kind = hit.trigger.type
    clause = fold(ctx.text[window.start:window.end])
    if kind == "meeting" and hit.trigger.pos == "verb" and ctx.lex.phone.search(clause):
        kind = "call"
    before = fold(ctx.text[window.start:hit.start])
    if kind == "call" and (ctx.lex.cues["receiver_verbs"].search(before) or ctx.lex.cues["received_after"].match(
            words_after(ctx.text, hit.end, window.end, 1))):
        return kind, "receiver"  # "تلقى اتصالا من", "في اتصال هاتفي تلقاه من"
    return kind, "caller" if kind == "call" else hit.trigger.frame


def _reached(kind: str, town: ActorMention) -> bool:
    """A town is a party to an attack on it, and to a visit that goes to it ("إلى بلدة …")."""
    return kind == "offensive" or kind == "visit" and town.prep in DESTINATION_PREPS


def _select_participants(ctx: Context, kind: str, subject: str | None, window: Window) -> list[ActorMention]:
    """Actors that take part: no news agency, not a building or body named only as the place
    ("بقصر قرطاج") unless an attack strikes it ("من عناصر تنظيم داعش"), a town only in an attack
    or a visit, no generic actor, and a generic attacker only as the author, never as the one
    attacked."""
    actors = [a for a in ctx.actors_within(window) if ctx.kind(a.actor_id) != "media"
              and (not (a.prep in ctx.gaz.words["location_prepositions"] or a.prep == "ب")
                   or ctx.kind(a.actor_id) == "person" or kind == "offensive" and _fought(ctx, a)
                   or ctx.kind(a.actor_id) == "place" and _reached(kind, a))]
    if kind != "visit":  # "اجتماع إدارة النادي": a body the gazetteer lacks is too often a club's board, a committee
        actors = [a for a in actors if not is_body_actor(a.actor_id)]
    if kind in TALKS:  # "لقاء في مقر الجمعية": a building or a town holds no talks
        return [a for a in actors if a.actor_id not in ctx.lex.generic and not is_place_actor(a.actor_id)]
    if kind != "offensive":
        return [a for a in actors if a.actor_id not in ctx.lex.generic]
    return [a for a in actors if a.actor_id not in ctx.lex.generic_attackers or a.actor_id == subject]


def _fought(ctx: Context, mention: ActorMention) -> bool:
    """"من عناصر تنظيم داعش", "مقتل عشرة من الحوثيين": behind من, the men or the dead of an
    armed side, not a place."""
    return ctx.struck(mention) or words_before(ctx.text, mention.start, 0, 1) in ctx.gaz.words["object_nouns"]


def _give_roles(ctx: Context, frame: str, subject: str | None, actors: list[ActorMention],
                places: list[PlaceMention], hit: Hit) -> tuple[EventActor, ...]:
    """The subject's role under the frame, then each actor's by its preposition or its side of the trigger."""
    by_prep = ctx.lex.roles.get(frame, {})
    roles: dict[str, Role] = {}
    names = {a.actor_id: a.name for a in reversed(actors) if a.name}
    if subject:
        roles[subject] = _SUBJECT_ROLE.get(frame, "participant")
    for k, actor in enumerate(actors):
        if frame == "visitor" and ctx.kind(actor.actor_id) in ("country", "place") and actor.start >= hit.end:
            role: Role = "target"  # "زار الأردن", "زار مستشفى النهضة": where the visit went
        elif frame == "attack" and k and _coauthor(ctx, actors[k - 1], actor) and actors[k - 1].actor_id in roles:
            role = roles[actors[k - 1].actor_id]  # "بين قوات النظام وجبهة النصرة": the same side of the attack
        elif k and _between_pair(ctx, actors[k - 1], actor) and actors[k - 1].actor_id in roles:
            role = roles[actors[k - 1].actor_id]  # "اتصال هاتفي بين بوتين وماكرون": both parties alike
        elif frame == "attack" and (ctx.struck(actor) and actor.prep not in by_prep or ctx.kind(actor.actor_id) == "population"
                                    or is_place_actor(actor.actor_id)):
            role = "target"  # "قتلى بين المدنيين", "تعرضت مدينة زنجبار لغارات": civilians and towns are struck, never a side
        elif frame == "attack" and ctx.ally(actor):
            role = "participant"
        else:
            role = by_prep.get(actor.prep or "", _OTHER_ROLE.get(frame, "participant") if actor.start >= hit.end
                               else "participant")  # type: ignore[assignment]
        roles.setdefault(actor.actor_id, role)
    if frame == "attack" and not any(r == "target" and not is_facility_actor(a) for a, r in roles.items()):
        homes = {_home(ctx, a) for a, r in roles.items() if r == "source"}
        for place in places:  # an attack on a place strikes the country it lies in, unless that state's own forces strike
            country = ctx.gaz.places[place.place_id].country
            if country and place.start >= hit.end and country not in roles and country not in homes \
                    and place.prep not in ctx.lex.unstruck_place_preps:  # "قرب الحدود مع باكستان": not where it struck
                roles[country] = "target"
                break
    if frame == "visitor" and (visited := destination(ctx, places, hit)) is not None:
        roles.setdefault(ctx.gaz.places[visited.place_id].country, "target")
    return tuple(EventActor(actor_id=a, role=r, text=names.get(a)) for a, r in roles.items())


def _between_pair(ctx: Context, first: ActorMention, second: ActorMention) -> bool:
    """"بين X وY": the second of a pair behind «بين», joined by «و» alone."""
    return first.prep == "بين" and fold(ctx.text[first.end:second.start]).split() == ["و"]


def _coauthor(ctx: Context, author: ActorMention, actor: ActorMention) -> bool:
    """"قصف شنه الحوثيون وقوات صالح": an actor joined to the author by «و» (and at most a
    word like «ميليشيات») is a second author, not the target."""
    gap = fold(ctx.text[author.end:actor.start]).replace('"', " ").replace("«", " ").split()
    if not gap or not gap[0].startswith("و"):
        return False
    rest = [w for w in [gap[0][1:], *gap[1:]] if w]
    return not rest or (len(rest) == 1 and rest[0] in ctx.lex.coauthor_fillers)


def _home(ctx: Context, actor_id: str) -> str | None:
    """The country whose state an actor is or serves (a country, its army or government); none for
    an armed group, whose attack at home strikes its country."""
    actor = ctx.gaz.actors.get(actor_id)
    return actor.country if actor and actor.kind in ("country", "government_body") else None


def _people(ctx: Context, roles: tuple[EventActor, ...]) -> tuple[str, ...]:
    return tuple(r.actor_id for r in roles if ctx.kind(r.actor_id) == "person")


def _add_partners(ctx: Context, hit: Hit, frame: str, roles: tuple[EventActor, ...], named: bool,
                  sentence: Sentence, segment: Segment, thread: Thread) -> tuple[EventActor, ...]:
    """Talks between fewer than two named people: the people of the talks before, when the
    clause names nobody; else the subject before or the story's protagonist as the partner."""
    if frame != "symmetric":
        return roles
    people = _people(ctx, roles)
    if len(people) < 2 and thread.people and not named:
        return tuple(EventActor(actor_id=p, role="participant") for p in thread.people)
    if hit.trigger.pos == "verb" and not sentence.heading and (thread.subject or len(people) == 1):
        partner = thread.subject or focus(ctx, hit.start, segment)
        if partner and partner not in {r.actor_id for r in roles}:
            return (*roles, EventActor(actor_id=partner, role="participant"))
    return roles


def _has_enough_actors(ctx: Context, kind: str, roles: tuple[EventActor, ...]) -> bool:
    """Talks need a person, or two parties; an attack someone, if only the town it struck, more
    than a building; a visit someone besides where it went ("ومن المستشفيات التي زارتها …")."""
    if kind in TALKS:
        return len(roles) >= 2 or any(ctx.kind(r.actor_id) == "person" for r in roles)
    if kind == "offensive":
        return any(not is_facility_actor(r.actor_id) for r in roles)
    return any(not is_place_actor(r.actor_id) for r in roles)


def _meets_alone(ctx: Context, hit: Hit, window: Window, frame: str, subject: str | None, inherited: bool) -> bool:
    """"اجتمع مجلس الأمن", "عقد حلف الناتو اجتماعا": a body of several members (events.yaml
    `complete`: `alone`) that meets as the clause's own subject, by a verb or a verb of holding."""
    if frame != "symmetric" or subject is None or inherited or is_body_actor(subject):
        return False  # a body the gazetteer lacks ("اجتمعت لجنة التنمية") is no news on its own
    held = hit.trigger.pos == "verb" or ctx.lex.cues["author_verbs"].search(fold(ctx.text[window.start:hit.start]))
    return bool(held) and ctx.kind(subject) in ctx.lex.complete.get(hit.trigger.type, {}).get("alone", ())


def credit_claims(ctx: Context, sentence: Sentence, mentions: list[EventMention]) -> list[EventMention]:
    """"الهجوم الذي نفذه مسلحان … وتبناه تنظيم داعش": the group named after a claim verb, or
    put down to behind إلى or ل after a verb of attribution ("نسبته الحكومة إلى التنظيم"), is the
    author of the attacks told before it in the sentence."""
    folded = Normalized(sentence.text)
    group, at = _claimant(ctx, sentence, folded, "claim_verbs", (None,), len(sentence.text)) or _claimant(
        ctx, sentence, folded, "attribution_verbs", (*TO, "ل"), _ATTRIBUTION_REACH) or (None, 0)
    if group is None:
        return mentions
    out = []
    for m in mentions:
        if m.type == "offensive" and m.trigger_start < at:
            kept = tuple(a for a in m.actors if not (a.role == "source" and a.actor_id in ctx.lex.generic_attackers))
            m = m.model_copy(update={"actors": (EventActor(actor_id=group.actor_id, role="source", text=group.name),
                                                *(a for a in kept if a.actor_id != group.actor_id))})
        out.append(m)
    return out


def _claimant(ctx: Context, sentence: Sentence, folded: Normalized, cue: str, preps: tuple[str | None, ...],
              reach: int) -> tuple[ActorMention, int] | None:
    """The armed group or organisation named behind one of `preps` within `reach` characters
    after the sentence's first `cue` word (in `folded`, the sentence folded), and where that word ends."""
    claim = ctx.lex.cues[cue].search(folded.text)
    if claim is None:
        return None
    at = sentence.start + folded.span(claim.start(), claim.end())[1]
    group = next((a for a in ctx.actors_in(at, min(sentence.end, at + reach)) if a.prep in preps
                  and a.actor_id not in ctx.lex.generic and ctx.kind(a.actor_id) in ("armed_group", "organisation")), None)
    return (group, at) if group is not None else None
