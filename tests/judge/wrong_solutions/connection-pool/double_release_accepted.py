# expect: wrong_answer
# Missed check: release() does not verify the connection is checked out, so a double release
# puts it in the idle list twice and two callers later get the same connection.
import threading
import time


class ConnectionPool:
    def __init__(self, max_size, create):
        self.max_size = max_size
        self.create = create
        self.idle = []
        self.opened = 0
        self.busy = 0
        self.cond = threading.Condition()

    def acquire(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        with self.cond:
            while not self.idle and self.opened >= self.max_size:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return None
                self.cond.wait(remaining)
            if self.idle:
                conn = self.idle.pop()
            else:
                conn = self.create()
                self.opened += 1
            self.busy += 1
            return conn

    def release(self, conn):
        with self.cond:
            self.busy -= 1
            self.idle.append(conn)
            self.cond.notify()

    def in_use(self):
        with self.cond:
            return self.busy
