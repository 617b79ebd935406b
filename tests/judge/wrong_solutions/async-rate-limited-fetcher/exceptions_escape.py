# expect: runtime_error
# One failing fetch propagates out of gather and sinks the batch.
import asyncio


async def fetch_all(urls, fetch, max_concurrency, max_per_second):
    loop = asyncio.get_running_loop()
    slots = asyncio.Semaphore(max_concurrency)
    starts = []
    gate = asyncio.Lock()

    async def one(url):
        async with slots:
            async with gate:
                while len(starts) >= max_per_second and starts[-max_per_second] + 1.0 > loop.time() + 1e-9:
                    await asyncio.sleep(starts[-max_per_second] + 1.0 - loop.time())
                starts.append(loop.time())
            return await fetch(url)

    return list(await asyncio.gather(*(one(u) for u in urls)))
