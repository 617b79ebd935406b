# expect: wrong_answer|deadlock
# Missed update: bar never clears its event, so from the second round on it does not wait for foo.
import threading


class FooBar:
    def __init__(self, n):
        self.n = n
        self.foo_turn = threading.Event()
        self.foo_turn.set()
        self.bar_turn = threading.Event()

    def foo(self, printFoo):
        for _ in range(self.n):
            self.foo_turn.wait()
            self.foo_turn.clear()
            printFoo()
            self.bar_turn.set()

    def bar(self, printBar):
        for _ in range(self.n):
            self.bar_turn.wait()
            printBar()
            self.foo_turn.set()
