# expect: wrong_answer
# Missed update: re-putting a key changes its value but keeps the first expiry time.
import heapq
from collections import OrderedDict


class LRUCacheTTL:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = OrderedDict()
        self.expiry = []

    def _drop_expired(self, now):
        while self.expiry and self.expiry[0][0] <= now:
            expires_at, key = heapq.heappop(self.expiry)
            entry = self.entries.get(key)
            if entry is not None and entry[1] == expires_at:
                del self.entries[key]

    def put(self, key, value, ttl, now):
        self._drop_expired(now)
        if key in self.entries:
            self.entries[key] = (value, self.entries[key][1])
            self.entries.move_to_end(key)
            return
        if len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = (value, now + ttl)
        heapq.heappush(self.expiry, (now + ttl, key))

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
