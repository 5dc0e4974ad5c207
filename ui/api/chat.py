"""Chat: our JSON/SSE endpoint and the OpenAI-compatible one, both on the same assistant."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.responses import StreamingResponse

from assistant.types import Answer, Filters, Turn
from ui.api.deps import ChatAllowed, ServicesDep
from ui.api.models import AnswerOut, Completion
from ui.schemas import ChatRequest, OpenAIRequest

router = APIRouter()


def _turns(messages: list[Any]) -> tuple[str, list[Turn]]:
    history = [Turn(m.role, m.content) for m in messages[:-1] if m.role in ("user", "assistant")]
    return messages[-1].content, history


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _pieces(text: str) -> Iterator[str]:
    for match in re.finditer(r"\S+\s*", text):
        yield match.group(0)


def _with_sources(answer: Answer) -> str:
    if not answer.citations:
        return answer.text
    lines = [answer.text, "", "Bronnen:"]
    for c in answer.citations:
        where = f"p. {c.page}" if c.page else c.section
        lines.append(f"[{c.index}] {c.title} – {where} ({c.source})")
    return "\n".join(lines)


@router.post("/api/chat", tags=["chat"], response_model=None, responses={200: {"model": AnswerOut}})
def chat(
    body: ChatRequest,
    services: ServicesDep,
    _: ChatAllowed,
) -> Any:
    """Een vraag beantwoorden (JSON, of server-sent events met `stream: true`)."""
    question, history = _turns(body.messages)
    f = body.filters
    filters = Filters(tuple(f.target_groups), tuple(f.regions), tuple(f.doc_types), body.audience)
    answer = services.ask(question, history, filters)
    if not body.stream:
        return AnswerOut.model_validate(answer.to_json())

    # The answer is ready: an async generator sends it without a thread-pool hop per piece
    # (a sync one waits for a free worker thread per token when the pool is busy).
    async def events() -> AsyncIterator[str]:
        for piece in _pieces(answer.text):
            yield _sse("token", {"text": piece})
        yield _sse("citations", answer.to_json()["citations"])
        yield _sse("done", answer.to_json())

    return StreamingResponse(events(), media_type="text/event-stream")


@router.post(
    "/v1/chat/completions",
    tags=["openai"],
    response_model=None,
    responses={200: {"model": Completion}},
)
def completions(
    body: OpenAIRequest,
    services: ServicesDep,
    _: ChatAllowed,
) -> Any:
    """OpenAI-compatibele chat; bronnen onderaan de tekst en in `citations`."""
    if body.messages[-1].role != "user" or not body.messages[-1].content.strip():
        raise HTTPException(
            422, "Ongeldig verzoek – het laatste bericht moet een vraag (role 'user') zijn"
        )
    question, history = _turns(body.messages)
    answer = services.ask(question, history)
    content = _with_sources(answer)
    cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
    citations = answer.to_json()["citations"]
    if not body.stream:
        return Completion.model_validate(
            {
                "id": cid,
                "object": "chat.completion",
                "created": created,
                "model": body.model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                "citations": citations,
            }
        )

    async def chunks() -> AsyncIterator[str]:
        base = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": body.model,
        }
        first = {
            "index": 0,
            "delta": {"role": "assistant", "content": ""},
            "finish_reason": None,
        }
        yield f"data: {json.dumps(base | {'choices': [first]}, ensure_ascii=False)}\n\n"
        for piece in _pieces(content):
            choice = {"index": 0, "delta": {"content": piece}, "finish_reason": None}
            yield f"data: {json.dumps(base | {'choices': [choice]}, ensure_ascii=False)}\n\n"
        last = {"index": 0, "delta": {}, "finish_reason": "stop"}
        yield f"data: {json.dumps(base | {'choices': [last], 'citations': citations}, ensure_ascii=False)}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(chunks(), media_type="text/event-stream")
