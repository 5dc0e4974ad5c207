"""Hospicewijzer: grounded answers about palliative care for special target groups."""

from assistant.config import Config, load_config
from assistant.types import Answer, Citation, Filters, Turn

__all__ = ["Answer", "Citation", "Config", "Filters", "Turn", "load_config"]
