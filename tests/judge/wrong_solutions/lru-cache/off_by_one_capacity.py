# expect: wrong_answer
# Off by one: evicts when the size reaches capacity after inserting, so it holds capacity - 1 keys.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: int, value: int) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) >= self.capacity and len(self.data) > 1:
            self.data.popitem(last=False)
