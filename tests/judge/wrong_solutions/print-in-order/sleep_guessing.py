# expect: wrong_answer
# Guesses with sleeps: works when the threads start together, fails when first is late.
import time


class Foo:
    def __init__(self):
        pass

    def first(self, printFirst):
        printFirst()

    def second(self, printSecond):
        time.sleep(0.01)
        printSecond()

    def third(self, printThird):
        time.sleep(0.02)
        printThird()
