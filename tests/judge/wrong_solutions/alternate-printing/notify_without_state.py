# expect: deadlock
# Lost wakeup: the turn lives only in notify() calls. If foo notifies before bar is waiting,
# the signal is gone and both threads end up waiting for each other.
import threading


class FooBar:
    def __init__(self, n):
        self.n = n
        self.cond = threading.Condition()

    def foo(self, printFoo):
        with self.cond:
            for i in range(self.n):
                printFoo()
                self.cond.notify()
                if i < self.n - 1:
                    self.cond.wait()

    def bar(self, printBar):
        with self.cond:
            for _ in range(self.n):
                self.cond.wait()
                printBar()
                self.cond.notify()
