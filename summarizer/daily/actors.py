"""Which actors of the day's articles are one real-world actor, matched by name (the day's
entries for them are made in ``actor_entries``). People by their names without titles
(``people``): a surname, initials, a short first name or an office alone (``officials``) to
the one person of the day they fit, a namesake settled by the company its article keeps. Organisations by
their words as concepts in any language and order (``organisations``, with what a body
does and where from ``lexicons.body_domains``): shorter forms and kinds alone ("the
council") to the day's one body they fit, abbreviations by initials or syllables, as an
article defines them or in another language's words (``translated_acronyms``), names
translated word by word (``translated_names``), the day's places saying whose a body is."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from summarizer.daily.acronym_bearers import letters_borne_twice
from summarizer.daily.acronym_countries import ApartUnionFind, acronym_mark
from summarizer.daily.acronym_names import join_acronym_names
from summarizer.daily.body_city_names import day_city_names, with_city_names
from summarizer.daily.body_seats import named_seats
from summarizer.daily.brand_joins import join_brand_names
from summarizer.daily.canton_codes import cantonal_name
from summarizer.daily.capital_words import acronym_key
from summarizer.daily.cited_acronyms import join_cited_acronyms
from summarizer.daily.corps_names import join_corps_names
from summarizer.daily.country_forces import join_country_forces
from summarizer.daily.country_named_bodies import join_country_named_bodies
from summarizer.daily.departmental_bodies import departmental_name, with_france
from summarizer.daily.described_bodies import held_descriptions
from summarizer.daily.founding_years import join_founding_years
from summarizer.daily.kinds_by_place import (
    item_places,
    join_kinds_by_place,
    kind_alone,
    town_government_key,
    town_governments,
)
from summarizer.daily.labelled_names import join_labelled_names
from summarizer.daily.level_bodies import join_levels_alone
from summarizer.daily.merge import unique
from summarizer.daily.national_forces import join_national_forces
from summarizer.daily.office_words import offices
from summarizer.daily.officers_forces import join_officers_forces
from summarizer.daily.officials import join_offices
from summarizer.daily.organisation_joins import join_abbreviations, join_kind_nouns, join_shorter_forms
from summarizer.daily.organisations import (
    BODY_WORDS,
    modifier_named_places,
    organisation_key,
    place_words,
    placed_key,
)
from summarizer.daily.paired_acronyms import join_paired_acronyms
from summarizer.daily.people import (
    Ambiguous,
    given_initials,
    join_both_surnames,
    join_full_names,
    join_surnames,
    person_keys,
    settle_by_company,
    surname_alone,
)
from summarizer.daily.people_as_bodies import join_people_named_as_bodies
from summarizer.daily.region_joins import join_levels_to_regions
from summarizer.daily.regional_acronyms import placed_acronyms_alone, regional_acronym, regional_acronyms
from summarizer.daily.regional_places import place_marks
from summarizer.daily.role_names import placed_by_role
from summarizer.daily.service_numbers import join_service_numbers
from summarizer.daily.spelled_acronyms import spelled_out
from summarizer.daily.surname_initials import join_surname_initials
from summarizer.daily.town_groups import join_town_groups
from summarizer.daily.translated_acronyms import join_translated_acronyms
from summarizer.daily.translated_names import join_translated_names
from summarizer.linkage import UnionFind, name_key
from summarizer.models import ActorKind
from summarizer.text.abbreviations import SHORT_NAME_LETTERS, is_acronym
from summarizer.text.accents import fold_accents, umlauts_spelled_out


class ActorFields(Protocol):
    """What matching reads of an actor (a briefing's ``Actor`` or the day's record of one)."""

    @property
    def name(self) -> str: ...
    @property
    def canonical_name(self) -> str | None: ...
    @property
    def kind(self) -> ActorKind: ...
    @property
    def role(self) -> str | None: ...
    @property
    def aliases(self) -> Sequence[str]: ...


@dataclass
class _ActorItem:
    """An actor as matching reads it: everything here follows from its names, kind and
    role alone, so actors spelled alike share one (see ``_items``)."""

    actor: ActorFields
    places: frozenset[str] = frozenset()  # the day's place words (``organisations.place_words``)
    # The day's cities named in another language (``body_city_names.day_city_names``).
    cities: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def names(self) -> list[str]:
        # With the name its role spells its acronym with ("CSB", "Club subaquatique...").
        return unique([*actor_names(self.actor), *self.spelled])

    @cached_property
    def spelled(self) -> list[str]:
        """The full names its own article gives its acronym or short name: keyed by them,
        not by its letters or its kind (``spelled_acronyms``, ``role_names``)."""
        if self.is_person:
            return []
        own = spelled_out(self.actor.name, actor_names(self.actor), self.actor.role, self.places)
        # Or that its role or its text names with its place ("States", role "States of
        # Guernsey"; "la PJ de Metz", ``placed_acronyms``).
        said = [self.actor.role, *self.actor.aliases]
        placed = [p for r in said if (p := placed_by_role(self.actor.name, r, self.places))]
        return unique([*own, *placed])

    @cached_property
    def is_person(self) -> bool:
        return self.actor.kind == "person"

    @property
    def kind(self) -> str:
        return self.actor.kind

    @property
    def role(self) -> str | None:
        return self.actor.role

    @cached_property
    def keys(self) -> set[str]:
        """The keys it is matched by: a person's names without titles; an organisation's
        names as a bag of words (countries for their adjectives, no 'of', British spelling
        as American), so 'Russian Ministry of Defence' is 'Russia's Defense Ministry'."""
        if self.is_person:
            return {k for n in self.names for k in person_keys(n)}
        # With German umlauts also written out ("Obergrächen", "Obergraechen"): the keys
        # of both spellings, never one folded to the other ("Michael" is no "Michal").
        # A department's number as its name ("SDIS 57": "SDIS Moselle", ``departmental_bodies``).
        # A canton's code as its name ("Kapo VS": "Kapo Valais", ``canton_codes``).
        names = [with_city_names(departmental_name(cantonal_name(n)), self.cities) for n in self.names]
        spellings = unique([*names, *map(umlauts_spelled_out, names)])
        # An acronym spelled out is keyed by its words, not its letters: another article's
        # "CSB" may spell another body's name.
        letters = {self.actor.name} if self.spelled else set()
        keyed = [n for n in spellings if n not in self.defined and n not in letters]
        # A name in capitals by its letters, not a word they spell ("AMT", ``capital_words``).
        keys = {
            acronym_key(n) or placed_key(organisation_key(name_key(n), self.places), self.places)
            for n in keyed
        } - {""}
        keys = {town_government_key(key, self.places, self.names, self.kind) for key in keys}
        return with_france(keys, self.names)  # "SDIS 57" is a "französische Feuerwehr"

    @cached_property
    def kinds_said(self) -> set[str]:
        """Keys of a body's short names that say only its kind ("Polizei Köln", also
        "die Polizei"): they say which force it is no more than any other force's, so
        they join no equal key, only the day's one body of that kind (``join_shorter_forms``)."""
        if self.is_person:
            return set()
        said = {key for key in self.keys if set(key.split()) <= BODY_WORDS}
        return said if said != self.keys else set()

    @cached_property
    def defined(self) -> set[str]:
        """Abbreviations its aliases give ("SBB" of "Swiss Federal Railways (SBB)", see
        ``defined_names.defined_names``): matched as abbreviations are, to the day's one
        body so named, never as a key: two countries' socialist parties are both "PS"."""
        aliases = self.actor.aliases
        return set() if self.is_person else {a for a in aliases if is_acronym(a) and a != self.actor.name}

    @cached_property
    def full_names(self) -> set[str]:
        """Its keys that give a first name: not "T. Sorvik", not "von der Leyen"."""
        alone = {k for n in self.names for k in person_keys(n) if surname_alone(n, k)}
        return {key for key in self.keys if " " in key and not given_initials(key) and key not in alone}

    @cached_property
    def initialled(self) -> set[tuple[str, ...]]:
        """The initials it gives for a first name ("T. Sorvik": ("t",)), if any."""
        return {i for key in self.keys if (i := given_initials(key))} if self.is_person else set()

    @cached_property
    def surnames(self) -> set[str]:
        return {key.split()[-1] for key in self.keys}

    @cached_property
    def offices(self) -> set[str]:
        return offices(self.actor.role or "") | offices(" ".join(self.names))

    @cached_property
    def described(self) -> set[str]:
        """The words of its role and names, folded: what says which office it holds."""
        text = " ".join([self.actor.role or "", *self.names])
        return {fold_accents(w) for w in re.findall(r"[^\W\d_]+", text.casefold())}

    @cached_property
    def possessive(self) -> bool:
        """Named in the possessive ("St Brendan's"): after a person, not a place."""
        return not self.is_person and any(re.search(r"\w['’]s$", n) for n in self.names)

    @cached_property
    def abbreviation(self) -> str | None:
        """Its name when one word that may abbreviate another ("UME", "Aemet", "Polstrada")."""
        name = self.actor.name.strip()
        # One its article spells out abbreviates that name, no other body's.
        short = not self.is_person and not self.spelled and name.isalpha() and len(name) in SHORT_NAME_LETTERS
        return name if short else None


def actor_names(actor: ActorFields) -> list[str]:
    return [n for n in (actor.canonical_name, actor.name, *actor.aliases) if n]


def _items(
    actors: Sequence[ActorFields], places: frozenset[str], cities: Mapping[str, str]
) -> list[_ActorItem]:
    """One item for each spelling of an actor, shared by every actor spelled so: a busy day
    names the same actors in article after article, and one item per mention took most
    of the memory of merging its actors."""
    shared: dict[tuple[object, ...], _ActorItem] = {}
    flat = []
    for actor in actors:
        spelling = (actor.kind, actor.name, actor.canonical_name, actor.role, tuple(actor.aliases))
        item = shared.get(spelling)
        if item is None:
            item = shared[spelling] = _ActorItem(actor, places, cities)
        flat.append(item)
    return flat


def same_actor_groups(
    actors: Sequence[ActorFields],
    ambiguous: Ambiguous | None = None,
    articles: Sequence[str] | None = None,
    places: Iterable[str] = (),
    article_places: Mapping[str, Iterable[str]] | None = None,
    own_places: Sequence[Sequence[str]] | None = None,
    languages: Sequence[str] | None = None,
) -> list[list[int]]:
    """Which of the actors are one real-world actor, as groups of indexes: the one matching
    rule of the daily merge, used within a day and across days. With ``articles`` (the
    article of each actor), a bare surname that could be either of two people joins the
    one named beside the same others (``people.settle_by_company``); one still unsettled
    joins neither and is added to ``ambiguous``. ``places`` (the day's incidents' places)
    say whose a body is ("Port Adela Crown Court", "Hamburger Landgericht", see
    ``organisations.place_words``); ``article_places`` (each article's incidents' places)
    which of several bodies of one kind a kind alone is (``kinds_by_place``); ``own_places``
    (each actor's: the places of its article's incidents whose passage names it, if any)
    narrow those: "die Feuerwehr" of an article's pile-up on the E40 is not the fire
    service of the Brussels bridge crash it reports next. ``languages`` (each actor's
    article's) say whose country a bare acronym's body is: two countries' bodies sharing
    an acronym never join (``acronym_countries``)."""
    places = list(places)
    cities = day_city_names([*places, *(n for actor in actors for n in actor_names(actor))])
    # A city the day names in two languages is one of its places, its adjectives too
    # ("police cantonale fribourgeoise" beside "Kantonspolizei Freiburg").
    day_places = place_words([*places, *named_seats(actors), *cities.values()]) | modifier_named_places(
        places
    )
    flat = _items(actors, day_places, cities)
    places_of, scattered = None, frozenset[int]()
    if articles is not None and article_places is not None:
        places_of, scattered = item_places(articles, article_places, own_places)
    langs: Sequence[str | None] = languages if languages is not None else [None] * len(flat)
    groups = ApartUnionFind(
        [
            None if item.is_person else acronym_mark(item.actor.name, item.role, item.names, lang, item.kind)
            for item, lang in zip(flat, langs, strict=True)
        ],
        # Two regions' bodies of one kind: where each article's stories happen.
        place_marks(
            [None if item.is_person else item.keys for item in flat],
            [[item.actor.name, *item.names] for item in flat],
            articles,
            article_places,
            own_places,
        ),
    )
    regional = regional_acronyms(flat, day_places)  # "LPD" beside "LPD Salzburg"
    held = held_descriptions(flat)
    flat = _unnamed(flat, {index for index, _ in held}, groups)
    # Each key's first actor of every group it keeps apart (``acronym_countries``): one,
    # but for two countries' bodies of one acronym, each joined by its own country's.
    by_key: dict[tuple[bool, str], list[int]] = {}
    borne_twice = letters_borne_twice(flat, day_places)
    for index, item in enumerate(flat):
        if item.is_person and not item.full_names:
            continue  # a surname alone is matched below, once the day's full names are known
        if index in borne_twice:
            continue  # letters two bodies of the day bear ("AFM"): either body's, unsaid which
        if kind_alone(item) is not None or regional_acronym(item, regional) is not None:
            continue  # a kind alone ("die Polizei", "LPD") is matched below, by its article's places
        for key in item.keys - item.kinds_said:
            heads = by_key.setdefault((item.is_person, key), [])
            for head in heads:
                groups.union(index, head)
            if all(groups.find(head) != groups.find(index) for head in heads):
                heads.append(index)
    unsure: Ambiguous = []
    join_full_names(flat, groups)
    join_both_surnames(flat, groups)
    join_surnames(flat, groups, unsure)
    join_surname_initials(flat, groups)
    join_offices(flat, groups)
    join_cited_acronyms(flat, groups, day_places)
    join_acronym_names(flat, groups)
    join_translated_acronyms(flat, groups)
    join_paired_acronyms(flat, groups, articles)
    join_labelled_names(flat, groups, day_places)
    # A body named by its level and by its region is one before shorter forms look: "the
    # fire brigade" is the day's one fire brigade however many ways its name is written.
    join_levels_to_regions(flat, groups)
    # A force named by its country's adjective too ("police néerlandaise"): the kinds alone
    # then find one body where they found two names of it.
    join_country_forces(flat, groups, places_of)
    join_national_forces(flat, groups, places_of)  # "Spanish police": "Guarda Civil espanhola"
    join_country_named_bodies(flat, groups, places)  # "Garde civile espagnole": "Guardia Civil"
    away = join_kinds_by_place(flat, groups, places_of, day_places, scattered, regional)
    join_town_groups(flat, groups, places_of, day_places)  # "Tittmoninger", "giovani di Tittmoning"
    # A town's government alone is its article's town's only (``kinds_by_place``), as is
    # a regional acronym alone its article's region's.
    placed = town_governments(flat, places_of) | placed_acronyms_alone(flat, places_of, regional) | away
    join_shorter_forms(flat, groups, day_places, placed, places_of)
    # After shorter forms: an abbreviation joins the day's one body it spells, and
    # "Polizia Stradale" and "Polizia Stradale di Brescia" are one body only by then.
    join_abbreviations(flat, groups, day_places)
    join_kind_nouns(flat, groups, articles, placed)
    join_brand_names(flat, groups, day_places)
    join_founding_years(flat, groups)
    join_service_numbers(flat, groups, langs)  # "118": "Genoa's 118 emergency service"
    join_corps_names(flat, groups)  # "Capitaneria": "Guardia Costiera"
    join_officers_forces(flat, groups, articles, langs)  # "RCMP": "Gendarmerie royale du Canada"
    join_levels_alone(flat, groups, day_places, _story_places(places_of, articles, article_places))
    join_translated_names(flat, groups)
    join_people_named_as_bodies(flat, groups, day_places)
    if articles is not None:
        unsure = settle_by_company(groups, unsure, articles)
    if ambiguous is not None:
        ambiguous.extend([*unsure, *held])
    return groups.groups()


def _story_places(
    places_of: Sequence[frozenset[str]] | None,
    articles: Sequence[str] | None,
    article_places: Mapping[str, Iterable[str]] | None,
) -> list[tuple[frozenset[str], frozenset[str]]] | None:
    """Each item's place words, then with its whole article's: the province a report names
    for one of its stories ("Segovia province") says which region a town of another lies
    in, when the item's own places say none."""
    if places_of is None or articles is None or article_places is None:
        return None
    read = {article: place_words(article_places.get(article, ())) for article in set(articles)}
    return [(here, here | read[article]) for here, article in zip(places_of, articles, strict=True)]


@dataclass(frozen=True)
class _Unnamed:
    """An actor matched by none of its names (``described_bodies``): it keeps its kind."""

    kind: ActorKind
    name: str = ""
    canonical_name: str | None = None
    role: str | None = None
    aliases: Sequence[str] = ()


def _unnamed(flat: list[_ActorItem], held: set[int], groups: UnionFind) -> list[_ActorItem]:
    """The items with those ``held`` matched by no name, each still one with the actors
    spelled as it is (one description, word for word, in two articles)."""
    blanks: dict[int, tuple[int, _ActorItem]] = {}
    for index in sorted(held):
        first, _ = blanks.setdefault(id(flat[index]), (index, _ActorItem(_Unnamed(flat[index].actor.kind))))
        groups.union(first, index)
    return [blanks[id(item)][1] if index in held else item for index, item in enumerate(flat)]
