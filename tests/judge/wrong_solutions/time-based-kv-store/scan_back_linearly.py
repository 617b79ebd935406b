# expect: too_slow
# Correct, but walks the versions back from the newest: O(n) per get.
class TimeMap:
    def __init__(self):
        self.versions = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.versions.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for t, value in reversed(self.versions.get(key, [])):
            if t <= timestamp:
                return value
        return ""
