"""Dutch for Gradio's own strings: the UI page says lang="nl" and Gradio's translations pick Dutch.

Gradio chooses its interface language from the browser (``navigator.language``), so on an English
browser a nurse would see "Drop File Here" and "Error". The index page of the UI is rewritten on
its way out: ``<html lang="nl">`` and a first script that reports Dutch as the browser language
before Gradio's own scripts read it. Strings Gradio has no Dutch for are added by ``TRANSLATIONS``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

FORCE_DUTCH = (
    "<script>(function(){try{var p=Navigator.prototype;"
    "Object.defineProperty(p,'language',{get:function(){return 'nl-NL'},configurable:true});"
    "Object.defineProperty(p,'languages',{get:function(){return ['nl-NL','nl']},configurable:true});"
    "}catch(e){}})();</script>"
)

# Keys Gradio's Dutch file lacks (they would show as raw keys such as "common.complete"), and the
# few English strings of its Dutch file.
TRANSLATIONS: dict[str, dict[str, str]] = {
    "nl": {
        "common.complete": "Klaar",
        "common.error": "Fout",
        "common.warning": "Let op",
        "common.info": "Melding",
        "common.success": "Gelukt",
        "common.loading": "Laden",
        "common.stop": "Stoppen",
        "common.retry": "Opnieuw",
        "common.copy": "Kopiëren",
        "common.clear": "Wissen",
        "chatbot.retry": "Opnieuw genereren",
        "chatbot.like": "Goed antwoord",
        "chatbot.dislike": "Fout antwoord",
        "chatbot.copy": "Kopiëren",
        "chatbot.copy_message": "Bericht kopiëren",
        "chatbot.undo": "Ongedaan maken",
        "chatbot.clear": "Gesprek wissen",
    }
}


class DutchIndex:
    """ASGI middleware: the HTML page at ``path`` is served in Dutch (see module docstring)."""

    def __init__(self, app: ASGIApp, path: str = "/") -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the request; rewrite the page when it is the UI index."""
        app = self.app
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != self.path:
            await app(scope, receive, send)
            return
        # An uncompressed body, so it can be rewritten.
        scope = dict(scope)
        scope["headers"] = [(k, v) for k, v in scope["headers"] if k != b"accept-encoding"]
        start: Message | None = None
        body = bytearray()

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
            is_html = any(k == b"content-type" and v.startswith(b"text/html") for k, v in headers)
            out = _rewrite(bytes(body)) if is_html else bytes(body)
            headers.append((b"content-length", str(len(out)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": out})

        await app(scope, receive, capture)


def _rewrite(page: bytes) -> bytes:
    text = page.decode("utf-8", "replace")
    text = text.replace('lang="en"', 'lang="nl"', 1)
    text = text.replace("<head>", "<head>" + FORCE_DUTCH, 1)
    return text.encode("utf-8")
