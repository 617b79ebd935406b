# expect: busy_wait
# Correct but polls: a blocked thread loops on the lock and burns a CPU instead of sleeping.
import threading
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        self.items = deque()
        self.capacity = capacity
        self.lock = threading.Lock()

    def enqueue(self, element: int) -> None:
        while True:
            with self.lock:
                if len(self.items) < self.capacity:
                    self.items.append(element)
                    return

    def dequeue(self) -> int:
        while True:
            with self.lock:
                if self.items:
                    return self.items.popleft()

    def size(self) -> int:
        with self.lock:
            return len(self.items)
