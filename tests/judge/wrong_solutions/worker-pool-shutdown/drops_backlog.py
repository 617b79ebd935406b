# expect: wrong_answer
# Shutdown sets a flag that workers check before each task, so queued tasks are dropped.
import queue
import threading


class WorkerPool:
    def __init__(self, num_workers: int):
        self.tasks = queue.Queue()
        self.stopping = False
        self.failed = 0
        self.lock = threading.Lock()
        self.workers = [threading.Thread(target=self.work) for _ in range(num_workers)]
        for w in self.workers:
            w.start()

    def work(self):
        while not self.stopping:
            try:
                task = self.tasks.get(timeout=0.01)
            except queue.Empty:
                continue
            try:
                task()
            except Exception:
                with self.lock:
                    self.failed += 1

    def submit(self, task):
        if self.stopping:
            raise RuntimeError("closed")
        self.tasks.put(task)

    def shutdown(self, wait=True):
        self.stopping = True
        if wait:
            for w in self.workers:
                w.join()

    def failed_tasks(self):
        return self.failed
