"""A CV's text as lines that know their section (experience, projects, skills...).

Markdown, text pulled out of a PDF, and paragraphs of a DOCX all become the same
`Line`s: markup stripped, bullets and headings marked, URLs and e-mail addresses
masked (so "github.com/ada/rust-tools" is not a skill), full-width punctuation of
Chinese CVs folded to ASCII (NFKC).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SECTIONS = ("header", "summary", "skills", "experience", "projects", "education", "interests", "other")

# Whole-heading phrases (lower case, punctuation removed) -> section.
_EXACT_HEADINGS = {
    "summary": "summary", "profile": "summary", "professional summary": "summary",
    "about": "summary", "about me": "summary", "objective": "summary", "career objective": "summary",
    "overview": "summary", "personal statement": "summary",
    "skills": "skills", "technical skills": "skills", "core skills": "skills", "key skills": "skills",
    "tech stack": "skills", "technologies": "skills", "tools": "skills", "toolbox": "skills",
    "core competencies": "skills", "competencies": "skills", "expertise": "skills",
    "technical expertise": "skills", "skills and tools": "skills", "skills & tools": "skills",
    "experience": "experience", "work experience": "experience", "professional experience": "experience",
    "employment": "experience", "employment history": "experience", "work history": "experience",
    "career history": "experience", "relevant experience": "experience", "career": "experience",
    "contract history": "experience", "contract experience": "experience", "contracts": "experience",
    "contract work": "experience", "contract roles": "experience", "freelance experience": "experience",
    "freelance work": "experience", "freelance history": "experience", "consulting experience": "experience",
    "engagements": "experience", "client engagements": "experience", "selected engagements": "experience",
    "assignments": "experience", "key assignments": "experience",
    "projects": "projects", "selected projects": "projects", "key projects": "projects",
    "personal projects": "projects", "side projects": "projects", "open source": "projects",
    "project experience": "projects", "notable projects": "projects",
    "education": "education", "academic background": "education", "qualifications": "education",
    "education and training": "education",
    "interests": "interests", "hobbies": "interests", "hobbies and interests": "interests",
    "interests and hobbies": "interests", "personal interests": "interests", "outside work": "interests",
    "certifications": "other", "certificates": "other", "awards": "other", "publications": "other",
    "languages": "other", "spoken languages": "other", "volunteering": "other", "references": "other",
    "talks": "other", "patents": "other",
    "个人简介": "summary", "个人总结": "summary", "自我评价": "summary", "个人优势": "summary",
    "专业技能": "skills", "技能": "skills", "技术栈": "skills", "技能清单": "skills", "技术能力": "skills",
    "工作经历": "experience", "工作经验": "experience", "职业经历": "experience", "实习经历": "experience",
    "项目经历": "projects", "项目经验": "projects", "项目": "projects",
    "教育背景": "education", "教育经历": "education",
    "兴趣爱好": "interests", "个人爱好": "interests",
    "证书": "other", "获奖": "other", "荣誉奖项": "other", "语言能力": "other",
}  # fmt: skip
# Looser: for lines that are clearly headings (markdown #, ALL CAPS, a DOCX heading style).
_KEYWORDS = (
    ("interest", "interests"), ("hobb", "interests"), ("project", "projects"),
    ("experience", "experience"), ("employment", "experience"), ("work history", "experience"),
    ("skill", "skills"), ("technolog", "skills"), ("tech stack", "skills"), ("competenc", "skills"),
    ("education", "education"), ("academic", "education"), ("summary", "summary"), ("profile", "summary"),
    ("certif", "other"), ("award", "other"), ("publication", "other"), ("language", "other"),
)  # fmt: skip

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b(?:github|gitlab|linkedin)\.com/\S*", re.I)
_BULLET = re.compile(r"^\s*(?:[-*+•●▪◦·‣∙■□➢►–]|\d{1,2}[.)、](?!\d))\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_HTML = re.compile(r"<[^>]{1,40}>")


@dataclass
class Line:
    index: int
    text: str  # cleaned: markup stripped, URLs masked
    section: str
    bullet: bool = False
    heading: int = 0  # markdown heading level, 0 when not a heading
    is_section: bool = False  # a section heading line itself
    emphasised: bool = False  # the whole line was bold in the source
    gap_before: bool = False  # a blank line came before it


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\t", "  ")
    return text


def _heading_section(text: str, loose: bool) -> str | None:
    key = re.sub(r"[:：.]+$", "", text.strip()).strip()
    key = re.sub(r"\s+", " ", key).lower()
    if not key or len(key) > 40 or re.search(r"\d", key):
        return None
    if key in _EXACT_HEADINGS:
        return _EXACT_HEADINGS[key]
    if loose and len(key.split()) <= 4 and not re.search(r"[,|@]", key):
        for word, section in _KEYWORDS:
            if word in key:
                return section
    return None


def split_lines(text: str) -> list[Line]:
    """The CV as lines with their sections; blank lines and table rules dropped."""
    lines: list[Line] = []
    section = "header"
    gap = False
    for raw in normalise(text).split("\n"):
        if not raw.strip() or _TABLE_RULE.match(raw):
            gap = gap or not raw.strip()
            continue
        heading_level = 0
        body = raw
        m = _MD_HEADING.match(body)
        if m:
            heading_level, body = len(m.group(1)), m.group(2)
        bullet = bool(_BULLET.match(body))
        if bullet:
            body = _BULLET.sub("", body, count=1)
        stripped = body.strip()
        emphasised = bool(re.fullmatch(r"(\*\*|__).+\1:?", stripped))
        body = _MD_LINK.sub(r"\1", body)
        body = _HTML.sub(" ", body)
        body = _MD_EMPHASIS.sub("", body)
        body = _URL.sub(lambda u: " " * len(u.group(0)), body)
        body = body.strip().strip("|").strip()
        body = re.sub(r"\s*\|\s*", " | ", body)
        if not body:
            continue
        prev = lines[-1] if lines else None
        if (
            prev is not None
            and not prev.is_section
            and not bullet
            and not heading_level
            and not gap
            and (re.match(r"[a-z(]", body) or re.search(r"(?:[,&/]|\band|\bor|\bwith)$", prev.text))
        ):
            prev.text = f"{prev.text} {body}"  # a wrapped line (PDFs wrap long bullets)
            continue
        gap_before, gap = gap, False
        letters = re.sub(r"[^A-Za-z]", "", body)
        all_caps = len(letters) >= 4 and letters.isupper() and len(body.split()) <= 4
        loose = bool(heading_level) or all_caps or emphasised
        new_section = None if bullet else _heading_section(body, loose)
        if new_section == "other" and section == "skills" and "language" in body.lower():
            new_section = "skills"  # "Languages" under Skills: programming languages
        if new_section:
            section = new_section
            lines.append(Line(len(lines), body, section, heading=heading_level, is_section=True))
            continue
        lines.append(Line(len(lines), body, section, bullet, heading_level, False, emphasised, gap_before))
    return lines


def has_sections(lines: list[Line], name: str) -> bool:
    return any(line.section == name for line in lines)


_LABEL = re.compile(r"^\s*([^:：]{2,32}?)\s*[:：]\s*(?=\S)")


def label_of(text: str) -> str | None:
    """'Stack' for 'Stack: Go, Kafka'; None when the line has no short label."""
    m = _LABEL.match(text)
    if not m:
        return None
    label = m.group(1).strip().lower()
    if len(label.split()) > 4 or re.search(r"\d", label):
        return None
    return label
