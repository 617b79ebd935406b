# expect: wrong_answer
# Floating-point tokens: many small refills drift below the exact total.
class TokenBucket:
    def __init__(self, capacity: int, refill_rate: int):
        self.capacity = capacity
        self.rate = refill_rate
        self.tokens = float(capacity)
        self.last = None

    def _refill(self, now_ms):
        if self.last is None:
            self.last = now_ms
        elif now_ms > self.last:
            self.tokens = min(self.capacity, self.tokens + (now_ms - self.last) * self.rate / 1000)
            self.last = now_ms

    def allow(self, now_ms: int, tokens: int = 1) -> bool:
        self._refill(now_ms)
        if self.tokens >= tokens:
            self.tokens -= tokens
            return True
        return False

    def available(self, now_ms: int) -> int:
        self._refill(now_ms)
        return int(self.tokens)
