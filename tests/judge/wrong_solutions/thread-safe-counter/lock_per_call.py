# expect: wrong_answer
# A new Lock object on every call: each thread locks its own lock, so nothing is excluded.
import threading


class ThreadSafeCounter:
    def __init__(self, initial: int = 0):
        self.value = initial

    def increment(self) -> int:
        with threading.Lock():
            self.value += 1
            return self.value

    def decrement(self) -> int:
        with threading.Lock():
            self.value -= 1
            return self.value

    def add(self, delta: int) -> int:
        with threading.Lock():
            self.value += delta
            return self.value

    def get(self) -> int:
        return self.value

    def compare_and_set(self, expected: int, new: int) -> bool:
        with threading.Lock():
            if self.value == expected:
                self.value = new
                return True
            return False
