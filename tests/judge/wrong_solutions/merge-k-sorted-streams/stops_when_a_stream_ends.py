# expect: wrong_answer
# Wrong edge handling: the merge ends as soon as any one stream runs out, dropping the rest
# of the longer streams.
import heapq


def merge_streams(streams, limit):
    heap = []
    for index, stream in enumerate(streams):
        head = next(stream, None)
        if head is not None:
            heapq.heappush(heap, (head[0], index, head[1]))
    merged = []
    while heap and len(merged) < limit:
        timestamp, index, line = heapq.heappop(heap)
        merged.append((timestamp, index, line))
        if len(merged) == limit:
            break
        following = next(streams[index], None)
        if following is None:
            break
        heapq.heappush(heap, (following[0], index, following[1]))
    return merged
