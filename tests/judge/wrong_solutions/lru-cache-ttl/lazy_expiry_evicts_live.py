# expect: wrong_answer
# Expiry checked lazily on access only: a full cache evicts its LRU entry even when an
# expired entry is sitting elsewhere, so a live key is lost.
from collections import OrderedDict


class LRUCacheTTL:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = OrderedDict()

    def put(self, key, value, ttl, now):
        if key in self.entries:
            self.entries.move_to_end(key)
        elif len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = (value, now + ttl)

    def get(self, key, now):
        entry = self.entries.get(key)
        if entry is None:
            return -1
        if entry[1] <= now:
            del self.entries[key]
            return -1
        self.entries.move_to_end(key)
        return entry[0]

    def size(self, now):
        for key in [k for k, (_, e) in self.entries.items() if e <= now]:
            del self.entries[key]
        return len(self.entries)
