"""Unit selection: score the typed units of the retrieved passages and pick a short answer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.analysis import DutchAnalyzer
from assistant.dose import mentions_dose
from assistant.evidence import concept_weights, coverage
from assistant.index import SearchIndex
from assistant.sentences import split_sentences
from assistant.types import Chunk, Hit
from assistant.understanding import Concept, QueryPlan
from assistant.units import ANSWERING, Unit, UnitKind, split_units
from assistant.vocabulary import Intents

# A person's name ("Sanne de Wit", "Ruud van Gils"): the answer to a "wie" question.
_PERSON = re.compile(
    r"\b[A-Z][a-zé]+ (?:(?:van|de|der|den|te|ten|el|van de|van der|van den) )?[A-Z][a-zé]{2,}\b"
)
# A sentence about the document ("Deze memo geeft ...") answers only when nothing else does.
META_FACTOR = 0.6


@dataclass(frozen=True, slots=True)
class Candidate:
    """A unit of a retrieved passage with its score."""

    hit_rank: int
    unit: Unit
    score: float
    chunk: Chunk | None = None  # the chunk to cite when it is not the hit's own (tree advice)
    typed: bool = False  # holds the kind of fact the question asks for (a date for "wanneer")

    @property
    def text(self) -> str:
        """The unit's text."""
        return self.unit.text

    @property
    def is_item(self) -> bool:
        """Whether it is a list item or table row."""
        return self.unit.kind in (UnitKind.ITEM, UnitKind.ROW)


def candidates(
    plan: QueryPlan,
    hits: Sequence[Hit],
    index: SearchIndex,
    analyzer: DutchAnalyzer,
    intents: Intents,
    *,
    own_weight: float,
    context_weight: float,
    ask_bonus: float,
    off_group_factor: float = 1.0,
) -> list[Candidate]:
    """Every unit of the hits, scored by how much of the question it and its context cover.

    Score = own_weight x coverage by the unit itself (title words aside) + context_weight x
    coverage with its title, heading, lead and previous sentence + 0.1 / (1 + hit rank), plus
    ask_bonus for a unit holding the kind of fact asked; times off_group_factor when the question
    names a target group and the unit's document is about other groups only (general documents,
    "algemeen", are never off-group). The values live in AnswerSettings.
    """
    concepts = list(plan.concepts)
    weights = concept_weights(concepts, index)
    out: list[Candidate] = []
    for rank, hit in enumerate(hits):
        group_fit = off_group_factor if _off_group(plan.groups, hit.meta.target_groups) else 1.0
        context = analyzer.match_terms(f"{hit.meta.title} {hit.chunk.section}")
        # Words of the document's title say which document, not which sentence: a unit is judged
        # on the rest of the question ("hoe wordt de consultatiestructuur betaald" -> "betaald").
        residual = _residual(concepts, weights, analyzer.match_terms(hit.meta.title))
        route = route_advice(hit, index)
        if route is not None:
            # A decision-tree route: its steps describe the situation, its advice is the answer.
            advice, holder = route
            fit = coverage(concepts, weights, analyzer.match_terms(hit.chunk.text) | context)
            for pos, text in enumerate(advice):
                if not mentions_dose(text):
                    unit = Unit(text, UnitKind.SENTENCE, pos)
                    out.append(
                        Candidate(rank, unit, (0.9 * fit + 0.1 / (1 + rank)) * group_fit, holder)
                    )
            continue
        # A contact card is one record: name, number and hours belong together.
        units = (
            [Unit(hit.chunk.text.replace("\n", " "), UnitKind.SENTENCE, 0)]
            if hit.meta.doc_type == "consultatie"
            else split_units(hit.chunk.text, hit.meta.title)
        )
        previous: frozenset[str] = frozenset()
        for unit in units:
            terms = analyzer.match_terms(unit.text)
            # The sentence before continues into this one ("De opening ... is uitgesteld. De
            # opening staat nu gepland op ..."): its words count as context.
            before, previous = previous, (terms if unit.kind == UnitKind.SENTENCE else frozenset())
            if mentions_dose(unit.text):
                # Never quote an amount of medication: a document's dose is not this patient's.
                continue
            lead = analyzer.match_terms(unit.lead) if unit.lead else frozenset()
            own = coverage(*residual, terms)
            ctx = coverage(concepts, weights, terms | context | lead | before)
            score = own_weight * own + context_weight * ctx + 0.1 / (1 + rank)
            typed = unit.kind in ANSWERING and any(
                intents.match(f"has_{kind}", unit.text)
                or (kind == "who" and _PERSON.search(unit.text) is not None)
                for kind in plan.asks
            )
            score += ask_bonus if typed else 0.0
            if unit.kind == UnitKind.META:
                score *= META_FACTOR
            out.append(Candidate(rank, unit, score * group_fit, typed=typed))
    return out


def _off_group(asked: Sequence[str], about: Sequence[str]) -> bool:
    """Whether a document is about other target groups only than the ones the question names."""
    return bool(asked) and bool(about) and "algemeen" not in about and not set(asked) & set(about)


def _residual(
    concepts: Sequence[Concept], weights: Sequence[float], title: frozenset[str]
) -> tuple[list[Concept], list[float]]:
    """The concepts (and weights) a document's title does not cover; all when it covers all."""
    rest = [
        (c, w)
        for c, w in zip(concepts, weights, strict=True)
        if not any(a <= title for a in c.alternatives)
    ]
    if not rest:
        return list(concepts), list(weights)
    return [c for c, _ in rest], [w for _, w in rest]


def route_advice(hit: Hit, index: SearchIndex) -> tuple[list[str], Chunk] | None:
    """The advice of the decision-tree route a hit belongs to, and the chunk that holds it.

    A long route may be split over chunks; the steps (what retrieval matched) and the advice can
    then sit in different chunks of the same section. None for chunks that are not routes.
    """
    if hit.meta.doc_type != "beslisboom" or not hit.chunk.section.startswith("Route "):
        return None
    siblings = index.section_chunks(hit.chunk.doc_id, hit.chunk.section)
    holder = next(
        (c for c in sorted(siblings, key=lambda c: c.ordinal) if "Advies: " in c.text), None
    )
    if holder is None:
        return None
    advice = holder.text.split("Advies: ", 1)[1]
    sentences = [s for line in advice.split("\n") for s in split_sentences(line.lstrip("- "))]
    return ([" ".join(sentences)] if sum(len(s) for s in sentences) <= 600 else sentences), holder


def _group_of(pool: Sequence[Candidate], anchor: Candidate) -> list[Candidate]:
    """The list or table an item belongs to, or the items a label introduces, in order."""
    same = [c for c in pool if c.hit_rank == anchor.hit_rank and c.chunk is None]
    if anchor.unit.kind == UnitKind.LABEL:
        after = [c for c in same if c.unit.position > anchor.unit.position]
        first = after[0] if after else None
        if first is None or first.unit.group < 0:
            return []
        return [c for c in after if c.unit.group == first.unit.group and c.unit.kind in ANSWERING]
    return [c for c in same if c.unit.group == anchor.unit.group and c.unit.kind in ANSWERING]


class _Answer:
    """The units chosen so far, within a character budget, without repeats."""

    def __init__(self, max_chars: int) -> None:
        self.chosen: list[Candidate] = []
        self.size = 0
        self.max_chars = max_chars

    def add(self, c: Candidate) -> bool:
        if any(c is o or c.text == o.text for o in self.chosen):
            return False
        if self.size + len(c.text) > self.max_chars:
            return False
        self.chosen.append(c)
        self.size += len(c.text) + 6
        return True

    def add_list(self, label: Candidate | None, items: Sequence[Candidate], limit: int) -> None:
        if label is not None:
            self.add(label)
        for item in items[:limit]:
            self.add(item)


def select(
    pool: list[Candidate],
    wants_list: bool,
    *,
    max_units: int,
    max_list_units: int,
    max_chars: int,
    relative_floor: float,
) -> list[Candidate]:
    """A short answer: the best units, or the best list complete (up to a limit) with its label.

    Headings, questions and references are never chosen; a label only brings its items.
    """
    usable = [
        c
        for c in pool
        if c.unit.kind in ANSWERING or (c.unit.kind == UnitKind.LABEL and _group_of(pool, c))
    ]
    if not usable:
        return []
    ranked = sorted(usable, key=lambda c: (-c.score, c.hit_rank, c.unit.position))
    answer = _Answer(max_chars)
    top = ranked[0]
    if top.unit.kind == UnitKind.LABEL or (wants_list and top.unit.group >= 0):
        items = _group_of(pool, top)
        if items:
            label = top if top.unit.kind == UnitKind.LABEL else _label_before(pool, items[0])
            answer.add_list(label, items, max_list_units)
            return _ordered(answer.chosen)
    floor = relative_floor * top.score  # whether to answer at all is the evidence check's decision
    for c in ranked:
        if c.score < floor or len(answer.chosen) >= max_units:
            break
        if c.unit.kind != UnitKind.LABEL:
            answer.add(c)
        elif items := _group_of(pool, c):
            answer.add_list(c, items, max_list_units)
    near = _typed_neighbour(pool, answer.chosen)
    if near is not None:
        answer.add(near)
    return _ordered(answer.chosen)


def _typed_neighbour(pool: Sequence[Candidate], chosen: Sequence[Candidate]) -> Candidate | None:
    """A unit with the asked kind of fact right next to a chosen unit, when none holds one.

    "De opening is uitgesteld. De opening staat nu gepland op 1 september." answers "wanneer"
    with its second sentence, which shares no words with the question.
    """
    if not chosen or any(c.typed for c in chosen) or not any(c.typed for c in pool):
        return None
    near = [
        c
        for c in pool
        if c.typed
        and c.chunk is None
        and any(
            o.hit_rank == c.hit_rank and 0 < abs(o.unit.position - c.unit.position) <= 2
            for o in chosen
        )
    ]
    return max(near, key=lambda c: c.score) if near else None


def _label_before(pool: Sequence[Candidate], first: Candidate) -> Candidate | None:
    before = [
        c
        for c in pool
        if c.hit_rank == first.hit_rank and c.unit.position == first.unit.position - 1
    ]
    return before[0] if before and before[0].unit.kind == UnitKind.LABEL else None


def _ordered(chosen: list[Candidate]) -> list[Candidate]:
    return sorted(chosen, key=lambda c: (c.hit_rank, c.unit.position))
