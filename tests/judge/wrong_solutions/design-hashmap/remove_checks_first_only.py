# expect: wrong_answer
# Wrong edge handling: remove() only looks at the first pair in the bucket, so a key further
# down a collision chain is never deleted.
class MyHashMap:
    def __init__(self):
        self.buckets = [[] for _ in range(1000)]

    def put(self, key: int, value: int) -> None:
        bucket = self.buckets[key % 1000]
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])

    def get(self, key: int) -> int:
        for k, v in self.buckets[key % 1000]:
            if k == key:
                return v
        return -1

    def remove(self, key: int) -> None:
        bucket = self.buckets[key % 1000]
        if bucket and bucket[0][0] == key:
            bucket.pop(0)
