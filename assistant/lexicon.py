"""General Dutch word knowledge: word frequency (wordfreq) and lemmas (simplemma), cached."""

from __future__ import annotations

from functools import lru_cache

# Zipf frequency (log10 per billion words) from which a word counts as everyday Dutch:
# "handig" 4.6, "ergens" 5.1, "regelt" 4.0, "hospice" 3.1, "methadon" 2.5 (wordfreq 3.x).
EVERYDAY_ZIPF = 3.6
RARE_ZIPF = 2.8


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common a folded Dutch word is in general language (0 = unknown, 7 = "de")."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "nl"))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a folded Dutch word ("gebeurde" -> "gebeuren")."""
    import simplemma

    return str(simplemma.lemmatize(word, lang="nl")).lower()


def commonness(word: str) -> float:
    """0 for a rare (topic) word, rising to 1 for an everyday word, linear between the bounds."""
    value = zipf(word)
    if value <= RARE_ZIPF:
        return 0.0
    if value >= EVERYDAY_ZIPF + 1.0:
        return 1.0
    return (value - RARE_ZIPF) / (EVERYDAY_ZIPF + 1.0 - RARE_ZIPF)


def is_everyday(word: str) -> bool:
    """Whether a word is common in general Dutch (so its absence says nothing about the topic)."""
    return zipf(word) >= EVERYDAY_ZIPF


_NOT_NOUN_ENDINGS = ("ig", "lijk", "isch", "baar", "loos", "ens", "erd", "end", "ste", "st")


def looks_like_noun(word: str) -> bool:
    """A cheap guess whether a folded word is a noun (a topic) rather than a verb or modifier.

    "voetbal" and "feestdagen" are nouns; "handig", "ergens", "gebeurde" and "regelt" are not.

    Without a part-of-speech tagger for Dutch offline, the lemma tells verbs (their lemma is an
    infinitive in -en: "bijgekomen" -> "bijkomen") and suffixes tell adjectives and adverbs; a
    plural noun has a singular lemma ("feestdagen" -> "feestdag").
    """
    if word.endswith(_NOT_NOUN_ENDINGS):
        return False
    return not lemma(word).endswith("en")
