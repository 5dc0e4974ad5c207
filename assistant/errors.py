"""Domain errors with user-facing Dutch messages; adapters wrap library exceptions in these."""


class AssistantError(Exception):
    """Base class for all Hospicewijzer errors; ``str(err)`` is a Dutch message for the user."""


class ConfigError(AssistantError):
    """A setting is missing or invalid."""


class CorpusError(AssistantError):
    """A document could not be loaded, validated or chunked.

    Attributes:
        path: The file the error is about, if any.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class MetadataError(CorpusError):
    """Document metadata (front matter, sidecar or flags) is invalid."""


class StoreError(AssistantError):
    """The vector store, lexical index or registry failed."""


class DataDirLocked(AssistantError):
    """Another process is writing the data directory."""


class ModelUnavailable(AssistantError):
    """An embedding model or LLM could not be loaded or reached."""


class NotFound(AssistantError):
    """A requested document, tree or contact does not exist."""
