# expect: wrong_answer
# Missing lock: `+=` on an attribute is a read, an add and a write; threads interleave in between.
class ThreadSafeCounter:
    def __init__(self, initial: int = 0):
        self.value = initial

    def increment(self) -> int:
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
        if self.value == expected:
            self.value = new
            return True
        return False
