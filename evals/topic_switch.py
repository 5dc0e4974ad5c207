"""Does an earlier, unrelated conversation change the sources of a new question?

Usage: ``hospicewijzer eval --onderwerpwissel`` (the sample corpus in the data dir).

The set holds blind-written conversations (see ``evals/tuning/README.md``): ``onderwerpwissel``
items end with a new subject, ``vervolgvraag`` items with a real follow-up. Reported per kind:
how many the engine treated as a follow-up, and how many got the same cited documents (first
three) as the same question without the conversation. For a topic switch both should be "all but
none" and "all"; for a follow-up, "all" and (usually) fewer.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Literal, cast

from assistant.assistant import Assistant
from assistant.types import Turn
from evals.dataset import load_items

DEFAULT_SET = Path(__file__).parent / "tuning" / "topic_switch.jsonl"


def measure(assistant: Assistant, path: Path = DEFAULT_SET) -> dict[str, Counter[str]]:
    """Per kind: items, follow-ups, and items whose first three cited documents did not change."""
    index = assistant.index.get()
    out: dict[str, Counter[str]] = {}
    for item in load_items(path):
        history = [
            Turn(cast(Literal["user", "assistant"], t["role"]), t["content"]) for t in item.history
        ]
        plan = assistant.analyzer.plan(item.question, history, index.lexical.analyzer)
        with_history = assistant.ask(item.question, history)
        alone = assistant.ask(item.question)
        same = [c.document_id for c in with_history.citations][:3] == [
            c.document_id for c in alone.citations
        ][:3]
        counts = out.setdefault(item.tags.get("kind", "?"), Counter())
        counts["vragen"] += 1
        counts["als vervolgvraag behandeld"] += plan.followup
        counts["zelfde bronnen als zonder gesprek"] += same
    return out
