# expect: wrong_answer
# Missed update: second waits for first, but third waits for nothing.
import threading


class Foo:
    def __init__(self):
        self.first_done = threading.Event()

    def first(self, printFirst):
        printFirst()
        self.first_done.set()

    def second(self, printSecond):
        self.first_done.wait()
        printSecond()

    def third(self, printThird):
        printThird()
