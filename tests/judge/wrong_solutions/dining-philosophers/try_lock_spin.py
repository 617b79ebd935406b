# expect: busy_wait
# Avoids deadlock by backing off when the second fork is taken, but retries at once,
# so a waiting philosopher burns a CPU instead of sleeping.
import threading


class DiningPhilosophers:
    def __init__(self):
        self.forks = [threading.Lock() for _ in range(5)]

    def wantsToEat(self, philosopher, pickLeftFork, pickRightFork, eat, putLeftFork, putRightFork):
        left = self.forks[philosopher]
        right = self.forks[(philosopher + 1) % 5]
        while True:
            left.acquire()
            if right.acquire(blocking=False):
                break
            left.release()
        pickLeftFork()
        pickRightFork()
        eat()
        putLeftFork()
        putRightFork()
        right.release()
        left.release()
