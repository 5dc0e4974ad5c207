"""Format loaders: each turns one file into sections and metadata hints; dispatch by content, not name."""

from ingest.loaders.base import Extracted, load_file, sniff_format

__all__ = ["Extracted", "load_file", "sniff_format"]
