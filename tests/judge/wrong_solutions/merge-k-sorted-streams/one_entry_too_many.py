# expect: wrong_answer
# Off by one: the loop condition lets one entry more than limit through.
import heapq


def merge_streams(streams, limit):
    heap = []
    for index, stream in enumerate(streams):
        head = next(stream, None)
        if head is not None:
            heapq.heappush(heap, (head[0], index, head[1]))
    merged = []
    while heap and len(merged) <= limit:
        timestamp, index, line = heapq.heappop(heap)
        merged.append((timestamp, index, line))
        following = next(streams[index], None)
        if following is not None:
            heapq.heappush(heap, (following[0], index, following[1]))
    return merged
