# expect: busy_wait
# Writers poll the state in a loop instead of waiting on a condition.
import threading


class ReadWriteLock:
    def __init__(self):
        self.lock = threading.Lock()
        self.readers = 0
        self.writing = False
        self.waiting = 0

    def acquire_read(self):
        while True:
            with self.lock:
                if not self.writing and not self.waiting:
                    self.readers += 1
                    return

    def release_read(self):
        with self.lock:
            self.readers -= 1

    def acquire_write(self):
        with self.lock:
            self.waiting += 1
        while True:
            with self.lock:
                if not self.writing and not self.readers:
                    self.waiting -= 1
                    self.writing = True
                    return

    def release_write(self):
        with self.lock:
            self.writing = False
