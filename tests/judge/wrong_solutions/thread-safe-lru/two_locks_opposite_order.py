# expect: deadlock
# Fine-grained locking gone wrong: one lock for the map, one for the recency list, but get takes
# them map-then-list and put list-then-map, so a get and a put can each hold one and wait forever.
import threading


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=0, value=0):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.nodes = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.map_lock = threading.Lock()
        self.list_lock = threading.Lock()

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _append(self, node):
        last = self.tail.prev
        last.next, node.prev, node.next, self.tail.prev = node, last, self.tail, node

    def get(self, key):
        with self.map_lock:
            with self.list_lock:
                node = self.nodes.get(key)
                if node is None:
                    return -1
                self._unlink(node)
                self._append(node)
                return node.value

    def put(self, key, value):
        with self.list_lock:
            with self.map_lock:
                node = self.nodes.get(key)
                if node is not None:
                    node.value = value
                    self._unlink(node)
                    self._append(node)
                    return
                if len(self.nodes) >= self.capacity:
                    oldest = self.head.next
                    self._unlink(oldest)
                    del self.nodes[oldest.key]
                node = _Node(key, value)
                self.nodes[key] = node
                self._append(node)
