"""Upload forms: the streamed, size-limited body and its metadata fields, validated in Dutch."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from fastapi import HTTPException, Request
from starlette.requests import ClientDisconnect

from assistant.errors import MetadataError
from assistant.metadata import build_meta
from ui.services import Services
from ui.uploads import ParsedForm, UploadTooLarge, parse_multipart

_META_FIELDS = (
    "id",
    "title",
    "doc_type",
    "audience",
    "source_url",
    "published",
    "review_date",
    "version",
    "verantwoordelijke",
)
_LIST_FIELDS = {"target_groups": "target_groups", "regions": "regions"}


async def read_form(request: Request, services: Services) -> ParsedForm:
    """The request body as a form: multipart streamed to temp files under the limits, or urlencoded."""
    cfg = services.config
    max_request = int(cfg.max_request_mb * 2**20)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_request:
        raise HTTPException(
            413, f"Verzoek is te groot (maximaal {cfg.max_request_mb:g} MB in totaal)"
        )

    async def body() -> AsyncIterator[bytes]:
        try:
            async for chunk in request.stream():
                yield chunk
        except ClientDisconnect as gone:
            # The client went away mid-upload: nothing to answer, and no server error to log.
            raise HTTPException(400, "Het verzoek is onderweg afgebroken") from gone

    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        from urllib.parse import parse_qs

        raw = b""
        async for chunk in body():
            raw += chunk
            if len(raw) > 1_000_000:
                raise HTTPException(413, "Formulier is te groot")
        return ParsedForm(fields=parse_qs(raw.decode("utf-8", "replace")))

    try:
        return await parse_multipart(
            request.headers.get("content-type", ""),
            body(),
            max_file=int(cfg.max_file_mb * 2**20),
            max_request=max_request,
            tmp_dir=cfg.data_dir / "incoming",
        )
    except UploadTooLarge as err:
        raise HTTPException(413, str(err)) from err
    except ValueError as err:
        raise HTTPException(422, f"Ongeldig verzoek – {err}") from err


def form_meta(form: ParsedForm) -> dict[str, Any]:
    """The form's metadata fields, validated like a sidecar (Dutch 422 on errors)."""
    meta: dict[str, Any] = {k: form.first(k) for k in _META_FIELDS if form.first(k)}
    for name, key in _LIST_FIELDS.items():
        values = [p.strip() for v in form.fields.get(name, []) for p in v.split(",") if p.strip()]
        if values:
            meta[key] = values
    unknown = sorted(set(form.fields) - set(_META_FIELDS) - set(_LIST_FIELDS))
    if unknown:
        raise HTTPException(422, f"Ongeldig verzoek – onbekend veld {', '.join(unknown)}")
    try:
        build_meta({"id": "controle", "title": "controle"} | meta, source="formulier")
    except MetadataError as err:
        raise HTTPException(
            422, str(err).replace("formulier: ongeldige metadata – ", "Ongeldige metadata – ")
        ) from err
    return meta
