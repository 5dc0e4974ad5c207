"""Topic terms of a declined question, privacy-safe: the signal for what the corpus lacks.

Only single content words survive; the question itself is never kept. A word is dropped when it

- contains a digit, ``@``, ``/`` or ``:`` (numbers, dates, phone numbers, e-mail and web addresses),
- is shorter than 4 letters, or is a stop word, question word or generic word,
- is capitalised but not the first word of a sentence (a name: "meneer Jansen", "Ahmed"), or is
  all capitals (an abbreviation can identify a ward or a person),
- starts a sentence with a capital and is not a word of the corpus (a name at the start:
  "Jansen heeft ..."), or
- is neither a word of the corpus vocabulary nor in the Dutch word list (wordfreq): typos, rare
  words and rare names.
"""

from __future__ import annotations

from collections.abc import Collection

from assistant.analysis import fold, is_generic
from assistant.lexicon import zipf

MIN_LETTERS = 4
_EDGE = "\"'“”‘’()[]{}<>«»,.;:!?…*_"
_SENTENCE_END = (".", "!", "?")


def topic_terms(question: str, vocabulary: Collection[str]) -> list[str]:
    """The question's topic terms (lowercase, sorted, each once).

    Args:
        question: The question as typed (used here only; never stored).
        vocabulary: Folded words of the corpus (the lexical analyzer's vocabulary).

    Returns:
        Terms that pass every rule in the module docstring.
    """
    terms: set[str] = set()
    at_start = True
    for token in question.split():
        starts, at_start = at_start, token.rstrip("\"'”’)").endswith(_SENTENCE_END)
        if any(c.isdigit() for c in token) or any(c in token for c in "@/:\\"):
            continue
        for word in token.strip(_EDGE).split("-"):
            term = _term(word, starts, vocabulary)
            if term:
                terms.add(term)
    return sorted(terms)


def _term(word: str, sentence_start: bool, vocabulary: Collection[str]) -> str | None:
    if len(word) < MIN_LETTERS or not word.isalpha():
        return None
    capitalised = word[0].isupper()
    if (capitalised and not sentence_start) or (len(word) > 1 and word.isupper()):
        return None
    folded = fold(word)
    if is_generic(folded):
        return None
    known = folded in vocabulary
    if capitalised and not known:
        return None
    if not known and zipf(folded) <= 0:
        return None
    return word.lower()
