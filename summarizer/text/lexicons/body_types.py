"""Nouns that say what kind of non-state body a name is, as copy writes them right before
the name: "die Bahngesellschaft SNCB", "netbeheerder Enexis", "l'entreprise Scheldevries",
"la empresa Kintoa", "la società Restauval", "a cooperativa Agri-Hesbaye". Plain data,
lower case, per language: the trade and association nouns any news report uses, never a
body's own name. German and Dutch write compounds ("Kraftwerksgesellschaft",
"busmaatschappij"): there a word *ending* in one of their nouns counts, with the
inflection endings listed. Nouns of public services are left out on purpose ("la police
de Lyon", "die Feuerwehr Mühlhagen", "Gemeinde Rannach"): the word after those is as
often a place, and ``service_bodies`` reads them."""

from __future__ import annotations

from summarizer.text.vocabulary import words

BODY_TYPE_NOUNS: dict[str, frozenset[str]] = {
    "en": words(
        """
        company firm cooperative co-operative union federation association club collective
        charity utility broadcaster consortium group
        """
    ),
    "de": words(
        """
        gesellschaft betreiber betreiberin verband verein genossenschaft firma unternehmen
        reederei gewerkschaft veranstalter veranstalterin konzern molkerei käserei brauerei
        kellerei spedition netzbetreiber energieversorger versorger
        """
    ),
    "nl": words(
        """
        maatschappij bedrijf firma coöperatie cooperatie vakbond vereniging federatie club
        collectief beheerder exploitant uitbater rederij organisator organisatie groep keten
        """
    ),
    "fr": words(
        """
        entreprise société compagnie coopérative syndicat association fédération collectif
        club groupe opérateur exploitant gestionnaire transporteur enseigne fromagerie laiterie
        constructeur fabricant distributeur organisateur mutuelle fournisseur prestataire
        concessionnaire armateur assureur chantier
        """
    ),
    "es": words(
        """
        empresa compañía cooperativa sindicato asociación federación club colectivo operadora
        concesionaria grupo patronal aseguradora aerolínea naviera firma quesería bodega
        distribuidora constructora promotora astillero
        """
    ),
    "it": words(
        """
        società azienda ditta cooperativa sindacato associazione federazione club collettivo
        gestore compagnia gruppo consorzio caseificio cantina operatore distributore
        """
    ),
    "pt": words(
        """
        empresa companhia cooperativa sindicato associação federação clube coletivo operadora
        concessionária grupo transportadora estaleiro firma
        """
    ),
    "ca": words(
        """
        empresa companyia cooperativa sindicat associació federació club col·lectiu grup
        operadora concessionària
        """
    ),
}

# Inflections a German or Dutch compound takes before a name: the genitive ("des
# Bauernverbands", "des Rettungsdienstes") and nothing else; Dutch adds none.
COMPOUND_ENDINGS: dict[str, tuple[str, ...]] = {"de": ("", "s", "es"), "nl": ("",)}

# Endings of the one adjective French, Spanish, Italian, Portuguese and Catalan put between
# the noun and the name ("la compagnie ferroviaire CP", "le syndicat allemand Verdi", "la
# compañía ferroviaria belga", "la società lombarda"): nationality and field adjectives.
ADJECTIVE_ENDINGS = tuple(
    sorted(
        words(
            """
            al ale ales aux ien ienne ais aise ois oise ique iques aire aires el elle if ive
            and
            ano ana anos anas és esa eses ense ico ica icos icas ario aria arios arias
            ese esi ali ile ivo iva
            ês esa ário ária eiro eira
            ià ana
            """
        )
    )
)
