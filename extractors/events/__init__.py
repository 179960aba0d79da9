"""Event mentions: triggers from `data/triggers.csv`, tied to actors, a place and a date.

For each trigger, its clause (cut at commas, relative pronouns, "حيث", "إن/أن" … and at the
neighbouring triggers) supplies actors; the preposition before an actor gives its role under
the trigger's frame (تلقى اتصالا من: the caller is the source). The date is the first one
after the trigger in its clause, else the nearest before it in the sentence, else any in the
sentence, else the date carried from the previous sentence while the narrative continues;
otherwise the event stays undated.
"""

from extractors.events.lexicon import EventLexicon, compile_lexicon, default_lexicon
from extractors.events.mentions import find_event_mentions

__all__ = ["EventLexicon", "compile_lexicon", "default_lexicon", "find_event_mentions"]
