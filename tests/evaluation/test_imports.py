"""No import cycles inside ``evaluation`` at import time, and none between ``datasets`` and
``modes`` at all (that one used to exist: modes imported datasets for its query record, and
datasets imported modes to check a query's mode)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "evaluation"


def imports_of(path: Path, top_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("evaluation."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "evaluation":  # from evaluation import modes
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("evaluation.")}
    return found


def cycles_in(graph: dict[str, set[str]]) -> list[str]:
    cycles: list[str] = []

    def visit(node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt == path[0]:
                cycles.append(" -> ".join([*path, nxt]))
            elif nxt not in path and len(path) < 8:
                visit(nxt, [*path, nxt])

    for start in sorted(graph):
        visit(start, [start])
    return cycles


def test_no_module_of_evaluation_imports_itself_back_at_import_time():
    assert not cycles_in({p.stem: imports_of(p, top_level_only=True) for p in PACKAGE.glob("*.py")})


def test_datasets_and_modes_do_not_import_each_other_even_inside_functions():
    everywhere = {p.stem: imports_of(p, top_level_only=False) for p in PACKAGE.glob("*.py")}
    assert "datasets" not in everywhere["modes"] and "datasets" not in everywhere["eval_query"]
    assert "modes" in everywhere["datasets"]  # datasets checks a query's mode against the registry
