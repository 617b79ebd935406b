# expect: wrong_answer
# Wrong edge handling: a key past the largest position is given to the last point instead of
# wrapping around to the first one.
import hashlib
from bisect import bisect_left, bisect_right


def ring_hash(text):
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class ConsistentHashRing:
    def __init__(self, vnodes):
        self.vnodes = vnodes
        self.nodes = set()
        self.points = []

    def add_node(self, name):
        if name in self.nodes:
            return
        self.nodes.add(name)
        self.points = sorted(self.points + [(ring_hash(f"{name}#{i}"), name) for i in range(self.vnodes)])

    def remove_node(self, name):
        if name in self.nodes:
            self.nodes.discard(name)
            self.points = [p for p in self.points if p[1] != name]

    def _first(self, key):
        index = bisect_left([p[0] for p in self.points], ring_hash(key))
        return min(index, len(self.points) - 1)

    def get_node(self, key):
        if not self.points:
            return None
        return self.points[self._first(key)][1]

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
