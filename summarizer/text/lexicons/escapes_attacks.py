"""Cues of two kinds of general news the schema has no class for (reported as "other", see
``engines/extractive/incidents.py``): an escape from custody or from an enclosure (inmates
who broke out of a prison, a jaguar out of its zoo), and an attack by an animal on people
or livestock (a wolf that killed a flock's sheep). In English, German, French and Spanish;
lower-case regular expressions matched between word boundaries on lower-cased text."""

from __future__ import annotations

from summarizer.text.lexicons.harm import harm_verbs


def _killed(lang: str) -> str:
    """The language's verbs of people killed (``lexicons.harm``), read of livestock here."""
    verbs = harm_verbs(lang)
    assert verbs is not None  # every language of these tables has a harm table
    return verbs["killed"]


# Where people or animals are held: what an escape is from. German compounds end in them
# ("Justizvollzugsanstalt", "Tiergehege").
_HELD_EN = (
    r"(?:prison|jail|gaol|detention (?:centre|center)|custody|zoo|enclosure|cage|wildlife park|safari park)"
)
_HELD_DE = r"\w*(?:gefängnis|anstalt|jva|haft|gehege|käfig|zoo|tierpark|wildpark)\w*"
_HELD_FR = (
    r"(?:prison|centre pénitentiaire|maison d['’]arrêt|centre de détention|zoo|enclos|cage|parc animalier)"
)
_HELD_ES = r"(?:cárcel|prisión|centro penitenciario|zoo|zoológico|parque zoológico|recinto|jaula)"

# An escape by its verb and what it was from, or by who escaped ("three inmates escaped"):
# not "escaped injury", "ausgebrochen" of a fire, "l'évasion fiscale" nor "se escapó un gol".
ESCAPE_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        rf"(?:escaped|broke out|breaking out|broken out) (?:from|of) (?:a |an |the |its |his |her |their )?"
        rf"(?:[\w'’-]+ ){{0,3}}?{_HELD_EN}",
        r"(?:prison|jail) ?breaks?",
        r"jailbreaks?",
        r"(?:inmates?|prisoners?|detainees?|convicts?)\b[^.;]{0,60}?\b(?:escaped|broke out)",
        r"escaped (?:inmates?|prisoners?|convicts?)",
    ),
    "de": (
        rf"aus (?:der|dem|einer|einem|seinem|ihrem) (?:[\w-]+ ){{0,2}}?{_HELD_DE}\b[^.;]{{0,60}}?\b"
        r"(?:ausgebrochen|entkommen|entwichen|geflohen|geflüchtet)",
        r"(?:häftling|gefangene|insass|sträfling|strafgefangene)\w*\b[^.;]{0,80}?\b(?:ausgebrochen|entkommen|"
        r"entwichen|geflohen|geflüchtet)",
        r"(?:gefängnis|gefangenen)ausbr(?:u|ü)ch\w*",
        r"ausbruch aus (?:der|dem|einer|einem) \w*(?:gefängnis|anstalt|jva|haft)\w*",
    ),
    "fr": (
        r"évadée?s?",
        r"s['’](?:est|sont|étaient|était) évadée?s?",
        r"évasions?(?! fiscales?)",
        rf"(?:échappée?s?|enfuie?s?) (?:de |du |d['’])(?:la |l['’]|son |sa )?{_HELD_FR}",
    ),
    "es": (
        r"evadid[oa]s?",
        r"(?:se )?fug(?:ó|aron|ado|ados|ada|adas)\b[^.;]{0,60}?\b(?:de|del) (?:la |el |una |un )?" + _HELD_ES,
        r"fuga (?:de|del) (?:la |el |una |un )?" + _HELD_ES,
        rf"escap(?:ó|aron|ado|ada|ados|adas)\b[^.;]{{0,40}}?\b(?:de|del) (?:la |el |su |una |un )?{_HELD_ES}",
        r"(?:presos?|reclusos?|internos?)\b[^.;]{0,60}?\b(?:se (?:fugaron|fugó|escaparon|escapó))",
    ),
}

# Predators and the livestock they kill: an attack told by the animal that made it, or by
# the flock it struck ("17 sheep were found dead", "wurden 17 Schafe gerissen").
# Not "bears", "lions" nor "sharks" alone: a verb, and teams' names.
_PREDATORS_EN = r"(?:wol(?:f|ves)|lynx(?:es)?|stray dogs?|crocodiles?|alligators?)"
_FLOCK_EN = r"(?:sheep|lambs?|ewes?|goats?|calves|cattle|cows?|livestock|flocks?|herds?|poultry)"
ANIMAL_ATTACK_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        rf"{_PREDATORS_EN}\b[^.;]{{0,60}}?\b(?:attacked|mauled|savaged|bit|{_killed('en')})",
        r"(?:wolf|bear|shark|dog|lynx) attacks?",
        rf"{_FLOCK_EN}\b[^.;]{{0,40}}?\b(?:was|were|had been|have been) (?:attacked|mauled|savaged|found dead|"
        rf"{_killed('en')})",
        rf"(?:attacked|mauled|killed) (?:by )?(?:a |an |the )?{_PREDATORS_EN}",
        # A swarm that stung people.
        r"swarms? of (?:bees|wasps|hornets)",
        r"(?:bees|wasps|hornets)\b[^.;]{0,60}?\b(?:stung|stinging)",
    ),
    "de": (
        rf"(?:wolf|wölfe|wolfs|bär|bären|luchs)\b[^.;]{{0,80}}?\b(?:angegriffen|gerissen|attackiert|{_killed('de')})",
        r"wolfs(?:angriff|attacke|riss)\w*",
        r"\w*(?:schafe|lämmer|ziegen|kälber|rinder|nutztiere|tiere)\b[^.;]{0,40}?\bgerissen",
        r"gerissene[nr]? (?:schafe|lämmer|ziegen|kälber|tiere)",
        r"\w*(?:bienen|wespen|hornissen)schw(?:a|ä)rm\w*",
        r"(?:schwarm|schwärme|bienen|wespen|hornissen)\b[^.;]{0,80}?\bgestochen",
    ),
    "fr": (
        rf"(?:loups?|ours|lynx)\b[^.;]{{0,60}}?\b(?:attaqu\w*|égorg\w*|{_killed('fr')})",
        r"attaques? de (?:loups?|ours|chiens?)",
        r"(?:brebis|moutons|agneaux|chèvres|veaux|troupeaux?)\b[^.;]{0,40}?\b(?:égorgée?s|attaquée?s|"
        rf"{_killed('fr')})",
        r"essaims? (?:d['’])?(?:abeilles|guêpes|frelons)",
        r"essaims?\b[^.;]{0,60}?\b(?:piqué|piquées?|piqués|s['’]est abattu|a fondu)",
        r"personnes piquées",
    ),
    "es": (
        r"(?:lobos?|osos?)\b[^.;]{0,60}?\b(?:atac\w*|mat(?:ó|aron)|mordi\w*)",
        r"ataques? de (?:lobos?|osos?|perros?)",
        r"(?:ovejas|corderos|cabras|terneros|reses|rebaños?)\b[^.;]{0,40}?\b(?:atacad[oa]s|matad[oa]s|"
        rf"{_killed('es')})",
        r"enjambres? de (?:abejas|avispas|avispones)",
        r"picad[oa]s por (?:abejas|avispas|avispones|un enjambre)",
    ),
}
