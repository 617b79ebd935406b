"""`bis prep`: the last-minute checklist, built from the profile, CV facts and the bank.

Bullets only. With fewer hours the list is shorter: what matters most first.
Without a profile it is generic and says what a profile would add.
"""

from __future__ import annotations

import re
from typing import Any

from bis.company import find_company
from bis.profile import level_of, missing_fields
from bis.selection import choose

SECTION_LIMITS = {  # hours -> how many bullets per section
    "short": {"intro": 4, "star": 1, "questions": 1, "reminders": 0},
    "normal": {"intro": 6, "star": 2, "questions": 2, "reminders": 2},
}


# Which profile fact fills which placeholder of a checklist's intro outline; the
# rest stay as <prompts> for the candidate to fill in.
PLACEHOLDER_FACTS = {
    "title": "role",
    "years": "years",
    "stack": "stack",
    "language and framework": "languages",
    "service": "project",
    "service or system": "project",
    "measurable result": "claim",
    "measurable outcome": "claim",
}


def _fill(template: str, facts: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        fact = PLACEHOLDER_FACTS.get(match.group(1).strip().lower())
        return facts.get(fact or "", "") or match.group(0)

    return re.sub(r"<([^<>]+)>", replace, template)


def _first_claim(project: dict[str, Any]) -> str:
    claims = [c for c in project.get("claims") or [] if isinstance(c, str) and c.strip()]
    return claims[0].strip().rstrip(".") if claims else ""


def _design_outline(problem: dict[str, Any], short: bool) -> dict[str, Any]:
    sections = {s["stage"]: s["points"] for s in problem["model_outline"]}
    outline = {
        "id": problem["id"],
        "title": problem["title"],
        "command": f"bis design {problem['id']}",
        "requirements": problem["functional_requirements"][: 2 if short else 3],
        "components": sections.get("components", [])[:3],
        "api": sections.get("api", [])[: 1 if short else 2],
        "scale": problem["scale"][: 1 if short else 2],
    }
    return outline


def build_checklist(
    profile: dict[str, Any],
    items: list[dict[str, Any]],
    hours: float,
    recent: list[str],
    tailoring: dict[str, Any] | None = None,
) -> dict[str, Any]:
    has_profile = not missing_fields(profile, ("target_role", "experience_years"))
    level = level_of(profile) if has_profile else "mid"
    short = hours < 2
    limits = SECTION_LIMITS["short" if short else "normal"]
    by_id = {i["id"]: i for i in items}
    checklist = next((i for i in items if i["kind"] == "prep" and i["level"] == level), None)
    checklist = checklist or next((i for i in items if i["kind"] == "prep"), None)

    skills = [str(s) for s in profile.get("cv_skills") or []][:6]
    projects = [p for p in profile.get("cv_projects") or [] if isinstance(p, dict) and p.get("name")]
    facts = {
        "role": str(profile.get("target_role") or ""),
        "years": str(profile.get("experience_years") or ""),
        "languages": ", ".join(profile.get("primary_languages") or []),
        "skills": ", ".join(skills),
        "project": str(projects[0]["name"]) if projects else "",
        "claim": _first_claim(projects[0]) if projects else "",
        "company": str(profile.get("target_company") or ""),
    }
    facts["stack"] = facts["skills"] or facts["languages"]
    intro = [_fill(b, facts) for b in (checklist["intro_outline"] if checklist else [])][: limits["intro"]]

    company_profile = None
    if facts["company"]:
        company_profile, _ = find_company(facts["company"], items)
    design = None
    if company_profile:
        for theme in company_profile["design_themes"]:
            design = next((by_id[i] for i in theme["bank_ids"] if by_id.get(i, {}).get("kind") == "design"), None)
            if design:
                break
    # Without a company, the likely problem leans toward the CV's stack.
    stack_topics = (tailoring or {}).get("topics")
    design = design or choose(items, kind="design", level=level, recent=recent, prefer_topics=stack_topics)

    warmup = None
    if checklist:
        listed = [by_id[i] for i in checklist["warmups"] if by_id.get(i, {}).get("kind") == "coding"]
        warmup = choose(listed, kind="coding", level=level, recent=recent, prefer_topics=stack_topics)
    warmup = warmup or choose(items, kind="coding", level=level, recent=recent, prefer_topics=stack_topics)

    if projects:
        stars = [
            f"{p['name']}: the hardest technical decision you made on it, what you weighed, and the result"
            + (f" ({p['claims'][0]})" if p.get("claims") else "")
            for p in projects
        ]
        stars += [
            f"{p['name']}: something that broke in production, how you found it, and what you changed after"
            for p in projects
        ]
    else:
        stars = list(checklist["star_prompts"]) if checklist else []
    questions = list(checklist["questions_to_ask"]) if checklist else []

    sections: dict[str, Any] = {
        "intro": intro,
        "design": _design_outline(design, short) if design else None,
        "warmup": {"id": warmup["id"], "title": warmup["title"], "command": f"bis code {warmup['id']}"}
        if warmup
        else None,
        "star_prompts": stars[: limits["star"]],
        "questions_to_ask": questions[: limits["questions"]],
        "reminders": (list(checklist.get("reminders") or []) if checklist else [])[: limits["reminders"]],
    }
    profile_would_add = []
    if not has_profile:
        profile_would_add.append(
            "a profile (`bis profile set --role ... --years ...`) fits the level, intro and design problem to you"
        )
    if not projects:
        profile_would_add.append("projects in your profile (cv_projects) turn the STAR prompts into your own stories")
    return {
        "hours": hours,
        "level": level,
        "personalised": has_profile,
        "sections": sections,
        "profile_would_add": profile_would_add,
        "confidence": _confidence(hours, has_profile),
    }


def _confidence(hours: float, has_profile: bool) -> str:
    if hours < 1:
        return "You know more than you can say in an hour: say the intro out loud twice, then stop cramming."
    if hours < 2:
        return "Enough time for one clean design outline and one story said aloud; that is what moves the needle now."
    base = "You have prepared for this. Go through each section once, out loud, and keep the last half hour free."
    return base if has_profile else base + " (Set your profile next time for a plan fitted to you.)"
