# expect: wrong_answer
# Check-then-act race: two neighbours can both see the shared fork free and both take it.
import time


class DiningPhilosophers:
    def __init__(self):
        self.free = [True] * 5

    def wantsToEat(self, philosopher, pickLeftFork, pickRightFork, eat, putLeftFork, putRightFork):
        left, right = philosopher, (philosopher + 1) % 5
        while True:
            if self.free[left] and self.free[right]:
                self.free[left] = False
                self.free[right] = False
                break
            time.sleep(0.0005)
        pickLeftFork()
        pickRightFork()
        eat()
        putLeftFork()
        putRightFork()
        self.free[left] = True
        self.free[right] = True
