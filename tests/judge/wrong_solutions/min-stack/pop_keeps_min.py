# expect: wrong_answer
# Missed update: a single "current minimum" that pop never restores.
class MinStack:
    def __init__(self):
        self.items = []
        self.smallest = None

    def push(self, val: int) -> None:
        self.items.append(val)
        if self.smallest is None or val < self.smallest:
            self.smallest = val

    def pop(self) -> None:
        self.items.pop()
        if not self.items:
            self.smallest = None

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.smallest
