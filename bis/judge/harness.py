"""The child side of the judge: runs a user's solution inside the sandbox.

This file uses the standard library only. The parent starts it as
``python -I -S -B -X utf8 -c <bootstrap> <result fd> <this source>`` (the
bootstrap compiles it as "<bis-judge-harness>") and sends the plan
(inputs only, never expected outputs) as JSON on stdin. Results go back as
JSON lines on the result fd; the user's stdout and stderr go to a separate,
capped pipe, so nothing the user prints can be taken for a result.

Order of events in the child:
  1. read the whole plan from stdin, then point fd 0 at /dev/null;
  2. confine itself: rlimits, die-with-parent, a user+network namespace when
     the kernel allows it, a seccomp filter (no new processes, no sockets,
     no exec, no ptrace, no kill outside itself), and an audit hook
     (no files outside the stdlib and the scratch dir, no subprocess, no
     ctypes, no mmap);
  3. load the solution into a fresh module with LeetCode's implicit imports;
  4. run every case, reporting plain JSON values (``to_plain``), never the
     user's objects;
  5. report "done" and leave with ``os._exit`` so a stray thread cannot keep
     the process alive.

The parent imports this module too, for the drivers (``run_case``) and the
implicit-import namespace, so the reference runs exactly like the user's code.
Nothing below runs on import.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import signal
import sys
import threading
import time
import types
from typing import Any

# Trusted references, taken before any user code exists.
_perf = time.perf_counter
_process_time = time.process_time
_real_sleep = time.sleep
_os_write = os.write
_os_exit = os._exit
_allocate_lock = threading.Lock
_Thread = threading.Thread
_current_frames = sys._current_frames
_c_make_encoder: Any = None
_c_encode_ascii: Any = None
try:  # the C encoder, captured now: patching the json module later cannot reach it
    from _json import encode_basestring_ascii as _c_encode_ascii
    from _json import make_encoder as _c_make_encoder
except ImportError:  # pragma: no cover - CPython always has _json
    pass
_float_repr = float.__repr__
_int_repr = int.__repr__

MAX_VALUE_NODES = 2_000_000
MAX_MESSAGE_CHARS = 4_000
THREAD_STACK_BYTES = 1 << 20

# --------------------------------------------------------------------------
# Implicit imports (LeetCode's environment)
# --------------------------------------------------------------------------

IMPLICIT_MODULES = (
    "collections",
    "heapq",
    "bisect",
    "itertools",
    "functools",
    "math",
    "random",
    "re",
    "string",
    "operator",
    "threading",
    "queue",
    "time",
    "typing",
    "array",
    "copy",
    "dataclasses",
    "enum",
    "abc",
    "statistics",
    "hashlib",
)
# Star-imported, in this order (later wins), minus names that would shadow a builtin.
STAR_MODULES = ("typing", "collections", "heapq", "bisect", "itertools", "functools", "math")
THREADING_NAMES = (
    "Lock",
    "RLock",
    "Condition",
    "Semaphore",
    "BoundedSemaphore",
    "Event",
    "Barrier",
    "Thread",
)
# A few names LeetCode users take for granted.
EXTRA_NAMES = {"queue": ("Queue", "SimpleQueue", "LifoQueue", "PriorityQueue", "Empty", "Full")}


def implicit_namespace(with_asyncio: bool = False) -> dict:
    """A fresh dict holding what LeetCode's Python 3 puts in scope."""
    import importlib

    ns: dict = {}
    builtin_names = set(dir(builtins))
    for name in IMPLICIT_MODULES:
        ns[name] = importlib.import_module(name)
    if with_asyncio:
        ns["asyncio"] = importlib.import_module("asyncio")
    for name in STAR_MODULES:
        module = ns[name]
        public = getattr(module, "__all__", None) or [
            n for n in dir(module) if not n.startswith("_")
        ]
        for attr in public:
            if attr in builtin_names or not hasattr(module, attr):
                continue
            ns[attr] = getattr(module, attr)
    for attr in THREADING_NAMES:
        ns[attr] = getattr(ns["threading"], attr)
    for module_name, names in EXTRA_NAMES.items():
        for attr in names:
            ns[attr] = getattr(ns[module_name], attr)
    return ns


# --------------------------------------------------------------------------
# Plain JSON values
# --------------------------------------------------------------------------


class Unsupported(Exception):
    pass


def to_plain(value, _budget=None):
    """Copy a returned value into plain JSON types without calling user methods.

    Subclasses of int/str/list/... are read through the base type's own
    slots, so an object that overrides __eq__ or __iter__ cannot change what
    is reported; anything else becomes an "$unsupported" marker that equals
    nothing on the parent side.
    """
    budget = _budget if _budget is not None else [MAX_VALUE_NODES]
    budget[0] -= 1
    if budget[0] < 0:
        raise Unsupported("the returned value is too large to report")
    if value is None or value is True or value is False:
        return value
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, (list, tuple)):
        base = list if isinstance(value, list) else tuple
        out = []
        for index in range(base.__len__(value)):
            out.append(to_plain(base.__getitem__(value, index), budget))
        return out
    if isinstance(value, dict):
        out_d = {}
        for key, item in dict.items(value):
            if isinstance(key, str):
                plain_key = str.__str__(key)
            elif key is True or key is False or key is None:
                plain_key = "true" if key is True else "false" if key is False else "null"
            elif isinstance(key, int):
                plain_key = str(int.__int__(key))
            else:
                return {"$unsupported": f"a dict with {type(key).__name__} keys"}
            out_d[plain_key] = to_plain(item, budget)
        return out_d
    kind = type(value)
    return {"$unsupported": f"{kind.__module__}.{kind.__qualname__}"}


def _not_json(value):
    raise TypeError(f"not a plain JSON value: {type(value).__name__}")


def encode(value, sort_keys: bool = False) -> str:
    """JSON text for a plain value (NaN allowed), independent of the json module's state."""
    if _c_make_encoder is not None:
        encoder = _c_make_encoder(
            None, _not_json, _c_encode_ascii, None, ":", ",", sort_keys, False, True
        )
        return "".join(encoder(value, 0))
    return _py_encode(value, sort_keys)


def _py_encode(value, sort_keys: bool) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return _int_repr(value)
    if type(value) is float:
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return _float_repr(value)
    if type(value) is str:
        return json.encoder.py_encode_basestring_ascii(value)
    if type(value) is list:
        return "[" + ",".join(_py_encode(v, sort_keys) for v in value) + "]"
    if type(value) is dict:
        keys = sorted(value) if sort_keys else list(value)
        return (
            "{"
            + ",".join(
                _py_encode(str(k), sort_keys) + ":" + _py_encode(value[k], sort_keys) for k in keys
            )
            + "}"
        )
    _not_json(value)
    return ""


# --------------------------------------------------------------------------
# Errors, with the user's own frames only
# --------------------------------------------------------------------------


class CaseTimeout(BaseException):
    """Raised in the main thread when one case runs past its time limit."""


class InterfaceError(Exception):
    pass


def _safe_str(exc: BaseException) -> str:
    try:
        text = BaseException.__str__(exc)
    except BaseException:  # noqa: BLE001 - a hostile __str__ must not break reporting
        text = ""
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[:MAX_MESSAGE_CHARS] + "..."
    return text


def describe_error(exc: BaseException, filename: str | None, lines: list[str] | None) -> dict:
    """Type, message and a traceback made only of frames from the user's file."""
    kind = type(exc)
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if filename is not None and code.co_filename == filename:
            lineno = tb.tb_lineno
            text = lines[lineno - 1].strip() if lines and 0 < lineno <= len(lines) else ""
            frames.append({"line": lineno, "function": code.co_name, "text": text})
        tb = tb.tb_next
    message = _safe_str(exc)
    if isinstance(exc, KeyError) and exc.args:
        message = repr(exc.args[0])[:MAX_MESSAGE_CHARS] if _is_plain(exc.args[0]) else message
    trace = "".join(
        f'  File "solution.py", line {f["line"]}, in {f["function"]}\n    {f["text"]}\n'
        for f in frames[-12:]
    )
    head = f"{kind.__name__}: {message}" if message else kind.__name__
    return {
        "type": kind.__name__,
        "mro": [c.__name__ for c in kind.__mro__],
        "message": message,
        "frames": frames[-12:],
        "traceback": ("Traceback (your code):\n" + trace + head) if frames else head,
    }


def _is_plain(value) -> bool:
    return type(value) in (str, int, float, bool, type(None))


def error_marker(exc: BaseException, filename=None, lines=None) -> dict:
    return {"$error": describe_error(exc, filename, lines)}


def is_error(value) -> bool:
    return type(value) is dict and "$error" in value


# --------------------------------------------------------------------------
# Drivers: how one case is run (shared by the child and the parent)
# --------------------------------------------------------------------------


def resolve_target(ns: dict, interface: dict, implicit: dict | None = None):
    """The class or function the problem asks for (LeetCode's `Solution` too).

    A name the user did not define (heapq.merge, say, from the implicit
    imports) never counts as their answer.
    """
    name = interface["name"]
    style = interface["style"]
    found = ns.get(name)
    if implicit is not None and name in implicit and found is implicit[name]:
        found = None
    if style == "class":
        if isinstance(found, type):
            return found
        raise InterfaceError(f"define a class named {name}")
    if callable(found) and not isinstance(found, type):
        return found
    solution_cls = ns.get("Solution")
    if isinstance(solution_cls, type) and callable(getattr(solution_cls, name, None)):

        def call(*args):
            return getattr(solution_cls(), name)(*args)

        call.__name__ = name
        return call
    raise InterfaceError(f"define a function {name}(...) or a class Solution with a method {name}")


def run_case(driver: str, target, case: dict, *, filename=None, lines=None):
    """Run one function/class case; returns a plain value or error markers."""
    if driver == "function":
        try:
            return to_plain(target(*_fresh(case["args"])))
        except Unsupported as exc:
            return {"$unsupported": str(exc)}
        except CaseTimeout:
            raise
        except MemoryError:
            raise
        except BaseException as exc:  # noqa: BLE001 - user code may raise anything
            return error_marker(exc, filename, lines)
    if driver == "class":
        ops = case["ops"]
        args = _fresh(case["args"])
        out: list = []
        obj = None
        for index, op in enumerate(ops):
            try:
                if index == 0:
                    obj = target(*args[0])
                    out.append(None)
                    continue
                if obj is None:
                    out.append(
                        {
                            "$error": {
                                "type": "NotConstructed",
                                "mro": [],
                                "message": "the constructor failed",
                                "traceback": "the constructor failed",
                                "frames": [],
                            }
                        }
                    )
                    continue
                method = getattr(obj, op, None)
                if method is None or not callable(method):
                    out.append(
                        {
                            "$error": {
                                "type": "AttributeError",
                                "mro": ["AttributeError"],
                                "message": f"{type(obj).__name__} has no method {op}()",
                                "traceback": f"AttributeError: {type(obj).__name__} has no method {op}()",
                                "frames": [],
                            }
                        }
                    )
                    continue
                out.append(to_plain(method(*args[index])))
            except Unsupported as exc:
                out.append({"$unsupported": str(exc)})
            except (CaseTimeout, MemoryError):
                raise
            except BaseException as exc:  # noqa: BLE001
                out.append(error_marker(exc, filename, lines))
                if index == 0:
                    obj = None
        return out
    raise ValueError(f"unknown driver {driver!r}")


def _fresh(value):
    """A private copy of JSON arguments, so a solution mutating them changes nothing else."""
    if type(value) is list:
        return [_fresh(v) for v in value]
    if type(value) is dict:
        return {k: _fresh(v) for k, v in value.items()}
    return value


# --------------------------------------------------------------------------
# Concurrency tools: forced interleaving, thread bookkeeping, virtual time
# --------------------------------------------------------------------------


class Abandoned(BaseException):
    """Raised inside a worker thread the judge has given up on, to stop it spinning."""


class Interleaver:
    """Forces thread switches inside the user's code.

    A trace function is installed only on frames whose code comes from the
    solution file; at every new line, before every shared-state store or
    delete (not local-variable stores), before arithmetic and comparisons
    (the gap between a read and the write that depends on it) and before
    calls, the thread pauses, so another runnable thread gets the interpreter. Pause lengths are drawn from a
    seeded mix of a bare yield, a short and a long sleep, so every relative
    order of two threads' steps keeps happening: a read-modify-write or a
    check-then-act without a lock is interleaved on essentially every run,
    not "once in a while" as with plain stress.

    The same tracer also stops abandoned workers: a thread whose scenario is
    over gets `Abandoned` raised at its next line of user code.
    """

    PAUSES = (0.0, 0.0, 0.0, 0.0, 0.00002, 0.00002, 0.00002, 0.00005, 0.00005, 0.0002)
    # Each thread also gets a seeded pace: some never pause (they can complete a whole
    # critical action inside another thread's check-then-act window), some pause longer.
    PACES = (0.0, 1.0, 1.0, 5.0)

    def __init__(self, filename: str, seed=0) -> None:
        import dis
        import random

        self.filename = filename
        self.active = False
        self.abandoned: set = set()
        self._offsets: dict = {}
        self._choice = random.Random(f"interleave:{seed}").choice
        self._pace_choice = random.Random(f"pace:{seed}").choice
        self._paces: dict = {}
        names = set()
        for name in dis.opmap:
            shared_write = name.startswith(("STORE_", "DELETE_")) and not name.endswith("_FAST")
            between_read_and_write = name.startswith(("BINARY_", "INPLACE_")) or name in {
                "COMPARE_OP",
                "CONTAINS_OP",
                "IS_OP",
            }
            call = name in {"CALL", "CALL_FUNCTION", "CALL_METHOD", "CALL_FUNCTION_EX", "CALL_KW"}
            if shared_write or between_read_and_write or call:
                names.add(name)
        self._names = frozenset(names)
        self._dis = dis
        self.switches = 0
        self.steps = 0  # lines of user code run by traced threads (progress)

    def reseed(self, seed) -> None:
        import random

        self._choice = random.Random(f"interleave:{seed}").choice
        self._pace_choice = random.Random(f"pace:{seed}").choice
        self._paces = {}

    def _offsets_for(self, code):
        found = self._offsets.get(code)
        if found is None:
            found = frozenset(
                ins.offset for ins in self._dis.get_instructions(code) if ins.opname in self._names
            )
            self._offsets[code] = found
        return found

    def global_trace(self, frame, event, arg):
        if frame.f_code.co_filename != self.filename:
            return None
        if self.active:
            frame.f_trace_opcodes = True
        return self._local

    def _local(self, frame, event, arg):
        if self.abandoned and threading.get_ident() in self.abandoned:
            raise Abandoned()
        self.steps += 1
        if not self.active:
            return self._local
        if event == "line" or (
            event == "opcode" and frame.f_lasti in self._offsets_for(frame.f_code)
        ):
            self.switches += 1
            ident = threading.get_ident()
            pace = self._paces.get(ident)
            if pace is None:
                pace = self._paces[ident] = self._pace_choice(self.PACES)
            _real_sleep(self._choice(self.PAUSES) * pace)
        return self._local

    def __enter__(self):
        self.active = True
        threading.settrace(self.global_trace)
        sys.settrace(self.global_trace)
        return self

    def __exit__(self, *exc):
        self.active = False
        sys.settrace(None)
        threading.settrace(None)  # type: ignore[arg-type,unused-ignore]
        return False


class Deadlock(Exception):
    pass


def virtual_loop():
    """An asyncio loop whose clock jumps to the next timer instead of sleeping.

    Rate limits and timeouts are then exact and a judged run takes
    milliseconds; when every task waits and no timer is pending, that is a
    deadlock and is raised as one.
    """
    import asyncio
    import selectors

    class _Selector(selectors.DefaultSelector):
        loop = None

        def select(self, timeout=None):
            events = super().select(0)
            if events or timeout == 0:
                return events
            if timeout is None:
                raise Deadlock("every task is waiting and nothing is scheduled (deadlock)")
            self.loop._virtual_now += timeout
            return []

    class VirtualLoop(asyncio.SelectorEventLoop):
        def __init__(self):
            selector = _Selector()
            super().__init__(selector)
            selector.loop = self
            self._virtual_now = 0.0

        def time(self):
            return self._virtual_now

    return VirtualLoop()


class StressApi:
    """What a problem's custom driver (`run(case, api)`) may use in the child."""

    def __init__(
        self, ns: dict, interface: dict, filename: str, implicit: dict | None = None
    ) -> None:
        self.ns = ns
        self.implicit = implicit
        self.interface = interface
        self.filename = filename
        self.lines: list[str] | None = None
        self.errors: list = []
        self.stuck: list = []
        self.busy: list = []
        self.notes: list = []
        self._lock = _allocate_lock()
        self._spawned: set = set()
        self._baseline: set = set()
        self.seed = 0
        self.tracer: Interleaver | None = None
        self.case_deadline = float("inf")
        self.patch_clock = True

    # -- the solution
    def target(self):
        return resolve_target(self.ns, self.interface, self.implicit)

    def new(self, *args):
        return self.target()(*args)

    def function(self, name: str):
        found = self.ns.get(name)
        if not callable(found):
            raise InterfaceError(f"define {name}")
        return found

    # -- time
    @staticmethod
    def now() -> float:
        return _perf()

    @staticmethod
    def sleep(seconds: float) -> None:
        _real_sleep(seconds)

    def lock(self):
        return _allocate_lock()

    def barrier(self, parties: int, timeout: float):
        """A meeting point for `parties` threads: a callable returning False on timeout."""
        meeting = threading.Barrier(parties, timeout=timeout)

        def wait() -> bool:
            try:
                meeting.wait()
                return True
            except threading.BrokenBarrierError:
                return False

        return wait

    def rng(self, seed):
        import random

        return random.Random(seed)

    # -- threads
    def _tracer(self) -> Interleaver:
        tracer = self.tracer
        if tracer is None:
            tracer = self.tracer = Interleaver(self.filename, self.seed)
        return tracer

    def interleave(self, seed=None) -> Interleaver:
        tracer = self._tracer()
        tracer.reseed(self.seed if seed is None else seed)
        return tracer

    def spawn(self, fn, *args, name: str | None = None):
        api = self

        tracer = self._tracer()

        def body():
            sys.settrace(tracer.global_trace)
            try:
                fn(*args)
            except Abandoned:
                pass
            except BaseException as exc:  # noqa: BLE001
                with api._lock:
                    record = describe_error(exc, api.filename, api.lines)
                    record["thread"] = threading.current_thread().name
                    api.errors.append(record)

        thread = _Thread(target=body, name=name or f"worker-{len(self._spawned) + 1}", daemon=True)
        self._spawned.add(thread)
        thread.start()
        return thread

    def wait(self, threads, timeout: float) -> list:
        """Like join, for threads that may legitimately still be blocked: nothing is recorded."""
        return self.join(threads, timeout, record=False)

    def join(self, threads, timeout: float, record: bool = True) -> list:
        """Wait for threads; the ones still alive at the end are 'stuck'.

        Returns early when a worker crashed (the others may wait forever for
        it) or when interleaved threads stop making progress: no traced line
        of the user's code ran for STALL seconds while threads are still alive.
        """
        deadline = min(_perf() + timeout, self.case_deadline)
        last_switches, last_change = -1, _perf()
        first_error_at = None
        while True:
            alive = [t for t in threads if t.is_alive()]
            now = _perf()
            if not alive or now >= deadline:
                break
            alive[0].join(0.02)
            if self.errors and first_error_at is None:
                first_error_at = now
            if first_error_at is not None and now - first_error_at > 0.3:
                break
            tracer = self.tracer
            if tracer is not None:
                if tracer.steps != last_switches:
                    last_switches, last_change = tracer.steps, now
                elif now - last_change > self.STALL:
                    break
        stuck = [t for t in threads if t.is_alive()]
        if stuck and not self.errors and record:
            frames = _current_frames()
            for thread in stuck:
                self.stuck.append(
                    {"thread": thread.name, "stack": self._user_stack(frames.get(thread.ident))}
                )
        return [t.name for t in stuck]

    def _user_stack(self, frame) -> list:
        out = []
        while frame is not None:
            if frame.f_code.co_filename == self.filename:
                lineno = frame.f_lineno
                text = (
                    self.lines[lineno - 1].strip()
                    if self.lines and 0 < lineno <= len(self.lines)
                    else ""
                )
                out.append({"line": lineno, "function": frame.f_code.co_name, "text": text})
            frame = frame.f_back
        return list(reversed(out))[-6:]

    def snapshot(self) -> set:
        """Idents of the threads alive now (pass to new_threads later)."""
        return {t.ident for t in threading.enumerate()}

    def new_threads(self, before: set) -> list:
        """Names of live threads started since `before` by the solution (not by the driver)."""
        return [
            t.name
            for t in threading.enumerate()
            if t.ident not in before and t not in self._spawned and t.is_alive()
        ]

    SPIN_LINES_PER_SECOND = 10_000

    def cpu_fraction(self, seconds: float) -> float:
        """How busy the process is while the main thread sleeps and workers should block.

        Two measures, and the larger counts: the share of one CPU the process
        burnt, and whether the driver's worker threads kept executing lines of
        the user's code (a spin loop runs thousands per second even when other
        load on the machine leaves it little CPU; a blocked thread runs none).
        Returned as a fraction; line-spinning counts as 1.0.
        """
        tracer = self._tracer()
        steps0 = tracer.steps
        cpu0, wall0 = _process_time(), _perf()
        _real_sleep(seconds)
        cpu, wall = _process_time() - cpu0, _perf() - wall0
        fraction = cpu / wall if wall > 0 else 0.0
        lines = tracer.steps - steps0
        if wall > 0 and lines / wall > self.SPIN_LINES_PER_SECOND:
            fraction = max(fraction, 1.0)
        self.busy.append(round(fraction, 3))
        return fraction

    def note(self, text: str) -> None:
        self.notes.append(str(text)[:300])

    def run_async(self, make_coro, timeout: float = 3600.0):
        """Run a coroutine on a virtual-clock loop.

        In the child, time.monotonic/time.time/time.perf_counter follow the
        virtual clock during the run (so code that reads them still works);
        the parent, which has real threads that need real time, never patches.
        """
        import asyncio

        loop = virtual_loop()
        saved = (time.monotonic, time.time, time.perf_counter)
        if self.patch_clock:
            clock = loop.time

            def offset_clock():
                return 1_000_000.0 + clock()

            time.monotonic = offset_clock
            time.time = offset_clock
            time.perf_counter = offset_clock
        try:
            asyncio.set_event_loop(loop)

            async def guarded():
                return await asyncio.wait_for(make_coro(), timeout)

            return loop.run_until_complete(guarded())
        finally:
            if self.patch_clock:
                time.monotonic, time.time, time.perf_counter = saved
            try:
                for task in asyncio.all_tasks(loop):
                    task.cancel()
                asyncio.set_event_loop(None)
                loop.close()
            except BaseException:  # noqa: BLE001
                pass

    # -- bookkeeping across one case
    STALL = 1.0

    def begin(self, seed=0, seconds: float | None = None) -> None:
        self.seed = seed
        # Leave time before the case's alarm to collect the stacks of stuck threads.
        self.case_deadline = _perf() + max(0.2, seconds - 0.5) if seconds else float("inf")
        self.errors, self.stuck, self.busy, self.notes = [], [], [], []
        self._baseline = {t.ident for t in threading.enumerate()}

    def diagnostics(self) -> dict:
        if self.tracer is not None:
            self.tracer.active = False
            self.tracer.abandoned.update(t.ident for t in self._spawned if t.is_alive())
        leaked = [
            t.name
            for t in threading.enumerate()
            if t.ident not in self._baseline
            and t not in self._spawned
            and t.is_alive()
            and not t.daemon
        ]
        self._spawned = {t for t in self._spawned if t.is_alive()}
        return {
            "errors": self.errors[:5],
            "stuck": self.stuck[:8],
            "busy": self.busy,
            "leaked": leaked[:10],
            "notes": self.notes[:5],
        }


# --------------------------------------------------------------------------
# Confinement (child only)
# --------------------------------------------------------------------------

_SYSCALLS = {
    # name: (x86_64, aarch64)
    "fork": (57, None),
    "vfork": (58, None),
    "clone": (56, 220),
    "clone3": (435, 435),
    "execve": (59, 221),
    "execveat": (322, 281),
    "kill": (62, 129),
    "tkill": (200, 130),
    "tgkill": (234, 131),
    "ptrace": (101, 117),
    "process_vm_readv": (310, 270),
    "process_vm_writev": (311, 271),
    "socket": (41, 198),
    "unshare": (272, 97),
    "setns": (308, 268),
    "mount": (165, 40),
    "umount2": (166, 39),
    "pivot_root": (155, 41),
    "chroot": (161, 51),
    "io_uring_setup": (425, 425),
    "io_uring_enter": (426, 426),
    "io_uring_register": (427, 427),
    "bpf": (321, 280),
    "perf_event_open": (298, 241),
    "userfaultfd": (323, 282),
    "keyctl": (250, 219),
    "add_key": (248, 217),
    "request_key": (249, 218),
    "pidfd_open": (434, 434),
    "pidfd_getfd": (438, 438),
    "pidfd_send_signal": (424, 424),
    "init_module": (175, 105),
    "finit_module": (313, 273),
    "delete_module": (176, 106),
    "reboot": (169, 142),
    "kexec_load": (246, 104),
    "swapon": (167, 224),
    "swapoff": (168, 225),
    "open_tree": (428, 428),
    "move_mount": (429, 429),
    "fsopen": (430, 430),
    "fsconfig": (431, 431),
    "fsmount": (432, 432),
    "fspick": (433, 433),
    "mount_setattr": (442, 442),
    "kcmp": (312, 272),
}
_ALWAYS_DENIED = tuple(
    name for name in _SYSCALLS if name not in {"clone", "clone3", "kill", "tgkill"}
)


def seccomp_program(machine: str, own_pid: int) -> bytes | None:
    """A classic-BPF seccomp filter; None on an architecture we have no table for."""
    import struct

    if machine in ("x86_64", "amd64"):
        column, arch = 0, 0xC000003E
    elif machine in ("aarch64", "arm64"):
        column, arch = 1, 0xC00000B7
    else:
        return None
    ld_abs, jeq, jset, jge, ret = 0x20, 0x15, 0x45, 0x35, 0x06
    allow, kill_process = 0x7FFF0000, 0x80000000
    eperm, enosys = 0x00050000 | 1, 0x00050000 | 38
    clone_thread = 0x00010000

    def nr(name):
        return _SYSCALLS[name][column]

    # (code, jt_label, jf_label, k); labels resolve to relative jumps.
    prog: list = []
    labels: dict = {}

    def emit(code, k, jt=None, jf=None):
        prog.append([code, jt, jf, k])

    emit(ld_abs, 4)  # arch
    emit(jeq, arch, jt="next", jf="kill")
    emit(ld_abs, 0)  # syscall number
    if column == 0:
        emit(jge, 0x40000000, jt="deny", jf="next")  # x32 ABI
    for name in _ALWAYS_DENIED:
        number = nr(name)
        if number is not None:
            emit(jeq, number, jt="deny", jf="next")
    emit(jeq, nr("clone"), jt="clone", jf="next")
    emit(jeq, nr("clone3"), jt="enosys", jf="next")
    emit(jeq, nr("kill"), jt="self", jf="next")
    emit(jeq, nr("tgkill"), jt="self", jf="next")
    emit(ret, allow)
    # BPF jumps only forward, so the argument checks sit before the returns.
    labels["clone"] = len(prog)
    emit(ld_abs, 16)  # low 32 bits of the first argument (flags)
    emit(jset, clone_thread, jt="allow", jf="deny")
    labels["self"] = len(prog)
    emit(ld_abs, 16)  # low 32 bits of the first argument (pid / tgid)
    emit(jeq, own_pid, jt="allow", jf="deny")
    labels["allow"] = len(prog)
    emit(ret, allow)
    labels["deny"] = len(prog)
    emit(ret, eperm)
    labels["enosys"] = len(prog)
    emit(ret, enosys)
    labels["kill"] = len(prog)
    emit(ret, kill_process)

    out = b""
    for index, (code, jt, jf, k) in enumerate(prog):

        def rel(label, here=index):
            if label is None:
                return 0
            target = here + 1 if label == "next" else labels[label]
            offset = target - here - 1
            if not 0 <= offset <= 255:
                raise ValueError("seccomp jump out of range")
            return offset

        out += struct.pack("<HBBI", code, rel(jt), rel(jf), k & 0xFFFFFFFF)
    return out


def _confine(limits: dict, report: dict) -> None:
    """Apply OS-level limits to this process before any user code exists."""
    import resource

    def setlimit(which, soft, hard=None):
        hard = soft if hard is None else hard
        try:
            _, current_hard = resource.getrlimit(which)
            if current_hard != resource.RLIM_INFINITY:
                soft, hard = min(soft, current_hard), min(hard, current_hard)
            resource.setrlimit(which, (soft, hard))
            return True
        except (ValueError, OSError):
            return False

    memory = int(limits["memory_mb"]) << 20
    report["rlimits"] = {
        "cpu": setlimit(
            resource.RLIMIT_CPU, int(limits["cpu_seconds"]), int(limits["cpu_seconds"]) + 1
        ),
        "data": setlimit(resource.RLIMIT_DATA, memory),
        "as": setlimit(resource.RLIMIT_AS, max(memory * 8, 2 << 30)),
        "fsize": setlimit(resource.RLIMIT_FSIZE, int(limits["file_mb"]) << 20),
        "nofile": setlimit(resource.RLIMIT_NOFILE, 256),
        "core": setlimit(resource.RLIMIT_CORE, 0),
    }
    with contextlib.suppress(OSError, ValueError):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an oversized write fails with EFBIG instead
    threading.stack_size(THREAD_STACK_BYTES)  # threads fit under the data limit

    libc = None
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
        except (ImportError, OSError):
            libc = None
    report["userns"] = report["netns"] = False
    if libc is not None:
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        pr_set_timerslack = 29
        libc.prctl(pr_set_timerslack, 1000, 0, 0, 0)  # short sleeps really short (interleaving)
        if limits.get("unshare", True):
            uid, gid = os.getuid(), os.getgid()
            clone_newuser, clone_newnet = 0x10000000, 0x40000000
            if libc.unshare(clone_newuser) == 0:
                try:
                    with open("/proc/self/setgroups", "w") as handle:
                        handle.write("deny")
                    with open("/proc/self/uid_map", "w") as handle:
                        handle.write(f"{uid} {uid} 1")
                    with open("/proc/self/gid_map", "w") as handle:
                        handle.write(f"{gid} {gid} 1")
                    report["userns"] = True
                except OSError:
                    pass
            if libc.unshare(clone_newnet) == 0:
                report["netns"] = True
    # Processes: RLIMIT_NPROC counts tasks (threads too) per user, per user
    # namespace; the kernel ignores it for root, so the seccomp filter is what
    # really forbids new processes. Threads are also bounded by the data limit.
    nproc = int(limits["processes"])
    if limits.get("add_user_tasks") and not report["userns"]:
        nproc += _count_user_tasks(os.getuid())
    applied = setlimit(resource.RLIMIT_NPROC, nproc)
    report["rlimits"]["nproc"] = bool(applied and not limits.get("root"))
    report["seccomp"] = False
    if libc is not None and limits.get("seccomp", True):
        import ctypes
        import platform

        program = seccomp_program(platform.machine(), os.getpid())
        if program is not None:

            class SockFprog(ctypes.Structure):
                _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

            buffer = ctypes.create_string_buffer(program, len(program))
            fprog = SockFprog(len(program) // 8, ctypes.addressof(buffer))
            pr_set_no_new_privs, pr_set_seccomp, seccomp_mode_filter = 38, 22, 2
            if libc.prctl(pr_set_no_new_privs, 1, 0, 0, 0) == 0:
                ok = libc.prctl(pr_set_seccomp, seccomp_mode_filter, ctypes.byref(fprog), 0, 0)
                report["seccomp"] = ok == 0
    # ctypes is done with; a user import has to load it again, which the guard refuses.
    for name in [m for m in sys.modules if m == "ctypes" or m.startswith(("ctypes.", "_ctypes"))]:
        del sys.modules[name]


def _count_user_tasks(uid: int) -> int:
    total = 0
    try:
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/status") as handle:
                    owner = threads = None
                    for line in handle:
                        if line.startswith("Uid:"):
                            owner = int(line.split()[1])
                        elif line.startswith("Threads:"):
                            threads = int(line.split()[1])
                if owner == uid and threads:
                    total += threads
            except (OSError, ValueError, IndexError):
                continue
    except OSError:
        return 0
    return total


_DENIED_EVENTS = frozenset(
    {
        "os.fork",
        "os.forkpty",
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "subprocess.Popen",
        "pty.spawn",
        "os.killpg",
        "os.symlink",
        "os.link",
        "os.chdir",
        "os.chroot",
        "os.putenv",
        "os.unsetenv",
        "os.startfile",
        "socket.connect",
        "socket.bind",
        "socket.sendto",
        "socket.sendmsg",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
        "mmap.__new__",
        "ctypes.dlopen",
        "ctypes.dlsym",
        "ctypes.dlsym/handle",
        "ctypes.call_function",
        "ctypes.cdata",
        "ctypes.cdata/buffer",
        "ctypes.string_at",
        "ctypes.wstring_at",
        "ctypes.addressof",
        "ctypes.create_string_buffer",
        "ctypes.set_errno",
        "sys.addaudithook",
        "sys.setprofile",
        "sys.remote_exec",
        "shutil.rmtree",
        "os.setxattr",
        "os.removexattr",
        "fcntl.ioctl",
        "winreg.OpenKey",
        "webbrowser.open",
        "urllib.Request",
        "http.client.connect",
        "ftplib.connect",
        "smtplib.connect",
        "telnetlib.Telnet.open",
        "poplib.connect",
        "imaplib.open",
        "nntplib.connect",
    }
)
_DENIED_IMPORTS = frozenset(
    {"ctypes", "_ctypes", "multiprocessing", "_multiprocessing", "_posixshmem", "pty", "resource"}
)


def _install_guard(read_roots: tuple, scratch: str) -> None:
    """An audit hook: the in-process layer, on top of the OS-level limits.

    It cannot be removed once added. Everything it uses is bound as a default
    argument now, so patching a module or a builtin later does not change it,
    and rewriting the code or defaults of the judge's own functions is refused.
    """

    def normalise(
        path,
        _str=str,
        _bytes=bytes,
        _isinstance=isinstance,
        _join=str.join,
        _split=str.split,
        _startswith=str.startswith,
        _decode=bytes.decode,
        _scratch=scratch,
    ):
        if _isinstance(path, _bytes):
            path = _decode(_bytes(path), "utf-8", "surrogateescape")
        elif _isinstance(path, _str):
            path = _str.__str__(path)
        else:
            return None
        if not _startswith(path, "/"):
            path = _scratch + "/" + path
        parts: list = []
        for part in _split(path, "/"):
            if part in ("", "."):
                continue
            if part == "..":
                if parts:
                    parts.pop()
                continue
            parts.append(part)
        return "/" + _join("/", parts)

    def inside(path, roots, _startswith=str.startswith):
        # A loop, not any(): the guard must not look up builtins a user could replace.
        for root in roots:  # noqa: SIM110
            if path == root or _startswith(path, root + "/"):
                return True
        return False

    def hook(
        event,
        args,
        _denied=_DENIED_EVENTS,
        _denied_imports=_DENIED_IMPORTS,
        _normalise=normalise,
        _inside=inside,
        _int=int,
        _bool=bool,
        _str=str,
        _len=len,
        _isinstance=isinstance,
        _type=type,
        _function=types.FunctionType,
        _perm=PermissionError,
        _imperr=ImportError,
        _read=read_roots,
        _rw=(scratch,),
        _special=("/dev/null", "/dev/urandom", "/dev/random", "/dev/zero"),
        _frozen_attrs=("__code__", "__defaults__", "__kwdefaults__", "__closure__"),
        _own_file=_install_guard.__code__.co_filename,
        _written=set(),  # noqa: B006 - deliberately shared: distinct files opened for writing
        _max_written=16,
        _own=os.getpid(),
    ):
        if event in _denied:
            raise _perm(f"not allowed in the judge sandbox: {event}")
        if event == "open":
            target = args[0]
            if _isinstance(target, _int) and not _isinstance(target, _bool):
                return
            path = _normalise(target)
            if path is None:
                raise _perm("not allowed in the judge sandbox: open() needs a str or bytes path")
            mode = args[1] if _len(args) > 1 else "r"
            flags = args[2] if _len(args) > 2 else 0
            writing = False
            if _isinstance(mode, _str):
                for char in "wax+":
                    if char in mode:
                        writing = True
            if _isinstance(flags, _int) and (flags & 0o3 or flags & 0o100 or flags & 0o1000):
                writing = True
            if _inside(path, _rw):
                if writing and path not in _written:
                    if _len(_written) >= _max_written:
                        raise _perm("not allowed in the judge sandbox: more than 16 files written")
                    _written.add(path)
                return
            if not writing and (path in _special or _inside(path, _read)):
                return
            raise _perm(f"not allowed in the judge sandbox: opening {path}")
        elif event in ("os.listdir", "os.scandir", "glob.glob", "os.walk"):
            target = args[0] if args else "."
            if target is None:
                target = "."
            if _isinstance(target, _int):
                return
            path = _normalise(target)
            if path is None or not (_inside(path, _rw) or _inside(path, _read)):
                raise _perm(f"not allowed in the judge sandbox: listing {path}")
        elif event in (
            "os.remove",
            "os.rename",
            "os.mkdir",
            "os.rmdir",
            "os.truncate",
            "os.chmod",
            "os.chown",
            "os.utime",
        ):
            for target in args[:2]:
                if _isinstance(target, _int):
                    continue
                path = _normalise(target)
                if path is None or not _inside(path, _rw):
                    raise _perm(
                        f"not allowed in the judge sandbox: {event} outside the scratch directory"
                    )
        elif event == "os.kill":
            if not args or args[0] != _own:
                raise _perm("not allowed in the judge sandbox: signalling another process")
        elif event == "import" and args and args[0] in _denied_imports:
            raise _imperr(f"not allowed in the judge sandbox: import {args[0]}")
        elif event == "object.__setattr__" and (
            args
            and _type(args[0]) is _function
            and _len(args) > 1
            and args[1] in _frozen_attrs
            and args[0].__code__.co_filename == _own_file
        ):
            raise _perm("not allowed in the judge sandbox: rewriting a function's code")

    sys.addaudithook(hook)


# --------------------------------------------------------------------------
# The child's main loop
# --------------------------------------------------------------------------


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


def _digest(value) -> str:
    import hashlib

    return hashlib.sha256(encode(value, sort_keys=True).encode("ascii")).hexdigest()


def main() -> None:
    channel = _Channel(int(sys.argv[1]))
    try:
        plan, control = _read_plan()
    except BaseException as exc:  # noqa: BLE001
        channel.send({"t": "fatal", "message": f"could not read the plan: {exc}"}, flush=True)
        _os_exit(3)
    limits = plan["limits"]
    report: dict = {}
    _confine(limits, report)
    import hashlib  # noqa: F401 - before the guard, for _digest
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
        _install_guard(read_roots, scratch)
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
        custom_run = _load_driver(plan["custom_driver"], "<judge:driver>", base_ns)
    if plan.get("stress_driver"):
        stress_run = _load_driver(plan["stress_driver"], "<judge:stress>", base_ns)

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


def _load_driver(source: str, filename: str, base_ns: dict):
    ns = dict(base_ns)
    ns["__name__"] = "judge_driver"
    exec(compile(source, filename, "exec"), ns)
    return ns["run"]


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
        message["digest"] = _digest(value)
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


if __name__ == "__main__":
    main()
