# expect: wrong_answer
# The update is locked, but the returned value is read after releasing the lock.
import threading


class ThreadSafeCounter:
    def __init__(self, initial: int = 0):
        self.value = initial
        self.lock = threading.Lock()

    def increment(self) -> int:
        return self.add(1)

    def decrement(self) -> int:
        return self.add(-1)

    def add(self, delta: int) -> int:
        with self.lock:
            self.value += delta
        return self.value

    def get(self) -> int:
        return self.value

    def compare_and_set(self, expected: int, new: int) -> bool:
        with self.lock:
            if self.value != expected:
                return False
            self.value = new
            return True
