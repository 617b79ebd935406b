# expect: busy_wait
# Workers poll a list in a loop instead of blocking on a queue: idle workers burn a CPU.
import threading


class WorkerPool:
    def __init__(self, num_workers: int):
        self.tasks = []
        self.lock = threading.Lock()
        self.closed = False
        self.failed = 0
        self.workers = [threading.Thread(target=self.work, daemon=True) for _ in range(num_workers)]
        for w in self.workers:
            w.start()

    def work(self):
        while True:
            with self.lock:
                if self.tasks:
                    task = self.tasks.pop(0)
                elif self.closed:
                    return
                else:
                    continue
            try:
                task()
            except Exception:
                with self.lock:
                    self.failed += 1

    def submit(self, task):
        with self.lock:
            if self.closed:
                raise RuntimeError("closed")
            self.tasks.append(task)

    def shutdown(self, wait=True):
        with self.lock:
            self.closed = True
        if wait:
            for w in self.workers:
                if w is not threading.current_thread():
                    w.join()

    def failed_tasks(self):
        with self.lock:
            return self.failed
