# expect: wrong_answer
# Treats every timeout as 0: when the pool is exhausted it returns None at once instead of
# waiting for a release.
import threading


class ConnectionPool:
    def __init__(self, max_size, create):
        self.max_size = max_size
        self.create = create
        self.idle = []
        self.out = {}
        self.opened = 0
        self.lock = threading.Lock()

    def acquire(self, timeout=None):
        with self.lock:
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
        with self.lock:
            if self.out.get(id(conn)) is not conn:
                raise ValueError("not checked out")
            del self.out[id(conn)]
            self.idle.append(conn)

    def in_use(self):
        with self.lock:
            return len(self.out)
