# expect: wrong_answer
# Off by one: bisect_left finds versions strictly before the query, so a version set at
# exactly the queried time is not seen.
from bisect import bisect_left


class TimeMap:
    def __init__(self):
        self.versions = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.versions.setdefault(key, ([], []))
        self.versions[key][0].append(timestamp)
        self.versions[key][1].append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.versions:
            return ""
        times, values = self.versions[key]
        index = bisect_left(times, timestamp)
        return values[index - 1] if index > 0 else ""
