import pytest

from assistant.contacts import ContactCard, find_contacts, parse_contacts
from assistant.errors import CorpusError
from assistant.trees import parse_tree, tree_paths


def _tree(nodes, start="a"):
    return {"id": "t", "title": "T", "start": start, "nodes": nodes}


LEAF = {"advice": "Bel de arts."}


@pytest.mark.parametrize(
    ("tree", "message"),
    [
        (
            _tree(
                {
                    "a": {
                        "question": "Q?",
                        "answers": [{"label": "Ja", "next": "b"}, {"label": "Nee", "next": "zz"}],
                    },
                    "b": LEAF,
                }
            ),
            "verwijst naar onbekende knoop 'zz'",
        ),
        (
            _tree(
                {
                    "a": {
                        "question": "Q?",
                        "answers": [{"label": "Ja", "next": "b"}, {"label": "Nee", "next": "c"}],
                    },
                    "b": {
                        "question": "R?",
                        "answers": [{"label": "x", "next": "a"}, {"label": "y", "next": "c"}],
                    },
                    "c": LEAF,
                }
            ),
            "kringverwijzing: a → b → a",
        ),
        (
            _tree(
                {
                    "a": {
                        "question": "Q?",
                        "answers": [{"label": "Ja", "next": "b"}, {"label": "Nee", "next": "b"}],
                    },
                    "b": LEAF,
                    "los": LEAF,
                }
            ),
            "onbereikbare knopen: los",
        ),
        (_tree({"a": LEAF}, start="begin"), "startknoop 'begin' bestaat niet"),
        (
            _tree({"a": {"question": "Q?", "answers": [{"label": "Ja", "next": "b"}]}, "b": LEAF}),
            "maar één antwoord",
        ),
        (
            _tree(
                {
                    "a": {
                        "question": "Q?",
                        "answers": [{"label": "Ja", "next": "b"}, {"label": "N", "next": "b"}],
                    },
                    "b": {},
                }
            ),
            "geen antwoorden en geen advies",
        ),
    ],
)
def test_tree_validation_errors(tree, message):
    with pytest.raises(CorpusError) as err:
        parse_tree(tree, source="boom.yaml")
    assert str(err.value).startswith("boom.yaml: ongeldige beslisboom")
    assert message in str(err.value)


def test_valid_tree_paths():
    tree = parse_tree(
        _tree(
            {
                "a": {
                    "question": "Q?",
                    "answers": [{"label": "Ja", "next": "b"}, {"label": "Nee", "next": "c"}],
                },
                "b": LEAF,
                "c": {"advice": "Wacht af."},
            }
        ),
        source="x",
    )
    assert [leaf for _, leaf in tree_paths(tree)] == ["b", "c"]


def test_contact_validation_names_card_and_field():
    data = {
        "id": "c",
        "title": "C",
        "contacts": [{"id": "k1", "organisation": "O", "kind": "bakker"}],
    }
    with pytest.raises(CorpusError) as err:
        parse_contacts(data, source="zeeland.yaml")
    assert (
        "zeeland.yaml" in str(err.value)
        and "kaart k1" in str(err.value)
        and "soort contact" in str(err.value)
    )
    dup = {
        "id": "c",
        "title": "C",
        "contacts": [{"id": "k", "organisation": "O", "kind": "vptz"}] * 2,
    }
    with pytest.raises(CorpusError, match="dubbele contact-id k"):
        parse_contacts(dup, source="x.yaml")
    bad_region = {
        "id": "c",
        "title": "C",
        "contacts": [{"id": "k", "organisation": "O", "kind": "vptz", "regions": ["limburg"]}],
    }
    with pytest.raises(CorpusError, match="onbekende regio limburg"):
        parse_contacts(bad_region, source="x.yaml")


def _card(id_, kind, regions, groups=("algemeen",), h24=False):
    return ContactCard(
        id=id_,
        organisation=id_,
        kind=kind,
        regions=regions,
        target_groups=groups,
        available_24_7=h24,
    )


def test_contact_lookup_by_region_group_and_urgency():
    cards = [
        _card("zl-ct", "consultatieteam-palliatieve-zorg", ("zeeland",), h24=True),
        _card("zl-ggz", "ggz-consultatie", ("zeeland",), ("psychiatrie",)),
        _card("zl-crisis", "ggz-crisisdienst", ("zeeland",), ("psychiatrie",), h24=True),
        _card("rd-ct", "consultatieteam-palliatieve-zorg", ("rotterdam",), h24=True),
        _card("nl", "cce", ("landelijk",), ("verstandelijke-beperking",)),
    ]
    zeeland = [c.id for c in find_contacts(cards, region="zeeland", target_group="psychiatrie")]
    assert zeeland[:2] == ["zl-crisis", "zl-ggz"] or set(zeeland[:2]) == {"zl-crisis", "zl-ggz"}
    assert "rd-ct" not in zeeland and "nl" not in zeeland
    urgent = [
        c.id
        for c in find_contacts(cards, region="zeeland", target_group="psychiatrie", urgent=True)
    ]
    assert urgent[0] == "zl-crisis" and urgent.index("zl-ggz") == len(urgent) - 1
    vg = [
        c.id
        for c in find_contacts(cards, region="rotterdam", target_group="verstandelijke-beperking")
    ]
    assert vg == ["nl", "rd-ct"]
