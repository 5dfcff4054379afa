"""Everyday news nouns of what an event involves, in six languages ("en | de | fr | es |
it | pt", read as ``concepts_what`` is): harbour and rescue craft, buildings and their
parts, the objects of crimes, medical and legal procedures, the weather an event happened
in. Each group is a family, not one day's word: if the tug, then the other craft of a
harbour and its rescues.

Left out on purpose: a word another language writes alike for something else (Spanish
"nave" is a hall and "balsa" a pond, Italian "rame" copper but French "rame" a train set,
Spanish "cabo" a corporal and "camino" a path, French "vol" a theft as well as a flight,
"tombe" falls and "grave" is serious, Portuguese "palestra" a lecture, Italian "scala" a
scale), a word of two meanings in its own language (a drugs "bust"), and a word that says
what kind of crime or disaster it was (theft, fraud, vandalism, storm): two of one town
share it. Spanish "examen" is read as an exam in every language, French "examen" of a bill
too: two reports of one bill share the word as written anyway."""

from __future__ import annotations

# Craft of a harbour, a lake and a rescue at sea, each on its own (``VEHICLES`` keeps
# ships, ferries and boats apart): a tug and a lifeboat are two craft.
CRAFT = {
    "tug": "tug tugs tugboat | schlepper schleppschiff schleppboot | remorqueur | remolcador | rimorchiatore | rebocador",
    "lifeboat": "lifeboat lifeboats | rettungsboot seenotkreuzer seenotrettungsboot | canot-de-sauvetage | bote-salvavidas | scialuppa | baleeira",
    "patrol_boat": "patrol-boat | polizeiboot patrouillenboot | patrouilleur | patrullera | motovedetta | lancha-patrulha",
    "fireboat": "fireboat | löschboot feuerlöschboot | bateau-pompe | | |",
    "dredger": "dredger | nassbagger baggerschiff | drague | draga | draga | draga",
    "icebreaker": "icebreaker | eisbrecher | brise-glace | rompehielos | rompighiaccio | quebra-gelo",
    "pilot_boat": "pilot-boat | lotsenboot lotsenschiff | pilotine | | pilotina |",
}

# Buildings and their parts an accident or a crime happens at. Not a ceiling ("Decke",
# "plafond", "soffitto"): every building has one, and a panel fallen from a gym's ceiling in
# another month is told in words this week's collapse shares (``daily.other_months``).
BUILDINGS = {
    "roof": "| | | | tetto | telhado",
    "gym": "gym gyms sports-hall | turnhalle sporthalle mehrzweckhalle | gymnase | gimnasio pabellón polideportivo | palazzetto | ginásio pavilhão",
    "memorial": "memorial cenotaph monument | denkmal denkmäler kriegerdenkmal mahnmal mahnmale ehrenmal gedenkstätte | monument mémorial stèle | monumento memorial | monumento | monumento memorial",
    "statue": "statue sculpture | statue skulptur büste | statue sculpture buste | estatua escultura busto | statua scultura busto | estátua escultura busto",
    "tomb": "tomb tombs gravestone | gräber grabstein grabsteine | sépulture | tumba sepultura lápida | lapide sepolcro | túmulo sepultura lápide",
    "wall": "wall walls | mauer wand | mur muret | muro pared | muro parete | muro parede",
    "staircase": "staircase stairs stairwell | treppe treppenhaus | escalier | escalera | scalinata | escada",
    "stage": "stage | bühne | estrade podium | escenario tarima | palco | palco",
    "chimney": "chimney | kamin schornstein | cheminée | chimenea | comignolo | chaminé",
}

# What a crime is committed with or on: the forged note, the stolen cable, the spent
# cartridge. Not the crime itself ("theft", "Betrug", "escroquerie").
CRIME_OBJECTS = {
    # "Faux billets", "billetes falsos", "gefälschte Scheine": the false thing is the
    # concept, whatever note or card it is.
    "fake": "fake counterfeit counterfeits forged forgery | falsch falschgeld falschnoten blüten gefälscht gefälschte fälscher fälschung | faux fausse fausses contrefaçon contrefait contrefaite faussaire faussaires | falso falsa falsos falsas falsificado falsificada falsificados falsificadores | falso falsa falsi false contraffatto contraffatti falsari | falso falsa falsos falsas falsificado falsificada",
    "banknote": "banknote banknotes | geldschein geldscheine banknote banknoten scheine | | | banconota | cédula",
    "copper": "copper | kupfer | cuivre | cobre | | cobre",
    "cable": "cable cables | kabel | câble | cable | cavo |",
    "ammunition": "ammunition cartridge cartridges bullet bullets | munition patrone patronen patronenhülsen | munition balle balles cartouche cartouches douille douilles | munición bala balas cartucho cartuchos casquillo casquillos | munizioni proiettile proiettili bossolo bossoli cartuccia | munição bala balas cartucho cartuchos",
    "safe": "strongbox | tresor geldschrank | coffre-fort | caja-fuerte | cassaforte | cofre",
    # What thieves take from a church or a museum.
    "relic": "relic relics reliquary | reliquie reliquien reliquiar | relique reliquaire | reliquia relicario | reliquia reliquiario | relíquia relicário",
    "chalice": "chalice | kelch | calice | cáliz | calice | cálice",
    "painting": "painting paintings | gemälde | tableau tableaux toile toiles | cuadro cuadros lienzo | dipinto dipinti | pintura",
    # Goods smuggled past a border or customs, and what they are counted in: "1,250 cartons
    # of cigarettes", "1.500 cartrons de tabac". Not the smuggling itself, a kind of crime.
    # Not French (nor so Catalan) "tabac": a tobacconist's ("bureau de tabac", "tabac-presse",
    # robbed as often as any shop) or a beating ("passé à tabac").
    "tobacco": "tobacco cigarette cigarettes cigars | tabak zigarette zigaretten zigarren | cigarette cigarettes cigares | tabaco cigarrillo cigarrillos | tabacco sigaretta sigarette sigari | tabaco cigarro cigarros",
    "carton": "carton cartons | | | cartón cartones | stecca stecche | ",
    # Poisoned baits laid for dogs or wildlife.
    "bait": "bait baits | köder giftköder | appât appâts | cebo cebos | esca esche | isco iscos",
    # A village's maypole, stolen by the next village's young men the night before 1 May:
    # the tree as each language names it, in words ("albero di maggio", ``concept_phrases``).
    "maypole": "maypole maypoles | maibaum maibäume | arbre-de-mai arbres-de-mai | árbol-de-mayo árboles-de-mayo | albero-di-maggio alberi-di-maggio albero-della-cuccagna | mastro-de-maio árvore-de-maio | meiboom meibomen | arbre-de-maig arbres-de-maig",
    "donation": "donation donations | spende spenden spendensammler | | donativo donativos colecta | donazione donazioni colletta | doação doações",
    # What thieves take from boats laid up or moored, in all eight languages the merge reads
    # ("en | de | fr | es | it | pt | nl | ca"): "sette motori fuoribordo" and "fünf
    # Außenbordmotoren" are one haul. Not the motor on its own: German "Motor" would head
    # "Motorradfahrer" and take it from the motorbike.
    "outboard": "outboard outboards | außenbordmotor außenbordmotoren außenborder | hors-bord | fueraborda fuerabordas | fuoribordo | fora-de-borda | buitenboordmotor buitenboordmotoren | forabord",
    # A café's pavement tables and chairs, seized or fined for taking the public way. Not
    # Spanish, Portuguese "mesa" (an electoral or negotiating board), Catalan "taula" nor
    # Italian "tavolo" (a negotiating table, "tavolo tecnico"): the small table is "tavolino".
    # Not English "chair" (who chairs a meeting, and a word every report says): the plural
    # names the concept. Not the pavement they stood on: it is where a car mounts the kerb
    # too, and two crashes in one town, told in two languages, would share it as a thing
    # taken.
    "table": "table tables | tisch tische | table tables | | tavolino tavolini | | tafel tafels tafeltje tafeltjes | ",
    "chairs": "chairs | stuhl stühle | chaise chaises | silla sillas | sedia sedie | cadeira cadeiras | stoel stoelen | cadira cadires",
    # What poachers take from the sea floor ("corallo rosso", "corail rouge", "corall vermell").
    "coral": "coral corals | koralle korallen | corail coraux | coral corales | corallo coralli | coral corais | koraal koralen | corall coralls",
}

# Medical and legal procedures that follow an event, and the body they are done on. Not
# "body", "corps", "cuerpo", "corpo": a body of firefighters is one too.
PROCEDURES = {
    "autopsy": "autopsy post-mortem | autopsie obduktion obduziert obduzieren | autopsie | autopsia necropsia | autopsia | autópsia necropsia",
    "corpse": "corpse corpses carcass carcasses | leiche leichnam kadaver | cadavre dépouille carcasse | cadáver | cadavere salma carcassa | cadáver",
    "forensic": "forensic forensics | rechtsmedizin rechtsmedizinisch gerichtsmedizin | médico-légal médecine-légale | forense | medico-legale | forense",
    "exam": "exam exams examination | prüfung prüfungen klausur | | examen exámenes | esame esami | exame exames",
    "insolvency": "insolvency insolvent bankrupt bankruptcy creditors | insolvenz insolvenzverfahren konkurs gläubiger | faillite liquidation créanciers | quiebra insolvencia acreedores | fallimento insolvenza creditori | falência insolvência credores",
}

# A wartime bomb found on a building site: who defuses it, and what they do.
ORDNANCE = {
    "bomb_squad": "bomb-disposal deminers | kampfmittelräumdienst kampfmittelbeseitigung | démineurs déminage | artificieros tedax | artificieri | sapadores",
    "defused": "defused defuse | entschärft entschärfung | désamorcé désamorcée désamorçage | desactivado desactivada desactivaron | disinnescato disinnescata | desativado desativada",
}

# The occasion an event happened at: a shooting at a wedding, a fall at a funeral.
OCCASIONS = {
    "wedding": "wedding weddings | hochzeit hochzeitsfeier | mariage noce noces | boda bodas | matrimonio nozze | casamento",
    "funeral": "funeral funerals burial | beerdigung begräbnis trauerfeier | funérailles obsèques enterrement | funeral entierro | funerale | funeral enterro",
}

# The weather an event happened in, where the word names no kind of disaster of its own
# ("storm", "Sturm", "tempête" do, ``daily.kinds``).
WEATHER = {
    "snowstorm": "snowstorm blizzard | schneesturm | tempête-de-neige | ventisca | bufera | nevasca",
    "frostbite": "frostbite hypothermia | erfrierungen unterkühlung unterkühlt | gelures hypothermie | congelación hipotermia | congelamento assideramento ipotermia | hipotermia",
}

# Italian and Portuguese words of concepts the four-language tables hold (``concepts_what``,
# ``concepts_who_where``), read as those concepts are.
MORE_LANGUAGES = {
    "sheep": "| | | | pecora | ovelha",
    "animal": "| | | | animale | animal",
    "dog": "| | | | cani | cão cães cadela",
    "bear": "| | | | orso lupo | urso lobo",
    "bird": "goldfinch finch songbird | stieglitz distelfink singvogel | chardonneret | jilguero | uccello cardellino | pássaro pintassilgo",
    "cow": "heifer calf calves | färse kalb kälber | génisse veau veaux | novilla ternero | mucca bovino vitello giovenca | vaca gado bezerro novilha",
    "herd": "herd herds flock flocks | herde herden | troupeau troupeaux | rebaño rebaños | gregge mandria | rebanho manada",
    "ferry": "| | | | traghetto | ",
    "boat": "| | | | gommone | ",
    "ship": "| | | | | navio",
    "hikers": "| | | | alpinista escursionista | alpinista caminhante",
    "helicopter": "| | | | elicottero | helicóptero",
    "fireworks": "firecracker firecrackers rocket rockets | rakete raketen | fusée fusées | cohete cohetes | razzo razzi petardo | foguete foguetes",
    "food": "feed fodder | futter tierfutter | fourrage | pienso forraje | mangime foraggio | ração forragem",
    "pupils": "| | | | alunno alunni studente | aluno",
    "school": "| | | | scuola | escola",
    "bank": "| | | | bancomat | multibanco",
    "balcony": "| | | | balcone balconi | varanda varandas",  # not "sacada": Spanish "taken out"
}
