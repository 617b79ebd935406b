"""Review of a written design (prose).

When the design grader is available (`bis.grading.grade_design`) and the text
is clearly about one of the bank's design problems (by vocabulary overlap with
its title, prompt and requirements), the design is graded with that problem's
rubric, and its missing or thin stages and misconceptions become findings;
the score is the grader's, with its bands.

Otherwise a stage-coverage review runs: does the text cover requirements,
scale, components, API, data model, scaling, trade-offs and failure modes,
each recognised by the vocabulary an engineer uses for it, and say anything
about bottlenecks and consistency. It scores with the findings formula.
"""

from __future__ import annotations

import inspect
import math
import re
from typing import Any

from bis.review.findings import Analysis, Rule

MISSING = Rule(
    "design-stage-missing", "Design stage missing", "warning",
    "Interviewers (and design reviews) walk the same stages; a design that skips one leaves its decisions to chance: "
    "no numbers means no sizing, no API means no contract, no failure modes means no plan for the 3 a.m. page.",
    "Add a short section for the stage, with the concrete decision and the reason for it.",
)
THIN = Rule(
    "design-stage-thin", "Design stage only mentioned", "info",
    "The stage is named but not worked through, so the decisions behind it are not visible.",
    "Give the stage a concrete decision: numbers, names, a schema or an endpoint, and the trade-off.",
)
MISCONCEPTION = Rule(
    "design-misconception", "Incorrect claim", "error",
    "A wrong technical claim in a design is what an interviewer remembers, and in production it becomes the bug.",
    "See the correction.",
)
SHORT = Rule(
    "design-too-short", "Too short to be a design", "error",
    "A few lines cannot cover requirements, scale, components, API, data model, scaling and failure modes.",
    "Write each stage out: a few sentences each is enough.",
)

STAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "requirements": ("Requirements", (r"requirements?", r"functional", r"non-functional", r"use cases?", r"users? (can|should|must)",
                                      r"in scope", r"out of scope", r"assum\w+", r"must support", r"should support", r"features?")),
    "scale": ("Scale estimates", (r"\d[\d,.]*\s*(k|m|b|million|billion|thousand)?\s*(requests|req|rps|qps|users|writes|reads|events|messages)",
                                  r"\bqps\b", r"\brps\b", r"per second", r"per day", r"\b(dau|mau)\b", r"\d+\s*(tb|gb|pb|mb)\b",
                                  r"read[/ -]?(to[/ -]?)?write ratio", r"peak", r"throughput", r"estimate\w*", r"back[- ]of[- ]the[- ]envelope")),
    "components": ("Components", (r"load balancer", r"\bservices?\b", r"\bgateway\b", r"\bworkers?\b", r"\bqueue\b", r"\bcache\b",
                                  r"\bdatabase\b", r"\bcdn\b", r"\bapi servers?\b", r"\bkafka\b", r"\bredis\b", r"object stor\w+", r"\bs3\b")),
    "api": ("API", (r"\b(get|post|put|patch|delete)\s+/", r"\bendpoints?\b", r"\brest\b", r"\bgrpc\b", r"/v\d+/", r"\bapi\b",
                    r"request body", r"status code", r"\b20[0-9]\b|\b4[0-9]{2}\b")),
    "data_model": ("Data model", (r"\btables?\b", r"\bschema\b", r"primary key", r"\bindex(es)?\b", r"\bcolumns?\b", r"partition key",
                                  r"data model", r"\bentit(y|ies)\b", r"\brecords?\b", r"\bfields?\b", r"sort key", r"foreign key")),
    "scaling": ("Scaling", (r"shard\w*", r"partition\w*", r"replica\w*", r"replicat\w+", r"horizontal\w*", r"autoscal\w+",
                            r"read replicas?", r"consistent hashing", r"scale out", r"hot (key|partition|spot)", r"bottleneck\w*")),
    "tradeoffs": ("Trade-offs", (r"trade[- ]?offs?", r"\binstead of\b", r"\bversus\b|\bvs\.?\b", r"\bpros\b|\bcons\b", r"at the cost of",
                                 r"downside", r"alternative\w*", r"\bchose\b|\bchoose\b", r"consistency", r"eventual\w*", r"\bcap\b", r"latency")),
    "failure_modes": ("Failure modes", (r"fail\w*", r"outage", r"retr(y|ies|ied)", r"time[- ]?outs?", r"circuit breaker", r"fallback",
                                        r"failover", r"idempoten\w+", r"dead[- ]letter", r"backups?", r"degrad\w+",
                                        r"single point of failure", r"crash\w*", r"\bdown\b", r"disaster recovery")),
}
STOP = set(["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "is", "are", "be", "as", "it", "this", "that", "at", "from", "we", "i", "you", "they", "our", "will", "can", "should", "would", "could", "into", "about", "over", "under", "than", "then", "there", "their", "its", "which", "what", "when", "how", "why", "who", "do", "does", "not", "no", "yes", "use", "using", "used", "each", "per", "more", "most", "less", "very", "also", "just", "only", "both", "all", "any", "some", "such"])


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z0-9-]{2,}", text.lower()) if w not in STOP]


def _item_text(item: dict[str, Any]) -> str:
    parts = [str(item.get("title", "")), str(item.get("prompt", "")), " ".join(map(str, item.get("functional_requirements") or []))]
    return " ".join(parts)


def closest_design(text: str, items: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, float]:
    """The bank design problem the text is about (vocabulary overlap), and the match score.

    A match needs real overlap with the problem's own words (title, prompt,
    requirements) and a clear lead over the runner-up; a generic text about
    "a cache and a database" matches nothing.
    """
    answer = set(_words(text))
    if not answer:
        return None, 0.0
    scored = []
    for item in items:
        if item.get("kind") != "design":
            continue
        vocab = set(_words(_item_text(item)))
        title = set(_words(str(item.get("title", "")) + " " + str(item.get("id", "")).replace("-", " ")))
        if not vocab:
            continue
        cosine = len(answer & vocab) / math.sqrt(len(answer) * len(vocab))
        title_share = len(answer & title) / len(title) if title else 0.0
        scored.append((0.6 * title_share + cosine, cosine, title_share, item))
    if not scored:
        return None, 0.0
    scored.sort(key=lambda s: -s[0])
    score, cosine, title_share, item = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    clear = (title_share >= 0.5 and cosine >= 0.12) or cosine >= 0.25
    if not clear or score - runner_up < 0.15:
        return None, score
    return item, min(1.0, score)


def _grader() -> Any | None:
    try:
        from bis.grading import grade_design
    except ImportError:
        return None
    return grade_design if callable(grade_design) else None


def review_prose(text: str, bank_items: list[dict[str, Any]] | None = None, level: str = "mid") -> Analysis:
    words = len(re.findall(r"\w+", text))
    grader = _grader()
    item, confidence = closest_design(text, bank_items or []) if bank_items else (None, 0.0)
    if grader is not None and item is not None:
        out = _graded(text, item, level, grader, confidence)
    else:
        out = stage_review(text)
        if grader is None:
            out.notes.append("Reviewed by stage coverage: the rubric-based design grader is not available in this build.")
        elif not bank_items:
            out.notes.append("Reviewed by stage coverage: the question bank could not be loaded to find a matching problem.")
        else:
            out.notes.append("Reviewed by stage coverage: no bank design problem clearly matches this text "
                             "(answer one with `bis design ID --answer FILE` for rubric grading).")
    out.stats["words"] = words
    if words < 80:
        out.add(SHORT.at(f"{words} words"))
    return out


def _call_grader(grader: Any, item: dict[str, Any], text: str, level: str) -> Any:
    params = list(inspect.signature(grader).parameters)
    if params and params[0] in ("answer", "text"):
        return grader(text, item, level=level)
    return grader(item, text, level=level)


def _graded(text: str, item: dict[str, Any], level: str, grader: Any, confidence: float) -> Analysis:
    out = Analysis()
    result = _call_grader(grader, item, text, level)
    data = result.to_dict() if hasattr(result, "to_dict") else dict(result)
    out.score = float(data.get("score", 0.0))
    out.score_basis = "design rubric"
    out.extra["design_problem"] = {"id": item.get("id"), "title": item.get("title"), "match": round(confidence, 2)}
    out.extra["design_grade"] = {k: data.get(k) for k in ("score", "band", "band_label", "level", "add_next_time", "probes")}
    seen = _stage_presence(text)
    for stage in data.get("stages") or []:
        status = stage.get("status")
        missing = ", ".join(stage.get("missing") or [])
        if status == "missing" and seen.get(str(stage.get("stage")), 0) >= 3:
            out.add(THIN.at(f"{stage.get('label')}: the text has this stage, but not the points the rubric expects"
                            + (f" ({missing})" if missing else ""), path=stage.get("label"), source="grader"))
        elif status == "missing":
            out.add(MISSING.at(f"{stage.get('label')}: not covered" + (f" (expected: {missing})" if missing else ""),
                               path=stage.get("label"), source="grader"))
        elif status == "partial":
            out.add(THIN.at(f"{stage.get('label')}: partly covered" + (f" (missing: {missing})" if missing else ""),
                            path=stage.get("label"), source="grader"))
    for m in data.get("misconceptions") or []:
        out.add(MISCONCEPTION.at(f"\u201c{str(m.get('evidence', ''))[:100]}\u201d", fix=str(m.get("correction", "")), source="grader"))
    out.good.extend(data.get("good") or [])
    out.extra["grader_improve"] = list(data.get("improve") or [])
    out.notes.append(f"Graded with the rubric of the bank design problem '{item.get('id')}' ({item.get('title')}).")
    return out


def _stage_presence(text: str) -> dict[str, int]:
    """How many distinct signs of each stage the text has."""
    low = text.lower()
    return {stage: sum(1 for p in patterns if re.search(p, low)) for stage, (_, patterns) in STAGES.items()}


CORE = ("requirements", "scale", "components", "api")


def _stage_rule(stage: str, label: str, thin: bool = False) -> Rule:
    """One rule per stage, so each missing stage counts on its own in the score."""
    base = THIN if thin else MISSING
    severity = base.severity if thin else ("error" if stage in CORE else "warning")
    return Rule(f"{base.id}-{stage.replace('_', '-')}", f"{base.title}: {label}", severity, base.why, base.fix)


def stage_review(text: str) -> Analysis:
    """Stage coverage, scored by the findings formula and capped by the product's design bands:
    a core stage missing (requirements, scale, components, API) caps at 4; no data model, or
    neither scaling nor trade-offs, at 6; 9-10 needs failure modes and bottlenecks or consistency."""
    out = Analysis()
    low = text.lower()
    present: dict[str, bool] = {}
    for stage, (label, patterns) in STAGES.items():
        hits = sum(len(re.findall(p, low)) for p in patterns)
        distinct = sum(1 for p in patterns if re.search(p, low))
        present[stage] = hits > 0
        if hits == 0:
            out.add(_stage_rule(stage, label).at(f"{label}: not covered", path=label))
        elif distinct == 1 and hits <= 2:
            out.add(_stage_rule(stage, label, thin=True).at(f"{label}: only mentioned", path=label))
        else:
            out.good.append(f"{label} covered.")
    deep = re.search(r"bottleneck|consisten|availability|hot (key|partition|spot)|single point of failure", low)
    if not all(present[s] for s in CORE):
        out.cap, why = 4.0, "a core stage (requirements, scale, components or API) is missing"
    elif not present["data_model"] or not (present["scaling"] or present["tradeoffs"]):
        out.cap, why = 6.0, "no data model, or neither scaling nor trade-offs"
    elif not (present["scaling"] and present["tradeoffs"] and present["failure_modes"] and deep):
        out.cap, why = 8.0, "9-10 needs scaling, trade-offs, failure modes and bottlenecks or consistency"
    else:
        out.cap, why = 9.0, "coverage of the stages shows breadth, not depth; a 10 needs rubric grading"
    out.notes.append(f"Score capped at {out.cap:g}: {why}.")
    out.stats = {"stages_covered": sum(present.values()), "stages": len(STAGES)}
    return out
