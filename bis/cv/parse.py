"""From a CV's text to facts: name, current role, years, jobs, skills, projects.

Only facts the CV states are returned: a project's name is the CV's own heading for
it, a claim is the CV's own sentence, the role is the CV's own title. When something
is not there it is left empty rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bis.cv.dates import Span, find_spans, month_label, strip_spans, total_years
from bis.cv.layout import Line, has_sections, label_of, split_lines
from bis.cv.skills import Hit, find_hits, primary_languages, rank_skills, taxonomy

ROLE_WORDS = re.compile(
    r"\b(?:engineer|developer|programmer|architect|sre|devops|swe|sde|lead|manager|cto|head of|"
    r"vp|director|consultant|scientist|intern|founder|co-founder|specialist|administrator|analyst|"
    r"technologist|fellow|advisor|adviser)\b|工程师|架构师|开发|程序员|负责人|经理|总监|专家|实习生|组长|主管|研发",
    re.IGNORECASE,
)
INTERN = re.compile(r"\bintern(?:ship)?\b|\btrainee\b|\bco-?op\b|\bapprentice|实习", re.IGNORECASE)
EDUCATION = re.compile(
    r"\b(?:university|college|school|institute|academy|b\.?sc|m\.?sc|b\.?s\.|m\.?s\.|b\.?eng|m\.?eng|"
    r"bachelor|master'?s?|ph\.?d|degree|diploma|gpa|thesis)\b|大学|学院|本科|硕士|博士|学士|研究生",
    re.IGNORECASE,
)
_UNITS = (
    r"%|x\b|×|ms\b|milliseconds|s\b|sec\b|seconds|minutes|mins?\b|hours|hrs\b|days|weeks|"
    r"k\b|m\b|b\b|tb\b|gb\b|pb\b|mb\b|rps|qps|tps|req/s|万|亿|倍|毫秒|秒|分钟|小时|台|个|人|次|笔|条"
)
_COUNTED = (
    r"requests|users|customers|merchants|members|students|clients|events|messages|orders|transactions|"
    r"calls|jobs|tasks|records|rows|items|tickets|policies|features|nodes|servers|instances|clusters|"
    r"services|engineers|people|teams|countries|regions|applications|participants|postmortems"
)
METRIC = re.compile(
    rf"\d[\d,.]*\s*(?:{_UNITS})|\d[\d,.]*\s+(?:[A-Za-z-]+\s+){{0,2}}?(?:{_COUNTED})\b"
    r"|[$€£¥]\s?\d|\bp9[059]\b|\b\d+\s*(?:→|->|to)\s*\d+"
    r"|(?:qps|tps|rps|p9\d|latency|延迟)[^\d\n]{0,12}\d|\d+\s*(?:提升到|提升至|降到|降至|降低到|到)\s*\d+",
    re.IGNORECASE,
)
_STRONG_METRIC = re.compile(
    r"\d\s*(?:%|x\b|×|ms\b|rps|qps|tps|req/s|倍|毫秒)|\bp9\d\b|latency|throughput|延迟|"
    r"\bfrom\s+[$€£¥]?\d[\d,.]*\s*\w*\s+to\s+[$€£¥]?\d|从.{0,12}?\d.{0,12}?(?:到|至)",
    re.IGNORECASE,
)
_SEGMENTS = re.compile(r"\s*(?:\||·|•|—|–|\s-\s|,|，|;|；|\s{2,}|\(|\)|（|）|\[|\])\s*")
_AT = re.compile(r"\s+(?:at|@)\s+|\s*@\s*", re.IGNORECASE)
_LOCATION = re.compile(
    r"^(?:remote|hybrid|on-?site|fully remote|[A-Z]{2}|usa|uk|eu|germany|france|china|india|canada|"
    r"singapore|japan|netherlands|spain|italy|poland|ireland|australia|远程)$",
    re.IGNORECASE,
)
_NAME_LABEL = re.compile(r"^\s*(?:name|full name|姓名)\s*[:：]\s*(.+)$", re.IGNORECASE)
_NOT_NAME = re.compile(
    r"curriculum|vitae|resume|résumé|简历|cv\b|phone|email|mobile|tel\b|linkedin|github|address|电话|邮箱",
    re.IGNORECASE,
)
_YEARS_CLAIM = re.compile(
    r"(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\b[^.\n]{0,40}?\bexperience"
    r"|(\d{1,2})\s*\+?\s*年(?:以上)?[^。\n]{0,12}?经验",
    re.IGNORECASE,
)
_FIELD_LABELS = re.compile(
    r"stack|tech|tool|role|team|link|url|result|impact|description|summary|duration|period|"
    r"技术|职责|角色|描述|成果|业绩|时间|链接",
    re.IGNORECASE,
)
_PROJECT_PREFIX = re.compile(r"^(?:project(?: name)?|项目名称|项目)\s*[:：]\s*", re.IGNORECASE)
_CLAIM_MAX = 220


@dataclass
class Entry:
    """One dated job (or dated line) in the experience part of the CV."""

    span: Span
    line: int
    title: str = ""
    company: str = ""
    counted: bool = True
    block: list[Line] = field(default_factory=list)
    span_line: int = 0


def _title_and_company(header: list[Line], span_line: Line) -> tuple[str, str]:
    """The role from the header line that has one; the company from that line first."""
    per_line = [(line, _segments(line.text)) for line in header]
    role_line = next((line for line, segs in per_line if any(ROLE_WORDS.search(s) for s in segs)), None)
    title = ""
    if role_line is not None:
        title = next(s for s in _segments(role_line.text) if ROLE_WORDS.search(s))
    order = sorted(per_line, key=lambda ls: (ls[0] is not role_line, ls[0] is not span_line, ls[0].index))
    company = next(
        (s for _, segs in order for s in segs if not ROLE_WORDS.search(s) and not _LOCATION.match(s)), ""
    )
    return title, company


def _segments(text: str) -> list[str]:
    out: list[str] = []
    for part in _SEGMENTS.split(strip_spans(text)):
        pieces = _AT.split(part) if ROLE_WORDS.search(part) else [part]
        out.extend(p.strip(" :：-–*") for p in pieces)
    return [p for p in out if len(p) >= 2 and not re.fullmatch(r"[\d\s./-]+", p)]


def _is_heading_like(line: Line) -> bool:
    return not line.bullet and not line.is_section and label_of(line.text) is None and len(line.text) <= 120


def _experience_lines(lines: list[Line]) -> list[Line]:
    if has_sections(lines, "experience"):
        return [line for line in lines if line.section == "experience"]
    skip = {"education", "projects", "interests", "summary", "skills", "other"}
    return [line for line in lines if line.section not in skip and not EDUCATION.search(line.text)]


def find_entries(lines: list[Line], today: date) -> list[Entry]:
    pool = _experience_lines(lines)
    entries: list[Entry] = []
    spans_at: dict[int, list[Span]] = {}
    for line in pool:
        if line.is_section or line.bullet:
            continue
        spans = find_spans(line.text, today)
        if spans:
            spans_at[line.index] = spans
    by_index = {line.index: line for line in lines}
    for index, spans in spans_at.items():
        header = [by_index[index]]
        for back in (1, 2):  # a title or company line right above the dates
            prev = by_index.get(index - back)
            if prev is None or prev.section != header[0].section or prev.index in spans_at:
                break
            if not _is_heading_like(prev):
                break
            header.insert(0, prev)
        nxt = by_index.get(index + 1)
        if (
            nxt is not None
            and nxt.index not in spans_at
            and _is_heading_like(nxt)
            and nxt.section == header[0].section
            and not nxt.gap_before
            and len(nxt.text) <= 80
            and not nxt.text.endswith(".")
        ):
            header.append(nxt)
        title, company = _title_and_company(header, by_index[index])
        header_text = " ".join(line.text for line in header)
        # an internship by its title ("Backend Intern"); the header only when no title was found
        entry = Entry(spans[0], header[0].index, title[:80], company[:80], not INTERN.search(title or header_text))
        entry.span_line = index
        entries.append(entry)
    entries.sort(key=lambda e: e.line)
    for i, entry in enumerate(entries):
        stop = entries[i + 1].line if i + 1 < len(entries) else len(lines)
        block = []
        for line in lines[entry.line : stop]:
            if line.index > entry.span_line and (line.heading or line.is_section):
                break  # the next heading starts something else (a table layout's details)
            if line.section == by_index[entry.line].section:
                block.append(line)
        entry.block = block
        if not any(line.bullet for line in block) and entry.company:
            entry.block = block + _details_under(lines, entry.company, by_index[entry.line].section)
    return entries


def _details_under(lines: list[Line], company: str, section: str) -> list[Line]:
    """A layout with a table of roles and a heading per company for the details."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        if line.heading and line.section == section and line.text.strip().lower() == company.lower():
            for follower in lines[i + 1 :]:
                if follower.heading or follower.is_section:
                    break
                out.append(follower)
            break
    return out


def find_name(lines: list[Line]) -> str:
    for line in lines[:15]:
        m = _NAME_LABEL.match(line.text)
        if m:
            return _segments(m.group(1))[0][:60] if _segments(m.group(1)) else ""
    for line in lines[:6]:
        if line.is_section or line.bullet or line.section not in ("header",):
            break
        for part in re.split(r"\s*(?:\||·|•|—|–|,|，|\s{2,})\s*", line.text)[:2]:
            part = part.strip()
            if _NOT_NAME.search(part) or ROLE_WORDS.search(part) or re.search(r"[\d@]", part):
                continue
            if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", part):
                return part
            words = part.split()
            if 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-ZÀ-Þ][\w'’.-]*", w) for w in words):
                return part.title() if part.isupper() else part
    return ""


def _headline_role(lines: list[Line]) -> str:
    for line in lines[:8]:
        if line.section != "header" or line.bullet:
            continue
        for part in _segments(line.text):
            if ROLE_WORDS.search(part) and len(part) <= 60 and not _NOT_NAME.search(part):
                return part
    return ""


def _claims(block: list[Line], limit: int = 3) -> list[str]:
    claims: list[str] = []
    for line in block:
        label = label_of(line.text)
        if line.is_section or (label and _FIELD_LABELS.search(label)):
            continue  # "Stack: Go, Kafka" is not a claim
        for sentence in re.split(r"(?<=[.。])\s+", line.text):
            sentence = sentence.strip()
            if not METRIC.search(strip_spans(sentence)) or len(sentence) < 12:
                continue
            if len(sentence) > _CLAIM_MAX:
                sentence = sentence[:_CLAIM_MAX].rsplit(" ", 1)[0] + "…"
            if sentence not in claims:
                claims.append(sentence)
    # engineering results (latency, throughput, %, x, from A to B) before head counts
    claims.sort(key=lambda c: 0 if _STRONG_METRIC.search(c) else 1)
    return claims[:limit]


def _stack(block: list[Line], hits_by_line: dict[int, list[Hit]]) -> list[str]:
    out: list[str] = []
    for line in block:
        for hit in hits_by_line.get(line.index, []):
            if hit.skill not in out:
                out.append(hit.skill)
    return out


def _project_name(text: str) -> str:
    text = _PROJECT_PREFIX.sub("", strip_spans(text)).strip()
    parts = re.split(r"\s*(?:\||—|–|\s-\s|:|：|\(|（|\[)\s*", text)
    name = parts[0].strip(" *_.,") if parts else ""
    return name[:80] if len(name) >= 2 else ""


def find_projects(lines: list[Line], hits: list[Hit], entries: list[Entry], limit: int = 6) -> list[dict[str, Any]]:
    hits_by_line: dict[int, list[Hit]] = {}
    for hit in hits:
        hits_by_line.setdefault(hit.line, []).append(hit)
    section = [line for line in lines if line.section == "projects" and not line.is_section]
    blocks: list[tuple[str, list[Line]]] = []
    for i, line in enumerate(section):
        prev = section[i - 1] if i else None
        starts = line.heading or line.emphasised or (
            _is_heading_like(line)
            and (prev is None or prev.bullet or line.gap_before or bool(_PROJECT_PREFIX.match(line.text)))
            and not line.text.endswith(".")
        )
        # "Name: what it did" lines; as bullets only when the section has no headed entries
        label = label_of(line.text)
        named = bool(re.match(r"^[^:：.]{3,60}(?:[:：]|\s[—–]\s)", line.text)) and not (
            label and _FIELD_LABELS.search(label)
        )
        named = named and (not line.bullet or not any(not block[0].bullet for _, block in blocks))
        if (starts or named) and _project_name(line.text):
            blocks.append((_project_name(line.text), [line]))
        elif blocks:
            blocks[-1][1].append(line)
    projects: list[dict[str, Any]] = []
    for name, block in blocks:
        if not name or ROLE_WORDS.fullmatch(name):
            continue
        projects.append(
            {"name": name, "stack": _stack(block, hits_by_line), "claims": _claims(block), "source": "projects"}
        )
    for entry in sorted(entries, key=lambda e: -e.span.end):
        if len(projects) >= limit:
            break
        claims = _claims(entry.block)
        # A role is named by its employer; a job title ("Staff Engineer") or "co-op" is
        # no name to ask about ("At Staff Engineer, ..."), so such entries are left out.
        name = entry.company
        if not claims or not name or ROLE_WORDS.search(name) or INTERN.search(name):
            continue
        if any(p["name"] == name for p in projects):
            continue
        projects.append(
            {
                "name": name,
                "stack": _stack(entry.block, hits_by_line),
                "claims": claims,
                "source": "experience",
                "role": entry.title,
            }
        )
    return projects[:limit]


def _claimed_years(lines: list[Line]) -> float | None:
    for line in lines:
        if line.section not in ("header", "summary"):
            continue
        m = _YEARS_CLAIM.search(line.text)
        if m:
            return float(m.group(1) or m.group(2))
    return None


def _is_chinese(text: str) -> bool:
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return cjk > 0.2 * max(latin, 1) and cjk > 20


def analyse_text(text: str, *, today: date | None = None) -> dict[str, Any]:
    """Every fact bis takes from a CV; the text itself is not part of the result."""
    today = today or date.today()
    lines = split_lines(text)
    tax = taxonomy()
    hits = find_hits(lines, tax)
    skills = rank_skills(hits, tax)
    entries = find_entries(lines, today)
    counted = [e.span for e in entries if e.counted]
    years = total_years(counted) if counted else None
    claimed = _claimed_years(lines)
    current = max(entries, key=lambda e: (e.span.end, e.span.start), default=None)
    role = (current.title if current else "") or _headline_role(lines)
    jobs = [
        {
            "title": e.title,
            "company": e.company,
            "period": e.span.text,
            "start": month_label(e.span.start),
            "end": "present" if e.span.ongoing else month_label(e.span.end - 1),
            "months": e.span.months,
            "counted": e.counted,
        }
        for e in entries
    ]
    return {
        "name": find_name(lines),
        "current_role": role,
        "experience_years": years if years is not None else claimed,
        "years_source": "dates" if years is not None else ("stated" if claimed is not None else None),
        "years_stated": claimed,
        "jobs": jobs,
        "skills": skills,
        "primary_languages": primary_languages(skills),
        "projects": find_projects(lines, hits, entries),
        "language": "zh" if _is_chinese(text) else "en",
    }
