# expect: wrong_answer
# Missed update: put() appends without looking for the key, so get() keeps finding the
# first (old) value, and remove() only deletes one of the copies.
class MyHashMap:
    def __init__(self):
        self.buckets = [[] for _ in range(2048)]

    def put(self, key: int, value: int) -> None:
        self.buckets[key % 2048].append([key, value])

    def get(self, key: int) -> int:
        for k, v in self.buckets[key % 2048]:
            if k == key:
                return v
        return -1

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % 2048]
        for i, pair in enumerate(bucket):
            if pair[0] == key:
                del bucket[i]
                return
