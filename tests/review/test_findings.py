"""The finding model and the documented score formula."""

from __future__ import annotations

import pytest

from bis.review.findings import (
    Finding,
    Rule,
    biggest_wins,
    round_half,
    rule_penalties,
    score_findings,
)

ERR = Rule("t-err", "An error", "error", "why", "fix")
WARN = Rule("t-warn", "A warning", "warning", "why", "fix")
INFO = Rule("t-info", "A note", "info", "why", "fix")


def test_weights_and_repeats() -> None:
    assert score_findings([]) == 10.0
    assert score_findings([ERR.at("x")]) == 7.5
    assert score_findings([WARN.at("x")]) == 9.5  # 9.25 rounds up to the half
    assert score_findings([ERR.at("a"), WARN.at("b")]) == 7.0  # 10 - 2.5 - 0.75 = 6.75
    # repeats of one rule: a quarter weight each, at most half a weight more
    assert rule_penalties([WARN.at(str(i)) for i in range(2)])["t-warn"] == pytest.approx(0.9375)
    assert rule_penalties([WARN.at(str(i)) for i in range(10)])["t-warn"] == pytest.approx(1.125)
    assert score_findings([ERR.at(str(i)) for i in range(9)] + [Rule(f"r{i}", "t", "error", "w", "f").at("x") for i in range(5)]) == 1.0


def test_round_half_clamps() -> None:
    assert round_half(-3) == 1.0 and round_half(11) == 10.0 and round_half(6.74) == 6.5 and round_half(6.75) == 7.0


def test_biggest_wins_rank_by_cost() -> None:
    findings = [WARN.at("w1"), WARN.at("w2"), ERR.at("e", line=3), INFO.at("i")]
    wins = biggest_wins(findings)
    assert [w["rule"] for w in wins] == ["t-err", "t-warn"]
    assert wins[0]["score_after"] > score_findings(findings)
    assert wins[0]["where"] == ["line 3"]


def test_location_and_validation() -> None:
    f = WARN.at("m", line=12, path="/orders", method="post")
    assert f.location == "line 12 (POST /orders)"
    assert WARN.at("m", path="orders").location == "orders"
    assert set(f.to_dict()) >= {"severity", "rule", "title", "message", "location", "why", "fix", "line", "path", "method"}
    with pytest.raises(ValueError):
        Finding("fatal", "r", "t", "m", "w", "f")
