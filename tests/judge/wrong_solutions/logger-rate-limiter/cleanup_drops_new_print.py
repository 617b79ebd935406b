# expect: wrong_answer
# Cleans expired entries after handling the call and without checking the entry is the
# current one, so a message printed again at exactly t + 10 loses its new block.
from collections import deque


class Logger:
    def __init__(self):
        self.allowed_at = {}
        self.recent = deque()

    def shouldPrintMessage(self, timestamp: int, message: str) -> bool:
        printed = False
        if self.allowed_at.get(message, -1) <= timestamp:
            self.allowed_at[message] = timestamp + 10
            self.recent.append((timestamp + 10, message))
            printed = True
        while self.recent and self.recent[0][0] <= timestamp:
            _, old = self.recent.popleft()
            self.allowed_at.pop(old, None)
        return printed
