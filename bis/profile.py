"""The candidate's profile: which fields a command needs and how to set them."""

from __future__ import annotations

import re
from typing import Any

from bis.errors import UsageError

# field -> (question asked once in a terminal, the flag of `bis profile set`)
REQUIRED: dict[str, tuple[str, str]] = {
    "target_role": ("Target role (e.g. Senior Backend Engineer)", "--role"),
    "target_company": ("Target company or company type (e.g. Stripe, big tech, startup)", "--company"),
    "experience_years": ("Years of experience", "--years"),
    "primary_languages": ("Primary languages, comma-separated (e.g. Python, Go)", "--languages"),
}

LEVELS = ("junior", "mid", "senior", "staff")


def missing_fields(profile: dict[str, Any], wanted: tuple[str, ...] = tuple(REQUIRED)) -> list[str]:
    missing = []
    for name in wanted:
        value = profile.get(name)
        if value is None or value == "" or value == []:
            missing.append(name)
    return missing


def missing_message(missing: list[str]) -> str:
    labels = ", ".join(name.replace("_", " ") for name in missing)
    flags = " ".join(f"{REQUIRED[name][1]} ..." for name in missing)
    return f"the profile is missing {labels}; set it with `bis profile set {flags}`"


def parse_years(text: str) -> float:
    try:
        years = float(str(text).strip())
    except ValueError:
        raise UsageError(f"years of experience must be a number, not {text!r}") from None
    if not 0 <= years <= 60:
        raise UsageError("years of experience must be between 0 and 60")
    return int(years) if years.is_integer() else years


def parse_languages(text: str | list[str]) -> list[str]:
    parts = text if isinstance(text, list) else re.split(r"[,;/]", text)
    seen: list[str] = []
    for part in parts:
        name = part.strip()
        if name and name.lower() not in [s.lower() for s in seen]:
            seen.append(name)
    if not seen:
        raise UsageError("give at least one language, e.g. --languages 'Python, Go'")
    return seen


def level_of(profile: dict[str, Any]) -> str:
    """junior | mid | senior | staff, from the target role's words, else from years."""
    role = str(profile.get("target_role") or "").lower()
    if re.search(r"\b(staff|principal|distinguished|architect)\b", role):
        return "staff"
    if re.search(r"\b(senior|sr\.?|lead)\b", role):
        return "senior"
    if re.search(r"\b(junior|jr\.?|graduate|grad|intern|entry)\b", role):
        return "junior"
    years = profile.get("experience_years")
    if not isinstance(years, (int, float)) or isinstance(years, bool):
        return "mid"
    if years < 2:
        return "junior"
    if years < 5:
        return "mid"
    if years < 10:
        return "senior"
    return "staff"
