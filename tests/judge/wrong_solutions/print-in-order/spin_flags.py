# expect: busy_wait
# Orders correctly but spins on flags, burning a CPU while waiting.
class Foo:
    def __init__(self):
        self.stage = 1

    def first(self, printFirst):
        printFirst()
        self.stage = 2

    def second(self, printSecond):
        while self.stage != 2:
            pass
        printSecond()
        self.stage = 3

    def third(self, printThird):
        while self.stage != 3:
            pass
        printThird()
