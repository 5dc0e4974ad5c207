"""A scripted OpenAI-compatible chat server for tests: the real protocol over real loopback HTTP.

It stands in for an outside service we cannot run with specific behaviour on demand (a model that
invents a sentence, cites a passage that does not exist, fails or hangs). ``Script.reply`` turns
the request's messages into the reply text; every request is recorded.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse


@dataclass
class Script:
    """What the server does next."""

    reply: Callable[[list[dict[str, str]]], str] = lambda messages: "Geen antwoord."
    status: int = 200
    delay_s: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)


def _app(script: Script) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def completions(request: Request) -> Any:
        body = await request.json()
        script.requests.append(body)
        if script.delay_s:
            time.sleep(script.delay_s)
        if script.status != 200:
            return JSONResponse({"error": {"message": "kapot", "type": "server_error"}}, script.status)
        text = script.reply(body["messages"])
        base = {"id": "chatcmpl-test", "created": 0, "model": body.get("model", "test")}
        if not body.get("stream"):
            return base | {
                "object": "chat.completion",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }  # fmt: skip

        def chunks() -> Iterator[str]:
            for i in range(0, len(text), 7):
                delta = {"content": text[i : i + 7]}
                choice = {"index": 0, "delta": delta, "finish_reason": None}
                yield f"data: {json.dumps(base | {'object': 'chat.completion.chunk', 'choices': [choice]})}\n\n"
            last = {"index": 0, "delta": {}, "finish_reason": "stop"}
            yield f"data: {json.dumps(base | {'object': 'chat.completion.chunk', 'choices': [last]})}\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(chunks(), media_type="text/event-stream")

    return app


class ScriptedServer:
    """Runs the app on a free loopback port in a thread; ``url`` is the /v1 base URL."""

    def __init__(self) -> None:
        self.script = Script()
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        config = uvicorn.Config(_app(self.script), host="127.0.0.1", port=self.port, log_level="error")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started and time.monotonic() < deadline:
            time.sleep(0.02)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def reset(self) -> Script:
        self.script.__init__()  # type: ignore[misc]
        return self.script

    def close(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
