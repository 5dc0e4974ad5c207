"""Streaming multipart parsing with size limits, before anything is held in memory.

Starlette does not cap upload size; this reads the request body chunk by chunk, writes file parts
to temp files and stops as soon as a file or the whole request exceeds its limit.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

from python_multipart.multipart import MultipartParser, parse_options_header


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


async def parse_multipart(  # noqa: C901 - one callback per parser event
    content_type: str, body: AsyncIterator[bytes], *, max_file: int, max_request: int, tmp_dir: Path
) -> ParsedForm:
    """Parse a multipart/form-data body with limits.

    Raises:
        UploadTooLarge: A file is larger than ``max_file`` or the body than ``max_request``.
        ValueError: Not a multipart body.
    """
    ctype, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise ValueError("verwacht multipart/form-data met bestanden")
    tmp_dir.mkdir(parents=True, exist_ok=True)
    form = ParsedForm()
    state: dict[str, object] = {}

    def on_part_begin() -> None:
        state.update(headers={}, name=None, filename=None, size=0, buf=bytearray(), fh=None)

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["field"] = state.get("field_acc", b"") + data[start:end]  # type: ignore[operator]
        state["field_acc"] = state["field"]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        state["value_acc"] = state.get("value_acc", b"") + data[start:end]  # type: ignore[operator]

    def on_header_end() -> None:
        headers = state["headers"]
        assert isinstance(headers, dict)
        headers[bytes(state.pop("field_acc", b"")).lower()] = bytes(state.pop("value_acc", b""))  # type: ignore[arg-type]

    def on_headers_finished() -> None:
        headers = state["headers"]
        assert isinstance(headers, dict)
        _, disp = parse_options_header(headers.get(b"content-disposition", b""))
        state["name"] = disp.get(b"name", b"").decode("utf-8", "replace")
        filename = disp.get(b"filename")
        if filename is not None:
            name = Path(filename.decode("utf-8", "replace").replace("\\", "/")).name or "bestand"
            state["filename"] = name
            handle = tempfile.NamedTemporaryFile(dir=tmp_dir, delete=False)  # noqa: SIM115
            state["fh"] = handle
            form.files.append((Path(handle.name), name))

    def on_part_data(data: bytes, start: int, end: int) -> None:
        size = int(state["size"]) + (end - start)  # type: ignore[call-overload]
        state["size"] = size
        handle = state["fh"]
        if handle is not None:
            if size > max_file:
                raise UploadTooLarge(
                    f"{state['filename']}: bestand is te groot (maximaal {max_file / 2**20:g} MB per bestand)"
                )
            handle.write(data[start:end])  # type: ignore[attr-defined]
        else:
            if size > 1_000_000:
                raise UploadTooLarge(f"veld '{state['name']}' is te groot")
            state["buf"].extend(data[start:end])  # type: ignore[attr-defined]

    def on_part_end() -> None:
        handle = state["fh"]
        if handle is not None:
            handle.close()  # type: ignore[attr-defined]
        else:
            text = bytes(state["buf"]).decode("utf-8", "replace")  # type: ignore[arg-type]
            form.fields.setdefault(str(state["name"]), []).append(text)

    parser = MultipartParser(boundary, {
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
    except BaseException:
        handle = state.get("fh")
        if handle is not None:
            handle.close()  # type: ignore[attr-defined]
        form.cleanup()
        raise
    return form
