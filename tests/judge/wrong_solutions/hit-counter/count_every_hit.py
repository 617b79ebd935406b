# expect: too_slow
# Correct, but keeps every hit forever and counts the whole history on each getHits: O(n).
class HitCounter:
    def __init__(self):
        self.hits = []

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def getHits(self, timestamp: int) -> int:
        count = 0
        for t in self.hits:
            if timestamp - 300 < t <= timestamp:
                count += 1
        return count
