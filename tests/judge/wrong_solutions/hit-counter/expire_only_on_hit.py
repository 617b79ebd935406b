# expect: wrong_answer
# Missed update: old seconds are dropped only when a new hit arrives, so a getHits after a
# quiet period still reports hits that left the window long ago.
from collections import deque


class HitCounter:
    def __init__(self):
        self.seconds = deque()
        self.total = 0

    def hit(self, timestamp: int) -> None:
        while self.seconds and self.seconds[0][0] <= timestamp - 300:
            self.total -= self.seconds.popleft()[1]
        if self.seconds and self.seconds[-1][0] == timestamp:
            self.seconds[-1][1] += 1
        else:
            self.seconds.append([timestamp, 1])
        self.total += 1

    def getHits(self, timestamp: int) -> int:
        return self.total
