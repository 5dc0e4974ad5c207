"""Query understanding: glossary expansion, target-group and region detection, intents, follow-ups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from assistant.analysis import DutchAnalyzer, is_generic, words
from assistant.lexicon import is_everyday, lemma, looks_like_noun
from assistant.types import Turn
from assistant.vocabulary import Glossary, Intents, load_places


@dataclass(frozen=True, slots=True)
class Concept:
    """One meaningful word of the question and the stemmed phrases that count as matching it."""

    word: str
    stem: str
    alternatives: tuple[frozenset[str], ...]
    weight: float


@dataclass(frozen=True)
class QueryPlan:
    """A question turned into what retrieval and answering need."""

    question: str
    lexical_terms: dict[str, float]
    concepts: tuple[Concept, ...]
    dense_text: str
    groups: tuple[str, ...] = ()
    region: str | None = None
    dose: bool = False
    acute: bool = False
    who_to_call: bool = False
    wants_list: bool = False
    followup: bool = False
    expansions: tuple[str, ...] = field(default_factory=tuple)
    unknown_terms: tuple[str, ...] = ()  # topic words of the question the corpus never uses
    asks: tuple[str, ...] = ()  # kinds of fact asked for: number, date, who, reason
    foreign_places: tuple[str, ...] = ()  # places named in the question the corpus never mentions


@lru_cache(maxsize=4096)
def _phrase(phrase: str) -> tuple[str, ...]:
    return tuple(words(phrase))


@lru_cache(maxsize=256)  # one question is matched against glossary, regions and places
def _ngrams(text: str, longest: int = 6) -> frozenset[tuple[str, ...]]:
    """Every run of 1..``longest`` consecutive words of a text (for phrase look-ups in O(1))."""
    tokens = words(text)
    return frozenset(
        tuple(tokens[i : i + n]) for n in range(1, longest + 1) for i in range(len(tokens) - n + 1)
    )


def _contains_phrase(grams: frozenset[tuple[str, ...]], phrase: str) -> bool:
    parts = _phrase(phrase)
    return bool(parts) and parts in grams


class QueryAnalyzer:
    """Builds a QueryPlan from a question, the conversation so far and the lexical vocabulary."""

    def __init__(
        self,
        glossary: Glossary,
        intents: Intents,
        places: tuple[str, ...] | None = None,
        *,
        dense_expansions: bool = True,
    ) -> None:
        self.glossary = glossary
        self.intents = intents
        self.places = places if places is not None else load_places()
        # Whether the dense query text carries the glossary's other variants (BM25 always does).
        self.dense_expansions = dense_expansions

    @cached_property
    def _entries_by_word(self) -> dict[str, tuple[int, ...]]:
        """Glossary entry positions by the first word of any of their variants."""
        out: dict[str, list[int]] = {}
        for i, (variants, _) in enumerate(self.glossary.entries):
            for v in variants:
                parts = _phrase(v)
                if parts and i not in out.get(parts[0], ()):
                    out.setdefault(parts[0], []).append(i)
        return {k: tuple(v) for k, v in out.items()}

    def _candidate_entries(
        self, grams: frozenset[tuple[str, ...]]
    ) -> list[tuple[tuple[str, ...], str | None]]:
        """The glossary entries (in file order) with a variant starting with a word of the text.

        Only those can match; checking every entry's variants per question cost ~2.5 ms.
        """
        positions = {i for g in grams if len(g) == 1 for i in self._entries_by_word.get(g[0], ())}
        return [self.glossary.entries[i] for i in sorted(positions)]

    def detect_groups(self, text: str) -> tuple[str, ...]:
        """Target groups the text is about, by glossary variants."""
        grams = _ngrams(text)
        found = [
            g
            for variants, g in self._candidate_entries(grams)
            if g and any(_contains_phrase(grams, v) for v in variants)
        ]
        return tuple(dict.fromkeys(found))

    def detect_region(self, text: str) -> str | None:
        """The network region a text names, if any."""
        grams = _ngrams(text)
        for region, aliases in self.glossary.regions.items():
            if any(_contains_phrase(grams, a) for a in aliases):
                return region
        return None

    def _expansions(self, text: str) -> list[tuple[str, list[str]]]:
        """(matched variant, other variants) for every glossary entry the text mentions."""
        grams = _ngrams(text)
        out = []
        for variants, _ in self._candidate_entries(grams):
            hit = next((v for v in variants if _contains_phrase(grams, v)), None)
            if hit:
                out.append((hit, [v for v in variants if v != hit]))
        return out

    def _is_followup(self, question: str, history: Sequence[Turn], has_subject: bool) -> bool:
        """Whether the question leans on the previous one (and so borrows its terms).

        A follow-up refers back ("daar", "zo'n", "dan", "en bij ...", "die", "dat") or has no
        subject of its own ("hoe vaak moet dat?"). A short question that names a subject and does
        not refer back is a new question: "wat is de DOS?" after a question about pain borrowed
        the pain question's words and was answered about pain. Measured on the blind
        topic-switch conversations (``evals/tuning/topic_switch.jsonl``) and all splits.
        """
        if not any(t.role == "user" for t in history):
            return False
        match = self.intents.match
        if match("new_topic", question):
            return False
        if match("followup", question) or match("followup_word", question):
            return True
        if match("followup_then", question) and not match("not_followup_then", question):
            return True
        return not has_subject

    def plan(self, question: str, history: Sequence[Turn], analyzer: DutchAnalyzer) -> QueryPlan:
        """Analyse a question in the context of the conversation.

        Follow-ups ("en bij dementie?") borrow the previous question's terms at a lower weight and
        inherit its target group and region when they name none themselves.
        """
        region_words = self._region_words(question)
        concepts = self._concepts(question, analyzer, 1.0, region_words)
        followup = self._is_followup(question, history, has_subject=bool(concepts))
        previous = (
            next((t.content for t in reversed(history) if t.role == "user"), "") if followup else ""
        )
        terms = dict(analyzer.query_terms(question))
        expansions: list[str] = []
        for source_text, weight in ((question, 1.0), (previous, 0.6)):
            if not source_text:
                continue
            if source_text is previous:
                for term, w in analyzer.query_terms(previous, 0.6).items():
                    terms[term] = max(terms.get(term, 0.0), w)
                concepts += self._concepts(
                    previous, analyzer, 0.6, self._region_words(previous)
                )
            for _hit, others in self._expansions(source_text):
                for other in others:
                    expansions.append(other)
                    for term, w in analyzer.query_terms(other, 0.5 * weight).items():
                        terms.setdefault(term, w)
        self._add_typo_fixes(question, analyzer, terms)
        groups = self.detect_groups(question) or (self.detect_groups(previous) if previous else ())
        region = self.detect_region(question) or (
            self.detect_region(previous) if previous else None
        )
        extra = " ".join(dict.fromkeys(expansions))[:300] if self.dense_expansions else ""
        dense_parts = [question, previous, extra]
        return QueryPlan(
            question=question,
            lexical_terms=terms,
            concepts=tuple(concepts),
            dense_text=" ".join(p for p in dense_parts if p),
            groups=groups,
            region=region,
            dose=self.intents.match("dose", question),
            acute=self.intents.match("acute", question),
            who_to_call=self.intents.match("who_to_call", question),
            wants_list=self.intents.match("list", question),
            followup=followup,
            expansions=tuple(dict.fromkeys(expansions)),
            unknown_terms=self._unknown(question, analyzer),
            foreign_places=self._foreign_places(question, analyzer),
            asks=tuple(
                kind
                for kind in ("number", "date", "who", "reason")
                if self.intents.match(f"asks_{kind}", question)
            ),
        )

    def _foreign_places(self, question: str, analyzer: DutchAnalyzer) -> tuple[str, ...]:
        """Places the question names (from the places list) that no document mentions."""
        grams = _ngrams(question)
        return tuple(
            p
            for p in self.places
            if _contains_phrase(grams, p) and not all(w in analyzer.vocabulary for w in _phrase(p))
        )

    def _region_words(self, text: str) -> frozenset[str]:
        """Words of the region names in a text: a place is a filter, not a topic to cover."""
        grams = _ngrams(text)
        return frozenset(
            w
            for aliases in self.glossary.regions.values()
            for a in aliases
            if _contains_phrase(grams, a)
            for w in _phrase(a)
        )

    def _unknown(self, question: str, analyzer: DutchAnalyzer) -> tuple[str, ...]:
        """Topic words absent from the whole corpus (even if their parts occur, and no typo fix).

        A strong sign that the question is about something the knowledge base does not cover.
        Only rare nouns count: that a document does not use an everyday word ("handig", "ergens",
        "overzicht") or a verb ("meekijken", "regelt") says nothing about its topic. Inflections count as known
        when their lemma is ("gebeurde" -> "gebeuren"), and glossary terms are domain words whose
        synonyms the corpus may use ("migranten" for "migratieachtergrond").
        """
        glossary = {w for hit, _ in self._expansions(question) for w in _phrase(hit)}
        return tuple(
            w
            for w in dict.fromkeys(words(question))
            if len(w) >= 5  # short words ("vult", "wint") are weak topic signals
            and not is_generic(w)
            and not w.isdigit()
            and w not in glossary
            and not is_everyday(w)
            and looks_like_noun(w)
            and w not in analyzer.vocabulary
            and lemma(w) not in analyzer.vocabulary
            and not _closest(w, analyzer)
        )

    def _concepts(
        self, text: str, analyzer: DutchAnalyzer, weight: float, skip: frozenset[str] = frozenset()
    ) -> list[Concept]:
        expansions = self._expansions(text)
        concepts = []
        for word in dict.fromkeys(words(text)):
            # Regions are filters and generic words ("weekend", "vaak") no topic: neither has to
            # be covered by a passage for the corpus to answer the question.
            generic = is_generic(word) or is_generic(lemma(word))  # "kwam" is "komen"
            if word in skip or generic or word.isdigit() or not analyzer.query_terms(word):
                continue
            alts = {frozenset({analyzer.stem(word)})}
            base = lemma(word)
            if base != word:
                alts.add(frozenset({analyzer.stem(base)}))
            parts = analyzer.split_compound(word)
            if parts:
                alts.add(frozenset(analyzer.stem(p) for p in parts))
            for hit, others in expansions:
                if word in words(hit):
                    alts.update(
                        frozenset(analyzer.query_terms(o))
                        for o in others
                        if analyzer.query_terms(o)
                    )
            close = _closest(word, analyzer)
            if close:
                alts.add(frozenset({analyzer.stem(close)}))
            concepts.append(Concept(word, analyzer.stem(word), tuple(alts), weight))
        return concepts

    @staticmethod
    def _add_typo_fixes(question: str, analyzer: DutchAnalyzer, terms: dict[str, float]) -> None:
        for word in words(question):
            close = _closest(word, analyzer)
            if close:
                terms.setdefault(analyzer.stem(close), 0.8)


def _closest(word: str, analyzer: DutchAnalyzer) -> str | None:
    """For an unknown word of 5+ letters, the nearest corpus word (a likely typo fix)."""
    if len(word) < 5 or word in analyzer.vocabulary or not analyzer.query_terms(word):
        return None
    if analyzer.split_compound(word):
        return None
    return analyzer.closest_word(word, cutoff=0.84)
