# expect: deadlock
# Both locks are taken before touching a fork, but still left first for everyone:
# the same circular wait, only a narrower window.
import threading


class DiningPhilosophers:
    def __init__(self):
        self.forks = [threading.Lock() for _ in range(5)]

    def wantsToEat(self, philosopher, pickLeftFork, pickRightFork, eat, putLeftFork, putRightFork):
        left = self.forks[philosopher]
        right = self.forks[(philosopher + 1) % 5]
        with left:
            with right:
                pickLeftFork()
                pickRightFork()
                eat()
                putLeftFork()
                putRightFork()
