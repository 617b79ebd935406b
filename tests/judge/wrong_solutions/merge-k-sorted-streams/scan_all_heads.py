# expect: too_slow
# Lazy and correct, but finds the smallest head by scanning all k heads: O(k) per entry.
def merge_streams(streams, limit):
    heads = [next(stream, None) for stream in streams] if limit > 0 else []
    merged = []
    while len(merged) < limit:
        best = None
        for index, head in enumerate(heads):
            if head is not None and (best is None or head[0] < heads[best][0]):
                best = index
        if best is None:
            break
        merged.append((heads[best][0], best, heads[best][1]))
        if len(merged) == limit:
            break
        heads[best] = next(streams[best], None)
    return merged
