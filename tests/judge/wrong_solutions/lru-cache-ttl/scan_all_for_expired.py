# expect: too_slow
# Correct, but every call walks all entries looking for expired ones: O(capacity) per call.
from collections import OrderedDict


class LRUCacheTTL:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = OrderedDict()

    def _drop_expired(self, now):
        dead = [key for key, (_, expires_at) in self.entries.items() if expires_at <= now]
        for key in dead:
            del self.entries[key]

    def put(self, key, value, ttl, now):
        self._drop_expired(now)
        if key in self.entries:
            self.entries.move_to_end(key)
        elif len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = (value, now + ttl)

    def get(self, key, now):
        self._drop_expired(now)
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self.entries.move_to_end(key)
        return entry[0]

    def size(self, now):
        self._drop_expired(now)
        return len(self.entries)
