# expect: wrong_answer|deadlock|runtime_error
# The reader count is changed outside the lock, so concurrent readers lose updates.
import threading


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.cond = threading.Condition()
        self.writing = False
        self.waiting = 0

    def acquire_read(self):
        with self.cond:
            while self.writing or self.waiting:
                self.cond.wait()
        self.readers += 1

    def release_read(self):
        self.readers -= 1
        with self.cond:
            if self.readers == 0:
                self.cond.notify_all()

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
