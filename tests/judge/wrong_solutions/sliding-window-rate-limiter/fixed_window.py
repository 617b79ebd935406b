# expect: wrong_answer
# A fixed-window counter: resets at multiples of window_ms, allowing bursts at the boundary.
class SlidingWindowRateLimiter:
    def __init__(self, limit: int, window_ms: int):
        self.limit, self.window, self.counts = limit, window_ms, {}

    def allow(self, client_id: str, now_ms: int) -> bool:
        key = (client_id, now_ms // self.window)
        if self.counts.get(key, 0) < self.limit:
            self.counts[key] = self.counts.get(key, 0) + 1
            return True
        return False

    def remaining(self, client_id: str, now_ms: int) -> int:
        return self.limit - self.counts.get((client_id, now_ms // self.window), 0)
