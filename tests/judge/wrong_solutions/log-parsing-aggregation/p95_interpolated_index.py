# expect: wrong_answer
# Wrong percentile definition: index int(0.95 * (n - 1)) is not the nearest rank, so small
# groups report the second largest latency instead of the largest.
import re

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def summarize(lines):
    groups = {}
    malformed = 0
    for line in lines:
        fields = line.split()
        if not fields:
            continue
        if (
            len(fields) != 5
            or not TIMESTAMP.fullmatch(fields[0])
            or fields[1] not in METHODS
            or not fields[2].startswith("/")
            or not (len(fields[3]) == 3 and fields[3].isdigit() and 100 <= int(fields[3]) <= 599)
            or not fields[4].isdigit()
        ):
            malformed += 1
            continue
        key = fields[1] + " " + fields[2].split("?")[0]
        groups.setdefault(key, []).append((int(fields[3]), int(fields[4])))
    endpoints = []
    for key, rows in groups.items():
        latencies = sorted(latency for _, latency in rows)
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        endpoints.append({"endpoint": key, "count": len(rows), "server_errors": sum(1 for s, _ in rows if s >= 500), "p95_ms": p95})
    endpoints.sort(key=lambda e: (-e["count"], e["endpoint"]))
    return {"total": sum(e["count"] for e in endpoints), "malformed": malformed, "endpoints": endpoints}
