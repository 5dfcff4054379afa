"""The main events of general news as incidents of the offline engine, in English, German,
French and Spanish: court outcomes, strikes, accidents, job cuts and closures, outbreaks,
election results; and beside each, the near miss that reports no event (invented
sentences, written for these tests)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.extractive import ExtractiveEngine
from summarizer.engines.extractive.incidents import incident_kind, incident_type, type_in_article

EVENTS = [
    # English
    (
        "en",
        "Hospital nurses in Wexbury began a 48-hour strike on Monday after pay talks broke down.",
        "protest",
    ),
    ("en", "Bus drivers went on strike across the county on Thursday.", "protest"),
    ("en", "Workers downed tools at the shipyard on Friday.", "protest"),
    (
        "en",
        "A jury in Calder acquitted councillor Ruth Amis of misconduct in public office on Tuesday.",
        "other",
    ),
    ("en", "The driver was jailed for six years for causing the deaths of two cyclists.", "other"),
    ("en", "Former minister Peter Vos was found guilty of fraud on Wednesday.", "other"),
    ("en", "Three men were charged on Sunday over the warehouse fire.", "arrest"),
    ("en", "Half of the Marlow footbridge collapsed into the river on Sunday evening.", "accident"),
    ("en", "A gas explosion at a block of flats in Ostend injured nine people.", "accident"),
    ("en", "A chlorine leak at the Terrace plant forced workers to evacuate.", "accident"),
    ("en", "The ferry capsized off the coast of Sula on Saturday.", "accident"),
    ("en", "Brandt Logistics will cut 1,200 jobs and close its depot in Hull.", "other"),
    ("en", "An outbreak of measles has spread to four schools in Dorwick.", "other"),
    ("en", "Ana Duarte was elected mayor of Tolva with 54% of the vote.", "political_decision"),
    ("en", "The river burst its banks before dawn, flooding 300 homes.", "disaster"),
    ("en", "Baggage handlers at Corley airport began industrial action on Friday.", "protest"),
    ("en", "A cyclist was hit by a lorry on the ring road in Fenwick on Monday.", "accident"),
    ("en", "The fishing boat sank off Haldor Point on Sunday night.", "accident"),
    ("en", "The water company was fined £3 million for sewage spills.", "other"),
    ("en", "Ms Okoro secured 52% of the vote in the runoff.", "political_decision"),
    ("en", "Health officials confirmed 14 cases of measles in Dorwick.", "other"),
    ("en", "Police fired tear gas at crowds in the centre of Karsk on Saturday.", "protest"),
    # German
    ("de", "Die Polizei setzte in Leipzig Tränengas und Wasserwerfer ein.", "protest"),
    ("de", "Ein Kleinflugzeug ist am Samstag bei Rethem abgestürzt.", "accident"),
    ("de", "Bei der Stichwahl setzte sich Jana Ohm mit 54 Prozent durch.", "political_decision"),
    (
        "de",
        "Die Pflegekräfte des Klinikums Ostheim sind am Montag in einen unbefristeten Streik getreten.",
        "protest",
    ),
    ("de", "Nach dem Scheitern der Gespräche legten die Beschäftigten die Arbeit nieder.", "protest"),
    (
        "de",
        "Das Amtsgericht Lindau hat den Stadtrat Klaus Berger am Dienstag vom Vorwurf der Untreue freigesprochen.",
        "other",
    ),
    ("de", "Der Busfahrer wurde zu sechs Jahren Haft verurteilt.", "other"),
    ("de", "In Gelsenfeld ist am Sonntag eine Fußgängerbrücke eingestürzt.", "accident"),
    ("de", "Bei einer Explosion in einer Lagerhalle in Rehdorf wurden drei Arbeiter verletzt.", "accident"),
    ("de", "Der Konzern baut bis 2027 rund 1.800 Stellen ab und schließt sein Werk in Kassel.", "other"),
    ("de", "In drei Schulen in Ulmbach ist ein Masernausbruch gemeldet worden.", "other"),
    ("de", "Anna Keller wurde mit 58 Prozent zur Bürgermeisterin gewählt.", "political_decision"),
    # French
    ("fr", "À Rennes, la police a fait usage de gaz lacrymogène contre des manifestants.", "protest"),
    ("fr", "Un hélicoptère s'est écrasé jeudi dans le massif du Vercors.", "accident"),
    ("fr", "L'ancien maire a écopé de deux ans de prison avec sursis.", "other"),
    ("fr", "Les infirmières de l'hôpital de Vernay sont en grève depuis lundi.", "protest"),
    ("fr", "L'ancien maire de Sorbiers a été relaxé mardi par le tribunal correctionnel.", "other"),
    ("fr", "Le chauffeur a été condamné à six ans de prison ferme.", "other"),
    ("fr", "Il a été reconnu coupable d'homicide involontaire.", "other"),
    ("fr", "Un immeuble de quatre étages s'est effondré dimanche à Roubaix.", "accident"),
    ("fr", "Une fuite de gaz a provoqué l'évacuation de l'école.", "accident"),
    ("fr", "Le groupe annonce la suppression de 600 postes et la fermeture de son usine de Dreux.", "other"),
    ("fr", "Une épidémie de choléra frappe le nord du pays.", "other"),
    ("fr", "Marie Duval a été élue maire de Cluny dimanche.", "political_decision"),
    # Spanish
    ("es", "Los antidisturbios dispararon pelotas de goma en el centro de Bilbao.", "protest"),
    ("es", "Los trabajadores secundaron un paro de 24 horas.", "protest"),
    ("es", "La avioneta se estrelló cerca de Teruel.", "accident"),
    ("es", "La empresa cerrará sus dos plantas de Vigo.", "other"),
    ("es", "Los médicos del hospital de Lorca iniciaron el lunes una huelga indefinida.", "protest"),
    ("es", "El concejal Julián Roca fue absuelto el martes del delito de prevaricación.", "other"),
    ("es", "El conductor fue condenado a seis años de prisión.", "other"),
    ("es", "Un edificio de cinco plantas se derrumbó el domingo en Alcoy.", "accident"),
    ("es", "Una fuga de gas obligó a desalojar el colegio.", "accident"),
    ("es", "La empresa anunció 400 despidos y el cierre de su fábrica de Vigo.", "other"),
    ("es", "Un brote de sarampión afecta a tres colegios de Lugo.", "other"),
    ("es", "María Soler fue elegida alcaldesa de Teruel con mayoría absoluta.", "political_decision"),
]

# A crime is "other"; the arrest that follows it is what a sentence naming both reports.
CRIMES = [
    ("en", "Three masked men robbed a jewellery shop in Hallam on Wednesday.", "other"),
    ("en", "Police arrested two men after the robbery of a jewellery shop in Hallam.", "arrest"),
    ("de", "Zwei maskierte Männer haben am Mittwoch ein Juweliergeschäft in Kronau überfallen.", "other"),
    ("de", "Nach dem Überfall auf eine Tankstelle hat die Polizei einen Mann festgenommen.", "arrest"),
    ("fr", "Trois individus cagoulés ont fait irruption dans une bijouterie de Vienne.", "other"),
    ("fr", "Deux hommes ont été interpellés après le braquage d'une bijouterie.", "arrest"),
    ("es", "Un empleado resultó herido durante el atraco a una gasolinera de Lorca.", "other"),
    ("es", "Los agentes detuvieron a dos hombres tras el atraco a una joyería.", "arrest"),
]

# A trial under way is the day's court news; one still to come is not.
TRIALS = [
    ("en", "Two men appeared before magistrates in Hull on Monday charged with arson.", "other"),
    ("de", "Der frühere Landrat muss sich seit Dienstag vor dem Landgericht Kassel verantworten.", "other"),
    ("de", "Der Prozess gegen die drei Männer begann am Montag.", "other"),
    ("fr", "L'ancien maire comparaît depuis lundi devant le tribunal correctionnel de Nîmes.", "other"),
    ("es", "El exalcalde se sienta desde este lunes en el banquillo de la Audiencia de Murcia.", "other"),
    ("en", "The trial will open next month at Harlow Crown Court.", None),
    ("de", "Der Prozess soll am Montag beginnen.", None),
    ("es", "El juicio comenzará el mes próximo.", None),
]


@pytest.mark.parametrize(("lang", "sentence", "kind"), TRIALS)
def test_a_trial_under_way_is_an_incident_and_one_to_come_none(
    lang: str, sentence: str, kind: str | None
) -> None:
    assert incident_type(sentence, lang) == kind


# A statement that is news of its own, and a decision announced.
STATEMENTS_AND_ANNOUNCEMENTS = [
    ("en", "The opposition leader conceded defeat on Sunday night.", "statement"),
    ("en", "The Red Cross urged both sides to let aid convoys through.", "statement"),
    (
        "en",
        "Health Minister Omar Reyes said the government will release 40 million dollars for clinics.",
        "political_decision",
    ),
    (
        "en",
        "Smoking in cars with children would be banned from January, the minister said.",
        "political_decision",
    ),
    ("de", "Die Ministerin hat beide Seiten zu neuen Gesprächen aufgefordert.", "statement"),
    ("fr", "Le maire a appelé les habitants à rester chez eux.", "statement"),
    (
        "fr",
        "Le préfet a annoncé un plan d'aide de 10 millions d'euros pour les agriculteurs.",
        "political_decision",
    ),
    ("es", "El ministro advirtió que habrá consecuencias para los responsables.", "statement"),
    ("es", "La alcaldesa anunció ayudas de 3.000 euros para los comercios afectados.", "political_decision"),
]

# Background: what is common, and a career's or a case's history dated to a year.
BACKGROUND = [
    ("en", "Strikes by rail workers have become more common since the pandemic."),
    ("en", "Gas leaks are the most common cause of such explosions."),
    ("en", "He was elected to parliament in 2015 and re-elected in 2019."),
    ("en", "She was convicted of fraud in 2012 and served four years."),
    ("de", "Warnstreiks sind in der Branche seit Jahren häufig."),
    ("de", "Der Politiker wurde 2013 zum ersten Mal in den Landtag gewählt."),
    ("fr", "Les grèves sont fréquentes dans le secteur depuis 2020."),
    ("fr", "Il avait été condamné en 2012 pour escroquerie."),
    ("es", "Los incendios forestales son frecuentes en la comarca en verano."),
    ("es", "Fue elegido diputado en 2015."),
]
# ... and the same words as the day's news.
NEWS_BESIDE_BACKGROUND = [
    ("en", "In a rare ruling, the court acquitted all five defendants on Monday.", "other"),
    ("en", "The 2027 budget was approved by parliament on Tuesday.", "political_decision"),
    ("de", "Der Haushalt 2027 wurde am Dienstag beschlossen.", "political_decision"),
    ("es", "La dana de 2019 fue la peor en décadas; la de este martes ha dejado seis muertos.", "disaster"),
]

NEAR_MISSES = [
    # A statement verb that attributes a quotation; a decision not taken
    ("en", '"We will not give up," she warned.'),
    ("en", "The opposition said in a statement that the vote was rigged."),
    ("en", "The government would never ban cars outright, he said."),
    ("de", "„Das ist nicht hinnehmbar“, warnte der Verbandschef."),
    ("fr", "« Nous ne lâcherons rien », a averti la syndicaliste."),
    ("de", "Der Verband warnte vor steigenden Preisen."),
    ("es", "«No llegamos a fin de mes», advirtió."),
    ("es", "El alcalde anunció que no se presentará a la reelección."),
    # Crimes told as a series or a shop's history, not the day's event
    ("en", "It was the third burglary at the pharmacy since 2021."),
    ("de", "Es war bereits der zweite Überfall auf das Geschäft seit 2019."),
    ("de", "Die Bande soll seit dem Sommer mindestens vier ähnliche Überfälle verübt haben."),
    ("es", "La banda habría cometido otros atracos en la comarca."),
    # English: planned, negated, metaphorical, background
    ("en", "No strike is planned before the end of the school year."),
    ("en", "The union said it would hold a strike ballot next month."),
    ("en", "The trial will open next month at Harlow Crown Court."),
    ("en", "Two men convicted of the 2009 robbery were released in March."),
    ("en", "A collapse in copper prices hit mining towns hard."),
    ("en", "The film caused an explosion of interest in the band."),
    ("en", "The company said the plant would not close."),
    ("en", "Negotiators will meet again in Geneva in December."),
    ("en", "Police did not arrest anyone."),
    ("en", "The jury is expected to deliver its verdict on Friday."),
    ("es", "El paro registrado bajó en 20.000 personas en octubre."),
    ("de", "Die Auswahl der Bewerber dauerte drei Wochen."),
    ("en", "The singer died at the age of 91 after a long illness."),
    # German
    ("de", "Ein Streik ist derzeit nicht geplant."),
    ("de", "Für Freitag ist ein Warnstreik angekündigt."),
    ("de", "Die Bundesregierung verurteilte den Anschlag scharf."),
    ("de", "Der Prozess soll im kommenden Monat beginnen."),
    ("de", "Der Einbruch der Aktienkurse traf die Anleger hart."),
    ("de", "Die Gewerkschaft kündigte Gespräche mit der Geschäftsleitung an."),
    # French
    ("fr", "Aucune grève n'est prévue avant la rentrée."),
    ("fr", "Le gouvernement a condamné l'attaque avec la plus grande fermeté."),
    ("fr", "Le procès s'ouvrira le mois prochain."),
    ("fr", "L'effondrement des prix du lait inquiète les éleveurs."),
    ("fr", "Les élus locaux ont dénoncé la décision."),
    ("fr", "Les personnes condamnées pour ces faits pourront faire appel."),
    ("fr", "Son combat a inspiré la loi de 1999 sur les soins palliatifs."),
    # Spanish
    ("es", "No hay ninguna huelga prevista para este mes."),
    ("es", "El Gobierno condenó el atentado."),
    ("es", "El juicio comenzará el mes próximo."),
    ("es", "A mi juicio, la medida llega tarde."),
    ("es", "El derrumbe de la bolsa arrastró a los bancos."),
    ("es", "El paro bajó en 20.000 personas en octubre."),
    ("es", "Alcanzó la cumbre del Everest en 1998."),
]


@pytest.mark.parametrize(("lang", "sentence", "kind"), EVENTS)
def test_a_reported_event_is_an_incident_of_its_type(lang: str, sentence: str, kind: str) -> None:
    assert incident_type(sentence, lang) == kind


@pytest.mark.parametrize(("lang", "sentence", "kind"), CRIMES)
def test_a_crime_is_other_unless_the_arrest_after_it_is_told(lang: str, sentence: str, kind: str) -> None:
    assert incident_type(sentence, lang) == kind


@pytest.mark.parametrize(("lang", "sentence", "kind"), STATEMENTS_AND_ANNOUNCEMENTS)
def test_a_statement_or_an_announced_decision_is_an_incident(lang: str, sentence: str, kind: str) -> None:
    assert incident_type(sentence, lang) == kind


@pytest.mark.parametrize(("lang", "sentence"), BACKGROUND)
def test_background_is_no_incident(lang: str, sentence: str) -> None:
    assert incident_type(sentence, lang) is None


@pytest.mark.parametrize(("lang", "sentence", "kind"), NEWS_BESIDE_BACKGROUND)
def test_the_days_news_with_background_words_is_an_incident(lang: str, sentence: str, kind: str) -> None:
    assert incident_type(sentence, lang) == kind


@pytest.mark.parametrize(("lang", "sentence"), NEAR_MISSES)
def test_a_planned_negated_or_figurative_event_is_none(lang: str, sentence: str) -> None:
    assert incident_type(sentence, lang) is None


def incidents(text: str, lang: str) -> list[str]:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    return [i.type for i in briefing.incidents]


STRIKE_DAY = {
    "en": (
        "Nurses at Wexbury General Hospital walked out on Monday after pay talks with the health trust "
        "collapsed. About 2,000 people marched through Wexbury in support on Monday afternoon. "
        "The union said talks would resume next week."
    ),
    "de": (
        "Die Pflegekräfte des Klinikums Ostheim haben am Montag nach gescheiterten Gesprächen einen Streik "
        "begonnen. Rund 2.000 Menschen zogen am Nachmittag in einer Demonstration durch Ostheim. "
        "Weitere Gespräche sollen in der kommenden Woche stattfinden."
    ),
    "fr": (
        "Les infirmières de l'hôpital de Vernay se sont mises en grève lundi après l'échec des négociations. "
        "Environ 2 000 personnes ont défilé lundi après-midi dans une manifestation à Vernay. "
        "De nouvelles négociations sont prévues la semaine prochaine."
    ),
    "es": (
        "Las enfermeras del hospital de Lorca iniciaron el lunes una huelga tras el fracaso de las negociaciones. "
        "Unas 2.000 personas participaron por la tarde en una manifestación por el centro de Lorca. "
        "Las negociaciones se reanudarán la próxima semana."
    ),
}


@pytest.mark.parametrize("lang", sorted(STRIKE_DAY))
def test_a_strike_and_its_march_are_two_incidents_and_talks_to_come_none(lang: str) -> None:
    assert incidents(STRIKE_DAY[lang], lang) == ["protest", "protest"]


# Two court outcomes of one day, the second told as another case.
COURT_DAY = {
    "en": (
        "A jury in Calder acquitted councillor Ruth Amis of misconduct on Tuesday. "
        "In a separate case, a judge jailed lorry driver Sam Pike for six years on Tuesday."
    ),
    "de": (
        "Das Amtsgericht Lindau hat Stadtrat Klaus Berger am Dienstag vom Vorwurf der Untreue freigesprochen. "
        "In einem anderen Verfahren wurde ein Busfahrer zu sechs Jahren Haft verurteilt."
    ),
    "fr": (
        "Le conseiller municipal Paul Arnaud a été relaxé mardi par le tribunal correctionnel de Nîmes. "
        "Dans une autre affaire, un chauffeur routier a été reconnu coupable d'homicide involontaire."
    ),
    "es": (
        "El concejal Julián Roca fue absuelto el martes del delito de prevaricación. "
        "En otro caso, un conductor fue condenado a seis años de prisión."
    ),
}


@pytest.mark.parametrize("lang", sorted(COURT_DAY))
def test_each_court_outcome_is_an_incident(lang: str) -> None:
    assert incidents(COURT_DAY[lang], lang) == ["other", "other"]


def test_a_collapse_in_a_quake_is_the_disaster_and_one_on_its_own_an_accident() -> None:
    quake = (
        "A magnitude 6.1 earthquake struck the hills north of Varna on Sunday. "
        "In the village of Kresto, two houses built of stone collapsed, the regional governor said."
    )
    alone = (
        "In the village of Kresto, two houses built of stone collapsed on Sunday, the regional governor said."
    )
    # The collapse tells what the quake did: no accident of its own.
    assert incidents(quake, "en") == ["disaster"]
    assert incidents(alone, "en") == ["accident"]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "fr",
            "Des milliers de personnes ont manifesté mardi à Paris. "
            "À Nantes, la police a fait usage de gaz lacrymogène contre des manifestants.",
            ["Paris", "Nantes"],
        ),
        (
            "de",
            "Tausende Menschen haben am Dienstag in Berlin demonstriert. "
            "In Leipzig setzte die Polizei Wasserwerfer gegen Demonstranten ein.",
            ["Berlin", "Leipzig"],
        ),
        (
            "es",
            "Miles de personas se manifestaron el martes en Madrid. "
            "En Bilbao, los antidisturbios dispararon pelotas de goma contra los manifestantes.",
            ["Madrid", "Bilbao"],
        ),
    ],
)
def test_a_sentence_that_opens_with_its_place_is_an_incident_there(
    lang: str, text: str, places: list[str]
) -> None:
    briefing = ExtractiveEngine().brief(Article(text=text, language=lang), None)
    assert [i.place for i in briefing.incidents] == places


def test_tear_gas_at_a_crush_is_the_crush_and_at_a_march_the_protest() -> None:
    crush = (
        "Nine people were injured in a crush at the gates of the Arena Norte in Sabal on Sunday. "
        "Officers fired tear gas to disperse the crowd, witnesses said."
    )
    march = (
        "About 5,000 people marched through Sabal on Sunday against the new tax. "
        "Officers fired tear gas to disperse a crowd in Porto Leve, witnesses said."
    )
    assert incidents(crush, "en") == ["accident"]
    assert incidents(march, "en") == ["protest", "protest"]


# Life stopped: the disaster's, accident's or strike's the article reported before; alone, "other".
DISRUPTIONS = [
    ("en", "More than 30,000 homes were without power on Monday morning, the grid operator said."),
    ("en", "All flights at Corley airport were cancelled on Friday."),
    ("de", "Rund 30.000 Haushalte waren am Montagmorgen ohne Strom."),
    ("fr", "Quelque 30 000 foyers étaient privés d'électricité lundi matin."),
    ("es", "Unos 30.000 hogares seguían sin luz el lunes por la mañana."),
]


@pytest.mark.parametrize(("lang", "sentence"), DISRUPTIONS)
def test_life_stopped_by_an_event_is_that_events(lang: str, sentence: str) -> None:
    kind = incident_kind(sentence, lang)
    assert kind is not None
    assert type_in_article(kind, []) == "other"
    assert type_in_article(kind, ["disaster"]) == "disaster"
    assert type_in_article(kind, ["protest", "arrest"]) == "protest"


# A judge's ruling on custody after an arrest is a court step of its own, though its
# sentence names the arrest ("il fermo", "le détenu"): a later report that tells the
# ruling alone is no report of the arrest. Validating a ticket is no ruling.
CUSTODY_RULING = {
    "en": (
        "Police arrested a 52-year-old accountant in Novella on Monday.",
        "A judge in Ronco ordered the accountant held without bail on Wednesday.",
    ),
    "it": (
        "I carabinieri hanno arrestato ieri a Novella un geometra accusato di estorsione.",
        "Questa mattina il giudice di Ronco ha convalidato il fermo del geometra.",
    ),
    "pt": (
        "A GNR deteve na terça-feira em Ourelo uma mulher suspeita de burlar idosos.",
        "A mulher saiu do tribunal sujeita a medidas de coação e apresentações semanais.",
    ),
    "de": (
        "Die Polizei hat am Montag in Feldau einen 33-jährigen Mann festgenommen.",
        "Am Mittwoch hat der Haftrichter in Landeck Untersuchungshaft verhängt.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CUSTODY_RULING))
def test_a_custody_ruling_is_a_court_step_apart_from_the_arrest(lang: str) -> None:
    arrest, ruling = CUSTODY_RULING[lang]
    assert incidents(arrest, lang) == ["arrest"]
    assert incidents(ruling, lang) == ["other"]


def test_a_validated_ticket_is_no_ruling() -> None:
    assert incident_kind("Il controllore ha convalidato il biglietto del passeggero.", "it") is None


# "Convalidare" takes the custody as its object: a goal validated after "il fermo del
# gioco", or an election upheld in the town of Fermo, is no custody ruling.
@pytest.mark.parametrize(
    "sentence",
    [
        "L'arbitro ha convalidato il gol dopo il fermo del gioco.",
        "Il Tar ha convalidato le elezioni comunali a Fermo.",
    ],
)
def test_a_validated_goal_or_vote_is_no_custody_ruling(sentence: str) -> None:
    assert incident_kind(sentence, "it") != "court"


def test_a_custody_ruling_told_with_a_time_between_is_a_court_step() -> None:
    sentence = "Il giudice ha convalidato nella notte i fermi di tre scafisti."
    assert incident_kind(sentence, "it") == "court"
