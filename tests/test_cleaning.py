from ingest.cleaning import clean_paragraphs, clean_wrapped, normalize_chars


def test_unwraps_hard_wrapped_lines_into_one_paragraph():
    raw = (
        "Vraag de persoonlijk begeleider naar het gewone pijngedrag van de cliënt en leg dit\n"
        "vast in het zorgplan, zodat iedereen in het team hetzelfde beeld heeft van wat normaal\n"
        "is voor deze persoon.\n"
    )
    assert clean_wrapped(raw) == (
        "Vraag de persoonlijk begeleider naar het gewone pijngedrag van de cliënt en leg dit "
        "vast in het zorgplan, zodat iedereen in het team hetzelfde beeld heeft van wat normaal "
        "is voor deze persoon."
    )


def test_rejoins_hyphenated_line_ends_but_keeps_real_compound_hyphens():
    raw = (
        "Het consultatieteam adviseert bij verslavings-\nproblematiek altijd vroeg overleg met de\n"
        "verslavingszorg en de arts, en bij VG-\nZorg met de arts VG van de instelling erbij.\n"
    )
    text = clean_wrapped(raw)
    assert "verslavingsproblematiek" in text
    assert "VG-Zorg" in text


def test_soft_hyphen_at_line_end_is_joined():
    assert "palliatieve zorg" in clean_wrapped(
        "De pallia\u00ad\ntieve zorg in het hospice is belangrijk.\n"
    )


def test_list_items_stay_separate_items():
    raw = "Let op de volgende signalen:\n• kreunen bij bewegen\n• terugtrekken\n2) onrust in de nacht\n"
    lines = clean_wrapped(raw).split("\n")
    assert lines == [
        "Let op de volgende signalen:",
        "- kreunen bij bewegen",
        "- terugtrekken",
        "2) onrust in de nacht",
    ]


def test_strips_zero_width_and_control_characters():
    assert normalize_chars("pa\u200bti\x07ënt\ufeff") == "patiënt"


def test_banner_is_removed_from_text():
    text = clean_paragraphs(
        "> Voorbeelddocument – fictieve inhoud, niet gebruiken voor zorg.\n\nEchte inhoud hier."
    )
    assert text == "Echte inhoud hier."
