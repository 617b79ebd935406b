"""Concurrency tools: forced interleaving, thread bookkeeping, virtual time.

``StressApi`` is what a problem's custom driver (``run(case, api)``) gets, in
the child and, for the reference, in the parent.
"""

from __future__ import annotations

import sys
import threading
import time

from .drivers import resolve_target
from .errors import InterfaceError, describe_error
from .trusted import _allocate_lock, _current_frames, _perf, _process_time, _real_sleep, _Thread


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
