"""The 3–5 bullet summary of a read CV, and the profile changes it proposes."""

from __future__ import annotations

from typing import Any

from bis.cv.tailor import stack_topics

_GROUPS = (
    ("language", "languages"),
    ("framework", "frameworks"),
    ("database", "data"),
    ("cache", "data"),
    ("queue", "messaging"),
    ("protocol", "APIs"),
)
_PLATFORM = ("cloud", "infra", "observability")


def _names(skills: list[dict[str, Any]], categories: tuple[str, ...], limit: int) -> list[str]:
    return [s["name"] for s in skills if s["category"] in categories][:limit]


def _years_text(facts: dict[str, Any]) -> str:
    years = facts.get("experience_years")
    if years is None:
        return "no dated roles found, so no years of experience"
    counted = [j for j in facts["jobs"] if j["counted"]]
    skipped = len(facts["jobs"]) - len(counted)
    if facts.get("years_source") == "stated":
        return f"{years:g} years of experience as stated (no dated roles found)"
    text = f"{years:g} years of experience from {len(counted)} dated role{'s' if len(counted) != 1 else ''}"
    if skipped:
        text += f" ({skipped} internship{'s' if skipped != 1 else ''} not counted)"
    stated = facts.get("years_stated")
    if stated is not None and abs(stated - years) >= 1.5:
        text += f"; the CV itself says {stated:g}"
    return text


def summarise(facts: dict[str, Any]) -> list[str]:
    """3–5 bullets, each built only from facts the CV gave."""
    bullets: list[str] = []
    who = facts.get("name") or "The candidate"
    role = facts.get("current_role")
    bullets.append(f"{who}: {role + ', ' if role else ''}{_years_text(facts)}.")

    skills = facts["skills"]
    backend = [s for s in skills if s["backend"]]
    parts = []
    for label in ("languages", "frameworks", "data", "messaging", "APIs"):
        cats = tuple(c for c, lbl in _GROUPS if lbl == label)
        names = _names(backend, cats, 5)
        if names:
            parts.append(f"{label}: {', '.join(names)}")
    if parts:
        bullets.append("Backend stack — " + "; ".join(parts) + ".")
    platform = _names(backend, _PLATFORM, 7)
    if platform:
        bullets.append("Cloud, infrastructure and observability: " + ", ".join(platform) + ".")

    projects = facts["projects"]
    if projects:
        shown = []
        for p in projects[:3]:
            stack = f" ({', '.join(p['stack'][:3])})" if p.get("stack") else ""
            shown.append(p["name"] + stack)
        claims = sum(len(p.get("claims") or []) for p in projects)
        tail = f"; {claims} claim{'s' if claims != 1 else ''} with numbers to probe" if claims else ""
        bullets.append(f"Projects: {'; '.join(shown)}{tail}.")

    topics = stack_topics(skills, limit=6)
    frontend = [s["name"] for s in skills if not s["backend"]]
    if topics and len(bullets) < 5:
        note = f" (frontend/mobile noted, never asked: {', '.join(frontend[:3])})" if frontend else ""
        bullets.append(f"Practice will lean toward: {', '.join(topics)}{note}.")
    return bullets[:5]


def _same(a: Any, b: Any) -> bool:
    return a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) < 0.05)


def _years_value(years: float) -> float | int:
    return int(years) if float(years).is_integer() else round(float(years), 1)


def profile_fields(facts: dict[str, Any]) -> dict[str, Any]:
    """The profile fields a CV can fill, as the profile stores them."""
    projects = [
        {k: v for k, v in p.items() if k in ("name", "stack", "claims", "source", "role") and v}
        for p in facts["projects"]
    ]
    return {
        "name": facts.get("name") or "",
        "target_role": facts.get("current_role") or "",
        "experience_years": _years_value(facts["experience_years"]) if facts.get("experience_years") is not None else None,
        "primary_languages": list(facts.get("primary_languages") or []),
        "cv_skills": [s["name"] for s in facts["skills"]],
        "cv_projects": projects,
    }


def propose_changes(facts: dict[str, Any], profile: dict[str, Any]) -> list[dict[str, Any]]:
    """[{field, current, proposed, why}] — only real changes, and never an empty value over a set one.

    The CV replaces cv_skills and cv_projects; name and years are updated when the CV
    gives them; target role and primary languages are filled only when empty (a CV
    says what someone did, the target is what they want next).
    """
    wanted = profile_fields(facts)
    changes: list[dict[str, Any]] = []

    def propose(field: str, why: str, only_if_empty: bool = False) -> None:
        new = wanted[field]
        old = profile.get(field)
        if new in (None, "", []) or _same(old, new):
            return
        if only_if_empty and old not in (None, "", []):
            return
        changes.append({"field": field, "current": old, "proposed": new, "why": why})

    propose("name", "the name at the top of the CV")
    propose("experience_years", "from the CV's dated roles" if facts.get("years_source") == "dates" else "as the CV states it")
    propose("target_role", "your current role; change it with `bis profile set --role`", only_if_empty=True)
    propose("primary_languages", "the languages the CV mentions most", only_if_empty=True)
    propose("cv_skills", "skills found in the CV, backend first")
    propose("cv_projects", "projects and roles with the CV's own claims")
    return changes


def apply_changes(profile: dict[str, Any], changes: list[dict[str, Any]]) -> dict[str, Any]:
    for change in changes:
        profile[change["field"]] = change["proposed"]
    return profile
