"""The report's plots (matplotlib, headless): each metric per system with its 95% bootstrap
interval, and the full ranker's per-query wins and losses against the best baseline."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from evaluation.metrics import METRICS

__all__ = ["plot_intervals", "plot_wins_losses"]

_FULL_COLOUR, _OTHER_COLOUR = "#1f6f8b", "#9aa5ad"
_WIN, _TIE, _LOSS = "#2e8b57", "#c0c0c0", "#c0392b"


def plot_intervals(means: dict[str, dict[str, float]], intervals: dict[str, dict[str, tuple[float, float]]],
                   labels: dict[str, str], highlight: str, path: Path) -> Path:
    """One panel per metric: a bar per system, whiskers at the 95% bootstrap interval."""
    names = list(means)
    fig, axes = plt.subplots(2, 2, figsize=(11, 1.6 + 0.45 * len(names) * 2), sharey=True)
    for ax, metric in zip(axes.ravel(), METRICS, strict=False):
        values = [means[n][metric] for n in names]
        low = [max(0.0, v - intervals[n][metric][0]) for n, v in zip(names, values, strict=True)]
        high = [max(0.0, intervals[n][metric][1] - v) for n, v in zip(names, values, strict=True)]
        colours = [_FULL_COLOUR if n == highlight else _OTHER_COLOUR for n in names]
        ax.barh(range(len(names)), values, xerr=[low, high], color=colours, capsize=3)
        for y, v in enumerate(values):
            ax.text(0.01, y, f"{v:.3f}", va="center", ha="left", fontsize=8, color="white")
        ax.set_title(metric)
        ax.set_xlim(0, 1)
        ax.grid(axis="x", alpha=0.3)
    axes[0, 0].set_yticks(range(len(names)), [labels.get(n, n) for n in names])
    axes[0, 0].invert_yaxis()
    fig.suptitle("Mean per system with 95% bootstrap intervals (queries resampled)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def plot_wins_losses(system: dict[str, float], baseline: dict[str, float], names: tuple[str, str],
                     path: Path, metric: str = "ndcg@10") -> Path:
    """Per-query difference, sorted: above zero the full ranker wins."""
    deltas = sorted(((system[q] - baseline.get(q, 0.0), q) for q in system), reverse=True)
    values = [d for d, _ in deltas]
    colours = [_WIN if d > 1e-9 else _LOSS if d < -1e-9 else _TIE for d in values]
    wins, losses = sum(d > 1e-9 for d in values), sum(d < -1e-9 for d in values)
    fig, ax = plt.subplots(figsize=(11, 4))
    ax.bar(range(len(values)), values, color=colours, width=0.85)
    ax.axhline(0, color="black", linewidth=0.8)
    if len(values) <= 60:
        ax.set_xticks(range(len(values)), [q for _, q in deltas], rotation=90, fontsize=7)
    else:
        ax.set_xticks([])
    ax.set_ylabel(f"{metric}: {names[0]} − {names[1]}")
    ax.set_title(f"Per-query {metric}, {names[0]} vs {names[1]}: {wins} wins, "
                 f"{len(values) - wins - losses} ties, {losses} losses")
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
