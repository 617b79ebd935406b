"""One entry point that grades any kind of answer: the mock interview uses it.

Free text goes to the rubric grader (bis.grading), code to the sandboxed judge
(bis.judge). The result is cut down to what a mock round keeps: score, good,
improve, plus the full result for --json.
"""

from __future__ import annotations

from typing import Any

from bis.errors import DataError


def grade_for_mock(item: dict[str, Any], text: str, level: str) -> dict[str, Any]:
    kind = item["kind"]
    if kind == "design":
        from bis.grading.design import grade_design

        result = grade_design(text, item, level=level).to_dict()
    elif kind == "behavioral":
        from bis.grading.behavioral import grade_behavioral

        result = grade_behavioral(text, item, level=level).to_dict()
    elif kind == "coding":
        from bis.judge.core import judge

        judged = judge(item, text, level=level).to_dict()
        if judged["score"] is None:
            raise DataError(f"the judge could not run {item['id']}: {judged['summary']}")
        feedback = judged.get("feedback") or {}
        return {
            "score": float(judged["score"]),
            "good": feedback.get("good", []),
            "improve": feedback.get("improve", []) or feedback.get("next_steps", []),
            "verdict": judged["verdict"],
            "summary": judged["summary"],
        }
    else:
        raise DataError(f"a mock interview cannot grade a {kind!r} item")
    return {
        "score": float(result["score"]),
        "good": result.get("good", []),
        "improve": (result.get("improve") or []) + (result.get("add_next_time") or []),
        "band": result.get("band_label"),
    }
