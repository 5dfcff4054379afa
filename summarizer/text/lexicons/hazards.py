"""What an evacuation is ordered for, in English, German, French and Spanish: each word ->
one hazard. Two reports of an evacuation in one town that name a hazard each, and none in
common, are of two evacuations (a gas leak's building and a flood's streets, read by
``daily.signs_of_two``). What ``lexicons.event_kinds`` reads already (a fire, a flood, a
storm) is read there. A report's words come as the merge reads them, each language's word
for a concept as the concept's English name ("fuite" as "leaked", ``text.concepts``), so
each hazard lists its concepts' names too. Lower case, accents folded, four letters or more (as the merge's
content words are: "gas" and "gaz" are too short, a leak is read by its own word). Plain
data."""

from __future__ import annotations

from summarizer.text.vocabulary import words

_HAZARDS = {
    "leak": """leak leaks leaking leaked gasleck gaslecks gaslecke leck lecks gasaustritt gasgeruch austritt fuite fuites fuga fugas""",
    "bomb": """bomb bombs bombe bomben bombendrohung blindganger fliegerbombe sprengsatz sprengkorper
        explosive explosives explosif explosifs explosivo explosivos artefacto colis paquete
        suspicious verdachtig verdachtigen suspect suspecte sospechoso sospechosa""",
    "avalanche": """avalanche avalanches lawine lawinen lawinengefahr alud aludes""",
    "water": """river rivers fluss flusses pegel riviere fleuve embalse""",
    "chemical": """chemical chemicals chemikalie chemikalien chimique chimiques quimico quimicos
        toxic giftig toxique toxico""",
}
HAZARD_WORDS: dict[str, str] = {word: hazard for hazard, block in _HAZARDS.items() for word in words(block)}
