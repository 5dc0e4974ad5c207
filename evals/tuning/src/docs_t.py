"""The six documents of the tuning set (fictional content, Dutch).

Written in the block markup of evals/realistic/src/make_docs.py (see ``parse_blocks`` there).
Document 4 is a Word file built with python-docx (``build_doc4``).
"""

# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path
from typing import Any

BANNER = "Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg"

Spec = dict[str, Any]


# --------------------------------------------------------------------------------------------------
# 1. Verslag netwerkbijeenkomst PZP Zeeland (plain headings in body size)
# --------------------------------------------------------------------------------------------------
DOC1: Spec = {
    "nr": 1,
    "kind": "writer",
    "title": "Verslag netwerkbijeenkomst proactieve zorgplanning Zeeland 22 januari 2026",
    "meta": {
        "id": "verslag-netwerkbijeenkomst-pzp-zeeland-2026-01",
        "title": "Verslag regionale netwerkbijeenkomst proactieve zorgplanning (PZP) met huisartsen en wijkverpleging – Zeeland, 22 januari 2026",
        "doc_type": "verslag",
        "target_groups": ["algemeen"],
        "regions": ["zeeland"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/zeeland/netwerkbijeenkomst-pzp-2026-01-22",
        "published": "2026-02-05",
        "review_date": "2027-02-05",
        "fictional": True,
    },
    "font": "Liberation Sans",
    "size": 10,
    "headings": "plain",
    "title_size": 10,
    "justify": False,
    "header": "Netwerk Palliatieve Zorg Zeeland | Verslag netwerkbijeenkomst PZP | 22-01-2026",
    "footer": "Pagina {page} van {pages}",
    "footer_align": "end",
    "body": """
= Verslag regionale netwerkbijeenkomst Proactieve zorgplanning (PZP) met
= huisartsen en wijkverpleging in Zeeland

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

@lines
Datum: donderdag 22 januari 2026, 19.00 – 21.30 uur
Locatie: Zalencentrum De Schakel (fictief), Goes
Organisatie: Netwerk Palliatieve Zorg Zeeland, samen met de Zeeuwse Huisartsenkring (fictief)
Voorzitter: Hanneke Boogaard, huisarts in Kapelle en kaderarts palliatieve zorg
Verslag: Mirjam Lievense, netwerkcoördinator

Aanwezig: 47 deelnemers, namelijk 19 huisartsen, 16 wijkverpleegkundigen, 5 praktijkondersteuners (POH), 4
specialisten ouderengeneeskunde en 3 medewerkers van de Huisartsenpost Zeeland (fictief). Er waren 58
aanmeldingen; 11 mensen hebben zich op de dag zelf afgemeld, de meesten vanwege de gladheid.

# 1. Opening en doel van de avond

Hanneke Boogaard opent de bijeenkomst. Doel van de avond is regionale werkafspraken te maken over drie vragen:
wie start het PZP-gesprek, hoe wordt het vastgelegd en hoe weten de huisartsenpost en de wijkverpleging 's avonds en
's nachts wat er is afgesproken. Aanleiding is een dossieronderzoek bij 6 huisartsenpraktijken in het najaar van
2025: bij 38% van de patiënten die thuis overleden was een PZP-gesprek vastgelegd, maar bij slechts 21% stonden de
afspraken ook in de overdracht naar de huisartsenpost.

# 2. Terugblik pilot "Samen vooruitkijken" (2024–2025)

Uitgangsvraag:

Hoe zorgen we ervoor dat de wensen van een patiënt in de palliatieve fase bekend zijn bij iedereen die 's avonds,
's nachts of in het weekend zorg verleent?

De pilot liep van 1 maart 2024 tot en met 28 februari 2025 op Walcheren en in Zeeuws-Vlaanderen, met 9
huisartsenpraktijken en 14 wijkteams. In die periode zijn 212 PZP-gesprekken vastgelegd. Een gesprek duurde
gemiddeld 35 minuten en 61% van de gesprekken werd samen met de wijkverpleegkundige gevoerd. Het aandeel
patiënten met een ongeplande ziekenhuisopname in de laatste levensmaand daalde in de pilotgroep van 31% naar 22%.

Knelpunten uit de pilot:
• Een consult van 10 minuten is te kort; het gesprek moet apart worden ingepland, liefst thuis.
• Onduidelijk wie het gesprek start bij patiënten die niet op het spreekuur komen.
• Vastleggen in de PZP-module van het HIS is omslachtig en de wijkverpleging kan het niet inzien.
• De huisartsenpost ziet de afspraken alleen als de huisarts een actuele professionele samenvatting heeft
gestuurd.

# 3. Presentatie wijkverpleging

Rianne Verhulst, wijkverpleegkundige bij Zorggroep Oosterschelde (fictief), laat zien hoe haar team patiënten
signaleert met de surprise question ("Zou het mij verbazen als deze patiënt binnen een jaar overlijdt?"). Het team
bereidt het gesprek voor met de huisarts aan de hand van vijf vragen:

1. Wat weet de patiënt over zijn ziekte en wat verwacht hij?
2. Wat vindt hij belangrijk in de komende tijd?
3. Wie is de vertegenwoordiger als hij zelf niet meer kan beslissen?
4. Welke wensen zijn er over reanimatie, ziekenhuisopname en de plaats van overlijden?
5. Wie mag de zorgverlener 's nachts bellen en wie niet?

# 4. Werkafspraken Zeeland (vastgesteld)

De aanwezigen stemmen in met de volgende regionale werkafspraken. Ze gelden vanaf 1 april 2026.

a. De huisarts is verantwoordelijk voor het PZP-gesprek. De wijkverpleegkundige mag het gesprek voorbereiden
en signaleert patiënten met de surprise question.
b. Binnen 2 weken na het gesprek legt de huisarts de uitkomsten vast in de PZP-module van het HIS.
c. Binnen 1 werkdag daarna stuurt de praktijk een professionele samenvatting naar de Huisartsenpost Zeeland.
d. De wijkverpleging krijgt binnen 5 werkdagen een kopie via beveiligde e-mail.
e. Het formulier "Mijn wensen" ligt bij de patiënt thuis in de zorgmap.
f. De afspraken worden herzien bij elke belangrijke verandering en minimaal elke 3 maanden.

# 5. Afspraken per gemeente

Vlissingen en Middelburg:
• PaTz-groep Walcheren start op 5 maart 2026; trekkers zijn huisarts Joost Meulmeester en wijkverpleegkundige Esra
Kaya.
• Doel voor 2026: 120 vastgelegde PZP-gesprekken.

Goes en Kapelle:
• De 8 praktijken in Goes en Kapelle gebruiken vanaf 1 april 2026 het regionale formulier "Mijn wensen".
• De wijkteams van Zorggroep Oosterschelde plannen standaard een voorbereidend huisbezoek.

Terneuzen en Hulst:
• De start is uitgesteld van april naar september 2026. Twee van de vijf praktijken stappen in juni 2026 over op
een nieuw HIS, en de vacature voor wijkverpleegkundige palliatieve zorg is nog niet vervuld.
• In de tussentijd is er op 16 april 2026 een scholing "Gesprekken over het levenseinde" in Terneuzen.

Schouwen-Duiveland:
• Vast aanspreekpunt is POH Linda de Ruijter van Huisartsenpraktijk Zierikzee (fictief).
• Proef met een PZP-spreekuur op dinsdagmiddag, met 6 plekken per week, van maart tot en met augustus 2026.

Reimerswaal:
• Nog geen afspraken; de huisartsen bespreken de werkafspraken eerst in hun HAGRO-overleg van 10 maart 2026.

# 5. Huisartsenpost, nachtzorg en consultatie

De Huisartsenpost Zeeland (fictief) is bereikbaar op 0118-000 300 (FICTIEF) op werkdagen van 17.00 tot 8.00 uur en
in het weekend en op feestdagen. Medewerkers van de huisartsenpost vragen de praktijken vooral de
professionele samenvatting bij te werken zodra de afspraken veranderen.

De Palliatieve Nachtverpleging Zeeland (fictief) komt tussen 22.00 en 7.00 uur bij palliatieve patiënten thuis. Deze
dienst kan alleen worden ingeschakeld via de huisartsenpost; er is geen rechtstreeks nummer voor patiënten,
mantelzorgers of de wijkverpleging. In 2025 is de nachtverpleging 134 keer ingezet.

Het Consultatieteam Palliatieve Zorg Zeeland (fictief) is 24 uur per dag en 7 dagen per week bereikbaar voor
zorgverleners op 0118-000 150 (FICTIEF). Het team adviseert en neemt de zorg niet over.

# 7. Scholing

De scholing "PZP in de praktijk" bestaat uit een e-learning van 2 uur en een bijeenkomst van 3 uur met oefenen
met een trainingsacteur. Data in 2026: 12 maart in Middelburg, 16 april in Terneuzen en 28 mei in Zierikzee.
Per bijeenkomst is plaats voor 24 deelnemers. Voor huisartsen is accreditatie aangevraagd (3 punten).
Aanmelden kan via de [scholingsagenda op de website](https://www.palliatiefzeeland.example/scholing/pzp)De
werkgroep PZP vraagt deelnemers zich uiterlijk twee weken vóór de bijeenkomst aan te melden.

# 8. Vervolg en actiepunten

➔ Mirjam Lievense stuurt het regionale formulier "Mijn wensen" vóór 15 februari 2026 naar alle praktijken en
wijkteams.
➔ Pieter Sinke, manager van de Huisartsenpost Zeeland, onderzoekt met de ICT-leverancier of de wijkverpleging de
professionele samenvatting kan inzien. Terugkoppeling vóór 1 juni 2026.
➔ Hanneke Boogaard en Rianne Verhulst evalueren de werkafspraken op de tweede netwerkbijeenkomst, op donderdag
24 september 2026 in Middelburg.
➔ Het netwerk meet eind 2026 opnieuw bij hoeveel overleden patiënten een PZP-gesprek was vastgelegd; het
doel is 60%.

Presentaties van de avond: (link)

Vragen over dit verslag: Mirjam Lievense, netwerkcoördinator, pzp@palliatiefzeeland.example, 0118-000 212
(FICTIEF), bereikbaar op maandag, dinsdag en donderdag.

@url https://www.palliatiefzeeland.example/pzp
@url https://www.palliatiefzeeland.example/scholing/pzp
@url https://www.palliatiefzeeland.example/pzp
""",
}


# --------------------------------------------------------------------------------------------------
# 2. Projectplan migratieachtergrond West-Brabant (typo headings, label lines, wide table, appendices)
# --------------------------------------------------------------------------------------------------
DOC2: Spec = {
    "nr": 2,
    "kind": "writer",
    "title": "Projectplan Palliatieve zorg in de wijk voor mensen met een migratieachtergrond West-Brabant",
    "meta": {
        "id": "projectplan-wijk-migratieachtergrond-west-brabant-2026",
        "title": "Projectplan Palliatieve zorg in de wijk voor mensen met een migratieachtergrond – West-Brabant 2026–2028",
        "doc_type": "overig",
        "target_groups": ["migratieachtergrond"],
        "regions": ["west-brabant"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/west-brabant/projectplan-wijk-migratieachtergrond",
        "published": "2025-12-10",
        "review_date": "2027-12-10",
        "version": "1.1",
        "fictional": True,
    },
    "font": "Carlito",
    "size": 11,
    "headings": "typo",
    "h1_size": 13,
    "h2_size": 11.5,
    "title_size": 17,
    "accent": "#2E6B30",
    "justify": True,
    "header": "Projectplan Palliatieve zorg in de wijk – migratieachtergrond | versie 1.1 | december 2025",
    "footer": "{page}",
    "footer_align": "end",
    "body": """
= Projectplan "Palliatieve zorg in de wijk voor mensen met een
= migratieachtergrond" – Netwerk Palliatieve Zorg West-Brabant

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

@lines
Versie: 1.1 (definitief, vastgesteld door de stuurgroep op 10 december 2025)
Opdrachtgever: stuurgroep Netwerk Palliatieve Zorg West-Brabant
Projectleider: Samira Ouali, verpleegkundige en coördinator diversiteit
Looptijd: 1 februari 2026 – 31 januari 2028 (24 maanden)

# 1. Samenvatting

Titel: Palliatieve zorg in de wijk voor mensen met een migratieachtergrond

Beschrijving:

Mensen met een migratieachtergrond maken in West-Brabant weinig gebruik van palliatieve zorg buiten de familie.
Het project zet in drie wijken getrainde sleutelpersonen in: bewoners uit de eigen gemeenschap die de weg kennen
naar de huisarts, de wijkverpleging, de VPTZ en het hospice, en die andersom zorgverleners helpen de wensen
van families te begrijpen. De projectwijken zijn Breda-Noord en Hoge Vucht (Breda), De Slotjes (Oosterhout) en
Etten-Leur Noord.

Doelstellingen:
1. Eind 2027 kent ten minste 75% van de wijkverpleegkundigen in de projectwijken een sleutelpersoon bij naam
(nulmeting november 2025: 18%).
2. Er zijn 16 sleutelpersonen getraind: 8 in Breda, 4 in Oosterhout en 4 in Etten-Leur.
3. Het aantal palliatieve patiënten met een migratieachtergrond dat VPTZ of een hospice inzet stijgt van 6 (2025)
naar 20 per jaar.
4. Er zijn elk jaar 4 voorlichtingsbijeenkomsten in een moskee, kerk of buurthuis.

Uitgangsvraag:

Hoe zorgen we ervoor dat mensen met een migratieachtergrond en hun naasten in de palliatieve fase de zorg en
ondersteuning in hun eigen wijk kennen en gebruiken?

# 2. Aanleiding

In de projectwijken heeft 41% van de 65-plussers een migratieachtergrond, vooral Turks, Marokkaans, Surinaams en
Antilliaans. Van de 394 mensen die in 2025 in de vijf hospices van West-Brabant werden opgenomen, hadden er 7 een
niet-westerse migratieachtergrond (1,8%). Uit gesprekken met families en zorgverleners komen vier redenen naar
voren: onbekendheid met het aanbod, taalproblemen, het idee dat zorgen voor een ouder een plicht van de familie is,
en het beeld dat een hospice een plek is waar je iemand "wegbrengt". Zie ook Bijlage 1.

# 3. Sleutelpersonen

Een sleutelpersoon is een vrijwilliger uit de wijk die de taal en de gewoonten van de eigen gemeenschap kent. Hij of
zij geeft voorlichting, begeleidt families naar zorg en is aanspreekpunt voor het wijkteam. Een sleutelpersoon geeft
geen zorg en neemt geen beslissingen namens de familie.

Selectiecriteria:
▪ spreekt Nederlands en ten minste één andere taal die in de wijk veel wordt gesproken;
▪ heeft een eigen netwerk in de gemeenschap (moskee, kerk, vereniging);
▪ is minimaal 4 uur per maand beschikbaar;
▪ heeft een verklaring omtrent het gedrag (VOG).

Sleutelpersonen krijgen een vrijwilligersvergoeding van € 35 per inzet, met een maximum van € 840 per jaar.

Training (5 dagdelen, gegeven door VPTZ West-Brabant (fictief) samen met de GGD West-Brabant (fictief)):
• dagdeel 1 en 2: wat is palliatieve zorg?
  o wie doet wat: huisarts, wijkverpleging, VPTZ, hospice;
  o de rol van de sleutelpersoon en de grenzen daarvan;
• dagdeel 3: praten over ziekte en sterven in de eigen taal;
• dagdeel 4: rouw, rituelen en geloof;
• dagdeel 5: zorgen voor jezelf, privacy en meelopen met een wijkverpleegkundige.

Plan per wijk:

Breda-Noord en Hoge Vucht:
• 8 sleutelpersonen: 3 Turkstalig, 3 Arabisch- of Tamazightstalig en 2 Papiamentstalig.
• Vaste koppeling met wijkteam Noord van Thuiszorg De Baronie (fictief).
• Werving start in februari 2026 via twee moskeeën en de Antilliaanse vereniging.

Oosterhout (De Slotjes):
• 4 sleutelpersonen, vooral uit de Turkse en de Molukse gemeenschap.
• Voorlichting samen met de Molukse kerk en het buurthuis.

Etten-Leur Noord:
• 4 sleutelpersonen.
• De start is uitgesteld van april naar september 2026: buurthuis De Linde (fictief) wordt tot de zomer
verbouwd en de gemeente besluit pas in juni 2026 over haar bijdrage.

# 5. Aanpak en werkvormen

@table 3.8,5.2,3.5,3.5
| Werkvorm en doel | Acties | Betrokkenen | Resultaat
| Voorlichting in de gemeenschap – bekendheid van palliatieve zorg vergroten | 4 bijeenkomsten per jaar in moskee, kerk of buurthuis, met tolk; thema's: ziek zijn, zorg thuis, hospice | sleutelpersonen, VPTZ, huisarts uit de wijk | 8 bijeenkomsten en 240 bezoekers in twee jaar
| Scholing zorgverleners – cultuursensitief werken | 2 bijeenkomsten per jaar en een e-learning van 90 minuten | wijkverpleging, POH, hospicevrijwilligers | 80 zorgverleners geschoold
| Koppeling sleutelpersoon en wijkteam – warme overdracht | maandelijks wijkoverleg; sleutelpersoon gaat mee bij een eerste huisbezoek als de familie dat wil | sleutelpersonen, wijkverpleegkundigen | per wijk een vaste koppeling, vastgelegd in een werkafspraak
| Materiaal en vertaling – informatie in de eigen taal | folder "Zorg in de laatste levensfase" vertalen en als audio inspreken | projectleider, vertaalbureau, native speakers | folder in het Turks, Arabisch, Papiaments en Pools

# 6. Organisatie en rollen

Projectleider is Samira Ouali (16 uur per week). Zij legt verantwoording af aan de stuurgroep, die vier keer per
jaar vergadert. De projectgroep bestaat uit:

- Karin Dekkers, coördinator VPTZ West-Brabant – werving, training en begeleiding van sleutelpersonen;
- Ahmet Yıldız, huisarts in Breda-Noord – medisch adviseur;
- Lisette van Baal, epidemioloog GGD West-Brabant – nulmeting, tussenmeting en eindevaluatie;
- Mohamed Amrani, geestelijk verzorger – contacten met moskeeën en rituelen rond sterven;
- Ria Snijders, wijkverpleegkundige Thuiszorg De Baronie – koppeling met de wijkteams.

# 7. Begroting

@table 6.2,3.2,3.2,3.4
| Post | 2026 | 2027 | Totaal
| Projectleider (16 uur per week) | € 38.400 | € 39.600 | € 78.000
| Vergoedingen sleutelpersonen | € 8.400 | € 13.440 | € 21.840
| Training sleutelpersonen | € 6.500 | € 2.000 | € 8.500
| Tolken en vertalingen | € 7.200 | € 3.800 | € 11.000
| Voorlichtingsbijeenkomsten (zaalhuur, catering) | € 3.200 | € 3.200 | € 6.400
| Evaluatie GGD | € 2.500 | € 5.000 | € 7.500
| Onvoorzien | € 2.000 | € 2.000 | € 4.000
| Totaal | € 68.200 | € 69.040 | € 137.240

Dekking: € 90.000 uit het (fictieve) Brabants Fonds Zorgzame Wijken (aangevraagd; besluit verwacht in maart 2026),
€ 25.000 van de gemeente Breda (toegezegd) en € 22.240 eigen bijdrage van het netwerk.

# 8. Planning

@table 4.5,11.5
| Periode | Activiteiten
| februari – maart 2026 | Fase 1: werving sleutelpersonen in Breda en Oosterhout; nulmeting door de GGD
| april – juni 2026 | Fase 2: training sleutelpersonen (5 dagdelen); eerste voorlichtingsbijeenkomst op 21 mei 2026 in Breda
| juli – augustus 2026 | zomerstop; vertaling en audioversie van de folder
| september – december 2026 | Fase 3: start Etten-Leur; koppeling aan de wijkteams; 2 scholingen voor zorgverleners
| januari – juni 2027 | Fase 4: uitvoering; tussenmeting in maart 2027
| juli 2027 – januari 2028 | Fase 5: borging en eindevaluatie; eindrapport uiterlijk 31 januari 2028

# 8. Risico's en maatregelen

• Sleutelpersonen haken af. Maatregel: een reservelijst van 4 kandidaten en intervisie elke 8 weken.
• Het fonds wijst de aanvraag af. Maatregel: een afgeslankte versie van het project, alleen in Breda.
• Families ervaren de sleutelpersoon als bemoeizuchtig. Maatregel: de sleutelpersoon komt alleen op verzoek van
de familie of met haar toestemming.

# 9. Communicatie

Meer informatie over het project staat [op de website van het netwerk](https://www.palliatiefwestbrabant.example/wijk)De
projectleider schrijft elk kwartaal een bericht voor de nieuwsbrief. Contact: Samira Ouali,
diversiteit@palliatiefwestbrabant.example, 076-000 481 (FICTIEF), bereikbaar op maandag, woensdag en vrijdag.


# Bijlage 1: resultaten enquête onder wijkverpleegkundigen (november 2025)

De enquête is uitgezet onder 112 wijkverpleegkundigen in de drie projectwijken; 57 hebben hem ingevuld (51%).

Vraag 1. Kent u een sleutelpersoon in uw wijk bij naam?

Ja: 18%. Nee: 82%.

Vraag 2. Hoe vaak gaf u in het afgelopen jaar palliatieve zorg aan iemand met een migratieachtergrond?

Nooit: 9%. Eén tot drie keer: 47%. Vaker dan drie keer: 44%.

Vraag 3. Wat belemmert u het meest? (meer antwoorden mogelijk)

Taal: 67%. De familie wil niet dat de patiënt alles hoort: 44%. Onbekendheid met rituelen: 39%. Geen tijd voor
een tolk: 21%.

Vraag 4. Welke ondersteuning wilt u het liefst?

Een telefonische tolk die snel beschikbaar is (71%), een vaste sleutelpersoon (58%) en vertaalde folders (49%).

# Bijlage 2: verwant project "Buurtgenoten bij het sterfbed" (Midden-Brabant)

In Tilburg liep van 2023 tot en met 2025 een vergelijkbaar project met 12 sleutelpersonen. Belangrijkste lessen:
begin bij de wijkverpleging en niet bij het hospice; geef sleutelpersonen een vaste contactpersoon; en plan
voorlichting niet in de ramadan. Het eindverslag is op te vragen bij het netwerk (link).

@url https://www.palliatiefwestbrabant.example/wijk
@url https://www.palliatiefwestbrabant.example/wijk
""",
}


# --------------------------------------------------------------------------------------------------
# 3. Evaluatie (dia's) straatdokter en palliatief team in de nachtopvang, Rotterdam
# --------------------------------------------------------------------------------------------------
DOC3: Spec = {
    "nr": 3,
    "kind": "slides",
    "fffd": True,
    "title": "Evaluatie straatdokter en palliatief team in de nachtopvang Rotterdam 2025",
    "meta": {
        "id": "evaluatie-straatdokter-nachtopvang-rotterdam-2025",
        "title": "Evaluatie inzet straatdokter en palliatief team in de nachtopvang – Rotterdam, pilot 2025",
        "doc_type": "verslag",
        "target_groups": ["dak-en-thuisloos"],
        "regions": ["rotterdam"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/rotterdam/evaluatie-straatdokter-nachtopvang-2025",
        "published": "2026-02-18",
        "review_date": "2027-02-18",
        "fictional": True,
    },
    "accent": "#8A3B12",
    "footer": "Evaluatie straatdokter & palliatief team nachtopvang – Rotterdam – februari 2026 | {n} / {total}",
    "slides": [
        {
            "title": "Evaluatie pilot 2025: straatdokter en palliatief team in de nachtopvang",
            "title_size": 23,
            "boxes": [
                {"rect": (1.0, 2.8, 13.4, 11.8), "size": 13, "text": """
                 Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg
                 ## Opzet van de pilot
                 ■ Looptijd: 1 januari t/m 31 december 2025
                 ■ Locaties: nachtopvang De Havenpoort (fictief, 64 bedden) en nachtopvang Het Baken (fictief, 38 bedden)
                 ■ Straatdokter: spreekuur op maandag- en donderdagavond van 19.00 tot 21.00 uur in De Havenpoort
                 ■ Palliatief team: verpleegkundige palliatieve zorg, specialist ouderengeneeskunde en maatschappelijk werker; inloop elke woensdag 18.30 – 20.30 uur
                 ■ Ziekenkamer met 4 bedden in De Havenpoort, overdag open van 9.00 tot 17.00 uur
                 ■ Projectleider: Bram Verschoor, coördinator medische zorg dak- en thuislozen
                 """},
                {"rect": (14.9, 2.8, 12.1, 11.8), "fill": "#F6E8DF", "size": 13, "text": """
                 ## Waarom deze pilot?
                 ✓ In 2024 overleden in Rotterdam 23 dak- en thuisloze mensen; 15 van hen niet in een zorgomgeving
                 ✓ Gemiddelde leeftijd bij overlijden: 54 jaar
                 ✓ De palliatieve fase werd bijna nooit op tijd herkend
                 ✓ Medewerkers van de nachtopvang wisten niet wie ze ’s nachts konden bellen
                 ## Financiering
                 ✓ € 118.000 van de gemeente Rotterdam (fictief bedrag) en € 22.000 van Zorgfonds Maasstad (fictief)
                 """},
            ],
        },
        {
            "title": "Resultaten in cijfers (1 januari – 31 december 2025)",
            "boxes": [
                {"rect": (1.0, 2.9, 6.0, 3.1), "fill": "#F6E8DF", "size": 13, "align": "center", "text": "#BIG 312\nconsulten van de straatdokter"},
                {"rect": (7.5, 2.9, 6.0, 3.1), "fill": "#F6E8DF", "size": 13, "align": "center", "text": "#BIG 41\nbewoners bij het palliatief team"},
                {"rect": (14.0, 2.9, 6.0, 3.1), "fill": "#F6E8DF", "size": 13, "align": "center", "text": "#BIG 27\nPZP-gesprekken gevoerd"},
                {"rect": (20.5, 2.9, 6.5, 3.1), "fill": "#F6E8DF", "size": 13, "align": "center", "text": "#BIG 6 dagen\nvan signalering tot eerste gesprek"},
                {"rect": (1.0, 6.5, 12.8, 8.0), "size": 13, "text": """
                 ## Wie werden gezien? (41 bewoners)
                 ■ 83% man; mediane leeftijd 57 jaar
                 ■ 68% heeft een verslaving, 44% een psychiatrische aandoening
                 ■ 12 bewoners hadden bij de start geen zorgverzekering; voor 9 van hen is dat tijdens de pilot geregeld
                 ■ Bij 19 bewoners werd de palliatieve fase vastgesteld
                 """},
                {"rect": (14.3, 6.5, 12.7, 8.0), "size": 13, "text": """
                 ## Waar overleden zij? (11 overleden)
                 ➢ 5 in een hospice, van wie 3 in Hospice De Vuurtoren (fictief)
                 ➢ 2 in het ziekenhuis
                 ➢ 2 in de ziekenkamer van de nachtopvang
                 ➢ 1 in een verpleeghuis
                 ➢ 1 op straat
                 Gemiddelde wachttijd voor een hospicebed: 3 dagen
                 """},
            ],
        },
        {
            "title": "Wat werkte en wat niet?",
            "boxes": [
                {"rect": (1.0, 2.8, 12.8, 8.6), "size": 13, "text": """
                 ## Wat werkte
                 ✓ Vaste gezichten: bewoners kenden ‘de dokter van maandag’
                 ✓ De ziekenkamer als rustplek overdag
                 ✓ Korte lijnen met het hospice: opname binnen gemiddeld 3 dagen
                 ✓ Maatschappelijk werk regelde verzekering, ID-bewijs en contact met familie
                 ✓ Teamoverleg nachtopvang en palliatief team eens per 2 weken
                 """},
                {"rect": (14.2, 2.8, 12.8, 8.6), "size": 13, "text": """
                 ## Knelpunten
                 ■ De nachtopvang sluit om 9.00 uur; zieke bewoners moeten overdag de straat op als de ziekenkamer vol is
                 ■ Geen veilige opslag voor medicatie; kluisjes pas sinds oktober 2025
                 ■ ’s Nachts geen arts in huis en de straatdokter is ’s nachts niet bereikbaar
                 ■ Medewerkers voelen zich niet toegerust bij een overlijden in de opvang
                 """},
                {"rect": (3.0, 11.8, 22, 2.4), "fill": "#F6E8DF", "size": 14, "align": "center", "text": """
                 “Hier zeggen ze tenminste niet dat ik eerst moet afkicken voordat ik mag sterven.”
                 – bewoner van De Havenpoort, 61 jaar
                 """},
            ],
        },
        {
            "title": "Hoe verder in 2026? – en wie bel je wanneer?",
            "boxes": [
                {"rect": (1.0, 2.8, 14.4, 11.8), "size": 12.5, "text": """
                 ➢ De pilot is verlengd tot en met 31 december 2026 (besluit gemeente van 20 januari 2026)
                 ➢ Uitbreiding van het palliatief team naar Het Baken is uitgesteld van 1 maart naar 1 september 2026: de verbouwing van de ziekenkamer loopt vertraging op en er is nog geen tweede verpleegkundige gevonden
                 ➢ De ziekenkamer in De Havenpoort gaat vanaf 1 mei 2026 ook in het weekend open
                 ➢ Scholing ‘Sterven in de opvang’ voor medewerkers: 3 bijeenkomsten (maart, juni en oktober 2026)
                 ➢ Eindevaluatie door Hogeschool Maasstad (fictief), rapport in januari 2027
                 ➢ Volledig evaluatierapport: (link)
                 https://www.daklozenzorgrotterdam.example/evaluatie-2025
                 """},
                {"rect": (15.9, 2.8, 11.1, 11.8), "fill": "#F6E8DF", "size": 12, "text": """
                 ## Bereikbaarheid
                 → Straatdokter: 010-000 455 (FICTIEF), ma t/m vr 9.00 – 17.00 uur
                 → Palliatief team nachtopvang: 010-000 462 (FICTIEF), ma t/m vr 8.30 – 17.00 uur, voor medewerkers van de opvang en zorgverleners
                 → ’s Avonds, ’s nachts en in het weekend is de dienstdoende arts van het palliatief team alleen bereikbaar via de huisartsenpost: HAP Rotterdam, 010-000 400 (FICTIEF). De HAP schakelt zo nodig de palliatieve achterwacht in; er is geen rechtstreeks nummer.
                 → Projectleider Bram Verschoor: b.verschoor@daklozenzorgrotterdam.example
                 https://www.daklozenzorgrotterdam.example/straatdokter
                 """},
            ],
        },
    ],
}


# --------------------------------------------------------------------------------------------------
# 4. Werkinstructie (Word) – waken in de stervensfase bij mensen met dementie
# --------------------------------------------------------------------------------------------------
def _add_page_field(paragraph: Any) -> None:
    """Insert a PAGE field (Word computes it when the document is opened or printed)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def _table(d: Any, rows: list[tuple[str, ...]]) -> None:
    """Add a grid table with a bold header row, followed by an empty paragraph."""
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.text = val
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph("")


def build_doc4(path: Path) -> None:
    """Build the Word werkinstructie with python-docx (Heading 1/2 styles, tables, lists)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    cp = d.core_properties
    cp.title = "Werkinstructie waken in de stervensfase bij mensen met dementie"
    cp.author = "Hospice De Merwehoeve en VPTZ Drechtsteden (fictief)"
    cp.subject = "Voorbeelddocument – fictieve inhoud"
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Werkinstructie W-12 Waken bij dementie – versie 2.0 – maart 2026"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Voorbeelddocument – fictieve inhoud | pagina "
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_page_field(fp)
    d.styles["Normal"].font.size = Pt(10.5)

    def p(text: str, style: str | None = None, bold_prefix: str | None = None) -> Any:
        para = d.add_paragraph(style=style)
        if bold_prefix:
            para.add_run(bold_prefix).bold = True
        para.add_run(text)
        return para

    def bullets(items: list[str], style: str = "List Bullet") -> None:
        for it in items:
            p(it, style)

    d.add_paragraph("Werkinstructie: waken in de stervensfase bij mensen met dementie – voor hospicevrijwilligers", style="Title")
    p(BANNER)
    p("Versie 2.0, 1 maart 2026. Vervangt versie 1.3 uit 2022. Opgesteld door Ellen van Wijk (coördinator vrijwilligers "
      "Hospice De Merwehoeve, Dordrecht) en Jaap Stam (geestelijk verzorger), met zes vrijwilligers en de "
      "verpleegkundigen van het hospice. Vastgesteld door het MT op 17 februari 2026. Volgende herziening: maart 2028.",
      bold_prefix="Status: ")

    d.add_heading("1 Doel en voor wie", level=1)
    p("Deze werkinstructie is voor vrijwilligers van Hospice De Merwehoeve (fictief) en van VPTZ Drechtsteden (fictief) "
      "die waken bij mensen met dementie in de laatste dagen van hun leven, in het hospice of thuis. Waken betekent: "
      "aanwezig zijn, rust geven, observeren en op tijd de verpleegkundige waarschuwen. Vrijwilligers voeren geen "
      "verpleegkundige handelingen uit, geven geen medicatie en vullen geen pijnscorelijsten in.")
    p("In 2025 waakten vrijwilligers 218 nachten in het hospice en 96 nachten thuis. Bij 41% van de gasten in het hospice "
      "was sprake van dementie.")

    d.add_heading("2 Diensten en afspraken", level=1)
    bullets([
        "Avonddienst: 19.00 – 23.00 uur. Nachtdienst: 23.00 – 7.00 uur.",
        "Een vrijwilliger draait maximaal 2 nachtdiensten per week en nooit 2 nachten achter elkaar.",
        "Je eerste 3 nachtdiensten bij iemand met dementie doe je samen met een ervaren vrijwilliger (buddy).",
        "Voordat je bij iemand met dementie waakt, heb je de basiscursus (6 avonden) en de module 'Dementie en waken' (2 dagdelen) gevolgd.",
        "Ziekmelden voor een nachtdienst uiterlijk om 14.00 uur dezelfde dag bij de coördinator; daarna bij de dienstdoende verpleegkundige.",
        "Thuis waken: je werkt volgens de afspraken in de zorgmap en de mantelzorger blijft eindverantwoordelijk in huis.",
    ])

    d.add_heading("3 Voor je dienst begint", level=1)
    p("De dienstdoende verpleegkundige geeft je een overdracht van ongeveer 10 minuten. Thuis doet de wijkverpleegkundige "
      "of de mantelzorger dat. Vraag in elk geval naar:")
    bullets([
        "het levensverhaal-formulier 'Dit ben ik': gewoonten, namen van familie, wat rust geeft (muziek, aanraking, licht aan of uit);",
        "hoe deze persoon pijn of angst laat merken;",
        "de bel-afspraak met de familie (zie hoofdstuk 6);",
        "wie de dienstdoende verpleegkundige is en hoe je haar bereikt;",
        "wat je moet doen als de persoon wil opstaan.",
    ], style="List Number")

    d.add_heading("4 Signalen in de stervensfase", level=1)
    d.add_heading("4.1 Wat zie je en wat doe je?", level=2)
    _table(d, [
        ("Signaal", "Wat zie of hoor je?", "Wat doe je?"),
        ("Onrust", "Plukken aan de dekens, steeds willen opstaan, roepen", "Blijf rustig, praat zacht, noem je naam. Niet vastpakken of fixeren. Meld het aan de verpleegkundige."),
        ("Pijnsignalen", "Grimassen, kreunen bij aanraking, afweren bij verzorgen", "Meld het direct aan de verpleegkundige; zij observeert met de PAINAD."),
        ("Veranderde ademhaling", "Pauzes in de ademhaling, rochelen", "Dit hoort vaak bij de stervensfase. Meld het; verander de houding alleen in overleg."),
        ("Koude, vlekkerige handen en voeten", "Blauwpaarse vlekken, koude huid", "Hoort bij het sterven. Een lichte deken mag; geen kruik."),
        ("Droge mond", "Open mond, droge lippen", "Mondverzorging alleen zoals de verpleegkundige heeft voorgedaan."),
        ("Angst", "Grote ogen, vastklampen, roepen om moeder", "Blijf bij de persoon, hand vasthouden als dat prettig is, vertrouwde muziek."),
    ])
    d.add_heading("4.2 Wanneer bel je direct de verpleegkundige?", level=2)
    bullets([
        "bij nieuwe of toenemende pijnsignalen;",
        "als de persoon valt of uit bed probeert te klimmen;",
        "bij benauwdheid of paniek;",
        "bij een insult (trekkingen);",
        "als je denkt dat de persoon is overleden.",
    ])

    d.add_heading("5 Contact maken bij dementie", level=1)
    bullets([
        "Kom van de voorkant, zodat de persoon je ziet aankomen; zeg wie je bent, ook als je er al een uur zit.",
        "Raak eerst de hand of onderarm aan, niet het gezicht.",
        "Gebruik korte zinnen en stel geen vragen die het geheugen toetsen ('Weet u nog...?').",
        "Zet de afspeellijst van de familie aan als die er is; houd het volume laag.",
        "Ga niet in discussie als de persoon iets zegt wat niet klopt; sluit aan bij het gevoel.",
    ])

    d.add_heading("6 Naasten en de bel-afspraak", level=1)
    p("Bij opname spreekt de verpleegkundige met de familie af of zij 's nachts gebeld willen worden. Dit staat als code in "
      "het dossier en op het overdrachtsblad:")
    bullets([
        "Code A – altijd bellen, ook bij kleine veranderingen.",
        "Code B – alleen bellen als de toestand duidelijk achteruitgaat of bij overlijden.",
        "Code C – niet 's nachts bellen; de verpleegkundige belt om 7.00 uur.",
    ])
    p("De vrijwilliger belt de familie nooit zelf; dat doet de verpleegkundige. Schrijf in het waakschrift wat je hebt gezien "
      "en gedaan; familie leest daar de volgende ochtend in.")

    d.add_heading("7 Wie bel je wanneer?", level=1)
    _table(d, [
        ("Situatie", "Wie", "Bereikbaar"),
        ("Verandering in toestand, pijn, onrust of overlijden in het hospice", "Dienstdoende verpleegkundige Hospice De Merwehoeve", "24/7 via 078-000 610 (FICTIEF) of de pieper"),
        ("Verandering in toestand thuis", "Wijkverpleging (nummer staat in de zorgmap)", "24/7; 's nachts het nachtteam van de wijkverpleging"),
        ("Arts nodig buiten kantoortijd", "Huisartsenpost Dordrecht (fictief)", "Alleen via de verpleegkundige of, thuis, via de mantelzorger of wijkverpleegkundige; vrijwilligers bellen de huisartsenpost niet zelf"),
        ("Rooster, ruilen, ziekmelden", "Ellen van Wijk, coördinator vrijwilligers", "Ma t/m vr 9.00 – 16.00 uur, 078-000 615 (FICTIEF)"),
        ("Nagesprek na een zware dienst", "Jaap Stam, geestelijk verzorger", "Binnen 72 uur, via de coördinator of vrijwilligers@merwehoeve.example"),
    ])

    d.add_heading("8 Als de persoon overlijdt", level=1)
    bullets([
        "Noteer het tijdstip.",
        "Bel direct de dienstdoende verpleegkundige (thuis: de wijkverpleging). De vrijwilliger stelt het overlijden niet vast; dat doet de arts.",
        "Verander niets aan het bed voordat de verpleegkundige er is. Ogen sluiten en een raam openzetten mag, als de familie dat wil.",
        "Blijf bij de familie als die aanwezig is, of wacht in de huiskamer.",
        "Schrijf kort in het waakschrift wat er is gebeurd.",
        "De coördinator neemt binnen 24 uur contact met je op en biedt een nagesprek aan.",
    ], style="List Number")

    d.add_heading("9 Zorg voor jezelf", level=1)
    p("Waken bij iemand met dementie kan zwaar zijn, zeker bij onrust. Vrijwilligers hebben elke 6 weken intervisie, op "
      "dinsdagavond om 19.30 uur in het hospice. Na 5 waakdiensten binnen een maand plant de coördinator een "
      "evaluatiegesprek.")
    p("Meer informatie en de module 'Dementie en waken' staan op de vrijwilligerspagina (link):")
    p("https://www.merwehoeve.example/vrijwilligers/waken")
    p("https://www.merwehoeve.example/vrijwilligers/waken")
    d.save(str(path))


DOC4: Spec = {
    "nr": 4,
    "kind": "docx",
    "build": build_doc4,
    "meta": {
        "id": "werkinstructie-waken-dementie-vrijwilligers",
        "title": "Werkinstructie waken in de stervensfase bij mensen met dementie – voor hospicevrijwilligers",
        "doc_type": "overig",
        "target_groups": ["dementie"],
        "regions": ["dordrecht-gorinchem"],
        "audience": "vrijwilliger",
        "source_url": "https://kennisbank.example/werkinstructies/waken-dementie-vrijwilligers",
        "published": "2026-03-01",
        "review_date": "2028-03-01",
        "version": "2.0",
        "fictional": True,
    },
}


# --------------------------------------------------------------------------------------------------
# 5. Notulen consortiumoverleg Zuid-Hollandse Eilanden (double-spaced extraction)
# --------------------------------------------------------------------------------------------------
DOC5: Spec = {
    "nr": 5,
    "kind": "writer",
    "title": "Notulen consortiumoverleg Palliatieve Zorg Zuid-Hollandse Eilanden 11 maart 2026",
    "meta": {
        "id": "notulen-consortiumoverleg-zhe-2026-03",
        "title": "Notulen consortiumoverleg Netwerk Palliatieve Zorg Zuid-Hollandse Eilanden (11 maart 2026): scholing, wachtlijsten en financiering hospicebedden",
        "doc_type": "verslag",
        "target_groups": ["algemeen"],
        "regions": ["zuid-hollandse-eilanden"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/zuid-hollandse-eilanden/notulen-consortium-2026-03-11",
        "published": "2026-03-25",
        "review_date": "2027-03-25",
        "fictional": True,
    },
    "font": "Carlito",
    "size": 11,
    "double": True,
    "wrap_chars": 86,
    "headings": "typo",
    "h1_size": 11.5,
    "accent": "#000000",
    "title_size": 13,
    "justify": False,
    "para_space": 0.1,
    "header": "Consortium Palliatieve Zorg Zuid-Hollandse Eilanden – notulen 11-03-2026",
    "footer": "pagina {page}",
    "body": """
= Notulen consortiumoverleg Netwerk Palliatieve Zorg Zuid-
= Hollandse Eilanden

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

@lines
Datum: woensdag 11 maart 2026, 13.30 – 16.00 uur
Locatie: Hospice De Vlasbloem (fictief), Sommelsdijk
Voorzitter: Gerard Mijnders, bestuurder Zorggroep De Eilanden (fictief)
Notulist: Ilse Koppejan, netwerkcoördinator

Aanwezig: Gerard Mijnders (voorzitter), Ilse Koppejan (netwerkcoördinator), Marjolein Tanis (coördinator Hospice De
Vlasbloem), Erik Boender (coördinator Hospice De Brielse Poort), Anouk Visser (coördinator Hospice De Korenschoof),
Willem de Jong (huisarts, kaderarts palliatieve zorg), Petra Groeneveld (manager wijkverpleging), Sandra Kool
(specialist ouderengeneeskunde, Zorgcentrum Waterland).

Afwezig met bericht: Hüseyin Demir (VPTZ Eilanden), Karin Moerman (zorgverzekeraar, adviseur zorginkoop).

# 1. Opening en vaststellen agenda

Gerard opent om 13.35 uur. Agendapunt 6 (jaarverslag 2025) wordt verplaatst naar het overleg van 10 juni
2026, omdat de cijfers van twee hospices nog niet compleet zijn.

# 2. Notulen van 10 december 2025

De notulen worden vastgesteld met één correctie: Hospice De Brielse Poort heeft 6 bedden en niet 5.

# 3. Wachtlijsten hospicebedden

Ilse presenteert de cijfers over 2025 en over januari en februari 2026. In de regio zijn 15 hospicebedden in
drie hospices en 3 palliatieve bedden in Zorgcentrum Waterland (fictief) in Spijkenisse.

Goeree-Overflakkee:
▪ Hospice De Vlasbloem (5 bedden): bezetting 91% in 2025.
▪ In januari en februari 2026 stonden gemiddeld 3 mensen op de wachtlijst; de wachttijd was gemiddeld 6 dagen.
▪ 4 mensen zijn in 2025 overleden voordat er een bed vrij was.

Voorne-Putten:
▪ Hospice De Brielse Poort (6 bedden): bezetting 84%, gemiddeld 2 wachtenden, wachttijd 4 dagen.
▪ Zorgcentrum Waterland: 3 palliatieve bedden, bezetting 67%.

Hoeksche Waard:
▪ Hospice De Korenschoof (4 bedden): bezetting 96%, wachttijd gemiddeld 9 dagen.
▪ In 2025 moesten 7 aanvragen worden afgewezen omdat het hospice vol was.

Willem merkt op dat huisartsen vaak niet weten dat er in Spijkenisse nog plek is. Besluit: vanaf 1 juni
2026 komt er één regionaal aanmeldpunt voor alle 18 bedden, ondergebracht bij het Transferpunt Eilanden
(fictief), bereikbaar op werkdagen van 8.30 tot 17.00 uur op 0187-000 520 (FICTIEF). Buiten die tijden meldt
de huisarts rechtstreeks bij het hospice aan. Ilse werkt de procedure uit vóór 15 mei 2026.

# 4. Financiering hospicebedden

Anouk licht de aanvraag toe om De Korenschoof uit te breiden van 4 naar 5 bedden. Het tekort per bed is ongeveer
€ 38.000 per jaar: het verschil tussen de vergoedingen en de werkelijke kosten. De Stichting Vrienden van De
Korenschoof (fictief) haalde in 2025 € 21.500 op.

Besluit: de uitbreiding wordt uitgesteld van 1 april 2026 naar 1 januari 2027. Redenen:

1. de zorgverzekeraar besluit pas in september 2026 over een meerjarenafspraak voor hospicezorg in de regio;
2. er is nog geen tweede verpleegkundige voor de nachtdienst;
3. de badkamer van de extra kamer moet eerst worden aangepast.

Het regiobudget van het consortium voor 2026 is € 12.000. Verdeling: € 5.000 scholing, € 4.000 voor het
regionale aanmeldpunt en € 3.000 communicatie. Marjolein vraagt of een deel naar fondsenwerving voor de
hospices kan; dat wordt afgewezen omdat het budget alleen voor regionale activiteiten is.

# 5. Scholing 2026

Petra presenteert het scholingsplan 2026. In 2025 volgden 64 zorgverleners de e-learning proactieve
zorgplanning en 38 verzorgenden de basiscursus.

• Basiscursus palliatieve zorg voor verzorgenden: 2 keer, op 14 april 2026 in Middelharnis en op 6 oktober
2026 in Spijkenisse, maximaal 20 deelnemers per keer.
• Module "Symptomen in de stervensfase" voor verpleegkundigen: 3 avonden in september 2026.
• Vrijwilligerstraining "Waken" (3 avonden) in Oud-Beijerland: uitgesteld van februari naar mei 2026, omdat
er maar 8 aanmeldingen waren (minimaal 12 nodig) en de trainer ziek was.
• Casuïstiekbespreking voor huisartsen en wijkverpleging: elk kwartaal, online.

Aanmelden gaat via de [agenda op de netwerkwebsite](https://www.palliatiefeilanden.example/agenda)Petra
vraagt de hospices de data ook in hun eigen nieuwsbrief te zetten.

# 5. Mededelingen

- De netwerkwebsite krijgt per 1 april 2026 een nieuw adres: www.palliatiefeilanden.example.
- Hospice De Brielse Poort zoekt 10 nieuwe vrijwilligers voor de nacht.
- Het netwerk doet mee aan de landelijke Week van de Palliatieve Zorg; op 9 oktober 2026 is er een
informatieavond in Oud-Beijerland.

# 7. Rondvraag

Sandra vraagt of de palliatieve bedden van Zorgcentrum Waterland ook in de regionale folder kunnen. Ilse
neemt dit mee in de nieuwe folder, die in juni 2026 verschijnt.

# 8. Actielijst

@table 1.6,8.0,3.6,2.8
| Nr | Actie | Wie | Wanneer
| 2026-05 | Procedure regionaal aanmeldpunt uitwerken | Ilse | 15 mei 2026
| 2026-06 | Gesprek met zorgverzekeraar over meerjarenafspraak | Gerard, Anouk | juni 2026
| 2026-07 | Werving tweede nachtverpleegkundige De Korenschoof | Anouk | 1 oktober 2026
| 2026-08 | Nieuwe datum vrijwilligerstraining "Waken" communiceren | Petra | 1 april 2026
| 2026-09 | Regionale folder met alle 18 bedden | Ilse | juni 2026

Volgende overleg: woensdag 10 juni 2026, 13.30 uur, Hospice De Brielse Poort in Brielle.

@url https://www.palliatiefeilanden.example/agenda
""",
}


# --------------------------------------------------------------------------------------------------
# 6. Factsheet verslaving en pijnbestrijding (methadon), Midden-Brabant
# --------------------------------------------------------------------------------------------------
DOC6: Spec = {
    "nr": 6,
    "kind": "writer",
    "title": "Factsheet consultatie bij verslaving en pijnbestrijding (methadon) Midden-Brabant",
    "meta": {
        "id": "factsheet-verslaving-pijn-methadon-midden-brabant",
        "title": "Factsheet: stappenplan consultatie bij verslaving en pijnbestrijding (methadon) in de palliatieve fase – Midden-Brabant",
        "doc_type": "consultatie",
        "target_groups": ["verslaving"],
        "regions": ["midden-brabant"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/midden-brabant/factsheet-verslaving-pijn-methadon",
        "published": "2026-03-10",
        "review_date": "2028-03-10",
        "version": "1.0",
        "fictional": True,
    },
    "font": "Liberation Sans",
    "size": 10,
    "headings": "typo",
    "h1_size": 15,
    "h2_size": 12,
    "title_size": 22,
    "accent": "#C0501F",
    "justify": False,
    "bold_labels": True,
    "header": "FACTSHEET | Netwerk Palliatieve Zorg Midden-Brabant | maart 2026",
    "header_align": "start",
    "footer": "Factsheet verslaving en pijn – p. {page}/{pages}",
    "body": """
= Factsheet
= Consultatie bij verslaving en pijnbestrijding (methadon) in de palliatieve fase

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

Voor huisartsen, wijkverpleegkundigen, hospices en verpleeghuizen in Midden-Brabant (Tilburg, Waalwijk, Dongen,
Oisterwijk, Goirle, Hilvarenbeek, Gilze en Rijen, Loon op Zand). Opgesteld door de werkgroep Verslaving en
palliatieve zorg. Deze factsheet geeft geen doseringen; die bepaalt altijd de voorschrijvend arts.

Uitgangsvraag:

Wie kan ik raadplegen als een patiënt in de palliatieve fase methadon gebruikt of een verslaving heeft, en pijn
heeft?

# Kernboodschappen

➔ Stop methadon nooit abrupt en pas het niet zelf aan; overleg altijd met de voorschrijvend arts.
➔ De onderhoudsbehandeling met methadon dekt de pijn meestal niet. Extra pijnbestrijding is vaak nodig; vraag
daarvoor advies aan het consultatieteam.
➔ Een verslaving is nooit een reden om pijnbestrijding te onthouden.
➔ Eén voorschrijver en één apotheek: leg vast wie dat zijn.

# Feiten en cijfers 2025

In 2025 kreeg het Consultatieteam Palliatieve Zorg Midden-Brabant (fictief) 410 consultvragen. Daarvan gingen er
24 (6%) over een patiënt met een verslaving, van wie 14 methadon gebruikten. De vragen kwamen van huisartsen (9),
hospices (8) en de wijkverpleging (7). Het team belde gemiddeld binnen 35 minuten terug.

# Stappenplan

Stap 1 – Breng de situatie in kaart (binnen 24 uur na start van de zorg of na opname)
• Welke middelen gebruikt de patiënt, ook alcohol, drugs en slaapmiddelen?
• Wie schrijft de methadon voor en welke apotheek verstrekt?
• Wat is het verstrekkingsritme (dagelijks, enkele keren per week of per week) en wanneer was de laatste
verstrekking?

Stap 2 – Neem contact op met de voorschrijver

Meestal is dat de verslavingsarts van Verslavingszorg Brabant Midden (fictief). Bespreek de palliatieve situatie en
vraag of de verstrekking kan worden aangepast, bijvoorbeeld levering aan huis of aan het hospice.

Stap 3 – Vraag een consult aan bij het consultatieteam

Het consultatieteam adviseert over pijnbestrijding naast methadon, over combinaties met andere middelen en over de
vraag of een hartfilmpje (ECG) zinvol is. Het team is 24/7 bereikbaar voor zorgverleners.

Stap 4 – Maak samen afspraken en leg ze vast
• één voorschrijver en één apotheek;
• wie de patiënt en de naasten informeert;
• wat er gebeurt bij gemiste verstrekking;
• de afspraken staan in het zorgdossier en in de overdracht naar de huisartsenpost.

Stap 5 – Bij opname in hospice of verpleeghuis

Stuur de afspraken mee en bel de apotheek van het hospice vóór de opname. Hospice De Kempenhof (fictief, 7 bedden)
in Tilburg neemt sinds 2024 mensen op die methadon gebruiken; er gelden huisregels over bezoek en middelengebruik.

Stap 6 – Evalueer binnen 48 uur

Let op signalen van onttrekking en van te veel. Bel bij twijfel dezelfde dag de arts.

Onttrekking:
- gapen, tranende ogen, loopneus;
- zweten, kippenvel, onrust;
- buikkramp en diarree.

Te veel:
- sufheid, moeilijk wekbaar;
- kleine pupillen;
- trage of oppervlakkige ademhaling (direct arts bellen).

# Bereikbaarheid

@table 4.0,4.3,3.4,4.3
| Wie | Voor welke vragen | Wanneer | Telefoon
| Consultatieteam Palliatieve Zorg Midden-Brabant | alle palliatieve vragen, ook pijn bij methadongebruik | 24/7, voor zorgverleners | 013-000 560 (FICTIEF)
| Verslavingsarts Verslavingszorg Brabant Midden | methadonbeleid, voorschrift en verstrekking | ma t/m vr 8.30 – 17.00 uur | 013-000 580 (FICTIEF)
| Achterwacht verslavingszorg | dringende vragen over verstrekking in de avond, nacht en het weekend | alleen via de huisartsenpost; geen rechtstreeks nummer | via HAP Tilburg (fictief): 013-000 590 (FICTIEF)
| Dienstapotheek Tilburg | levering buiten openingstijden | avond, nacht en weekend | 013-000 595 (FICTIEF)

E-mail (niet voor spoed): verslaving-palliatief@palliatiefmiddenbrabant.example. Antwoord binnen 2 werkdagen.

# Scholing

De avond "Verslaving en pijn in de palliatieve fase" is op dinsdag 9 juni 2026 van 16.00 tot 20.00 uur in
Tilburg, voor maximaal 30 deelnemers. Accreditatie is aangevraagd. Aanmelden vóór 26 mei 2026 via de
[website van het netwerk](https://www.palliatiefmiddenbrabant.example/scholing)De werkgroep deelt de
presentaties achteraf op de themapagina (link).

# Werkgroep

Femke Robben, verslavingsarts (voorzitter); Thijs Verbunt, openbaar apotheker; Nadia El Idrissi, verpleegkundig
consulent palliatieve zorg; Bas Pijnenburg, huisarts in Waalwijk; Yvonne Kuijpers, coördinator Hospice De
Kempenhof. Volgende herziening van deze factsheet: maart 2028.

# Bijlage 1: checklist overdracht bij verslaving

• Middelen en gebruik
  o methadon: voorschrijver, apotheek, verstrekkingsritme, laatste verstrekking
  o ander gebruik: alcohol, drugs, slaapmiddelen
• Afspraken
  o wie is aanspreekpunt voor de patiënt en de naasten
  o huisregels bij opname (bezoek, middelengebruik)
• Contact
  o nummer van de verslavingsarts en het consultatieteam
  o afspraak over de achterwacht buiten kantoortijd (via de huisartsenpost)

@url https://www.palliatiefmiddenbrabant.example/verslaving
@url https://www.palliatiefmiddenbrabant.example/scholing
""",
}


DOCS: list[Spec] = [DOC1, DOC2, DOC3, DOC4, DOC5, DOC6]
