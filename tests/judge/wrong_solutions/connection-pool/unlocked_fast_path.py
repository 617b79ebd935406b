# expect: wrong_answer
# Check-then-act race: an "optimistic" fast path checks for a free slot without the lock, so
# threads arriving together all see room and all open a connection, exceeding max_size.
import threading
import time


class ConnectionPool:
    def __init__(self, max_size, create):
        self.max_size = max_size
        self.create = create
        self.idle = []
        self.out = {}
        self.opened = 0
        self.cond = threading.Condition()

    def acquire(self, timeout=None):
        if not self.idle and self.opened < self.max_size:
            conn = self.create()
            self.opened += 1
            with self.cond:
                self.out[id(conn)] = conn
            return conn
        deadline = None if timeout is None else time.monotonic() + timeout
        with self.cond:
            while not self.idle:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return None
                self.cond.wait(remaining)
            conn = self.idle.pop()
            self.out[id(conn)] = conn
            return conn

    def release(self, conn):
        with self.cond:
            if self.out.get(id(conn)) is not conn:
                raise ValueError("not checked out")
            del self.out[id(conn)]
            self.idle.append(conn)
            self.cond.notify()

    def in_use(self):
        with self.cond:
            return len(self.out)
