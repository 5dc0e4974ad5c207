"""Ingestion: load, clean, chunk, embed and store documents."""
