"""Decision trees (beslisbomen): schema, validation (dangling, cycles, unreachable) and path rendering."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.errors import CorpusError


class TreeAnswer(BaseModel):
    """An answer button: its label and the node it leads to."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    label: str
    next: str


class TreeNode(BaseModel):
    """A question node (with answers) or a leaf (with advice)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    question: str | None = None
    answers: tuple[TreeAnswer, ...] = ()
    advice: str | None = None
    urgent: bool = False
    contact_kinds: tuple[str, ...] = ()
    note: str | None = None

    @property
    def is_leaf(self) -> bool:
        """A leaf has no answers."""
        return not self.answers


class DecisionTree(BaseModel):
    """A decision tree with its document metadata."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    title: str
    target_groups: tuple[str, ...] = ("algemeen",)
    regions: tuple[str, ...] = ("landelijk",)
    audience: str = "zorgverlener"
    published: date | None = None
    review_date: date | None = None
    fictional: bool = False
    description: str = ""
    source_url: str | None = None
    version: str | None = None
    verantwoordelijke: str | None = None
    start: str
    nodes: dict[str, TreeNode]

    @field_validator("nodes")
    @classmethod
    def _nonempty(cls, v: dict[str, TreeNode]) -> dict[str, TreeNode]:
        if not v:
            raise ValueError("een beslisboom heeft minstens één knoop nodig")
        return v


def _structure_problems(tree: DecisionTree) -> list[str]:
    problems = []
    if tree.start not in tree.nodes:
        problems.append(f"startknoop '{tree.start}' bestaat niet")
    for node_id, node in tree.nodes.items():
        if node.is_leaf and not (node.advice or "").strip():
            problems.append(f"knoop '{node_id}' heeft geen antwoorden en geen advies")
        if not node.is_leaf and not (node.question or "").strip():
            problems.append(f"knoop '{node_id}' heeft antwoorden maar geen vraag")
        if not node.is_leaf and len(node.answers) < 2:
            problems.append(f"knoop '{node_id}' heeft maar één antwoord (minstens twee nodig)")
        problems.extend(
            f"knoop '{node_id}', antwoord '{a.label}': verwijst naar onbekende knoop '{a.next}'"
            for a in node.answers
            if a.next not in tree.nodes
        )
    return problems


def _cycle_and_reach(tree: DecisionTree) -> list[str]:
    problems: list[str] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node_id: str, trail: list[str]) -> None:
        state[node_id] = 1
        for answer in tree.nodes[node_id].answers:
            if answer.next not in tree.nodes:
                continue
            if state.get(answer.next) == 1:
                cycle = [*trail[trail.index(answer.next) :], answer.next]
                problems.append("kringverwijzing: " + " → ".join(cycle))
            elif answer.next not in state:
                visit(answer.next, [*trail, answer.next])
        state[node_id] = 2

    if tree.start in tree.nodes:
        visit(tree.start, [tree.start])
    unreachable = sorted(set(tree.nodes) - set(state))
    if unreachable:
        problems.append("onbereikbare knopen: " + ", ".join(unreachable))
    return problems


def parse_tree(data: dict[str, Any], *, source: str) -> DecisionTree:
    """Validate a decision tree read from YAML.

    Args:
        data: The parsed YAML mapping.
        source: File name for error messages.

    Returns:
        The validated tree.

    Raises:
        CorpusError: Schema errors, dangling references, cycles or unreachable nodes; all problems
            of the file in one message.
    """
    try:
        tree = DecisionTree.model_validate(data)
    except ValidationError as err:
        reasons = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors()
        )
        raise CorpusError(f"{source}: ongeldige beslisboom – {reasons}", path=source) from err
    problems = _structure_problems(tree)
    if not problems:
        problems = _cycle_and_reach(tree)
    if problems:
        raise CorpusError(f"{source}: ongeldige beslisboom – {'; '.join(problems)}", path=source)
    return tree


def tree_paths(tree: DecisionTree) -> list[tuple[list[tuple[str, str]], str]]:
    """Every path from the start to a leaf: the (question, answer) steps and the leaf id."""
    paths: list[tuple[list[tuple[str, str]], str]] = []

    def walk(node_id: str, steps: list[tuple[str, str]]) -> None:
        node = tree.nodes[node_id]
        if node.is_leaf:
            paths.append((steps, node_id))
            return
        for answer in node.answers:
            walk(answer.next, [*steps, (node.question or "", answer.label)])

    walk(tree.start, [])
    return paths


def render_path(tree: DecisionTree, steps: list[tuple[str, str]], leaf_id: str) -> str:
    """Readable Dutch text for one path, so retrieval can find and cite it.

    The steps come first (they describe the situation a question is about, which is what
    retrieval must match); the advice follows. Answering quotes the advice (answering.py).
    """
    leaf = tree.nodes[leaf_id]
    lines = [f"{tree.title}."]
    lines.extend(f"- {q} {a}." for q, a in steps)
    lines.append(f"Advies: {leaf.advice}")
    if leaf.urgent:
        lines.append("Dit is een acute situatie.")
    if leaf.contact_kinds:
        lines.append(
            "Wie bel je: " + ", ".join(k.replace("-", " ") for k in leaf.contact_kinds) + "."
        )
    return "\n".join(lines)
