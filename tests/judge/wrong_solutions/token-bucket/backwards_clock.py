# expect: wrong_answer
# Moves its clock back when time steps backwards, so the same interval is paid out twice.
class TokenBucket:
    def __init__(self, capacity: int, refill_rate: int):
        self.cap = capacity * 1000
        self.milli = self.cap
        self.rate = refill_rate
        self.last = None

    def _refill(self, now_ms):
        if self.last is not None and now_ms > self.last:
            self.milli = min(self.cap, self.milli + (now_ms - self.last) * self.rate)
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
