# expect: wrong_answer
# 300 circular buckets, but getHits adds up every bucket without checking which second it
# belongs to, so hits from an earlier lap of the circle are still counted.
class HitCounter:
    def __init__(self):
        self.times = [0] * 300
        self.counts = [0] * 300

    def hit(self, timestamp: int) -> None:
        slot = timestamp % 300
        if self.times[slot] != timestamp:
            self.times[slot] = timestamp
            self.counts[slot] = 0
        self.counts[slot] += 1

    def getHits(self, timestamp: int) -> int:
        return sum(self.counts)
