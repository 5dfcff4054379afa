"""Who takes part in a protest and what they bring, in English, German, French and Spanish,
and in Italian, Portuguese, Dutch and Catalan for the daily merge (``language.MERGED``),
each as one English concept: the farmers and their tractors, the bus drivers and their
buses. Two protests of one city and day are told apart by them (a bus drivers' strike and
a farmers' tractor rally), and two reports of one protest in two languages meet through
them ("Bergbauern mit Traktoren", "mountain farmers drove their tractors"). Lower case,
accents folded; plain data, never a name from one article (see ``daily.participants``)."""

from __future__ import annotations

from summarizer.text.vocabulary import words

# Groups of people who protest or strike as one. "worker" is any of the trades below (a
# report of a strike says "workers" where another says "drivers"); "protesters", "people"
# or "the police" say nothing of who protests, so they are no group here.
_GROUPS = {
    "worker": """worker workers employee employees staff arbeiter arbeiterinnen beschaftigte
        beschaftigten mitarbeiter mitarbeitende angestellte belegschaft salaries salariees
        travailleurs employes ouvriers ouvrieres trabajadores trabajadoras empleados plantilla
        obreros
        lavoratori lavoratrici operai dipendenti trabalhadores trabalhadoras operarios werknemers
        arbeiders personeel treballadors treballadores operaris""",
    "farmer": """farmer farmers bauer bauern bauerinnen landwirt landwirte landwirtinnen
        agriculteur agriculteurs agricultrices paysan paysans paysannes eleveur eleveurs
        agricultor agricultores agricultoras ganadero ganaderos campesino campesinos
        agricoltori contadini allevatori lavradores boeren landbouwers veehouders pagesos
        agricultors ramaders""",
    "driver": """driver drivers fahrer fahrerin fahrerinnen chauffeur chauffeurs chauffeure
        conducteur conducteurs conductrices conductor conductores conductoras lokfuhrer
        maquinistas
        autisti conducenti tassisti motoristas taxistas buschauffeurs taxichauffeurs conductors
        xofers taxistes""",
    "pilot": "pilot pilots piloten pilote pilotes piloto pilotos piloti",
    "teacher": """teacher teachers lehrer lehrerinnen lehrkrafte enseignant enseignants
        enseignantes professeurs profesores profesoras docentes maestros
        insegnanti docenti professores leraren leerkrachten docenten mestres docents professors""",
    "doctor": "doctor doctors arzt arzte arztinnen medecin medecins medico medicos medicas medici artsen huisartsen metges",
    "nurse": """nurse nurses pflegekrafte pflegekraft krankenschwestern infirmier infirmiers
        infirmiere infirmieres enfermera enfermeras enfermeros
        infermieri infermiere enfermeiros verpleegkundigen verpleegsters infermers infermeres""",
    "student": """student students schuler schulerinnen studenten studierende studentinnen
        eleves etudiants etudiantes estudiantes alumnos
        studenti estudantes alunos scholieren leerlingen estudiants alumnes""",
    "resident": """resident residents neighbour neighbours neighbor neighbors bewohner
        anwohner anwohnerinnen nachbarn voisins riverains habitants vecinos vecinas
        residentes
        residenti abitanti moradores bewoners buurtbewoners omwonenden veins""",
    "retiree": """pensioner pensioners retiree retirees rentner rentnerinnen retraites
        jubilados pensionistas
        pensionati reformados aposentados gepensioneerden jubilats pensionistes""",
    "miner": "miner miners bergleute mineurs mineros minatori mineiros mijnwerkers",
    "dockworker": "dockworker dockworkers dockers longshoremen hafenarbeiter estibadores portuali estivadores havenarbeiders estibadors",
    "journalist": "journalist journalists journalisten journalistes periodistas giornalisti jornalistas periodistes",
    "lawyer": "lawyer lawyers anwalte rechtsanwalte avocats abogados avvocati advogados advocaten advocats",
}
# The trades a report may call "workers" (``_GROUPS``'s "worker").
TRADES = frozenset({"driver", "pilot", "teacher", "doctor", "nurse", "miner", "dockworker", "journalist"})

# What a protest brings or stops: the vehicles of a drivers' strike or a farmers' rally.
_MEANS = {
    "bus": "bus buses busse autobus autobuses autocar autocars omnibus autocarros onibus autobusos",
    "tram": "tram trams tramway tramways stadtbahn strassenbahn strassenbahnen tranvia tranvias tramvies",
    "train": "train trains zug zuge trenes treni comboios treinen trens",
    "truck": "truck trucks lorry lorries lkw lastwagen camion camions camiones camioes caminhoes vrachtwagens",
    "taxi": "taxi taxis cab cabs",
    "tractor": "tractor tractors traktor traktoren trecker tracteur tracteurs tractores tractorada trattori tratores trekkers tractoren",
    "plane": "plane planes flugzeug flugzeuge avion avions aviones aerei avioes vliegtuigen",
}
GROUP_WORDS: dict[str, str] = {w: group for group, block in _GROUPS.items() for w in words(block)}
MEANS_WORDS: dict[str, str] = {w: means for means, block in _MEANS.items() for w in words(block)}

# What German makes a compound of with the words above: "Busstreik", "Bauernprotest",
# "Traktorkorso", "Taxidemo" name the protest of their first part.
PROTEST_HEADS = words(
    """streik streiks protest proteste protesten demo demos demonstration kundgebung korso
    blockade blockaden sternfahrt"""
)
