# expect: wrong_answer
# Hands the turn over before printing, so the other thread can print first.
import threading


class FooBar:
    def __init__(self, n):
        self.n = n
        self.foo_turn = threading.Semaphore(1)
        self.bar_turn = threading.Semaphore(0)

    def foo(self, printFoo):
        for _ in range(self.n):
            self.foo_turn.acquire()
            self.bar_turn.release()
            printFoo()

    def bar(self, printBar):
        for _ in range(self.n):
            self.bar_turn.acquire()
            self.foo_turn.release()
            printBar()
