# expect: wrong_answer
# heapq.nlargest on (count, word) also takes the *largest* word among equal counts.
import heapq
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, words: List[str], k: int) -> List[str]:
        counts = Counter(words)
        best = heapq.nlargest(k, counts.items(), key=lambda item: (item[1], item[0]))
        return [word for word, _ in best]
