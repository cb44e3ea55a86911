"""Stable identity for actors across articles: a key and one Latin spelling.

The key is the normalised canonical name plus the country, so `الأعرجي` in
one article and `الاعرجي` in another group together in the store and exports,
while two people of the same name in different countries stay apart.
"""

from __future__ import annotations

from marsad.doc import Actor
from marsad.lang.romanize import romanize
from marsad.text.normalize import normalize


def actor_key(actor: Actor) -> str:
    """`normalised name|country` (states are keyed by their code alone)."""
    if actor.kind == "state" and actor.country:
        return f"state|{actor.country}"
    return f"{' '.join(normalize(actor.name).split())}|{actor.country}"


def set_identity(actors: list[Actor]) -> None:
    """Fill `key` and `name_latin` of each actor."""
    for actor in actors:
        actor.key = actor_key(actor)
        actor.name_latin = romanize(actor.name)
