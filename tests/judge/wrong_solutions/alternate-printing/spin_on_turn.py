# expect: busy_wait
# Alternates correctly, but a waiting thread loops on a shared flag and burns a CPU.
class FooBar:
    def __init__(self, n):
        self.n = n
        self.foo_next = True

    def foo(self, printFoo):
        for _ in range(self.n):
            while not self.foo_next:
                pass
            printFoo()
            self.foo_next = False

    def bar(self, printBar):
        for _ in range(self.n):
            while self.foo_next:
                pass
            printBar()
            self.foo_next = True
