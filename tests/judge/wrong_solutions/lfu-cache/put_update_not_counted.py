# expect: wrong_answer
# Missed update: put() on an existing key changes the value but not the use count or recency.
from collections import OrderedDict, defaultdict


class LFUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = {}
        self.by_count = defaultdict(OrderedDict)
        self.min_count = 0

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        value, count = self.entries[key]
        del self.by_count[count][key]
        if not self.by_count[count] and self.min_count == count:
            self.min_count += 1
        self.entries[key] = (value, count + 1)
        self.by_count[count + 1][key] = None
        return value

    def put(self, key: int, value: int) -> None:
        if key in self.entries:
            self.entries[key] = (value, self.entries[key][1])
            return
        if len(self.entries) >= self.capacity:
            victim, _ = self.by_count[self.min_count].popitem(last=False)
            del self.entries[victim]
        self.entries[key] = (value, 1)
        self.by_count[1][key] = None
        self.min_count = 1
