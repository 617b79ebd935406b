# expect: wrong_answer
# Uses a token bucket that refills continuously: a full burst plus refills exceed the per-window limit.
import asyncio


async def fetch_all(urls, fetch, max_concurrency, max_per_second):
    loop = asyncio.get_running_loop()
    slots = asyncio.Semaphore(max_concurrency)
    bucket = {"tokens": float(max_per_second), "last": loop.time()}
    gate = asyncio.Lock()
    results = [None] * len(urls)

    async def take():
        async with gate:
            while True:
                now = loop.time()
                bucket["tokens"] = min(max_per_second, bucket["tokens"] + (now - bucket["last"]) * max_per_second)
                bucket["last"] = now
                if bucket["tokens"] >= 1:
                    bucket["tokens"] -= 1
                    return
                await asyncio.sleep((1 - bucket["tokens"]) / max_per_second)

    async def one(i, url):
        async with slots:
            await take()
            try:
                results[i] = await fetch(url)
            except Exception:
                results[i] = None

    await asyncio.gather(*(one(i, u) for i, u in enumerate(urls)))
    return results
