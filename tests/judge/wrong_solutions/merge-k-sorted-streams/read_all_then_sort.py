# expect: wrong_answer
# Right order, but it reads every stream to the end before sorting: far more than it needs.
def merge_streams(streams, limit):
    entries = []
    for index, stream in enumerate(streams):
        for timestamp, line in stream:
            entries.append((timestamp, index, line))
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    return entries[:limit]
