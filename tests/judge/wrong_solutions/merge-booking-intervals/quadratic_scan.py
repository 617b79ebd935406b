# expect: too_slow
# Correct, but every booking is compared with every merged block: O(n^2).
def merge(intervals):
    blocks = []
    for start, end in intervals:
        kept = []
        for block in blocks:
            if block[0] <= end and start <= block[1]:
                start, end = min(start, block[0]), max(end, block[1])
            else:
                kept.append(block)
        kept.append([start, end])
        blocks = kept
    return sorted(blocks)
