# expect: wrong_answer
# Termination bug: a worker counts its page as finished before it has counted the page's new
# links, so the in-flight count can touch zero (and crawl() return) while links are still coming.
import queue
import threading
from typing import List


class Solution:
    def crawl(self, startUrl: str, htmlParser) -> List[str]:
        host = startUrl.split("/")[2]
        seen = {startUrl}
        lock = threading.Lock()
        todo = queue.Queue()
        pending = [1]
        done = threading.Event()

        def worker():
            while True:
                url = todo.get()
                if url is None:
                    return
                links = htmlParser.getUrls(url)
                with lock:
                    pending[0] -= 1
                    if pending[0] == 0:
                        done.set()
                for link in links:
                    with lock:
                        if link in seen or link.split("/")[2] != host:
                            continue
                        seen.add(link)
                        pending[0] += 1
                    todo.put(link)

        workers = [threading.Thread(target=worker, daemon=True) for _ in range(8)]
        for w in workers:
            w.start()
        todo.put(startUrl)
        done.wait()
        for _ in workers:
            todo.put(None)
        with lock:
            return list(seen)
