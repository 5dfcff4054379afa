"""The noun a count's phrase counts and the state it tells the counted things are in: in
"trains supprimés" the noun is "trains" and the state "cancelled"; in "vuelos cancelados"
the noun is "vuelos". The noun decides what is counted, the participle only what befell
it, so 30 cancelled trains and 30 cancelled flights are two measures and a train strike's
"trains cancelled" and "trains delayed" two more. Read by ``measures.measure_of`` for
counts whose noun names no person nor known thing of ``lexicons.counted``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from summarizer.text.accents import fold_accents
from summarizer.text.concepts import tables
from summarizer.text.gazetteer import COUNTRY_BY_DEMONYM
from summarizer.text.language import MERGED
from summarizer.text.lexicon import merge_lexicon
from summarizer.text.lexicons.concepts_what import ACTIONS
from summarizer.text.lexicons.counted import RESCUED, RESCUED_PHRASES
from summarizer.text.lexicons.facets import GOODS_STATES, STATE_FACETS
from summarizer.text.vocabulary import words

# What happened to a counted thing (``lexicons.concepts_what.ACTIONS``): a state, never
# the thing counted.
STATES = frozenset(ACTIONS)
# People brought out of danger (``lexicons.counted.RESCUED``): a state of the counts alone,
# not a concept of ``ACTIONS``, which tell events apart and would join every rescue of a day.
RESCUE = "rescued"
_RESCUED_PHRASE = re.compile(RESCUED_PHRASES)

# Words that close a count's noun and open what qualifies it ("litres de fioul", "membres
# du groupe", "Mitglieder der Tippgemeinschaft", "soci della società", "pupils checked at
# hospital"): prepositions and articles of en, fr, de, es, it, pt, nl, ca, accents folded, with
# those of a cause and of a route ("due to the strike", "wegen des Streiks", "entre Paris
# et Lyon"): a word the noun is qualified by is never the noun.
LINKS = words(
    """of at in on off from for by to with into during after before
    the due because owing across between among near over under without via
    de du des d a au aux dans sur par pour chez apres avant entre sans selon vers
    der den dem im am an auf aus bei von vom zum zur nach mit fur wahrend
    wegen durch ohne uber unter zwischen bis seit infolge aufgrund
    el la los las del al con por para tras sin sobre desde hasta segun debido en
    di della delle dei degli nel nella nei da dal dalla dai dagli dalle per tra fra senza sotto sopra su verso
    do dos das no na nos nas pelo pela sem sob ate devido
    van het bij op aan uit voor met zonder tussen naar tot sinds wegens tijdens door
    dels als amb sense fins des segons durant"""
)

# "According to" in each language the merge reads, by its first word ("according to",
# "segons", "laut", "selon", "según", "secondo", "segundo", "volgens"): a count's words
# after it ("rooms affected according to the hotel", "betroffene Zimmer laut ACV",
# "autocaravanes sancionades segons l'Ajuntament") name who gives the count, never what it
# counts, what befell it nor where. Words of four letters or more ("so" is a common word),
# and no link word opening a longer phrase: "nach Angaben von" and "naar verluidt" open
# with "nach" and "naar", which also lead a count to where it went ("Evakuierte nach Köln").
ATTRIBUTIONS = frozenset(
    first
    for code in MERGED
    for entry in merge_lexicon(code).according_to
    if len(first := fold_accents(entry.split()[0]).lower()) >= 4
    and (" " not in entry or first not in LINKS)
    and first.isalpha()
)


def before_attribution(written: Sequence[str]) -> list[str]:
    """A count's words (``written``) up to the "according to" that names its source
    (``ATTRIBUTIONS``), never its first word: "azulejos furtados segundo a polícia" counts
    "azulejos furtados". Nor one right after a link word: "secondo" and "segundo" are also
    the ordinal "second", which an article or preposition leads ("al secondo piano di
    Palazzo Rossi", "no segundo andar"), where "according to" follows no link."""
    folded = [fold_accents(word).lower() for word in written]
    cut = next(
        (n for n, word in enumerate(folded) if n and word in ATTRIBUTIONS and folded[n - 1] not in LINKS),
        len(written),
    )
    return list(written[:cut])


# The side of a tally a count's link word opens ("votos a favor", "votes against", "voix
# pour", "Stimmen dagegen"): votes for and votes against are two counts, as two places are.
_SIDES = words("favor favour favore against contra contre contro dafur dagegen")

# A past participle, as written ("supprimés", "cancelados", "rubate", "damaged"): the
# state a noun is in. Five letters at least: "shed", "bed" and "café" are none.
_PARTICIPLE = re.compile(
    r"\w{2,}(?:é|ée|és|ées|ados?|adas?|idos?|idas?|atos?|ati|ate|itos?|iti|ite|uto|uti|ute|ed)"
)
# English participles that no ending tells ("kayakers taken from the water", "jobs lost").
_IRREGULAR_PARTICIPLES = words(
    "taken lost brought found held caught seen sent kept sold built stuck swept driven thrown given shown"
    " cut stolen broken torn struck sunk"
)
# A plural adjective that follows its noun in French, Spanish, Italian and Portuguese
# ("vélos électriques", "vehículos eléctricos", "veicoli elettrici"): never the noun.
_ADJECTIVE = re.compile(r"\w{3,}(?:iques|icos|icas|ici|iche)")


# Words that count things by the pair ("19 pairs of sneakers", "14 Paar Sneakers", "trois
# paires de gants", "dos pares de botas", "due paia di guanti"): they say how the things are counted, never
# what, which is the noun after them (and after the link English, French, Spanish, Italian
# and Portuguese put between). "Par" is left out: French writes it for "by".
_PAIRS = words("pair pairs paar paare paire paires pares paio paia parell parells")
# The links that say what a pair is of: "pairs in Porthavel" are pairs, not Porthavel.
_PAIR_LINKS = words("of de d des di do da")


def _without_pairs(written: Sequence[str]) -> list[str]:
    """A count's words without a word that counts by the pair and the link after it, when
    the thing follows: "of" and a word ("pairs of sneakers"), or a noun German capitalises
    ("Paar Sneakers"). Pairs of nothing said ("19 pairs stolen") are counted as pairs."""
    folded = [fold_accents(word).lower() for word in written]
    for n, word in enumerate(folded[:-1]):
        if word not in _PAIRS:
            continue
        if folded[n + 1] in _PAIR_LINKS and n + 2 < len(written):
            return [*written[:n], *written[n + 2 :]]
        if written[n + 1][:1].isupper():
            return [*written[:n], *written[n + 1 :]]
    return list(written)


def noun_and_state(written: Sequence[str]) -> tuple[str, str | None, str | None]:
    """The noun of a count's words (``written``, accents kept), accents folded; the state
    it tells, the concept of ``STATES`` a word of them names if any; and the name that
    scopes it. The noun is the last
    word before a link word ("litres de fioul échappés": litres) once states are set
    aside, or the first when the last is a participle or an adjective that follows its
    noun (French, Spanish, Italian and Portuguese put the noun first: "tableaux
    endommagés", "vélos électriques"). A participle no table knows is the state as
    written ("retardés"): "trains retardés" are not "trains supprimés". A phrase of
    nothing but a state ("desaparecidos") counts by its state. The scope is the last
    capitalised word after the link ("cas de listériose en France", "en Allemagne") that
    is no nationality of the word after it ("the British dredgers"), lowercased and folded,
    else the tally's side it names ("votos a favor"): one article's counts of two
    countries, or of two sides, are two counts."""
    written = _without_pairs(before_attribution(written))
    if not written:
        return "", None, None  # nothing counted: no noun, no state
    table, _, _ = tables()
    folded = {word: fold_accents(word) for word in written}
    concepts = [table.get(folded[word].lower()) for word in written]
    state = next((c for c in concepts if c in STATES), None) or _rescue([folded[word] for word in written])
    rest = [w for w, c in zip(written, concepts, strict=True) if c not in STATES]
    if not rest:
        return state or folded[written[-1]], None, None
    cut = next((n for n, w in enumerate(rest) if n and folded[w].lower() in LINKS), len(rest))
    tail = [folded[w].lower() for w in rest[cut:]]
    head = [w for w in rest[:cut] if not _ADJECTIVE.fullmatch(w.lower())] or rest[:cut]
    told = _first_participle(head) if len(head) > 1 and not _is_participle(head[0]) else None
    # What an English "-ing" state acts on, from its next word on, is read as the words
    # after a link are ("farms surrounding Tarrel": Tarrel's; "boats surrounding the
    # British dredgers": no nationality's, ``_modifies``).
    acting = told is not None and _PRESENT_PARTICIPLE.fullmatch(head[told].lower()) is not None
    acted_on = rest.index(head[told]) + 1 if told and acting else len(rest)
    named_from = min(cut, acted_on)
    names = [
        w
        for n, w in enumerate(rest[named_from:], named_from)
        if w[:1].isupper() and not (n >= acted_on and _modifies(rest, n, folded))
    ]
    sides = [w for w in tail if w in _SIDES] or (tail if tail in (["for"], ["pour"]) else [])
    scope = folded[names[-1]].lower() if names else (sides[-1] if sides else None)
    if told:
        return folded[head[_noun_before(head, told)]], state or folded[head[told]], scope
    if state is None and len(rest) > 1 and rest[-1] not in head and _is_participle(rest[-1]):
        state = folded[rest[-1]]  # "litres de fioul échappés"
    if state is None and len(head) > 1 and _is_participle(head[0]):
        state = folded[head[0]]  # "delayed trains"
    return folded[head[-1]], state, scope


def _modifies(rest: Sequence[str], n: int, folded: dict[str, str]) -> bool:
    """Whether the capitalised word at ``n``, in what an "-ing" state acts on, is a
    nationality (``COUNTRY_BY_DEMONYM``) qualifying the word after it, which is no name nor
    link ("surrounding the British dredgers"): it says whose the other things are, not
    where the count is. The counted things' own nationality is their scope ("cases among
    French tourists", "visas granted to Syrian families"), as a place before its common
    noun is ("in Tarrel harbour")."""
    after = rest[n + 1] if n + 1 < len(rest) else ""
    return rest[n] in COUNTRY_BY_DEMONYM and after[:1].islower() and folded[after].lower() not in LINKS


def _rescue(folded: Iterable[str]) -> str | None:
    """``RESCUE`` when a count's words, accents folded, tell people brought out of danger
    ("rescued", "secourus", "taken from the water", "brought to safety"), else None."""
    lowered = [word.lower() for word in folded]
    if not RESCUED.isdisjoint(lowered) or _RESCUED_PHRASE.search(" ".join(lowered)):
        return RESCUE
    return None


def _is_participle(word: str) -> bool:
    """Whether a word is a past participle: by its ending, as an irregular English one, or
    as a word of a goods state's facet (``GOODS_STATES``), which German prefixes and French
    writes without an accented ending ("beschlagnahmte Boote", "vélos saisis")."""
    lowered = word.lower()
    return (
        lowered in _IRREGULAR_PARTICIPLES
        or (len(word) >= 5 and _PARTICIPLE.fullmatch(lowered) is not None)
        or STATE_FACETS.get(fold_accents(lowered)) in GOODS_STATES
    )


# An English present participle ("boats surrounding", "passengers waiting"): a state only
# right after a plural noun, as "emergency housing units" or "the meeting rooms" name no state.
_PRESENT_PARTICIPLE = re.compile(r"\w{3,}ing")


def _first_participle(head: Sequence[str]) -> int | None:
    """Where the first participle after a count's first word stands ("casiers coupés ou
    perdus": the state is the first of two a conjunction joins; "French boats surrounding
    the dredgers"), None when none does."""
    return next(
        (
            n
            for n in range(1, len(head))
            if _is_participle(head[n])
            or (_PRESENT_PARTICIPLE.fullmatch(head[n].lower()) and head[n - 1].lower().endswith("s"))
        ),
        None,
    )


def _noun_before(head: Sequence[str], told: int) -> int:
    """The noun of words before a participle at ``told``: the first word (French, Spanish,
    Italian and Portuguese put it first: "voitures particulières endommagées", "coches
    particulares dañados"), unless English put its modifiers first ("lobster traps cut",
    "car tyres slashed"): an English plural right before the participle, after words that
    are no plural, is the noun; a Romance noun's plural adjective agrees with it, and a
    French plural may end in "x" ("tableaux anciens endommagés")."""
    before = [word.lower() for word in head[:told]]
    if len(before) > 1 and before[-1].endswith("s") and not any(w.endswith(("s", "x")) for w in before[:-1]):
        return told - 1
    return 0
