# expect: wrong_answer
# Sets each event before printing, so the next stage can print before this one has.
import threading


class Foo:
    def __init__(self):
        self.first_done = threading.Event()
        self.second_done = threading.Event()

    def first(self, printFirst):
        self.first_done.set()
        printFirst()

    def second(self, printSecond):
        self.first_done.wait()
        self.second_done.set()
        printSecond()

    def third(self, printThird):
        self.second_done.wait()
        printThird()
