# expect: wrong_answer
# Wrong edge handling: deQueue() on an empty queue still moves the head and returns True.
class MyCircularQueue:
    def __init__(self, k: int):
        self.slots = [0] * k
        self.k = k
        self.head = 0
        self.count = 0

    def enQueue(self, value: int) -> bool:
        if self.count >= self.k:
            return False
        self.slots[(self.head + self.count) % self.k] = value
        self.count += 1
        return True

    def deQueue(self) -> bool:
        self.head = (self.head + 1) % self.k
        self.count = max(0, self.count - 1)
        return True

    def Front(self) -> int:
        return -1 if self.count == 0 else self.slots[self.head]

    def Rear(self) -> int:
        return -1 if self.count == 0 else self.slots[(self.head + self.count - 1) % self.k]

    def isEmpty(self) -> bool:
        return self.count == 0

    def isFull(self) -> bool:
        return self.count == self.k
