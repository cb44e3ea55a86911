"""The event trigger lexicon: `lang/ar/triggers.tsv` expanded into matchable forms.

Verbs are listed once as a past stem and a present stem; the inflected forms
news uses (وقّعت، وقعوا، يوقع، ستوقع، يوقعون) are generated here, so the data
file stays short and a new verb is one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.lang import load_table, words
from marsad.text.normalize import normalize
from marsad.text.phrases import PhraseIndex

# Inflection affixes from lang/ar/verb_affixes.tsv, in file order.
_PAST_ENDINGS = words.verb_affixes("past_ending")
_PRESENT_PREFIXES = words.verb_affixes("present_prefix")
_PRESENT_ENDINGS = words.verb_affixes("present_ending")
_DEFECTIVE_FINALS = words.verb_affixes("defective_final")
_DEFECTIVE_ENDINGS = words.verb_affixes("defective_ending")


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str
    kind: str  # verb | noun | phrase
    args: str  # svo | host | joint | self | alone | speaker | arrive | blame | sign | declared | charge | invite | cut | down | attend | grant | send: see triggers.tsv
    form: str  # the lexicon form, for `marsad explain`


def verb_forms(past: str, present: str) -> list[str]:
    """Inflected forms of a verb from its past and present stems (normalised)."""
    forms = [past + e for e in _PAST_ENDINGS]
    if past.endswith(_DEFECTIVE_FINALS):  # defective verbs: التقى → التقت، التقوا
        stem = past[:-1]
        forms += [stem + e for e in _DEFECTIVE_ENDINGS]
    if present:
        forms += [p + present + e for p in _PRESENT_PREFIXES for e in _PRESENT_ENDINGS]
    return forms


def build_triggers() -> PhraseIndex[Trigger]:
    index: PhraseIndex[Trigger] = PhraseIndex()
    for row in load_table("triggers"):
        forms = row["forms"] if isinstance(row["forms"], list) else row["forms"].split("|")
        trigger = Trigger(row["type"], row.get("mode", "") or "", row["kind"], row.get("args", "svo") or "svo", "|".join(forms))
        if row["kind"] == "verb":
            past = normalize(forms[0])
            present = normalize(forms[1]) if len(forms) > 1 else ""
            words = verb_forms(past, present) + [normalize(f) for f in forms[2:]]
        else:
            words = [normalize(f) for f in forms if f]
        for w in dict.fromkeys(words):
            index.add(w, trigger)
    return index


@dataclass(frozen=True, slots=True)
class Marker:
    """A word of `markers.tsv` that changes the status of a trigger up to `scope` words after it."""
    effect: str  # negated | hypothetical | future
    scope: int


@dataclass(slots=True)
class EventLexicon:
    """The tables the event finder and its argument rules read, loaded once by `pipeline.Resources`."""
    triggers: PhraseIndex[Trigger]
    markers: dict[str, Marker]
    contexts: PhraseIndex[str]
    barriers: frozenset[str] = field(default_factory=frozenset)
    attribution: frozenset[str] = field(default_factory=frozenset)
    noun_links: frozenset[str] = field(default_factory=frozenset)
    speech_verbs: frozenset[str] = field(default_factory=frozenset)  # قال، اعتبر: their subject speaks
    verb_gap_words: frozenset[str] = field(default_factory=frozenset)  # أمس، مساء، قد: words between a verb and its subject
    non_political: PhraseIndex[str] = field(default_factory=PhraseIndex)  # كرة القدم، الدوري: sport or arts sentences
    both_parties: frozenset[str] = field(default_factory=frozenset)  # البلدان، الجانبين: the two parties of the exchange told
    speech_participles: frozenset[str] = field(default_factory=frozenset)  # مؤكدا، مضيفا: the subject goes on speaking
