# expect: too_slow
# Correct, but keeps endpoints in a list and searches it for every line: O(n * endpoints).
import re

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def summarize(lines):
    endpoints = []
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
        for entry in endpoints:
            if entry["endpoint"] == key:
                break
        else:
            entry = {"endpoint": key, "count": 0, "server_errors": 0, "latencies": []}
            endpoints.append(entry)
        entry["count"] += 1
        entry["server_errors"] += 1 if int(fields[3]) >= 500 else 0
        entry["latencies"].append(int(fields[4]))
    result = []
    for entry in endpoints:
        latencies = sorted(entry.pop("latencies"))
        entry["p95_ms"] = latencies[-(-95 * len(latencies) // 100) - 1]
        result.append(entry)
    result.sort(key=lambda e: (-e["count"], e["endpoint"]))
    return {"total": sum(e["count"] for e in result), "malformed": malformed, "endpoints": result}
