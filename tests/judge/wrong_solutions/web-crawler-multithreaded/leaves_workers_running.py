# expect: wrong_answer|runtime_error
# Waits for the work with queue.join(), but never stops its worker threads: they stay blocked in
# get() after crawl() returns, so the process can never exit.
import queue
import threading
from typing import List


class Solution:
    def crawl(self, startUrl: str, htmlParser) -> List[str]:
        host = startUrl.split("/")[2]
        seen = {startUrl}
        lock = threading.Lock()
        todo = queue.Queue()

        def worker():
            while True:
                url = todo.get()
                try:
                    for link in htmlParser.getUrls(url):
                        if link.split("/")[2] != host:
                            continue
                        with lock:
                            if link in seen:
                                continue
                            seen.add(link)
                        todo.put(link)
                finally:
                    todo.task_done()

        for _ in range(8):
            threading.Thread(target=worker).start()
        todo.put(startUrl)
        todo.join()
        return list(seen)
