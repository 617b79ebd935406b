# expect: wrong_answer
# Heap of (timestamp, line, index): equal timestamps are ordered by the line's text instead
# of the stream index.
import heapq


def merge_streams(streams, limit):
    heap = []
    for index, stream in enumerate(streams):
        head = next(stream, None)
        if head is not None:
            heapq.heappush(heap, (head[0], head[1], index))
    merged = []
    while heap and len(merged) < limit:
        timestamp, line, index = heapq.heappop(heap)
        merged.append((timestamp, index, line))
        if len(merged) == limit:
            break
        following = next(streams[index], None)
        if following is not None:
            heapq.heappush(heap, (following[0], following[1], index))
    return merged
