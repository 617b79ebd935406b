"""Date ranges as people write them on CVs, and years of experience from them.

Recognised ("Present" also: current, now, today, to date, 至今, 现在, 目前):

    Jan 2019 – Present      January 2019 - Dec 2020     Sept. 2015 to Mar '18
    2016.03-2018.12         2016-03 – 2018-12           2016/03 ~ 2018/12
    03/2014 to 05/2016      2019 - 2021                 2018年3月 - 至今
    2018年3月至2020年5月     Since March 2020

A month is counted inclusively: "Jan 2019 – Dec 2019" is 12 months. A range given in
years only ("2019 - 2021") runs from mid-year to mid-year (24 months), the reading
that neither over- nor under-counts on average. Overlapping ranges (two jobs at once,
a promotion listed as two roles) are merged before they are added up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MM = r"(?:0?[1-9]|1[0-2])"
_DATE = (
    rf"(?:{_MON}\s*,?\s*(?:\d{{4}}|['’]\d{{2}})"  # Jan 2019, Sept. '18
    rf"|\d{{4}}\s*年\s*\d{{1,2}}\s*月?"  # 2018年3月
    rf"|\d{{4}}\s*[./-]\s*{_MM}(?!\d)"  # 2016.03, 2016-03, 2016/3
    rf"|{_MM}\s*[./]\s*\d{{4}}"  # 03/2014, 3.2014
    rf"|\d{{4}}(?:\s*年)?)"  # 2019, 2019年
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|date|至今|现在|目前|今)"
_SEP = r"\s*(?:-{1,2}|[\u2010-\u2015\u2212~\uff5e]|to|until|till|through|thru|至|到)\s*"

RANGE = re.compile(rf"(?<![\w.+/-])({_DATE}){_SEP}({_DATE}|{_PRESENT})(?![\w]|-\d)", re.IGNORECASE)
SINCE = re.compile(rf"\b(?:since|from)\s+({_DATE})(?!\s*(?:{_SEP}))(?![\w])", re.IGNORECASE)
_PRESENT_RE = re.compile(rf"^{_PRESENT}$", re.IGNORECASE)

EARLIEST_YEAR = 1960


@dataclass(frozen=True)
class Span:
    """Months since year 0, half-open: [start, end)."""

    start: int
    end: int
    text: str  # the range as written, for the report
    ongoing: bool

    @property
    def months(self) -> int:
        return self.end - self.start


def _month_index(year: int, month: int) -> int:
    return year * 12 + (month - 1)


def _parse_date(text: str, today: date) -> tuple[int, int, bool] | None:
    """(year, month, month_known) for one side of a range."""
    raw = text.strip().lower().rstrip(".")
    m = re.fullmatch(rf"({_MON})\s*,?\s*(\d{{4}}|['’]\d{{2}})", raw)
    if m:
        month = _MONTHS[m.group(1)[:3]]
        year_text = m.group(2)
        if year_text[0] in "'’":
            two = int(year_text[1:])
            year = 2000 + two if 2000 + two <= today.year + 1 else 1900 + two
        else:
            year = int(year_text)
        return year, month, True
    m = re.fullmatch(r"(\d{4})\s*年\s*(\d{1,2})\s*月?", raw)
    if m:
        return int(m.group(1)), int(m.group(2)), True
    m = re.fullmatch(r"(\d{4})\s*[./-]\s*(\d{1,2})", raw)
    if m:
        return int(m.group(1)), int(m.group(2)), True
    m = re.fullmatch(r"(\d{1,2})\s*[./]\s*(\d{4})", raw)
    if m:
        return int(m.group(2)), int(m.group(1)), True
    m = re.fullmatch(r"(\d{4})\s*年?", raw)
    if m:
        return int(m.group(1)), 7, False  # mid-year: see the module docstring
    return None


def _valid(year: int, month: int, today: date) -> bool:
    return EARLIEST_YEAR <= year <= today.year + 1 and 1 <= month <= 12


def find_spans(text: str, today: date | None = None) -> list[Span]:
    """Every plausible date range in `text` (one line, usually), in order."""
    today = today or date.today()
    now = _month_index(today.year, today.month) + 1  # the current month counts
    spans: list[Span] = []
    for match in RANGE.finditer(text):
        first = _parse_date(match.group(1), today)
        if first is None or not _valid(first[0], first[1], today):
            continue
        start = _month_index(first[0], first[1])
        second_text = match.group(2)
        if _PRESENT_RE.match(second_text.strip()):
            end, ongoing = now, True
        else:
            second = _parse_date(second_text, today)
            if second is None or not _valid(second[0], second[1], today):
                continue
            year, month, month_known = second
            # an inclusive end month; a bare year ends mid-year like it starts
            end = _month_index(year, month) + (1 if month_known else 0)
            ongoing = False
        end = min(end, now)
        if end <= start:
            continue
        spans.append(Span(start, end, match.group(0).strip(), ongoing))
    if not spans:
        for match in SINCE.finditer(text):
            first = _parse_date(match.group(1), today)
            if first and _valid(first[0], first[1], today):
                start = _month_index(first[0], first[1])
                if start < now:
                    spans.append(Span(start, now, match.group(0).strip(), True))
    return spans


def merge(spans: list[Span]) -> list[tuple[int, int]]:
    """Overlapping or touching ranges joined, so no month is counted twice."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((s.start, s.end) for s in spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def total_years(spans: list[Span]) -> float:
    months = sum(end - start for start, end in merge(spans))
    return round(months / 12, 1)


def strip_spans(text: str) -> str:
    """`text` with its date ranges (and 'since ...') removed, for reading titles."""
    return SINCE.sub(" ", RANGE.sub(" ", text))


def month_label(index: int) -> str:
    year, month = divmod(index, 12)
    return f"{year}-{month + 1:02d}"
