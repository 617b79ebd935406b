# expect: wrong_answer
# Missed update: the refill is never capped, so idle time buys an unbounded burst.
class TokenBucket:
    def __init__(self, capacity: int, refill_rate: int):
        self.milli = capacity * 1000
        self.rate = refill_rate
        self.last = None

    def _refill(self, now_ms):
        if self.last is None:
            self.last = now_ms
        elif now_ms > self.last:
            self.milli += (now_ms - self.last) * self.rate
            self.last = now_ms

    def allow(self, now_ms: int, tokens: int = 1) -> bool:
        self._refill(now_ms)
        if self.milli >= tokens * 1000:
            self.milli -= tokens * 1000
            return True
        return False

    def available(self, now_ms: int) -> int:
        self._refill(now_ms)
        return self.milli // 1000
