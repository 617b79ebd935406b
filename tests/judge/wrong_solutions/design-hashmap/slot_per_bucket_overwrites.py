# expect: wrong_answer
# No collision handling: one (key, value) per slot, so a colliding key overwrites another.
class MyHashMap:
    SIZE = 1009

    def __init__(self):
        self.slots = [None] * self.SIZE

    def put(self, key: int, value: int) -> None:
        self.slots[key % self.SIZE] = (key, value)

    def get(self, key: int) -> int:
        slot = self.slots[key % self.SIZE]
        return slot[1] if slot is not None and slot[0] == key else -1

    def remove(self, key: int) -> None:
        slot = self.slots[key % self.SIZE]
        if slot is not None and slot[0] == key:
            self.slots[key % self.SIZE] = None
