"""Reading CVs (`bis cv`) and tailoring practice to them.

- reader.py   bytes from a path or stdin, the format from the content, the text (in memory only)
- layout.py   lines with their sections
- dates.py    date ranges and years of experience (merged intervals)
- skills.py   skills from the taxonomy in skills.yaml, with context rules for false friends
- parse.py    name, current role, jobs, projects and claims
- summary.py  the 3–5 bullet summary and the profile changes proposed
- tailor.py   skills -> bank topics and design focus; prompts about the candidate's projects
- playbook.py the interviewer's Markdown playbook

Commands import what they need from here; nothing heavy is imported at package import.
"""

from __future__ import annotations

from typing import Any


def stack_topics(skills: Any, limit: int | None = None) -> list[str]:
    """Bank topics a profile's cv_skills point to (see bis.cv.tailor.stack_topics)."""
    from bis.cv.tailor import stack_topics as topics

    return topics(skills, limit)


def tailoring(skills: Any, projects: Any) -> dict[str, Any]:
    """Topics, design focus and project prompts for a profile (see bis.cv.tailor.tailoring)."""
    from bis.cv.tailor import tailoring as tailor

    return tailor(skills, projects)


def read_and_analyse(source: Any, *, today: Any = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(facts, document info) for a CV path or '-'; the CV's text is not returned or kept."""
    from bis.cv.parse import analyse_text
    from bis.cv.reader import read_cv

    document = read_cv(source)
    facts = analyse_text(document.text, today=today)
    info = {"source": document.source, "format": document.format, "pages": document.pages, "note": document.note}
    return facts, info
