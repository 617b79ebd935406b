# expect: wrong_answer|runtime_error
# Check-then-act: put decides whether to evict before taking the lock, so threads adding new
# keys at the same time all see the old size and all evict (or none does).
import threading
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            if key not in self.entries:
                return -1
            self.entries.move_to_end(key)
            return self.entries[key]

    def put(self, key, value):
        full = key not in self.entries and len(self.entries) >= self.capacity
        with self.lock:
            if full:
                self.entries.popitem(last=False)
            self.entries[key] = value
            self.entries.move_to_end(key)
