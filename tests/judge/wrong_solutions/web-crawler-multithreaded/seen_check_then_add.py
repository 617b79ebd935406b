# expect: wrong_answer
# Check-then-act race: worker threads test `link not in seen` and add it in two steps without a
# lock, so two threads that find the same link at the same time both fetch it.
import queue
import threading
from typing import List


class Solution:
    def crawl(self, startUrl: str, htmlParser) -> List[str]:
        host = startUrl.split("/")[2]
        seen = {startUrl}
        todo = queue.Queue()
        pending = [1]
        count_lock = threading.Lock()
        done = threading.Event()

        def worker():
            while True:
                url = todo.get()
                if url is None:
                    return
                for link in htmlParser.getUrls(url):
                    if link.split("/")[2] == host and link not in seen:
                        seen.add(link)
                        with count_lock:
                            pending[0] += 1
                        todo.put(link)
                with count_lock:
                    pending[0] -= 1
                    if pending[0] == 0:
                        done.set()

        workers = [threading.Thread(target=worker) for _ in range(8)]
        for w in workers:
            w.start()
        todo.put(startUrl)
        done.wait()
        for _ in workers:
            todo.put(None)
        for w in workers:
            w.join()
        return list(seen)
