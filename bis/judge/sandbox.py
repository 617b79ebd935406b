"""Starting the judged child process and collecting what it reports.

One child per judging. Two modes:

* ``bwrap``: bubblewrap gives the child its own mount, PID, network, IPC and
  UTS namespaces; it sees only /usr, the Python installation and a 32 MB
  tmpfs holding solution.py; it dies with its parent.
* ``rlimits``: no bubblewrap; the child runs in a fresh scratch directory
  and confines itself (see harness/confine.py): rlimits, a user+network
  namespace when the kernel allows one, a seccomp filter and an audit hook.

In both modes the parent enforces the wall-clock limit by killing the whole
process group, caps what the child may write to stdout/stderr, and keeps
the expected outputs to itself.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HARNESS_DIR = Path(__file__).with_name("harness")
# The child's program is these modules of bis/judge/harness/, joined in this order. Each
# imports only from those before it; "trusted" comes first so that its references are
# taken before any other harness code runs, let alone the user's.
HARNESS_MODULES = ("trusted", "values", "errors", "drivers", "stress", "confine", "main")
SANDBOX_DIR = "/sandbox"
PYTHON_FLAGS = ("-I", "-S", "-B", "-X", "utf8")
# The harness gets its own filename (code run by -c is "<string>", like eval'd stdlib code).
BOOTSTRAP = "import sys; exec(compile(sys.argv[2], '<bis-judge-harness>', 'exec'))"


@dataclass(frozen=True)
class Limits:
    """Limits for one judging (all cases in one child). Anchored on Judge0's
    defaults (5 s CPU, 10 s wall, 128 MB, 60 processes), scaled for running a
    whole test suite in one process."""

    cpu_seconds: float = 10.0
    wall_seconds: float = 15.0
    memory_mb: int = 256
    file_mb: int = 8
    processes: int = 64
    case_seconds: float = 2.0
    total_seconds: float = 10.0
    output_bytes: int = 1 << 20
    result_bytes: int = 64 << 20

    def to_dict(self) -> dict:
        return {
            "cpu_seconds": self.cpu_seconds,
            "wall_seconds": self.wall_seconds,
            "memory_mb": self.memory_mb,
            "file_mb": self.file_mb,
            "processes": self.processes,
            "case_seconds": self.case_seconds,
            "total_seconds": self.total_seconds,
            "output_bytes": self.output_bytes,
        }


@dataclass
class ChildRun:
    """Everything observed about one child run."""

    mode: str
    messages: list[dict] = field(default_factory=list)
    exit_code: int | None = None
    signal: int | None = None
    killed: str | None = None  # "wall" | "output" | "protocol"
    wall: float = 0.0
    output: bytes = b""
    output_total: int = 0
    max_rss_kb: int = 0
    cpu_seconds: float = 0.0
    protocol_errors: int = 0
    note: str = ""

    def of_type(self, kind: str) -> list[dict]:
        return [m for m in self.messages if m.get("t") == kind]

    def first(self, kind: str) -> dict | None:
        for message in self.messages:
            if message.get("t") == kind:
                return message
        return None


def interpreter() -> str:
    """The real interpreter (not a venv shim): the child needs the stdlib only."""
    base = getattr(sys, "_base_executable", None) or sys.executable
    return os.path.realpath(base)


_harness_source: str | None = None


def harness_source() -> str:
    """The child's whole program: the harness modules as one source (see bis/judge/harness)."""
    global _harness_source
    if _harness_source is None:
        _harness_source = assemble_harness()
    return _harness_source


_FUTURE_LINE = "from __future__ import annotations\n"


def assemble_harness() -> str:
    """Join HARNESS_MODULES into one program that needs no package.

    The ``from __future__`` line may appear only once, first; each module's
    relative imports (a line ``from .x import a, b``, or a parenthesised block)
    are dropped, since every module ends up in the same namespace. The last
    line starts ``main`` when the bootstrap runs the source as ``__main__``.
    """
    parts = [_FUTURE_LINE]
    for name in HARNESS_MODULES:
        parts.append(f"\n# ---- bis/judge/harness/{name}.py ----\n")
        in_import = False
        text = (HARNESS_DIR / f"{name}.py").read_text(encoding="utf-8")
        for line in text.splitlines(keepends=True):
            if in_import:
                in_import = not line.startswith(")")
            elif line.startswith("from ."):
                in_import = line.rstrip().endswith("(")
            elif line != _FUTURE_LINE:
                parts.append(line)
    parts.append('\n\nif __name__ == "__main__":\n    main()\n')
    return "".join(parts)


# --------------------------------------------------------------------------
# bubblewrap
# --------------------------------------------------------------------------

_bwrap_state: tuple[bool, str] | None = None


def _python_roots(python: str) -> list[str]:
    roots = set()
    for candidate in (sys.base_prefix, os.path.dirname(os.path.dirname(python))):
        real = os.path.realpath(candidate)
        if real and os.path.isdir(real):
            roots.add(real)
    stdlib = os.path.dirname(os.path.realpath(os.__file__))
    roots.add(os.path.dirname(stdlib) if os.path.basename(stdlib).startswith("python") else stdlib)
    covered = ("/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin")
    out: list[str] = []
    for root in sorted(roots):
        if any(root == c or root.startswith(c + "/") for c in covered):
            continue
        if any(root.startswith(r + "/") for r in out):
            continue
        out.append(root)
    return out


def bwrap_argv(python: str, solution_fd: int, tmpfs_bytes: int = 32 << 20) -> list[str]:
    bwrap = shutil.which("bwrap") or "bwrap"
    argv = [
        bwrap,
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--clearenv",
        "--cap-drop",
        "ALL",
        "--hostname",
        "sandbox",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    for top in ("/lib", "/lib64", "/lib32", "/bin", "/sbin"):
        if os.path.islink(top):
            argv += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            argv += ["--ro-bind", top, top]
    for root in _python_roots(python):
        argv += ["--ro-bind", root, root]
    argv += [
        "--ro-bind-try",
        "/etc/ld.so.cache",
        "/etc/ld.so.cache",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--size",
        str(tmpfs_bytes),
        "--tmpfs",
        SANDBOX_DIR,
        "--file",
        str(solution_fd),
        f"{SANDBOX_DIR}/solution.py",
        "--",
    ]
    return argv


def bwrap_status(refresh: bool = False) -> tuple[bool, str]:
    """(usable, why) for bubblewrap on this machine, probed once per process."""
    global _bwrap_state
    if _bwrap_state is not None and not refresh:
        return _bwrap_state
    if not sys.platform.startswith("linux"):
        _bwrap_state = (False, "bubblewrap is Linux-only")
        return _bwrap_state
    if shutil.which("bwrap") is None:
        _bwrap_state = (False, "bubblewrap (bwrap) is not installed")
        return _bwrap_state
    python = interpreter()
    with tempfile.TemporaryFile() as handle:
        handle.write(b"")
        handle.seek(0)
        argv = bwrap_argv(python, handle.fileno()) + [python, *PYTHON_FLAGS, "-c", "pass"]
        try:
            done = subprocess.run(
                argv,
                pass_fds=(handle.fileno(),),
                capture_output=True,
                timeout=10,
                env={},
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            _bwrap_state = (False, f"bubblewrap is installed but failed to start: {exc}")
            return _bwrap_state
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        _bwrap_state = (
            False,
            f"bubblewrap is installed but unusable here: {why[-1] if why else done.returncode}",
        )
    else:
        _bwrap_state = (True, "bubblewrap")
    return _bwrap_state


def choose_mode(preferred: str = "auto") -> tuple[str, str]:
    """('bwrap' | 'rlimits', note). BIS_JUDGE_SANDBOX=bwrap|rlimits overrides 'auto'."""
    if preferred == "auto":
        preferred = os.environ.get("BIS_JUDGE_SANDBOX", "auto") or "auto"
    if preferred == "rlimits":
        return "rlimits", "rlimits only (chosen)"
    usable, why = bwrap_status()
    if preferred == "bwrap" and not usable:
        raise RuntimeError(why)
    if usable:
        return "bwrap", "bubblewrap namespaces + rlimits + seccomp + audit hook"
    return "rlimits", f"rlimits + seccomp + audit hook ({why})"


# --------------------------------------------------------------------------
# Running the child
# --------------------------------------------------------------------------


class ChildHandle:
    """A running child; `result()` waits for it (the parent works meanwhile)."""

    def __init__(
        self,
        plan: dict,
        source: str,
        limits: Limits,
        mode: str,
        *,
        guard: bool = True,
        seccomp: bool = True,
    ) -> None:
        self.limits = limits
        self.run = ChildRun(mode=mode)
        self._scratch: str | None = None
        self._solution_file = None
        python = interpreter()
        res_r, res_w = os.pipe()
        root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        plan = dict(plan)
        plan["limits"] = {
            **limits.to_dict(),
            "guard": guard,
            "seccomp": seccomp,
            "unshare": mode == "rlimits",
            "root": root,
            "add_user_tasks": mode == "rlimits" and not root,
        }
        if mode == "bwrap":
            self._solution_file = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the child
            self._solution_file.write(source.encode("utf-8", "surrogateescape"))
            self._solution_file.flush()
            self._solution_file.seek(0)
            sol_fd = self._solution_file.fileno()
            argv = bwrap_argv(python, sol_fd)
            pass_fds: tuple[int, ...] = (res_w, sol_fd)
            cwd = "/"
            plan["solution"] = f"{SANDBOX_DIR}/solution.py"
        else:
            self._scratch = tempfile.mkdtemp(prefix="bis-judge-")
            solution = Path(self._scratch) / "solution.py"
            solution.write_text(source, encoding="utf-8", errors="surrogateescape")
            argv = []
            pass_fds = (res_w,)
            cwd = self._scratch
            plan["solution"] = str(solution)
        argv = argv + [python, *PYTHON_FLAGS, "-c", BOOTSTRAP, str(res_w), harness_source()]
        self._payload = json.dumps(plan, separators=(",", ":")).encode("utf-8") + b"\n"
        self.probe_ready = threading.Event()
        self._go = False  # the parent said "go"
        self._go_sent = False
        self._plan_written = False
        self._stdin_lock = threading.Lock()
        self._started = time.monotonic()
        try:
            self._proc = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                pass_fds=pass_fds,
                cwd=cwd,
                env={},
                start_new_session=True,
                close_fds=True,
            )
        finally:
            os.close(res_w)
        self._res_r = res_r
        self._thread = threading.Thread(target=self._pump, name="bis-judge-io", daemon=True)
        self._thread.start()

    # -- I/O
    def _kill(self, reason: str) -> None:
        if self.run.killed is None:
            self.run.killed = reason
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._proc.pid, signal.SIGKILL)

    def _pump(self) -> None:
        limits = self.limits
        proc = self._proc
        assert proc.stdin is not None and proc.stdout is not None
        selector = selectors.DefaultSelector()
        os.set_blocking(proc.stdin.fileno(), False)
        selector.register(proc.stdin.fileno(), selectors.EVENT_WRITE, "stdin")
        selector.register(proc.stdout.fileno(), selectors.EVENT_READ, "stdout")
        selector.register(self._res_r, selectors.EVENT_READ, "result")
        payload = memoryview(self._payload)
        deadline = self._started + limits.wall_seconds
        result_buffer = bytearray()
        result_total = 0
        open_streams = 2
        drain_until: float | None = None
        while open_streams > 0:
            now = time.monotonic()
            if drain_until is None and now >= deadline:
                self._kill("wall")
                drain_until = now + 1.0
            if drain_until is not None and now >= drain_until:
                break
            timeout = (drain_until if drain_until is not None else deadline) - now
            events = selector.select(max(0.0, min(timeout, 0.5)))
            for key, _ in events:
                if key.data == "stdin":
                    try:
                        written = os.write(key.fd, payload[:65536])
                        payload = payload[written:]
                    except (BrokenPipeError, BlockingIOError, OSError) as exc:
                        if isinstance(exc, BlockingIOError):
                            continue
                        payload = payload[:0]
                    if not payload:
                        selector.unregister(key.fd)  # stays open: the probe's go-ahead comes later
                        with self._stdin_lock:
                            self._plan_written = True
                        if self._go:
                            self._send_go()
                    continue
                try:
                    chunk = os.read(key.fd, 1 << 16)
                except OSError:
                    chunk = b""
                if not chunk:
                    selector.unregister(key.fd)
                    open_streams -= 1
                    continue
                if key.data == "stdout":
                    self.run.output_total += len(chunk)
                    room = 8192 - len(self.run.output)
                    if room > 0:
                        self.run.output += chunk[:room]
                    if self.run.output_total > limits.output_bytes and drain_until is None:
                        self._kill("output")
                        drain_until = time.monotonic() + 1.0
                else:
                    result_total += len(chunk)
                    if result_total > limits.result_bytes and drain_until is None:
                        self._kill("protocol")
                        drain_until = time.monotonic() + 1.0
                        continue
                    result_buffer += chunk
                    stamp = time.monotonic() - self._started
                    while True:
                        newline = result_buffer.find(b"\n")
                        if newline < 0:
                            break
                        line = bytes(result_buffer[:newline])
                        del result_buffer[: newline + 1]
                        try:
                            message = json.loads(line)
                        except ValueError:
                            self.run.protocol_errors += 1
                            continue
                        if isinstance(message, dict):
                            message["_at"] = stamp
                            self.run.messages.append(message)
                            if message.get("t") == "probe_ready":
                                self.probe_ready.set()
                        else:
                            self.run.protocol_errors += 1
        selector.close()
        self.probe_ready.set()  # nobody waits for a child that is gone
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream is not None and not stream.closed:
                    stream.close()
            except OSError:
                pass
        os.close(self._res_r)
        self._reap(deadline)

    def _reap(self, deadline: float) -> None:
        proc = self._proc
        status = None
        rusage = None
        while status is None:
            try:
                pid, status_code, rusage = os.wait4(proc.pid, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == proc.pid:
                status = status_code
                break
            if time.monotonic() >= deadline:
                self._kill("wall")
                deadline = time.monotonic() + 5.0
            time.sleep(0.005)
        # Anything left in the group goes too.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        if status is not None:
            if os.WIFSIGNALED(status):
                self.run.signal = os.WTERMSIG(status)
                proc.returncode = -self.run.signal
            else:
                self.run.exit_code = os.WEXITSTATUS(status)
                proc.returncode = self.run.exit_code
                if self.run.mode == "bwrap" and 128 < self.run.exit_code < 128 + 65:
                    # bubblewrap reports a child killed by signal N as exit status 128 + N.
                    self.run.signal = self.run.exit_code - 128
        if rusage is not None:
            self.run.max_rss_kb = int(rusage.ru_maxrss)
            self.run.cpu_seconds = float(rusage.ru_utime + rusage.ru_stime)
        self.run.wall = time.monotonic() - self._started

    def wait_probe_ready(self, timeout: float | None = None) -> bool:
        """Block until the child finished its correctness cases (or ended)."""
        return self.probe_ready.wait(timeout)

    def release_probe(self) -> None:
        """Let the child start timing the solution (sent after the plan, never before)."""
        self._go = True
        self._send_go()

    def _send_go(self) -> None:
        with self._stdin_lock:
            if self._go_sent or not self._plan_written:
                return
            self._go_sent = True
            try:
                stdin = self._proc.stdin
                if stdin is not None and not stdin.closed:
                    os.write(stdin.fileno(), b"g")
            except OSError:
                pass

    def result(self) -> ChildRun:
        self.release_probe()
        self._thread.join()
        if self._scratch is not None:
            _remove_tree(self._scratch)
            self._scratch = None
        if self._solution_file is not None:
            self._solution_file.close()
            self._solution_file = None
        return self.run


def _remove_tree(path: str) -> None:
    def make_writable(func, target, _exc):
        try:
            os.chmod(target, 0o700)
            func(target)
        except OSError:
            pass

    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=make_writable)
    else:
        shutil.rmtree(path, onerror=make_writable)


def start(
    plan: dict,
    source: str,
    limits: Limits | None = None,
    *,
    mode: str = "auto",
    guard: bool = True,
    seccomp: bool = True,
) -> ChildHandle:
    chosen, note = choose_mode(mode)
    handle = ChildHandle(plan, source, limits or Limits(), chosen, guard=guard, seccomp=seccomp)
    handle.run.note = note
    return handle
