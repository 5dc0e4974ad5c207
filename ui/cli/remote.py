"""The running server's API, for commands started while the server holds the data dir.

``serve`` is the data dir's only writer. ``ask``, ``docs remove``, ``eval`` and ``ingest`` then go
through its API instead of failing: the same rules (roles, limits, one writer queue) apply, and
nothing waits for a model to load. A token comes from ``HOSPICEWIJZER_TOKEN`` (``users add``
prints one); asking needs none unless the server requires a login for chat.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, DataDirLocked

POLL_SECONDS = 0.5
FINISHED = ("klaar", "fout")


class Remote:
    """A small client of the server on the configured host and port."""

    def __init__(self, config: Any, locked: Exception | None = None) -> None:
        self.config = config
        self.locked = locked  # why the data dir could not be opened here
        self.base = f"http://{config.host}:{config.port}"
        token = config.token
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """One request; the JSON answer, or the server's Dutch refusal as an AssistantError.

        Raises:
            DataDirLocked: No server answers (the data dir is held by another process).
            AssistantError: The server refused (401/403 with a hint about the token).
        """
        import httpx

        kwargs.setdefault("timeout", 120)
        try:
            response = httpx.request(method, self.base + path, headers=self.headers, **kwargs)
        except httpx.HTTPError as err:
            where = f"{self.config.host}:{self.config.port}"
            if self.locked is not None:
                raise DataDirLocked(
                    f"{self.locked} Er antwoordt ook geen Hospicewijzer-server op {where} om het "
                    f"via de server te doen ({type(err).__name__})."
                ) from err
            raise DataDirLocked(
                f"De datamap {self.config.data_dir} is in gebruik, maar er antwoordt geen server op "
                f"{where} ({type(err).__name__})"
            ) from err
        if response.status_code >= 400:
            try:
                detail = response.json().get("detail", response.text)
            except ValueError:
                detail = response.text
            hint = ""
            if response.status_code in (401, 403):
                hint = " – zet HOSPICEWIJZER_TOKEN op een token met de juiste rol (zie 'users add')"
            raise AssistantError(f"De server weigerde: {detail}{hint}")
        return response.json() if response.content else None

    def wait(self, path: str, what: str) -> dict[str, Any]:
        """Poll a job or evaluation status URL until it is finished; progress on stderr."""
        shown = ""
        while True:
            status: dict[str, Any] = self.call("GET", path)
            line = f"{what}: {status.get('status')} ({status.get('done', 0)}/{status.get('total') or '?'})"
            if line != shown and sys.stderr.isatty():
                print(line, file=sys.stderr)
                shown = line
            if status.get("status") in FINISHED:
                return status
            time.sleep(POLL_SECONDS)

    def job(self, accepted: dict[str, Any], what: str) -> dict[str, Any]:
        """Follow a 202 job to its end; raises when it failed."""
        status = self.wait(str(accepted["status_url"]), what)
        if status.get("status") == "fout":
            raise AssistantError(f"{what} mislukt: {status.get('message')}")
        return status

    def upload(self, path: Path, meta: dict[str, Any]) -> dict[str, Any]:
        """Upload one file with its metadata fields, and wait for it to be indexed."""
        with path.open("rb") as fh:
            accepted = self.call(
                "POST", "/api/documents", files={"files": (path.name, fh)},
                data={k: _form_value(v) for k, v in meta.items()},
            )  # fmt: skip
        return self.job(accepted, f"Upload {path.name}")


def _form_value(value: Any) -> str:
    return ",".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
