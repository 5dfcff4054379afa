"""The words for people killed or hurt, in English, German, French, Spanish, Italian and
Portuguese: the one table
that every rule reading a toll builds on. A count of none or one reads the nouns ("keine
Toten", "aucun blessé": ``text.word_counts``); a toll written in words reads the nouns and
the verbs ("No one was killed", "niemand wurde verletzt": ``figure_word_tolls``); a figure's
category reads all three lists ("27 injured", "12 morts", "fueron hospitalizados":
``figure_categories``); and a sentence of harm to people with no other event reads the
nouns and verbs of German, French and Spanish (``lexicons.events``).

Lower-case regular expressions, matched whole-word on lower-cased text. Killed comes before
injured wherever both are read: "tödlich verletzt" (fatally injured) is killed.
"""

from __future__ import annotations

from dataclasses import dataclass

HARM_CATEGORIES = ("killed", "injured")


@dataclass(frozen=True)
class HarmWords:
    # Nouns for the people killed or hurt, or for the harm ("Toten", "blessés", "deaths").
    nouns: tuple[str, ...]
    # Verbs and participles that say people were killed or hurt ("getötet", "murió").
    verbs: tuple[str, ...]
    # Further words that tell a figure's category only ("death toll", "hospitalisés"): too
    # loose to deny or count a toll of none or one ("no lives", "aucune victime").
    cues: tuple[str, ...] = ()
    # The singular that an indefinite article counts as one ("un mort", "ein Toter"; not
    # the feminine "une mort", a death): the nouns when not given.
    one: tuple[str, ...] | None = None

    @property
    def singular(self) -> tuple[str, ...]:
        return self.nouns if self.one is None else self.one

    @property
    def everything(self) -> tuple[str, ...]:
        return (*self.nouns, *self.verbs, *self.cues)


HARM: dict[str, dict[str, HarmWords]] = {
    "en": {
        "killed": HarmWords(
            nouns=(r"deaths", r"fatalities", r"dead"),
            verbs=(r"killed", r"died", r"dead", r"perished"),
            cues=(
                r"kill(?:s|ed|ing|ings)?", r"death", r"death toll", r"lives", r"bodies",
                r"fatalit(?:y|ies)", r"massacred",
            ),
        ),
        "injured": HarmWords(
            nouns=(r"injuries",),
            verbs=(r"injured", r"hurt", r"wounded", r"harmed"),
            cues=(
                r"injur(?:y|ies|ed|ing)", r"wound(?:s|ed|ing)?", r"casualt(?:y|ies)",
                r"hospitali[sz](?:ed|ation)", r"treat(?:ed|ing)",
                # "12 people had been taken to Kessel General Hospital"
                r"taken to (?:[\w'’-]+ ){0,3}hospitals?",
            ),
        ),
    },
    "de": {
        "killed": HarmWords(
            nouns=(r"tote[nr]?", r"todesopfer", r"todesfälle"),
            verbs=(r"getötet", r"ums\s+leben", r"gestorben", r"starb", r"starben", r"tödlich\s+verletzt"),
            cues=(r"leichen",),
        ),
        "injured": HarmWords(
            nouns=(r"verletzte[nr]?", r"schwerverletzte[nr]?", r"verwundete[nr]?"),
            verbs=(r"verletzt", r"verwundet"),
            cues=(r"verwundet\w*", r"schwerverletzt\w*"),
        ),
    },
    "fr": {
        "killed": HarmWords(
            nouns=(r"morte?s?", r"tuée?s?", r"décès"),
            verbs=(r"tuée?s?", r"morte?s?", r"décédée?s?", r"péri"),
            cues=(r"victimes",),
            one=(r"mort", r"morte", r"tuée?"),
        ),
        "injured": HarmWords(
            nouns=(r"blessée?s?",),
            verbs=(r"blessée?s?",),
            cues=(r"hospitalisés?",),
            one=(r"blessée?",),
        ),
    },
    "es": {
        "killed": HarmWords(
            nouns=(r"muert[oa]s?", r"fallecid[oa]s?", r"víctimas? mortal(?:es)?"),
            verbs=(
                r"muri[óo]", r"falleci[óo]", r"murieron", r"fallecieron", r"muert[oa]s?", r"fallecid[oa]s?",
                r"perdi[óo]\s+la\s+vida",
            ),
            cues=(r"han muerto",),
            one=(r"muert[oa]", r"fallecid[oa]", r"víctima\s+mortal"),
        ),
        "injured": HarmWords(
            # "una herida" is a wound, not a person hurt: the feminine only in the plural.
            nouns=(r"herid(?:o|os|as)", r"lesionad[oa]s?"),
            verbs=(r"herid[oa]s?", r"lesionad[oa]s?"),
            cues=(r"hospitalizad[oa]s",),
            one=(r"herido", r"lesionad[oa]"),
        ),
    },
    "it": {
        "killed": HarmWords(
            nouns=(r"mort[io]", r"vittime", r"decess[io]"),
            verbs=(
                r"mort[oaie]", r"morì", r"morirono", r"decedut[oaie]", r"uccis[oaie]",
                r"ha\s+perso\s+la\s+vita", r"hanno\s+perso\s+la\s+vita", r"perso\s+la\s+vita",
            ),
            cues=(r"senza vita", r"cadaver[ei]", r"salme"),
            one=(r"morto", r"vittima"),
        ),
        "injured": HarmWords(
            nouns=(r"ferit[io]",),
            verbs=(r"ferit[oaie]", r"contus[oaie]"),
            cues=(r"ricoverat[oaie]", r"intossicat[oaie]", r"feriti lievi", r"feriti gravi"),
            one=(r"ferito",),
        ),
    },
    "pt": {
        "killed": HarmWords(
            nouns=(r"mort[oa]s", r"vítimas mortais", r"óbitos"),
            verbs=(
                r"morreu", r"morreram", r"mort[oa]s?", r"faleceu", r"faleceram", r"falecid[oa]s?",
                r"perdeu\s+a\s+vida", r"perderam\s+a\s+vida",
            ),
            cues=(r"vítima mortal", r"cadáver(?:es)?", r"corpos"),
            one=(r"morto", r"vítima\s+mortal"),
        ),
        "injured": HarmWords(
            # "uma ferida" is a wound, not a person hurt: the feminine only in the plural.
            nouns=(r"ferid(?:o|os|as)",),
            verbs=(r"ferid[oa]s?",),
            cues=(r"hospitalizad[oa]s", r"internad[oa]s", r"assistid[oa]s"),
            one=(r"ferido",),
        ),
    },
}  # fmt: skip


# Counts of the harm rather than of the people ("six deaths", "30 décès", "dos muertos",
# "twaalf gewonden", "dotze ferits"; Dutch and Catalan for the daily merge only), as
# plain words with accents folded (``lexicons.counted``): people, when the figure is a count
# of people killed, injured or displaced.
def _split(block: str) -> frozenset[str]:
    """The words of a block (``vocabulary.words``, which this module cannot import: the
    vocabulary reads this table)."""
    return frozenset(block.split())


COUNTED_HARM = _split(
    """
    evacuees evacuated displaced homeless evakuierte evakuierten vertriebene obdachlose
    evacues sinistres deplaces evacuados evacuadas desalojados desalojadas desplazados damnificados
    death deaths fatality fatalities casualty casualties victim victims dead injured wounded
    tote toten todesopfer opfer verletzte verletzten verletzter verwundete schwerverletzte
    mort morts deces victime victimes blesse blesses blessee blessees tue tues
    muerto muertos muerta muertas fallecido fallecidos fallecida fallecidas victima victimas
    herido heridos herida heridas
    morti morto vittime vittima feriti ferito sfollati evacuati
    mortos mortas feridos feridas desalojados desalojadas evacuadas desalojadas
    poisoned intoxiques intoxiquees vergiftete vergifteten intoxicados intoxicadas intossicati intossicate
    doden dode gewonden gewonde zwaargewonden lichtgewonden slachtoffers geevacueerden geevacueerd
    morts ferits ferides evacuats evacuades desallotjats desallotjades intoxicats
    """
    # People counted by the care they got ("bathers treated", "bañistas atendidos", "baigneurs
    # soignés", "bagnanti medicati"): in a toll of the hurt, the hurt themselves, as a report
    # that says "23 injured" counts them.
    """
    treated hospitalised hospitalized behandelt behandelte behandelten hospitalisiert
    soignes soignees hospitalises hospitalisees atendidos atendidas hospitalizados hospitalizadas
    medicati medicate ricoverati ricoverate
    """
)


def harm_nouns(lang: str) -> dict[str, str] | None:
    """Each category's nouns as one alternation, or None for a language without a table."""
    table = HARM.get(lang)
    return None if table is None else {c: "|".join(table[c].nouns) for c in HARM_CATEGORIES}


def one_nouns(lang: str) -> str | None:
    """The singulars an indefinite article counts as one, killed first, as one alternation."""
    table = HARM.get(lang)
    if table is None or lang == "en":  # English writes one as a number word ("one dead")
        return None
    return "|".join(w for c in HARM_CATEGORIES for w in table[c].singular)


def harm_verbs(lang: str) -> dict[str, str] | None:
    """Each category's verbs as one alternation, or None for a language without a table."""
    table = HARM.get(lang)
    return None if table is None else {c: "|".join(table[c].verbs) for c in HARM_CATEGORIES}


def figure_cues(lang: str, category: str) -> tuple[str, ...]:
    """Every word that tells a figure of ``category`` (killed or injured), each once."""
    return tuple(dict.fromkeys(HARM[lang][category].everything))


def harm_to_people(lang: str) -> str:
    """One alternation of every noun and verb of harm to people in ``lang``."""
    words = [w for c in HARM_CATEGORIES for w in (*HARM[lang][c].nouns, *HARM[lang][c].verbs)]
    return "|".join(dict.fromkeys(words))
