"""Tailoring: what a candidate's CV says they should be asked about.

- `stack_topics(skills)`: bank topics worth weighting, from the taxonomy's `topics`
  (Kafka -> kafka, message-queues; Redis -> redis, caching; PostgreSQL -> indexing,
  transactions; Kubernetes -> load-balancing, observability). Frontend and mobile
  skills map to nothing, so they never lead to frontend questions.
- `design_focus(skills)`: the design focus the stack points to (apis, databases,
  distributed-systems, infra), strongest first.
- `behavioural_prompts(projects)`: questions about the candidate's own projects by
  name, quoting only what the CV says (the project's name, its stack, its claims).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bis.cv.skills import taxonomy

FOCI = ("apis", "databases", "distributed-systems", "infra")


PLATFORM = ("cloud", "infra", "observability")  # spread over many topics: weighed half


def _skills(skills: Iterable[Any]) -> list[str]:
    return [name for name, _ in _weighted(skills)]


def _weighted(skills: Iterable[Any]) -> list[tuple[str, float]]:
    """(name, weight): rows from the CV reader weigh by mentions, plain names 1 each."""
    out = []
    for skill in skills or []:
        name = skill.get("name") if isinstance(skill, dict) else skill
        weight = skill.get("mentions", 1) if isinstance(skill, dict) else 1
        if isinstance(name, str) and name.strip():
            out.append((name.strip(), float(weight) if isinstance(weight, (int, float)) else 1.0))
    return out


def stack_topics(skills: Iterable[Any], limit: int | None = None) -> list[str]:
    """Bank topics for these skills (names, aliases or rows), best supported first.

    A skill's first two topics count fully, the others half; cloud, infra and
    observability tools count half (they touch many topics lightly). A skill the
    taxonomy does not know is kept as a topic name of its own ("kafka" typed by
    hand still works), unless it is a frontend/mobile skill.
    """
    tax = taxonomy()
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    for position, (name, weight) in enumerate(_weighted(skills)):
        skill = tax.lookup(name)
        if skill is None:
            topics: tuple[str, ...] = (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),)
            factor = 1.0
        elif not skill.backend:
            continue
        else:
            topics = skill.topics
            factor = 0.5 if skill.category in PLATFORM else 1.0
        for index, topic in enumerate(topics):
            if topic:
                score[topic] = score.get(topic, 0.0) + weight * factor * (1.0 if index < 2 else 0.5)
                first.setdefault(topic, position)
    ordered = sorted(score, key=lambda t: (-score[t], first[t]))
    return ordered[:limit] if limit else ordered


def design_focus(skills: Iterable[Any]) -> list[str]:
    """Design foci the stack points to, strongest first (only those with support)."""
    tax = taxonomy()
    counts = dict.fromkeys(FOCI, 0)
    for name in _skills(skills):
        skill = tax.lookup(name)
        if skill is not None and skill.backend:
            for focus in skill.focus:
                if focus in counts:
                    counts[focus] += 1
    return [f for f in sorted(FOCI, key=lambda f: (-counts[f], FOCI.index(f))) if counts[f]]


def backend_skills(skills: Iterable[Any]) -> list[str]:
    """The skills that may shape questions: frontend and mobile ones dropped."""
    tax = taxonomy()
    out = []
    for name in _skills(skills):
        skill = tax.lookup(name)
        if skill is None or skill.backend:
            out.append(skill.name if skill else name)
    return out


def _projects(projects: Iterable[Any]) -> list[dict[str, Any]]:
    return [p for p in projects or [] if isinstance(p, dict) and isinstance(p.get("name"), str) and p["name"].strip()]


# Words that place a claim in backend work (services, data, load, reliability).
BACKEND_WORDS = re.compile(
    r"\b(?:apis?|services?|microservices?|endpoints?|latency|p9\d|throughput|qps|rps|requests?|"
    r"queues?|events?|messages?|consumers?|pipelines?|database|db|sql|queries|cache|caching|clusters?|"
    r"replicas?|shards?|migrat\w*|incidents?|outages?|availability|uptime|on-call|postmortems?|"
    r"transactions?|ledger|payments?|backlog|jobs?|batch|servers?|infrastructure|deploy\w*)\b"
    r"|接口|服务|数据库|缓存|延迟|吞吐|队列|微服务|并发|可用性",
    re.IGNORECASE,
)


def _claims_of(project: dict[str, Any]) -> list[str]:
    return [c for c in project.get("claims") or [] if isinstance(c, str) and c.strip()]


def _backend_weight(claim: str, project: dict[str, Any]) -> int:
    """How clearly a claim is about backend work: its project's backend skills named
    in it count twice, backend words once each (capped)."""
    lowered = claim.lower()
    skills = sum(2 for skill in backend_skills(project.get("stack") or []) if skill.lower() in lowered)
    return skills + min(3, len(BACKEND_WORDS.findall(claim)))


def _quote(claim: str) -> str:
    return "“" + claim.strip().rstrip(".。") + "”"


def behavioural_prompts(projects: Iterable[Any], limit: int = 4) -> list[dict[str, str]]:
    """STAR prompts about the candidate's own projects, using only CV facts.

    Each prompt: {"project", "shape", "prompt", "fact"} where `fact` is what the prompt
    cites and `shape` is claim (what was built and measured), stack (a decision and its
    trade-off) or incident (what broke).
    """
    prompts: list[dict[str, str]] = []
    # Backend stories first: a project whose claims speak of services, data or load
    # leads; a purely frontend one is asked about only when nothing else is there.
    rows = sorted(_projects(projects), key=lambda p: -max((_backend_weight(c, p) for c in _claims_of(p)), default=0))
    for project in rows:
        name = project["name"].strip()
        claims = sorted(_claims_of(project), key=lambda c: -_backend_weight(c, project))
        stack = backend_skills(project.get("stack") or [])[:3]
        where = f"At {name}" if project.get("source") == "experience" else f"On {name}"
        if claims:
            prompts.append(
                {
                    "project": name,
                    "shape": "claim",
                    "fact": claims[0],
                    "prompt": f"{where}, your CV says {_quote(claims[0])}. What was the situation before, what "
                    "did you personally decide and build, and how did you measure the result?",
                }
            )
        elif stack:
            prompts.append(
                {
                    "project": name,
                    "shape": "stack",
                    "fact": ", ".join(stack),
                    "prompt": f"{where} you worked with {', '.join(stack)}. Tell me about a technical decision "
                    "on it that you owned: the options, the trade-off you accepted, and how it turned out.",
                }
            )
    for project in rows:  # a second, incident-shaped story for the first projects
        if len(prompts) >= limit:
            break
        name = project["name"].strip()
        where = f"at {name}" if project.get("source") == "experience" else f"on {name}"
        prompts.append(
            {
                "project": name,
                "shape": "incident",
                "fact": name,
                "prompt": f"Tell me about something that broke in production {where}: how you noticed, "
                "what you did in the first hour, and what you changed so it would not happen again.",
            }
        )
    return prompts[:limit]


def tailoring(skills: Iterable[Any], projects: Iterable[Any]) -> dict[str, Any]:
    """Everything a command needs to lean toward this candidate."""
    skills = list(skills or [])
    tax = taxonomy()
    ignored = [n for n in _skills(skills) if (s := tax.lookup(n)) is not None and not s.backend]
    return {
        "topics": stack_topics(skills),
        "design_focus": design_focus(skills),
        "behavioral_prompts": behavioural_prompts(projects),
        "not_tailored": ignored,
    }
