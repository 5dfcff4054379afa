"""Whose a body is, in the adjectives the merged languages (de, fr, es, it, pt, nl, ca, and
English where the gazetteer has no demonym) give the countries ``organisations.CONCEPTS``
does not list (and forms its block leaves out, below): "Forces armées maltaises", "maltesische Polizei" and "Armed Forces of
Malta"; "griechische Küstenwache", "garde-côtes grecs" and "Hellenic Coast Guard"'s
"Greek coast guard". Each adjective -> the key word of the country's English name (a
country of two words as one: ``daily.body_countries.country_word``). Plain data: lower
case, accents folded; only forms that are no other common word of a body's name (not
Dutch "Pools" nor "Fins", English words; not German "Malteser", the Order of Malta's own
name; not Italian "greco" nor "ceco", the letters of acronyms, "GRECO", "CECOES", which a
German genitive's ending would read as the adjective). German adjectives in "-isch" take their case endings (``organisations.GERMAN_ENDINGS``)."""

from __future__ import annotations

from summarizer.text.vocabulary import words

_BY_COUNTRY = {
    "malta": "maltese maltesi maltesisch maltais maltaise maltaises maltes maltesa maltesas maltesos maltees",
    "greece": "griechisch grec grecque grecs grecques griego griega griegos griegas greca greci greche "
    "grego gregos gregas griekse grega",
    "croatia": "kroatisch croate croates croata croatas croato croati croate kroatische",
    "slovenia": "slovenian slowenisch slovene slovenes esloveno eslovena sloveno slovena sloveni sloveense",
    "poland": "polnisch polonais polonaise polaco polaca polacos polacco polacca polacchi polones polonesa poolse",
    "czech-republic": "tschechisch tcheque tcheques checo checa checos tcheco tcheca tsjechische txec txeca",
    "denmark": "danisch danois danoise danes danesa daneses danese danesi dinamarques dinamarquesa deense",
    "sweden": "schwedisch suedois suedoise sueco sueca suecos svedese svedesi zweedse suec",
    "norway": "norwegisch norvegien norvegienne noruego noruegos norvegese norvegesi noruegues norueguesa "
    "noorse noruec",
    "finland": "finnisch finlandais finlandaise finlandes finlandesa finlandese finlandesi finse",
    "hungary": "ungarisch hongrois hongroise hungaro hungara ungherese ungheresi hongaarse hongares hongaresa",
    "slovakia": "slowakisch slovaque slovaques eslovaco eslovaca slovacco slovacca slowaakse eslovac",
    "romania": "rumanisch roumain roumaine rumano rumana rumeno rumena romeno romena roemeense",
    "bulgaria": "bulgarisch bulgare bulgares bulgaro bulgara bulgaarse",
    "cyprus": "cypriot zyprisch chypriote chypriotes chipriota chipriotas cipriota ciprioti cypriotische xipriota",
    "monaco": "monegasque monegassisch monegasques monegasco monegasca monegaskische",
    "andorra": "andorran andorranisch andorrane andorrano andorrana andorrese",
    "liechtenstein": "liechtensteinisch liechtensteinois liechtensteinoise",
    "morocco": "marokkanisch marocain marocaine marroqui marroquies marocchino marocchina marroquino "
    "marroquina marokkaanse",
    "turkey": "turkisch turc turque turcs turques turco turca turcos turcas turchi turche turkse",
    # Forms of the adjectives ``organisations.CONCEPTS`` lists that its block leaves out: an
    # Italian plural ("Forze armate italiane", "i carabinieri italiani") and the Romance
    # "belga" (a plural in "-s" or "-es" is read as its singular already).
    "italy": "italiani italiane",
    "germany": "tedesche alemaes alemanys",
    "austria": "austriaci austriache",
    "switzerland": "svizzere",
    "portugal": "portoghesi",
    "belgium": "belga belgas belgi belghe",
}

COUNTRY_ADJECTIVES: dict[str, str] = {
    form: country
    for country, block in _BY_COUNTRY.items()
    for adjective in words(block)
    for form in (
        {adjective, *(adjective + ending for ending in ("e", "en", "er", "es", "em"))}
        if adjective.endswith("isch")
        else {adjective}
    )
}
