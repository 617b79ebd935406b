# expect: wrong_answer
# Missed update: takes the later booking's end instead of the larger end, so nesting shortens a block.
class Solution:
    def merge(self, intervals):
        merged = []
        for start, end in sorted(intervals, key=lambda x: x[0]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return merged
