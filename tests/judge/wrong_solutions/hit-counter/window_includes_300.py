# expect: wrong_answer
# Off by one: a hit exactly 300 seconds old is still counted (a 301-second window).
from collections import deque


class HitCounter:
    def __init__(self):
        self.hits = deque()

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def getHits(self, timestamp: int) -> int:
        while self.hits and self.hits[0] < timestamp - 300:
            self.hits.popleft()
        return len(self.hits)
