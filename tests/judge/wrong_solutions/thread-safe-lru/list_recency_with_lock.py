# expect: too_slow
# Thread-safe, but keeps recency in a Python list: every get and put scans it (O(n)).
import threading


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.order = []
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            if key not in self.values:
                return -1
            self.order.remove(key)
            self.order.append(key)
            return self.values[key]

    def put(self, key, value):
        with self.lock:
            if key in self.values:
                self.order.remove(key)
            elif len(self.values) >= self.capacity:
                del self.values[self.order.pop(0)]
            self.values[key] = value
            self.order.append(key)
