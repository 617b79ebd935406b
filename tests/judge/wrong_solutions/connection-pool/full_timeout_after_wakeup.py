# expect: wrong_answer
# Waits in a correct while loop, but passes the full timeout to every wait(): each wake-up that
# finds no free connection starts the timeout again, so acquire can wait far longer than asked.
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
            while not self.idle and self.opened >= self.max_size:
                if not self.cond.wait(timeout):
                    return None
            if self.idle:
                conn = self.idle.pop()
            else:
                conn = self.create()
                self.opened += 1
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
