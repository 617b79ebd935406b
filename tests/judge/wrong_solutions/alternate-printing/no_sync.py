# expect: wrong_answer
# No coordination at all: each thread prints as fast as it can, so the order depends on the scheduler.
class FooBar:
    def __init__(self, n):
        self.n = n

    def foo(self, printFoo):
        for _ in range(self.n):
            printFoo()

    def bar(self, printBar):
        for _ in range(self.n):
            printBar()
