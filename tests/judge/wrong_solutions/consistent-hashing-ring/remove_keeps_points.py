# expect: wrong_answer
# Missed update: remove_node forgets the node but leaves its points on the ring, so keys
# keep going to a node that has left.
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
        self.nodes.discard(name)

    def _first(self, key):
        return bisect_left(self.positions, ring_hash(key)) % len(self.points)

    def get_node(self, key):
        if not self.nodes:
            return None
        return self.points[self._first(key)][1]

    def get_nodes(self, key, count):
        if not self.nodes:
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
