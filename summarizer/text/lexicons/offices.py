"""Offices that news copy names by several words, in the languages the daily merge reads,
each word -> one office: one report's "Ex-Reederei-Manager" Brenner is another's
executive Lars Brenner, "Polizeisprecher" is the police spokesman, "alcaldesa" the mayor.
Plain data: lower case, accents folded. A word that names two offices in its language
("consejero": a regional minister or a board member; "director"; "chief"; "secretary")
is left out: it only matches itself."""

from __future__ import annotations

from summarizer.text.vocabulary import PERSON_ROLES, words

_FAMILIES = {
    "executive": """executive executives ceo manager managerin boss geschaftsfuhrer
        geschaftsfuhrerin vorstandschef vorstandschefin konzernchef konzernchefin pdg gerente""",
    "mayor": """mayor mayoress burgermeister burgermeisterin oberburgermeister oberburgermeisterin
        maire mairesse bourgmestre alcalde alcaldesa sindaco sindaca burgemeester batlle
        batllessa alcaldessa""",
    # A town's executive member under its mayor: a Dutch "wethouder", a Belgian "schepen" or
    # "échevin", a German "Beigeordnete", an Italian "assessore". Not a councillor ("regidor",
    # "conseiller"), whom a town has dozens of.
    "alderman": """alderman alderwoman wethouder schepen beigeordnete beigeordneter echevin
        echevine assessore assessora""",
    "spokesperson": """spokesman spokeswoman spokesperson sprecher sprecherin porte-parole
        portavoz portavoce porta-voz portaveu woordvoerder woordvoerster""",
    "prosecutor": """prosecutor staatsanwalt staatsanwaltin oberstaatsanwalt oberstaatsanwaltin
        procureur procureure fiscal fiscala""",
    "judge": "judge richter richterin juge juez jueza magistrada magistrado",
    "prefect": "prefect prefet prefete",
    "minister": "minister ministerin ministre ministro ministra",
    # A body's or a club's chair, as each language names the one who presides it: a French
    # association's "président" is an English report's "chairman", a Dutch "voorzitter".
    "president": """president prasident prasidentin presidente presidenta chairman chairwoman
        chairperson vorsitzender vorsitzende voorzitter voorzitster""",
    # Whose a business, a shop or a farm is ("le propriétaire", "der Inhaber", "el dueño"):
    # one report's owner is another's "Inhaberin".
    "owner": """owner proprietor proprietaire proprietario proprietaria propietario propietaria
        dueno duena inhaber inhaberin eigenaar eigenares""",
}
OFFICE_FAMILY: dict[str, str] = {word: family for family, block in _FAMILIES.items() for word in words(block)}

# German compounds end in their office ("Polizeisprecher", "Oberstaatsanwältin",
# "Innenminister"): the longest ending first, each long enough to be no first name's end.
# Not "-inhaber": a compound of it names a holder more often than an owner ("Karteninhaberin",
# "Kontoinhaber", "Rekordinhaber"), the card's holder robbed, not the shop's owner.
_HOLDER_ENDINGS = frozenset({"inhaber", "inhaberin"})
COMPOUND_OFFICE_ENDINGS = tuple(
    sorted(
        (w for w in OFFICE_FAMILY if len(w) >= 7 and "-" not in w and w not in _HOLDER_ENDINGS),
        key=len,
        reverse=True,
    )
)

# Police, gendarmerie, fire-service and military ranks, in each language read, before a
# person's name ("maresciallo Rossi", "Hauptmann Keller", "hoofdinspecteur Janssens",
# "el sargento López"): a title, not part of the name. Lower case, accents folded.
RANKS = words(
    """sergeant sergent sargento sergente brigadier brigadiere adjudant adjudante maresciallo
    capitano capitaine capitan capitao hauptmann tenente lieutenant leutnant oberleutnant
    teniente commissario commissaris hoofdcommissaris inspecteur hoofdinspecteur ispettore
    inspetor superintendent commandant comandante kommandant majoor colonnello coronel oberst
    generale wachtmeister korporal caporal caporale cabo appuntato agent agente gendarme
    corporal constable inspector inspectrice cpl sgt cst insp lt"""
)

# Every word a title or an office is written with before a name, or a place it holds ("Le
# Maire de Lyon", "Police Chief of Lyon", "Hauptmann"): no part of a site's name.
TITLES = frozenset(OFFICE_FAMILY) | RANKS | (PERSON_ROLES - {"man", "woman", "boy", "girl"})

# Words of an office held over a portfolio, in the languages read, accents folded (the
# daily merge's ``role_portfolios``, the engine's ``portfolio_names``): a
# councillor, an alderman, a minister, one "in charge" ("élu chargé de", "Beauftragter
# für", "edil de Sanidad"), its head or commander ("comandante da Proteção Civil"). A
# patient, a nurse or a driver at a hospital or an ambulance service holds none: "García,
# patient at the hospital" is not the hospital's director García.
CHARGE_WORDS = words(
    """councillor councilor councilman councilwoman alderman alderwoman minister secretary
    commissioner delegate elu elue charge chargee responsable conseiller conseillere adjoint
    adjointe echevin echevine delegue deleguee ministre secretaire concejal concejala edil edila
    consejero consejera regidor regidora conseller consellera delegado delegada ministro
    ministra secretario secretaria vereador vereadora assessore assessora consigliere
    consigliera delegato delegata beauftragter beauftragte dezernent dezernentin stadtrat
    stadtratin ministerin wethouder schepen gedeputeerde
    commander chief head director commandant directeur directrice comandante jefe jefa
    directora comandant cap direttore direttrice diretor diretora kommandant leiter leiterin
    hoofd"""
)
# German compounds end in the office ("Zivilschutzbeauftragter", "Sportdezernentin").
CHARGE_ENDINGS = ("beauftragter", "beauftragte", "dezernent", "dezernentin", "minister", "ministerin")
