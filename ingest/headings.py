"""HeadingPath: the headings above the current text, as a section path ("Informatie > Pijn")."""

from __future__ import annotations


class HeadingPath:
    """Opening a heading closes those at its level or deeper; the path names the open ones.

    Args:
        hidden: Levels up to and including this one (the document title) stay out of the path.
    """

    def __init__(self, hidden: int) -> None:
        self.hidden = hidden
        self._open: list[tuple[int, str]] = []

    def open(self, level: int, text: str) -> None:
        """Start a heading of ``level`` (1 = largest)."""
        while self._open and self._open[-1][0] >= level:
            self._open.pop()
        self._open.append((level, text))

    @property
    def section(self) -> str:
        """The path of the open headings below the hidden levels, joined with " > "."""
        return " > ".join(t for level, t in self._open if level > self.hidden)
