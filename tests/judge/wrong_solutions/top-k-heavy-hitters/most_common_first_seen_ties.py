# expect: wrong_answer
# Counter.most_common breaks ties by first appearance, not by string order.
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, words: List[str], k: int) -> List[str]:
        return [word for word, _ in Counter(words).most_common(k)]
