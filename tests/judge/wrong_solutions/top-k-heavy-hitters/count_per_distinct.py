# expect: too_slow
# Correct order, but counts with list.count once per distinct string: O(n * d).
from typing import List


class Solution:
    def topKFrequent(self, words: List[str], k: int) -> List[str]:
        counts = {word: words.count(word) for word in set(words)}
        return sorted(counts, key=lambda word: (-counts[word], word))[:k]
