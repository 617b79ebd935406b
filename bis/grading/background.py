"""The built-in bank as a background for the relevance checks.

A good answer to a different question is easiest to recognise by the
question it does answer. The relevance checks therefore compare an answer's
fit to the question being graded with its fit to the bank's other questions:

* behavioural questions, by what each asks for (question, strong-answer
  description, staff signals, hints, follow-ups, backend terms; never the
  model story);
* concept and design questions, by their reference answers (question plus
  ideal answer, or prompt plus model answer), for reference mode.

Working the vocabularies out takes ~100 ms, so they are kept in the cache
directory (derived data, like the compiled bank) until a bank file or the
normaliser changes; reading them back takes a few milliseconds. Without the
bank (an unusual install) both lists are empty and the checks fall back on
what they have (theme vocabularies, the answer's own share).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bis.grading.text import vocabulary

__all__ = ["Entry", "behavioural", "question_texts", "references", "references_index"]

CACHE_NAME = "grading-background.json"
CACHE_FORMAT = 1
_KINDS = ("behavioral", "concepts", "design")


@dataclass(frozen=True)
class Entry:
    id: str
    theme: str
    question: str
    stems: frozenset[str]


def question_texts(item: dict) -> list[str]:
    """What a behavioural question asks for, in its own words (no model story)."""
    texts = [item.get("question", "")]
    for key in ("strong_answer", "staff_signals", "follow_ups", "backend_context"):
        texts.extend(item.get(key) or ())
    hints = item.get("level_hints") or {}
    texts.extend(v for v in hints.values() if v)
    return [t for t in texts if t]


_CACHE: dict[str, list[Entry]] | None = None


def behavioural() -> list[Entry]:
    return _load()["behavioral"]


def references() -> list[Entry]:
    return _load()["references"]


_REF_INDEX: dict[str, list[int]] | None = None


def references_index() -> tuple[list[Entry], dict[str, list[int]]]:
    """The reference entries and, for each stem, which of them contain it (so
    an answer's fit to all of them costs one pass over its words)."""
    global _REF_INDEX
    entries = references()
    if _REF_INDEX is None:
        index: dict[str, list[int]] = {}
        for i, e in enumerate(entries):
            for st in e.stems:
                index.setdefault(st, []).append(i)
        _REF_INDEX = index
    return entries, _REF_INDEX


def _load() -> dict[str, list[Entry]]:
    global _CACHE
    if _CACHE is None:
        rows = _rows()
        _CACHE = {
            kind: [Entry(r[0], r[1], r[2], frozenset(r[3])) for r in rows.get(kind, ())]
            for kind in ("behavioral", "references")
        }
    return _CACHE


def _stamp(files: list[Path]) -> list[list[object]]:
    out: list[list[object]] = []
    for f in files:
        try:
            st = f.stat()
        except OSError:
            continue
        out.append([f.name, st.st_mtime_ns, st.st_size])
    return out


def _rows() -> dict[str, list[list]]:
    try:
        from bis import paths

        bank = paths.builtin_bank_dir()
        files = {kind: sorted((bank / kind).glob("*.y*ml")) for kind in _KINDS}
        cache: Path | None = paths.cache_dir() / CACHE_NAME
    except Exception:  # pragma: no cover - no bank, no data directory
        files, cache = {kind: [] for kind in _KINDS}, None
    here = Path(__file__).resolve().parent
    sig = [CACHE_FORMAT, [_stamp(files[k]) for k in _KINDS], _stamp([here / "text.py", here / "vocab.py"])]
    if cache is not None:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            if data.get("sig") == sig:
                return dict(data["rows"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
    rows: dict[str, list[list]] = {"behavioral": [], "references": []}
    for it in _items(files["behavioral"]):
        if it.get("kind") == "behavioral":
            text = "\n".join(question_texts(it))
            rows["behavioral"].append([str(it.get("id", "")), str(it.get("theme", "")), str(it.get("question", "")),
                                       sorted(vocabulary(text))])
    for topic in _items(files["concepts"]):
        for q in topic.get("questions") or ():
            text = f"{q.get('question', '')}\n{q.get('ideal_answer', '')}"
            rows["references"].append([f"{topic.get('id')}/{q.get('id')}", "", str(q.get("question", "")),
                                       sorted(vocabulary(text))])
    for it in _items(files["design"]):
        if it.get("model_answer"):
            text = f"{it.get('prompt', '')}\n{it.get('model_answer', '')}"
            rows["references"].append([str(it.get("id", "")), "", str(it.get("title", "")), sorted(vocabulary(text))])
    if cache is not None and any(files.values()):
        try:
            from bis.atomic import write_bytes_atomic

            write_bytes_atomic(cache, json.dumps({"sig": sig, "rows": rows}).encode("utf-8"))
        except Exception:  # a read-only data directory only costs the ~100 ms again
            pass
    return rows


def _items(files: list[Path]) -> list[dict]:
    try:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        items: list[dict] = []
        for path in files:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
            items.extend(it for it in (data if isinstance(data, list) else [data]) if isinstance(it, dict))
        return items
    except Exception:  # pragma: no cover - a broken bank must not break grading
        return []
