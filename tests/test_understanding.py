import pytest

from assistant.analysis import DutchAnalyzer
from assistant.types import Turn
from assistant.understanding import QueryAnalyzer
from assistant.vocabulary import Glossary, Intents


@pytest.fixture(scope="module")
def intents():
    return Intents.load()


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel mg morfine mag ik meneer geven?",
        "Mijn cliënt met Down heeft pijn. Hoeveel tramadol mag ik hem vooraf geven?",
        "Welke dosis midazolam voor mijn patiënte van 80 kg?",
        "hoeveel paracetamol mag een cliënt van 45 kilo per dag",
        "Mag ik extra oxycodon erbij geven als de pijn erger wordt?",
    ],
)
def test_dose_questions_are_recognised(intents, question):
    assert intents.match("dose", question)


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel tijd krijgen naasten na het overlijden?",
        "Hoeveel vrijwilligers krijgen een scholing?",
        "Welke pijnobservatielijst gebruik je bij VG?",
        "Mag methadon doorgaan in het hospice?",
    ],
)
def test_ordinary_questions_are_not_dose_questions(intents, question):
    assert not intents.match("dose", question)


def test_acute_and_who_to_call(intents):
    assert intents.match("acute", "Een gast dreigt zichzelf iets aan te doen, wie bel ik nu?")
    assert intents.match("who_to_call", "Wie bel ik voor een tolk in Zeeland?")
    assert not intents.match("acute", "Welke scholing is er over dementie?")


def test_unknown_topic_words_are_detected_and_generic_words_ignored():
    analyzer = DutchAnalyzer({"pijn", "dementie", "observatie", "lijst", "hospice"})
    qa = QueryAnalyzer(Glossary.load(), Intents.load())
    plan = qa.plan("Hoe verzorg je een decubituswond bij dementie?", [], analyzer)
    assert "decubituswond" in plan.unknown_terms and "dementie" not in plan.unknown_terms
    generic = qa.plan("Hoeveel dagen kan ik pijn observeren bij dementie?", [], analyzer)
    assert "hoeveel" not in generic.unknown_terms and "dagen" not in generic.unknown_terms


def test_region_and_group_detection():
    qa = QueryAnalyzer(Glossary.load(), Intents.load())
    assert qa.detect_region("wie bel ik in Breda") == "west-brabant"
    assert qa.detect_region("consultatieteam Hoeksche Waard") == "zuid-hollandse-eilanden"
    assert qa.detect_groups("pijn bij LVB en EPA") == ("verstandelijke-beperking", "psychiatrie")
    plan = qa.plan("En 's nachts?", [Turn("user", "crisis bij EPA in Tilburg")], DutchAnalyzer())
    assert plan.followup and plan.groups == ("psychiatrie",) and plan.region == "midden-brabant"


PAIN_TALK = [
    Turn("user", "hoe herken je pijn bij iemand met een verstandelijke beperking die niet praat?"),
    Turn("assistant", "(antwoord)"),
]


@pytest.mark.parametrize(
    ("question", "followup"),
    [
        # A short question with a subject of its own, not referring back: a new question.
        ("wat is de DOS?", False),
        ("tolk regelen hoe", False),
        ("wat is korsakov", False),
        ("ok, iets anders: hoe lang duurt de stervensfase meestal", False),
        # Referring back, or nothing of its own to search for: a follow-up.
        ("en bij iemand met dementie?", True),
        ("wie bel ik dan?", True),
        ("hoe vaak moet dat?", True),
        ("kan ik daar ook terecht voor advies?", True),
        ("hoe richt ik zo'n kamer in?", True),
    ],
)
def test_follow_up_or_new_question(question, followup):
    analyzer = DutchAnalyzer(
        {"pijn", "dos", "tolk", "korsakov", "stervensfase", "dementie", "advies", "kamer"}
    )
    qa = QueryAnalyzer(Glossary.load(), Intents.load())
    plan = qa.plan(question, PAIN_TALK, analyzer)
    assert plan.followup is followup
    borrowed = "beperking" in plan.dense_text or "verstandelijk" in plan.dense_text
    assert borrowed is followup  # only a follow-up carries the earlier question into the search


def test_comparisons_and_conditions_with_dan_are_not_references_back(intents):
    assert intents.match("followup_then", "wie bel ik dan?")
    assert intents.match("not_followup_then", "is dat meer dan normaal?")
    assert intents.match("not_followup_then", "als iemand niet kan slikken, wat dan?")
    assert not intents.match("not_followup_then", "wie schrijft dan de opioiden voor?")
