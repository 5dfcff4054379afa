"""What a figure measures, comparable across sources and languages: the category, and the
thing its phrase counts ("patients moved to other hospitals" count patients, "Skifahrer
getötet" people killed, "70% of doctors" a share of people)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from summarizer.daily.cognate_words import cognate_key
from summarizer.daily.counted_nouns import LINKS, RESCUE, STATES, before_attribution, noun_and_state
from summarizer.daily.subcounts import per_person
from summarizer.text.accents import fold_accents
from summarizer.text.concepts import tables
from summarizer.text.lexicons.concepts_what import VEHICLES
from summarizer.text.lexicons.concepts_who_where import PEOPLE as PEOPLE_CONCEPTS
from summarizer.text.lexicons.counted import (
    ACTIVITY_PEOPLE,
    BELONGING,
    HARM,
    JOB_CREATIONS,
    JOB_CUTS,
    JOBS,
    OTHERS,
    OVERLAPPING_PEOPLE,
    PEOPLE,
    PEOPLE_THINGS,
    REMAINS,
    SHARES,
    THINGS,
    TURNOUT,
    VICTIMS,
    WORK,
    WORK_POSTS,
)
from summarizer.text.lexicons.facets import STATE_FACETS

WEAPON_CATEGORIES = frozenset({"launched", "intercepted", "destroyed"})
PEOPLE_CATEGORIES = frozenset({"killed", "injured", "displaced"})
# What a count of victims measures, whatever word its language names them by (``VICTIMS``).
VICTIM = "victim"
# What a sum told as each person's measures beside its unit ("2,000 euros per victim").
PER_PERSON = "per person"


class FigureFields(Protocol):
    """What is read of a figure to compare it (a briefing's ``Figure``, the day's compact
    record of one, or a merged ``FigureValue``)."""

    @property
    def value(self) -> float | None: ...
    @property
    def value_high(self) -> float | None: ...
    @property
    def bound(self) -> str: ...


class MeasuredFigure(FigureFields, Protocol):
    @property
    def text(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def counted(self) -> str | None: ...


def measure_of(figure: MeasuredFigure, by_what_befell: bool = False) -> str | None:
    """What a figure measures, comparable across sources: 'killed:civilian', 'weapons:drone'.

    Launched, intercepted and destroyed counts of the same weapon are one measure, because
    reports routinely give one as the other ("15 missiles, all destroyed").

    A count of things no table knows is keyed by its noun and the state it tells ("trains
    supprimés": "train cancelled", ``counted_nouns``): 46 cancelled trains and 38
    cancelled flights are no dispute. ``by_what_befell`` keys it instead by the word
    that closes its phrase, the participle when there is one ("cancelled",
    "importados"), as the incident merge reads it: what befell the things is said in
    words every language shares or spells alike, where the noun of a report's own
    wording often is not ("salles de sport fermées", "gyms closed"), so four things
    closed in two reports is a sign of one event, though not one measure to dispute.
    """
    group = "weapons" if figure.category in WEAPON_CATEGORIES else figure.category
    # Letters of any script, up to the "according to" that names who gives the count.
    counted = before_attribution(re.findall(r"[^\W\d_]+", fold_accents(figure.counted or "")))
    if figure.unit == "percent":
        # Lowercased: a German noun is capitalised ("Wahlbeteiligung", "Stimmen").
        return f"{group}:{share_of([word.lower() for word in counted])}"
    if figure.unit != "count" and per_person(figure.unit, figure.counted):
        # "2,000 euros per victim": a rate, that only another rate disputes (``subcounts``)
        return f"{group}:{figure.unit} {PER_PERSON}"
    if figure.unit != "count":
        return f"{group}:{figure.unit}"
    if not counted:
        # "No one was killed", "two dead and 14 injured": a toll of people may come with
        # nothing said to be counted.
        return f"{group}:people" if figure.category in PEOPLE_CATEGORIES else None
    toll = figure.category in PEOPLE_CATEGORIES
    if not toll and _rescued_people(figure.counted or ""):
        return f"{group}:{RESCUE}"
    # The first word or the last: French and Spanish put the noun first ("personnes
    # blessées", "fallecidos en el accidente").
    ends = {counted[0], counted[-1]}
    if figure.category == "displaced" and not ends & PEOPLE and (homes := _things_evacuated(counted)):
        return f"{group}:{homes}"  # "maisons évacuées", "evakuierte Häuser": homes, not their people
    if ends & PEOPLE or (toll and ends & HARM) or (toll and counted[-1].lower() in OTHERS):
        return f"{group}:people"
    head, thing = head_thing(counted)
    if not thing and (job := job_measure(counted)):
        return f"{group}:{job}"  # "jobs lost": no people ("workers who lost their jobs" are workers)
    if toll and (thing in ACTIVITY_PEOPLE or any(_of_an_activity(word.lower()) for word in counted)):
        return f"{group}:people"  # "Skifahrer getötet", "plongeur mort": the toll's victims as such
    if thing in PEOPLE_THINGS and toll and (head not in THINGS or thing in BELONGING):
        # A toll's people named by a compound ("Skifahrer", "Bergsteigerinnen") are its
        # victims as such, not the group its head names alone (skiers are no drivers); so
        # are people named by the group they belong to ("five members of one family",
        # "vier Familienmitglieder"), a group the story names, not a role in the event.
        return f"{group}:people"
    # Evacuees are the place's residents ("400 vecinos", "1,200 people"); people counted by
    # what they do ("150 concentrados" of "Unas 150 personas") are those its text names.
    told = set(re.findall(r"[^\W\d_]+", fold_accents(figure.text).lower()))
    if (thing == "resident" and figure.category == "displaced") or (not thing and told & PEOPLE):
        return f"{group}:people"
    if toll and not thing and not HARM.isdisjoint(word.lower() for word in counted):
        # A toll's people named by a word no table knows, told hurt anywhere in its phrase
        # ("turistas heridos en el vuelco del gomón", "touristes blessés dans l'accident"):
        # its victims as such, as "turistas heridos" closing on its harm word is.
        return f"{group}:people"
    if thing:
        return f"{group}:{thing}"
    if by_what_befell:
        return f"{group}:{_head_word(counted[-1])}"
    # A count of a thing no table knows: its noun, the name that scopes it and the state
    # it tells ("train cancelled", ``counted_nouns``), never its participle alone.
    noun, state, scope = noun_and_state(re.findall(r"[^\W\d_]+", figure.counted or ""))
    if state is not None and state not in STATES:
        # A participle no concept knows: the state a facet names it by in every language
        # ("interpellés", "arrested", "detenidos"; "rubate", "volées"), else as written ("retarde").
        state = STATE_FACETS.get(state.lower()) or _head_word(state)
    if state and _names_people(noun):
        return f"{group}:{state}"  # "operarios desaparecidos": people counted by what befell them
    # Victims are one measure in every language ("140 victimes", "ruim 200 gedupeerden",
    # "mindestens 100 Opfer"): the word is no thing's name, so no table would join them.
    head = VICTIM if noun.lower() in VICTIMS else _head_word(noun)
    return f"{group}:{' '.join(w for w in (head, scope, state) if w)}"


def _things_evacuated(counted: Sequence[str]) -> str | None:
    """The thing, not people, an evacuation's count names as its head: first ("maisons
    évacuées", "houses evacuated", "casas desalojadas") or after its one participle
    ("evakuierte Häuser", "geëvacueerde woningen"). Fifteen houses and thirty residents
    evacuated are no dispute."""
    words = [counted[0]] + ([counted[-1]] if len(counted) == 2 else [])
    for word in words:
        thing = thing_of(word.lower())
        if thing and thing not in PEOPLE_THINGS:
            return thing
    return None


def job_measure(counted: Sequence[str]) -> str | None:
    """What a count of jobs measures, as one English phrase for every language: jobs cut
    ("jobs lost", "emplois supprimés", "Arbeitsplätze abgebaut"), jobs created ("new
    jobs", "emplois créés") or jobs as such ("jobs at the plant"); None when the phrase
    counts no jobs. A story of a closure and a new plant gives both, and they never
    dispute each other; a word for the jobs themselves is no thing of ``THINGS``, whose
    workers ("120 salariés") are people and counted as such."""
    lowered = [word.lower() for word in counted]
    posts_of_work = len(lowered) > 2 and lowered[0] in WORK_POSTS and lowered[2] in WORK
    if not lowered or not ({*lowered[:2], lowered[-1]} & JOBS or posts_of_work):
        return None
    said = set(lowered)
    if said & JOB_CUTS and not said & JOB_CREATIONS:
        return "job cut"
    if said & JOB_CREATIONS and not said & JOB_CUTS:
        return "job created"
    return "job"  # neither, or both ("new jobs lost"): jobs as such


def _rescued_people(counted: str) -> bool:
    """Whether a count's phrase counts people rescued ("Four kayakers rescued off Omey
    Strand", "gerettete Kajakfahrer", "five people taken from the water"): one measure
    whatever the report calls them, as a lifeboat's release and a paper's story name them
    apart. Not things nor animals rescued ("boats", "dogs": a known thing or concept that
    is no person), nor the dead brought out (``REMAINS``), nor jobs saved ("300 emplois
    sauvés")."""
    noun, state, _ = noun_and_state(re.findall(r"[^\W\d_]+", counted))
    if state != RESCUE:
        return False
    if job_measure(re.findall(r"[^\W\d_]+", fold_accents(counted))):
        return False  # "emplois sauvés", "Arbeitsplätze gerettet": no people
    lowered = noun.lower()
    if lowered in PEOPLE or _names_people(lowered) or _of_an_activity(lowered):
        return True
    if lowered in REMAINS:
        return False
    table, _, _ = tables()
    thing = thing_of(lowered)
    return thing in PEOPLE_THINGS if thing else table.get(lowered) is None


def _names_people(word: str) -> bool:
    """Whether a counted word names people of some kind (``PEOPLE_CONCEPTS``)."""
    table, _, _ = tables()
    return table.get(word.lower()) in PEOPLE_CONCEPTS


def _head_word(word: str) -> str:
    """The word a count names no known thing by ("trains", "Schiffe"), as every language
    says it: the concept the word's table names when it names one ("train" of "trains",
    "Züge" and "trenes"; "ship" of "Schiffe" and "ships"), so one measure told in two
    languages is one measure and is named in English; else the word, without an English
    plural's "s"."""
    table, _, _ = tables()
    if (concept := table.get(word.lower())) is not None:
        return concept
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# The fewest letters a compound's modifier and its known head each have ("Bus|chauffeure",
# "Hafen|arbeiter"): fewer ("Ex|perten") is a word of its own, not a compound.
_MODIFIER_LETTERS = 3
_HEAD_LETTERS = 5


# Every word of a count's phrase is read (``head_thing``): a day repeats its few words often.
@lru_cache(maxsize=4096)
def thing_of(word: str) -> str | None:
    """The thing of ``THINGS`` a counted word names, in any language: the word itself, or
    a German compound whose head is one ("Buschauffeure" are drivers, "Hafenarbeiter"
    workers), the longest head that fits."""
    if thing := THINGS.get(word):
        return thing
    heads = [
        head
        for head in THINGS
        if len(head) >= _HEAD_LETTERS and len(word) - len(head) >= _MODIFIER_LETTERS and word.endswith(head)
    ]
    if not heads:
        return None
    return None if _of_an_activity(word) else THINGS[max(heads, key=len)]


# A generic agent noun as a compound's head names whoever does the modifier's activity
# ("Kajak|fahrer" paddle kayaks, "Ski|fahrer" ski), drivers only when what they drive is a
# vehicle one is paid or licensed to drive ("Bus|fahrer", "Lkw-|Fahrer", "Straßenbahn|fahrer").
_AGENT_HEADS = frozenset({"fahrer"})
_DRIVEN = frozenset(VEHICLES) - {"bicycle", "motorbike"} | {"taxi", "tractor"}


def _of_an_activity(word: str) -> bool:
    """Whether a lowercased word is a compound of an agent head that names the people of
    its modifier's activity ("kajakfahrer", "skifahrer"), not drivers ("busfahrer")."""
    head = next(
        (h for h in _AGENT_HEADS if word.endswith(h) and len(word) - len(h) >= _MODIFIER_LETTERS), None
    )
    if head is None:
        return False
    table, _, _ = tables()
    modifier = word[: -len(head)].rstrip("-")
    return (table.get(modifier) or table.get(modifier.removesuffix("s"))) not in _DRIVEN


def head_thing(counted: Sequence[str]) -> tuple[str | None, str | None]:
    """The word a count's phrase counts by and the thing of ``THINGS`` it names: the first
    word naming a thing that no other such word follows at once. A thing followed by a
    thing modifies it ("patient files" are files, "school children" children); one
    followed by anything else is the head ("patients moved to other hospitals",
    "données de patients", "vecinos del edificio"). A thing named after what qualifies the
    head ("tourists robbed by pickpockets", "personas detenidas por los agentes": a link
    word, ``counted_nouns.LINKS``, after the phrase's first word of its own) is no head: it
    says by whom or where, not what is counted; nor is one its victims are named after
    ("pickpocket victims", "car crash victims": ``VICTIMS``), who are counted instead."""
    folded = [fold_accents(word).lower() for word in counted]
    own = next((n for n, word in enumerate(folded) if word not in LINKS), 0)
    cut = next((n for n in range(own + 1, len(folded)) if folded[n] in LINKS), len(folded))
    if any(word in VICTIMS for word in folded[own:cut]):
        return None, None
    things = [thing_of(word.lower()) for word in counted[:cut]]
    for n, thing in enumerate(things):
        if thing and not (n + 1 < len(things) and things[n + 1]):
            return counted[n].lower(), thing
    return None, None


def one_count(measure_a: str, measure_b: str) -> bool:
    """Two measures that may count the same: equal, or of one category with one a count of
    people and the other of some people ("at least 10 people injured" and "12 workers
    injured" of one fire; never people and homes), or one of people a report counts as the
    wider group they belong to (``OVERLAPPING_PEOPLE``: pupils and children), or counting
    one thing by its word in two languages' spellings ("packs to be imported", "envases
    importados": ``cognate_words``)."""
    if measure_a == measure_b:
        return True
    category_a, _, what_a = measure_a.partition(":")
    category_b, _, what_b = measure_b.partition(":")
    if category_a == category_b and (key := cognate_key(what_a)) is not None and key == cognate_key(what_b):
        return True
    if category_a == category_b and what_a.startswith("percent of ") and what_b.startswith("percent of "):
        # A share of people of no group ("70% of strikers") may be the share of the group
        # another report names ("35% of drivers"), as ``figures`` joins them.
        groups = {what_a.removeprefix("percent of "), what_b.removeprefix("percent of ")}
        return "people" in groups and groups - {"people"} <= PEOPLE_THINGS
    counted = {what_a, what_b}
    if category_a == category_b and frozenset(counted) in OVERLAPPING_PEOPLE:
        return True  # "43 élèves" and "une quarantaine d'enfants" of one school canteen
    return category_a == category_b and "people" in counted and counted - {"people"} <= PEOPLE_THINGS


# People a share may be of whatever group they are: staff, members, those on strike.
_ANY_GROUP = frozenset({"worker", "member", "participant", "striker"})


def share_of(counted: Sequence[str]) -> str:
    """What a percentage measures: turnout, a share of people, of the vote, of pay or
    prices, or a percentage of what is not said ("percent"). Turnout is a share of its own:
    61.4% turnout and a party's 34.8% never disagree; nor do "70% of doctors" and "a 5% pay
    rise" of one strike. A share of a group of people names the group as every language
    does ("doctors", "médecins", "Ärzte": doctor): "35% of doctors" and "70% of nurses" are
    two groups' shares, never one disputed. The staff or those on strike say no group
    ("70% of nursing staff"): a share of people, which ``figures`` joins to the one group's
    share its category has."""
    if not TURNOUT.isdisjoint(counted):
        return "turnout"
    # A group named anywhere is what the share is of: "70 % de grévistes parmi les
    # conducteurs" is a share of the drivers, as "35 % des conducteurs" is.
    if named := [THINGS[w] for w in counted if THINGS.get(w) in PEOPLE_THINGS - _ANY_GROUP]:
        return f"percent of {named[0]}"
    for word in counted:
        group = THINGS.get(word)
        if word in PEOPLE or group in _ANY_GROUP:
            return "percent of people"
        if word in SHARES:
            return "percent of people" if SHARES[word] == "people" else f"percent of {SHARES[word]}"
    return "percent"


def share_of_a_group(measure: str) -> bool:
    """A share's measure naming a group of people ("other:percent of doctor", ``share_of``)."""
    _, said, group = measure.partition(":percent of ")
    return bool(said) and group in PEOPLE_THINGS - _ANY_GROUP


def says_what_befell(figure: MeasuredFigure) -> bool:
    """Whether a count says what it counts beyond "people": "some 30,000 people" of no
    category may be those on board, without water or living on the island, so it is any
    number of the story's people. Given as a report's toll (a crowd "800 according to
    police, 3,000 according to the organisers") it is what the report counts; only beside
    the toll, in the passage, it never disputes another (it still tells the reports apart
    or together as a figure they share)."""
    if figure.category in PEOPLE_CATEGORIES or figure.unit != "count":
        return True
    counted = re.findall(r"[^\W\d_]+", fold_accents(figure.counted or "").lower())
    return not counted or not set(counted) <= PEOPLE


def measure_block_key(name: str, value: float | None) -> tuple[str, float | None]:
    """The key a report's figure is blocked by: a count of people of any kind by its category
    and value, so that "12 workers" meets "12 people" injured, and any other by the word it
    counts by as any language spells it ("imported", "importado": ``one_count``)."""
    category, _, what = name.partition(":")
    if what == "people" or what in PEOPLE_THINGS:
        return (category, value)
    return (f"{category}:{cognate_key(what) or what}", value)
