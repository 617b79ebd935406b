# expect: wrong_answer|runtime_error
# Waits with `if` instead of `while`: a waiter woken by a release that another thread wins, or
# whose wait ends, does not re-check and hands out nothing (or pops an empty list).
import threading


class ConnectionPool:
    def __init__(self, max_size, create):
        self.max_size = max_size
        self.create = create
        self.idle = []
        self.out = {}
        self.opened = 0
        self.cond = threading.Condition()

    def acquire(self, timeout=None):
        with self.cond:
            if not self.idle and self.opened >= self.max_size:
                self.cond.wait(timeout)
            if self.idle:
                conn = self.idle.pop()
            elif self.opened < self.max_size:
                conn = self.create()
                self.opened += 1
            else:
                return None
            self.out[id(conn)] = conn
            return conn

    def release(self, conn):
        with self.cond:
            if self.out.get(id(conn)) is not conn:
                raise ValueError("not checked out")
            del self.out[id(conn)]
            self.idle.append(conn)
            self.cond.notify_all()

    def in_use(self):
        with self.cond:
            return len(self.out)
