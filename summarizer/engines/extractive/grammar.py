"""Where copy names a quotation's speaker, as patterns built per language.

English keeps the patterns the rules were written with; German, French and Spanish follow
the same shapes with their own words from their lexicons ("sagte X", "so X", "X zufolge",
"a déclaré X", "a-t-il ajouté", "según X", "—dijo X—"). Built once per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.text.gazetteer import literal_alternation
from summarizer.text.lexicon import LOWER, UPPER, alternation, lexicon
from summarizer.text.vocabulary import REPORTING_VERBS

# "according to a statement from X": the body behind a document is the speaker.
DOCUMENT_FROM = r"(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:statement|post|report|release|filing|letter|note|transcript)\s+(?:from|by|of|issued by)\s+"
# Verbs that attribute a partial quote to the sentence's subject ("Ruiz rejected any
# ceasefire, stressing ... “real peace”"), used only inside the quote's own sentence.
ENGLISH_STANCE_VERBS = (
    r"felt|feels|believes|believed|thinks|thought|called|calls|rejected|rejects|"
    r"described|describes|denounced|condemned|praised|welcomed|dismissed|criticized|criticised|"
    r"hailed|pledged|challenged|defended|questioned|spoke|speaks|referred"
)
NEVER = re.compile(r"(?!)")
AGE_NOUN = r"\d{1,3}-year-old"


@dataclass(frozen=True)
class Grammar:
    """The attribution patterns of one language, built from its lexicon: where copy in
    that language names a quotation's speaker. English keeps the patterns the rules were
    written with; the others follow the same shapes with their own words ("sagte X", "so
    X", "X zufolge", "a déclaré X", "a-t-il ajouté", "según X", "—dijo X—")."""

    lang: str
    who: str  # the pattern of a speaker phrase, with a ``who`` group
    pronouns: frozenset[str]
    determiners: frozenset[str]
    not_speakers: frozenset[str]
    cue_words: frozenset[str]  # every word of every reporting verb, lower case
    after: tuple[re.Pattern[str], ...]  # right after the closing mark, in order
    before_who_cue: re.Pattern[str]
    before_cue_who: re.Pattern[str]  # "Dazu sagte Müller:", not English
    label: re.Pattern[str]
    sentence: tuple[re.Pattern[str], ...]
    trailing_day: re.Pattern[str]
    role_phrase: re.Pattern[str]
    apposition_name: re.Pattern[str]
    capitalized_nouns: bool  # German: a capital after the article is no sign of a name
    comma_outside: bool  # the comma after a quotation stands outside its marks
    dropped_subject: str | None  # the pronoun a verb without a subject stands for (Spanish)
    # What the speaker rules need: a pronoun's gender (None: "they", "it", a body), the
    # definite and indefinite articles, the head noun of a role phrase, honorifics, and an
    # unnamed person ("a resident", "un habitant").
    pronoun_genders: dict[str, str | None]
    definite: frozenset[str]
    indefinite: frozenset[str]
    role_head: re.Pattern[str]
    person_roles: frozenset[str]
    organization_roles: frozenset[str]
    organization_endings: frozenset[str]
    honorific: re.Pattern[str]
    unnamed_person: re.Pattern[str]
    points_back: re.Pattern[str]
    pronoun_says: re.Pattern[str]


@cache
def grammar(lang: str = "en") -> Grammar:
    lex = lexicon(lang)
    english = lex.code == "en"
    verbs = REPORTING_VERBS if english else alternation(lex.reporting_verbs)
    according = "according to" if english else alternation(lex.according_to)
    upper = "A-Z" if english else UPPER
    lower = "a-z" if english else LOWER
    titles = "Mr|Mrs|Ms|Dr|St" if english else alternation(t.capitalize() for t in lex.titles)
    # A name of plural abbreviations is one word ("CC. OO.", "EE. UU."), not "CC"; its last
    # dot is left out, as a phrase ends at a word's end.
    plural_abbreviation = "" if english else rf"(?:[{upper}]{{2}}\.[ \u00a0]?){{1,2}}[{upper}]{{2}}(?=\.)|"
    capword = rf"(?:{plural_abbreviation}(?:{titles})\.|(?:[{upper}]\.)+|[{upper}][\w'’\-]*)"
    determiners = lex.determiners
    the = "the" if english else alternation(determiners)
    # An elided article is written onto its noun: "l'ancien président", "l’enquêtrice".
    elided = [d for d in determiners if d.endswith(("'", "’"))]
    spaced = [d for d in determiners if d not in elided]
    # An article and the space after it (none after an elided one).
    the_any = (
        r"(?:[Tt]he|[Aa]n?)\s+"
        if english
        else rf"(?:(?i:{alternation(spaced)})\s+"
        + (rf"|(?i:{alternation(elided)})(?=\w)" if elided else "")
        + ")"
    )
    if english:
        joiners = r"of\s+|the\s+|&\s+"
    else:
        particles = alternation(lex.name_particles) if lex.name_particles else "(?!)"
        joiners = rf"(?:{particles})\s+|&\s+"
    pronouns = "he|she|they|it" if english else alternation(lex.pronouns)
    who = (
        rf"\b(?P<who>(?:{the})\s+{capword}(?:\s+{capword}){{0,4}}(?!\s+[{lower}])"
        rf"|{the_any}(?:[\w'’\-]+\s+){{0,4}}?[\w'’\-]+"
        rf"|{capword}(?:\s+(?:{joiners})?{capword}){{0,5}}|{pronouns})\b"
    )
    days = [d.capitalize() for d in lex.weekdays]
    if english:
        when = r"(?:(?:on|in|late on|early on)\s+\w+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))"
    else:
        # Weekdays as the language writes them ("am Montag", "mercredi matin", "el lunes").
        weekdays = "|".join((*days, *lex.weekdays))
        when = rf"(?:(?:{alternation(lex.time_words)})\s+\w+|(?:{weekdays})(?:\s+(?:{alternation(lex.day_parts)}))?)"
    roles = literal_alternation(lex.person_roles)
    if lex.role_endings:
        roles = rf"[\w-]*(?:{alternation(lex.role_endings)})|{roles}"
    role_lead = rf"(?:(?:[\w'’.-]+\s+){{0,3}}?(?i:{roles})\s+(?=[{upper}]))?"
    dash = "" if not lex.dash_dialogue else r"(?:[—―–]\s*)?"
    also = "also" if english else alternation(lex.also)
    that = "that" if english else alternation(lex.that)
    on = "on|in" if english else alternation(lex.time_words)
    # Whom the words were said to ("sagte dem SPIEGEL", "a déclaré à l'AFP", "dijo a EFE").
    addressee = rf"(?:\s+(?:{lex.addressee})(?:\s+[\w'’.-]+){{1,3}}?)?" if lex.addressee else ""
    after_who_cue = re.compile(
        rf"^\s*[,.!?]?\s*(?:[—–-]\s*)?(?:{who})\s*(?:,[^,]{{1,80}},\s*)?(?P<cue>{verbs})\b(?P<rest>[^.!?]{{0,80}})"
    )
    after_cue_who = re.compile(
        rf"^\s*[,.!?]?\s*{dash}(?P<cue>{verbs})\s+(?:{when}\s*,?\s+)?{role_lead}(?:{who})"
    )
    document = DOCUMENT_FROM if english else ""
    after_according = re.compile(rf"^\s*[,.]?\s*(?:[—–-]\s*)?(?P<cue>{according})\s+(?:{document})?(?:{who})")
    after_extra = tuple(re.compile(rf"^\s*[,.!?]?\s*{dash}{pattern}") for pattern in lex.after_quote)
    dropped: tuple[re.Pattern[str], ...] = ()
    if lex.dropped_subject:
        # "—Tenemos siete plazas ... —explica—.": the verb alone; its subject is the person
        # the story is about, resolved as a pronoun of either gender.
        # Also before what is not a subject: '«...», dijo entre lágrimas', 'aseguró tras
        # visitar'. Tried after the patterns that find a subject.
        not_subject = rf"(?=\s*(?:[—―–,.;:]|$)|\s+(?!(?:{alternation(determiners)})\b)[{lower}])"
        dropped = (re.compile(rf"^\s*[,.!?]?\s*{dash}(?P<cue>{verbs})(?P<who>){not_subject}"),)
    # Elsewhere the subject may be set off ("X, de la Fundación Y, pidió prudencia:") and the
    # verb take an object before the colon.
    set_off_before = "" if english else r"(?:\s*,[^,:\"“”«»„]{1,80},)?"
    objects = "" if english else rf"(?:[\s,]+[{lower}][\w'’-]*){{0,4}}(?=\s*:)"
    # Unstressed object pronouns stand before the verb ("Alonso lo celebra", "X se mostró").
    clitic = "" if english else r"(?:(?:lo|la|le|les|se|me|nos|l'|l’|s'|s’|sich)\s*)?"
    before_who_cue = re.compile(
        rf"(?:^|[.;]\s+|\n|,\s+)(?:{who}){set_off_before}\s+(?:(?:{also})\s+)?{clitic}(?P<cue>{verbs})(?:\s+(?:{on})\s+\w+)?{addressee}{objects}(?:\s+(?:{that}))?\s*[:,]?\s*$"
    )
    before_cue_who = (
        NEVER if english else re.compile(rf"(?P<cue>{verbs})\s+(?:{when}\s+)?{role_lead}(?:{who})\s*:\s*$")
    )
    stance = rf"{verbs}|{ENGLISH_STANCE_VERBS}" if english else verbs
    if english:
        affiliation = rf"(?:\s+(?:at|of|from|with)\s+(?:the\s+)?{capword}(?:\s+{capword}){{0,3}})?"
        adverbs = (
            r"(?:(?:[a-z]+ly|also|later|then|again|further|still|once again)\s+)?(?:(?:had|has|have)\s+)?"
        )
    else:
        affiliation, adverbs = "", rf"(?:(?:{also})\s+)?"
    set_off = r"(?:\s*,[^,\"“”]{1,100},)?" if english else r"(?:\s*,[^,\"“”«»„]{1,100},)?"
    sentence_who_cue = re.compile(rf"(?:{who}){affiliation}{set_off}\s+{adverbs}(?P<cue>{stance})\b")
    sentence_subject_participle = (
        re.compile(
            rf"^(?:[^,\"“”]{{0,80}},\s+)?(?P<who>{capword}(?:\s+{capword}){{0,3}})\s+[a-z]+(?:ed|s)\b[^\"“”]{{0,160}}?,\s+"
            r"(?P<cue>calling|describing|saying|adding|branding|dubbing|labell?ing|warning|arguing|insisting)\b"
        )
        if english
        else NEVER
    )
    sentence_name_comma_cue = re.compile(
        rf"\b(?=[{upper}])(?P<who>{capword}(?:\s+{capword}){{1,3}}),\s+(?:(?:{'also|further' if english else also})\s+)?(?P<cue>{stance})\b"
    )
    first_letters = sorted(
        {verb[0] for verb in (REPORTING_VERBS.split("|") if english else lex.reporting_verbs)}
    )
    cue_guard = r"\b(?=[" + "".join(first_letters) + "])"
    if english:
        clause_end = (
            r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|of|during|after|before|who|whose|when|as|to|from)\b)"
        )
        cue_who = rf"(?P<who>(?:the\s+)?{capword}(?:\s+{capword}){{0,3}}|the\s+[a-z][\w'’\-]*)"
    else:
        clause_end = rf"(?=\s*(?:[,.;:!?)«»„“”]|$)|\s+[{lower}])"
        # After the verb, a name or a definite role ("dijo el alcalde", "a déclaré le
        # préfet"): a verb's object ("describió una escena", "calificó la declaración") is
        # not its speaker.
        definite_the = alternation(d for d in determiners if d not in lex.indefinite_articles)
        body_roles = literal_alternation(lex.person_roles | lex.organization_roles)
        if lex.role_endings:
            body_roles = rf"[\w-]*(?:{alternation(lex.role_endings)})|{body_roles}"
        cue_who = (
            rf"(?P<who>(?:(?:{the})\s+)?{capword}(?:\s+(?:{joiners})?{capword}){{0,3}}"
            rf"|(?:{definite_the})\s+(?:[{lower}][\w'’\-]*\s+)?(?i:{body_roles})\b)"
        )
    sentence_cue_who = re.compile(
        rf"{cue_guard}(?P<cue>{verbs})\s+(?:{when}\s*,?\s+)?{role_lead}{cue_who}{clause_end}"
    )
    # Some words give the source only where they open the sentence ("Pour le président du
    # Medef, Hugues Devaux, ..."): "pour" elsewhere is "for".
    opening = rf"|^(?:{alternation(lex.according_opening)})" if lex.according_opening else ""
    sentence_according = re.compile(
        rf"(?P<cue>{'[Aa]ccording to' if english else f'(?i:{according}){opening}'})\s+(?:{document})?(?:{who})"
    )
    sentence_according_after = (
        re.compile(rf"(?:{who})\s+(?P<cue>{alternation(lex.according_after)})\b")
        if lex.according_after
        else NEVER
    )
    space = "[ \t]" if english else "[ \t\u00a0\u202f]"  # French sets a (thin) space before ":"
    label = re.compile(
        rf"(?:^|\n|[.;!?][ \t]+)(?P<who>{capword}(?:[ \t]+{capword}){{1,3}}){space}*(?P<cue>:){space}*$"
    )
    day_words = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday" if english else "|".join(days)
    trailing_day = re.compile(rf"\s+(?:{on})\s+(?:{day_words})$")
    role_phrase = re.compile(
        rf"(?:{'the|a|an' if english else alternation(determiners)})\s+[{lower}]", re.IGNORECASE
    )
    marks = '"“”' if english else '"“”«»„'
    # Elsewhere the name often follows the role after a comma: "le préfet du Var, Jean-Marc
    # Delorme", "el delegado de la Aemet, Josep Vicent Ferrer Climent".
    # The name right after the role ("le maire Jean Dupont"), or after the comma that ends
    # the role's phrase ("el delegado de la Aemet en la Comunitat Valenciana, Josep Vicent
    # Ferrer Climent"): never a capitalised place inside that phrase.
    apposition_name = re.compile(
        rf"(?:\s+|[^.,;:(){marks}]{{0,80}}?,\s*)(?P<name>[{upper}][{lower}'’\-]+(?:\s+(?:{joiners})?[{upper}][\w'’\-]+){{1,3}})(?=\s*(?:[,.;:!?)]|$|\s+[{lower}]))"
        if not english
        else rf"[^.,;:(){marks}]{{0,60}}?\b(?P<name>[{upper}][{lower}'’\-]+(?:\s+[{upper}][\w'’\-]+){{1,2}})"
    )
    not_speakers = (
        NOT_SPEAKERS
        if english
        else frozenset({*lex.weekdays, *lex.months, *(w.lower() for w in lex.not_name)})
        - frozenset(determiners)
    )
    definite = ("the",) if english else tuple(d for d in determiners if d not in lex.indefinite_articles)
    indefinite = ("a", "an") if english else tuple(d for d in determiners if d in lex.indefinite_articles)
    role_words = lex.person_roles | lex.organization_roles
    if english:
        role_head = re.compile(
            rf"(?:the|The)\s+(?:(?!{literal_alternation(lex.reporting_verbs)}\b)[\w'’.-]+\s+){{0,5}}?"
            rf"(?P<head>{AGE_NOUN}|(?i:{literal_alternation(role_words)}))\b"
        )
        honorific = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?|(?:[A-Z][a-z]{1,4})\.)\s+(?=[A-Z])")
        unnamed_person = re.compile(
            rf"(?<!,)(?<!, )(?<!\w)\b(?:[Aa]n?|[Oo]ne)\s+(?:(?!of\b)[\w'’-]+\s+){{0,3}}?(?:{literal_alternation(lex.person_roles)})\b"
        )
        points_back = re.compile(
            r"\s*(?:(?:That|This|The|Those|These|Such)\s+(?:[a-z]+\s+){0,2}"
            r"(?:came|comes|was|were|is)\s+(?:from|the words of|the verdict of|the view of)"
            r"|So said|Thus spoke|Those were the words of)\s+"
            rf"(?:{who})"
        )
        pronoun_says = re.compile(rf"\b(?:he|she)\s+(?:{verbs})\b")
    else:
        heads = literal_alternation(role_words)
        if lex.role_endings:
            heads = rf"[\w-]*(?:{alternation(lex.role_endings)})|{heads}"
        if lex.age_noun:
            heads = rf"{lex.age_noun}|{heads}"  # "sagte die 71-Jährige"
        role_head = re.compile(
            rf"(?i:{alternation(definite)})\s+(?:[\w'’.-]+\s+){{0,3}}?(?P<head>(?i:{heads}))\b"
        )
        titles_pattern = alternation(t.capitalize() for t in lex.titles)
        honorific = re.compile(rf"^(?:(?:{titles_pattern})\.?)\s+(?=[{upper}])")
        unnamed_person = re.compile(
            rf"(?<!,)(?<!, )(?<!\w)\b(?i:{alternation(indefinite)})\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{literal_alternation(lex.person_roles)})\b"
        )
        points_back = NEVER
        gendered = [p for p, gender in lex.pronouns.items() if gender]
        pronoun_says = re.compile(
            rf"\b(?:{alternation(gendered)})\s+(?:{verbs})\b|\b(?:{verbs})\s+(?:{alternation(gendered)})\b"
        )
    return Grammar(
        lang=lex.code,
        who=who,
        pronouns=frozenset(
            PRONOUNS if english else {*lex.pronouns, *([lex.dropped_subject] if lex.dropped_subject else [])}
        ),
        determiners=frozenset(determiners),
        not_speakers=frozenset(not_speakers),
        cue_words=frozenset(
            word.replace("[sz]", letter)
            for verb in (REPORTING_VERBS.split("|") if english else lex.reporting_verbs)
            for word in verb.lower().split()
            for letter in "sz"
        ),
        after=(after_according, *after_extra, after_cue_who, after_who_cue, *dropped),
        before_who_cue=before_who_cue,
        before_cue_who=before_cue_who,
        label=label,
        sentence=(
            sentence_according,
            sentence_according_after,
            sentence_who_cue,
            sentence_name_comma_cue,
            sentence_cue_who,
            sentence_subject_participle,
        ),
        trailing_day=trailing_day,
        role_phrase=role_phrase,
        apposition_name=apposition_name,
        capitalized_nouns=bool(lex.noun_endings),
        comma_outside=not english,
        dropped_subject=lex.dropped_subject,
        pronoun_genders={**lex.pronouns, **({lex.dropped_subject: "*"} if lex.dropped_subject else {})},
        definite=frozenset(definite),
        indefinite=frozenset(indefinite),
        role_head=role_head,
        person_roles=lex.person_roles,
        organization_roles=lex.organization_roles,
        organization_endings=lex.organization_endings,
        honorific=honorific,
        unnamed_person=unnamed_person,
        points_back=points_back,
        pronoun_says=pronoun_says,
    )


PRONOUNS = {"he", "she", "they", "it"}
NOT_SPEAKERS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "this", "that", "it", "there", "which", "what",
}  # fmt: skip
CUE_GUARD = r"\b(?=[" + "".join(sorted({verb[0] for verb in REPORTING_VERBS.split("|")})) + "])"
