# expect: too_slow
# Correct limits trivially, but awaits one fetch after another: no concurrency at all.
import asyncio


async def fetch_all(urls, fetch, max_concurrency, max_per_second):
    loop = asyncio.get_running_loop()
    results, starts = [], []
    for url in urls:
        while len(starts) >= max_per_second and starts[-max_per_second] + 1.0 > loop.time():
            await asyncio.sleep(starts[-max_per_second] + 1.0 - loop.time())
        starts.append(loop.time())
        try:
            results.append(await fetch(url))
        except Exception:
            results.append(None)
    return results
