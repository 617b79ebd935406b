# expect: deadlock
# Off by one: queues num_workers - 1 stop markers, so one worker never exits and shutdown hangs.
import queue
import threading

STOP = object()


class WorkerPool:
    def __init__(self, num_workers: int):
        self.tasks = queue.Queue()
        self.lock = threading.Lock()
        self.closed = False
        self.failed = 0
        self.workers = [threading.Thread(target=self.work, daemon=True) for _ in range(num_workers)]
        for w in self.workers:
            w.start()

    def work(self):
        while True:
            task = self.tasks.get()
            if task is STOP:
                return
            try:
                task()
            except Exception:
                with self.lock:
                    self.failed += 1

    def submit(self, task):
        with self.lock:
            if self.closed:
                raise RuntimeError("closed")
            self.tasks.put(task)

    def shutdown(self, wait=True):
        with self.lock:
            if not self.closed:
                self.closed = True
                for _ in range(len(self.workers) - 1):
                    self.tasks.put(STOP)
        if wait:
            for w in self.workers:
                w.join()

    def failed_tasks(self):
        with self.lock:
            return self.failed
