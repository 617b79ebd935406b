"""ruff's findings on Python code, through the ruff package's binary.

ruff is found as `python -m ruff` (the ruff wheel ships its binary) or on
PATH; when neither exists the review says so and goes on without it. The
code is passed on stdin and never written to disk; ruff runs `--isolated`
so no project configuration changes what it reports.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys

from bis.review.findings import Finding

SELECT = "F,E9,E7,B,S,PLE"
# Rules bis checks itself (with production context), or that are noise in interview code.
OVERLAP = {"E722", "B006", "B008", "S110", "S112", "S101", "S311", "E731", "E741", "B007", "B905"}
TIMEOUT_S = 20

_WHY = {
    "F821": "The name is not defined anywhere: this line raises NameError when it runs.",
    "F811": "A later definition silently replaces an earlier one; calls go to the wrong function.",
    "F841": "A value is computed and never used: dead code, or a bug where another variable was meant.",
    "F401": "An unused import costs start-up time and hides which dependencies the code really has.",
    "E711": "`== None` calls __eq__, which objects can override; `is None` is the identity check.",
    "E712": "Comparing to True/False with == is redundant and wrong for truthy non-bool values.",
    "E721": "Comparing types with == ignores subclasses; use isinstance().",
    "S307": "eval() runs arbitrary code from its argument: remote code execution if input reaches it.",
    "S602": "shell=True with a built string lets input inject shell commands.",
    "S608": "SQL built by string formatting is open to SQL injection.",
    "S301": "Unpickling untrusted data runs arbitrary code.",
    "S506": "yaml.load without SafeLoader can construct arbitrary Python objects.",
    "S105": "A hard-coded secret ends up in version control and every copy of the code.",
    "S113": "A request without a timeout can hang a worker forever when the server stalls.",
}
_FIX = {
    "F821": "Define or import the name, or fix its spelling.",
    "S307": "Use ast.literal_eval for literals, or parse the input explicitly.",
    "S602": "Pass an argument list without shell=True.",
    "S608": "Use parameterised queries (cursor.execute(sql, params)).",
    "S113": "Pass timeout= to every request.",
    "E711": "Write `is None` / `is not None`.",
}


def ruff_command() -> list[str] | None:
    if importlib.util.find_spec("ruff") is not None:
        return [sys.executable, "-m", "ruff"]
    found = shutil.which("ruff")
    return [found] if found else None


def _severity(code: str) -> str:
    if code.startswith(("E9", "F82", "F63", "F7", "PLE")):
        return "error"
    if code.startswith(("S", "B")) or code in ("F811",):
        return "warning"
    return "info"


def run_ruff(source: str) -> tuple[list[Finding], str | None]:
    """(findings, note); the note says why ruff did not run, if it did not."""
    cmd = ruff_command()
    if cmd is None:
        return [], "ruff is not installed, so its checks were skipped (pip install ruff)."
    args = [*cmd, "check", "--output-format", "json", "--no-cache", "--isolated", "--exit-zero",
            "--select", SELECT, "--stdin-filename", "snippet.py", "-"]
    try:
        proc = subprocess.run(args, input=source.encode("utf-8"), capture_output=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return [], f"ruff could not run ({exc.__class__.__name__}); its checks were skipped."
    try:
        items = json.loads(proc.stdout.decode("utf-8", "replace") or "[]")
    except ValueError:
        first = proc.stderr.decode("utf-8", "replace").strip().splitlines()[:1]
        return [], f"ruff failed ({first[0] if first else 'no output'}); its checks were skipped."
    findings = []
    for item in items:
        code = str(item.get("code") or "")
        if not code or code in OVERLAP:
            continue
        name = item.get("name") or code
        fixable = " `ruff check --fix` can apply it." if item.get("fix") else ""
        findings.append(Finding(
            severity=_severity(code),
            rule=f"ruff-{code}",
            title=f"ruff {code} ({name})",
            message=str(item.get("message", "")),
            why=_WHY.get(code, f"ruff rule {name}: {item.get('url') or ''}".strip()),
            fix=_FIX.get(code, "Follow the rule's advice.") + fixable,
            line=(item.get("location") or {}).get("row"),
            source="ruff",
        ))
    return findings, None
