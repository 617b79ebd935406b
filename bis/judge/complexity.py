"""Is the solution asymptotically slower than the reference?

Both run the same probe inputs at growing sizes in the same judging (the
solution in the child, the reference in the parent). Comparing absolute
times across processes would be noisy, so the decision uses growth: the
slope of log(time) against log(size) for each, plus the time ratio at the
largest size, and whether the gap to the reference widens as n grows. A
constant factor (a hand-written linked list against OrderedDict) is not "too
slow"; a slope one higher (O(n) per operation where O(1) is expected) is.
Other load on the machine only ever inflates a time, so each size takes the
best of several runs.
"""

from __future__ import annotations

import math

FLOOR_SECONDS = 0.0003  # below this, timer noise dominates
SLOPE_MARGIN = 0.45  # user slope - reference slope that counts as worse growth
RATIO_WITH_SLOPE = 3.0  # ... when also this many times slower at the largest size
RATIO_ALONE = 40.0  # this much slower at the largest size is too slow whatever the slope
RATIO_GROWING = 8.0  # this much slower at the largest size ...
RATIO_GROWTH = 1.8  # ... while the gap to the reference widened this much from the smallest size
GIVE_UP_RATIO = 8.0  # gave up on a size the reference did this many times faster than the budget


def _slope(sizes: list[int], times: list[float]) -> float | None:
    points = [
        (math.log(n), math.log(max(t, FLOOR_SECONDS)))
        for n, t in zip(sizes, times, strict=False)
        if t is not None
    ]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / sxx


def analyse(
    sizes: list[int],
    user: list[float | None],
    reference: list[float],
    *,
    gave_up_at: int | None = None,
    budget: float = 1.0,
    expected: str = "",
) -> dict:
    """Verdict 'ok' | 'too_slow' | 'unknown' with the numbers behind it."""
    measured = [(n, u, r) for n, u, r in zip(sizes, user, reference, strict=False) if u is not None]
    result: dict = {
        "sizes": sizes,
        "user_seconds": [None if u is None else round(u, 6) for u in user],
        "reference_seconds": [round(r, 6) for r in reference],
        "expected": expected,
        "status": "unknown",
        "user_slope": None,
        "reference_slope": None,
        "ratio": None,
        "message": "",
    }
    if gave_up_at is not None:
        index = sizes.index(gave_up_at) if gave_up_at in sizes else len(measured)
        ref_time = reference[index] if index < len(reference) else reference[-1]
        if ref_time * GIVE_UP_RATIO < budget:
            result["status"] = "too_slow"
            result["message"] = (
                f"at n={gave_up_at} your solution ran past {budget:g} s; the reference needs "
                f"{_ms(ref_time)}"
            )
            return result
    if len(measured) < 2:
        result["message"] = "not enough probe sizes completed to measure growth"
        return result
    ns = [m[0] for m in measured]
    us = [m[1] for m in measured]
    rs = [m[2] for m in measured]
    user_slope = _slope(ns, us)
    ref_slope = _slope(ns, rs)
    ratio = max(us[-1], FLOOR_SECONDS) / max(rs[-1], FLOOR_SECONDS)
    result.update(
        user_slope=None if user_slope is None else round(user_slope, 2),
        reference_slope=None if ref_slope is None else round(ref_slope, 2),
        ratio=round(ratio, 2),
    )
    if user_slope is None or ref_slope is None:
        return result
    first_ratio = max(us[0], FLOOR_SECONDS) / max(rs[0], FLOOR_SECONDS)
    widening = ratio >= RATIO_GROWING and ratio / first_ratio >= RATIO_GROWTH
    worse_growth = user_slope - ref_slope >= SLOPE_MARGIN and ratio >= RATIO_WITH_SLOPE
    if worse_growth or widening or ratio >= RATIO_ALONE:
        result["status"] = "too_slow"
        result["message"] = (
            f"time grows like n^{user_slope:.1f} against n^{ref_slope:.1f} for the reference "
            f"(at n={ns[-1]}: {_ms(us[-1])} vs {_ms(rs[-1])}, {ratio:.0f}x)"
        )
    else:
        result["status"] = "ok"
        result["message"] = (
            f"grows like the reference (n^{user_slope:.1f} vs n^{ref_slope:.1f}; {ratio:.1f}x its time at n={ns[-1]})"
        )
    return result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"
