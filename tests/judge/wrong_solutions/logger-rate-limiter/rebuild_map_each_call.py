# expect: too_slow
# Correct and memory-bounded, but it rebuilds the whole map on every call: O(m) per call.
class Logger:
    def __init__(self):
        self.last_printed = {}

    def shouldPrintMessage(self, timestamp: int, message: str) -> bool:
        self.last_printed = {m: t for m, t in self.last_printed.items() if timestamp - t < 10}
        if message in self.last_printed:
            return False
        self.last_printed[message] = timestamp
        return True
