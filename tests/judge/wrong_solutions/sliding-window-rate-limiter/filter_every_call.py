# expect: too_slow
# Correct, but rebuilds the client's list on every call: O(limit) per request.
class SlidingWindowRateLimiter:
    def __init__(self, limit: int, window_ms: int):
        self.limit, self.window, self.logs = limit, window_ms, {}

    def _log(self, client_id, now_ms):
        log = [t for t in self.logs.get(client_id, []) if t > now_ms - self.window]
        self.logs[client_id] = log
        return log

    def allow(self, client_id: str, now_ms: int) -> bool:
        log = self._log(client_id, now_ms)
        if len(log) < self.limit:
            log.append(now_ms)
            return True
        return False

    def remaining(self, client_id: str, now_ms: int) -> int:
        return self.limit - len(self._log(client_id, now_ms))
