# expect: wrong_answer
# Lenient validation: relies on int() for status and latency, which accepts "+20", "-5" and
# surrounding signs, so malformed lines are counted as valid.
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
        try:
            timestamp, method, path, status, latency = fields
            status, latency = int(status), int(latency)
        except ValueError:
            malformed += 1
            continue
        if not TIMESTAMP.fullmatch(timestamp) or method not in METHODS or not path.startswith("/") or not 100 <= status <= 599:
            malformed += 1
            continue
        key = method + " " + path.split("?")[0]
        groups.setdefault(key, []).append((status, latency))
    endpoints = []
    for key, rows in groups.items():
        latencies = sorted(latency for _, latency in rows)
        rank = -(-95 * len(latencies) // 100)
        endpoints.append({"endpoint": key, "count": len(rows), "server_errors": sum(1 for s, _ in rows if s >= 500), "p95_ms": latencies[rank - 1]})
    endpoints.sort(key=lambda e: (-e["count"], e["endpoint"]))
    return {"total": sum(e["count"] for e in endpoints), "malformed": malformed, "endpoints": endpoints}
