# expect: wrong_answer
# Missed spot: increment is locked but decrement and add are not.
import threading


class ThreadSafeCounter:
    def __init__(self, initial: int = 0):
        self.value = initial
        self.lock = threading.Lock()

    def increment(self) -> int:
        with self.lock:
            self.value += 1
            return self.value

    def decrement(self) -> int:
        self.value -= 1
        return self.value

    def add(self, delta: int) -> int:
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
