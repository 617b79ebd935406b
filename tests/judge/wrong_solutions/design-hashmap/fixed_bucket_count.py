# expect: too_slow
# Correct chaining, but 16 buckets forever: chains grow with n, so every call is O(n).
class MyHashMap:
    def __init__(self):
        self.buckets = [[] for _ in range(16)]

    def put(self, key: int, value: int) -> None:
        bucket = self.buckets[key % 16]
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])

    def get(self, key: int) -> int:
        for k, v in self.buckets[key % 16]:
            if k == key:
                return v
        return -1

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % 16]
        for i, pair in enumerate(bucket):
            if pair[0] == key:
                bucket.pop(i)
                return
