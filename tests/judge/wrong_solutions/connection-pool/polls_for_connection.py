# expect: busy_wait
# Honours timeouts, but waits by re-taking the lock in a loop until a connection shows up,
# burning a CPU while every connection is checked out.
import threading
import time


class ConnectionPool:
    def __init__(self, max_size, create):
        self.max_size = max_size
        self.create = create
        self.idle = []
        self.out = {}
        self.opened = 0
        self.lock = threading.Lock()

    def acquire(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self.lock:
                if self.idle:
                    conn = self.idle.pop()
                    self.out[id(conn)] = conn
                    return conn
                if self.opened < self.max_size:
                    conn = self.create()
                    self.opened += 1
                    self.out[id(conn)] = conn
                    return conn
            if deadline is not None and time.monotonic() >= deadline:
                return None

    def release(self, conn):
        with self.lock:
            if self.out.get(id(conn)) is not conn:
                raise ValueError("not checked out")
            del self.out[id(conn)]
            self.idle.append(conn)

    def in_use(self):
        with self.lock:
            return len(self.out)
