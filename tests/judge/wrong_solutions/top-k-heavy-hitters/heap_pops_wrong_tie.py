# expect: wrong_answer
# Size-k min-heap of (count, word): when counts tie at the cut-off it pops the smallest word,
# which is exactly the one that should be kept.
import heapq
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, words: List[str], k: int) -> List[str]:
        heap = []
        for word, count in Counter(words).items():
            heapq.heappush(heap, (count, word))
            if len(heap) > k:
                heapq.heappop(heap)
        return [word for count, word in sorted(heap, key=lambda item: (-item[0], item[1]))]
