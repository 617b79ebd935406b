"""The child's main loop: read the plan, confine, load the solution, run the cases, report.

Results go to the parent as JSON lines on a private pipe (``_Channel``); each
case runs under a repeating alarm; probe cases are timed only after the parent
says "go". ``main()`` is called by the line ``sandbox.harness_source()``
appends to the assembled source; importing this module runs nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
import types

from .confine import confine, install_guard
from .drivers import implicit_namespace, load_driver, resolve_target, run_case
from .errors import CaseTimeout, InterfaceError, describe_error, error_marker, is_error
from .stress import StressApi
from .trusted import _allocate_lock, _os_exit, _os_write, _perf
from .values import Unsupported, digest, encode, to_plain


class _Channel:
    """Result lines to the parent, batched (few wake-ups for the parent's reader)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.lock = _allocate_lock()
        self.buffer: list = []
        self.size = 0
        self.last_flush = _perf()

    def send(self, message: dict, flush: bool = False) -> None:
        data = (encode(message) + "\n").encode("ascii")
        with self.lock:
            self.buffer.append(data)
            self.size += len(data)
            if flush or self.size > 32768 or _perf() - self.last_flush > 0.1:
                self._flush()

    def flush(self) -> None:
        with self.lock:
            self._flush()

    def _flush(self) -> None:
        view = memoryview(b"".join(self.buffer))
        self.buffer, self.size = [], 0
        while view:
            written = _os_write(self.fd, view)
            view = view[written:]
        self.last_flush = _perf()


_early_go = [False]


def _read_plan() -> tuple[dict, int]:
    """The plan is the first line on stdin; stdin stays open for the probe's go-ahead.

    The pipe moves to a private descriptor and fd 0 becomes /dev/null.
    """
    buffer = b""
    while b"\n" not in buffer:
        chunk = os.read(0, 1 << 20)
        if not chunk:
            break
        buffer += chunk
    line, _, rest = buffer.partition(b"\n")
    _early_go[0] = bool(rest)  # the go-ahead came with the plan
    plan = json.loads(line.decode("utf-8"))
    control = os.dup(0)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    return plan, control


def _wait_for_go(channel, control: int) -> None:
    """Tell the parent the correctness cases are done; wait while it times the reference."""
    channel.send({"t": "probe_ready"}, flush=True)
    if _early_go[0]:
        return
    with contextlib.suppress(OSError):
        os.read(control, 1)


_armed = [False]


def _on_alarm(signum, frame):
    if _armed[0]:
        raise CaseTimeout()


def _arm(seconds: float) -> None:
    """Start the per-case alarm; it repeats, so a bare `except:` cannot swallow it for good."""
    _armed[0] = True
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.2)


def _disarm() -> None:
    _armed[0] = False
    signal.setitimer(signal.ITIMER_REAL, 0)


def main() -> None:
    channel = _Channel(int(sys.argv[1]))
    try:
        plan, control = _read_plan()
    except BaseException as exc:  # noqa: BLE001
        channel.send({"t": "fatal", "message": f"could not read the plan: {exc}"}, flush=True)
        _os_exit(3)
    limits = plan["limits"]
    report: dict = {}
    confine(limits, report)
    import hashlib  # noqa: F401 - before the guard, for digest
    import random  # noqa: F401

    solution_path = plan["solution"]
    scratch = os.path.dirname(solution_path)
    os.chdir(scratch)
    for key in [k for k in os.environ if k != "LC_CTYPE"]:  # bwrap sets PWD; nothing else is passed
        del os.environ[key]
    needs_async = bool(plan.get("asyncio"))
    needs_dis = bool(plan.get("interleave"))
    if needs_dis:
        import dis  # noqa: F401
    try:
        base_ns = implicit_namespace(with_asyncio=needs_async)
    except BaseException as exc:  # noqa: BLE001
        channel.send({"t": "fatal", "message": f"implicit imports failed: {exc}"}, flush=True)
        _os_exit(3)

    stdlib = os.path.dirname(os.__file__)
    read_roots = tuple(sorted({stdlib, *[p for p in sys.path if p and os.path.isabs(p)]}))
    if limits.get("guard", True):
        install_guard(read_roots, scratch)
    report["guard"] = bool(limits.get("guard", True))
    channel.send({"t": "ready", "sandbox": report}, flush=True)

    with open(solution_path, encoding="utf-8") as handle:
        source = handle.read()
    lines = source.splitlines()
    module = types.ModuleType("solution")
    module.__file__ = solution_path
    module.__dict__.update(base_ns)
    sys.modules["solution"] = module
    load_started = _perf()
    try:
        code = compile(source, solution_path, "exec")
    except SyntaxError as exc:
        channel.send(
            {
                "t": "load",
                "ok": False,
                "error": {
                    "type": type(exc).__name__,
                    "mro": [c.__name__ for c in type(exc).__mro__],
                    "message": exc.msg or "invalid syntax",
                    "line": exc.lineno,
                    "column": exc.offset,
                    "text": (exc.text or "").rstrip("\n"),
                    "traceback": f'  File "solution.py", line {exc.lineno}\n    {(exc.text or "").strip()}\n{type(exc).__name__}: {exc.msg}',
                    "frames": [],
                },
            }
        )
        _finish(channel)
    signal.signal(signal.SIGALRM, _on_alarm)
    try:
        _arm(float(limits["case_seconds"]))
        exec(code, module.__dict__)
        _disarm()
    except CaseTimeout:
        _disarm()
        channel.send(
            {
                "t": "load",
                "ok": False,
                "timeout": True,
                "error": {
                    "type": "Timeout",
                    "mro": [],
                    "message": "loading your code took too long",
                    "traceback": "loading your code took too long",
                    "frames": [],
                },
            }
        )
        _finish(channel)
    except BaseException as exc:  # noqa: BLE001
        _disarm()
        channel.send({"t": "load", "ok": False, "error": describe_error(exc, solution_path, lines)})
        _finish(channel)
    ns = module.__dict__
    interface = plan["interface"]
    driver = plan["driver"]
    try:
        target = resolve_target(ns, interface, base_ns) if driver in ("function", "class") else None
    except InterfaceError as exc:
        channel.send(
            {"t": "load", "ok": False, "interface": True, "error": describe_error(exc, None, None)}
        )
        _finish(channel)
    channel.send({"t": "load", "ok": True, "seconds": round(_perf() - load_started, 6)})

    custom_run = None
    stress_run = None
    api = StressApi(ns, interface, solution_path, base_ns)
    api.lines = lines
    if plan.get("custom_driver"):
        custom_run = load_driver(plan["custom_driver"], "<judge:driver>", base_ns)
    if plan.get("stress_driver"):
        stress_run = load_driver(plan["stress_driver"], "<judge:stress>", base_ns)

    started = _perf()
    budget = float(limits["total_seconds"])
    case_seconds = float(limits["case_seconds"])
    timeouts = 0
    memory_errors = 0
    deadlocks = 0
    probe_stopped = False
    probe_started = False
    for item in plan["cases"]:
        if _perf() - started > budget or timeouts >= 3 or memory_errors >= 3:
            reason = (
                "after 3 time-outs"
                if timeouts >= 3
                else "after 3 memory errors"
                if memory_errors >= 3
                else "time budget"
            )
            channel.send({"t": "skip", "id": item["id"], "reason": reason})
            continue
        kind = item.get("kind", "run")
        run = stress_run if kind == "stress" else custom_run
        if kind != "run":
            channel.flush()
        if kind == "probe":
            if not probe_started:
                probe_started = True
                _wait_for_go(channel, control)
            if probe_stopped:
                channel.send(
                    {"t": "probe", "id": item["id"], "size": item.get("size"), "skipped": True}
                )
                continue
            probe_stopped = not _run_probe(
                channel,
                item,
                driver,
                target,
                custom_run,
                api,
                solution_path,
                lines,
                bool(plan.get("probe_values")),
            )
            continue
        seconds = float(item.get("seconds") or case_seconds)
        message = {"t": "r", "id": item["id"]}
        case = item["case"]
        if run is not None and deadlocks >= 2:
            channel.send({"t": "skip", "id": item["id"], "reason": "after 2 deadlocked scenarios"})
            continue
        api.begin(case.get("seed", item["id"]) if type(case) is dict else item["id"], seconds)
        t0 = _perf()
        try:
            _arm(seconds)
            if run is not None:
                value = run(item["case"], api)
                message["v"] = to_plain(value)
            else:
                message["v"] = run_case(
                    driver, target, item["case"], filename=solution_path, lines=lines
                )
            _disarm()
        except CaseTimeout:
            _disarm()
            timeouts += 1
            message["timeout"] = seconds
        except MemoryError:
            _disarm()
            memory_errors += 1
            message["memory"] = True
        except Unsupported as exc:
            _disarm()
            message["v"] = {"$unsupported": str(exc)}
        except BaseException as exc:  # noqa: BLE001
            _disarm()
            message["v"] = error_marker(exc, solution_path, lines)
        message["s"] = round(_perf() - t0, 6)
        if run is not None:
            message["diag"] = api.diagnostics()
            if message["diag"]["stuck"]:
                deadlocks += 1
        try:
            channel.send(message)
        except (TypeError, ValueError) as exc:
            channel.send(
                {"t": "r", "id": item["id"], "v": {"$unsupported": f"unreportable value: {exc}"}}
            )
    _finish(channel)


def _run_probe(channel, item, driver, target, custom_run, api, filename, lines, send_value) -> bool:
    """Time one probe case: best of a few runs, giving up past the size budget.

    Returns False when the solution gave up (larger sizes are then skipped).
    """
    budget = float(item.get("budget", 1.0))
    best = None
    value = None
    runs = 0
    spent = 0.0
    message = {"t": "probe", "id": item["id"], "size": item.get("size")}
    import gc

    while runs < 5:
        gc.collect()
        gc.disable()
        t0 = _perf()
        try:
            _arm(budget)
            if custom_run is not None:
                value = to_plain(custom_run(item["case"], api))
            else:
                value = run_case(driver, target, item["case"], filename=filename, lines=lines)
            _disarm()
        except CaseTimeout:
            _disarm()
            gc.enable()
            message["gave_up"] = budget
            break
        except MemoryError:
            _disarm()
            gc.enable()
            message["memory"] = True
            break
        elapsed = _perf() - t0
        gc.enable()
        runs += 1
        spent += elapsed
        best = elapsed if best is None else min(best, elapsed)
        if spent > 0.2 or elapsed > budget / 4:
            break
    if best is not None:
        message["s"] = round(best, 6)
        message["runs"] = runs
        message["digest"] = digest(value)
        if send_value:
            message["v"] = value
        errors = _first_error(value)
        if errors is not None:
            message["error"] = errors
    channel.send(message)
    return best is not None


def _first_error(value):
    if is_error(value):
        return value["$error"]
    if type(value) is list:
        for item in value:
            if is_error(item):
                return item["$error"]
    return None


def _finish(channel) -> None:
    alive = [
        t.name
        for t in threading.enumerate()
        if t is not threading.main_thread() and t.is_alive() and not t.daemon
    ]
    try:
        channel.send({"t": "done", "threads_alive": alive[:10]}, flush=True)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):  # the user may have replaced or closed it
                stream.flush()
    finally:
        _os_exit(0)
