# expect: wrong_answer
# Checks the window and sleeps, then records the start without holding a lock: after the sleep
# several tasks wake together and all start, overshooting the rate.
import asyncio


async def fetch_all(urls, fetch, max_concurrency, max_per_second):
    loop = asyncio.get_running_loop()
    slots = asyncio.Semaphore(max_concurrency)
    starts = []
    results = [None] * len(urls)

    async def one(i, url):
        async with slots:
            recent = [t for t in starts if t > loop.time() - 1.0]
            if len(recent) >= max_per_second:
                await asyncio.sleep(recent[-max_per_second] + 1.0 - loop.time())
            starts.append(loop.time())
            try:
                results[i] = await fetch(url)
            except Exception:
                results[i] = None

    await asyncio.gather(*(one(i, u) for i, u in enumerate(urls)))
    return results
