# expect: wrong_answer
# Sentinel bug: the running minimum starts at 0, so stacks of positive values report 0.
class MinStack:
    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        current = self.items[-1][1] if self.items else 0
        self.items.append((val, min(val, current)))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def getMin(self) -> int:
        return self.items[-1][1]
