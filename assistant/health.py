"""Start-up check of the data dir: registry sound, vector store and registry agreeing, corpus indexed.

A damaged data dir must be loud: a server that is "ready" with an emptied or shrunken knowledge
base would decline everything without saying why. Each problem is a Dutch line naming what is
wrong; the remedy is ``hospicewijzer repair`` (rebuild from the corpus folder, the source of truth).
"""

from __future__ import annotations

from pathlib import Path

from assistant.errors import StoreError
from assistant.registry import REPAIR_HINT, WRITING, Registry
from assistant.store import ChromaStore


def data_dir_problems(
    registry: Registry, store: ChromaStore, filled_corpus: Path | None = None
) -> list[str]:
    """Everything wrong with the indexes, as Dutch lines; empty when all is consistent.

    Args:
        registry: The document registry.
        store: The vector store.
        filled_corpus: The corpus folder, when it holds documents (an empty registry then
            means lost rows, not a new installation).
    """
    problems = registry.problems()
    if problems:
        return [*problems, REPAIR_HINT]
    try:
        registered = registry.chunk_ids()
        documents = len(registry.documents())
    except Exception as err:  # a page that integrity_check did not reach
        return [f"Het documentregister is niet leesbaar ({err}).", REPAIR_HINT]
    try:
        stored = store.ids()
    except StoreError as err:
        return [str(err)]
    if registered - stored:
        problems.append(
            f"{len(registered - stored)} passages staan in het documentregister maar niet in de "
            "vectoropslag (Chroma-map gewist of beschadigd)."
        )
    # After a crash mid-write, vectors without a registry entry are expected leftovers (the next
    # ingest collects them); without one, they mean the registry lost documents.
    if stored - registered and registry.state(WRITING) != "1":
        problems.append(
            f"De vectoropslag bevat {len(stored - registered)} passages van documenten die het "
            "documentregister niet kent (register beschadigd of teruggezet)."
        )
    if documents == 0 and filled_corpus is not None:
        problems.append(
            f"Het documentregister is leeg, terwijl de corpusmap ({filled_corpus}) documenten bevat."
        )
    return [*problems, REPAIR_HINT] if problems else []

