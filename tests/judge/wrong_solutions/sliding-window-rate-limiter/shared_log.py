# expect: wrong_answer
# Missed the per-client part: one log shared by every client.
from collections import deque


class SlidingWindowRateLimiter:
    def __init__(self, limit: int, window_ms: int):
        self.limit, self.window, self.log = limit, window_ms, deque()

    def _trim(self, now_ms):
        while self.log and self.log[0] <= now_ms - self.window:
            self.log.popleft()

    def allow(self, client_id: str, now_ms: int) -> bool:
        self._trim(now_ms)
        if len(self.log) < self.limit:
            self.log.append(now_ms)
            return True
        return False

    def remaining(self, client_id: str, now_ms: int) -> int:
        self._trim(now_ms)
        return self.limit - len(self.log)
