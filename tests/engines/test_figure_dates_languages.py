"""A date is never a count, in any language the offline engine reads: datelines with an
abbreviated month ("SEVILLA, 14 nov (Europa Press) -"), and dates in running text ("el 7 de
febrero", "le 9 avril", "am 4. Juni"). Each case also checks that the count beside the date
is still found, and near misses keep a number before a word that only starts like a month
("30 mareos", "12 marins", "40 Augenzeugen")."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize


def figures(text: str, lang: str) -> dict[str, float]:
    # A headline first: a lone line would be read as the headline itself.
    article = Article(text=f"Informe\n\n{text}", language=lang)
    return {f.text: f.value for f in summarize(article).figures}


@pytest.mark.parametrize(
    ("text", "lang", "date", "count"),
    [
        (
            "SEVILLA, 14 nov (Europa Press) - Los bomberos rescataron a 23 vecinos de un edificio.",
            "es",
            14,
            23,
        ),
        ("GIJÓN, 2 ago. (EFE) - Un incendio obligó a desalojar a 85 vecinos del barrio.", "es", 2, 85),
        ("El 7 de febrero, 60 familias fueron realojadas por la crecida del río.", "es", 7, 60),
        ("BORDEAUX, 17 déc. (AFP) - Au moins 40 pompiers ont lutté contre les flammes.", "fr", 17, 40),
        ("NANTES, 5 sept (AFP) - Le feu a détruit 12 maisons dans la nuit.", "fr", 5, 12),
        ("Le 9 avril, 15 familles ont été relogées après l'effondrement.", "fr", 9, 15),
        ("LILLE, 3 févr. (AFP) - Quelque 200 riverains ont été évacués.", "fr", 3, 200),
        ("Kiel, 21. Okt. (dpa) - 35 Feuerwehrleute waren die ganze Nacht im Einsatz.", "de", 21, 35),
        ("Kiel, 21 Okt (dpa) - 35 Feuerwehrleute waren die ganze Nacht im Einsatz.", "de", 21, 35),
        ("Am 4. Juni wurden bei dem Unfall 18 Menschen verletzt.", "de", 4, 18),
        ("DUBLIN, 8 Sept (Wire) - Firefighters evacuated 70 residents overnight.", "en", 8, 70),
    ],
)
def test_a_date_is_not_a_count(text: str, lang: str, date: float, count: float) -> None:
    found = figures(text, lang)
    assert date not in found.values(), found
    assert count in found.values(), found


@pytest.mark.parametrize(
    ("text", "lang", "days", "count"),
    [
        (
            "Del 3 al 5 de marzo, las lluvias obligaron a desalojar a 140 vecinos en Tordal.",
            "es",
            [3, 5],
            140,
        ),
        ("Entre el 8 y el 9 de abril, 26 familias dejaron sus casas en Olmedilla.", "es", [8, 9], 26),
        ("Du 11 au 13 juin, 75 pompiers ont combattu le feu près de Morvan.", "fr", [11, 13], 75),
        ("Les 3 et 4 mai, 12 personnes sont mortes de la chaleur dans le Morvan.", "fr", [3, 4], 12),
        ("Vom 3. bis 5. März waren 90 Einsatzkräfte in Leutstadt im Einsatz.", "de", [3, 5], 90),
        ("Between 3 and 5 March, 64 homes were flooded in Harwick.", "en", [3, 5], 64),
        ("On March 7 and 8, crews evacuated 210 residents from Harwick.", "en", [7, 8], 210),
    ],
)
def test_two_days_of_one_month_are_not_counts(text: str, lang: str, days: list[float], count: float) -> None:
    found = figures(text, lang)
    assert not set(days) & set(found.values()), found
    assert count in found.values(), found


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("Murieron 3 personas y 5 resultaron heridas en el choque de Tordal.", "es", [3, 5]),
        ("Entre 3 y 5 personas siguen desaparecidas en Olmedilla.", "es", [3]),
        ("Between 4 and 6 people were hurt in the Harwick crash.", "en", [4]),
    ],
)
def test_two_counts_without_a_month_stay_counts(text: str, lang: str, counts: list[float]) -> None:
    found = figures(text, lang)
    assert set(counts) <= set(found.values()), found


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("En el barco hubo 30 mareos y cuatro heridos leves.", "es", 30),
        ("Los guardacostas rescataron a 12 marineros frente a la costa.", "es", 12),
        ("Les secours ont hélitreuillé 12 marins au large de Brest.", "fr", 12),
        ("Die Polizei befragte 40 Augenzeugen des Unfalls.", "de", 40),
        ("Le navire transportait 300 octets de données, selon le rapport.", "fr", 300),
    ],
)
def test_a_word_that_only_starts_like_a_month_keeps_its_count(text: str, lang: str, count: float) -> None:
    found = figures(text, lang)
    assert count in found.values(), found
