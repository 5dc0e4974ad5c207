"""Documents 6-10 of the realistic test set (fictional content, Dutch)."""

# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path
from typing import Any

BANNER = "Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg"


# --------------------------------------------------------------------------------------------------
# 6. Handreiking (Word) – pijn en onrust bij NAH in het hospice
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


def build_doc6(path: Path) -> None:  # noqa: C901 - one linear document build
    """Build the Word handreiking with python-docx (real Heading 1/2 styles, tables, lists)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    cp = d.core_properties
    cp.title = "Handreiking pijn en onrust signaleren bij mensen met NAH in het hospice"
    cp.author = "Werkgroep NAH en palliatieve zorg (fictief)"
    cp.subject = "Voorbeelddocument – fictieve inhoud"
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Handreiking NAH – pijn en onrust in het hospice – versie 1.0, januari 2026"
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

    d.add_paragraph("Handreiking: pijn en onrust signaleren bij mensen met niet-aangeboren hersenletsel (NAH) in het hospice", style="Title")
    p(BANNER)
    p("Versie 1.0, januari 2026. Opgesteld door de werkgroep NAH en palliatieve zorg van het (fictieve) Kenniscentrum "
      "Hersenletsel Zuidwest, samen met verpleegkundigen en vrijwilligers uit vijf hospices. Herziening gepland in januari 2028.")

    d.add_heading("1 Inleiding", level=1)
    p("Mensen met niet-aangeboren hersenletsel (NAH) – na een beroerte (CVA), een ongeval, zuurstoftekort na een reanimatie, "
      "een hersenontsteking of een hersentumor – kunnen vaak niet goed zeggen dat ze pijn hebben. Pijn en onrust worden dan "
      "gemakkelijk gezien als 'lastig gedrag' of als 'hoort bij het hersenletsel'. In de vijf hospices van ons netwerk werden in "
      "2025 21 mensen met NAH opgenomen; bij 13 van hen was de communicatie ernstig beperkt.")
    p("Deze handreiking is bedoeld voor verpleegkundigen, verzorgenden, vrijwilligers en artsen in het hospice. Zij beschrijft "
      "welke signalen je kunt zien, welke observatie-instrumenten bruikbaar zijn en welke stappen het hospice zet. De handreiking "
      "gaat niet over medicatie; afspraken daarover maakt de behandelend arts.")

    d.add_heading("2 Waarom is signaleren bij NAH lastig?", level=1)
    bullets([
        "Afasie: de persoon begrijpt taal niet goed of kan zich niet uiten; 'ja' en 'nee' zijn soms onbetrouwbaar.",
        "Anosognosie: de persoon merkt zelf niet dat er iets veranderd is.",
        "Neglect: één lichaamshelft of één kant van de ruimte wordt niet waargenomen; pijn aan die kant wordt niet gemeld.",
        "Veranderde gevoelszin en centrale pijn na een CVA: aanraking kan als pijnlijk worden ervaren.",
        "Spasticiteit en contracturen: pijn bij verzorgen, wisselliggen en transfers.",
        "Snelle vermoeidheid en prikkelgevoeligheid: onrust door te veel licht, geluid of bezoek.",
        "Ontremming of apathie: gedrag past niet bij wat de persoon voelt.",
    ])

    d.add_heading("3 Signalen van pijn", level=1)
    d.add_heading("3.1 Wat zie je en wat doe je?", level=2)
    rows = [
        ("Signaal", "Kan wijzen op", "Wat doe je?"),
        ("Gezicht vertrekken bij verzorgen of bewegen", "Pijn door spasticiteit, contracturen of doorligwonden", "Observeer tijdens de zorg met de PAIC15; meld aan de verpleegkundige"),
        ("Kreunen of roepen, vooral 's nachts", "Pijn, angst, volle blaas, benauwdheid", "Controleer blaas en ontlasting; observeer; overleg met de arts"),
        ("Afweren bij aanraking van één kant", "Overgevoeligheid of centrale pijn", "Pas de aanraking aan; leg vast welke kant gevoelig is"),
        ("Toename van verkramping", "Pijn, obstipatie, infectie", "Schakel de arts in"),
        ("Niet meer willen eten of drinken", "Pijn in de mond, slikproblemen, sufheid", "Inspecteer de mond; vraag de logopedist om advies"),
        ("Plotselinge boosheid of agressie", "Pijn, delier, angst, te veel prikkels", "Verminder prikkels; doe een delierscreening (DOS)"),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.text = val
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    p("")
    d.add_heading("3.2 Observatie-instrumenten", level=2)
    p("Gebruik een observatieschaal als iemand zelf geen pijnscore kan geven. In onze hospices werken we met:")
    bullets([
        "PAIC15 – 15 gedragsitems in drie domeinen (gezichtsuitdrukking, lichaamsbewegingen en stem); geschikt voor mensen die "
        "pijn niet zelf kunnen aangeven, ook bij NAH.",
        "REPOS (Rotterdam Elderly Pain Observation Scale) – 10 gedragsitems, observatie van 2 minuten.",
        "DOS (Delirium Observatie Screening) – 13 items, bij plotselinge verandering in gedrag of bewustzijn.",
        "Een pijnscore met cijfers of gezichtjes (NRS of gezichtjesschaal) als de persoon dat nog wel kan; gebruik zo nodig pictogrammen.",
    ])
    p("Afspraken in het hospice:", bold_prefix=None)
    bullets([
        "Nulmeting met de PAIC15 binnen 24 uur na opname, als het kan met een naaste erbij die het 'gewone' gedrag kent.",
        "Daarna minimaal één observatie per dienst (drie keer per etmaal) en altijd bij een verandering in gedrag.",
        "Scores en beschrijving van het gedrag in het elektronisch dossier; bij een verhoogde score overlegt de verpleegkundige dezelfde dienst met de arts.",
        "Vrijwilligers vullen geen scorelijst in; zij melden wat zij zien aan de dienstdoende verpleegkundige.",
    ])

    d.add_heading("4 Onrust: zoek eerst de oorzaak", level=1)
    p("Onrust is een signaal, geen diagnose. Loop bij onrust deze oorzaken na, in deze volgorde:")
    bullets([
        "Pijn (zie hoofdstuk 3).",
        "Volle blaas of obstipatie.",
        "Delier, bijvoorbeeld door infectie, uitdroging of medicatie (overleg met de arts).",
        "Angst, bijvoorbeeld door een onbekende omgeving of niet begrepen worden.",
        "Te veel of te weinig prikkels: licht, geluid, drukte, verveling.",
        "Epileptische activiteit: kortdurende afwezigheid, trekkingen, staren.",
        "Existentiële nood of terminale onrust; dit is pas aan de orde als andere oorzaken zijn uitgesloten.",
    ], style="List Number")

    d.add_heading("5 Werkwijze in het hospice: stappenplan", level=1)
    d.add_heading("5.1 Bij opname", level=2)
    bullets([
        "Vraag naasten of de verwijzende zorginstelling om het formulier 'Zo ben ik' in te vullen: communicatie, gewoonten, hoe de persoon pijn laat merken.",
        "Leg vast welke communicatiehulpmiddelen de persoon gebruikt (pictogrammen, letterkaart, ja/nee-kaart).",
        "Plan de nulmeting (binnen 24 uur).",
    ])
    d.add_heading("5.2 Tijdens het verblijf", level=2)
    bullets([
        "Bespreek observaties bij iedere overdracht en in het wekelijkse MDO op dinsdag.",
        "Evalueer het effect van elke interventie (ook niet-medicamenteus, zoals anders liggen of prikkels verminderen) binnen een uur en leg dat vast.",
        "Schakel bij twijfel het consultatieteam palliatieve zorg in; voor NAH-specifieke vragen het NAH-consult (zie hoofdstuk 7).",
    ])

    d.add_heading("6 Naasten betrekken", level=1)
    p("Naasten kennen het gedrag van de persoon het best. Vraag hen actief wat anders is dan gewoonlijk. Leg uit hoe de "
      "observatieschaal werkt en waarom het team vaak komt kijken. Bied naasten na het overlijden een nagesprek aan, bij "
      "voorkeur binnen zes weken.")

    d.add_heading("7 Consultatie en contact", level=1)
    rows = [
        ("Wie", "Voor welke vragen", "Bereikbaar"),
        ("Consultatieteam palliatieve zorg", "Alle palliatieve vragen, ook pijn en onrust", "24/7 via 088-000 770 (FICTIEF); voor zorgverleners"),
        ("NAH-consult Kenniscentrum Hersenletsel Zuidwest (fictief)", "Communicatie, gedrag en spasticiteit bij NAH", "Werkdagen 9.00–16.00 uur, 010-000 845 (FICTIEF) of nah-consult@hersenletsel-zuidwest.example; antwoord binnen 2 werkdagen; niet voor spoed"),
        ("Logopedist", "Slikken en communicatiehulpmiddelen", "Via verwijzing van de behandelend arts"),
        ("Dienstdoende huisarts / HAP", "Acute problemen buiten kantoortijd", "Via de verpleegpost van het hospice"),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            table.cell(r, c).text = val
            if r == 0:
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True
    p("")
    d.add_heading("8 Bronnen en meer informatie", level=1)
    p("Observatie-instrumenten en uitleg staan op de kennisbank (link). Zie ook:")
    p("https://www.hersenletsel-zuidwest.example/palliatief")
    p("https://kennisbank.example/handreikingen/nah-pijn-onrust")
    d.save(str(path))


DOC6 = {
    "nr": 6,
    "kind": "docx",
    "build": build_doc6,
    "meta": {
        "id": "handreiking-pijn-onrust-nah-hospice",
        "title": "Handreiking pijn en onrust signaleren bij mensen met niet-aangeboren hersenletsel (NAH) in het hospice",
        "doc_type": "overig",
        "target_groups": ["nah"],
        "regions": ["landelijk"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/handreikingen/nah-pijn-onrust",
        "published": "2026-01-20",
        "review_date": "2028-01-20",
        "version": "1.0",
        "fictional": True,
    },
}


# --------------------------------------------------------------------------------------------------
# 7. Jaarverslag vrijwilligers en scholing – hospices Zuid-Hollandse Eilanden
# --------------------------------------------------------------------------------------------------
DOC7 = {
    "nr": 7,
    "kind": "writer",
    "title": "Jaarverslag 2025 vrijwilligersinzet en scholing hospices Zuid-Hollandse Eilanden",
    "meta": {
        "id": "jaarverslag-vrijwilligers-hospices-zhe-2025",
        "title": "Jaarverslag 2025 Vrijwilligersinzet en scholing – hospices Zuid-Hollandse Eilanden",
        "doc_type": "verslag",
        "target_groups": ["algemeen"],
        "regions": ["zuid-hollandse-eilanden"],
        "audience": "iedereen",
        "source_url": "https://kennisbank.example/netwerken/zuid-hollandse-eilanden/jaarverslag-vrijwilligers-2025",
        "published": "2026-03-31",
        "review_date": "2027-03-31",
        "fictional": True,
    },
    "font": "Liberation Serif",
    "size": 11,
    "headings": "typo",
    "accent": "#833C0B",
    "title_size": 20,
    "h1_size": 14,
    "h2_size": 12,
    "justify": True,
    "table_size": 9.5,
    "head_fill": "#FBE4D5",
    "header": "Jaarverslag 2025 – Vrijwilligers en scholing – Hospices Zuid-Hollandse Eilanden",
    "footer": "- {page} -",
    "body": """
= Jaarverslag 2025
= Vrijwilligersinzet en scholing in de hospices van de Zuid-Hollandse Eilanden

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

Samenwerkende hospices in de Hoeksche Waard, op Voorne-Putten en op Goeree-Overflakkee: Hospice De Getijde
(Oud-Beijerland), Hospice Het Flakkeese Licht (Middelharnis) en Hospice De Oude Maas (Spijkenisse). Alle namen en
cijfers in dit verslag zijn fictief.

# Voorwoord

2025 was het jaar waarin we de grens van 180 vrijwilligers passeerden. Op 31 december 2025 waren 186 vrijwilligers
actief in onze drie hospices, vijftien meer dan een jaar eerder. Samen maakten zij ruim 38.000 uur. Tegelijk merken we
dat het steeds moeilijker wordt om de nachtdiensten en de weekenden rond te krijgen, vooral op Goeree-Overflakkee. In
dit verslag leest u hoe we de vrijwilligers hebben ingezet en geschoold, wat niet door kon gaan en wat we in 2026 willen
bereiken. Met dank aan iedereen die zich voor onze gasten en hun naasten heeft ingezet.

Gerda Bijl, coördinator vrijwilligers Hospice De Getijde, namens de drie coördinatoren

# 1. Kerncijfers 2025

@table 4.6,2.9,2.9,2.9,2.7
| | De Getijde (Oud-Beijerland) | Het Flakkeese Licht (Middelharnis) | De Oude Maas (Spijkenisse) | Totaal
| Bedden | 6 | 4 | 7 | 17
| Opnames | 84 | 52 | 96 | 232
| Gemiddelde verblijfsduur (dagen) | 21 | 20 | 22 | 21,2
| Bezettingsgraad | 81% | 71% | 83% | 79%
| Vrijwilligers op 31-12-2025 | 68 | 41 | 77 | 186
| Vrijwilligersuren | 14.120 | 8.350 | 15.980 | 38.450
| Nieuwe vrijwilligers (instroom) | 11 | 6 | 12 | 29
| Gestopte vrijwilligers (uitstroom) | 5 | 3 | 6 | 14
| Formatie coördinatie (fte) | 1,3 | 0,8 | 1,4 | 3,5

Ter vergelijking: eind 2024 waren er 171 vrijwilligers en werden 35.900 uren gemaakt. De uitstroom had vooral te
maken met leeftijd en gezondheid (8 van de 14) en verhuizing (3).

# 2. Vrijwilligersinzet

## 2.1 Diensten in de hospices

In alle drie de hospices werken vrijwilligers in dagdiensten van vier uur, naast de verpleegkundigen en
verzorgenden. Alleen Hospice De Oude Maas werkt ook met nachtwakers uit de vrijwilligersgroep (14 vrijwilligers). In
Middelharnis konden sinds september 2025 niet alle nachten meer door vrijwilligers worden gevuld; 23 nachten zijn
opgevangen door extra inzet van betaalde nachtzorg. Het Flakkeese Licht heeft daarom in november 2025 een
wervingsactie gestart die zich specifiek op nachtdiensten richt.

## 2.2 VPTZ: inzet thuis

De afdeling VPTZ (vrijwilligers palliatieve terminale zorg thuis) werd in 2025 46 keer ingezet bij mensen thuis, samen
goed voor 1.870 uur. De meeste inzetten waren nachtwaken zodat de mantelzorger kon slapen. Aanvragen voor VPTZ
lopen via de coördinator thuisinzet, 0186-000 415 (FICTIEF), bereikbaar op werkdagen van 9.00 tot 16.00 uur.

## 2.3 Wie zijn onze vrijwilligers?

• De gemiddelde leeftijd is 63 jaar; 9% is jonger dan 40 jaar.
• 71% is vrouw.
• 38% is langer dan vijf jaar actief; de langst actieve vrijwilliger begon in 2003.
• 12 vrijwilligers spreken naast Nederlands een andere taal die in de zorg van pas komt (onder andere Turks, Pools en
Papiaments).

## 2.4 Tevredenheidsonderzoek

In oktober 2025 hielden we een tevredenheidsonderzoek. 128 van de 186 vrijwilligers vulden de vragenlijst in (69%).
Het gemiddelde cijfer voor het vrijwilligerswerk was een 8,4 en 93% zou het werk aanraden aan anderen. Verbeterpunten:
het rooster wordt laat bekend gemaakt, de emotionele belasting na meerdere overlijdens kort na elkaar, en weinig contact
met vrijwilligers van de andere twee hospices.

# 3. Scholing

## 3.1 Basiscursus

Nieuwe vrijwilligers volgen de basiscursus van acht dagdelen. In 2025 zijn twee groepen gestart: in het voorjaar in
Spijkenisse en in het najaar in Oud-Beijerland. Van de 31 deelnemers hebben er 27 de cursus afgerond; vier stopten
tussentijds (twee om gezondheidsredenen, twee omdat het werk niet bij hen paste).

## 3.2 Themabijeenkomsten

@table 7.5,4.0,3.0
| Thema | Datum | Deelnemers
| Mensen met een verstandelijke beperking in het hospice | 11 maart 2025 | 34
| Dementie en onrust | 20 mei 2025 | 41
| Culturele diversiteit en rituelen rond sterven | 16 september 2025 | 22
| Zelfzorg en omgaan met verlies | 4 november 2025 | 38
| Omgaan met agressie en grensoverschrijdend gedrag | uitgesteld | –

## 3.3 E-learning

64 vrijwilligers hebben de e-learning "Basis palliatieve zorg" afgerond. De verplichte module "Hygiëne en privacy" is
door 151 van de 186 vrijwilligers afgerond (81%); de overige vrijwilligers moeten deze vóór 1 april 2026 afronden. De
e-learnings staan op het leerplatform van het netwerk: [scholing.zhe-palliatief.example](https://scholing.zhe-palliatief.example/vrijwilligers)Inloggen
gaat met het account dat de coördinator aanmaakt.

## 3.4 Wat niet doorging

De training "Omgaan met agressie en grensoverschrijdend gedrag" stond gepland op 9 oktober 2025, maar is uitgesteld
naar 12 maart 2026 omdat de trainer ziek werd en er op korte termijn geen vervanger beschikbaar was. De gezamenlijke
vrijwilligersdag van de drie hospices is verschoven van 14 juni naar 20 september 2025, vanwege een verbouwing in Hospice
De Oude Maas; er kwamen 139 vrijwilligers.

## 3.5 Scholingsbudget

Het scholingsbudget voor 2025 was € 16.000; daarvan is € 14.200 besteed (89%). Het restant is niet meegenomen naar 2026.

# 4. Werving en behoud

De wervingscampagne "Even stilstaan" (maart–april 2025) leverde 47 aanmeldingen op, waarvan 29 vrijwilligers na een
kennismakingsgesprek en de basiscursus zijn begonnen. Elke nieuwe vrijwilliger krijgt de eerste drie maanden een
vaste maatje-vrijwilliger. Na elk jaar volgt een evaluatiegesprek met de coördinator. Twee keer per jaar is er een
intervisiebijeenkomst per hospice, onder leiding van een geestelijk verzorger.

# 5. Vooruitblik 2026

Doelen voor 2026:

1. Eind 2026 zijn er 200 actieve vrijwilligers.
2. Het aandeel vrijwilligers jonger dan 40 jaar stijgt van 9% naar 15%.
3. Alle nachtdiensten in Middelharnis worden weer door vrijwilligers gevuld (vanaf 1 juli 2026).
4. Er komt een nieuwe themabijeenkomst "Palliatieve zorg bij mensen met een migratieachtergrond".

@table 4.2,10.3
| Periode | Activiteiten
| januari – maart 2026 | Training agressie (12 maart 2026); afronden e-learning hygiëne en privacy (1 april 2026)
| april – juni 2026 | Basiscursus groep 1 in Middelharnis; gezamenlijke vrijwilligersdag 13 juni 2026
| juli – september 2026 | Themabijeenkomst migratieachtergrond; wervingscampagne gericht op jongeren
| oktober – december 2026 | Basiscursus groep 2 in Spijkenisse; tevredenheidsonderzoek

# Contact

Vragen over vrijwilligerswerk in de hospices: vrijwilligers@hospices-zhe.example of 0186-000 412 (FICTIEF), maandag tot
en met vrijdag van 9.00 tot 16.00 uur. Coördinatoren: Gerda Bijl (De Getijde), Arjen Mosselman (Het Flakkeese Licht) en
Wendy Kraaijeveld (De Oude Maas).

@url https://www.hospices-zhe.example/vrijwilligers
""",
}


# --------------------------------------------------------------------------------------------------
# 8. Notitie verslaving in het hospice
# --------------------------------------------------------------------------------------------------
DOC8 = {
    "nr": 8,
    "kind": "writer",
    "title": "Notitie opname en zorg voor mensen met een verslaving – Hospice Maasoever",
    "meta": {
        "id": "notitie-verslaving-hospice-maasoever",
        "title": "Notitie opname en zorg in het hospice voor mensen met een verslaving (alcohol, drugs, methadon): afspraken en huisregels",
        "doc_type": "overig",
        "target_groups": ["verslaving"],
        "regions": ["rotterdam"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/hospices/maasoever/notitie-verslaving",
        "published": "2026-03-02",
        "review_date": "2026-10-01",
        "version": "1.1",
        "fictional": True,
    },
    "font": "Liberation Sans",
    "size": 10,
    "headings": "plain",
    "title_size": 10,
    "justify": False,
    "header": "Hospice Maasoever – notitie verslaving – versie 1.1",
    "footer": "vastgesteld MT 2 maart 2026 | blad {page} van {pages}",
    "footer_align": "end",
    "body": """
= NOTITIE
= Opname en zorg voor mensen met een verslaving in Hospice Maasoever (alcohol, drugs en methadon)

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

@lines
Versie: 1.1, vastgesteld door het managementteam op 2 maart 2026
Opgesteld door: Karin Dekker (verpleegkundig coördinator) en Rob Hoogendijk (hospicearts), met advies van de consulent verslavingszorg
Evaluatie: oktober 2026

# 1 Aanleiding

Hospice Maasoever (fictief) in Rotterdam heeft 8 bedden. In 2025 zijn 146 gasten opgenomen; bij 11 van hen speelde
een verslaving: 6 keer alcohol, 3 keer opioïden (van wie 2 met een methadonbehandeling), 1 keer cocaïne en 1 keer
GHB. Daarnaast zijn 3 aanmeldingen van mensen met een actieve verslaving afgewezen. Achteraf vinden we dat opname in
twee van die drie situaties wel mogelijk was geweest, als we vooraf duidelijke afspraken hadden gemaakt. Er waren geen
vaste afspraken, waardoor elke situatie opnieuw werd uitgevonden en collega's verschillend handelden.

Uitgangsvraag:

Onder welke voorwaarden nemen wij iemand met een actieve verslaving op, en welke afspraken maken we over alcohol,
drugs, methadon, roken en veiligheid?

In het kort: een verslaving is op zichzelf geen reden om opname te weigeren. We vragen niet dat iemand stopt met
gebruiken. We maken vóór of uiterlijk 48 uur na opname schriftelijke afspraken, en we werken samen met de
verslavingszorg. Hieronder staan de afspraken per onderwerp.

# 2 Uitgangspunten

- De gast staat centraal, niet het middel. We oordelen niet.
- We werken volgens het principe van schadebeperking (harm reduction): veiligheid en comfort gaan voor.
- Afspraken gelden voor gasten én bezoekers.
- Pijn en benauwdheid worden behandeld zoals bij iedere andere gast; angst voor verslaving is geen reden om
  klachten minder goed te behandelen.

# 3 Aanmelding en intake

1. De verpleegkundig coördinator voert vóór opname een intakegesprek met de gast (of de verwijzer) over de
middelen, het gebruikspatroon, eventuele substitutiebehandeling en de contactpersoon bij de verslavingszorg.
2. Bij twijfel of bij gebruik van meerdere middelen vraagt de hospicearts advies aan de consulent verslavingszorg.
3. Uiterlijk 48 uur na opname worden de afspraken vastgelegd op de afsprakenkaart en door de gast (of
vertegenwoordiger) ondertekend.
4. De afspraken worden besproken in het eerstvolgende MDO (woensdag).

# 4 Methadon en andere substitutiemiddelen

- Een lopende methadonbehandeling gaat door. De hospicearts neemt op de dag van opname contact op met de
  verstrekkende instelling en de eigen apotheek, zodat de verstrekking zonder onderbreking overgaat naar het hospice.
- Wijzigingen in de behandeling gebeuren alleen na overleg tussen de hospicearts en de verslavingsarts.
- Methadon wordt bewaard in de afgesloten opiatenkast en bij elke toediening door twee verpleegkundigen afgetekend.
- Kan de gast niet meer slikken, dan belt de verpleegkundige direct de dienstdoende arts om een andere toedieningsvorm af
  te spreken; zo voorkomen we onthoudingsverschijnselen.

# 5 Alcohol

▪ Alcohol drinken is toegestaan op de eigen kamer, in overleg; niet in de huiskamer en de stiltekamer.
▪ Eigen drank wordt op de kamer bewaard of, als de gast dat wil, in de koelkast van de verpleegpost.
▪ Het hospice schenkt zelf geen alcohol, behalve bij bijzondere gelegenheden (bijvoorbeeld een verjaardag).
▪ Let bij plotseling stoppen op onthoudingsverschijnselen en delier: zweten, trillen, onrust, hallucinaties. Meld dit direct
aan de arts.

# 6 Drugs

▪ Handel in drugs is in en rond het hospice niet toegestaan, ook niet door bezoek.
▪ Gebruik van illegale middelen in het hospice is niet toegestaan. Blijkt een gast toch te gebruiken, dan volgt een gesprek;
dit leidt niet automatisch tot ontslag.
▪ Medicinale cannabis op voorschrift van de arts is wel toegestaan.
▪ Spuiten en ander materiaal worden ingeleverd en veilig afgevoerd (naaldcontainer op de verpleegpost).

# 7 Roken

Roken mag alleen in de overdekte rookplek in de tuin (sinds 1 januari 2026) en nooit op de kamer. Bij zuurstofgebruik
geldt een absoluut rookverbod in de kamer. 's Nachts gaat een medewerker of vrijwilliger mee naar de rookplek als de gast
niet meer zelfstandig kan lopen.

# 8 Huisregels (samenvatting voor gasten en bezoek)

1. Geen handel in middelen, door niemand.
2. Maximaal drie bezoekers tegelijk op de kamer. Bezoek dat onder invloed is, kan de toegang worden geweigerd.
3. Agressie en bedreiging:
  a. de eerste keer volgt een gesprek met de dienstdoende verpleegkundige;
  b. bij herhaling maken we een schriftelijke afspraak met de gast en/of het bezoek;
  c. bij ernstig geweld bellen we de politie en kan, na overleg tussen arts en directeur, ontslag of een bezoekverbod volgen.
4. Eigen medicijnen en middelen worden bij opname gemeld en zo nodig ingeleverd.
5. Een kamer wordt alleen gecontroleerd als daar een reden voor is, en in aanwezigheid van de gast.

# 9 Medewerkers en vrijwilligers

- Alle verpleegkundigen volgen vóór 1 juli 2026 de scholing "Verslaving en palliatieve zorg" (e-learning en een dagdeel
  praktijk). Stand 1 maart 2026: 17 van de 24 verpleegkundigen hebben de scholing gevolgd.
- Vrijwilligers krijgen een training van twee uur over omgaan met verslaving en agressie (eerstvolgende: 14 april 2026).
- Bij een escalatie is niemand alleen: de vrijwilliger haalt altijd de dienstdoende verpleegkundige erbij.
- Zolang er een gast met een verslaving is opgenomen, sluit de consulent verslavingszorg elke twee weken aan bij het MDO.

# 10 Contact en bereikbaarheid

@table 4.6,3.8,7.6
| Wie | Wanneer | Hoe
| Dienstdoende hospicearts | 24/7 | via de verpleegpost
| Consultatieteam palliatieve zorg Rotterdam | 24/7 | 010-000 300 (FICTIEF)
| Consulent verslavingszorg | werkdagen 9.00–17.00 uur | 010-000 552 (FICTIEF) of consult@vz-rijnmond.example; alleen voor zorgverleners, na overleg met de behandelend arts
| Huisartsenpost (HAP) | avond, nacht en weekend | alleen via de huisarts of de hospicearts, niet door gasten of bezoek
| Politie (geen spoed) | 24/7 | 0900-000 8844 (FICTIEF)

# 11 Evaluatie

Elke opname van een gast met een verslaving wordt na ontslag of overlijden nabesproken in het MDO. In oktober 2026 evalueert
Karin Dekker deze notitie met het team en de consulent verslavingszorg; daarna stelt het MT eventuele wijzigingen vast.

Achtergrond: (link) – themapagina verslaving en palliatieve zorg van het netwerk:

@url https://www.palliatiefrotterdam.example/verslaving
""",
}


# --------------------------------------------------------------------------------------------------
# 9. Evaluatie pilot AYA (slides)
# --------------------------------------------------------------------------------------------------
DOC9 = {
    "nr": 9,
    "kind": "slides",
    "title": "Evaluatie pilot jongvolwassenen (AYA) in Hospice Het Zoomhuis",
    "meta": {
        "id": "evaluatie-pilot-aya-hospice-zoomhuis",
        "title": "Evaluatie pilot jongvolwassenen (AYA) in de palliatieve fase – Hospice Het Zoomhuis, Bergen op Zoom",
        "doc_type": "verslag",
        "target_groups": ["jongvolwassenen"],
        "regions": ["roosendaal-bergen-op-zoom-tholen"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/netwerken/roosendaal-bergen-op-zoom-tholen/evaluatie-pilot-aya",
        "published": "2026-03-20",
        "review_date": "2027-03-20",
        "fictional": True,
    },
    "accent": "#0E6E6E",
    "footer": "Evaluatie pilot AYA – Hospice Het Zoomhuis (fictief) – maart 2026 | {n} / {total}",
    "slides": [
        {
            "title": "Evaluatie pilot ‘Jong en ongeneeslijk ziek’ – AYA’s in Hospice Het Zoomhuis",
            "title_size": 24,
            "boxes": [
                {"rect": (1.0, 2.9, 13.0, 11.6), "size": 14, "text": """
                 Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg
                 ## Opzet van de pilot
                 ■ Looptijd: 1 maart 2025 t/m 28 februari 2026 (12 maanden)
                 ■ Doelgroep: jongvolwassenen van 18 tot en met 39 jaar (AYA’s) met een ongeneeslijke ziekte
                 ■ Hospice Het Zoomhuis (fictief), Bergen op Zoom: 7 bedden, waarvan 2 aangepaste AYA-kamers
                 ■ Samen met het AYA-zorgnetwerk, het Zoomziekenhuis (fictief) en VPTZ Roosendaal – Bergen op Zoom – Tholen
                 ■ Projectleider: Lotte Janssens, AYA-verpleegkundige
                 """},
                {"rect": (14.6, 2.9, 12.4, 11.6), "fill": "#E0F0EF", "size": 14, "text": """
                 ## Wat was er anders?
                 ✓ Logeerbed voor partner of ouder op de kamer
                 ✓ Bezoek 24/7, ook vrienden ’s nachts
                 ✓ Gameconsole, streaming en snelle wifi
                 ✓ Huisdieren welkom (afspraak per situatie)
                 ✓ Speelhoek voor jonge kinderen van gasten
                 ✓ 9 nieuwe vrijwilligers jonger dan 40 jaar
                 ✓ Training ‘Jong en ongeneeslijk ziek’ (2 dagdelen) voor 32 vrijwilligers en 14 verpleegkundigen
                 """},
            ],
        },
        {
            "title": "Resultaten in cijfers",
            "boxes": [
                {"rect": (1.0, 2.9, 5.9, 3.3), "fill": "#E0F0EF", "size": 13, "align": "center", "text": "#BIG 14\naanmeldingen / intakes"},
                {"rect": (7.4, 2.9, 5.9, 3.3), "fill": "#E0F0EF", "size": 13, "align": "center", "text": "#BIG 6\nAYA’s opgenomen (22 – 38 jaar)"},
                {"rect": (13.8, 2.9, 5.9, 3.3), "fill": "#E0F0EF", "size": 13, "align": "center", "text": "#BIG 19\ndagen gemiddelde verblijfsduur"},
                {"rect": (20.2, 2.9, 6.8, 3.3), "fill": "#E0F0EF", "size": 13, "align": "center", "text": "#BIG 8,7\ngemiddeld cijfer van naasten"},
                {"rect": (1.0, 6.8, 13.0, 7.6), "size": 14, "text": """
                 ## Opnames
                 ➢ Gemiddelde leeftijd 31 jaar; verblijfsduur varieerde van 3 tot 61 dagen
                 ➢ 4 van de 6 gasten hadden kinderen; samen 7 kinderen jonger dan 12 jaar
                 ➢ Diagnoses: 3 × kanker, 1 × hersentumor, 1 × ALS, 1 × hartfalen na aangeboren hartafwijking
                 ➢ Alle 6 gasten overleden in het hospice
                 """},
                {"rect": (14.6, 6.8, 12.4, 7.6), "size": 14, "text": """
                 ## Niet opgenomen (8)
                 ➢ 5 × wilde thuis sterven; begeleiding via VPTZ en consultatieteam
                 ➢ 2 × nog te vroeg in het ziekteproces
                 ➢ 1 × beide AYA-kamers bezet
                 ## Team
                 ➢ Voelt zich bekwaam in zorg voor AYA’s: 35% vóór, 78% na de training
                 """},
            ],
        },
        {
            "title": "Wat ging goed, wat kan beter?",
            "boxes": [
                {"rect": (1.0, 2.9, 12.8, 8.3), "size": 14, "text": """
                 ## Wat ging goed
                 ■ Ruimte voor eigen leven: vrienden, muziek, ’s nachts samen gamen
                 ■ Vaste AYA-verpleegkundige als aanspreekpunt voor de familie
                 ■ Korte lijnen met het AYA-zorgnetwerk en de oncoloog in het ziekenhuis
                 ■ Jonge vrijwilligers: makkelijker contact met leeftijdgenoten
                 """},
                {"rect": (14.2, 2.9, 12.8, 8.3), "size": 14, "text": """
                 ## Wat kan beter
                 ■ Begeleiding van jonge kinderen: geen eigen kinderpsycholoog beschikbaar
                 ■ Privacy: bezoekers plaatsten foto’s op social media
                 ■ Nachtelijk bezoek vraagt extra inzet van de nachtdienst
                 ■ AYA-kamer soms bezet door een oudere gast als er geen AYA was
                 """},
                {"rect": (3.0, 11.6, 22, 2.6), "fill": "#E0F0EF", "size": 15, "align": "center", "text": """
                 “Hier mocht hij gewoon 27 zijn, en niet alleen patiënt.”
                 – moeder van een gast
                 """},
            ],
        },
        {
            "title": "Kosten en wat is uitgesteld",
            "boxes": [
                {"rect": (1.0, 2.9, 13.0, 11.6), "size": 14, "text": """
                 ## Kosten pilot
                 ■ Aanpassingen van de twee kamers: € 18.400, betaald door het (fictieve) Fonds Jong Leven
                 ■ Extra uren AYA-verpleegkundige: 8 uur per week, betaald uit eigen middelen van het hospice
                 ■ Training vrijwilligers en verpleegkundigen: € 3.150
                 ## Uitgesteld
                 ■ Lotgenotengroep voor jonge naasten: uitgesteld tot het najaar van 2026, omdat er te weinig aanmeldingen waren (3, terwijl er minimaal 8 nodig zijn)
                 ■ Digitale nalatenschap (workshop over sociale media en accounts na overlijden): verschoven naar 2026 wegens ziekte van de spreker
                 """},
                {"rect": (14.6, 2.9, 12.4, 11.6), "fill": "#E0F0EF", "size": 14, "text": """
                 ## Uitkomsten evaluatie
                 ❖ Interviews met naasten van 5 van de 6 gasten
                 ❖ Vragenlijst team: 41 van de 46 getrainde medewerkers en vrijwilligers (89%)
                 ❖ Naasten noemen vooral: de vrijheid, het logeerbed en de jonge vrijwilligers
                 ❖ Verpleegkundigen noemen vooral: gesprekken over kinderen en ouderschap als zwaarste onderdeel
                 """},
            ],
        },
        {
            "title": "Besluit en vervolg",
            "boxes": [
                {"rect": (1.0, 2.9, 15.2, 11.6), "size": 14, "text": """
                 → Het bestuur heeft op 24 februari 2026 besloten de AYA-zorg per 1 maart 2026 voort te zetten als vast aanbod
                 → Samenwerking met een hospice in Roosendaal: verkenning vanaf september 2026; één AYA-kamer in Roosendaal op zijn vroegst in 2027
                 → Afspraak met het AYA-zorgnetwerk over inzet van een kinder- en jeugdpsycholoog: besluit verwacht in juni 2026
                 → Richtlijn social media voor bezoek: klaar vóór 1 mei 2026 (Lotte Janssens)
                 → Nieuwe training vrijwilligers: 6 oktober 2026
                 Het volledige evaluatierapport: (link)
                 https://www.hetzoomhuis.example/aya
                 """},
                {"rect": (16.8, 2.9, 10.2, 11.6), "fill": "#E0F0EF", "size": 13, "text": """
                 ## Contact
                 Lotte Janssens, AYA-verpleegkundige
                 aya@hetzoomhuis.example
                 0164-000 281 (FICTIEF)
                 maandag t/m vrijdag, 9.00 – 17.00 uur
                 Aanmelden voor opname (24/7): dienstdoende verpleegkundige, 0164-000 280 (FICTIEF)
                 Verwijzers kunnen ook terecht bij het AYA-zorgnetwerk
                 https://www.hetzoomhuis.example/aya
                 """},
            ],
        },
    ],
}


# --------------------------------------------------------------------------------------------------
# 10. Richtlijnmodule dementie – naasten
# --------------------------------------------------------------------------------------------------
DOC10 = {
    "nr": 10,
    "kind": "writer",
    "title": "Richtlijnmodule begeleiding van naasten in de palliatieve fase bij mensen met dementie",
    "meta": {
        "id": "richtlijnmodule-naasten-dementie-2026",
        "title": "Richtlijnmodule Palliatieve zorg en begeleiding van naasten bij mensen met dementie",
        "doc_type": "richtlijn",
        "target_groups": ["dementie"],
        "regions": ["landelijk"],
        "audience": "zorgverlener",
        "source_url": "https://kennisbank.example/richtlijnen/dementie-naasten",
        "published": "2026-01-15",
        "review_date": "2029-01-15",
        "version": "2026",
        "fictional": True,
    },
    "font": "Carlito",
    "size": 10.5,
    "headings": "typo",
    "accent": "#3B3B98",
    "title_size": 19,
    "h1_size": 13.5,
    "h2_size": 11.5,
    "justify": True,
    "bold_labels": True,
    "table_size": 9.5,
    "header": "Richtlijn Palliatieve zorg bij dementie (fictief) – Module 4: Naasten",
    "footer": "Pagina {page} van {pages} – vastgesteld 15 januari 2026",
    "body": """
= Richtlijnmodule 4: Palliatieve zorg en begeleiding van naasten bij mensen met dementie

Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg

Deze module hoort bij de (fictieve) richtlijn Palliatieve zorg bij dementie, versie 2026. De module is vastgesteld op 15
januari 2026 en wordt uiterlijk in januari 2029 herzien. De module is bedoeld voor huisartsen, specialisten
ouderengeneeskunde, casemanagers dementie, verpleegkundigen en verzorgenden in de thuissituatie, het verpleeghuis en het
hospice.

# 4.1 Inleiding

Ongeveer 70% van de mensen met dementie woont thuis, vaak tot kort voor het overlijden. Naasten – partners, kinderen,
buren – dragen een groot deel van de zorg, soms jarenlang. In de palliatieve fase neemt hun belasting verder toe: zij
moeten beslissingen nemen namens hun naaste, zien het contact verdwijnen en rouwen al vóór het overlijden
(anticiperende rouw). Overbelasting van de naaste is een van de belangrijkste redenen voor een crisisopname.

In de knelpuntenanalyse voor deze richtlijn (2024) noemden 312 naasten in een enquête vooral: te laat informatie
over het verloop (58%), niet weten bij wie ze terecht kunnen in de avond en het weekend (47%), en het gevoel er na het
overlijden alleen voor te staan (41%).

# 4.2 Signaleren van overbelasting

**Uitgangsvraag:**

Welke signalen van overbelasting bij naasten van mensen met dementie moeten zorgverleners in de palliatieve fase
herkennen, en hoe brengen zij die belasting in kaart?

Samenvatting van de literatuur: er zijn 9 studies gevonden, vooral vragenlijstonderzoek. De kwaliteit van het bewijs is
laag. Signalen die steeds terugkomen zijn slaapproblemen, sociaal isolement, somberheid, eigen gezondheidsklachten
die worden uitgesteld, en prikkelbaarheid naar de persoon met dementie.

Overwegingen: de werkgroep vindt een gestructureerde vraag naar belasting belangrijker dan het instrument dat daarbij
wordt gebruikt. Een korte vragenlijst zoals de EDIZ (Ervaren Druk door Informele Zorg, 9 items) is bruikbaar en
kost weinig tijd.

**Aanbevelingen:**

1. Vraag bij elk gesprek over proactieve zorgplanning, en minimaal elke drie maanden, naar de belasting van de
belangrijkste naaste.
2. Gebruik bij twijfel een gestructureerd instrument, bijvoorbeeld de EDIZ, en leg de uitkomst vast in het dossier.
3. Bespreek met de naaste welke ondersteuning mogelijk is:
  a. respijtzorg of dagbesteding;
  b. inzet van VPTZ-vrijwilligers, ook voor nachtwaken;
  c. een casemanager dementie als die er nog niet is.
4. Maak afspraken over bereikbaarheid buiten kantoortijd en geef deze schriftelijk mee.

# 4.3 Voorbereiden op de laatste levensfase

**Uitgangsvraag:**

Hoe kunnen zorgverleners naasten voorbereiden op het beloop en het stervensproces bij dementie?

Samenvatting van de literatuur: 6 studies en 2 systematische reviews. Naasten die vooraf informatie kregen over het te
verwachten beloop ervoeren minder conflicten bij beslissingen en waren na het overlijden tevredener over de zorg
(kwaliteit van bewijs: laag tot redelijk).

**Aanbevelingen:**

1. Bespreek het te verwachten beloop tijdig, bij voorkeur voordat de laatste levensfase begint: minder eten en drinken,
slikproblemen, vaker infecties zoals longontsteking, meer slapen.
2. Geef naast het gesprek schriftelijke informatie, bijvoorbeeld een familiebrochure over de laatste fase bij dementie.
3. Bespreek tijdig welke behandelingen niet meer zinvol zijn, zoals ziekenhuisopname of sondevoeding, en leg de
afspraken vast.
4. Nodig naasten uit om mee te helpen in de zorg als zij dat willen, zoals mondzorg of aanwezig zijn bij het wassen.
5. Zorg voor één vast aanspreekpunt voor de familie.

# 4.3 Nazorg na het overlijden

**Uitgangsvraag:**

Welke nazorg hebben naasten nodig na het overlijden van een persoon met dementie?

Samenvatting van de literatuur: er is weinig onderzoek specifiek bij dementie (4 studies). Naasten ervaren vaak een mix
van verdriet en opluchting, en soms schuldgevoel over de opname of over genomen beslissingen.

**Aanbevelingen:**

1. Neem binnen twee weken na het overlijden contact op met de naaste, telefonisch of met een kaart.
2. Bied een nazorggesprek aan 6 tot 8 weken na het overlijden, door de zorgverlener die de naaste het best kent.
3. Let op signalen van gecompliceerde rouw. Verwijs bij aanhoudende klachten na zes maanden naar de huisarts of een
rouwbegeleider.
4. Benoem de anticiperende rouw: veel naasten hebben al jaren afscheid genomen.

# 4.5 Implementatie en indicatoren

De werkgroep stelt twee indicatoren voor:

• Percentage dossiers van mensen met dementie in de palliatieve fase waarin de belasting van de naaste is vastgelegd
(streefwaarde: 80%).
• Percentage naasten aan wie een nazorggesprek is aangeboden (streefwaarde: 90%).

Bij de invoering horen een scholingsmodule voor casemanagers (beschikbaar vanaf april 2026) en een familiebrochure in
vijf talen. De vertalingen in het Turks en Arabisch zijn uitgesteld tot september 2026, omdat eerst getest wordt of de tekst
begrijpelijk is voor mensen met beperkte gezondheidsvaardigheden.

# Werkgroep

De module is opgesteld door een multidisciplinaire werkgroep van 11 leden. De werkgroep kwam vijf keer bijeen tussen
maart 2024 en oktober 2025. In de commentaarfase (1 juni – 15 juli 2025) kwamen 23 reacties binnen van 14
organisaties.

@table 5.0,5.5,5.5
| Naam | Functie | Rol in de werkgroep
| dr. Hélène Verburg | specialist ouderengeneeskunde | voorzitter
| Thijs Oudshoorn | huisarts, kaderarts palliatieve zorg | lid
| Anouk Zwart | casemanager dementie | lid
| Petra Vos-Kleinjan | verpleegkundig specialist ouderenzorg | lid
| Mustafa Erdem | verpleegkundige hospice | lid
| Ineke Dorrestijn | psycholoog | lid
| Wim Hagenaars | geestelijk verzorger | lid
| Marja Koster | naaste, ervaringsdeskundige | lid
| Johan Brink | naaste, ervaringsdeskundige | lid
| dr. Sanne Lievens | adviseur richtlijnontwikkeling | methodologische ondersteuning
| Eva Mulder | beleidsmedewerker | secretaris

Belangenverklaringen van de werkgroepleden zijn op te vragen bij het secretariaat: richtlijnen@kennisbank.example. Geen
van de leden had belangen die een rol speelden bij de aanbevelingen.

# Literatuur

De volledige literatuurlijst en de zoekverantwoording staan in de bijlagen bij de richtlijn (link).

@url https://kennisbank.example/richtlijnen/dementie-naasten/literatuur
@url https://kennisbank.example/richtlijnen/dementie-naasten
""",
}

DOCS = [DOC6, DOC7, DOC8, DOC9, DOC10]
