"""Groups of figures (``figures.figure_groups``) that one measure split only by how each
source said it: one quantity in two units, one count of people by the wider group they
belong to, or one count a party restates in its own words."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summarizer.daily.counted_nouns import STATES, noun_and_state
from summarizer.daily.figure_units import ALIKE_FIGURES_FACTOR, unit_scale
from summarizer.daily.measures import measure_of
from summarizer.daily.place_keys import COUNTRY_NAMES
from summarizer.text.accents import fold_accents
from summarizer.text.exonyms import country_in_english, is_city
from summarizer.text.lexicons.counted import OVERLAPPING_PEOPLE, PEOPLE, PEOPLE_THINGS
from summarizer.text.lexicons.harm import HARM, HARM_CATEGORIES

if TYPE_CHECKING:
    from summarizer.daily.records import ArticleRecord, FigureRecord

Groups = dict[str, list[tuple["ArticleRecord", "FigureRecord"]]]
_WORD = re.compile(r"[^\W\d_]+")


def join_units(by_measure: Groups) -> None:
    """Amounts of one category in two units of one dimension ("other:l" and "other:m3",
    "other:weeks" and "other:months") join an earlier such group when they may be one
    quantity (``_one_quantity``): "some 20 million litres" and "rund 20.000 Kubikmeter"
    are one volume of water (``figure_units``), but a "50-metre security perimeter" and
    "3 km from the town", or a "24-hour curfew" and "two years", are two quantities."""
    kept: dict[tuple[str, str], list[str]] = {}
    for key in list(by_measure):
        category, _, unit = key.partition(":")
        scale = unit_scale(unit)
        if scale is None or measure_of(by_measure[key][0][1]) != key:
            continue
        earlier = kept.setdefault((category, scale[0]), [])
        joined = next((k for k in earlier if _one_quantity(by_measure[k], by_measure[key])), None)
        if joined is None:
            earlier.append(key)
        else:
            by_measure[joined] += by_measure.pop(key)


def _one_quantity(
    group_a: list[tuple[ArticleRecord, FigureRecord]], group_b: list[tuple[ArticleRecord, FigureRecord]]
) -> bool:
    """Whether two groups of one dimension may give one quantity: some figure of each
    counts by one head word ("litres of water", "Kubikmeter Wasser" do not, "m3 of water"
    and "litres of water" do), or the two state amounts within ``ALIKE_FIGURES_FACTOR``
    of each other once in one unit. A spill's volume disputed twofold is one figure; a
    perimeter of metres and a distance of kilometres are not."""
    return any(_alike(a, b) for _, a in group_a for _, b in group_b)


def _alike(a: FigureRecord, b: FigureRecord) -> bool:
    head_a, head_b = _head(a), _head(b)
    if head_a is not None and head_a == head_b:
        return True
    amount_a, amount_b = _in_base_unit(a), _in_base_unit(b)
    if amount_a is None or amount_b is None or amount_a <= 0 or amount_b <= 0:
        return False
    small, large = sorted((amount_a, amount_b))
    return large <= small * ALIKE_FIGURES_FACTOR


def _head(figure: FigureRecord) -> str | None:
    """The last word of what a figure counts, singular: "water", "perimeter"."""
    words: list[str] = _WORD.findall(fold_accents(figure.counted or "").lower())
    if not words:
        return None
    head = words[-1]
    return head[:-1] if len(head) > 3 and head.endswith("s") and not head.endswith("ss") else head


def _in_base_unit(figure: FigureRecord) -> float | None:
    """The amount a figure states in its dimension's base unit (``unit_scale``)."""
    scale = unit_scale(figure.unit)
    stated = figure.value if figure.value is not None else figure.value_high
    return None if scale is None or stated is None else stated * scale[1]


@cache
def _harm_words() -> dict[str, re.Pattern[str]]:
    """Each toll category's nouns and verbs of every language of ``lexicons.harm``, as one
    pattern a whole word is matched by ("blessés", "Verletzte", "feridos", "injured")."""
    return {
        category: re.compile(
            "|".join(w for table in HARM.values() for w in (*table[category].nouns, *table[category].verbs))
        )
        for category in HARM_CATEGORIES
    }


def _toll_named(counted: str | None) -> str | None:
    """The toll category whose harm words are all a count's words say, beside words for
    people ("blessés", "personnes blessées", "Verletzte"): None when they name anything else
    ("tote Fische": dead fish are no toll), nothing, or the harm of two categories."""
    said = _WORD.findall((counted or "").lower())
    named = {
        category
        for category, harm in _harm_words().items()
        if said
        and all(harm.fullmatch(w) or fold_accents(w) in PEOPLE for w in said)
        and any(harm.fullmatch(w) for w in said)
    }
    return next(iter(named)) if len(named) == 1 else None


def join_unsaid_tolls(by_measure: Groups) -> None:
    """A count left without a category ("other") whose words name nothing but a toll's
    harm ("4" counting "blessés", "drei Verletzte") joins that toll's count of people of its
    incident ("trois blessés" as injured): an extractor that missed the category, most often
    where the number stands apart from its noun ("la police locale, elle, en compte 4"),
    has still said what it counts, and the two disagree. Only the toll's one group of
    people: a count of something else named beside harm ("tote Fische") stays apart."""
    for key in [k for k in by_measure if k.startswith("other:")]:
        members = by_measure[key]
        categories = {_toll_named(f.counted) for _, f in members}
        if len(categories) != 1 or (category := categories.pop()) is None:
            continue
        toll = f"{category}:people"
        if toll in by_measure and all(f.unit == "count" for _, f in members):
            by_measure[toll] += by_measure.pop(key)


def join_overlapping_people(by_measure: Groups) -> None:
    """A count of people and a count of the wider group they belong to, of one category
    (``OVERLAPPING_PEOPLE``), are one group: one report of a school canteen counts "six
    pupils in hospital", another "five children", and the two disagree. Each pair is one
    measure the way a count of people and of some people may be (``measures.one_count``),
    but only these pairs join: "three firefighters hurt" beside "12 people hurt" is a part
    of the toll, not a rival to it."""
    for pair in OVERLAPPING_PEOPLE:
        kept, joining = sorted(pair)  # one key for the two, whichever the day meets first
        for key in [k for k in by_measure if k.endswith(f":{joining}")]:
            other = f"{key.removesuffix(f':{joining}')}:{kept}"
            if other in by_measure and key in by_measure:
                by_measure[other] += by_measure.pop(key)


def join_unsaid_states(by_measure: Groups) -> None:
    """A count of things that does not say what befell them ("300,000 patient files")
    joins the one count of that thing its category has that does ("300 000 dossiers
    médicaux dérobés": ``measures.measure_of`` keys it "record stolen"): a report often
    says it once in full and then bare. Beside two counts of the thing ("trains
    cancelled", "trains delayed") it stays apart: it may be either."""
    for key in [k for k in by_measure if " " not in k and "#" not in k]:
        told = [k for k in by_measure if k.startswith(f"{key} ")]
        if len(told) == 1 and told[0][len(key) + 1 :] in STATES:
            by_measure[told[0]] += by_measure.pop(key)


def join_restated(by_measure: Groups) -> None:
    """A count told as a party's figure for a measure ("Local fire officials have put the
    number of injured at twelve", "la CEF eleva la cifra a más de 1.100 medicamentos":
    ``Standing.restates``) is another count of what its article counted first in its
    category and unit ("Seven passengers suffered minor injuries", "612 presentaciones de
    medicamentos"), whatever each calls the counted: its group joins that count's group.
    Never a part ("five of whom"), nor a count of people to one of things: "the number of
    strikers at 3,000" restates no count of lorries."""
    group_of = {(s.id, f.id): key for key, members in by_measure.items() for s, f in members}
    for key, members in list(by_measure.items()):
        for source, figure in list(members):
            if not figure.standing.restates or key not in by_measure:
                continue
            first = next(
                (
                    f
                    for f in sorted(source.figures, key=lambda f: f.span.start)
                    if f.span.start < figure.span.start
                    and f.category == figure.category
                    and f.unit == figure.unit
                    and not f.standing.subcount
                    and (f.claimed_by or f.party) != (figure.claimed_by or figure.party)
                ),
                None,
            )
            earlier = group_of.get((source.id, first.id)) if first is not None else None
            if earlier is None or earlier == key or earlier not in by_measure:
                continue
            if _of_people(earlier) != _of_people(key):
                continue
            joined = by_measure.pop(key)
            by_measure[earlier] += joined
            group_of.update({(s.id, f.id): earlier for s, f in joined})
            break


def _of_people(key: str) -> bool:
    """Whether a group's key counts people, of any kind."""
    counted = key.split(":", 1)[1].split("#")[0]
    return counted == "people" or counted in PEOPLE_THINGS


def _scoped_keys(by_measure: Groups) -> dict[str, list[str]]:
    """Each measure's key without its scope -> the keys of that measure with a scope."""
    scoped: dict[str, list[str]] = {}
    for key, members in by_measure.items():
        base = _without_scope(key, members[0][1])
        if base is not None:
            scoped.setdefault(base, []).append(key)
    return scoped


def join_unsaid_scopes(by_measure: Groups) -> None:
    """A count whose words name what scopes it (``counted_nouns.noun_and_state``: "vaten
    in Hulst" is "vaten hulst", "Traktoren bei der Demonstration" "tractor demonstration",
    as German writes every noun capitalised) joins the count of its noun that names none
    ("42 vaten", "more than 300 tractors"): one incident's reports name its place, or not.
    Only when it is the one scope its noun has in the incident: beside another ("nine
    cases" in Hagenwiller, "nine cases" in Alsace; "847 cases" since January, "120,000" in
    Europe) the bare count may be of either, and the two scopes stay two counts. Nor when
    the scope is a town or a country none of the reports' incidents is placed at: "150
    tractors in Lyon" is one city's share of a nationwide protest's "more than 1,000"."""
    for base, keys in _scoped_keys(by_measure).items():
        if len(keys) == 1 and base in by_measure:
            if _scoped_elsewhere(keys[0], [*by_measure[base], *by_measure[keys[0]]]):
                continue
            by_measure[base] += by_measure.pop(keys[0])


def join_placed_scopes(by_measure: Groups) -> None:
    """Counts of one noun and state whose words each name a scope the reports place their
    event at (a word of an incident's place or location: "boats seized in Porthavel" and
    "boats seized on Quay Street" of one event on Quay Street, Porthavel; "Boote aus dem
    Bootshafen" and "boats stolen from the Porthavel marina") are one count, with the bare count
    of the noun if there is one: each report names where the event is in its own words.
    Not when one article counts two of the scopes, or the bare count and a scope: it tells
    them apart ("nine cases in the village, 40 in the valley"); nor beside a scope no report
    places its event at, which may be the whole of which the others are parts
    (``join_unsaid_scopes``); nor when two scopes are towns or countries: an operation in
    "Rotterdam and Antwerp" has a count in each port, and "Sliema, Malta" a town's and the
    nation's."""
    for base, keys in _scoped_keys(by_measure).items():
        if len(keys) < 2:
            continue  # one scope: ``join_unsaid_scopes`` reads it beside the bare count
        if any(_scope(key) not in _placed_words(by_measure[key]) for key in keys):
            continue
        if sum(_is_town_or_country(_scope(key)) for key in keys) > 1:
            continue
        scopes_of: dict[str, set[str]] = {source.id: {""} for source, _ in by_measure.get(base, [])}
        for key in keys:
            for source, _ in by_measure[key]:
                scopes_of.setdefault(source.id, set()).add(_scope(key))
        if any(len(scopes) > 1 for scopes in scopes_of.values()):
            continue
        joined = by_measure.pop(base, [])
        for key in keys:
            joined += by_measure.pop(key)
        by_measure[base] = joined


def _scope(key: str) -> str:
    """The scope a scoped count's key names (its second word, ``_without_scope``)."""
    return key.partition(":")[2].split(" ")[1]


def _placed_words(members: list[tuple[ArticleRecord, FigureRecord]], locations: bool = True) -> set[str]:
    """The words, folded and lowercased, of the places (and, with ``locations``, of the
    locations: "im Bootshafen an der Quay Street") of the incidents of the articles that give a
    group's counts."""
    return {
        word
        for source, _ in members
        for incident in source.incidents
        for said in (incident.place, incident.location if locations else None)
        for word in _WORD.findall(fold_accents((said or "").casefold()))
    }


def _scoped_elsewhere(key: str, members: list[tuple[ArticleRecord, FigureRecord]]) -> bool:
    """Whether a scoped count's scope (the key's second word) is a town or a country that no
    incident of its group's articles is placed at: a part of the event's count, not it."""
    scope = _scope(key)
    if not _is_town_or_country(scope):
        return False  # "Demonstration", "Gleisen", "board": the event's own setting
    return scope not in _placed_words(members, locations=False)


def _is_town_or_country(scope: str) -> bool:
    return is_city(scope) or scope in COUNTRY_NAMES or country_in_english(scope) is not None


def _without_scope(key: str, figure: FigureRecord) -> str | None:
    """A count's key without the scope its words name, or None when they name none (or the
    key is not the figure's own measure: a group some join has renamed)."""
    if measure_of(figure) != key:
        return None
    _, _, scope = noun_and_state(_WORD.findall(figure.counted or ""))
    category, _, what = key.partition(":")
    words = what.split(" ")
    if scope is None or len(words) < 2 or words[1] != scope:
        return None
    return f"{category}:{' '.join(words[:1] + words[2:])}"
