# expect: wrong_answer
# Records the time of every call, printed or not, so a chatty message stays blocked forever.
class Logger:
    def __init__(self):
        self.last_seen = {}

    def shouldPrintMessage(self, timestamp: int, message: str) -> bool:
        last = self.last_seen.get(message)
        self.last_seen[message] = timestamp
        return last is None or timestamp - last >= 10
