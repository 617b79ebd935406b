# expect: too_slow
# Correct, but finds the victim by scanning every cached key: O(capacity) per eviction.
class LFUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = {}  # key -> [value, count, last_used]
        self.clock = 0

    def _use(self, entry):
        self.clock += 1
        entry[1] += 1
        entry[2] = self.clock

    def get(self, key: int) -> int:
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self._use(entry)
        return entry[0]

    def put(self, key: int, value: int) -> None:
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            self._use(entry)
            return
        if len(self.entries) >= self.capacity:
            victim = min(self.entries, key=lambda k: (self.entries[k][1], self.entries[k][2]))
            del self.entries[victim]
        self.entries[key] = [value, 0, 0]
        self._use(self.entries[key])
