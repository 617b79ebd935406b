# expect: deadlock
# Missed update: dequeue never wakes producers waiting for room.
import threading
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        self.items = deque()
        self.capacity = capacity
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)

    def enqueue(self, element: int) -> None:
        with self.not_full:
            while len(self.items) >= self.capacity:
                self.not_full.wait()
            self.items.append(element)
            self.not_empty.notify()

    def dequeue(self) -> int:
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            return self.items.popleft()

    def size(self) -> int:
        with self.lock:
            return len(self.items)
