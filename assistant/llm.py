"""The language-model adapter: llama-index's OpenAI-compatible client behind one small protocol.

Any OpenAI-compatible server works (llama.cpp, vLLM, Ollama's /v1, a hosted endpoint the operator
chose). Timeouts and bounded retries with backoff are the client's; every failure becomes
ModelUnavailable, which the generator turns into the extractive answer with a note.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from assistant.errors import ModelUnavailable


class ChatModel(Protocol):
    """Sends (role, content) messages and streams the reply's text pieces."""

    name: str

    def stream(self, messages: Sequence[tuple[str, str]], max_tokens: int) -> Iterator[str]:
        """The reply, piece by piece.

        Raises:
            ModelUnavailable: Unreachable, timed out, or an error from the server.
        """
        ...


class OpenAICompatible:
    """llama-index ``OpenAILike`` against ``base_url`` (``http://host:port/v1``)."""

    def __init__(
        self, base_url: str, model: str, api_key: str | None, timeout_s: float, max_retries: int
    ) -> None:
        from llama_index.llms.openai_like import OpenAILike

        self.name = model
        self._llm: Any = OpenAILike(
            model=model, api_base=base_url, api_key=api_key or "geen-sleutel", timeout=timeout_s,
            max_retries=max_retries, is_chat_model=True, temperature=0.0,
            context_window=4096,
        )  # fmt: skip

    def stream(self, messages: Sequence[tuple[str, str]], max_tokens: int) -> Iterator[str]:
        """The reply, piece by piece (see ChatModel.stream)."""
        from llama_index.core.llms import ChatMessage

        chat = [ChatMessage(role=role, content=content) for role, content in messages]
        try:
            for part in self._llm.stream_chat(chat, max_tokens=max_tokens):
                if part.delta:
                    yield part.delta
        except Exception as err:  # the client raises many kinds; all mean "no model answer"
            raise ModelUnavailable(
                f"Taalmodel {self.name} gaf geen antwoord ({type(err).__name__})"
            ) from err
