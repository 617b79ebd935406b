# expect: deadlock
# Every philosopher takes the left fork, then the right one: when all five hold their left fork
# at the same time, each waits for its neighbour forever.
import threading


class DiningPhilosophers:
    def __init__(self):
        self.forks = [threading.Lock() for _ in range(5)]

    def wantsToEat(self, philosopher, pickLeftFork, pickRightFork, eat, putLeftFork, putRightFork):
        left = self.forks[philosopher]
        right = self.forks[(philosopher + 1) % 5]
        left.acquire()
        pickLeftFork()
        right.acquire()
        pickRightFork()
        eat()
        putLeftFork()
        left.release()
        putRightFork()
        right.release()
