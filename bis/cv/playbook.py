"""The interviewer's playbook: a Markdown script for a 30–45 minute conversation.

Built from what the CV says (role, years, skills, projects and their claims) and
nothing else: every project it names and every number it quotes comes from the
CV. The technical expectations are bis's own notes per topic (below), picked by
the candidate's stack.
"""

from __future__ import annotations

import re
from typing import Any

from bis.cv.tailor import backend_skills, stack_topics
from bis.profile import level_of

# Minutes per module by level; each plan totals 30–45.
TIMINGS = {
    "junior": (5, 8, 7, 5, 7, 3),
    "mid": (4, 10, 8, 7, 8, 3),
    "senior": (4, 11, 8, 8, 9, 4),
    "staff": (4, 12, 7, 8, 10, 4),
}
MODULES = ("Opening", "Architecture and system thinking", "Performance and observability",
           "Cloud and reliability", "Forward look: their experience in an async AI-task system", "Wrap-up")  # fmt: skip

# topic -> (what a solid answer covers, what a strong one adds). bis's own notes.
TOPIC_POINTS: dict[str, tuple[str, str]] = {
    "kafka": ("Partition key chosen for ordering and parallelism; offsets committed after processing, so delivery is at-least-once and consumers must be idempotent",
              "Knows where exactly-once stops (inside Kafka only), how rebalances stall consumers, and scales on consumer lag"),
    "message-queues": ("Ack after the work is done; retries with backoff and a dead-letter queue; an idempotency key so a redelivery does no harm",
                       "Poison messages, ordering versus throughput, back-pressure when consumers fall behind"),
    "redis": ("What lives in Redis and what happens when it is gone: TTLs, eviction policy, the source of truth elsewhere",
              "Hot keys, replication lag on failover, Lua/transactions for atomic updates, memory sizing"),
    "caching": ("Cache-aside with TTLs; invalidation or versioned keys on writes; the hit rate actually measured",
                "Stampede protection (request coalescing, jittered TTLs), stale-while-revalidate, negative caching"),
    "indexing": ("Reads the query plan before adding an index; composite index order follows equality then range columns",
                 "Covering and partial indexes, write amplification of each index, planner statistics going stale"),
    "transactions": ("Names the isolation level in use and an anomaly it still allows; keeps transactions short; row locks versus optimistic checks",
                     "Retries serialization failures, SKIP LOCKED work queues, the transactional outbox for events"),
    "sql": ("Spots N+1 queries and unbounded scans; paginates with keys, not offsets, on large tables",
            "Uses EXPLAIN ANALYZE numbers to argue a change; knows when to denormalise"),
    "replication": ("Replica lag and what it breaks (read-your-writes); how failover happens and what can be lost",
                    "Semi-synchronous options, fencing the old primary, testing failover for real"),
    "sharding": ("A shard key chosen from access patterns; hotspots and cross-shard queries named",
                 "Resharding without downtime, consistent hashing or directory-based routing"),
    "nosql-modeling": ("Models tables by access pattern; partition key spreads load; no scatter-gather on the hot path",
                       "Single-table design trade-offs, TTLs for data lifecycle, read/write capacity costs"),
    "load-balancing": ("Health checks and readiness versus liveness; connection draining during deploys; L4 versus L7",
                       "Least-request or EWMA balancing for uneven latency, slow-start, sticky sessions avoided"),
    "observability": ("Rate, errors and duration per endpoint; percentiles, not averages; traces that follow a request across services",
                      "SLOs with error budgets driving alerts; high-cardinality labels kept in check; exemplars linking metrics to traces"),
    "concurrency": ("Bounded worker pools; cancellation and timeouts propagated; shared state protected or avoided",
                    "Uses the race detector or stress tests; reasons about lock contention and queueing delay"),
    "rest": ("Resource design and status codes that clients can act on; pagination; errors with stable codes",
             "Idempotency keys on POST, ETags for concurrency, deprecation policy"),
    "grpc": ("Deadlines set by the caller and propagated; backward-compatible proto changes (new fields, no reused numbers)",
             "Streaming for long results, retries only for idempotent methods, load balancing of long-lived HTTP/2 connections"),
    "idempotency": ("Client-supplied idempotency keys stored with the result; a retry returns the first outcome",
                    "Key expiry and the window it leaves; idempotency across a queue and a database write"),
    "rate-limiting": ("Token or leaky bucket per client and endpoint; 429 with Retry-After; where the counter lives",
                      "Distributed limits with Redis and their error margin; fairness between tenants"),
    "api-versioning": ("Additive changes by default; a versioning scheme and a deprecation window",
                       "Contract tests between services; measuring who still calls the old version"),
    "consensus": ("Leader election with leases; why a majority quorum; what happens during a partition",
                  "Fencing tokens so a paused old leader cannot write"),
    "cap-consistency": ("Which operations need strong consistency and which can be eventual, and why",
                        "Tunable consistency (quorum reads/writes) and its latency cost"),
    "api-security": ("Authentication at the edge, authorisation per resource, secrets out of code",
                     "Least privilege for service identities, audit trails"),
}


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def _quote(text: str) -> str:
    return "“" + _cell(text).rstrip(".。") + "”"


def _pick_projects(facts: dict[str, Any]) -> list[dict[str, Any]]:
    """Projects richest in backend stack and claims first."""
    projects = [p for p in facts.get("projects") or [] if p.get("name")]
    return sorted(projects, key=lambda p: (-len(p.get("claims") or []) - len(backend_skills(p.get("stack") or [])),
                                           projects.index(p)))


def _first_claim(projects: list[dict[str, Any]], words: tuple[str, ...] = ()) -> tuple[str, str] | None:
    for project in projects:
        for claim in project.get("claims") or []:
            if not words or any(w in claim.lower() for w in words):
                return project["name"], claim
    return None


def _names(facts: dict[str, Any], categories: tuple[str, ...]) -> list[str]:
    return [s["name"] for s in facts.get("skills") or [] if s["category"] in categories and s["backend"]]


def _table(expected: list[str], bonus: list[str]) -> list[str]:
    """Two columns; a stack-specific pair (joined with a tab by _topic_rows) stays on one row."""
    rows = ["| Expected answer points | Bonus points |", "|---|---|"]
    plain_expected = [e for e in expected if "\t" not in e]
    pairs = [tuple(e.split("\t", 1)) for e in expected if "\t" in e]
    for i in range(max(len(plain_expected), len(bonus))):
        left = _cell(plain_expected[i]) if i < len(plain_expected) else ""
        right = _cell(bonus[i]) if i < len(bonus) else ""
        rows.append(f"| {left} | {right} |")
    rows += [f"| {_cell(a)} | {_cell(b)} |" for a, b in pairs]
    return rows


def _module(number: int, minutes: int, purpose: str, prompt: str, expected: list[str], bonus: list[str],
            follow_ups: list[str], observe: list[str]) -> list[str]:  # fmt: skip
    out = [f"## {number}. {MODULES[number - 1]} ({minutes} min)", "", f"**Purpose.** {purpose}", "",
           f"**Opening prompt.** {prompt}", ""]  # fmt: skip
    out += _table(expected, bonus)
    out += ["", "**Follow-ups.**"] + [f"- {f}" for f in follow_ups]
    out += ["", "**What to observe.**"] + [f"- {o}" for o in observe] + [""]
    return out


def _topic_rows(topics: list[str], wanted: tuple[str, ...], limit: int) -> list[str]:
    """Expected/bonus pairs for the candidate's own topics, as 'expected<TAB>bonus'."""
    chosen = [t for t in topics if t in wanted and t in TOPIC_POINTS][:limit]
    return ["\t".join(TOPIC_POINTS[t]) for t in chosen]


def _with_stack(projects: list[dict[str, Any]], names: list[str]) -> dict[str, Any] | None:
    """The project whose stack shares most with `names`."""
    best = max(projects, key=lambda p: len(set(p.get("stack") or []) & set(names)), default=None)
    return best if best and set(best.get("stack") or []) & set(names) else None


_ZH_LEVELS = (("首席|架构师|专家|总监", "staff"), ("高级|资深", "senior"), ("初级|实习|助理", "junior"))


def _level(facts: dict[str, Any]) -> str:
    """The level to calibrate against: title words (English or Chinese) first, then years."""
    role = facts.get("current_role") or ""
    for pattern, level in _ZH_LEVELS:
        if re.search(pattern, role):
            role = f"{role} {level}"
            break
    return level_of({"target_role": role, "experience_years": facts.get("experience_years")})


def build_playbook(facts: dict[str, Any]) -> dict[str, Any]:
    """{"markdown": str, "minutes": int, "level": str, "modules": [...]} for this candidate."""
    level = _level(facts)
    times = TIMINGS[level]
    who = facts.get("name") or "the candidate"
    role = facts.get("current_role") or "backend engineer"
    projects = _pick_projects(facts)
    kinds = {p["name"]: p.get("source") for p in projects}

    def system(name: str | None, fallback: str) -> str:
        """A project by its name; a job by 'the system you built at <company>'."""
        if not name:
            return fallback
        return f"the system you built at {_cell(name)}" if kinds.get(name) == "experience" else _cell(name)

    def where(name: str) -> str:
        return f"at {_cell(name)}" if kinds.get(name) == "experience" else f"on {_cell(name)}"

    anchor = projects[0]["name"] if projects else None
    second = projects[1]["name"] if len(projects) > 1 else anchor
    topics = stack_topics(facts.get("skills") or [])
    coordination = {"etcd", "ZooKeeper"}  # they hold leases and config, not the data
    databases = [n for n in _names(facts, ("database",)) if n not in coordination]
    caches = _names(facts, ("cache",))
    queues = _names(facts, ("queue",))
    platform = _names(facts, ("cloud", "infra"))
    watch = _names(facts, ("observability",))

    years = facts.get("experience_years")
    md: list[str] = [f"# Interview playbook: {_cell(who)}", ""]
    md += [f"For the interviewer: a {sum(times)}-minute technical conversation built from the candidate's CV. "
           "Projects and numbers quoted here are the CV's own; probe them rather than take them as given.", ""]  # fmt: skip
    md += ["**Candidate at a glance**", ""]
    md.append(f"- Current role: {_cell(role)}" + (f"; {years:g} years of experience" if years is not None else ""))
    stack = backend_skills([s["name"] for s in facts.get("skills") or []])
    if stack:
        md.append(f"- Backend stack: {_cell(', '.join(stack[:12]))}")
    if projects:
        md.append("- Projects to draw on: " + "; ".join(_cell(p["name"]) for p in projects[:4]))
    md.append(f"- Calibrate against: {level} level (from title and years)")
    md += ["", "## Plan", "", "| # | Module | Minutes |", "|---|---|---|"]
    md += [f"| {i} | {name} | {m} |" for i, (name, m) in enumerate(zip(MODULES, times, strict=True), start=1)]
    md += [f"| | Total | {sum(times)} |", ""]

    perf = _first_claim(projects, ("ms", "latency", "p99", "p95", "throughput", "faster", "%", "rps", "qps", "毫秒"))
    # 1. opening
    claim = next(((p["name"], c) for p in projects for c in p.get("claims") or [] if (p["name"], c) != perf), None)
    cite = f" Your CV says {_quote(claim[1])} {where(claim[0])}; where did that number come from?" if claim else ""
    md += _module(
        1, times[0],
        "Settle the candidate, hear how they frame their own work, and pick the thread the conversation follows.",
        f"“In your current role ({_cell(role)}), what do you own? In two minutes, take me through "
        f"{system(anchor, 'the system you know best')}: what it does, who depends on it, and which part "
        f"was yours.”{cite}",
        ["One-sentence purpose of the system and its users", "Scale in numbers (traffic, data, team)",
         "Their own contribution kept apart from the team's"],
        ["Business outcome tied to the technical work", "Says unprompted what they would do differently"],
        ["Which decision on it are you proudest of, and who disagreed?", "What was the size of the team and your place in it?"],
        ["“I” versus “we”: can they name what they personally did?", "Structure: context first, then detail, on time"],
    )  # fmt: skip

    # 2. architecture
    own = (projects[0].get("stack") or []) if projects else []
    # only the anchor's own stores are named: another job's database is not this system's
    db = next((s for s in own if s in databases), None)
    cache = next((s for s in own if s in caches), None)
    q = next((s for s in own if s in queues), None)
    stores = ", ".join(_cell(x) for x in (db, cache, q) if x)
    exp = _topic_rows(topics, ("transactions", "indexing", "kafka", "message-queues", "nosql-modeling", "sharding",
                               "replication", "consensus", "grpc", "rest", "idempotency"), 3)  # fmt: skip
    md += _module(
        2, times[1],
        "See whether they understand the system they built as a whole: boundaries, data ownership, "
        "consistency and failure, not only the part they coded.",
        f"“Sketch {system(anchor, 'your current system')} as it runs today: the components, where the "
        f"data lives{f' ({stores})' if stores else ''}, and how one request or event flows through it. "
        "Then tell me where it is weakest.”",
        ["Clear components with one responsibility each, and who owns which data",
         f"Consistency of {_cell(db) if db else 'the main datastore'}'s writes: what must be atomic, what may lag",
         "Sync versus async boundaries and why each is where it is",
         "Timeouts, retries and what makes a retry safe"] + exp,
        ["Alternatives they rejected, with the reason", "How the design would change at ten times the load"],
        [f"What happens to an in-flight request if {_cell(db) if db else 'the primary database'} fails over?",
         f"How do {_cell(q)} consumers avoid doing work twice?" if q else "Where would you add a queue, and what would you lose?",
         "Which part would you split out first, and which would you never split?"],
        ["Draws before talking; numbers, not adjectives", "Names failure modes without being asked",
         "Level: a senior names trade-offs; a staff candidate ties them to team and cost constraints"],
    )  # fmt: skip

    # 3. performance and observability
    if perf:
        prompt = (f"“{where(perf[0])[0].upper()}{where(perf[0])[1:]} your CV says {_quote(perf[1])}. Walk me through how you found where the "
                  "time or resources went, what you changed, and how you showed the gain held in production.”")
    else:
        prompt = (f"“Pick the slowest path {'in ' + system(second, '') if second else 'in a system you ran'}. How would you find out where the "
                  "time goes, and how would you prove a fix worked?”")
    exp = _topic_rows(topics, ("caching", "redis", "indexing", "sql", "concurrency", "observability",
                               "rate-limiting"), 3)  # fmt: skip
    md += _module(
        3, times[2],
        "Check that performance work is driven by measurement, and that they can see inside their systems.",
        prompt,
        ["Measured before changing: profiles, traces, percentiles rather than averages",
         "Named the real bottleneck (a query, a lock, a network hop, GC) with evidence",
         f"Dashboards and alerts they actually used{' (' + _cell(', '.join(watch[:3])) + ')' if watch else ''}"] + exp,
        ["Tail-latency causes: retries amplifying load, queueing, coordinated omission in load tests",
         "A guard against regression: a latency budget, an SLO alert, a benchmark in CI"],
        ["What did the p99 do, not the average?", "What did the change cost: memory, money, complexity?",
         "Which alert would have caught this earlier?"],
        ["Evidence before opinion", "Knows the numbers of their own system by heart, or says they would look them up"],
    )  # fmt: skip

    # 4. cloud and reliability
    run = _with_stack(projects, platform)
    run_stack = [s for s in (run.get("stack") or []) if s in platform] if run else platform
    on_stack = f" on {_cell(', '.join(run_stack[:3]))}" if run_stack else ""
    md += _module(
        4, times[3],
        "See how their code reaches production and how they behave when it breaks.",
        f"“Take me from a merged change to real traffic for {system(run['name'] if run else None, 'your current service')}{on_stack}. "
        "Then tell me about the last time it broke in production.”",
        ["The pipeline: tests, build, deploy, and how a rollout is stopped or rolled back",
         "Readiness and liveness checks; draining connections on deploy",
         "What scales automatically and on which signal", "Secrets and configuration kept out of images and code",
         "An incident told with timeline, impact, fix and follow-up"],
        ["Canary or progressive delivery with automatic rollback", "Infrastructure as code reviewed like code",
         "Game days or chaos tests; blameless postmortems that changed something", "Cost awareness per service"],
        ["What was the blast radius, and how did you limit it?", "How long until you knew, and how did you know?",
         "What did you change so it could not happen the same way again?"],
        ["Ownership: were they on call, did they lead the response?", "Calm, factual account; no blame"],
    )  # fmt: skip

    # 5. forward look
    exp_tail = f", reusing {_cell(q)}" if q else ""
    md += _module(
        5, times[4],
        "Test learning transfer: can they carry what they know into a problem they have not solved before?",
        "“Your team must build an internal service that accepts AI model jobs (text generation, transcription) "
        "that take from a second to several minutes, against paid providers with strict rate limits. "
        f"Starting from what you built {where(anchor) if anchor else 'before'}{exp_tail}, how would you design it?”",
        ["Async API: accept, return a task id at once, poll or webhook for the result",
         "A durable queue between intake and workers; nothing accepted is lost",
         "Idempotency keys so retries never pay for the same call twice",
         "Per-provider rate limits and per-tenant quotas; retry 429/5xx with backoff and jitter",
         "Timeouts, cancellation, and large payloads kept in object storage"],
        ["Fair scheduling between tenants and priorities", "Streaming partial output for interactive use",
         "Failover to another provider; spend budgets enforced before the call",
         "Per-task cost and queue age as first-class metrics"],
        ["A provider slows to 60 seconds per call: what happens to your queue and your users?",
         "A worker dies halfway through a job: who notices and what runs again?",
         "How would you test this before real traffic?"],
        ["Maps their own experience onto the new problem instead of reciting a template",
         "Asks about requirements and scale before drawing", "Knows what they don't know and says how they'd learn it"],
    )  # fmt: skip

    # 6. wrap-up
    md += _module(
        6, times[5],
        "Leave time for their questions and a fair close.",
        "“What would you want to learn or own in your next role, and what would you like to ask us?”",
        ["Specific questions about the team, on-call, architecture or how success is measured"],
        ["Comes back to something from the conversation with a sharper answer"],
        ["If they could change one thing about their current system tomorrow, what would it be?"],
        ["Curiosity and self-awareness; what they ask says what they value"],
    )  # fmt: skip

    md += ["## Evaluation grid", "", "Score each 1–5 during the conversation; write the evidence, not impressions.", "",
           "| Dimension | 1–2: concern | 3: solid | 4–5: strong | Score | Evidence |", "|---|---|---|---|---|---|"]  # fmt: skip
    grid = [
        ("Architecture", "Describes only their own module; no view of data flow or failure",
         "Clear components, data ownership and main trade-offs", "Anticipates bottlenecks and failure modes; evolves the design with reasons"),
        ("Performance", "Optimises by guess; quotes averages", "Measures, finds the bottleneck, verifies the fix",
         "Reasons about tail latency and cost; builds guards against regression"),
        ("Cloud / DevOps", "Deployment is someone else's problem", "Knows the pipeline, rollbacks and health checks",
         "Designs for safe rollout, autoscaling and incident response; owns reliability"),
        ("Learning transfer", "Repeats past designs whatever the problem", "Adapts known patterns to the new problem",
         "Spots what is genuinely new and plans how to learn or de-risk it"),
        ("Communication", "Unstructured; needs many prompts", "Structured, answers the question asked",
         "Concise, checks understanding, adapts depth to the listener"),
    ]  # fmt: skip
    md += [f"| {d} | {a} | {b} | {c} | | |" for d, a, b, c in grid]
    md += ["", f"**Calibration.** For {level} level, a hire should be at 3 or above on every row"
           + (" and 4+ on architecture and reliability." if level in ("senior", "staff") else ".")]  # fmt: skip
    md += ["", "_A full reference design for module 5: `bis bank show async-model-task-service`._", ""]
    return {"markdown": "\n".join(md), "minutes": sum(times), "level": level,
            "modules": [{"name": n, "minutes": m} for n, m in zip(MODULES, times, strict=True)]}  # fmt: skip
