"""Feedback helpers shared by the graders: probe selection and phrasing."""

from __future__ import annotations

from collections.abc import Sequence

from bis.grading.results import PointResult
from bis.grading.text import analyse

__all__ = ["choose_probes", "excerpt", "point_label"]


def excerpt(text: str | None, limit: int = 110) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def point_label(point: PointResult) -> str:
    """A short name for a key point: its advice text up to the first dash or full stop."""
    text = point.point.strip()
    for sep in (" - ", " \u2013 ", ". ", "; ", " (", ", e.g."):
        cut = text.find(sep)
        if cut >= 20:
            text = text[:cut]
            break
    return text.rstrip(".")


def _stems(text: str) -> set[str]:
    return set(analyse(text).all_stems())


def choose_probes(
    probes: Sequence[str],
    gaps: Sequence[PointResult],
    strengths: Sequence[PointResult],
    count: int = 3,
) -> list[str]:
    """Pick the interviewer's next questions: mostly on the gaps, one on a strength.

    A probe is related to a key point when they share content words.
    """
    if not probes:
        return []
    probe_stems = [(p, _stems(p)) for p in probes]
    point_stems: dict[int, set[str]] = {}  # analysed once per point, not once per probe

    def words_of(pt: PointResult) -> set[str]:
        key = id(pt)
        if key not in point_stems:
            point_stems[key] = _stems(pt.point + " " + " ".join(filter(None, [pt.phrasing or ""])))
        return point_stems[key]

    def related(points: Sequence[PointResult]) -> list[str]:
        scored: list[tuple[float, int, str]] = []
        for order, (probe, ps) in enumerate(probe_stems):
            best = 0.0
            for rank, pt in enumerate(points):
                words = words_of(pt)
                overlap = len(ps & words)
                if overlap:
                    best = max(best, overlap * pt.weight / (1 + 0.2 * rank))
            if best > 0:
                scored.append((-best, order, probe))
        return [p for _s, _o, p in sorted(scored)]

    chosen: list[str] = []
    for probe in related(gaps):
        if len(chosen) >= max(1, count - 1):
            break
        if probe not in chosen:
            chosen.append(probe)
    for probe in related(strengths):
        if len(chosen) >= count:
            break
        if probe not in chosen:
            chosen.append(probe)
    for probe in probes:
        if len(chosen) >= count:
            break
        if probe not in chosen:
            chosen.append(probe)
    return chosen[:count]
