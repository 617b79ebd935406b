# expect: runtime_error|wrong_answer
# Creates a new Lock in every call, so no two calls ever contend for the same lock.
import threading
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, key):
        with threading.Lock():
            if key not in self.entries:
                return -1
            self.entries.move_to_end(key)
            return self.entries[key]

    def put(self, key, value):
        with threading.Lock():
            if key in self.entries:
                self.entries.move_to_end(key)
            elif len(self.entries) >= self.capacity:
                self.entries.popitem(last=False)
            self.entries[key] = value
