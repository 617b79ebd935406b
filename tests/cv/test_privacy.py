"""The CV's raw text is never written anywhere: not the data dir, HOME, the temp dir or cwd.

Each CV carries unique marker words in sentences bis has no reason to keep (a summary
sentence, a bullet without numbers, a hobby). After every way of running `bis cv`
(PDF, DOCX, Markdown, stdin; --yes, --json, --playbook --out), no file under the
scanned directories may contain a marker. Controls make sure the scan can fail: the
markers are in the text bis extracted, the scan finds a planted marker, and it does
find the facts bis was supposed to keep.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from bis.cv.reader import read_cv
from tests.cv.builders import make_docx, make_pdf
from tests.foundation.helpers import run

MARKERS = ("Quillwortmarkerzed", "Vexobraidmarkerfan")

CV_TEXT = f"""\
# Ada Marker
Senior Backend Engineer · Oslo

## Summary
Backend engineer. Personal motto {MARKERS[0]} keeps me honest.

## Experience
### Fjord Pay — Senior Backend Engineer
Feb 2020 – Present
- Cut checkout p99 from 900 ms to 150 ms with Redis and PostgreSQL.
- Mentored the {MARKERS[1]} guild on code review.

## Interests
Knitting, {MARKERS[0]} trivia.
"""

PDF_BLOCKS = [
    ("title", "Ada Marker"),
    ("subtitle", "Senior Backend Engineer"),
    ("heading", "Summary"),
    ("para", f"Backend engineer. Personal motto {MARKERS[0]} keeps me honest."),
    ("heading", "Experience"),
    ("row", ("Senior Backend Engineer, Fjord Pay", "Feb 2020 - Present")),
    ("bullet", "Cut checkout p99 from 900 ms to 150 ms with Redis and PostgreSQL."),
    ("bullet", f"Mentored the {MARKERS[1]} guild on code review."),
]
DOCX_BLOCKS = [
    ("title", "Ada Marker"),
    ("para", "Senior Backend Engineer"),
    ("heading", "Summary"),
    ("para", f"Backend engineer. Personal motto {MARKERS[0]} keeps me honest."),
    ("heading", "Experience"),
    ("subheading", "Fjord Pay — Senior Backend Engineer"),
    ("para", "Feb 2020 – Present"),
    ("bullet", "Cut checkout p99 from 900 ms to 150 ms with Redis and PostgreSQL."),
    ("bullet", f"Mentored the {MARKERS[1]} guild on code review."),
]


def scan(roots: list[Path], needles: tuple[str, ...], skip: set[Path]) -> list[str]:
    """Files under `roots` holding any needle, in UTF-8 or UTF-16 (the encodings a dump would use)."""
    patterns = [n.encode(enc) for n in needles for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    hits = []
    for root in roots:
        for folder, _, files in os.walk(root):
            for name in files:
                path = Path(folder) / name
                if path in skip or not path.is_file():
                    continue
                data = path.read_bytes()
                if any(p in data for p in patterns):
                    hits.append(str(path))
    return hits


@pytest.fixture
def places(tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    temp = tmp_path / "tmp"
    temp.mkdir()
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    monkeypatch.chdir(work)
    home = Path(os.environ["HOME"])
    return {"inputs": inputs, "temp": temp, "cwd": work, "home": home, "data": isolated_home}


def test_the_scan_can_fail(places: dict[str, Path]) -> None:
    planted = Path(tempfile.gettempdir()) / "planted.txt"
    planted.write_text(f"x {MARKERS[1]} y", encoding="utf-16")
    assert planted.parent == places["temp"]
    assert scan([places["temp"]], MARKERS, set()) == [str(planted)]


def test_raw_cv_text_is_never_written(places: dict[str, Path]) -> None:
    inputs = places["inputs"]
    files = {
        "cv.md": CV_TEXT.encode("utf-8"),
        "cv.pdf": make_pdf(PDF_BLOCKS),
        "cv.docx": make_docx(DOCX_BLOCKS),
    }
    for name, payload in files.items():
        (inputs / name).write_bytes(payload)
        text = read_cv(inputs / name).text
        assert all(marker in text for marker in MARKERS), name  # bis did see the markers

    outputs = []
    for name in files:
        path = str(inputs / name)
        for args in (["cv", path, "--yes"], ["cv", path, "--json"], ["cv", path, "--yes", "--json"]):
            result = run(*args)
            assert result.exit_code == 0, (args, result.output)
            outputs.append(result.stdout)
        book = places["cwd"] / f"playbook-{name}.md"
        result = run("cv", path, "--playbook", "--out", str(book))
        assert result.exit_code == 0, result.output
        assert book.exists()
    result = run("cv", "-", "--yes", input=CV_TEXT.encode("utf-8"))
    assert result.exit_code == 0, result.output
    outputs.append(result.stdout)

    roots = [places["data"], places["home"], places["temp"], places["cwd"]]
    assert scan(roots, MARKERS, skip=set()) == []
    assert not any(marker in out for out in outputs for marker in MARKERS)  # not in the printed facts either
    # control: the facts bis should keep were written, and the scan sees them
    kept = scan(roots, ("Cut checkout p99 from 900 ms to 150 ms",), skip=set())
    assert str(places["data"] / "profile.json") in kept
    assert [p for p in places["temp"].iterdir()] == []  # nothing at all was left in the temp dir
