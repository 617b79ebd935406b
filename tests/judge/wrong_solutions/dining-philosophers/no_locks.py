# expect: wrong_answer
# No synchronisation: neighbours pick up the same fork at the same time.
class DiningPhilosophers:
    def __init__(self):
        pass

    def wantsToEat(self, philosopher, pickLeftFork, pickRightFork, eat, putLeftFork, putRightFork):
        pickLeftFork()
        pickRightFork()
        eat()
        putLeftFork()
        putRightFork()
