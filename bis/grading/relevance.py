"""Is a behavioural story about what the question asks?

A story's specifics (the system, the people, the numbers) are its own, so a
story cannot be compared with a model story word for word. What can be
compared is how well its vocabulary fits *this* question against how well it
fits *other* questions:

* the question's own vocabulary: its text, what a strong answer contains
  (``strong_answer``), staff signals, level hints, follow-ups and its
  ``backend_context`` terms, plus the vocabulary of its theme (``THEMES``:
  the words a story about an incident, a migration, mentoring ... uses);
* rivals: every question of the built-in bank on another theme (same
  fields), and every other theme's vocabulary.

``fit`` is the weighted share of the story's content words found in a
vocabulary (generic backend words, everyday English and words of any work
story weigh a quarter; words copied from the question and numbers do not
count). The relevance margin is the fit to this question minus the best fit
to a rival, shrunk towards 0 for short answers, which carry little evidence
either way. A story told for another question fits that question (or its
theme) better than this one: a migration-outage story graded against "a data
migration without downtime" fits "a change you made caused a production
problem" better, and is capped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bis.grading import background as bank_background
from bis.grading.background import question_texts
from bis.grading.quality import TextQuality, generic_stems, story_generic_stems
from bis.grading.text import vocabulary

__all__ = ["Relevance", "background", "fit", "ramp", "relevance", "rival_question", "theme_vocabulary", "weights"]

# Evidence (in content-word weight) a story's fit is shrunk with: a one-line
# answer's margin stays near 0 instead of swinging on two words.
PRIOR_WEIGHT = 12.0
# Margin -> relevance factor (0 at MARGIN_LOW, 1 at MARGIN_HIGH); a story
# below the midpoint (-0.03) does not answer the question and is capped at 3.
# Measured on the bank (47 questions, tests/grading/test_relevance.py): every
# model story's margin against its own question is above +0.04; graded
# against a question on another theme, every one is below -0.03 (and 95.7%
# still score 3 or less with its own question removed from the rivals).
MARGIN_LOW = -0.07
MARGIN_HIGH = 0.01
# And whatever the rivals, a story must use some of this question's words.
FIT_LOW = 0.04
FIT_HIGH = 0.1
GENERIC_WEIGHT = 0.25

# What a story on each theme of the bank schema talks about, beyond its
# system: written from what the themes mean and how the bank's questions
# describe a strong answer, never from a model story; not tuned on the
# cross-pair figures.
THEMES: dict[str, str] = {
    "incident": """incident incidents outage outages mitigate mitigated mitigation postmortem postmortems
        severity pager paged alert alerts fired rollback rolled revert reverted impact impacted affected
        customers downtime degraded degradation restore restored recovered recovery cascade cascading
        blast radius fallback incident commander status page war room escalate escalated timeline
        responders root cause action items blameless""",
    "on-call": """on-call oncall rotation rotations pager paged pages alerts noise noisy fatigue toil runbook
        runbooks handoff handoffs handover shift shifts night nights weekend weekends off-hours actionable
        false positives sleep burnout shadow shadowing onboarding playbook escalation secondary responders
        woke interrupt interrupts remediation""",
    "debugging": """bug bugs debug debugged debugging reproduce reproduced reproduction hypothesis hypotheses
        trace traces tracing tcpdump packet capture profiler profiling profiled flame graph intermittent
        intermittently spike spikes flaky symptom symptoms narrowed bisect bisected instrument instrumented
        heap dump race condition corrupted corruption mystery strace correlated correlation investigation
        investigated clue clues periodic periodicity percentiles reconciliation culprit ruled""",
    "migration": """migrate migrated migrating migration migrations backfill backfilled cutover dual writes
        shadow reads legacy monolith extract extracted extraction strangler decommission decommissioned
        deprecate deprecated deprecation ported parity long tail codemod phases phased reversible change
        data capture cdc replicate checksum checksums verification verified switched switchover copy
        copied drain boundary seam outbox""",
    "scaling": """scale scaled scaling traffic load growth grew growing bottleneck bottlenecks capacity
        throughput peak peaks headroom autoscaling horizontal horizontally vertical vertically replicas
        shard sharded sharding partition partitions load test saturation saturated cpu surge launch sale
        seasonal pre-scaling rate limiting admission control batching pooling""",
    "tradeoffs": """trade-off trade-offs tradeoff tradeoffs traded consistency availability stale staleness
        eventual bounded build buy vendor vendors cost costs simpler simplest defer deferred debt technical
        complexity over-engineering weigh weighed pros cons criteria evaluate evaluated evaluation proof
        concept lock-in ownership alternatives refactor refactoring roadmap balance""",
    "cross-team": """teams consumers consumer contract contracts dependency depended dependent partner
        priorities roadmap alignment aligned schema breaking compatible compatibility versioning versions
        deprecation guide clients integrate integration integrated agreement negotiate negotiated
        provider providers openapi protobuf spec publish published office hours stakeholders interface""",
    "disagreement": """disagree disagreed disagreement disagreements pushed pushback argued argue argument
        objection objections concern concerns convinced convince persuade persuaded tech lead manager
        proposal proposed alternative debate debated compromise commit committed consensus opinion opinions
        design review conflict position positions overruled final call evidence benchmark prototype""",
    "deadlines": """deadline deadlines date dates launch launched estimate estimates estimated estimation slip
        slipped late schedule scheduled scope scoped descoped cut cuts milestone milestones ship shipped
        delay delayed commitment contractual regulatory regulator compliance sprint crunch overtime
        prioritise prioritised must-have must-haves nice-to-have burn-down dry run on-time partner legal""",
    "mentoring": """mentor mentored mentoring mentee mentees junior juniors coach coached coaching grow growth
        career promotion promoted pairing paired pair onboarding onboarded confidence confident feedback
        one-to-ones one-on-ones delegate delegated delegating delegation handover handed teach taught
        teaching learning bar standards checklist practices guidance stretch bus factor independently""",
    "strategy": """strategy strategic direction vision roadmap long-term platform investment invest invested
        architecture target principles non-goals leadership business case retire retired retirement
        deprecate decommission organisation organization org multi-year initiative funding headcount
        adoption standard standards tech leads success metrics bet""",
    "influence": """influence influenced convince convinced persuade persuaded authority leadership adopt
        adopted adoption standard standards guidelines buy-in champion champions forum proposal proposed
        evidence organisation organization executives director directors presented presentation pilot
        rfc coalition allies lint linting enforce enforcement consensus""",
    "failure": """mistake mistakes fault caused broke broken wrong failed failure failures cancelled canceled
        lesson lessons blameless postmortem regret apologised apologized admitted acknowledged outage
        hindsight retrospective misjudged underestimated assumption assumptions""",
    "quality": """test tests testing tested unit integration contract coverage ci pipeline release releases
        canary canaries rollback review reviews reviewer pull request regression regressions slo slos error
        budget reliability flaky quality linter static analysis checklist staging mocks mock caught safety
        safer""",
    "ownership": """own owned owner owners ownership end-to-end healthy health slo slos sli slis dashboards
        dashboard on-call runbook legacy inherited inherit neglected documentation documented undocumented
        cleanup nobody responsibility responsibilities accountable proactive monitoring observability
        capacity planning characterisation""",
}


def theme_vocabulary(theme: str | None) -> frozenset[str]:
    text = THEMES.get(theme or "")
    return vocabulary(text) if text else frozenset()


def _item_vocabulary(item: dict) -> frozenset[str]:
    return vocabulary("\n".join(question_texts(item))) | theme_vocabulary(item.get("theme"))


_BACKGROUND: list[tuple[str, str, frozenset[str]]] | None = None
_QUESTIONS: dict[str, str] = {}


def background() -> list[tuple[str, str, frozenset[str]]]:
    """(id, theme, vocabulary) of every behavioural question of the built-in
    bank (see ``background.py``), with its theme's vocabulary."""
    global _BACKGROUND
    if _BACKGROUND is None:
        entries = bank_background.behavioural()
        _QUESTIONS.update((e.id, e.question) for e in entries)
        _BACKGROUND = [(e.id, e.theme, e.stems | theme_vocabulary(e.theme)) for e in entries]
    return _BACKGROUND


def rival_question(rival: str) -> str:
    """A rival named for a candidate: the other question, or the theme."""
    if rival.startswith("theme:"):
        return f"a story about {rival[6:]}"
    background()
    question = _QUESTIONS.get(rival)
    return f"\u201c{question}\u201d" if question else rival


@dataclass
class Relevance:
    fit: float  # weighted share of the story's words in this question's vocabulary
    rival_fit: float  # the same for the best rival
    rival: str  # which rival ("theme:<name>" or a question id)
    margin: float  # shrunk fit - rival_fit
    factor: float  # 0..1


def weights(tq: TextQuality) -> dict[str, float]:
    """Each content stem of an answer with its weight (generic words a quarter;
    words copied from the question and numbers left out)."""
    generic = generic_stems() | story_generic_stems()
    out: dict[str, float] = {}
    for sent in tq.doc.sentences:
        if sent.index in tq.duplicate_sentences:
            continue
        marked = tq.copied.get(sent.index, ())
        for j, st in enumerate(sent.stems):
            if j in marked or st.isdigit():
                continue
            out[st] = out.get(st, 0.0) + (GENERIC_WEIGHT if st in generic else 1.0)
    return out


def fit(weights: dict[str, float], vocab: frozenset[str] | set[str], total: float) -> float:
    """Weighted share of an answer's words (``weights``) found in ``vocab``."""
    return sum(w for st, w in weights.items() if st in vocab) / total if total else 0.0


def _rivals(item: dict) -> Iterable[tuple[str, frozenset[str]]]:
    theme = item.get("theme")
    item_id = item.get("id")
    for name in THEMES:
        if name != theme:
            yield f"theme:{name}", theme_vocabulary(name)
    for rid, rtheme, vocab in background():
        if rid != item_id and (rtheme != theme or not theme):
            yield rid, vocab


def relevance(tq: TextQuality, item: dict) -> Relevance:
    """How much better a story fits this question than any other (see module doc)."""
    w = weights(tq)
    total = sum(w.values()) + PRIOR_WEIGHT
    own = fit(w, _item_vocabulary(item), total)
    rival, rival_fit = "", 0.0
    for name, vocab in _rivals(item):
        f = fit(w, vocab, total)
        if f > rival_fit:
            rival, rival_fit = name, f
    margin = own - rival_fit
    factor = min(ramp(margin, MARGIN_LOW, MARGIN_HIGH), ramp(own, FIT_LOW, FIT_HIGH))
    return Relevance(own, rival_fit, rival, margin, factor)


def ramp(x: float, lo: float, hi: float) -> float:
    return max(0.0, min(1.0, (x - lo) / (hi - lo)))
