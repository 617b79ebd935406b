# expect: busy_wait
# Correct, but the coordinating thread polls the results queue with get_nowait() in a loop
# instead of blocking in get(), burning a CPU while fetches are in flight.
import queue
import threading
from typing import List


class Solution:
    def crawl(self, startUrl: str, htmlParser) -> List[str]:
        host = startUrl.split("/")[2]
        seen = {startUrl}
        todo = queue.Queue()
        fetched = queue.Queue()

        def worker():
            while True:
                url = todo.get()
                if url is None:
                    return
                fetched.put(htmlParser.getUrls(url))

        workers = [threading.Thread(target=worker, daemon=True) for _ in range(8)]
        for w in workers:
            w.start()
        todo.put(startUrl)
        in_flight = 1
        while in_flight:
            try:
                links = fetched.get_nowait()
            except queue.Empty:
                continue
            in_flight -= 1
            for link in links:
                if link not in seen and link.split("/")[2] == host:
                    seen.add(link)
                    todo.put(link)
                    in_flight += 1
        for _ in workers:
            todo.put(None)
        for w in workers:
            w.join()
        return list(seen)
