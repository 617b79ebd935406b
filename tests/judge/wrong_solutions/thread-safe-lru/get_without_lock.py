# expect: runtime_error|wrong_answer
# "Reads don't need a lock": put is locked, but get checks and then reorders without the lock,
# racing with a put that evicts the key in between.
import threading
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key, value):
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
            elif len(self.entries) >= self.capacity:
                self.entries.popitem(last=False)
            self.entries[key] = value
