# expect: wrong_answer
# Off by one: requires more than 10 seconds to pass, so a print at exactly t + 10 is refused.
class Logger:
    def __init__(self):
        self.last_printed = {}

    def shouldPrintMessage(self, timestamp: int, message: str) -> bool:
        last = self.last_printed.get(message)
        if last is not None and timestamp - last <= 10:
            return False
        self.last_printed[message] = timestamp
        return True
