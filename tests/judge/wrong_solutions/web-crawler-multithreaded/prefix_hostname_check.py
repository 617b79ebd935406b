# expect: wrong_answer
# Compares hostnames with startswith, so news.example.community passes as news.example.com.
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
            links = fetched.get()
            in_flight -= 1
            for link in links:
                if link not in seen and link.startswith("http://" + host):
                    seen.add(link)
                    todo.put(link)
                    in_flight += 1
        for _ in workers:
            todo.put(None)
        for w in workers:
            w.join()
        return list(seen)
