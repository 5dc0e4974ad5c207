"""The one pattern for an amount of medication in text (answers never quote one; evals check it)."""

from __future__ import annotations

import re

DOSE_TEXT = re.compile(
    r"\d+([.,]\d+)?\s*(mg|mcg|µg|microgram|ml|milligram|milliliter|eenheden|druppels)\b", re.I
)


def mentions_dose(text: str) -> bool:
    """Whether the text names an amount of medication ("5 mg", "10 druppels")."""
    return DOSE_TEXT.search(text) is not None
