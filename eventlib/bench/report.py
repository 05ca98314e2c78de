"""Benchmark reports: a terminal table, a JSON file of every figure, an HTML page with plots."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from .._errors import OutputError
from .runner import BenchResult

__all__ = ["terminal_report", "write_reports"]


def terminal_report(results: Sequence[BenchResult]) -> str:
    """Plain-text tables: match levels per configuration, actors, places, dates, speed, worst categories."""
    lines: list[str] = []
    for result in results:
        s = result.score
        lines.append(f"== {result.gold} | {result.configuration.name} | {s.records} records: "
                     f"{result.context.describe()}")
        lines.append(f"{'level':<15}{'P':>7}{'R':>7}{'F1':>7}{'matched':>9}{'system':>8}{'gold':>7}")
        for level, prf in s.levels.items():
            lines.append(f"{level:<15}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
                         f"{prf.matched:>9}{prf.system:>8}{prf.gold:>7}")
        for name, (right, total) in {**s.actors, **s.location, "date": s.dates}.items():
            if total:
                lines.append(f"{name:<22}{right / total:>7.3f}  ({right}/{total})")
        speed = result.speed.as_dict()
        lines.append(f"speed: {speed['sentences_per_s']} sentences/s, {speed['words_per_s']} words/s, "
                     f"{speed['events_per_s']} events/s; parsing {speed['parse_share']:.0%} of the time")
        worst = sorted((c for c in s.per_category.items() if c[1].gold), key=lambda c: c[1].f1)[:5]
        lines.append("weakest categories: " + ", ".join(f"{c} F1 {p.f1:.2f} ({p.matched}/{p.gold})"
                                                        for c, p in worst))
        lines.append(f"missed gold events: {len(s.missed)}; invented events: {len(s.invented)}")
        lines.append("")
    return "\n".join(lines)


def _pyplot() -> Any:
    """matplotlib's pyplot on the file-only Agg backend; OutputError when matplotlib is missing."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise OutputError("plots need matplotlib: pip install 'eventlib[bench]'") from None
    return plt


def _save(plt: Any, fig: Any, path: Path) -> None:
    """Lay out, save (110 dpi) and close a figure."""
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _annotate(axis: Any, grid: list[list[int]]) -> None:
    """Write each non-zero count on its cell, white on the darker half of the scale."""
    half = max(map(max, grid), default=0) / 2
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            if value:
                axis.text(j, i, str(value), ha="center", va="center", fontsize=6,
                          color="white" if value > half else "black")


def _confusion_figure(plt: Any, result: BenchResult, path: Path) -> None:
    """Plot the gold-by-system confusion of categories ('none' last) of one result into ``path``."""
    confusion = result.score.confusion
    labels = sorted({g for g, _ in confusion} | {s for _, s in confusion}, key=lambda x: (x == "none", x))
    grid = [[confusion.get((g, s), 0) for s in labels] for g in labels]
    fig, axis = plt.subplots(figsize=(max(5, len(labels) * 0.45), max(4, len(labels) * 0.4)))
    image = axis.imshow(grid, cmap="Blues")
    axis.set_xticks(range(len(labels)), labels, rotation=90, fontsize=7)
    axis.set_yticks(range(len(labels)), labels, fontsize=7)
    axis.set_xlabel("system")
    axis.set_ylabel("gold")
    axis.set_title(f"Confusion of categories: {result.configuration.name}")
    _annotate(axis, grid)
    fig.colorbar(image)
    _save(plt, fig, path)


def _f1_figure(plt: Any, result: BenchResult, path: Path) -> None:
    """Plot the F1 of every category with gold or system events of one result into ``path``."""
    categories = [c for c, p in sorted(result.score.per_category.items()) if p.gold or p.system]
    fig, axis = plt.subplots(figsize=(max(6, len(categories) * 0.4), 3.5))
    axis.bar(categories, [result.score.per_category[c].f1 for c in categories], color="#4477aa")
    axis.set_ylim(0, 1)
    axis.set_ylabel("F1")
    axis.set_title(f"F1 per category: {result.configuration.name}")
    axis.tick_params(axis="x", rotation=90, labelsize=7)
    _save(plt, fig, path)


def _level_values(result: BenchResult, levels: list[str], measure: str) -> list[float]:
    """The result's ``measure`` ('precision' or 'recall') at each level, 0 where it has no such level."""
    return [getattr(result.score.levels[lv], measure) if lv in result.score.levels else 0 for lv in levels]


def _precision_recall_figure(plt: Any, results: Sequence[BenchResult], path: Path) -> None:
    """Plot precision and recall by level (the first result's levels), a pair of bars per result, into ``path``."""
    fig, axis = plt.subplots(figsize=(6, 3.5))
    width = 0.8 / max(1, len(results))
    levels = list(results[0].score.levels)
    for n, result in enumerate(results):
        xs = [i + n * width for i in range(len(levels))]
        axis.bar(xs, _level_values(result, levels, "precision"),
                 width=width * 0.5, label=f"{result.configuration.name} precision")
        axis.bar([x + width * 0.5 for x in xs], _level_values(result, levels, "recall"),
                 width=width * 0.5, label=f"{result.configuration.name} recall")
    axis.set_xticks([i + 0.4 - width / 2 for i in range(len(levels))], levels, rotation=30, fontsize=7)
    axis.set_ylim(0, 1)
    axis.legend(fontsize=6)
    axis.set_title("Precision and recall by configuration")
    _save(plt, fig, path)


def _figures(results: Sequence[BenchResult], folder: Path) -> list[str]:
    """Write a confusion and an F1 plot per result and one precision-recall plot; return their file names."""
    plt = _pyplot()
    names: list[str] = []
    for n, result in enumerate(results):
        names.append(f"confusion-{n}.png")
        _confusion_figure(plt, result, folder / names[-1])
        names.append(f"f1-{n}.png")
        _f1_figure(plt, result, folder / names[-1])
    names.append("precision-recall.png")
    _precision_recall_figure(plt, results, folder / names[-1])
    return names


def _html(results: Sequence[BenchResult], images: list[str]) -> str:
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>eventlib benchmark</title>",
             "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
             "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#eee}"
             "td.l{text-align:left}</style></head><body><h1>eventlib benchmark</h1>"]
    for result in results:
        s = result.score
        parts.append(f"<h2>{html.escape(result.gold)}: {html.escape(result.configuration.name)} "
                     f"({s.records} records: {html.escape(result.context.describe())})</h2>"
                     "<table><tr><th>level</th><th>precision</th><th>recall</th>"
                     "<th>F1</th><th>matched</th><th>system</th><th>gold</th></tr>")
        for level, prf in s.levels.items():
            parts.append(f"<tr><td class='l'>{level}</td><td>{prf.precision:.3f}</td><td>{prf.recall:.3f}</td>"
                         f"<td>{prf.f1:.3f}</td><td>{prf.matched}</td><td>{prf.system}</td><td>{prf.gold}</td></tr>")
        parts.append("</table><table><tr><th>measure</th><th>accuracy</th><th>right / total</th></tr>")
        for name, (right, total) in {**s.actors, **s.location, "date": s.dates}.items():
            if total:
                parts.append(f"<tr><td class='l'>{html.escape(name)}</td><td>{right / total:.3f}</td>"
                             f"<td>{right} / {total}</td></tr>")
        speed = result.speed.as_dict()
        parts.append(f"</table><p>Speed: {speed['sentences_per_s']} sentences/s, {speed['words_per_s']} words/s, "
                     f"{speed['events_per_s']} events/s; parsing takes {speed['parse_share']:.0%} of the time.</p>")
        parts.append("<h3>Missed gold events (first 50)</h3><ul>")
        for pair in s.missed[:50]:
            gold = pair.gold
            got = (f" &mdash; system gave {pair.system.cameo_code} by rule {html.escape(pair.system.rule_id)}"
                   if pair.system else "")
            parts.append(f"<li>{html.escape(pair.record)}: {html.escape(str(gold))}{got}</li>")
        parts.append("</ul><h3>Invented events (first 50)</h3><ul>")
        for pair in s.invented[:50]:
            e = pair.system
            assert e is not None
            parts.append(f"<li>{html.escape(pair.record)}: {e.source.code if e.source else '-'} "
                         f"{e.cameo_code} {e.target.code if e.target else '-'} (rule {html.escape(e.rule_id)}): "
                         f"{html.escape(e.sentence[:160])}</li>")
        parts.append("</ul>")
    parts.extend(f"<p><img src='{name}' alt='{name}'></p>" for name in images)
    parts.append("</body></html>")
    return "\n".join(parts)


def write_reports(results: Sequence[BenchResult], folder: str | Path) -> list[Path]:
    """Write report.json, report.html and the PNG plots it embeds into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    figures = {"results": [{"gold": r.gold, "configuration": r.configuration.name,
                            "rulesets": list(r.configuration.rulesets), "actors": list(r.configuration.actors),
                            "builtin": r.configuration.builtin, "score": r.score.as_dict(),
                            "context": attrs.asdict(r.context), "speed": r.speed.as_dict()} for r in results]}
    (folder / "report.json").write_text(json.dumps(figures, indent=1, ensure_ascii=False), encoding="utf-8")
    images = _figures(results, folder)
    (folder / "report.html").write_text(_html(results, images), encoding="utf-8")
    return [folder / "report.json", folder / "report.html", *(folder / name for name in images)]
