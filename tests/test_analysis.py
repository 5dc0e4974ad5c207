"""DutchAnalyzer's per-snapshot memos give what the uncached analysis gives."""

import difflib
import unicodedata

from assistant.analysis import DutchAnalyzer, fold

VOCABULARY = [
    "pijnbestrijding", "pijnbestrijder", "palliatief", "palliatieve", "pallitief", "delier",
    "delirium", "dementie", "consultatie", "consultatieteam", "team", "morfine", "morfines",
    "angst", "angsten", "benauwdheid", "benauwd", "stervensfase", "sterven", "fase", "zorg",
]


def _full_scan(word: str, vocabulary: list[str]) -> str | None:
    """The typo fix as it was: difflib over every word with the same first letter and length ±2."""
    candidates = [w for w in vocabulary if w[:1] == word[:1] and abs(len(w) - len(word)) <= 2]
    found = difflib.get_close_matches(word, candidates, n=1, cutoff=0.84)
    return found[0] if found else None


def test_closest_word_equals_the_full_vocabulary_scan() -> None:
    analyzer = DutchAnalyzer(VOCABULARY)
    probes = ["pijnbestreiding", "paliatieve", "delir", "dementia", "morfien", "angstt",
              "benauwdhied", "stervensfaze", "xyzzy", "consultatietaem", "zorgg"]  # fmt: skip
    for word in probes:
        expected = _full_scan(word, VOCABULARY)
        assert analyzer.closest_word(word) == expected, word
        assert analyzer.closest_word(word) == expected, word  # from the memo
    assert analyzer.closest_word("paliatieve") == "palliatieve"


def test_match_terms_is_the_set_of_index_terms_and_memoised() -> None:
    analyzer = DutchAnalyzer(VOCABULARY)
    text = "Het consultatieteam helpt bij pijnbestrijding in de stervensfase."
    first = analyzer.match_terms(text)
    assert first == frozenset(analyzer.index_terms(text))
    assert "team" in first  # a compound part
    assert analyzer.match_terms(text) is first


def test_query_terms_returns_a_fresh_dict_each_time() -> None:
    analyzer = DutchAnalyzer(VOCABULARY)
    terms = analyzer.query_terms("angst in de stervensfase", 0.5)
    expected = dict(terms)
    terms["iets"] = 9.0
    assert analyzer.query_terms("angst in de stervensfase", 0.5) == expected
    assert analyzer.query_terms("angst in de stervensfase", 1.0) != expected  # weight is part of the key


def test_fold_per_character_equals_folding_the_whole_text():
    def reference(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.lower())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    chars = [chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF]
    mismatched = [c for c in chars if fold(c) != reference(c)]
    assert mismatched == []
    for text in ("Patiënt met délier", "ΣΊΣΥΦΟΣ", "İstanbul", "Ａｎｇｓｔ ①", "e\u0301e\u0327\u0301", ""):
        assert fold(text) == reference(text)
    assert fold("Patiënt CRÈME") == "patient creme"
