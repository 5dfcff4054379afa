"""What a figure counts, in English, German, French and Spanish: the words that make two
figures one measure whatever language each source wrote ("12 morts", "30 décès", "two
dead", "ningún fallecido" all count people killed). Lower case, accents folded (see
``daily.organisations.fold_accents``)."""

from __future__ import annotations

from summarizer.text.vocabulary import words

# Words for people, or for none or one of them ("No one was killed", "niemand", "personne").
PEOPLE = words(
    """
    one nobody none anyone anybody body person persons people
    menschen mensch personen person niemand einwohner
    personne personnes gens habitants
    persona personas nadie gente habitantes
    """
)
# Counts of the harm rather than of the people ("six deaths", "30 décès", "dos muertos"):
# people, when the figure is a count of people killed, injured or displaced.
HARM = words(
    """
    death deaths fatality fatalities casualty casualties victim victims dead injured wounded
    tote toten todesopfer opfer verletzte verletzten verletzter verwundete schwerverletzte
    mort morts deces victime victimes blesse blesses blessee blessees
    muerto muertos muerta muertas fallecido fallecidos fallecida fallecidas victima victimas
    herido heridos herida heridas
    """
)
# A share of voters who voted, however a source says it.
TURNOUT = words("turnout wahlbeteiligung participation participacion")
