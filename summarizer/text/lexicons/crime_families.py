"""The family of a crime a report tells, by the words it is told in, in the languages the
daily merge reads: a hold-up with a weapon (a robbery), a break-in (a burglary), and fuel
taken without paying (a drive-off). Reports of one crime at one site tell one family: a
petrol station robbed in the morning and the same station's night break-in or a driver's
drive-off are three crimes (``daily.site_crimes``). Word stems, matched at the start of a
report's folded words (``daily.merge.report_words``); a theft told by "stolen" or
"thieves" alone is of no family, as every crime's report uses them."""

from __future__ import annotations

CRIME_FAMILIES: dict[str, tuple[str, ...]] = {
    "robbery": (
        # en; de; fr; es, ca; it; pt; nl.
        "robbery", "robberies", "robber", "hold-up", "holdup", "heist", "gunpoint", "knifepoint",
        "uberfall", "raububerfall", "rauber", "raub",
        "braquage", "braque", "braqueur", "hold-up",
        "atraco", "atrac", "atracador", "atracament",
        "rapina", "rapinat", "rapinator",
        "assaltante", "assaltad", "assaltou", "assaltaram",
        "overval", "overvallen", "overvaller",
    ),
    "burglary": (
        "burglar", "burgled", "break-in", "ram-raid",
        "einbruch", "einbrech", "eingebrochen",
        "cambriol",
        "alunizaje", "butron", "robatori",
        "scasso", "scassinat", "spaccata",
        "arromba",
        "inbraak", "inbrek", "ingebroken",
    ),
    "drive_off": (
        "drive-off", "tankbetrug", "tankprell", "paying", "payer", "pagar", "pagare", "bezahlen",
        "betalen", "tankdiefstal",
    ),
}  # fmt: skip
