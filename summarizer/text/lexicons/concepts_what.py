"""News concepts of what an event involves and what happened, in English, German, French
and Spanish ("en | de | fr | es", written as ``concepts_who_where`` writes them): objects
and substances, animals, vehicles, medical, legal and cyber words, and the actions that say
what happened (evacuated, buried, stranded). Never a word that tells the kind of event
("fire", "flood", "crash": two of one town share it, ``daily.kinds.tells_a_kind``)."""

from __future__ import annotations

# Objects and substances.
MATTER = {
    "fish": "fish | fisch fische fischen | poisson poissons | pez peces pescado",
    "oil": "oil fuel diesel petrol crude | öl heizöl diesel benzin treibstoff kraftstoff | pétrole mazout carburant gazole hydrocarbure | petróleo gasóleo combustible gasolina crudo",
    "gas": "gas methane | gas erdgas methan | gaz méthane grisou | gas metano grisú",
    "water": "water | wasser trinkwasser leitungswasser | eau eaux | agua aguas",
    "caustic_soda": "caustic lye | natronlauge lauge ätznatron | soude caustique | sosa cáustica",
    "chemical": "chemical chemicals substance toxic toxin | chemikalie chemikalien substanz giftstoff giftstoffe | chimique substance toxique | químico química sustancia tóxico tóxica",
    "chlorine": "chlorine | chlor | chlore | cloro",
    "ammonia": "ammonia | ammoniak | ammoniac | amoníaco",
    "acid": "acid | säure | acide | ácido",
    "ice": "ice | eis | glace verglas | hielo",
    "rock": "rock rockfall boulder boulders debris rubble | fels felsen geröll trümmer schutt | rocher roche gravats décombres | roca rocas escombros",
    "mud": "mud sludge | schlamm | boue | barro lodo",
    "food": "food meal meals lunch dinner | mahlzeit mittagessen lebensmittel | repas nourriture déjeuner aliment | comida comidas almuerzo alimento alimentos menú",
    "meat": "meat chicken beef pork | fleisch hähnchen rindfleisch | viande poulet | carne pollo",
    "milk": "milk dairy cheese | milch käse | lait fromage | leche queso",
    "egg": "egg | eier | œuf oeuf | huevo",
    "data": "data database | daten datenbank | données | datos",
    "ransom": "ransom | lösegeld lösegeldforderung | rançon | rescates",
    "drone": "drone drones uav | drohne drohnen | drone | dron drones",
    # Fishing gear a theft or a vandal's night takes or cuts ("120 lobster traps cut",
    # "cent vingt casiers", "300 trampas"): one count however a port's outlets name it.
    # Not German "Fallen" (English "fallen") nor "Reuse" (English "reuse").
    "trap": "trap traps creel creels | reusen | casier casiers nasse nasses | trampa trampas nasa nasas | trappola trappole nassa | armadilha armadilhas covo covos",
    "weapon": "weapon gun rifle pistol firearm knife | waffe schusswaffe gewehr pistole messer | arme fusil pistolet couteau | arma pistola fusil cuchillo",
    "explosive": "explosive explosives bomb | sprengstoff bombe sprengsatz | explosif bombe | explosivo bomba",
    "drug": "drug drugs cocaine heroin cannabis | droge drogen kokain heroin | drogue stupéfiant cocaïne héroïne | droga cocaína heroína",
    "doping": "doping dope steroid steroids epo | doping dopingmittel | dopage | dopaje",
    "asbestos": "asbestos | asbest | amiante | amianto",
    "radiation": "radiation radioactive radioactivity | strahlung radioaktiv radioaktivität | radiation radioactif radioactive radioactivité | radiación radiactivo radiactiva radiactividad",
    "pesticide": "pesticide herbicide glyphosate | pestizid pflanzenschutzmittel glyphosat | pesticide herbicide glyphosate | pesticida herbicida glifosato",
    "fertiliser": "fertiliser fertilizer manure | dünger gülle | engrais lisier | fertilizante purines",
    "plastic": "plastic plastics microplastics | plastik kunststoff mikroplastik | plastique microplastiques | plástico microplásticos",
    "coal": "coal | kohle | charbon | carbón",
    "steel": "steel | stahl | acier | acero",
    "hydrogen": "hydrogen | wasserstoff | hydrogène | hidrógeno",
    "butane": "butane propane lpg | butan propan flüssiggas | butane propane | butano propano",
    "carbon_monoxide": "monoxide | kohlenmonoxid | monoxyde | monóxido",
    "algae": "algae | algen blaualgen | algues | algas",
    "fireworks": "fireworks firework pyrotechnics | feuerwerk feuerwerkskörper böller | pétards pyrotechnie | pirotecnia petardos",
    "battery": "battery batteries | batterie akku akkus | batterie | batería",
    "jewellery": "jewellery jewelry jewels | schmuck juwelen | bijoux joyaux | joyas",
    "money": "money cash funds | geld bargeld | argent fonds | dinero",
    "electricity": "electricity blackout outage | strom stromausfall blackout | électricité coupure panne | electricidad apagón",
    "container": "container tank tanks barrel barrels | container tank tanks behälter fass fässer | conteneur citerne cuve | contenedor cisterna bidón",
    "cargo": "cargo freight | ladung fracht | cargaison fret | mercancía",
    "paper": "paper pulp cellulose | papier zellstoff | papier papeterie cellulose | papel celulosa papelera",
    "wood": "wood timber | holz | | madera",
    "grain": "grain wheat corn crops harvest | getreide weizen ernte | céréales blé récolte | cereal trigo cosecha",
    "vaccine": "vaccine vaccines vaccination jab | impfstoff impfung | vaccin vaccination | vacuna vacunación",
    "medicine": "medicine medication | medikament medikamente arznei | médicament | medicamento fármaco",
    "ticket": "ticket tickets fare | ticket fahrkarte | billet | billete",
    "wage": "wage wages salary | lohn löhne gehalt gehälter | salaire salaires | salario salarios sueldo",
    "pension": "pension pensions | rente renten | retraite retraites | pensión pensiones jubilación",
    "rent": "rent rents | miete mieten | loyer loyers | alquiler alquileres",
    "price": "price prices | preis preise | prix | precio precios",
    "tax": "tax taxes | steuer steuern | impôt impôts taxe | impuesto impuestos",
}

ANIMALS = {
    "pig": "pig pigs | schwein schweine | porc cochon | cerdo cerdos",
    "goat": "goat | ziege | chèvre | cabra",
    "deer": "deer | hirsch reh | cerf chevreuil | ciervo",
    "jellyfish": "jellyfish | qualle quallen | méduse | medusa",
    "mosquito": "mosquito mosquitoes | mücke mücken stechmücke | moustique | mosquito",
    "snake": "snake viper | schlange | serpent vipère | serpiente víbora",
    "rat": "rodents | ratte ratten | | rata ratas",
    "animal": "animal animals | tier tiere | animal animaux | animal animales",
    "cow": "cow cows cattle | kuh kühe rind rinder vieh | vache bovin bétail | vaca vacas ganado",
    "sheep": "sheep | schaf schafe | mouton brebis | oveja ovejas",
    "horse": "horse | pferd pferde | cheval chevaux | caballo",
    "dog": "dog | hund hunde | chien chienne | perro perra",
    "bird": "bird birds poultry | vogel vögel geflügel | oiseau oiseaux volaille | aves pájaro",
    "bear": "bear wolf wolves | bären wolf wölfe | ours loup loups | oso lobo lobos",
    "bee": "bee bees | biene bienen | abeille abeilles | abeja abejas",
    "shark": "shark | hai | requin | tiburón",
}

VEHICLES = {
    "bus": "bus buses | bus busse reisebus | bus autobus autocar | autobús autobuses autocar",
    "tram": "tram tramway streetcar | stadtbahn straßenbahn tram | tramway tram | tranvía",
    "train": "train trains railway | zug züge bahn eisenbahn regionalzug | train | tren trenes ferrocarril",
    "metro": "metro subway underground | ubahn metro | métro | metro",
    # Not "vehicle", "Fahrzeug", "véhicule": every report of a crash names one.
    "car": "cars | auto autos pkw wagen | voiture automobile | coche coches",
    "truck": "truck lorry lorries tanker | lkw lastwagen laster sattelzug tanklaster | camion poids-lourd | camión",
    "van": "van minibus | transporter kleinbus lieferwagen | camionnette fourgon fourgonnette | furgoneta",
    # A kick scooter is a "scooter" in English: one word of a city's shared-scooter rules.
    "motorbike": "motorbike motorcycle scooter e-scooter | motorrad roller e-scooter | moto scooter trottinette | moto motocicleta patinete",
    "bicycle": "bicycle bike | fahrrad | vélo bicyclette | bicicleta bici",
    # Each kind of craft on its own: a port's reports name ships and ferries whatever
    # happened there, and a ferry and a freighter are two vessels.
    "boat": "boat dinghy | boot schlauchboot | bateau canot | barca lancha bote",
    "ship": "ship vessel | schiff schiffe | navire | buque barco embarcación",
    "ferry": "ferry | fähre | ferry traversier | ferri transbordador",
    "freighter": "freighter | frachter frachtschiff | porte-conteneurs | carguero",
    "yacht": "yacht sailboat | jacht yacht segelboot segeljacht | voilier | yate velero",
    "catamaran": "catamaran | katamaran | catamaran | catamarán",
    "barge": "barge | lastkahn kahn | péniche barge | barcaza",
    "plane": "plane aircraft jet airliner | flugzeug flieger | avion | avión aeronave",
    "helicopter": "helicopter | hubschrauber helikopter | hélicoptère | helicóptero",
    "taxi": "taxi cab | taxi | taxi | taxi",
    "excavator": "excavator digger bulldozer | bagger planierraupe | pelleteuse bulldozer | excavadora",
    "tractor": "tractor | traktor traktoren | tracteur | tractor",
    "crane": "crane | kran baukran | grue | grúa",
    "cable_car": "gondola chairlift cablecar | seilbahn gondel sessellift | téléphérique télésiège télécabine | teleférico telesilla",
}

# Medical, legal and cyber words: what a report of a case or an outbreak turns on. Not
# what every report of a court tells (the court, its judge, the lawyers, the accused, the
# trial, a sentence): two cases of one city's court on one day share them all.
CASES = {
    "poisoning": "poisoning poisoned intoxication | vergiftung vergiftungen vergiftet | intoxication intoxiqué intoxiquée empoisonnement | intoxicación intoxicado intoxicada envenenamiento",
    "infection": "infection infections infected virus bacteria bacterium | infektion infektionen infiziert virus bakterien erreger | infection infecté infectée virus bactérie | infección infectado infectada virus bacteria",
    "outbreak": "outbreak epidemic | ausbruch epidemie | foyer épidémie | brote epidemia",
    # Each germ on its own: a legionella case and a norovirus outbreak of one city are two.
    "salmonella": "salmonella | salmonellen salmonellose | salmonelle salmonellose | salmonela salmonelosis",
    "listeria": "listeria | listerien listeriose | listeria listériose | listeria listeriosis",
    "legionella": "legionella legionnaires | legionellen legionellose | légionelle légionellose | legionela legionelosis",
    "norovirus": "norovirus | norovirus | norovirus | norovirus",
    "e_coli": "e-coli | ehec | e-coli | e-coli",
    "measles": "measles | masern | rougeole | sarampión",
    "cholera": "cholera | cholera | choléra | cólera",
    "flu": "flu influenza | grippe influenza | grippe | gripe",
    "meningitis": "meningitis | meningitis hirnhautentzündung | méningite | meningitis",
    "tuberculosis": "tuberculosis | tuberkulose | tuberculose | tuberculosis",
    "quarantine": "quarantine quarantined | quarantäne | quarantaine | cuarentena",
    "overdose": "overdose | überdosis | surdose overdose | sobredosis",
    "symptom": "symptom symptoms vomiting diarrhoea diarrhea nausea | symptom symptome erbrechen durchfall übelkeit | symptôme symptômes vomissements diarrhée nausée | síntoma síntomas vómitos diarrea náuseas",
    "cyberattack": "cyberattack hack hacked hackers hacker | cyberangriff hackerangriff hacker | cyberattaque piratage | ciberataque hackeo",
    "ransomware": "ransomware malware encrypted | erpressungssoftware schadsoftware verschlüsselt | rançongiciel chiffré | malware cifrado",
    "ruling": "ruling verdict judgment judgement | urteil urteils | jugement verdict | sentencia fallo veredicto",
    "appeal": "appeal appealed | berufung beschwerde | | recurso apelación",
    "ban": "ban banned prohibition | verbot verboten | interdiction interdit interdite | prohibición prohibido prohibida veto",
    # The noun only: "work was suspended" after any accident is no one's suspension.
    "suspension": "suspension | sperre suspendierung | suspension | suspensión sanción",
    "fine": "fined penalty | geldstrafe bußgeld strafe | amende | multa",
    "license": "license licence permit | lizenz genehmigung | licence permis autorisation | licencia permiso",
}

# What happened, as the verbs and nouns of its reports say it.
ACTIONS = {
    "drowned": "drowned drowning | ertrunken ertrinken | noyé noyade | ahogado ahogada",
    "crushed": "crushed | erdrückt zerquetscht | écrasé | aplastado aplastada",
    "electrocuted": "electrocuted electrocution | stromschlag | électrocuté électrocution | electrocutado",
    "kidnapped": "kidnapped kidnapping abducted abduction | entführt entführung | rapt | secuestrado secuestro",
    "looted": "looted looting | geplündert plünderung | pillé pillage | saqueado saqueo",
    "acquitted": "acquitted acquittal | freigesprochen freispruch | acquitté acquittement relaxé | absuelto absolución",
    "resigned": "resigned resignation | zurückgetreten rücktritt | démissionné démission | dimitido dimisión",
    "dismissed": "sacked dismissal layoffs | kündigung stellenabbau | licencié licenciement licenciements | despedido despido despidos",
    "recalled": "recall recalled | rückruf zurückgerufen | rappelé | retirado",
    "lockdown": "lockdown curfew | ausgangssperre lockdown | confinement couvre-feu | confinamiento",
    "evacuated": "evacuated evacuate evacuation | evakuiert evakuierung evakuieren geräumt räumung | évacué évacuée évacuation évacuer | evacuado evacuada evacuación desalojado desalojada desalojo",
    "buried": "buried | verschüttet verschütteten begraben | enseveli ensevelie ensevelis | sepultado sepultada enterrado enterrada",
    # Not "freed", "libéré", "befreit": every rescue and release of a town's day frees someone.
    "trapped": "trapped | eingeschlossen eingeklemmt | piégé piégée coincé | atrapado atrapada | intrappolato intrappolata | encurralado",
    "stranded": "stranded | gestrandet festsitzen festsitzend | naufragé | varado varada varados",
    "missing": "missing | vermisst vermissten | disparu disparue | desaparecido desaparecida",
    "leaked": "leaked leak leaking spill spilled discharge | ausgelaufen auslaufen leck austritt | fuite déversement déversé | fuga vertido derrame",
    "shut_down": "closed closure shut shutdown | geschlossen schließung stillgelegt | fermée fermeture | cerrado cerrada cierre clausurado",
    "cancelled": "cancelled canceled cancellation | abgesagt gestrichen ausgefallen | annulé annulée annulation supprimé supprimée | cancelado cancelada suprimido suprimida",
    "polluted": "polluted pollution contaminated contamination | verschmutzt verschmutzung verseucht | pollué polluée pollution contaminé contaminée | contaminado contaminada contaminación",
    "sank": "sank sunk capsized | gesunken gekentert kentern | chaviré | hundido volcó zozobró",
    "stolen": "stolen stole | gestohlen entwendet | volé volée dérobé | robado robada sustraído",
    # A reservoir's water let out to scour its silt, a cause of floods downstream.
    "flushed": "flushing sluicing | spülung stauraumspülung ablassen abgelassen | purge vidange | desembalse purga | svaso sghiaiamento | esvaziamento",
    "blocked": "blocked blockade | blockiert blockade | bloqué bloquée blocage | bloqueado bloqueada bloqueo corte",
}

# German heads of compounds that say how a thing of the table takes part in an event and
# name no concept themselves: "Fischsterben" is of fish, "Ölteppich" of oil (``text.concepts``).
COMPOUND_HEADS = """sterben teppich pest film fleck spur alarm unfall unfalls unglück brand brandes
    explosion austritt leck katastrophe streik streiks ausfall mangel drama diebstahl"""


# Concepts that say what kind of event a report tells, as "fire" does: a town orders many
# evacuations and bans in a day, so two reports sharing one know no more than their types
# (``daily.kinds.tells_a_kind``). An evacuation for a flood and one for a gas leak, a
# prefect's lorry ban and a mayor's fireworks ban, are two.
KIND_CONCEPTS = frozenset({"evacuated", "ban"})
