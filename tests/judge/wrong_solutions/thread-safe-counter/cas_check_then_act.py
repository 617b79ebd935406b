# expect: wrong_answer
# compare_and_set checks under one acquisition and writes under another: two threads can both win.
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
        with self.lock:
            return self.value

    def compare_and_set(self, expected: int, new: int) -> bool:
        if self.get() != expected:
            return False
        with self.lock:
            self.value = new
        return True
