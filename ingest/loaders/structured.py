"""YAML loader for structured documents: decision trees and consultation contact files."""

from __future__ import annotations

from typing import Any

import yaml

from assistant.contacts import parse_contacts
from assistant.errors import CorpusError
from assistant.trees import parse_tree, render_path, tree_paths
from assistant.types import Section
from ingest.loaders.base import Extracted

_TREE_META = ("id", "title", "target_groups", "regions", "audience", "published", "review_date",
              "fictional", "source_url", "version", "verantwoordelijke")  # fmt: skip


def load_structured(source: str, name: str) -> Extracted:
    """Load a decision tree (has ``nodes``) or a contact file (has ``contacts``).

    Raises:
        CorpusError: Invalid YAML, an unknown kind of YAML document, or schema errors.
    """
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as err:
        raise CorpusError(f"{name}: geen geldige YAML ({err})", path=name) from err
    if not isinstance(data, dict):
        raise CorpusError(f"{name}: YAML moet een beslisboom of contactbestand zijn", path=name)
    if "nodes" in data:
        return _tree(data, name)
    if "contacts" in data:
        return _contacts(data, name)
    raise CorpusError(
        f"{name}: onbekend YAML-document (verwacht 'nodes' voor een beslisboom of 'contacts')",
        path=name,
    )


def _meta(data: dict[str, Any], doc_type: str) -> dict[str, Any]:
    meta = {k: data[k] for k in _TREE_META if k in data}
    meta["doc_type"] = doc_type
    return meta


def _tree(data: dict[str, Any], name: str) -> Extracted:
    tree = parse_tree(data, source=name)
    sections = []
    if tree.description:
        sections.append(
            Section(text=f"{tree.title}. {tree.description}", section="Over deze beslisboom")
        )
    for number, (steps, leaf) in enumerate(tree_paths(tree), start=1):
        sections.append(Section(text=render_path(tree, steps, leaf), section=f"Route {number}"))
    return Extracted(
        sections=tuple(sections),
        meta=_meta(data, "beslisboom"),
        banner=bool(tree.fictional),
        payload={"kind": "tree", "tree": tree.model_dump(mode="json")},
    )


def _contacts(data: dict[str, Any], name: str) -> Extracted:
    parsed = parse_contacts(data, source=name)
    sections = [Section(text=card.render(), section=card.organisation) for card in parsed.contacts]
    if not sections:
        raise CorpusError(f"{name}: contactbestand zonder contactkaarten", path=name)
    meta = _meta(data, "consultatie")
    if "target_groups" not in meta:
        groups = sorted({g for c in parsed.contacts for g in c.target_groups})
        meta["target_groups"] = groups or ["algemeen"]
    meta["audience"] = data.get("audience", "zorgverlener")
    return Extracted(
        sections=tuple(sections),
        meta=meta,
        banner=bool(parsed.fictional),
        payload={"kind": "contacts", "contacts": parsed.model_dump(mode="json")},
    )
