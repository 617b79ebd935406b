# expect: wrong_answer
# Returns the oldest version at or before the query instead of the newest one.
class TimeMap:
    def __init__(self):
        self.versions = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.versions.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for t, value in self.versions.get(key, []):
            if t <= timestamp:
                return value
        return ""
