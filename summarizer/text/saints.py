"""A saint's given name in the languages the newsrooms write, as one name: a town named for
a saint is "Sant Pere" in Catalan, "San Pedro" in Spanish, "Saint-Pierre" in French, "Sankt
Peter" in German, "San Pietro" in Italian and "São Pedro" in Portuguese, and two reports of
one event in it name it so. General vocabulary (the common saints of the calendar), never a
town's name: only the word right after a saint's title is read, so "Pedro Sánchez" stays a
person and "Martin" a word of any other name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.text.accents import fold_accents

# A saint's English name -> the name in English, German, French, Spanish, Catalan, Italian and
# Portuguese, lower case. Names that mean one saint in one language and another in a second
# are left out ("Julia" is Catalan Julian and Spanish Julia).
_SAINT_NAMES = {
    "peter": "peter pere pedro pierre pietro petrus",
    "paul": "paul pau pablo paulo paolo paulus",
    "martin": "martin marti martino martinho",
    "john": "john johann johannes jean juan joan giovanni joao",
    "james": "james jakob jacques jaime jaume giacomo jacopo tiago",
    "andrew": "andrew andreas andre andres andreu andrea",
    "michael": "michael michel miguel miquel michele miguel",
    "george": "george georg georges jorge jordi giorgio",
    "lawrence": "lawrence lorenz laurent lorenzo llorenc lourenco",
    "stephen": "stephen stephan stefan etienne esteban esteve stefano estevao",
    "anthony": "anthony anton antoine antonio antoni",
    "francis": "francis franziskus francois francisco francesc francesco",
    "vincent": "vincent vinzenz vicente vicent vincenzo",
    "joseph": "joseph josef jose josep giuseppe",
    "bartholomew": "bartholomew bartholomaus barthelemy bartolome bartomeu bartolomeo",
    "nicholas": "nicholas nikolaus niklaus nicolas nicolau nicola nicolo",
    "sebastian": "sebastian sebastien sebastia sebastiano sebastiao",
    "mary": "mary maria marie",
    "catherine": "catherine katharina caterina catalina catarina",
    "margaret": "margaret margarethe marguerite margarita margalida margherita",
    "agnes": "agnes ines agnese",
    "gall": "gall gallen gal gallo",
    "blaise": "blaise blasius blas blai biagio bras",
    "felix": "felix feliu felice",
    "gregory": "gregory gregor gregoire gregorio",
    "benedict": "benedict benedikt benoit benito benet benedetto bento",
    "augustine": "augustine augustin agustin agusti agostino agostinho",
    "cyprian": "cyprian cyprien cipriano",
    "christopher": "christopher christophorus christophe cristobal cristofol cristoforo cristovao",
    "ignatius": "ignatius ignaz ignace ignacio ignasi ignazio inacio",
}


def saint_names(fold: Callable[[str], str]) -> dict[str, str]:
    """Each saint's name in every language, folded by ``fold`` (as a place's key spells a
    word: accents, doubled letters), -> the saint's English name."""
    return {
        fold(fold_accents(name)): saint for saint, names in _SAINT_NAMES.items() for name in names.split()
    }


def saints_as_one(words: Sequence[str], title: str, names: dict[str, str]) -> list[str]:
    """The words of a place's key with each word after a saint's ``title`` (the key's one
    spelling of "Saint", "San", "Sankt"...) written as the saint's English name, ``names``
    being ``saint_names`` under the key's folding: ["st", "pere", "vilamar"] ->
    ["st", "peter", "vilamar"]."""
    out = list(words)
    for index in range(1, len(out)):
        if out[index - 1] == title:
            out[index] = names.get(out[index], out[index])
    return out
