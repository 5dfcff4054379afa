"""Portuguese (European and Brazilian): «…» and “…” quotations and the travessão of dialogue
("— Foi horrível — disse a vizinha."), "disse X", "segundo X", "1.200", "2,5 milhões",
"vinte e três"."""

from __future__ import annotations

from summarizer.text.lexicon import Lexicon, Numbers
from summarizer.text.vocabulary import words

_VERBS = words(
    """
    disse disseram diz dizem afirmou afirmaram afirma explicou explicaram explica
    acrescentou acrescentaram acrescenta adiantou adiantaram adianta declarou declararam
    declara referiu referiram refere sublinhou sublinha salientou salienta garantiu
    garantiram garante contou contaram conta relatou relata confirmou confirma revelou
    revela lamentou lamenta denunciou denuncia alertou alerta avisou avisa criticou
    critica anunciou anuncia admitiu admite reconheceu reconhece defendeu defende insistiu
    insiste lembrou lembra destacou destaca considerou considera respondeu responde
    escreveu escreve concluiu conclui precisou esclareceu esclarece assegurou assegura
    indicou indica apontou aponta frisou frisa comentou comenta observou observa
    prometeu promete pediu pede exigiu exige reiterou reitera desabafou
    """
)
# Brazilian copy reports speech in the compound past as well: "tem dito", rare; the
# pretérito perfeito carries almost all of it. European copy adds "adiantou", "referiu".
_REPORTING = (
    *sorted(_VERBS),
    "fez saber",
    "deu conta",
)

_UNITS = {
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9,
}  # fmt: skip
_TEENS = {
    "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15,
    "dezasseis": 16, "dezesseis": 16, "dezassete": 17, "dezessete": 17, "dezoito": 18,
    "dezanove": 19, "dezenove": 19,
}  # fmt: skip
_TENS = {
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
    "oitenta": 80, "noventa": 90,
}  # fmt: skip
_HUNDREDS = {
    "cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
    "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
    "seiscentos": 600, "seiscentas": 600, "setecentos": 700, "setecentas": 700,
    "oitocentos": 800, "oitocentas": 800, "novecentos": 900, "novecentas": 900,
}  # fmt: skip

LEXICON = Lexicon(
    code="pt",
    abbreviations=frozenset(
        words(
            """
            sr sra srs dr dra eng prof profa arq d dª av r n nº pág etc ex jan fev mar abr
            jun jul ago set out nov dez lda ltda s.a sa
            """
        )
    ),
    months=(
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    weekdays=(
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ),
    # Copy drops "-feira" as often as it writes it ("na segunda"), but every supported
    # language's weekdays are read in every text, and Spanish "la segunda vuelta" or Italian
    # "la quinta edizione" is no day: only the whole name is a weekday, or one without its
    # hyphen.
    weekday_aliases={
        "segunda feira": "segunda-feira",
        "terça feira": "terça-feira",
        "quarta feira": "quarta-feira",
        "quinta feira": "quinta-feira",
        "sexta feira": "sexta-feira",
    },
    reporting_verbs=_REPORTING,
    according_to=("segundo", "de acordo com", "conforme", "na opinião de", "nas palavras de"),
    according_after=(),
    # Not "do", "da", "ao", "à": a speaker is never "of the" or "to the" ("contou à Agência").
    determiners=(
        "o",
        "a",
        "os",
        "as",
        "um",
        "uma",
        "uns",
        "umas",
        "seu",
        "sua",
        "seus",
        "suas",
    ),
    pronouns={"ele": "m", "ela": "f", "eles": None, "elas": None},
    also=("também", "ainda"),
    that=("que",),
    time_words=("na", "no", "nesta", "neste", "esta", "este"),
    not_name=frozenset(
        words(
            """
            O A Os As Um Uma Uns Umas Do Da Dos Das Ao À Aos Às No Na Nos Nas Num Numa
            Ele Ela Eles Elas Nós Eu Você Vocês E Ou Mas Sem Com Por Para Desde Até Entre
            Sobre Após Segundo Conforme Em De Perante Como Quando Se Porque Embora Assim Já
            Hoje Ontem Amanhã Este Esta Estes Estas Esse Essa Aquele Aquela Todos Todas
            Vários Muitos Alguns Nenhum Nenhuma Seu Sua Seus Suas Também Sr Sra Dr Dra Dona
            Segunda Terça Quarta Quinta Sexta Sábado Domingo Depois Antes Durante Enquanto
            Agora Aqui Ali Lá
            """
        )
    ),
    person_roles=frozenset(
        words(
            """
            presidente ministro ministra autarca prefeito prefeita vereador vereadora
            governador governadora porta-voz diretor diretora director directora chefe
            responsável secretário secretária deputado deputada senador senadora procurador
            procuradora juiz juíza advogado advogada comandante comissário comissária
            inspetor inspetora inspector médico médica professor professora especialista
            treinador treinadora capitão embaixador embaixadora conselheiro conselheira
            delegado delegada testemunha vizinho vizinha morador moradora residente
            sindicalista dirigente líder agente economista analista bombeiro bombeira filho
            filha marido mãe pai irmão irmã neto neta
            """
        )
    ),
    role_endings=(),
    titles={
        "sr": "m",
        "sra": "f",
        "senhor": "m",
        "senhora": "f",
        "dona": "f",
        "dr": "m",
        "dra": "f",
        "d": None,
    },
    noun_endings=(),
    name_particles=("da", "de", "do", "das", "dos"),
    day_parts=("de manhã", "à tarde", "à noite", "de madrugada"),
    addressee=r"ao|à|a|aos|às",
    # Capitalised too: a sentence opens with its place ("Em Lisboa, a PSP ...").
    place_prepositions=(
        r"(?i:em|no|na|nos|nas|perto de|junto a|junto ao|junto à|ao largo de|nos arredores de|à saída de"
        r"|a (?:norte|sul|este|leste|oeste) de)"
    ),
    relative_days={
        "ontem": -1,
        "hoje": 0,
        "anteontem": -2,
        "antes de ontem": -2,
        "esta madrugada": 0,
        "ontem à noite": -1,
    },
    gendered_words={
        "o": "m",
        "um": "m",
        "a": "f",
        "uma": "f",
        "sr": "m",
        "sra": "f",
        "senhor": "m",
        "senhora": "f",
        "dona": "f",
    },
    dropped_subject="ele/ela",
    dash_dialogue=True,
    organization_roles=frozenset(
        words(
            """
            polícia psp gnr pj governo ministério câmara junta município prefeitura tribunal
            empresa companhia grupo organismo entidade instituto serviço centro fundação
            clube sindicato partido associação hospital universidade comissão agência
            autoridade conselho assembleia bombeiros federação banco união proteção museu
            teatro hotel administração secretaria autarquia operador
            """
        )
    ),
    indefinite_articles=words("um uma uns umas"),
    counted_stops=words(
        """
        o a os as um uma do da dos das de ao à aos às e ou em no na nos nas com por pelo pela
        para sem sobre entre desde até contra durante segundo têm tem foram foi são que se
        """
    ),
    services=words("polícia psp gnr bombeiros pj"),
    report_nouns=words("fontes porta-voz comunicado nota"),
    government_words=words(
        """
        polícia psp gnr pj governo ministério câmara junta município prefeitura tribunal
        autoridade conselho assembleia bombeiros agência serviço instituto proteção
        """
    ),
    organization_endings=frozenset(
        words(
            """
            S.A. SA Lda Ltda Grupo Banco Federação Associação Sindicato Partido Instituto
            Universidade Hospital Ministério Câmara Junta Tribunal Conselho Agência Autoridade
            Comissão Fundação Assembleia PSP GNR Polícia Municipal
            """
        )
    ),
    numbers=Numbers(
        thousands=". \u00a0\u202f",
        decimal=",",
        words={
            **_UNITS,
            **_TEENS,
            **_TENS,
            **_HUNDREDS,
            "mil": 1000,
            "dezena": 10,
            "dúzia": 12,
        },
        ones=frozenset({"um", "uma"}),
        # "vinte e três", "cento e vinte", "dois mil e quinhentos".
        joiners=frozenset({"e"}),
        scales={
            "mil": 1e3,
            "milhão": 1e6,
            "milhões": 1e6,
            "mil milhões": 1e9,
            "bilião": 1e12,
            "biliões": 1e12,
            # Brazil's billion is a thousand million.
            "bilhão": 1e9,
            "bilhões": 1e9,
        },
        vague={
            "dezenas": 20,
            "dúzias": 24,
            "centenas": 200,
            "milhares": 2000,
            "vintena": 20,
            "centena": 100,
            "milhar": 1000,
            "dezenas de milhares": 20000,
            "centenas de milhares": 200000,
        },
    ),
    age_after=r"(?:\s+anos\b(?!\s+(?:de|depois|antes)\b)|\s*\(\d{1,3}\s*anos\))",
    unit_of=("de",),
    units_after={
        "%": "percent",
        "por cento": "percent",
        "euros": "EUR",
        "euro": "EUR",
        "reais": "BRL",
        "dólares": "USD",
        "km": "km",
        "quilómetros": "km",
        "quilômetros": "km",
        "metros": "m",
        "toneladas": "t",
        "hectares": "ha",
        "graus": "degrees",
        "anos": "years",
        "dias": "days",
        "horas": "hours",
        "minutos": "minutes",
        "semanas": "weeks",
        "meses": "months",
        "quilos": "kg",
        "kg": "kg",
        "pontos": "percent",
    },
    bounds=(
        (r"pelo menos|no mínimo", "at_least"),
        (r"mais de", "more_than"),
        (r"até|no máximo", "at_most"),
        (r"menos de", "fewer_than"),
        (r"cerca de|quase|perto de|aproximadamente|à volta de|por volta de|mais ou menos", "approximately"),
    ),
    function_words=words(
        """
        para como mas desde entre sobre após segundo este esta estes estas onde quando todo
        todos toda todas sido está estão foram tinha tinham será serão contra outro outra
        outros outras qual pelo pela pelos pelas também porque durante ainda mais
        """
    ),
)
