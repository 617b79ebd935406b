# expect: wrong_answer
# Off by one: Rear() reads the tail index, which points at the next free slot, not the last value.
class MyCircularQueue:
    def __init__(self, k: int):
        self.slots = [0] * k
        self.k = k
        self.head = 0
        self.tail = 0
        self.count = 0

    def enQueue(self, value: int) -> bool:
        if self.count == self.k:
            return False
        self.slots[self.tail] = value
        self.tail = (self.tail + 1) % self.k
        self.count += 1
        return True

    def deQueue(self) -> bool:
        if self.count == 0:
            return False
        self.head = (self.head + 1) % self.k
        self.count -= 1
        return True

    def Front(self) -> int:
        return -1 if self.count == 0 else self.slots[self.head]

    def Rear(self) -> int:
        return -1 if self.count == 0 else self.slots[self.tail]

    def isEmpty(self) -> bool:
        return self.count == 0

    def isFull(self) -> bool:
        return self.count == self.k
