"""Structure recovery from flat PDF lines: headings, running lines, bullets, tables, double spacing."""

from ingest.cleaning import clean_wrapped
from ingest.structure import Line, structure_pages


def _plain(*pages: str) -> list[list[Line]]:
    return [[Line(t) for t in page.split("\n")] for page in pages]


def test_headings_from_typography_become_section_paths():
    page = [
        Line("Plan van aanpak palliatieve zorg voor", 20, True),
        Line("dak- en thuislozen (2026)", 20, True),
        Line("Inleiding", 14, True),
        Line("Het netwerk wil de zorg voor dakloze mensen verbeteren in de hele regio.", 11, False),
        Line("Fase 1: inventarisatie", 11, True),
        Line("In de eerste fase brengen we de bestaande zorg in kaart met een enquête.", 11, False),
    ]
    sections = structure_pages([page])
    # The bold sub-heading nests under the larger heading; the title stays out of the path.
    assert [s.section for s in sections] == ["Inleiding", "Inleiding > Fase 1: inventarisatie"]
    assert all("Fase 1: inventarisatie" not in s.text for s in sections)
    assert "enquête" in sections[1].text


def test_headings_from_layout_when_typography_is_absent():
    text = (
        "Memo palliatieve zorg EPA\n"
        "Aan: de netwerkpartners in de regio, van de werkgroep psychiatrie en palliatieve zorg.\n"
        "4.2 Activiteiten voor hospices\n"
        "De hospices organiseren twee scholingen per jaar over psychiatrische ziektebeelden.\n"
        "Doel en aanpak\n"
        "We starten in het voorjaar met een inventarisatie onder alle hospices van de regio.\n"
    )
    sections = structure_pages(_plain(text))
    names = [s.section for s in sections]
    assert "4.2 Activiteiten voor hospices" in names
    assert "Doel en aanpak" in names
    body = "\n".join(s.text for s in sections)
    assert "Doel en aanpak" not in body


def test_running_headers_footers_and_page_numbers_are_dropped():
    bodies = ("Eerst komt de inventarisatie.", "Daarna volgt scholing.", "Tot slot evalueren we.")
    pages = [
        f"Regionaal plan 2026 – versie 3\n{body}\nPagina {n} van 3"
        for n, body in enumerate(bodies, start=1)
    ]
    sections = structure_pages(_plain(*pages))
    body = "\n".join(s.text for s in sections)
    assert "versie 3" not in body and "Pagina" not in body
    assert [s.page for s in sections] == [1, 2, 3]


def test_odd_bullet_glyphs_become_list_items_and_stray_glyphs_disappear():
    raw = (
        "De werkgroep noemt deze knelpunten:\n"
        "\ufffd te weinig kennis van psychiatrie\n"
        "\uf0d8 geen vaste contactpersoon\n"
        "➔ wachttijden bij de GGZ\n"
        "o sub-item bij de wachttijden\n"
        "▪ de regio\ufffds werken verschillend\n"
    )
    lines = clean_wrapped(raw).split("\n")
    assert lines[1:] == [
        "- te weinig kennis van psychiatrie",
        "- geen vaste contactpersoon",
        "- wachttijden bij de GGZ",
        "- sub-item bij de wachttijden",
        "- de regio's werken verschillend",
    ]
    assert not any("\ufffd" in line or "\uf0d8" in line for line in lines)


def test_double_spaced_extraction_is_rejoined_into_sentences():
    raw = (
        "Het netwerk wil in 2026 met alle hospices de\n\nwerkafspraken over crisiszorg\n\n"
        "vastleggen.\n\nDaarna volgt een evaluatie met de\n\nbetrokken teams.\n\n"
    )
    sections = structure_pages(_plain(raw))
    assert sections[0].text.split("\n") == [
        "Het netwerk wil in 2026 met alle hospices de werkafspraken over crisiszorg vastleggen.",
        "Daarna volgt een evaluatie met de betrokken teams.",
    ]


def test_table_cells_one_per_line_are_kept_together_as_one_row():
    raw = (
        "Tabel 2 geeft de werkvormen.\n"
        "Werkvorm en doel Acties Betrokkenen Resultaat\n"
        "Intervisie\nvoor teams\nCasus\nbespreken\nhospice-\nteams\nMeer\nkennis\n"
        "Na de tabel volgt gewone tekst die een volledige zin is.\n"
    )
    sections = structure_pages(_plain(raw))
    lines = sections[0].text.split("\n")
    table = [r for r in lines if r.startswith("- ")]
    assert len(table) == 1
    assert table[0].startswith("- Intervisie voor teams Casus") and "Resultaat" not in table[0]
    assert lines[-1] == "Na de tabel volgt gewone tekst die een volledige zin is."


def test_url_lines_are_references_not_headings():
    from ingest.structure import is_reference

    assert is_reference("https://www.netwerkpalliatievezorg.example/epa")
    assert is_reference("(link)")
    assert not is_reference("Zie de website van het netwerk voor meer informatie.")
