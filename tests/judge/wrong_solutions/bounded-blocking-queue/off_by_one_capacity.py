# expect: wrong_answer
# Off by one: waits only while the length is greater than capacity, so capacity + 1 items fit.
import threading
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        self.items = deque()
        self.capacity = capacity
        self.cond = threading.Condition()

    def enqueue(self, element: int) -> None:
        with self.cond:
            while len(self.items) > self.capacity:
                self.cond.wait()
            self.items.append(element)
            self.cond.notify_all()

    def dequeue(self) -> int:
        with self.cond:
            while not self.items:
                self.cond.wait()
            element = self.items.popleft()
            self.cond.notify_all()
            return element

    def size(self) -> int:
        with self.cond:
            return len(self.items)
