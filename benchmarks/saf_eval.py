"""Reference-answer mode measured on real student answers (SAF, English).

The Short Answer Feedback dataset (github.com/SebOchs/SAF, MIT; Filighera et
al., ACL 2022) holds answers from a university networking course, each with a
tutor's score (a fraction 0..1 of the question's points). The grader sees only
the question text and the reference answer, exactly as in `bis` for a user's
own question. It never sees the tutors' scores or feedback.

    python benchmarks/saf_eval.py            # Pearson r and RMSE, both splits
    python benchmarks/saf_eval.py --fit      # refit the 3 constants on training only
    python benchmarks/saf_eval.py --baseline # plain stemmed token recall, for comparison
    python benchmarks/saf_eval.py --offtopic # good answers graded against another question

The fixtures live in ../shared/fixtures/asag_saf_en relative to the repository
(override with --data). Reported: Pearson r and RMSE on the 0..1 scale, for
training (where the constants were fitted) and unseen_answers (never used for
fitting). ``--offtopic`` also grades answers the tutors scored 0.75+ against the
reference of another question of the same split (4 other questions for 3
answers of each, seeded) and reports the share scoring over 3 on the 1-10
scale: a good answer to a different question, in the same course.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bis.grading import reference  # noqa: E402
from bis.grading.text import content_stems  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "fixtures" / "asag_saf_en"
SPLITS = ("training", "unseen_answers")


def load(data: Path, split: str) -> list[dict]:
    rows = []
    for path in sorted((data / split / "english").glob("*.xml")):
        root = ET.parse(path).getroot()
        question = (root.findtext("questionText") or "").strip()
        ref = (root.findtext("referenceAnswers/referenceAnswer") or "").strip()
        for node in root.iter("studentAnswer"):
            rows.append(
                {
                    "file": path.name,
                    "question": question,
                    "reference": ref,
                    "answer": (node.findtext("response") or "").strip(),
                    "score": float(node.findtext("score") or 0.0),
                }
            )
    return rows


def pearson(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(xs, ys, strict=True))
    sxx = sum((a - mx) ** 2 for a in xs)
    syy = sum((b - my) ** 2 for b in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def rmse(xs: list[float], ys: list[float]) -> float:
    return math.sqrt(sum((a - b) ** 2 for a, b in zip(xs, ys, strict=True)) / len(xs))


def baseline(row: dict) -> float:
    ref = set(content_stems(row["reference"]))
    ans = set(content_stems(row["answer"]))
    return len(ref & ans) / len(ref) if ref else 0.0


def offtopic_share(rows: list[dict], seed: int = 0, per: int = 3, others: int = 4) -> tuple[int, int]:
    """Good answers (tutor score >= 0.75) graded against other questions' references."""
    rnd = random.Random(seed)
    by_file: dict[str, list[dict]] = {}
    for row in rows:
        by_file.setdefault(row["file"], []).append(row)
    files = sorted(by_file)
    high = n = 0
    for f in files:
        good = [r for r in by_file[f] if r["score"] >= 0.75]
        for row in rnd.sample(good, min(per, len(good))):
            for g in rnd.sample([x for x in files if x != f], min(others, len(files) - 1)):
                target = by_file[g][0]
                score = reference.grade_reference(row["answer"], target["reference"], target["question"]).score
                high += score > 3
                n += 1
    return high, n


def fit(rows: list[dict]) -> tuple[float, float, float]:
    """Least squares of score ~ A + B*ln(1+covered) - C*ln(size), on training rows only."""
    xs = []
    for row in rows:
        f = reference.reference_features(row["answer"], row["reference"], row["question"])
        xs.append((1.0, f.log_covered, -f.log_size))
    ys = [row["score"] for row in rows]
    k = 3
    a = [[sum(x[i] * x[j] for x in xs) for j in range(k)] for i in range(k)]
    b = [sum(x[i] * y for x, y in zip(xs, ys, strict=True)) for i in range(k)]
    m = [a[i] + [b[i]] for i in range(k)]
    for c in range(k):  # Gauss-Jordan
        p = max(range(c, k), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(k):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [v - f * w for v, w in zip(m[r], m[c], strict=True)]
    coef = [m[i][k] / m[i][i] for i in range(k)]
    return coef[0], coef[1], coef[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--fit", action="store_true", help="refit the constants on training first")
    parser.add_argument("--baseline", action="store_true", help="also report stemmed token recall")
    parser.add_argument("--offtopic", action="store_true", help="also grade good answers against other questions")
    args = parser.parse_args(argv)
    if not (args.data / "training").is_dir():
        print(f"SAF fixtures not found at {args.data}", file=sys.stderr)
        return 2
    data = {split: load(args.data, split) for split in SPLITS}
    if args.fit:
        a, b, c = fit(data["training"])
        reference.COEF_A, reference.COEF_B, reference.COEF_C = a, b, c
        print(f"fitted on training: A={a:.3f} B={b:.3f} C={c:.3f}")
    else:
        print(f"constants: A={reference.COEF_A} B={reference.COEF_B} C={reference.COEF_C}")
    for split in SPLITS:
        rows = data[split]
        gold = [r["score"] for r in rows]
        t0 = time.perf_counter()
        pred = [reference.grade_reference(r["answer"], r["reference"], r["question"]).fraction for r in rows]
        ms = (time.perf_counter() - t0) * 1000 / len(rows)
        line = f"{split:15s} n={len(rows):5d}  pearson_r={pearson(pred, gold):.3f}  rmse={rmse(pred, gold):.3f}"
        if args.baseline:
            base = [baseline(r) for r in rows]
            line += f"  | baseline recall r={pearson(base, gold):.3f}"
        print(line + f"  ({ms:.1f} ms/answer)")
    if args.offtopic:
        for seed, split in enumerate(SPLITS):
            high, n = offtopic_share(data[split], seed=seed * 5)
            print(f"{split:15s} good answer vs another question's reference: {high}/{n} = {high / n:.1%} over 3")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
