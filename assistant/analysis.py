"""Dutch text analysis for lexical retrieval: folding, stop words, Snowball stemming, decompounding."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TypeVar

import yaml

from assistant.lexicon import lemma

_WORD = re.compile(r"[a-z0-9]+")
# Bump when index_terms changes, so persisted BM25 indexes are rebuilt.
ANALYZER_VERSION = 2
# Entries per memo before it starts over (bounds memory on a very large corpus).
_MEMO_LIMIT = 200_000
_K = TypeVar("_K")
_V = TypeVar("_V")


def _memo(cache: dict[_K, _V], key: _K, make: Callable[[], _V]) -> _V:
    """``cache[key]``, made and kept on first use; the cache starts over at _MEMO_LIMIT entries."""
    if key in cache:
        return cache[key]
    if len(cache) >= _MEMO_LIMIT:
        cache.clear()
    cache[key] = value = make()
    return value

@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    """The analyzer's word lists from ``data/words.yaml``."""
    raw = yaml.safe_load((Path(__file__).parent / "data" / "words.yaml").read_text(encoding="utf-8"))
    return {key: frozenset(values) for key, values in raw.items()}


class _FoldTable(dict[int, str]):
    """Per code point: its NFKD form without combining marks, worked out on first use.

    Folding per character equals folding the whole text: NFKD decomposes each code point on its
    own and only reorders combining marks, which are dropped (a test checks every code point).
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        value = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = value
        return value


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lowercase and strip diacritics (``patiënt`` -> ``patient``)."""
    lowered = text.lower()
    return lowered if lowered.isascii() else lowered.translate(_FOLD)


def words(text: str) -> list[str]:
    """Folded word tokens, digits included."""
    return _WORD.findall(fold(text))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Snowball's Dutch stop words (via bm25s) plus common question words."""
    from bm25s.stopwords import STOPWORDS_DUTCH

    return frozenset(fold(w) for w in STOPWORDS_DUTCH) | _word_lists()["question_words"]


def is_generic(word: str) -> bool:
    """Whether a folded word is too general to signal a topic (stop, question or generic word)."""
    return word in stop_words() or word in _word_lists()["generic_words"]


class DutchAnalyzer:
    """Turns text into stemmed terms; splits compounds into parts found in the corpus vocabulary.

    Decompounding is dictionary based: ``consultatieteam`` yields ``consultatie`` and ``team`` when
    both occur as words in the corpus (with the linking ``s`` of ``verslavingsproblematiek``).
    The vocabulary is stored with the index, so queries are analysed exactly like documents.
    """

    def __init__(self, vocabulary: Iterable[str] = (), *, decompound: bool = True) -> None:
        import Stemmer  # PyStemmer

        self._stemmer = Stemmer.Stemmer("dutch")
        self.vocabulary = frozenset(vocabulary)
        self.decompound = decompound
        self._stops = stop_words()
        self._cache: dict[str, tuple[str, ...]] = {}
        # Per-snapshot memos (an analyzer lives as long as its index): the same passages, titles
        # and question words come back in every question, and analysing them cost ~2.5 ms of
        # each ask (21 index_terms calls); the typo fix scanned the whole vocabulary (~2.7 ms).
        self._match_cache: dict[str, frozenset[str]] = {}
        self._query_cache: dict[tuple[str, float], dict[str, float]] = {}
        self._closest_cache: dict[str, str | None] = {}

    def stem(self, word: str) -> str:
        """Snowball-stem one folded word."""
        return str(self._stemmer.stemWord(word))

    def split_compound(self, word: str, depth: int = 0) -> tuple[str, ...]:
        """Known parts of a compound word (empty when it is not one)."""
        if not self.decompound or len(word) < (8 if depth == 0 else 6) or depth > 2:
            return ()
        cached = self._cache.get(word)
        if cached is not None and depth == 0:
            return cached
        parts: tuple[str, ...] = ()
        for i in range(3, len(word) - 2):
            left, right = word[:i], word[i:]
            base = next(
                (
                    c
                    for c in (left, left[:-1] if left.endswith("s") else "")
                    if c and c in self.vocabulary
                ),
                None,
            )
            if not base or base in self._stops or len(base) < 3 or right in self._stops:
                continue
            if right in self.vocabulary and len(right) >= 3:
                parts = (base, right, *self.split_compound(right, depth + 1))
                break
            rest = self.split_compound(right, depth + 1)
            if rest:
                parts = (base, *rest)
                break
        if depth == 0:
            self._cache[word] = parts
        return parts

    def index_terms(self, text: str) -> list[str]:
        """Terms of a passage for the index: stems of all words, of their lemmas and of compound parts.

        The lemma stem lets inflections meet that the Snowball stemmer keeps apart ("gestopt" and
        "stopten" both give ``stopp`` via "stoppen").
        """
        out: list[str] = []
        for word in words(text):
            if word in self._stops or len(word) < 2:
                continue
            stem = self.stem(word)
            out.append(stem)
            base = self._lemma_stem(word)
            if base and base != stem:
                out.append(base)
            out.extend(self.stem(part) for part in self.split_compound(word))
        return out

    def _lemma_stem(self, word: str) -> str:
        if len(word) < 4 or word.isdigit():
            return ""
        return self.stem(lemma(word))

    def match_terms(self, text: str) -> frozenset[str]:
        """Terms for judging whether a passage covers a question (the index terms as a set)."""
        return _memo(self._match_cache, text, lambda: frozenset(self.index_terms(text)))

    def query_terms(self, text: str, weight: float = 1.0) -> dict[str, float]:
        """Weighted terms of a query: words at ``weight``, their compound parts at half of it.

        Returns a fresh dict the caller may change.
        """
        found = _memo(self._query_cache, (text, weight), lambda: self._query_terms(text, weight))
        return dict(found)

    def closest_word(self, word: str, cutoff: float = 0.84) -> str | None:
        """The most similar vocabulary word with the same first letter and a length within 2.

        Same result as difflib over the whole vocabulary (ties go to the larger word, as there),
        but only the words of the right first letter and length are compared, and each word is
        looked up once per snapshot.
        """
        return _memo(self._closest_cache, word, lambda: self._closest(word, cutoff))

    def _closest(self, word: str, cutoff: float) -> str | None:
        candidates = [
            w
            for n in range(len(word) - 2, len(word) + 3)
            for w in self._by_shape.get((word[:1], n), ())
        ]
        found = difflib.get_close_matches(word, candidates, n=1, cutoff=cutoff)
        return found[0] if found else None

    @cached_property
    def _by_shape(self) -> dict[tuple[str, int], tuple[str, ...]]:
        """Vocabulary words by (first letter, length), for the typo fix."""
        shapes: dict[tuple[str, int], list[str]] = {}
        for w in self.vocabulary:
            shapes.setdefault((w[:1], len(w)), []).append(w)
        return {k: tuple(v) for k, v in shapes.items()}

    def _query_terms(self, text: str, weight: float) -> dict[str, float]:
        terms: dict[str, float] = {}
        for word in words(text):
            if word in self._stops or len(word) < 2:
                continue
            stem = self.stem(word)
            terms[stem] = max(terms.get(stem, 0.0), weight)
            base = self._lemma_stem(word)
            if base and base != stem:
                terms[base] = max(terms.get(base, 0.0), weight * 0.8)
            for part in self.split_compound(word):
                part_stem = self.stem(part)
                terms[part_stem] = max(terms.get(part_stem, 0.0), weight * 0.5)
        return terms
