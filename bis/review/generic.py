"""A language-neutral review for code bis cannot run (Go, Java, JS/TS, C#, Rust, C/C++ ...).

Line patterns only, so every finding is a hint with a line, never a claim
that the code was compiled or executed: swallowed errors, SQL built from
strings, hard-coded secrets, threads without any synchronisation, check-then-
act on shared maps, resources opened without try-with-resources or defer,
and very deep nesting.
"""

from __future__ import annotations

import re

from bis.review.findings import Analysis, Rule

R = {
    r.id: r
    for r in (
        Rule("code-swallowed-error", "Error swallowed", "warning",
             "An empty catch (or an ignored Go error) hides the failure: the caller continues with missing data "
             "and there is nothing in the logs to debug from.",
             "Handle the error (return it, retry, use a default) or at least log it with context."),
        Rule("code-sql-concatenation", "SQL built from strings", "warning",
             "Concatenating or interpolating values into SQL allows SQL injection and defeats statement caching.",
             "Use parameterised queries / prepared statements with placeholders."),
        Rule("code-hardcoded-secret", "Hard-coded secret", "warning",
             "A secret in source code is in every clone, build log and backup, and cannot be rotated without a deploy.",
             "Read it from the environment or a secret manager."),
        Rule("code-unsynchronised-threads", "Threads without synchronisation", "warning",
             "The code starts threads/goroutines and writes shared maps or fields, but has no mutex, atomic or "
             "concurrent collection: lost updates, and in Go a fatal 'concurrent map writes'.",
             "Guard shared state with a mutex (sync.Mutex, synchronized, std::mutex) or use a concurrent structure "
             "(sync.Map, ConcurrentHashMap, atomics, channels)."),
        Rule("code-check-then-act", "Check-then-act on a shared map", "warning",
             "Checking for a key and then inserting is two steps; another thread can insert in between.",
             "Use an atomic operation (putIfAbsent/computeIfAbsent, LoadOrStore) or hold a lock across both steps."),
        Rule("code-resource-leak", "Resource not closed on every path", "warning",
             "A stream, file or connection opened without try-with-resources / defer / using leaks when an error "
             "occurs before the close.",
             "Use try-with-resources (Java), `defer f.Close()` right after a successful open (Go), `using` (C#), or RAII."),
        Rule("code-deep-nesting", "Deep nesting", "info",
             "More than five levels of nesting makes the edge cases hard to see and to test.",
             "Return early for error and edge cases, and extract helper functions."),
        Rule("code-todo", "TODO left in", "info",
             "A TODO in submitted code marks a known gap an interviewer or reviewer will ask about.",
             "Finish it, or say explicitly what is left and why."),
    )
}

_EMPTY_CATCH = re.compile(r"catch\s*(\([^)]*\))?\s*\{\s*(//[^\n]*)?\s*\}|except\s*:\s*pass|if\s+err\s*!=\s*nil\s*\{\s*(//[^\n]*)?\s*\}")
_IGNORED_GO_ERR = re.compile(r"^\s*(_\s*=|[\w, ]+,\s*_\s*:?=)\s*[\w.]+\(.*\)\s*$")
_SQL = re.compile(
    r'"\s*(SELECT|INSERT|UPDATE|DELETE)\b[^"\n]*"\s*(\+|\.\s*concat|%)|'
    r"'\s*(SELECT|INSERT|UPDATE|DELETE)\b[^'\n]*'\s*(\+|\.\s*concat|%)|"
    r"`\s*(SELECT|INSERT|UPDATE|DELETE)\b[^`]*\$\{|"
    r'(Sprintf|format|String\.format)\(\s*"(SELECT|INSERT|UPDATE|DELETE)\b[^"]*%[sdv]',
    re.I,
)
_SECRET = re.compile(r"""(password|passwd|secret|api[_-]?key|access[_-]?token|private[_-]?key)\w*"?\s*[:=]\s*["'][^"'\s]{6,}["']""", re.I)
_THREADS = re.compile(r"\bgo\s+func\b|\bgo\s+\w+\(|new\s+Thread\b|\bExecutorService\b|\bstd::thread\b|\bpthread_create\b|"
                      r"\bThread\.new\b|\bTask\.Run\b|\bparallelStream\(|\bthread::spawn\b|\bCompletableFuture\.")
_SYNC = re.compile(r"\bsync\.(Mutex|RWMutex|Map|WaitGroup|Once)\b|\bsynchronized\b|\bReentrantLock\b|\bConcurrentHashMap\b|"
                   r"\bAtomic\w+\b|\batomic\.|\bstd::mutex\b|\block_guard\b|\bpthread_mutex\b|\bMutex::new\b|\bArc<Mutex\b|"
                   r"\block\s*\(|\bInterlocked\.|\bchan\b|\bConcurrentDictionary\b|\bRwLock\b")
_MAP_WRITE = re.compile(r"\w+\[[^\]]+\]\s*=[^=]|\.put\(|\.Add\(|\.insert\(")
_CHECK_ACT = re.compile(r"if\s*\(?\s*!\s*\w+\.(containsKey|contains|has|ContainsKey)\(|if\s+_,\s*ok\s*:=\s*\w+\[[^\]]+\];\s*!ok")
_OPEN_JAVA = re.compile(r"=\s*new\s+(FileInputStream|FileOutputStream|FileReader|FileWriter|BufferedReader|Socket)\b|"
                        r"=\s*\w+\.getConnection\(")
_OPEN_GO = re.compile(r"(\w+),\s*err\s*:?=\s*(os\.Open|os\.Create|os\.OpenFile|sql\.Open|net\.Dial)\(")
_TODO = re.compile(r"(//|#|/\*)\s*(TODO|FIXME|XXX)\b")


def review_generic(text: str, language: str | None) -> Analysis:
    out = Analysis()
    lang = language or "unknown"
    lines = text.splitlines()
    out.stats = {"language": lang, "lines": len(lines)}
    out.notes.append(f"This looks like {lang} code: it was reviewed by reading it (language-neutral checks), "
                     "not compiled or executed.")
    threads = bool(_THREADS.search(text))
    synced = bool(_SYNC.search(text))
    depth, max_depth, deep_line = 0, 0, None
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if lang == "go" and _IGNORED_GO_ERR.match(line) and "err" not in line.split("=")[0]:
            out.add(R["code-swallowed-error"].at(f"`{stripped[:60]}` discards a result that may be an error", line=n, severity="info"))
        if _SQL.search(line):
            out.add(R["code-sql-concatenation"].at(f"`{stripped[:60]}`", line=n))
        if _SECRET.search(line):
            out.add(R["code-hardcoded-secret"].at(f"`{stripped[:40]}...`", line=n))
        if threads and _CHECK_ACT.search(line):
            out.add(R["code-check-then-act"].at(f"`{stripped[:60]}`", line=n))
        if _TODO.search(line):
            out.add(R["code-todo"].at(f"`{stripped[:60]}`", line=n))
        if m := _OPEN_GO.search(line):
            window = "\n".join(lines[n : n + 6])
            if not re.search(rf"defer\s+{re.escape(m.group(1))}\.Close\(\)", window):
                out.add(R["code-resource-leak"].at(f"`{stripped[:60]}` has no `defer {m.group(1)}.Close()` after it", line=n))
        if _OPEN_JAVA.search(line) and not re.search(r"\btry\s*\(", "\n".join(lines[max(0, n - 2) : n])):
            out.add(R["code-resource-leak"].at(f"`{stripped[:60]}` is not in try-with-resources", line=n))
        code = re.sub(r"//.*|\"(?:\\.|[^\"])*\"|'(?:\\.|[^'])*'", "", line)
        depth += code.count("{") - code.count("}")
        if depth > max_depth:
            max_depth, deep_line = depth, n
    for m in _EMPTY_CATCH.finditer(text):
        n = text.count("\n", 0, m.start()) + 1
        out.add(R["code-swallowed-error"].at(f"`{' '.join(m.group(0).split())[:60]}`", line=n))
    if max_depth > 6 and deep_line:
        out.add(R["code-deep-nesting"].at(f"{max_depth} levels of braces", line=deep_line))
    if threads and not synced and _MAP_WRITE.search(text):
        first = next((i for i, ln in enumerate(lines, 1) if _THREADS.search(ln)), None)
        out.add(R["code-unsynchronised-threads"].at("threads are started and shared data is written, with no lock, "
                                                    "atomic or concurrent collection in the file", line=first))
    out.credit(["code-swallowed-error"], "Errors are not silently swallowed.")
    out.credit(["code-sql-concatenation"], "No SQL is built by string concatenation.", bool(re.search(r"\b(SELECT|INSERT|UPDATE)\b", text, re.I)))
    out.credit(["code-unsynchronised-threads", "code-check-then-act"], "Concurrent code uses synchronisation.", threads)
    return out
