# expect: deadlock
# Missed update: the last reader leaves without waking the waiting writer.
import threading


class ReadWriteLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False
        self.waiting = 0

    def acquire_read(self):
        with self.cond:
            while self.writing or self.waiting:
                self.cond.wait()
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1

    def acquire_write(self):
        with self.cond:
            self.waiting += 1
            while self.writing or self.readers:
                self.cond.wait()
            self.waiting -= 1
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()
