"""Streaming multipart parsing with size limits, before anything is held in memory.

Starlette does not cap upload size; this reads the request body chunk by chunk, writes file parts
to temp files and stops as soon as a file or the whole request exceeds its limit.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from python_multipart.multipart import MultipartParser, parse_options_header

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class UploadTooLarge(Exception):
    """A file or the request is over the limit; the message is Dutch and names the file."""


@dataclass
class ParsedForm:
    """Text fields (repeated names keep every value) and uploaded files as (temp path, name)."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    files: list[tuple[Path, str]] = field(default_factory=list)

    def first(self, name: str) -> str | None:
        """The first value of a text field, stripped; None when absent or empty."""
        values = [v.strip() for v in self.fields.get(name, []) if v.strip()]
        return values[0] if values else None

    def cleanup(self) -> None:
        """Delete temp files that were not moved away."""
        for path, _ in self.files:
            path.unlink(missing_ok=True)


@dataclass
class _Part:
    """Parser state of the multipart part being read."""

    headers: dict[bytes, bytes] = field(default_factory=dict)
    header_field: bytearray = field(default_factory=bytearray)
    header_value: bytearray = field(default_factory=bytearray)
    name: str = ""
    filename: str = ""
    size: int = 0
    buffer: bytearray = field(default_factory=bytearray)
    handle: IO[bytes] | None = None

    def reset(self) -> None:
        """Start a new part."""
        self.__init__()  # type: ignore[misc]


# Parts (files and fields) per request: each staged file costs a manifest entry and a job row;
# 3,000 one-byte files froze the server for seconds (hostile test, issue 12 session).
MAX_PARTS = 1000


async def parse_multipart(  # noqa: C901 - one callback per parser event
    content_type: str, body: AsyncIterator[bytes], *, max_file: int, max_request: int, tmp_dir: Path
) -> ParsedForm:
    """Parse a multipart/form-data body with limits.

    Raises:
        UploadTooLarge: A file is larger than ``max_file``, the body than ``max_request``, or it
            has more than MAX_PARTS parts.
        ValueError: Not a multipart body, or one that ends before its closing boundary.
    """
    ctype, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise ValueError("verwacht multipart/form-data met bestanden")
    tmp_dir.mkdir(parents=True, exist_ok=True)
    form = ParsedForm()
    part = _Part()

    parts: list[bool] = []

    def on_part_begin() -> None:
        parts.append(True)
        if len(parts) > MAX_PARTS:
            raise UploadTooLarge(
                f"te veel bestanden en velden in één verzoek (maximaal {MAX_PARTS}); "
                "upload ze in kleinere groepen"
            )
        part.reset()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        part.header_field += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        part.header_value += data[start:end]

    def on_header_end() -> None:
        part.headers[bytes(part.header_field).lower()] = bytes(part.header_value)
        part.header_field, part.header_value = bytearray(), bytearray()

    def on_headers_finished() -> None:
        _, disp = parse_options_header(part.headers.get(b"content-disposition", b""))
        part.name = disp.get(b"name", b"").decode("utf-8", "replace")
        filename = disp.get(b"filename")
        if filename is not None:
            # Only the last path component is kept, and it is never used as a path later.
            # Control characters (a NUL ends the name for the OS) are dropped.
            clean = _CONTROL.sub("", filename.decode("utf-8", "replace").replace("\\", "/"))
            part.filename = Path(clean).name or "bestand"
            part.handle = tempfile.NamedTemporaryFile(dir=tmp_dir, delete=False)  # noqa: SIM115
            form.files.append((Path(part.handle.name), part.filename))

    def on_part_data(data: bytes, start: int, end: int) -> None:
        part.size += end - start
        if part.handle is not None:
            if part.size > max_file:
                raise UploadTooLarge(
                    f"{part.filename}: bestand is te groot (maximaal {max_file / 2**20:g} MB per bestand)"
                )
            part.handle.write(data[start:end])
        else:
            if part.size > 1_000_000:
                raise UploadTooLarge(f"veld '{part.name}' is te groot")
            part.buffer += data[start:end]

    def on_part_end() -> None:
        if part.handle is not None:
            part.handle.close()
        else:
            form.fields.setdefault(part.name, []).append(
                bytes(part.buffer).decode("utf-8", "replace")
            )

    ended: list[bool] = []

    def on_end() -> None:
        ended.append(True)

    parser = MultipartParser(boundary, {
        "on_end": on_end,
        "on_part_begin": on_part_begin, "on_header_field": on_header_field,
        "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished, "on_part_data": on_part_data,
        "on_part_end": on_part_end,
    })  # fmt: skip
    total = 0
    try:
        async for chunk in body:
            total += len(chunk)
            if total > max_request:
                raise UploadTooLarge(
                    f"Verzoek is te groot (maximaal {max_request / 2**20:g} MB in totaal)"
                )
            parser.write(chunk)
        parser.finalize()
        if not ended:
            raise ValueError("het verzoek is afgebroken (de multipart-body is onvolledig)")
    except BaseException:
        if part.handle is not None:
            part.handle.close()
        form.cleanup()
        raise
    return form
