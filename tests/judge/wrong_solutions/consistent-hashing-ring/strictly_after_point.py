# expect: wrong_answer
# Off by one: bisect_right sends a key that hashes exactly onto a point to the next point.
import hashlib
from bisect import bisect_left, bisect_right


def ring_hash(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class ConsistentHashRing:
    def __init__(self, vnodes):
        self.vnodes = vnodes
        self.nodes = set()
        self.points = []
        self.positions = []

    def add_node(self, name):
        if name in self.nodes:
            return
        self.nodes.add(name)
        self.points.extend((ring_hash(f"{name}#{i}"), name) for i in range(self.vnodes))
        self.points.sort()
        self.positions = [p[0] for p in self.points]

    def remove_node(self, name):
        if name in self.nodes:
            self.nodes.discard(name)
            self.points = [p for p in self.points if p[1] != name]
            self.positions = [p[0] for p in self.points]

    def _first(self, key):
        return bisect_right(self.positions, ring_hash(key)) % len(self.points)

    def get_node(self, key):
        return self.points[self._first(key)][1] if self.points else None

    def get_nodes(self, key, count):
        if not self.points:
            return []
        found = []
        start = self._first(key)
        for step in range(len(self.points)):
            node = self.points[(start + step) % len(self.points)][1]
            if node not in found:
                found.append(node)
                if len(found) == min(count, len(self.nodes)):
                    break
        return found
