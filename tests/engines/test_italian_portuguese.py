"""The offline engine reads Italian and Portuguese with their own tables: attribution ("ha
detto", "secondo", "disse", "segundo", the travessão of dialogue), bodies ("Prefettura di
Napoli", "Vigili del fuoco", "Câmara Municipal do Porto", "PSP"), figures and their
categories, incidents. Hostile cases: elided articles ("l'esercito", "dell'ospedale"),
Italian words that are English ones, numbers written with dots and commas."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer import Article, summarize


def brief(text: str, lang: str):
    return summarize(Article(text=text, language=lang, published=dt.date(2026, 11, 10)))


def speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    briefing = brief(text, lang)
    names = {a.id: a.name for a in briefing.actors}
    return [(q.text.strip(" ,."), names.get(q.speaker or "")) for q in briefing.quotes]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("it", "«Non abbiamo scelta», ha detto Giulia Bianchi martedì.", "Giulia Bianchi"),
        ("it", "«La situazione è grave», ha dichiarato il sindaco Marco Rossi.", "Marco Rossi"),
        ("it", "Secondo Paolo Conti, «nulla è deciso».", "Paolo Conti"),
        ("it", "«Nulla è deciso», spiega Chiara Ferri, portavoce della Regione.", "Chiara Ferri"),
        ("it", "Giovanni Neri ha detto: «Ripartiremo».", "Giovanni Neri"),
        ("it", "“Ripartiremo”, disse Salvatore Esposito.", "Salvatore Esposito"),
        ("pt", "«Não temos escolha», disse João Silva na terça-feira.", "João Silva"),
        ("pt", "«A situação é grave», afirmou o autarca Rui Costa.", "Rui Costa"),
        ("pt", "Segundo Ana Ferreira, «nada está decidido».", "Ana Ferreira"),
        ("pt", "— Acordei com o fumo — contou a vizinha Teresa Lopes.", "Teresa Lopes"),
        ("pt", "“Vamos reconstruir”, garantiu Nuno Almeida.", "Nuno Almeida"),
        # The role's phrase holds a body ("della Regione"): the name after the comma speaks.
        (
            "it",
            "«Non lasceremo indietro nessuno», ha detto il presidente della Regione, Marco Baldacci, ai cronisti.",
            "Marco Baldacci",
        ),
        (
            "pt",
            "«Não deixaremos ninguém», disse o presidente da Câmara, Rui Gonçalves, aos jornalistas.",
            "Rui Gonçalves",
        ),
        # Kin named by role and given name.
        ("it", "«Continueremo», ha detto il figlio Marco, che lavora nella bottega.", "Marco"),
        ("pt", "«Vamos continuar», disse a filha Joana Reis, que trabalha na loja.", "Joana Reis"),
    ],
)
def test_attribution(lang: str, text: str, speaker: str) -> None:
    found = speakers(text, lang)
    assert found and found[0][1] == speaker, found


@pytest.mark.parametrize(
    ("lang", "text", "body", "kind"),
    [
        ("it", "Lo ha comunicato la Prefettura di Napoli.", "Prefettura di Napoli", "government"),
        ("it", "Sul posto sono intervenuti i Vigili del fuoco.", "Vigili del fuoco", "government"),
        ("it", "La Protezione civile ha diramato l'allerta rossa.", "Protezione civile", "government"),
        ("it", "Due uomini sono stati arrestati dai carabinieri.", "carabinieri", "government"),
        ("it", "Il Comune di Ischia ha aperto la palestra.", "Comune di Ischia", "government"),
        ("pt", "A Câmara Municipal do Porto anunciou apoios.", "Câmara Municipal do Porto", "government"),
        ("pt", "A PSP deteve dois homens na Baixa.", "PSP", "government"),
        ("pt", "A GNR cortou a estrada nacional.", "GNR", "government"),
    ],
)
def test_bodies(lang: str, text: str, body: str, kind: str) -> None:
    actors = {a.name: a.kind for a in brief(text, lang).actors}
    assert actors.get(body) == kind, actors


@pytest.mark.parametrize(
    ("lang", "text", "value", "category"),
    [
        ("it", "Nell'incidente sono morte tre persone.", 3, "killed"),
        ("it", "Il bilancio è di ventitré feriti.", 23, "injured"),
        ("it", "I danni ammontano a 2,5 milioni di euro.", 2_500_000, "damage_cost"),
        ("it", "Sono stati evacuati 1.200 residenti.", 1200, "displaced"),
        ("it", "L'esplosione ha ferito 12 operai dell'azienda.", 12, "injured"),
        ("pt", "O acidente fez vinte e três feridos.", 23, "injured"),
        ("pt", "Morreram 2 pessoas no incêndio.", 2, "killed"),
        ("pt", "Cerca de 1.200 moradores foram desalojados.", 1200, "displaced"),
    ],
)
def test_figures_and_categories(lang: str, text: str, value: float, category: str) -> None:
    figures = [(f.value, f.category) for f in brief(text, lang).figures]
    assert (value, category) in figures, figures


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("it", "Nella notte una frana ha travolto tre case nella parte alta di Casamicciola.", "disaster"),
        (
            "it",
            "L'esplosione dell'impianto chimico di Ravenna ha causato due feriti tra gli operai.",
            "accident",
        ),
        (
            "it",
            "Un camion carico di ghiaia si è ribaltato ieri mattina sull'autostrada A1 vicino a Lodi.",
            "accident",
        ),
        ("it", "I carabinieri di Bari hanno arrestato ieri sera un uomo di 40 anni.", "arrest"),
        (
            "it",
            "Migliaia di lavoratori sono scesi in piazza a Torino per lo sciopero dei metalmeccanici.",
            "protest",
        ),
        (
            "pt",
            "Um incêndio destruiu durante a madrugada um armazém de pneus na zona industrial de Setúbal.",
            "accident",
        ),
        ("pt", "As cheias do rio Mondego inundaram ontem várias ruas da Baixa de Coimbra.", "disaster"),
        ("pt", "A PSP deteve ontem à noite dois suspeitos de assaltos a farmácias em Lisboa.", "arrest"),
        ("pt", "Os enfermeiros do Hospital de Santa Maria estão em greve desde segunda-feira.", "protest"),
    ],
)
def test_incidents(lang: str, text: str, kind: str) -> None:
    types = [i.type for i in brief(text, lang).incidents]
    assert kind in types, types


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Money invested is no one run over; a diplomatic incident is no accident.
        ("it", "La società ha investito due milioni di euro nel nuovo stabilimento di Brescia."),
        # Winds of a forecast, not twenty of anything.
        ("it", "Per domani la Protezione civile prevede venti forti su tutta la regione."),
        # "the weather" is no figure and "data" is Italian for date.
        ("it", "La data del vertice resta da fissare, fa sapere la Farnesina."),
    ],
)
def test_no_accident_and_no_figure(lang: str, text: str) -> None:
    briefing = brief(text, lang)
    assert "accident" not in [i.type for i in briefing.incidents]
    assert not [f for f in briefing.figures if f.value == 20]


def test_elided_article_opens_no_name() -> None:
    """'L'esercito', 'dell'ospedale': an elided article and a lower-case noun are no name,
    and a capitalised one after the apostrophe is the body, not 'L'."""
    names = [
        a.name
        for a in brief("L'esercito è arrivato all'alba. Il ferito è all'Ospedale Cardarelli.", "it").actors
    ]
    assert not any(n.startswith(("L'", "L’", "dell", "all")) for n in names), names


def test_an_italian_article_is_read_without_the_unsupported_warning() -> None:
    briefing = brief("«È una tragedia», ha detto il sindaco Marco Rossi. Tre persone sono morte.", "it")
    assert not any("language_unsupported" in str(w) for w in briefing.warnings)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "I commercianti hanno perso il 30 per cento dei clienti."),
        ("pt", "Os comerciantes perderam 30 por cento dos clientes."),
        ("es", "Los comerciantes han perdido el 30 por ciento de los clientes."),
    ],
)
def test_the_hundred_of_per_cent_is_no_figure(lang: str, text: str) -> None:
    assert [(f.value, f.unit) for f in brief(text, lang).figures] == [(30, "percent")]


def test_a_verb_after_a_body_is_no_adjective_of_its_name() -> None:
    """'-ano' ends adjectives ("italiano") and verbs' plurals ("parlano"): the body is the
    Regione, not "Regione parlano di danni"."""
    text = "Le prime stime della Regione parlano di danni per almeno 2,5 milioni di euro alle strade."
    names = [a.name for a in brief(text, "it").actors]
    assert not any("parlano" in n for n in names), names


def test_a_museum_is_a_body_not_a_person() -> None:
    actors = {
        a.name: a.kind
        for a in brief("Lo ha ricordato il Museo del Violino di Cremona in una nota.", "it").actors
    }
    assert actors.get("Museo del Violino") != "person", actors


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("it", "Il processo all'ex sindaco si è aperto ieri davanti al tribunale di Milano.", "other"),
        ("it", "Due rapinatori armati hanno assaltato ieri sera una gioielleria del centro.", "other"),
        ("pt", "O julgamento do antigo autarca começou ontem no Tribunal de Braga.", "other"),
        ("pt", "Dois homens assaltaram ontem à noite uma ourivesaria no centro de Braga.", "other"),
    ],
)
def test_courts_and_crimes(lang: str, text: str, kind: str) -> None:
    assert kind in [i.type for i in brief(text, lang).incidents]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il celebre liutaio cremonese è morto all'età di 88 anni nella sua casa di Cremona."),
        ("pt", "O conhecido escritor morreu ontem aos 88 anos na sua casa em Coimbra, disse a família."),
    ],
)
def test_a_death_of_old_age_is_no_incident(lang: str, text: str) -> None:
    assert brief(text, lang).incidents == []


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "it",
            "Lo ha detto il direttore dell'Hotel Excelsior, Mario Neri, ai giornalisti.",
            "Hotel Excelsior",
        ),
        (
            "it",
            "I controlli sono stati svolti ieri mattina con l'Agenzia delle Entrate.",
            "Agenzia delle Entrate",
        ),
        ("fr", "Le directeur de l'Hôpital Necker, Jean Dupont, a parlé aux journalistes.", "Hôpital Necker"),
    ],
)
def test_a_body_named_after_an_elided_article(lang: str, text: str, body: str) -> None:
    assert body in [a.name for a in brief(text, lang).actors]


def test_portuguese_ministry_and_hotel_are_bodies() -> None:
    text = "A ministra da Administração Interna, Teresa Lobo, visitou o Hotel Bom Jesus ontem à tarde."
    actors = {a.name: a.kind for a in brief(text, "pt").actors}
    assert actors.get("Hotel Bom Jesus") == "organization" and actors.get("Teresa Lobo") == "person", actors


def test_whom_the_words_were_told_to_is_no_speaker() -> None:
    """ "contou à Agência": the agency was told, it did not speak."""
    text = '"Perdi tudo o que tinha", contou à Agência Maria do Céu Ferreira, de 71 anos.'
    assert [speaker for _, speaker in speakers(text, "pt")] != ["Agência"]
