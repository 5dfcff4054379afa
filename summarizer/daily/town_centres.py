"""A town's historic centre or old town as a place that holds the town's streets and
buildings: reports of one event name it at different precision ("a palace of Sintra's
historic centre", "Rua do Arco do Teixeira, Sintra", "nel centro storico"), and a centre is
no spot of its own that sets its event apart from one on a street of it (``places``).

The centre holds only what is written as lying in its own town ("Rua X, Sintra" and the
"centro histórico, Sintra"), never a street of the next town that a passage names beside
the centre's town. Two spots of one town each named finer (a street and a house by its
own name) stay what ``places`` makes of them."""

from __future__ import annotations

from functools import cache

from summarizer.daily.place_keys import place_key

# The centre of a town as newsrooms of the eight languages the merge reads name it, keyed
# as ``place_key`` keys it ("Altstadt" and "città vecchia" are one "old city"). Not a
# quarter by its own name ("Baixa", "Ciutat Vella": also towns and districts elsewhere).
_CENTRE_NAMES = (
    "historic centre", "historic center", "old town", "old quarter", "city centre", "town centre",
    "Altstadt", "Innenstadt", "Stadtzentrum", "Ortskern", "Ortszentrum",
    "centre historique", "vieille ville", "centre-ville",
    "centro histórico", "casco antiguo", "casco histórico", "casco viejo",
    "centro storico", "città vecchia", "centro città",
    "centro da vila", "centro da cidade",
    "oude binnenstad", "binnenstad", "historisch centrum",
    "centre històric", "nucli antic", "nucli històric",
)  # fmt: skip


@cache
def centre_keys() -> frozenset[str]:
    """The keys of ``_CENTRE_NAMES``."""
    return frozenset(key for name in _CENTRE_NAMES if (key := place_key(name)))


def centre_may_hold(centre: str, centre_places: frozenset[str], place: str, places: frozenset[str]) -> bool:
    """``centre`` is a town's centre written as lying in a town (its report names "centro
    historico sintra" and "sintra") and ``place`` is written as lying in that town too ("rua
    arco teixeira sintra"): the centre may hold it."""
    if centre not in centre_keys() or centre == place:
        return False
    towns = {p[len(centre) + 1 :] for p in centre_places if p.startswith(f"{centre} ")}
    return any(
        town in centre_places and town in places and any(p.endswith(f" {town}") for p in places)
        for town in towns
    )
