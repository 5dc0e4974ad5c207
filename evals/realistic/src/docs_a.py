"""Documents 1-5 of the realistic test set (fictional content, Dutch)."""

# ruff: noqa: E501

DOC1 = {
    "nr": 1,
    "kind": "writer",
    "title": "Memo palliatieve zorg bij EPA in hospices en thuis – Netwerk Palliatieve Zorg Zeeland",
    "meta": {
        "id": "memo-epa-zeeland-2026",
        "title": "Memo palliatieve zorg voor mensen met een ernstige psychiatrische aandoening (EPA) in hospices en thuis",
        "doc_type": "overig",
        "target_groups": ["psychiatrie"],
        "regions": ["zeeland"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/zeeland/memo-epa-2026",
        "published": "2026-03-14",
        "review_date": "2027-03-14",
        "version": "0.9",
        "fictional": True,
    },
    "font": "Liberation Sans",
    "size": 10,
    "headings": "plain",
    "title_size": 10,
    "justify": False,
    "header": "Netwerk Palliatieve Zorg Zeeland – memo EPA – 14 maart 2026",
    "footer": "Pagina {page} van {pages}",
    "footer_align": "end",
    "body": """
= Memo: palliatieve zorg voor mensen met een ernstige psychiatrische aandoening (EPA) in de Zeeuwse hospices en thuis

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

@lines
Aan: stuurgroep Netwerk Palliatieve Zorg Zeeland
Van: Marieke de Visser (netwerkcoördinator) en Jeroen Kodde (projectleider EPA, verpleegkundig specialist GGZ)
Datum: 14 maart 2026
Betreft: stand van zaken per onderdeel en voorstel voor vervolgstappen
Status: ter besluitvorming in de stuurgroepvergadering van 9 april 2026

# Aanleiding

In september 2024 heeft de stuurgroep het project "Palliatieve zorg bij EPA" vastgesteld. Het project loopt van
1 april 2025 tot en met 31 december 2026 en wordt betaald uit een bijdrage van € 48.000 van het (fictieve)
Zeeuws Zorgfonds, aangevuld met uren van de deelnemende organisaties. Aanleiding waren signalen van hospices,
huisartsen en FACT-teams dat mensen met een ernstige psychiatrische aandoening laat of helemaal niet in beeld
komen voor palliatieve zorg en dat hospiceteams zich bij deze groep onvoldoende toegerust voelen. Mensen met
EPA overlijden gemiddeld 10 tot 15 jaar eerder dan leeftijdgenoten, vaak aan lichamelijke aandoeningen die laat
worden ontdekt.^[Projectplan en eerdere memo's: https://www.palliatiefzeeland.example/projecten/epa]

In 2025 zijn in de vier Zeeuwse hospices (samen 27 bedden) 312 mensen opgenomen, van wie 9 met een bekende
EPA (2,9%). Thuis werd het consultatieteam palliatieve zorg 14 keer ingeschakeld voor een patiënt met EPA.
Deze memo geeft per onderdeel van het project de stand van zaken (peildatum 28 februari 2026) en doet een
voorstel voor de vervolgstappen.

Deelnemende hospices:
• Hospice De Kaaimuur, Middelburg – 8 bedden
• Hospice Het Zeekraal, Goes – 8 bedden
• Hospice De Zwinoever, Terneuzen – 6 bedden
• Hospice Duinzicht, Zierikzee – 5 bedden

# Onderdeel 1: Inventarisatie van knelpunten (afgerond)

Tussen mei en oktober 2025 zijn 14 interviews gehouden met hospicecoördinatoren, huisartsen, FACT-teams, een
SCEN-arts en twee ervaringsdeskundigen. Daarnaast is een enquête uitgezet onder 63 zorgverleners; 26 hebben die
ingevuld (respons 41%). Het inventarisatierapport is in december 2025 opgeleverd. De drie vaakst genoemde
knelpunten zijn:

1. Er is geen vast aanspreekpunt bij de GGZ als een hospicepatiënt psychisch ontregeld raakt (genoemd door 19
van de 26 respondenten).
2. Onzekerheid over het doorgebruiken of afbouwen van psychofarmaca in de laatste levensfase; dit vraagt
altijd overleg met de behandelaar.
3. Handelingsverlegenheid bij vrijwilligers bij achterdocht, agressie of ontremd gedrag.

Verder werden genoemd: late herkenning van de palliatieve fase bij bewoners van beschermd wonen, zorgmijding,
en het ontbreken van een wettelijk vertegenwoordiger bij mensen die zelf geen keuzes meer kunnen maken.

# Onderdeel 2: GGZ-consultatie in de palliatieve fase (loopt)

Sinds 1 oktober 2025 kunnen hospices, huisartsen en wijkverpleegkundigen via het consultatieteam palliatieve
zorg een GGZ-consulent inschakelen. Tot en met 28 februari 2026 zijn er 11 consultaties geweest: 7 vanuit een
hospice, 3 vanuit een huisartsenpraktijk en 1 vanuit een verpleeghuis. Er werd gemiddeld binnen één werkdag
teruggebeld; in 2 situaties volgde een bezoek aan bed. De meeste vragen gingen over angst en achterdocht (5),
over het omgaan met psychofarmaca (3) en over wilsbekwaamheid (2).

Bereikbaarheid:
- GGZ-consulent: 0118-000 207 (FICTIEF), op werkdagen van 9.00 tot 17.00 uur, voor zorgverleners.
- Buiten kantoortijd is er geen GGZ-consulent. Bij acute psychiatrische problemen gaat het contact met de
GGZ-crisisdienst (24/7) uitsluitend via de huisarts of de huisartsenpost (HAP); hospices kunnen de
crisisdienst niet rechtstreeks bellen.
- Het consultatieteam palliatieve zorg zelf is wel 24/7 bereikbaar: 0118-000 101 (FICTIEF).

Stand per regio:

Walcheren:
• Hospice De Kaaimuur heeft sinds januari 2026 twee aandachtsvrijwilligers EPA.
• Het FACT-team Middelburg schuift eens per maand aan bij het MDO van het hospice.
• 5 van de 11 consultaties kwamen uit deze regio.

Oosterschelderegio:
• Het Zeekraal (Goes) en Duinzicht (Zierikzee) delen sinds november 2025 één GGZ-contactpersoon.
• Er zijn twee casuïstiekbesprekingen gehouden (november 2025 en februari 2026), met in totaal 31 deelnemers.

Zeeuws-Vlaanderen:
• Nog geen vaste GGZ-contactpersoon; de gesprekken met de regionale GGZ-aanbieder lopen sinds januari 2026.
• De geplande scholing in Terneuzen is uitgesteld (zie onderdeel 3).
• Hospice De Zwinoever krijgt vooral vragen over zorgmijding en dakloosheid.

# Onderdeel 3: Scholing en deskundigheidsbevordering (loopt, deels uitgesteld)

De scholing "EPA in de palliatieve fase" bestaat uit een e-learning van ongeveer twee uur en een
praktijkbijeenkomst van een dagdeel, samen met een ervaringsdeskundige. In 2025 zijn drie bijeenkomsten
gegeven met in totaal 86 deelnemers: 52 verpleegkundigen en verzorgenden, 21 vrijwilligers en 13 overige
deelnemers (huisartsen, praktijkondersteuners en geestelijk verzorgers). De gemiddelde waardering was een 8,2.

De bijeenkomst in Terneuzen van 12 maart 2026 is uitgesteld naar 8 oktober 2026. Er waren maar 9 aanmeldingen
(minimaal 15 nodig) en twee VVT-organisaties konden door personeelstekort geen medewerkers vrijroosteren. De
volgende bijeenkomst is op 21 mei 2026 in Goes (Hospice Het Zeekraal). Aanmelden kan via de [scholingsagenda op de website](https://www.palliatiefzeeland.example/scholing)Voor vrijwilligers is deelname gratis; voor
verpleegkundigen is accreditatie aangevraagd.^[https://www.palliatiefzeeland.example/scholing]

# Onderdeel 5: Proactieve zorgplanning en zorg thuis (loopt)

Het gespreksformat voor proactieve zorgplanning (PZP) is aangepast voor mensen met EPA onder de titel "Mijn
wensen, ook als het psychisch slechter gaat". Het format wordt gebruikt in 3 PaTz-groepen (Vlissingen, Goes en
Hulst) met samen 12 huisartsenpraktijken. Doel is eind 2026 25 praktijken.

• Beschermd wonen:
  o pilot "palliatieve signalering" bij 2 locaties van de RIBW, start april 2026;
  o begeleiders leren de surprise question te gebruiken in het teamoverleg.
• Wijkverpleging en FACT:
  o afspraak dat de wijkverpleegkundige bij een palliatieve patiënt met EPA binnen een week contact opneemt met
de casemanager van het FACT-team;
  o gezamenlijk huisbezoek waar nodig.

# Onderdeel 6: Communicatie en kennisdeling

De themapagina EPA staat sinds 15 januari 2026 online en had in de eerste zes weken 1.140 bezoekers. In de
nieuwsbrief van het netwerk (640 adressen) verschijnt elk kwartaal een praktijkverhaal. Het inventarisatierapport
is te vinden onder "(link)" op de themapagina.

# Vervolgstappen

➔ 9 april 2026: besluit van de stuurgroep over structurele financiering van de GGZ-consultatie na 31 december
2026 (geschatte kosten € 22.000 per jaar).
➔ Vóór 1 juni 2026: werkafspraak "wie belt wie" tussen hospices, HAP en GGZ-crisisdienst vastleggen
(eigenaar: Jeroen Kodde).
➔ 1 juli 2026: tussenevaluatie van de consultatiepilot, door Jeroen Kodde en Tessa Minderhoud
(beleidsadviseur).
➔ Uiterlijk 1 september 2026: GGZ-contactpersoon voor Zeeuws-Vlaanderen benoemd.
➔ 8 oktober 2026: uitgestelde scholingsbijeenkomst Terneuzen.

# Gevraagd besluit

De stuurgroep wordt gevraagd:

a. in te stemmen met voortzetting van de GGZ-consultatie tot 31 december 2026 binnen het bestaande budget;
b. opdracht te geven voor een voorstel voor structurele financiering (deadline 1 september 2026);
c. kennis te nemen van het uitstel van de scholing in Zeeuws-Vlaanderen.

Contact: Marieke de Visser, netwerkcoördinator, m.devisser@palliatiefzeeland.example, 0118-000 412
(FICTIEF). Zij is bereikbaar op dinsdag, woensdag en donderdag.

Links

@url https://www.palliatiefzeeland.example/projecten/epa
@url https://www.palliatiefzeeland.example/scholing
@url https://www.palliatiefzeeland.example/projecten/epa
""",
}


DOC2 = {
    "nr": 2,
    "kind": "writer",
    "title": "Verslag werkgroep palliatieve zorg VG West-Brabant 3 februari 2026",
    "meta": {
        "id": "verslag-werkgroep-vg-west-brabant-2026-02",
        "title": "Verslag vergadering regionale werkgroep palliatieve zorg voor mensen met een verstandelijke beperking West-Brabant (3 februari 2026)",
        "doc_type": "verslag",
        "target_groups": ["verstandelijke-beperking"],
        "regions": ["west-brabant"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/west-brabant/werkgroep-vg/verslag-2026-02-03",
        "published": "2026-02-17",
        "review_date": "2027-02-17",
        "fictional": True,
    },
    "font": "Carlito",
    "size": 11,
    "double": True,
    "wrap_chars": 84,
    "headings": "typo",
    "h1_size": 11.5,
    "accent": "#000000",
    "title_size": 13,
    "justify": False,
    "para_space": 0.1,
    "header": "Werkgroep Palliatieve zorg VG West-Brabant – verslag 3 februari 2026",
    "footer": "{page}",
    "body": """
= Verslag vergadering regionale werkgroep Palliatieve zorg voor mensen
= met een verstandelijke beperking (VG) – Netwerk Palliatieve Zorg West-Brabant

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

@lines
Datum: dinsdag 3 februari 2026, 14.00 – 16.00 uur
Locatie: woonzorglocatie De Wissel (fictief), Breda, en via Teams
Voorzitter: Annelies Verhoeven (arts verstandelijk gehandicapten, AVG)
Verslag: Ruud van Gils (netwerkcoördinator)

Aanwezig: Annelies Verhoeven (AVG, Stichting Sterk Wonen), Fatma Yilmaz (verpleegkundig specialist VG),
Kees Brouwers (coördinator Hospice De Baronie), Ingrid Maas (persoonlijk begeleider en aandachtsfunctionaris
palliatieve zorg), Noor Schellekens (coördinator VPTZ West-Brabant), Dirk Adriaansen (huisarts, kaderarts
palliatieve zorg), Ruud van Gils (netwerkcoördinator).

Afwezig met kennisgeving: Sanne Peeters (geestelijk verzorger), Marco de Bruijn (gedragsdeskundige).

# 1. Opening en mededelingen

Annelies opent de vergadering en heet Fatma welkom als nieuw lid. Mededelingen:

a. Hospice De Baronie heeft in 2025 drie mensen met een verstandelijke beperking opgenomen (in 2024 één).
De gemiddelde verblijfsduur was 23 dagen.
b. Fatma Yilmaz is per 1 januari 2026 aangesteld als verpleegkundig specialist VG, met 8 uur per week voor
palliatieve consultatie in de regio.
c. VPTZ West-Brabant heeft zes vrijwilligers met een aanvullende training VG; zij kunnen ook in een
woongroep worden ingezet.

# 2. Verslag vorige vergadering (25 november 2025)

Het verslag wordt zonder wijzigingen vastgesteld. Actiepunt 2025-07 (inventarisatie van logeer- en
palliatieve bedden binnen de VG-zorg) staat nog open; zie punt 5.

# 3. Terugkoppeling scholing "Pijn en onrust herkennen bij mensen met een VG"

In het najaar van 2025 zijn vier bijeenkomsten gegeven (twee in Breda, één in Etten-Leur en één in Oosterhout)
met in totaal 58 deelnemers: 31 begeleiders, 12 verpleegkundigen en 15 vrijwilligers. De gemiddelde
waardering was een 8,1. Deelnemers wilden vooral meer oefenen met observatielijsten en met het vastleggen
van het "gewone" gedrag van een cliënt, zodat veranderingen sneller opvallen.

Besluit: in 2026 komen er twee herhalingsbijeenkomsten, in april en in oktober. Fatma en Ingrid organiseren
deze; de data volgen in de nieuwsbrief.

# 4. Overdrachtsformulier "Dit ben ik" bij overplaatsing naar het hospice

Kees geeft aan dat het hospice bij opname vaak te weinig weet over de communicatie, gewoonten en
signalen van pijn van de cliënt. Het conceptformulier "Dit ben ik" (twee A4) is getest bij vijf
overplaatsingen. Begeleiders vonden het invullen goed te doen (gemiddeld 30 minuten); het hospice vond vooral
het onderdeel "zo laat ik merken dat ik pijn heb" bruikbaar.

Besluit: het formulier wordt vanaf 1 april 2026 de regionale standaard bij elke overplaatsing van een cliënt met
een VG naar een hospice of ziekenhuis. Kees neemt het op in het intakeprotocol van het hospice.

# 5. Palliatief bed binnen de VG-zorg

Voorstel is één palliatief bed op locatie De Wissel voor cliënten die niet in hun eigen woongroep kunnen
blijven, bijvoorbeeld omdat de nachtzorg daar niet te organiseren is. De start was gepland op 1 maart 2026 maar
is uitgesteld naar 1 september 2026. Redenen: de bekostiging is nog niet rond (de cliënten hebben een
Wlz-indicatie; het overleg met het zorgkantoor loopt nog) en er is nog geen vaste bezetting voor de nacht.
Dirk vraagt aandacht voor de medische verantwoordelijkheid: die blijft bij de AVG of de eigen huisarts.

Besluit: Ruud legt vóór 15 maart 2026 de bekostigingsvraag schriftelijk voor aan het zorgkantoor.

# 6. Rouw en verlies bij medebewoners

Ingrid vertelt dat medebewoners na een overlijden in de woongroep vaak weinig worden betrokken. Zij stelt voor
op elke locatie een "rouwkoffer" neer te zetten met prentenboeken, pictogrammen, een herinneringsdoos en een
handleiding voor begeleiders.

Besluit: pilot met de rouwkoffer op drie woonlocaties (Breda-Noord, Etten-Leur en Oosterhout) van
april tot en met september 2026. Ingrid is trekker.

# 6. Rondvraag

- Noor: aanvragen voor VPTZ-inzet in een woongroep lopen via de coördinator VPTZ, 076-000 233 (FICTIEF),
bereikbaar op werkdagen van 9.00 tot 12.30 uur.
- Dirk: vraagt of er een tweede huisarts in de werkgroep kan komen; Ruud benadert de huisartsenkring.
- Kees: open dag van Hospice De Baronie op zaterdag 16 mei 2026; leden zijn welkom.

# 7. Volgende vergadering

Dinsdag 14 april 2026, 14.00 – 16.00 uur, bij Hospice De Baronie in Breda.

# Besluitenlijst

@lines
B-2026-01 Twee herhalingsbijeenkomsten scholing in april en oktober 2026.
B-2026-02 Formulier "Dit ben ik" regionale standaard vanaf 1 april 2026.
B-2026-03 Start palliatief bed De Wissel uitgesteld naar 1 september 2026.
B-2026-04 Pilot rouwkoffer op drie woonlocaties, april – september 2026.

# Actielijst

@table 1.6,7.4,3.6,3.4
| Nr | Actie | Wie | Uiterlijk
| 2025-07 | Inventarisatie logeer- en palliatieve bedden VG afronden | Ruud | 14 april 2026
| 2026-01 | Data herhalingsscholing vastleggen en in nieuwsbrief zetten | Fatma, Ingrid | 1 maart 2026
| 2026-02 | "Dit ben ik" opnemen in intakeprotocol hospice | Kees | 1 april 2026
| 2026-03 | Bekostigingsvraag palliatief bed voorleggen aan zorgkantoor | Ruud | 15 maart 2026
| 2026-04 | Rouwkoffer samenstellen en verdelen over drie locaties | Ingrid | 1 april 2026
| 2026-05 | Huisartsenkring benaderen voor tweede huisarts | Ruud | 14 april 2026
""",
}


DOC3 = {
    "nr": 3,
    "kind": "slides",
    "fffd": True,
    "title": "Visueel verslag Netwerkdag Palliatieve zorg en culturele diversiteit Rotterdam 2025",
    "meta": {
        "id": "visueel-verslag-netwerkdag-diversiteit-rotterdam-2025",
        "title": "Visueel verslag Netwerkdag Palliatieve zorg en culturele diversiteit (Rotterdam, 6 november 2025)",
        "doc_type": "verslag",
        "target_groups": ["migratieachtergrond"],
        "regions": ["rotterdam"],
        "audience": "iedereen",
        "source_url": "https://kennisbank.example/netwerken/rotterdam/netwerkdag-diversiteit-2025",
        "published": "2025-12-01",
        "review_date": "2027-12-01",
        "fictional": True,
    },
    "accent": "#7B2C54",
    "footer": "Visueel verslag Netwerkdag Palliatieve zorg & culturele diversiteit – 6 november 2025 | dia {n}",
    "slides": [
        {
            "title": "",
            "boxes": [
                {"rect": (0, 0, 28, 5.2), "fill": "#7B2C54", "color": "#FFFFFF", "size": 30, "bold": True, "valign": "middle",
                 "text": """
                 Visueel verslag
                 Netwerkdag "Palliatieve zorg & culturele diversiteit"
                 """},
                {"rect": (1.2, 5.7, 13.5, 8.5), "size": 15, "text": """
                 Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg
                 ## Donderdag 6 november 2025
                 Wijkcentrum De Kaap (fictief), Rotterdam-Feijenoord
                 Georganiseerd door Netwerk Palliatieve Zorg Rotterdam e.o. samen met Stichting Zorg & Cultuur (fictief)
                 Dagvoorzitter: Yasmina Boukhari, coördinator diversiteit van het netwerk
                 """},
                {"rect": (15.2, 5.7, 11.8, 8.5), "size": 14, "stroke": "#7B2C54", "text": """
                 ## Programma
                 ■ 9.30 inloop met Surinaamse, Turkse en Marokkaanse hapjes
                 ■ 10.00 opening door de wethouder zorg (fictief)
                 ■ 10.15 keynote "Familie wil beschermen, niet verzwijgen"
                 ■ 11.15 en 13.15 workshoprondes 1 en 2
                 ■ 14.30 theater: "Mijn moeder wil het niet weten"
                 ■ 15.30 afsluiting en netwerkborrel
                 """},
            ],
        },
        {
            "title": "De dag in cijfers",
            "boxes": [
                {"rect": (1.0, 3.0, 6.0, 3.2), "fill": "#F3E4EC", "size": 14, "align": "center", "text": "#BIG 148\ndeelnemers (173 aanmeldingen)"},
                {"rect": (7.5, 3.0, 6.0, 3.2), "fill": "#F3E4EC", "size": 14, "align": "center", "text": "#BIG 41\norganisaties vertegenwoordigd"},
                {"rect": (14.0, 3.0, 6.0, 3.2), "fill": "#F3E4EC", "size": 14, "align": "center", "text": "#BIG 8,3\ngemiddeld rapportcijfer"},
                {"rect": (20.5, 3.0, 6.5, 3.2), "fill": "#F3E4EC", "size": 14, "align": "center", "text": "#BIG 62%\nvoor het eerst op een netwerkdag"},
                {"rect": (1.0, 6.8, 13.0, 7.6), "size": 15, "text": """
                 ## Wie waren er?
                 ■ 38% wijkverpleging en thuiszorg
                 ■ 21% hospice en VPTZ (vrijwilligers)
                 ■ 14% huisartsenzorg, inclusief POH
                 ■ 11% sleutelpersonen en mantelzorgers
                 ■ 9% ziekenhuis
                 ■ 7% overig: gemeente, GGD, moskee- en kerkbesturen
                 """},
                {"rect": (14.5, 6.8, 12.5, 7.6), "size": 15, "text": """
                 ## Opvallend
                 ➢ 14 sleutelpersonen uit 9 taalgemeenschappen waren aanwezig
                 ➢ Tolken Turks, Arabisch en Tigrinya hielpen bij de workshops
                 ➢ 87% van de deelnemers wil in 2026 weer komen
                 ➢ Wachtlijst: 25 mensen konden niet meer worden geplaatst
                 """},
            ],
        },
        {
            "title": "Keynote en workshops",
            "boxes": [
                {"rect": (1.0, 2.9, 12.5, 11.5), "size": 14, "text": """
                 ## Keynote – dr. Samira El Khatib (fictief), huisarts in Rotterdam-Zuid
                 ■ "Slecht nieuws" gaat in veel families eerst naar de oudste zoon of dochter – vraag dus vooraf wie de patiënt erbij wil hebben
                 ■ Familie die niet wil dat moeder het hoort, wil haar meestal beschermen – niet iets verzwijgen
                 ■ Gebruik een professionele tolk, geen kinderen of kleinkinderen
                 ■ Vraag naar rituelen rond het sterven: gebed, wassing, repatriëring
                 """},
                {"rect": (14.2, 2.9, 12.8, 11.5), "size": 14, "text": """
                 ## Workshops (2 rondes, 6 workshops)
                 1. Werken met een tolk in de palliatieve fase – Tolkcentrum Zuid (fictief)
                 2. Ramadan, vasten en ziek zijn – imam en verpleegkundige
                 3. Sleutelpersonen in de wijk – ervaringen uit Delfshaven
                 4. Rouw en rituelen: wassing, waken en repatriëring
                 5. Pijn en cultuur: "mijn vader klaagt nooit"
                 6. Praten over het levenseinde met hindoestaanse families
                 Drukst bezocht: workshop 1 (44 deelnemers) en workshop 4 (39)
                 """},
            ],
        },
        {
            "title": "Wat we hoorden: knelpunten en tips uit de zaal",
            "boxes": [
                {"rect": (1.0, 2.9, 12.8, 8.6), "size": 14, "text": """
                 ## Knelpunten
                 ■ Tolk in het hospice: kosten niet overal gedekt, afspraken verschillen per hospice
                 ■ Families vragen om informatie niet te delen met de patiënt
                 ■ Weinig foto’s en folders in andere talen dan Nederlands en Engels
                 ■ Collega’s kennen de sleutelpersonen in hun wijk niet
                 ■ Opname in hospice wordt soms gezien als "iemand wegbrengen"
                 """},
                {"rect": (14.2, 2.9, 12.8, 8.6), "size": 14, "text": """
                 ## Tips
                 ✓ Plan een familiegesprek vóór de overplaatsing naar het hospice
                 ✓ Vraag: "Wat betekent deze ziekte voor u en uw familie?"
                 ✓ Leg in het dossier vast wie de patiënt als woordvoerder wil
                 ✓ Bel bij twijfel over rituelen de geestelijk verzorger van het netwerk
                 ✓ Maak gebruik van de sleutelpersonen in de regio’s Feijenoord en Delfshaven
                 """},
                {"rect": (3.0, 11.8, 22, 2.4), "fill": "#F3E4EC", "size": 15, "align": "center", "text": """
                 “Vraag niet óf iemand over de dood wil praten, maar mét wie.”
                 – sleutelpersoon uit Delfshaven
                 """},
            ],
        },
        {
            "title": "Hoe verder?",
            "boxes": [
                {"rect": (1.0, 2.9, 15.5, 11.5), "size": 14, "text": """
                 ➢ Sleutelpersonenproject start in maart 2026 in Feijenoord en Delfshaven: 10 sleutelpersonen volgen een training van 4 dagdelen
                 ➢ Pocketkaart "Tolk in de palliatieve fase" is uitgesteld tot het voorjaar van 2026: de vertalingen (Turks, Arabisch, Tigrinya en Pools) worden nog gecontroleerd door native speakers
                 ➢ Werkgroep Diversiteit komt 4 keer per jaar bijeen; nieuwe leden zijn welkom, vooral uit de huisartsenzorg
                 ➢ Volgende netwerkdag: donderdag 12 november 2026
                 ➢ Presentaties en foto’s van de dag: (link)
                 https://www.palliatiefrotterdam.example/netwerkdag2025
                 """},
                {"rect": (17.2, 2.9, 9.8, 11.5), "fill": "#F3E4EC", "size": 13, "text": """
                 ## Contact
                 Yasmina Boukhari, coördinator diversiteit
                 diversiteit@palliatiefrotterdam.example
                 010-000 318 (FICTIEF)
                 maandag t/m donderdag, 9.00 – 17.00 uur
                 Niet voor spoedvragen over patiënten: bel dan het consultatieteam palliatieve zorg (24/7), 010-000 300 (FICTIEF)
                 https://www.palliatiefrotterdam.example/netwerkdag2025
                 https://www.palliatiefrotterdam.example/diversiteit
                 """},
            ],
        },
    ],
}


DOC4 = {
    "nr": 4,
    "kind": "writer",
    "title": "Plan van aanpak palliatieve zorg voor dak- en thuisloze mensen in Midden-Brabant 2026–2027",
    "meta": {
        "id": "plan-van-aanpak-dakloos-midden-brabant-2026",
        "title": "Plan van aanpak Palliatieve zorg voor dak- en thuisloze mensen in Midden-Brabant 2026–2027",
        "doc_type": "overig",
        "target_groups": ["dak-en-thuisloos", "verslaving"],
        "regions": ["midden-brabant"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/midden-brabant/plan-van-aanpak-dakloos",
        "published": "2025-12-10",
        "review_date": "2027-12-10",
        "version": "1.0",
        "fictional": True,
    },
    "font": "Carlito",
    "size": 11,
    "headings": "typo",
    "accent": "#2E6B3A",
    "title_size": 22,
    "h1_size": 15,
    "h2_size": 12.5,
    "justify": True,
    "head_fill": "#E2EFDA",
    "header": "Plan van aanpak palliatieve zorg dak- en thuislozen Midden-Brabant – versie 1.0, december 2025",
    "footer": "Netwerk Palliatieve Zorg Midden-Brabant | {page}",
    "body": """
= Plan van aanpak Palliatieve zorg voor dak- en thuisloze mensen in Midden-Brabant 2026–2027

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

**Titel:** Een waardig levenseinde, ook zonder thuis

**Beschrijving:**

Dak- en thuisloze mensen overlijden gemiddeld veel jonger dan andere inwoners en vaak zonder dat er
palliatieve zorg is ingezet. In Midden-Brabant overleden in 2024 en 2025 samen 17 mensen die dak- of
thuisloos waren of in de maatschappelijke opvang verbleven; hun gemiddelde leeftijd was 56 jaar. Slechts 4 van
hen hadden een hospice of palliatief bed gezien. Volgens de gemeentelijke monitor waren er in Midden-Brabant
op 1 januari 2025 ongeveer 610 dak- en thuisloze mensen, van wie circa 470 in Tilburg. De nachtopvang De
Overloop (fictief) heeft 45 plaatsen; de 24-uursopvang heeft 2 respijtbedden voor mensen die herstellen van
een ziekenhuisopname.

Met dit plan van aanpak werken het Netwerk Palliatieve Zorg Midden-Brabant, de maatschappelijke opvang, de
straatdokter, de GGD, de verslavingszorg en twee hospices samen aan tijdige herkenning van de palliatieve fase,
een passende plek om te sterven en betere afstemming tussen zorg en opvang.

**Doelstellingen:**

1. Medewerkers van opvang en straatzorg herkennen de palliatieve fase eerder: eind 2026 heeft 80% van de
vaste medewerkers van de nachtopvang en 24-uursopvang de training "Signaleren zonder thuis" gevolgd.
2. Er is een vaste route naar een passende sterfplek: in 2027 zijn er 2 laagdrempelige palliatieve bedden
beschikbaar, waarvan 1 binnen de 24-uursopvang.
3. Elke dak- of thuisloze persoon in de palliatieve fase heeft een vaste regiehouder (straatdokter of
huisarts) en een proactief zorgplan.
4. Het consultatieteam palliatieve zorg wordt minstens 10 keer per jaar ingeschakeld voor deze doelgroep (in
2025: 3 keer).

# 1. Projectorganisatie

De projectleider is Hanneke van Dongen (netwerkcoördinator Netwerk Palliatieve Zorg Midden-Brabant, 16 uur per
week voor dit project). De projectgroep bestaat verder uit:

● Pieter Lambregts, straatdokter GGD Midden-Brabant (fictief) – medisch inhoudelijk
● Samira Aydin, teamleider 24-uursopvang De Overloop (fictief)
● Jos van Rijswijk, verpleegkundige verslavingszorg
● Marloes Kuijpers, coördinator Hospice De Wilgenhof (fictief), Tilburg
● een ervaringsdeskundige (voormalig dakloos), vergoeding per bijeenkomst

De stuurgroep van het netwerk is opdrachtgever. Het project heeft een begroting van € 62.500 voor twee jaar,
waarvan € 40.000 uit het (fictieve) Fonds Zorg voor Kwetsbaren en € 22.500 uit eigen bijdragen van de
partners.

# 2. Aanpak in fasen

## Fase 1: Regionale inventarisatie (2026)

Periode: januari tot en met juni 2026.

● Interviews met 15 tot 20 sleutelfiguren in zorg en opvang, en met 6 dak- en thuisloze mensen.
● Enquête onder medewerkers van opvang, GGD, wijkverpleging, huisartsen en hospices (zie bijlage 1 voor
de resultaten van de vooronderzoeks-enquête uit 2025).
● Dossieronderzoek naar de 17 overlijdens in 2024–2025: waar overleed iemand, welke zorg was er?
  o wie was regiehouder?
  o was er een zorgverzekering?
● Expertmeeting op 18 juni 2026 in Tilburg.

Resultaat: een knelpuntenanalyse per gemeente en een shortlist van oplossingen.

## Fase 2: Ontwikkeling werkwijze en training (2026)

Periode: juli tot en met december 2026.

● Ontwikkelen van de training "Signaleren zonder thuis" (2 dagdelen) met de surprise question en de
SPICT-signalen, vertaald naar de situatie in de opvang.
● Afspraken over een vaste regiehouder en een zorgpad van straat naar bed.
● Verkenning van een palliatief bed in de 24-uursopvang: bouwkundig, personeel en financiering.

## Fase 3: Implementatie en borging (2027)

Periode: januari tot en met december 2027.

● Training voor alle vaste medewerkers (ongeveer 60 mensen) en vrijwilligers van de opvang.
● Start van het palliatieve bed in de 24-uursopvang (streefdatum 1 april 2027).
● Evaluatie en borging in de reguliere netwerkstructuur; eindrapport uiterlijk 15 december 2027.

# 3. Regionale accenten

Tilburg:
● De meeste dak- en thuisloze mensen en alle opvangvoorzieningen zitten hier.
● Hospice De Wilgenhof (8 bedden) stelt vanaf 2027 één bed met voorrang beschikbaar voor deze doelgroep.
● Straatdokter houdt twee keer per week spreekuur in de 24-uursopvang.

Langstraat (Waalwijk, Heusden, Loon op Zand):
● Geen eigen nachtopvang; mensen worden doorverwezen naar Tilburg.
● Wijkteams signaleren vooral verborgen dakloosheid (bankslapers).

Overige gemeenten (Dongen, Gilze en Rijen, Goirle, Hilvarenbeek, Oisterwijk):
● Kleine aantallen; inzet via de wijkverpleging en het sociaal team.
● Aansluiten bij de training in Tilburg.

# 4. Planning

@table 4.0,12.0
| Periode | Activiteiten
| januari – maart 2026 | Fase 1: start projectgroep (kick-off 13 januari 2026), interviews, dossieronderzoek
| april – juni 2026 | Fase 1: enquête, analyse, expertmeeting 18 juni 2026
| juli – september 2026 | Fase 2: ontwikkelen training, eerste pilotgroep in De Overloop
| oktober – december 2026 | Fase 2: zorgpad en regiehouderschap vastleggen; besluit stuurgroep over palliatief bed (december 2026)
| januari – juni 2027 | Fase 3: training alle medewerkers; start palliatief bed 1 april 2027
| juli – december 2027 | Fase 3: evaluatie, borging, eindrapport (uiterlijk 15 december 2027)

# 5. Risico's

● Financiering van het palliatieve bed na de projectperiode is onzeker; de gemeente Tilburg heeft toegezegd in
het najaar van 2026 een besluit te nemen.
● Onverzekerde cliënten: voor mensen zonder zorgverzekering kan een beroep worden gedaan op de regeling
onverzekerbare vreemdelingen of op gemeentelijke middelen; dit vraagt per cliënt uitzoekwerk.
● Wisselingen in personeel van de opvang; daarom wordt de training ook als e-learning beschikbaar gemaakt.

Meer informatie over het netwerk staat op de [website van het netwerk](https://www.palliatiefmiddenbrabant.example/dakloos)Daar
staat ook het inventarisatieformulier.

@url https://www.palliatiefmiddenbrabant.example/dakloos

@pb
# Bijlage 1: resultaten enquête vooronderzoek (oktober 2025)

De enquête is in oktober 2025 verstuurd aan 112 medewerkers van opvang, GGD, wijkverpleging, huisartsen,
verslavingszorg en hospices. 54 mensen hebben gereageerd (respons 48%).

Vraag 1: Heeft u in de afgelopen twaalf maanden een dak- of thuisloze cliënt begeleid in de laatste fase van
het leven?

Ja: 33 respondenten (61%). Nee: 21 (39%). Vooral medewerkers van de opvang en de straatdokter antwoordden
ja.

Vraag 2: Waar overleed deze cliënt (meerdere antwoorden mogelijk, n=33)?

▪ in het ziekenhuis: 14
▪ in de opvang: 9
▪ op straat of in een kraakpand: 4
▪ in een hospice: 3
▪ onbekend: 6

Vraag 3: Wat belemmert goede palliatieve zorg voor deze groep het meest?

▪ onduidelijkheid over de zorgverzekering of geen verzekering (48%)
▪ wantrouwen tegenover de zorg (44%)
▪ actieve verslaving (39%)
▪ huisregels van opvang of hospice (31%)
▪ geen vaste huisarts (28%)

Vraag 4: Waar heeft u behoefte aan?

Samengevat: een vast telefoonnummer voor advies (genoemd door 29 respondenten), scholing over het
herkennen van de palliatieve fase (26), een plek waar iemand mag sterven inclusief eigen gewoonten zoals roken
(21) en hulp bij het regelen van een uitvaart als er geen familie is (17).

# Bijlage 2: verwant project "Bed voor het einde" (Breda)

In Breda draait sinds 2024 het (fictieve) project "Bed voor het einde". Een kamer in de 24-uursopvang is
ingericht als palliatieve kamer, met ondersteuning van de wijkverpleging en VPTZ-vrijwilligers. In de eerste twee
jaar overleden daar 7 mensen; de gemiddelde verblijfsduur was 19 dagen. Belangrijkste lessen: regel de
medische regie vóór opname, maak afspraken over middelengebruik en bezoek, en betrek de vaste medewerkers
van de opvang bij de zorg. Contactpersoon is Ellen Verschuren, projectleider, e.verschuren@opvangbreda.example.

@url https://www.opvangbreda.example/bed-voor-het-einde
""",
}


DOC5 = {
    "nr": 5,
    "kind": "writer",
    "title": "Blauwdruk regionale consultatiestructuur psychiatrische expertise hospices en verpleeghuizen Dordrecht-Gorinchem",
    "meta": {
        "id": "blauwdruk-consultatie-psychiatrie-dordrecht-gorinchem",
        "title": "Blauwdruk regionale consultatiestructuur psychiatrische expertise in hospices en verpleeghuizen (Dordrecht-Gorinchem)",
        "doc_type": "consultatie",
        "target_groups": ["psychiatrie"],
        "regions": ["dordrecht-gorinchem"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/dordrecht-gorinchem/blauwdruk-consultatie-psychiatrie",
        "published": "2026-02-02",
        "review_date": "2027-09-01",
        "version": "concept 0.7",
        "fictional": True,
    },
    "font": "Liberation Sans",
    "size": 10,
    "headings": "typo",
    "accent": "#1F3864",
    "title_size": 17,
    "h1_size": 12.5,
    "h2_size": 11,
    "justify": False,
    "table_size": 9.5,
    "header": "BLAUWDRUK CONSULTATIESTRUCTUUR PSYCHIATRIE – NETWERK PALLIATIEVE ZORG DORDRECHT-GORINCHEM",
    "header_align": "start",
    "footer": "Concept 0.7 – 2 februari 2026 – pagina {page}",
    "body": """
= Blauwdruk regionale consultatiestructuur: psychiatrische expertise voor hospices en verpleeghuizen in de regio Dordrecht-Gorinchem

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

@lines
Opgesteld door: werkgroep Psychiatrie en Palliatieve Zorg (voorzitter: Evelien Bakker, ouderenpsychiater)
Vastgesteld: nog niet – concept voor de stuurgroep van 12 maart 2026

# 1. Aanleiding

Hospices en verpleeghuizen in de regio krijgen steeds vaker te maken met bewoners die naast een
levensbedreigende ziekte een psychiatrische aandoening hebben: een psychotische stoornis, een bipolaire stoornis,
ernstige depressie, een persoonlijkheidsstoornis of een delier bovenop een bestaande psychiatrische ziekte. In
een peiling in 2025 gaven 3 van de 3 hospices en 11 van de 14 verpleeghuislocaties aan dat zij psychiatrische
expertise "niet of moeilijk" kunnen inschakelen. Consultatie verloopt nu ad hoc via persoonlijke contacten.

# 2. Uitgangsvraag

Uitgangsvraag:

Hoe zorgen we ervoor dat elk hospice en elk verpleeghuis in de regio Dordrecht-Gorinchem bij een bewoner in de
palliatieve fase binnen één werkdag psychiatrische expertise kan inschakelen, en dat die expertise ook structureel
in het team blijft hangen?

Antwoord in het kort: met één regionaal consultatiepunt psychiatrie, ondergebracht bij het bestaande
consultatieteam palliatieve zorg, en vijf vaste werkvormen (zie paragraaf 4). Het consultatiepunt adviseert; de
behandelend arts (huisarts, specialist ouderengeneeskunde of hospicearts) blijft eindverantwoordelijk.

# 3. Uitgangspunten

▪ Eén telefoonnummer voor alle vragen, ook als niet duidelijk is of het om een psychiatrische vraag gaat.
▪ Consultatie is kosteloos voor de vrager; de kosten worden regionaal gedragen.
▪ De patiënt of diens vertegenwoordiger geeft toestemming voor de consultatie.
▪ Geen nieuwe organisatie: het consultatiepunt is een samenwerking tussen de twee GGZ-aanbieders in de regio
en het consultatieteam.

# 4. Werkvormen

## 4.1 Overzicht

@table 3.0,3.9,3.3,3.8
| Werkvorm en doel | Acties | Betrokkenen | Resultaat
| Telefonisch consult: snel advies bij een concrete vraag | Vrager belt consultatiepunt; consulent belt binnen één werkdag terug | Consulent psychiatrie, behandelend arts, verpleegkundige | Schriftelijk advies binnen 2 werkdagen in het dossier
| Consult aan bed: beoordeling als telefonisch advies niet volstaat | Bezoek door consulent, zo nodig samen met ouderenpsychiater | Consulent, ouderenpsychiater, bewoner, naaste | Bezoek binnen 5 werkdagen; behandeladvies
| MDO-aanschuif: psychiatrische blik op complexe bewoners | Consulent schuift maandelijks aan bij het MDO | Hospiceteam of verpleeghuisteam, SO, huisarts | Gedeelde werkafspraken per bewoner
| Casuïstiekbespreking: leren van eerdere situaties | Per kwartaal bespreking van 2 casussen per locatie | Verpleging, verzorging, vrijwilligers, geestelijk verzorger | Geleerde lessen in regionale nieuwsbrief
| Scholing: handelingsverlegenheid verminderen | Twee keer per jaar een regionale scholing van een dagdeel | Consulenten, netwerkcoördinator, ervaringsdeskundige | Minimaal 40 deelnemers per jaar

## 4.2 Activiteiten voor hospices

De drie hospices (Hospice De Merwelanden in Dordrecht, 6 bedden; Hospice Alblasserwaard in Sliedrecht, 5 bedden;
Hospice De Linge in Gorinchem, 4 bedden – alle fictief) krijgen een vaste consulent die maandelijks aanschuift bij
het MDO. Vrijwilligers krijgen een aparte module "omgaan met psychische ontregeling" van twee uur.

## 4.2 Activiteiten voor verpleeghuizen

Voor de 14 verpleeghuislocaties loopt de consultatie via de specialist ouderengeneeskunde (SO). Locaties met
een eigen psychogeriatrische afdeling kunnen de consulent daarnaast voor een casuïstiekbespreking vragen. De
bestaande afspraken met de GGZ over gerontopsychiatrie blijven gelden.

# 5. Bereikbaarheid en route

Consultatiepunt psychiatrie: 078-000 640 (FICTIEF), op werkdagen van 8.30 tot 17.00 uur. E-mail (geen spoed):
psychiatrie@consult-drechtlinge.example.

Buiten kantoortijden is het consultatiepunt niet bereikbaar. Bij acute psychiatrische problemen schakelt de
behandelend arts (huisarts via de huisartsenpost of de dienstdoende SO) de GGZ-crisisdienst in; die is 24/7
bereikbaar, maar alleen voor artsen. Het consultatieteam palliatieve zorg blijft 24/7 bereikbaar voor
palliatieve vragen: 078-000 600 (FICTIEF).

Per deelregio:

Drechtsteden:
▪ Consulenten van GGZ-aanbieder 1; hospice De Merwelanden en 8 verpleeghuislocaties.
▪ Start op 1 september 2026.

Alblasserwaard-Vijfheerenlanden:
▪ Consulenten van GGZ-aanbieder 2; hospice in Sliedrecht en 4 verpleeghuislocaties.
▪ Start op 1 september 2026; MDO-aanschuif pas vanaf januari 2027 vanwege vacatures.

Gorinchem e.o.:
▪ Gedeeld met Alblasserwaard-Vijfheerenlanden; 2 verpleeghuislocaties en Hospice De Linge.
▪ Extra aandacht voor bewoners met een verslaving (aansluiten bij het verslavingsnetwerk).

# 6. Rollen en formatie

1. Consulent psychiatrie (verpleegkundig specialist GGZ): 0,4 fte, verdeeld over twee personen.
2. Ouderenpsychiater: 4 uur per week beschikbaar voor consult aan bed en ondersteuning van de consulenten.
3. Netwerkcoördinator (Bas Ouwehand): regie, registratie en jaarlijkse evaluatie.
4. Contactpersoon per hospice en per verpleeghuislocatie: meldt casussen aan voor de casuïstiekbespreking.

# 8. Financiering en vervolg

De kosten voor een pilotjaar zijn begroot op € 38.000 (formatie, scholing en registratie). Voorstel is deze te
verdelen over de zorgverzekeraar (transitiemiddelen), de twee GGZ-aanbieders en het netwerk. De pilot loopt 12
maanden, van 1 september 2026 tot en met 31 augustus 2027. De evaluatie (aantal consulten, tevredenheid van
vragers, doorlooptijd) is in juni 2027 gereed, zodat de stuurgroep vóór de zomer van 2027 over voortzetting kan
besluiten.

Volgende stap: bespreking in de stuurgroep op 12 maart 2026; daarna werkt de werkgroep de
samenwerkingsovereenkomst uit (gereed 1 juni 2026).

@url https://www.palliatiefdrechtlinge.example/psychiatrie
@url https://www.palliatiefdrechtlinge.example/consultatie
""",
}

DOCS = [DOC1, DOC2, DOC3, DOC4, DOC5]
