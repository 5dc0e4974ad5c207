"""IngestReport: what happened to each file, and a Dutch summary."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUS_LABELS = {
    "nieuw": "nieuw",
    "bijgewerkt": "bijgewerkt",
    "ongewijzigd": "ongewijzigd",
    "verwijderd": "verwijderd",
    "fout": "FOUT",
}


@dataclass(frozen=True, slots=True)
class FileResult:
    """The outcome for one file (or one removed document)."""

    source: str
    status: str  # nieuw | bijgewerkt | ongewijzigd | verwijderd | fout
    doc_id: str | None = None
    chunks: int = 0
    message: str = ""


@dataclass
class IngestReport:
    """All file results of one ingest run, plus timing."""

    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, result: FileResult) -> None:
        """Record one result."""
        self.results.append(result)

    @property
    def errors(self) -> list[FileResult]:
        """Files that failed."""
        return [r for r in self.results if r.status == "fout"]

    @property
    def changed(self) -> bool:
        """Whether anything was added, replaced or removed."""
        return any(r.status in ("nieuw", "bijgewerkt", "verwijderd") for r in self.results)

    def count(self, status: str) -> int:
        """Number of results with this status."""
        return sum(1 for r in self.results if r.status == status)

    @property
    def chunks(self) -> int:
        """Chunks written in this run."""
        return sum(r.chunks for r in self.results if r.status in ("nieuw", "bijgewerkt"))

    def summary(self) -> str:
        """One-paragraph Dutch summary; errors listed one line each (file + reason)."""
        lines = [
            f"Klaar in {self.seconds:.1f} s: {self.count('nieuw')} nieuw, "
            f"{self.count('bijgewerkt')} bijgewerkt, {self.count('ongewijzigd')} ongewijzigd, "
            f"{self.count('verwijderd')} verwijderd, {len(self.errors)} met fouten "
            f"({self.chunks} passages geschreven)."
        ]
        lines.extend(f"FOUT {r.message}" for r in self.errors)
        return "\n".join(lines)

    def to_json(self) -> dict[str, object]:
        """Machine-readable form (API responses)."""
        return {
            "seconds": round(self.seconds, 2),
            "files": [
                {"source": r.source, "status": r.status, "document_id": r.doc_id,
                 "chunks": r.chunks, "message": r.message}
                for r in self.results
            ],
            "errors": len(self.errors),
        }  # fmt: skip
