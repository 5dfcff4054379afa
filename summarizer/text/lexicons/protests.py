"""Words that tell a strike from a march in English, German, French and Spanish (and, for
the daily merge, Italian, Portuguese, Dutch and Catalan, ``language.MERGED``): two
protests of one city and day are often one strike and one march, and a report that names
only one of them is not a report of the other. Lower case, accents folded, as
``daily.merge.content_words`` gives them."""

from __future__ import annotations

from summarizer.text.vocabulary import words

STRIKE = words(
    """
    strike strikes striking strikers walkout
    streik streiks warnstreik streikende streikenden ausstand arbeitsniederlegung
    greve greves grevistes debrayage
    huelga huelgas huelguistas paro paros
    sciopero scioperi scioperanti grevistas staking stakingen stakers stakingsdag vaga vagues vaguistes
    """
)
MARCH = words(
    """
    march marched marchers marching rally rallied demonstration demonstrators
    demonstration demonstranten kundgebung marsch protestzug
    demonstrierten demonstrierte demonstrieren kundgebungen demo demos protestmarsch
    manifestation manifestations manifestants defile cortege
    marcha marchas manifestacion manifestaron manifestantes concentracion
    corteo cortei manifestazione manifestazioni manifestanti passeata manifestacao manifestacoes
    concentracao betoging betogingen betogers demonstratie manifestatie optocht protestmars
    manifestacio manifestacions manifestants marxa concentracio
    """
)
