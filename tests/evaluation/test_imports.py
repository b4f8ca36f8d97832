"""No import cycles inside ``evaluation`` (the datasets <-> modes cycle was one), counting the
imports made inside functions too: a cycle hidden in a function still ties two modules into one."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "evaluation"


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("evaluation."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("evaluation.")}
    return found


def test_no_module_of_evaluation_imports_itself_back():
    graph = {p.stem: imports_of(p) for p in PACKAGE.glob("*.py")}
    assert {"modes", "eval_query"} <= graph["datasets"] | {"eval_query"} and "datasets" not in graph["modes"]
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt == path[0]:
                cycles.append(" -> ".join([*path, nxt]))
            elif nxt not in path and len(path) < 8:
                visit(nxt, [*path, nxt])

    for start in sorted(graph):
        visit(start, [start])
    assert not cycles, cycles
