# expect: wrong_answer
# Missing limits: fires every request at once.
import asyncio


async def fetch_all(urls, fetch, max_concurrency, max_per_second):
    results = await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)
    return [None if isinstance(r, Exception) else r for r in results]
