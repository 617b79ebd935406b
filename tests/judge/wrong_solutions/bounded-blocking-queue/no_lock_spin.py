# expect: runtime_error|wrong_answer
# No lock and spinning: two consumers can both see one item and both pop.
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        self.items = deque()
        self.capacity = capacity

    def enqueue(self, element: int) -> None:
        while len(self.items) >= self.capacity:
            pass
        self.items.append(element)

    def dequeue(self) -> int:
        while not self.items:
            pass
        return self.items.popleft()

    def size(self) -> int:
        return len(self.items)
