"""What of a thing an amount measures, in English, German, French and Spanish, as one English
word for every language's words for it: a length may be the visibility, a depth, a height
or a distance to somewhere ("less than 50 metres" of visibility and "rund 300 Meter vor der
Hafeneinfahrt" are two measures of one ferry grounding), and a count of people may count
them in one state or another ("deux enfants hospitalisés" and "quatorze enfants malades"
are two counts of one outbreak). Lower case, accents folded (``text.accents.fold_accents``);
German compounds are read by their head ("Sichtweite", "Wassertiefe": ``daily.figure_facets``).
"""

from __future__ import annotations

from summarizer.text.vocabulary import words

# Which dimension of a thing a length gives.
_LENGTHS = {
    "visibility": "visibility sicht sichtweite visibilite visibilidad",
    "depth": "depth deep tiefe tief profondeur profond profonde profundidad profundo profunda",
    "height": "height high tall hohe hoch hauteur haut haute altura alto alta altitude altitud",
    "length": "length long lange longueur longitud",
    "width": "width wide breite breit largeur anchura ancho diameter durchmesser diametre diametro across",
    "distance": """distance distances away offshore entfernung entfernt abstand distancia distante
        eloignement lejos""",
}
# In which state a count finds its people.
_STATES = {
    "hospitalised": """hospitalised hospitalized hospital hospitalises hospitalisees hospitalise
        hopital hospitalizados hospitalizadas hospitalizado krankenhaus klinik klinikum
        stationar""",
    "ill": """ill sick symptoms symptomatic malade malades symptomes krank kranke kranken erkrankt
        erkrankte erkrankten symptome enfermo enfermos enferma enfermas sintomas""",
    "missing": "missing vermisst vermisste vermissten disparu disparus disparues desaparecido desaparecidos desaparecidas",
    "rescued": "rescued gerettet gerettete sauves secourus rescatados rescatadas",
    "evacuated": """evacuated evacuees evakuiert evakuierte evakuierten evacues evacuees evacuados
        evacuadas desalojados desalojadas""",
    "arrested": "arrested detained festgenommen festgenommene arretes interpelles detenidos detenidas arrestados",
    "vaccinated": "vaccinated geimpft geimpfte vaccines vacunados vacunadas",
    # Goods a theft took and goods found again: two counts of one theft ("37 meules volées",
    # "24 meules retrouvées"), in every language the merge reads (``language.MERGED``).
    "stolen": """stolen gestohlen gestohlene gestohlenen entwendet entwendete entwendeten voles volees
        derobes derobees robados robadas sustraidos sustraidas rubati rubate roubados roubadas
        furtados furtadas gestolen ontvreemd ontvreemde robats robades""",
    # Lines, nets or moorings cut ("lobster traps cut", "casiers coupés", "trampas cortadas"):
    # what a vandal did to the gear, another count than the gear stolen.
    "cut": """cut slashed severed durchtrennt durchtrennte durchgeschnitten zerschnitten zerschnittene
        coupes coupees sectionnes sectionnees cortados cortadas tagliati tagliate recisi recise
        doorgesneden doorgeknipt tallats tallades""",
    # Boats, vehicles or people hemmed in by others ("bateaux ayant encerclé les dragueurs",
    # "boats surrounding the dredgers", "boten die de schepen insloten"): the ring's count.
    "surrounding": """surrounding surrounded encircling encircled encercle encercles encerclant
        umzingelt umzingelten umzingelnde umzingelnden eingekesselt rodeando rodearon cercando
        cercaron accerchiato accerchiati circondato circondati cercaram rodearam omsingelden
        omsingeld insloten encerclats envoltant""",
    # Goods the authorities took ("barche sequestrate", "boats seized", "barcos
    # apreendidos"): another count than the goods stolen or found again.
    "seized": """seized confiscated impounded beschlagnahmt beschlagnahmte beschlagnahmten
        sichergestellt sichergestellte sichergestellten saisis saisies confisques confisquees
        incautados incautadas decomisados decomisadas requisados requisadas sequestrati sequestrate
        confiscati confiscate apreendidos apreendidas inbeslaggenomen geconfisqueerd
        geconfisqueerde decomissats decomissades confiscats confiscades""",
    "recovered": """recovered retrieved wiedergefunden wiedergefundene aufgefunden aufgefundene
        retrouves retrouvees recuperes recuperees recuperados recuperadas ritrovati ritrovate
        recuperati recuperate teruggevonden recuperats recuperades""",
}
# The facets of a sum that names a damage, and of one that names what goods were worth.
DAMAGE = "damage"
WORTH = "worth"
# At which stage a sum of money stands: asked for, paid, or offered ("rescate exigido" and
# "rescate pagado" are two sums of one kidnapping, the two million asked and the 300,000 paid);
# or what it is the sum of: goods' worth or a damage.
_MONEY_STAGES = {
    "demanded": """demanded demand demands asked exigido exigida exigidos exige pedido pedida
        reclamado reclamada gefordert geforderte geforderten gefordertes forderung forderte verlangt
        verlangte exigee exiges reclame reclamee demande demandee""",
    "paid": """paid pagado pagada pagados abonado abonada gezahlt gezahlte gezahlten gezahltes
        bezahlt bezahlte bezahltes verse versee versees paye payee""",
    "offered": "offered ofrecido ofrecida angeboten angebotene offert offerte",
    # What goods taken, seized or lost were worth, and what a deed cost in damage: the loot's
    # 40,000 euros and the broken door's 1,500 are two sums of one burglary, never a dispute.
    WORTH: """worth value valued wert warenwert valeur valorise valorises valor valorado valorada
        valorados valoradas valore valorizzati avaliado avaliada avaliados avaliadas waarde""",
    DAMAGE: """damage damages schaden schaeden sachschaden degats dommages danos perjuicios danni
        prejuizos schade""",
}
# The states of goods (what a theft, a seizure or a vandal did to them): every word of their
# blocks is a participle, whatever its ending ("beschlagnahmte", "saisis", "wiedergefundene").
GOODS_STATES = frozenset({"stolen", "cut", "seized", "recovered"})
LENGTH_FACETS: dict[str, str] = {word: facet for facet, block in _LENGTHS.items() for word in words(block)}
STATE_FACETS: dict[str, str] = {word: facet for facet, block in _STATES.items() for word in words(block)}
MONEY_FACETS: dict[str, str] = {
    word: facet for facet, block in _MONEY_STAGES.items() for word in words(block)
}
