"""Skills from the taxonomy in skills.yaml, found in a CV's lines.

Most aliases are unmistakable ("PostgreSQL", "k8s") and count wherever they appear
(except under Interests/Hobbies: a hobby is not a work skill). Some are ordinary words
too ("go", "spring", "express", "swift", "rust", "react", "helm", "spark"): those count
only with evidence from their context, never from a list of known sentences:

- list context: the word is a whole item of a list in the Skills section, of a line
  labelled like "Stack:" / "技术栈：", or of a list that holds other known skills;
- a tech noun right after it ("Go services", "Spark jobs", "Go语言"), a version
  ("Spring 5", "Go 1.22") or a "-based"/"-powered" suffix;
- a known skill right beside it ("Go and PostgreSQL", "Kotlin/Spring");
- for languages, a lead-in such as "written in", "using", "熟悉", with the word in its
  proper case and not at the start of a sentence ("in Go" but not "go on").

And vetoes that beat all of these except a real list: a year right after it ("Spring
2019" is a semester), a hyphenated compound ("go-to", "go-live"), or a capitalised
neighbour that makes it part of a proper noun ("Rust Belt", "American Express",
"Hong Kong", "Spring Festival"). Lower-case forms in prose never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from bis.cv.layout import Line, label_of

TAXONOMY_FILE = Path(__file__).with_name("skills.yaml")


@dataclass(frozen=True)
class Skill:
    name: str
    category: str
    topics: tuple[str, ...]
    focus: tuple[str, ...]
    backend: bool


@dataclass(frozen=True)
class _Alias:
    skill: str
    kind: str  # plain | exact | ambiguous
    form: str  # as written in the taxonomy


@dataclass
class Taxonomy:
    skills: dict[str, Skill]
    categories: dict[str, dict[str, Any]]
    aliases: dict[str, _Alias]
    pattern: re.Pattern[str] = field(repr=False)

    def lookup(self, name: str) -> Skill | None:
        """A skill by canonical name or any alias, case-insensitively."""
        if name in self.skills:
            return self.skills[name]
        alias = self.aliases.get(_key(name))
        return self.skills[alias.skill] if alias else None


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _alias_regex(alias: str) -> str:
    return r"\s+".join(re.escape(part) for part in alias.split())


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(TAXONOMY_FILE.read_text(encoding="utf-8"), Loader=loader)
    return build_taxonomy(data)


def build_taxonomy(data: dict[str, Any]) -> Taxonomy:
    categories = data["categories"]
    skills: dict[str, Skill] = {}
    aliases: dict[str, _Alias] = {}
    for entry in data["skills"]:
        name = entry["name"]
        category = entry["category"]
        if category not in categories:
            raise ValueError(f"skills.yaml: {name}: unknown category {category!r}")
        if name in skills:
            raise ValueError(f"skills.yaml: {name} is listed twice")
        skills[name] = Skill(
            name,
            category,
            tuple(entry.get("topics") or ()),
            tuple(entry.get("focus") or ()),
            bool(categories[category].get("backend")),
        )
        own: dict[str, _Alias] = {}
        for kind in ("plain", "exact", "ambiguous"):  # later kinds win for the same words
            forms = [name, *entry.get("aliases", [])] if kind == "plain" else entry.get(kind, [])
            for form in forms:
                own[_key(form)] = _Alias(name, kind, form)
        for key, alias in own.items():
            if key in aliases and aliases[key].skill != name:
                raise ValueError(f"skills.yaml: alias {key!r} is used by {aliases[key].skill} and {name}")
            aliases[key] = alias
    ordered = sorted(aliases, key=len, reverse=True)  # longest first: "spring boot" before "spring"
    body = "|".join(_alias_regex(a) for a in ordered)
    pattern = re.compile(rf"(?<![A-Za-z0-9_])(?:{body})(?![A-Za-z0-9_+#])", re.IGNORECASE)
    return Taxonomy(skills, categories, aliases, pattern)


# -- context ---------------------------------------------------------------
_CUE_AFTER = frozenset(
    (
        "services", "service", "microservice", "microservices", "backend", "backends", "back-end",
        "api", "apis", "server", "servers", "codebase", "code", "developer", "developers", "engineer",
        "engineers", "engineering", "programming", "programmer", "application", "applications", "app",
        "apps", "sdk", "sdks", "library", "libraries", "module", "modules", "worker", "workers",
        "runtime", "stack", "framework", "monolith", "binary", "binaries", "cli", "tooling", "project",
        "projects", "expertise", "experience", "ecosystem", "language", "generics", "goroutines",
        "goroutine", "channels", "cluster", "clusters", "job", "jobs", "pipeline", "pipelines",
        "streaming", "queries", "query", "tasks", "task", "dag", "dags", "proxy", "proxies", "sidecar",
        "sidecars", "filters", "filter", "plugin", "plugins", "charts", "chart", "cookbooks", "recipes",
        "manifests", "playbooks", "dashboards", "alerts", "logs", "tables", "warehouse", "schema",
        "schemas", "database", "databases", "db", "driver", "drivers", "client", "clients", "endpoints",
        "endpoint", "handlers", "middleware", "controllers", "migrations", "rewrite", "port",
        "components", "component", "deployment", "deployments", "instance", "instances", "integration",
        "integrations", "routes", "router", "templates", "actors", "processes", "nodes",
    )
)
_CUE_AFTER_ZH = re.compile(r"^\s*(?:语言|开发|服务|微服务|后端|框架|工程师|项目|编程|集群|中间件|生态|技术栈)")
_HYPHEN_OK = frozenset({"based", "powered", "native", "backed", "driven", "first", "lang", "centric"})
_PREV_CUE = re.compile(
    r"(?:\b(?:in|using|with|via|into)|\b(?:ported|migrated|moved|switched|converted|rewritten|rewrote|"
    r"built|written|implemented|developed|coded)\s+(?:\w+\s+){0,2}?(?:to|in|with)|"
    r"熟练掌握|熟练使用|熟悉|精通|掌握|了解|使用|采用|基于|用)\s*$",
    re.IGNORECASE,
)
_PREV_CUE_STRONG = re.compile(
    r"(?:\busing|\bbased\s+on|\bbuilt\s+(?:on|with)|熟练掌握|熟练使用|熟悉|精通|掌握|了解|使用|采用|基于)\s*$",
    re.IGNORECASE,
)
_TITLE_WORDS = frozenset(
    (
        "senior", "junior", "lead", "staff", "principal", "backend", "experienced", "certified",
        "apache", "hashicorp", "google", "amazon", "aws", "microsoft", "modern", "idiomatic",
        "production", "using", "with", "in", "built", "wrote", "rewrote", "ported", "the", "a", "an",
        "and", "or", "our", "my", "we", "i",
    )
)
_COORD = re.compile(r"^\s*(?:[,/&+、，]|and|or|with|on|plus|和|与|及)?\s*$", re.IGNORECASE)
_VERSION = re.compile(
    r"^\s*v?(?:\d{1,2}\.\d+(?:\.\d+)*|\d{1,2}(?![\d.,%])"
    r"(?!\s*(?:years?|yrs?|months?|weeks?|days?|hours?|times|people|engineers|teams|members|x\b|k\b|m\b)))",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"^\s*[,']?\s*(?:19|20)\d{2}(?!\d)")
_ITEM_DELIMS = re.compile(r"[,;|•·、，;()\[\]{}/:：]|\s[&+]\s|\s(?:and|or)\s|\s[-–]\s|[和与及]")
_QUALIFIERS = re.compile(
    r"^(?:(?:strong|solid|some|basic|advanced|expert|proficient|fluent|familiar|experienced|"
    r"production|modern|idiomatic|working knowledge of|knowledge of|exposure to|experience with|"
    r"熟练掌握|熟练使用|熟悉|精通|掌握|了解|使用|熟练)\s*(?:in|with|of)?\s*)+",
    re.IGNORECASE,
)
_TRAILING_VERSION = re.compile(r"\s*v?\d{1,2}(?:\.\d+)*\+?(?:\s*(?:years?|yrs?|年))?\s*$", re.IGNORECASE)
_SKILL_LABELS = re.compile(
    r"skill|stack|tech|tool|language|framework|database|data store|storage|backend|infra|cloud|devops|"
    r"platform|environment|messaging|queue|observability|monitoring|middleware|libraries|frontend|"
    r"技术|技能|语言|框架|数据库|中间件|工具|环境|云",
    re.IGNORECASE,
)
_INTEREST_LABELS = re.compile(r"interest|hobb|爱好|兴趣", re.IGNORECASE)


@dataclass
class Hit:
    skill: str
    line: int
    start: int
    end: int
    text: str


def _item(text: str, start: int, end: int) -> str:
    left = 0
    for m in _ITEM_DELIMS.finditer(text, 0, start):
        left = m.end()
    after = _ITEM_DELIMS.search(text, end)
    right = after.start() if after else len(text)
    item = text[left:right].strip(" .*_`\"'")
    item = _QUALIFIERS.sub("", item)
    return _TRAILING_VERSION.sub("", item).strip(" .")


def _sentence_initial(before: str) -> bool:
    tail = before.rstrip()
    if not tail:
        return True
    if tail[-1] in "-–":  # a dash starts a clause only when it stands apart ("x - Go"), not in "5-node"
        return len(tail) < len(before) or len(tail) == 1
    return tail[-1] in ".!?:;。！？；：|•(\"'"


def _accept_ambiguous(
    text: str, start: int, end: int, form: str, category: str, listy: bool, anchors: list[tuple[int, int]]
) -> bool:
    matched = text[start:end]
    before, after = text[:start], text[end:]
    if _YEAR_AFTER.match(after):
        return False  # "Spring 2019": a semester, not a framework
    hyphen = re.match(r"^-([A-Za-z]+)", after)
    if hyphen and hyphen.group(1).lower() not in _HYPHEN_OK:
        return False  # go-to, go-live, spring-loaded
    if re.search(r"[A-Za-z0-9]-$", before):
        return False  # 5-node, on-the-go
    whole = _item(text, start, end).lower() == matched.lower()
    if whole and listy:
        return True
    canonical = matched == form
    initial = _sentence_initial(before)
    prev_word = re.search(r"([A-Za-z][\w'-]*)\s+$", before)
    next_word = re.match(r"^\s+([A-Za-z][\w'-]*)", after)
    left = any(_COORD.match(text[e:start]) for s, e in anchors if e <= start and start - e <= 8)
    right = any(_COORD.match(text[end:s]) for s, e in anchors if s >= end and s - end <= 8)
    adjacent = left or right
    if prev_word and prev_word.group(1)[0].isupper() and not initial:
        word = prev_word.group(1).lower()
        starts_sentence = _sentence_initial(before[: prev_word.start()])
        if word not in _TITLE_WORDS and not left and not starts_sentence:
            return False  # American Express, Hong Kong
    if next_word and next_word.group(1)[0].isupper() and not right:
        word = next_word.group(1).lower()
        if word not in _CUE_AFTER and word not in ("and", "or"):
            return False  # Rust Belt, Spring Festival
    next_cue = bool(
        (next_word and next_word.group(1).lower() in _CUE_AFTER)
        or _CUE_AFTER_ZH.match(after)
        or (hyphen and hyphen.group(1).lower() in _HYPHEN_OK)
    )
    strong = next_cue or bool(_VERSION.match(after)) or adjacent
    if strong:
        return canonical or initial
    if not canonical or initial:
        return False
    if category == "language":
        return bool(_PREV_CUE.search(before))
    return bool(_PREV_CUE_STRONG.search(before))


def _line_kind(line: Line) -> str:
    """'skip' (interests), 'list' (a skills list) or 'prose'."""
    if line.section == "interests":
        return "skip"
    label = label_of(line.text)
    if label and _INTEREST_LABELS.search(label):
        return "skip"
    if line.section == "skills" or (label and _SKILL_LABELS.search(label)):
        return "list"
    return "prose"


def find_hits(lines: list[Line], tax: Taxonomy | None = None) -> list[Hit]:
    tax = tax or taxonomy()
    hits: list[Hit] = []
    for line in lines:
        kind = _line_kind(line)
        if kind == "skip":
            continue
        text = line.text
        found = []
        for m in tax.pattern.finditer(text):
            alias = tax.aliases.get(_key(m.group(0)))
            if alias is None:
                continue
            if alias.kind == "exact" and m.group(0) != alias.form:
                continue
            found.append((m.start(), m.end(), alias))
        anchors = [(s, e) for s, e, a in found if a.kind != "ambiguous"]
        whole_anchors = sum(1 for s, e in anchors if _item(text, s, e).lower() == text[s:e].lower())
        listy = kind == "list" or whole_anchors >= 1 and len(_ITEM_DELIMS.findall(text)) >= 2
        accepted = [(s, e, a) for s, e, a in found if a.kind != "ambiguous"]
        pending = [(s, e, a) for s, e, a in found if a.kind == "ambiguous"]
        while pending:  # an accepted ambiguous word anchors its neighbours ("Node/Express API")
            still = []
            for start, end, alias in pending:
                category = tax.skills[alias.skill].category
                if _accept_ambiguous(text, start, end, alias.form, category, listy, anchors):
                    accepted.append((start, end, alias))
                    anchors.append((start, end))
                else:
                    still.append((start, end, alias))
            if len(still) == len(pending):
                break
            pending = still
        for start, end, alias in sorted(accepted, key=lambda f: f[0]):
            hits.append(Hit(alias.skill, line.index, start, end, text[start:end]))
    return hits


def rank_skills(hits: list[Hit], tax: Taxonomy | None = None) -> list[dict[str, Any]]:
    """One row per skill: backend categories first in taxonomy order, then by mentions."""
    tax = tax or taxonomy()
    order = {name: i for i, name in enumerate(tax.categories)}
    rows: dict[str, dict[str, Any]] = {}
    for hit in hits:
        skill = tax.skills[hit.skill]
        row = rows.setdefault(
            hit.skill,
            {"name": hit.skill, "category": skill.category, "backend": skill.backend, "mentions": 0, "first": hit.line},
        )
        row["mentions"] += 1
    ranked = sorted(rows.values(), key=lambda r: (not r["backend"], order[r["category"]], -r["mentions"], r["first"]))
    for row in ranked:
        del row["first"]
    return ranked


NOT_PRIMARY = frozenset({"SQL", "Bash", "Lua"})


def primary_languages(ranked: list[dict[str, Any]], limit: int = 3) -> list[str]:
    langs = [r for r in ranked if r["category"] == "language" and r["name"] not in NOT_PRIMARY]
    langs.sort(key=lambda r: -r["mentions"])
    return [r["name"] for r in langs[:limit]]
