# expect: too_slow
# Keeps the front at index 0 by shifting every value one slot left on each deQueue.
class MyCircularQueue:
    def __init__(self, k: int):
        self.slots = [0] * k
        self.k = k
        self.count = 0

    def enQueue(self, value: int) -> bool:
        if self.count == self.k:
            return False
        self.slots[self.count] = value
        self.count += 1
        return True

    def deQueue(self) -> bool:
        if self.count == 0:
            return False
        for i in range(1, self.count):
            self.slots[i - 1] = self.slots[i]
        self.count -= 1
        return True

    def Front(self) -> int:
        return self.slots[0] if self.count else -1

    def Rear(self) -> int:
        return self.slots[self.count - 1] if self.count else -1

    def isEmpty(self) -> bool:
        return self.count == 0

    def isFull(self) -> bool:
        return self.count == self.k
