# expect: wrong_answer
# Wrong edge handling: a query before the first version computes index -1, and Python's
# negative indexing quietly returns the newest value instead of "".
from bisect import bisect_right


class TimeMap:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.times:
            return ""
        return self.values[key][bisect_right(self.times[key], timestamp) - 1]
