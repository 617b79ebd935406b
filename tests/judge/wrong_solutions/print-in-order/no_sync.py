# expect: wrong_answer
# No synchronisation at all: prints in whatever order the threads arrive.
class Foo:
    def __init__(self):
        pass

    def first(self, printFirst):
        printFirst()

    def second(self, printSecond):
        printSecond()

    def third(self, printThird):
        printThird()
