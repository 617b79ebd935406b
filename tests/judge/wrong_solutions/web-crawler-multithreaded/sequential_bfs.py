# expect: too_slow
# Correct single-threaded BFS: one fetch at a time, so the crawl takes the sum of all latencies.
from collections import deque
from typing import List


class Solution:
    def crawl(self, startUrl: str, htmlParser) -> List[str]:
        host = startUrl.split("/")[2]
        seen = {startUrl}
        queue = deque([startUrl])
        while queue:
            url = queue.popleft()
            for link in htmlParser.getUrls(url):
                if link not in seen and link.split("/")[2] == host:
                    seen.add(link)
                    queue.append(link)
        return list(seen)
