# expect: wrong_answer
# Records every request, refused ones too, so a blocked client stays blocked.
from collections import deque


class SlidingWindowRateLimiter:
    def __init__(self, limit: int, window_ms: int):
        self.limit, self.window, self.logs = limit, window_ms, {}

    def _log(self, client_id, now_ms):
        log = self.logs.setdefault(client_id, deque())
        while log and log[0] <= now_ms - self.window:
            log.popleft()
        return log

    def allow(self, client_id: str, now_ms: int) -> bool:
        log = self._log(client_id, now_ms)
        ok = len(log) < self.limit
        log.append(now_ms)
        return ok

    def remaining(self, client_id: str, now_ms: int) -> int:
        return max(0, self.limit - len(self._log(client_id, now_ms)))
