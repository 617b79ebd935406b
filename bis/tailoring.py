"""What a CV stored in the profile changes about the next question.

`bis cv` keeps `cv_skills` and `cv_projects` in the profile. Commands that pick
a question themselves (no ID given) lean toward the candidate's stack, and a
behavioural question asks about one of their own projects by name. Reading the
skill taxonomy costs more than a one-shot command may spend, so the derived
tailoring (topics, design focus, project prompts; never CV text) is cached in
the data dir's cache, keyed by the profile's CV fields.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import orjson

from bis import paths

CACHE_FORMAT = 2
CACHE_NAME = "tailoring.json"
# The taxonomy's path without importing the CV package (a one-shot command's budget).
TAXONOMY_FILE = Path(__file__).resolve().parent / "cv" / "skills.yaml"


def _cv_fields(profile: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    skills = profile.get("cv_skills")
    projects = profile.get("cv_projects")
    return (skills if isinstance(skills, list) else []), (projects if isinstance(projects, list) else [])


def _key(skills: list[Any], projects: list[Any]) -> str:
    try:
        stamp = TAXONOMY_FILE.stat().st_mtime_ns
    except OSError:
        stamp = 0
    raw = orjson.dumps([CACHE_FORMAT, stamp, skills, projects], option=orjson.OPT_SORT_KEYS)
    return hashlib.sha1(raw).hexdigest()


def for_profile(profile: dict[str, Any]) -> dict[str, Any] | None:
    """{"topics", "design_focus", "behavioral_prompts", "not_tailored"}, or None without a CV."""
    skills, projects = _cv_fields(profile)
    if not skills and not projects:
        return None
    key = _key(skills, projects)
    cache = paths.cache_dir() / CACHE_NAME
    try:
        cached = orjson.loads(cache.read_bytes())
        if isinstance(cached, dict) and cached.get("key") == key and isinstance(cached.get("data"), dict):
            return cached["data"]
    except (OSError, orjson.JSONDecodeError):
        pass
    from bis.cv.tailor import tailoring

    data = tailoring(skills, projects)
    try:
        from bis.atomic import write_bytes_atomic

        write_bytes_atomic(cache, orjson.dumps({"key": key, "data": data}))
    except OSError:
        pass  # a read-only data dir only costs speed
    return data


# Which bank questions a project prompt is graded as: the broadest of each shape,
# so an honest story about the project fits the rubric's "strong answer" points.
# A claim prompt asks what was built and how it was measured; a stack prompt asks
# for a decision and its trade-off; the third shape asks what broke.
PROMPT_BASES = {
    "claim": ("bq-scaling-traffic-growth", "bq-ownership-service-end-to-end"),
    "stack": ("bq-tradeoff-latency-consistency", "bq-tradeoff-build-vs-buy"),
    "incident": ("bq-incident-led-response", "bq-debugging-hard-production-bug"),
}
FALLBACK_THEMES = {"claim": ("scaling", "ownership"), "stack": ("tradeoffs",), "incident": ("incident", "debugging")}


def _prompt_shape(prompt: dict[str, str]) -> str:
    shape = prompt.get("shape")
    return shape if shape in PROMPT_BASES else "claim"


def personal_behavioral(
    tailoring: dict[str, Any] | None,
    items: list[dict[str, Any]],
    *,
    level: str,
    recent: list[str],
    asked_before: int,
) -> dict[str, Any] | None:
    """A bank behavioural item re-asked about one of the candidate's own projects.

    The prompts rotate with `asked_before` (how many behavioural rounds the
    history holds), so successive runs cover different projects and shapes.
    The item keeps the bank question's rubric and theme; its question becomes the
    project prompt, and `cv_project` / `based_on` say where it came from.
    """
    from bis.selection import choose

    prompts = (tailoring or {}).get("behavioral_prompts") or []
    if not prompts:
        return None
    prompt = prompts[asked_before % len(prompts)]
    shape = _prompt_shape(prompt)
    by_id = {i["id"]: i for i in items if i.get("kind") == "behavioral"}
    pool = [by_id[i] for i in PROMPT_BASES[shape] if i in by_id]
    if not pool:  # a user bank without those ids: any question of the same themes
        pool = [i for i in by_id.values() if i.get("theme") in FALLBACK_THEMES[shape]]
    base = choose(pool, kind="behavioral", level=level, recent=recent)
    if base is None:
        return None
    return {
        **base,
        "question": prompt["prompt"],
        "cv_project": prompt["project"],
        "cv_fact": prompt["fact"],
        "based_on": base["id"],
    }


def concept_topic_order(
    tailoring: dict[str, Any] | None, topics: list[dict[str, Any]], recent_topics: list[str]
) -> list[dict[str, Any]]:
    """Concept topics for a run without TOPIC: the CV's stack first, then the rest,
    each group least recently practised first (never practised before all)."""
    stack = [t for t in (tailoring or {}).get("topics") or []]
    by_id = {t["id"]: t for t in topics}
    preferred = [by_id[t] for t in stack if t in by_id]
    rest = sorted((t for t in topics if t not in preferred), key=lambda t: t["id"])

    def by_recency(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
        def rank(topic: dict[str, Any]) -> tuple[int, int]:
            if topic["id"] not in recent_topics:
                return (0, 0)
            return (1, -recent_topics.index(topic["id"]))

        return sorted(group, key=rank)  # stable: stack order kept among equals

    return by_recency(preferred) + by_recency(rest)
