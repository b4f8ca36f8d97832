"""How results look in a terminal: a rich table, or JSON for scripts."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

from models.match import MatchOut

__all__ = ["console", "print_matches"]

console = Console()


def print_matches(matches: list[MatchOut], as_json: bool, title: str = "") -> None:
    if as_json:
        print(json.dumps([m.model_dump(mode="json") for m in matches], indent=2, ensure_ascii=False))
        return
    if not matches:
        console.print("No profiles match.")
        return
    table = Table(title=title or None, show_lines=False, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Profile", ratio=2)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Why it matched", ratio=3)
    for match in matches:
        who = f"[bold]{match.name}[/bold] [dim]({match.kind}, {match.id})[/dim]"
        if match.place:
            who += f"\n{match.place}"
        if match.headline:
            who += f"\n[dim]{match.headline[:90]}[/dim]"
        parts = f"dense {match.explanation.dense:.2f} · lexical {match.explanation.lexical:.2f}"
        why = "; ".join(match.explanation.reasons) + f"\n[dim]{parts}[/dim]"
        table.add_row(str(match.rank), who, f"{match.score:.3f}", why)
    console.print(table)
