"""French: « … » quotations (with their inner spaces), "a déclaré X", "selon X", "a-t-il
ajouté", "1 000", "2,5 millions", "5,4 %"."""

from __future__ import annotations

from summarizer.text.lexicon import Lexicon, Numbers
from summarizer.text.vocabulary import words

_PARTICIPLES = words(
    """
    déclaré dit affirmé expliqué ajouté indiqué souligné précisé estimé assuré averti
    confié reconnu lancé insisté raconté martelé résumé dénoncé regretté rappelé annoncé
    prévenu témoigné répondu poursuivi conclu écrit tweeté commenté observé noté admis
    jugé déploré confirmé réagi rapporté relevé détaillé ironisé plaidé fait savoir
    accusé tranché lâché glissé soufflé avoué concédé répliqué rétorqué nuancé analysé
    évoqué qualifié promis juré parlé prédit mis en garde interpellé salué critiqué
    demandé réclamé exigé appelé regretté martelé prévenu
    """
)
_PRESENT = words(
    """
    déclare dit affirme explique ajoute indique souligne précise estime assure avertit
    confie reconnaît lance insiste raconte martèle résume dénonce regrette rappelle
    annonce prévient témoigne répond poursuit conclut écrit commente observe note admet
    juge déplore confirme réagit rapporte relève détaille ironise plaide
    déclarait disait affirmait expliquait ajoutait indiquait soulignait précisait
    accuse tranche lâche glisse souffle avoue concède réplique rétorque nuance analyse
    évoque qualifie promet jure parle prédit interpelle salue critique s'inquiète
    s'insurge s'agace s'emporte se félicite se réjouit
    """
)
_REPORTING = (
    *(f"{aux} {p}" for aux in ("a", "ont", "avait", "avaient") for p in sorted(_PARTICIPLES)),
    *sorted(_PRESENT),
    "fait savoir",
    "a fait savoir",
    # Reflexive forms: "s'est dit « soulagé »", "s'est félicitée".
    *(
        f"{aux} {p}"
        for aux in ("s'est", "s’est", "se sont")
        for p in (
            "dit",
            "dite",
            "dits",
            "déclaré",
            "déclarée",
            "félicité",
            "félicitée",
            "inquiété",
            "inquiétée",
            "montré",
            "montrée",
            "engagé",
            "engagée",
        )
    ),
    "se dit",
)

LEXICON = Lexicon(
    code="fr",
    abbreviations=frozenset(
        words(
            """
            m mm mme mmes mlle dr pr me st ste av bd etc cf env p ex n no vol ch art
            janv févr avr juil sept oct nov déc
            """
        )
    ),
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    reporting_verbs=_REPORTING,
    according_to=("selon", "d'après", "d’après", "de l'avis de"),
    according_after=(),
    according_opening=("Pour",),
    determiners=(
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
        "des",
        "du",
        "de la",
        "son",
        "sa",
        "ses",
        "leur",
    ),
    pronouns={"il": "m", "elle": "f", "ils": None, "elles": None},
    also=("aussi", "également", "encore"),
    that=("que", "qu'", "qu’"),
    time_words=("le", "ce", "dès", "dans la nuit de"),
    not_name=frozenset(
        words(
            """
            Le La Les L Un Une Des Du De Il Elle Ils Elles On Nous Vous Je Ce Cette Ces
            Et Ou Mais Donc Car Ni Or Si Quand Lorsque Comme Selon Pour Par Avec Sans Dans
            Sur Sous Entre Depuis Pendant Après Avant Vers Chez Au Aux En Ainsi Alors
            Aujourd Hier Demain Mardi Lundi Mercredi Jeudi Vendredi Samedi Dimanche M Mme
            Mlle Monsieur Madame Tous Toutes Plusieurs Certains Aucun Aucune Son Sa Ses Leur
            Leurs Notre Nos Cela Ceci Là Ici Déjà Encore Puis Enfin
            """
        )
    ),
    person_roles=frozenset(
        words(
            """
            président présidente ministre premier première maire adjoint adjointe préfet
            préfète procureur procureure juge avocat avocate porte-parole directeur
            directrice chef cheffe responsable secrétaire député députée sénateur sénatrice
            commissaire enquêteur enquêtrice médecin professeur professeure chercheur
            chercheuse expert experte entraîneur entraîneuse capitaine ambassadeur
            ambassadrice gouverneur conseiller conseillère élu élue témoin victime habitant
            habitante syndicaliste patron patronne dirigeant dirigeante économiste analyste
            échevin échevine bourgmestre
            """
        )
    ),
    role_endings=(),
    titles={
        "m": "m",
        "mme": "f",
        "mlle": "f",
        "monsieur": "m",
        "madame": "f",
        "dr": None,
        "pr": None,
        "me": None,
    },
    noun_endings=(),
    name_particles=("de la", "de", "du", "des", "d'", "d’", "le", "la"),
    day_parts=("matin", "soir", "après-midi", "midi"),
    addressee=r"à|au|aux",
    body_adjective_endings=tuple(
        sorted(
            words(
                """
                al ale ales aux éen éenne éens éennes ien ienne iens iennes ais aise aises ois
                oise oises ique iques aire aires el elle els elles if ive ifs ives eur eure eurs
                eures ain aine ains aines
                """
            )
        )
    ),
    body_name_joins=r"de la|de l['’]|des|du|de|d['’]|et de|et d['’]|et des|et du|pour la|pour le|pour les|"
    r"pour l['’]|contre la|contre le|contre les|contre l['’]",
    # Capitalised too: a sentence opens with its place ("À Nantes, la police ...").
    place_prepositions=(
        r"(?i:à|au|aux|en|près de|dans la région de|dans le département de|au-dessus de|au-dessous de"
        r"|au large de|non loin de|aux abords de|au (?:nord|sud|est|ouest)(?:-(?:est|ouest))? de)"
    ),
    relative_days={
        "hier": -1,
        "aujourd'hui": 0,
        "aujourd’hui": 0,
        "avant-hier": -2,
        "avant hier": -2,
        "cette nuit": 0,
    },
    gendered_words={
        "le": "m",
        "un": "m",
        "la": "f",
        "une": "f",
        "m": "m",
        "mme": "f",
        "mlle": "f",
        "monsieur": "m",
        "madame": "f",
    },
    organization_roles=frozenset(
        words(
            """
            police gendarmerie gouvernement ministère préfecture mairie entreprise société
            organisme établissement direction fédération fondation institut centre club
            groupe tribunal parquet syndicat parti association hôpital université commission
            agence autorité conseil assemblée sénat pompiers fédération banque
            office service observatoire confédération chambre commissariat caisse union
            papeterie secours
            """
        )
    ),
    indefinite_articles=words("un une des"),
    counted_stops=words(
        """
        le la les l un une des du de d et ou en au aux dans sur sous par pour avec sans ont a sont été était étaient qui que
        son
        """
    ),
    services=words("police gendarmerie pompiers parquet préfecture"),
    report_nouns=words("communiqué porte-parole"),
    government_words=words(
        """
        police gendarmerie gouvernement ministère préfecture mairie tribunal parquet agence autorité conseil assemblée sénat pompiers
        """
    ),
    organization_endings=frozenset(
        words(
            """
            SA SAS SARL SE Groupe Banque Fédération Association Syndicat Parti Institut
            Université Hôpital Ministère Préfecture Mairie Tribunal Parquet Conseil Agence
            Autorité Commission Fondation Assemblée Sénat Gendarmerie Police
            """
        )
    ),
    numbers=Numbers(
        thousands=" \u00a0\u202f.",
        decimal=",",
        words={
            "deux": 2,
            "trois": 3,
            "quatre": 4,
            "cinq": 5,
            "six": 6,
            "sept": 7,
            "huit": 8,
            "neuf": 9,
            "dix": 10,
            "onze": 11,
            "douze": 12,
            "treize": 13,
            "quatorze": 14,
            "quinze": 15,
            "seize": 16,
            "vingt": 20,
            "trente": 30,
            "quarante": 40,
            "cinquante": 50,
            "soixante": 60,
            "cent": 100,
            "cents": 100,
            "mille": 1000,
            "douzaine": 12,
            "dix-sept": 17,
            "dix-huit": 18,
            "dix-neuf": 19,
            "soixante-dix": 70,
            "quatre-vingt": 80,
            "quatre-vingts": 80,
            "quatre-vingt-dix": 90,
        },
        ones=frozenset({"un", "une"}),
        joiners=frozenset({"et"}),
        scales={
            "mille": 1e3,
            "million": 1e6,
            "millions": 1e6,
            "milliard": 1e9,
            "milliards": 1e9,
            "md": 1e9,
            "mds": 1e9,
            "mio": 1e6,
            "milliers": 1e3,
        },
        vague={
            "dizaines": 20,
            "douzaines": 24,
            "centaines": 200,
            "dizaine": 10,
            "vingtaine": 20,
            "trentaine": 30,
            "quarantaine": 40,
            "cinquantaine": 50,
            "soixantaine": 60,
            "centaine": 100,
            "millier": 1000,
            "milliers": 2000,
            "dizaines de milliers": 20000,
            "centaines de milliers": 200000,
        },
    ),
    age_after=r"(?:\s+ans\b|\s*\(\d{1,3}\s*ans\))",
    after_quote=(
        # "a-t-il déclaré", "a-t-elle ajouté": the pronoun is the speaker.
        r"(?:a|ont|avait)-t-(?P<who>il|elle|ils|elles)\s+(?P<cue>[a-zéèêàâîôûç]+é(?:e?s?)?)\b",
        # "déclare-t-il", "explique-t-elle", "dit-il", "poursuit-elle".
        r"(?P<cue>[a-zéèêàâîôûç]+)-(?:t-)?(?P<who>il|elle|ils|elles)\b",
    ),
    unit_of=("de", "d'", "d’"),
    units_after={
        "%": "percent",
        "pour cent": "percent",
        "euros": "EUR",
        "euro": "EUR",
        "dollars": "USD",
        "km": "km",
        "kilomètres": "km",
        "mètres": "m",
        "tonnes": "t",
        "hectares": "ha",
        "degrés": "degrees",
        "ans": "years",
        "jours": "days",
        "heures": "hours",
        "minutes": "minutes",
        "semaines": "weeks",
        "mois": "months",
        "kg": "kg",
        "points": "percent",
    },
    bounds=(
        (r"au moins|au minimum", "at_least"),
        (r"plus de|plus d'|plus d’|au-delà de", "more_than"),
        (r"jusqu'à|jusqu’à|au plus|au maximum", "at_most"),
        (r"moins de|moins d'|moins d’", "fewer_than"),
        (
            r"environ|près de|près d'|près d’|quelque|quelques|presque|approximativement|autour de",
            "approximately",
        ),
    ),
    function_words=words(
        """
        pour avec dans sans sous selon plus moins leur leurs elle elles nous vous sont
        était étaient être avoir fait faire cette ceux celle celles tout tous toute toutes
        aussi mais comme depuis après avant entre vers chez lors ainsi alors encore très
        donc dont quand même autre autres notre votre avait avaient sera seront
        """
    ),
)
