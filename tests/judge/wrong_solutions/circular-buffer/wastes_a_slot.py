# expect: wrong_answer
# Head and tail only, "full" when the tail is one behind the head: holds k - 1 values, not k.
class MyCircularQueue:
    def __init__(self, k: int):
        self.slots = [0] * k
        self.k = k
        self.head = 0
        self.tail = 0

    def enQueue(self, value: int) -> bool:
        if self.isFull():
            return False
        self.slots[self.tail] = value
        self.tail = (self.tail + 1) % self.k
        return True

    def deQueue(self) -> bool:
        if self.isEmpty():
            return False
        self.head = (self.head + 1) % self.k
        return True

    def Front(self) -> int:
        return -1 if self.isEmpty() else self.slots[self.head]

    def Rear(self) -> int:
        return -1 if self.isEmpty() else self.slots[(self.tail - 1) % self.k]

    def isEmpty(self) -> bool:
        return self.head == self.tail

    def isFull(self) -> bool:
        return (self.tail + 1) % self.k == self.head
