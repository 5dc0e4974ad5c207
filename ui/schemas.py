"""Request and response models of the JSON API (pydantic), with Dutch validation messages at the edge."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.metadata import AUDIENCES, DOC_TYPES, REGIONS, TARGET_GROUPS

# The same limits for the API and the Gradio chat: one question, and the turns sent along.
MAX_MESSAGE_CHARS = 20_000
MAX_MESSAGES = 50


class Message(BaseModel):
    """One chat message."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["user", "assistant", "system"]
    content: str = Field(max_length=MAX_MESSAGE_CHARS)


class ChatFilters(BaseModel):
    """Metadata filters of a chat request."""

    model_config = ConfigDict(extra="forbid")
    target_groups: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    doc_types: list[str] = Field(default_factory=list)

    @field_validator("target_groups")
    @classmethod
    def _groups(cls, v: list[str]) -> list[str]:
        return _allowed(v, TARGET_GROUPS, "doelgroep")

    @field_validator("regions")
    @classmethod
    def _regions(cls, v: list[str]) -> list[str]:
        return _allowed(v, REGIONS, "regio")

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return _allowed(v, DOC_TYPES, "documentsoort")


def _allowed(values: list[str], allowed: tuple[str, ...], what: str) -> list[str]:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ValueError(f"onbekende {what} {', '.join(bad)}; toegestaan: {', '.join(allowed)}")
    return values


class ChatRequest(BaseModel):
    """POST /api/chat."""

    model_config = ConfigDict(extra="forbid")
    messages: list[Message] = Field(min_length=1, max_length=MAX_MESSAGES)
    filters: ChatFilters = Field(default_factory=ChatFilters)
    audience: str | None = None
    stream: bool = False

    @field_validator("audience")
    @classmethod
    def _audience(cls, v: str | None) -> str | None:
        if v is not None and v not in AUDIENCES:
            raise ValueError(f"onbekende audience '{v}'; toegestaan: {', '.join(AUDIENCES)}")
        return v

    @field_validator("messages")
    @classmethod
    def _last_is_question(cls, v: list[Message]) -> list[Message]:
        if v[-1].role != "user" or not v[-1].content.strip():
            raise ValueError(
                "het laatste bericht moet een vraag van de gebruiker (role 'user') zijn"
            )
        return v


class OpenAIRequest(BaseModel):
    """POST /v1/chat/completions (the subset Hospicewijzer uses; other fields are accepted and ignored)."""

    model_config = ConfigDict(extra="allow")
    model: str = "hospicewijzer"
    messages: list[Message] = Field(min_length=1, max_length=MAX_MESSAGES)
    stream: bool = False


class LoginRequest(BaseModel):
    """POST /api/login."""

    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=200)


class FeedbackRequest(BaseModel):
    """POST /api/feedback."""

    model_config = ConfigDict(extra="forbid")
    rating: Literal["goed", "fout"]
    reason: str = Field(default="", max_length=2000)
    question: str = Field(default="", max_length=20_000)
    answer: str = Field(default="", max_length=20_000)
    document_ids: list[str] = Field(default_factory=list, max_length=50)


class EvalRequest(BaseModel):
    """POST /api/evals/run."""

    model_config = ConfigDict(extra="forbid")
    dataset: str = "dev"
    limit: int | None = Field(default=None, ge=1, le=10_000)
    ablation: bool = False
