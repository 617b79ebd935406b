# expect: too_slow
# Correct, but every lookup scans all points for the smallest position >= the key's: O(P).
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
        self.points.extend((ring_hash(f"{name}#{i}"), name) for i in range(self.vnodes))

    def remove_node(self, name):
        if name in self.nodes:
            self.nodes.discard(name)
            self.points = [p for p in self.points if p[1] != name]

    def _ordered_from(self, key):
        h = ring_hash(key)
        after = [p for p in self.points if p[0] >= h]
        return min(after) if after else min(self.points)

    def get_node(self, key):
        if not self.points:
            return None
        return self._ordered_from(key)[1]

    def get_nodes(self, key, count):
        if not self.points:
            return []
        ring = sorted(self.points)
        start = ring.index(self._ordered_from(key))
        found = []
        for step in range(len(ring)):
            node = ring[(start + step) % len(ring)][1]
            if node not in found:
                found.append(node)
                if len(found) == min(count, len(self.nodes)):
                    break
        return found
