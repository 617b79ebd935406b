# expect: wrong_answer
# Wrong edge handling: demands a Host header from HTTP/1.0 requests too.
import re


def parse_request(raw):
    end = raw.find("\r\n\r\n")
    if end == -1:
        return {"error": "incomplete"}
    lines = raw[:end].split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        return {"error": "bad_request_line"}
    method, target, version = parts
    if not re.fullmatch(r"[A-Z]+", method) or not re.fullmatch(r"[!-~]+", target):
        return {"error": "bad_request_line"}
    if target == "*" and method != "OPTIONS" or target != "*" and not target.startswith(("/", "http://", "https://")):
        return {"error": "bad_request_line"}
    if not re.fullmatch(r"HTTP/[0-9]\.[0-9]", version):
        return {"error": "bad_request_line"}
    if not version.startswith("HTTP/1."):
        return {"error": "unsupported_version"}
    values = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        value = value.strip(" \t")
        if not colon or not re.fullmatch(r"[A-Za-z0-9!#$%&'*+\-.^_`|~]+", name):
            return {"error": "bad_header"}
        if re.search(r"[\x00-\x08\x0a-\x1f\x7f]", value):
            return {"error": "bad_header"}
        values.setdefault(name.lower(), []).append(value)
    if len(values.get("host", [])) > 1:
        return {"error": "duplicate_host"}
    if "host" not in values:
        return {"error": "missing_host"}
    if "content-length" in values:
        if len(values["content-length"]) != 1 or not values["content-length"][0].isdigit():
            return {"error": "bad_content_length"}
        if "transfer-encoding" in values:
            return {"error": "ambiguous_length"}
    return {"method": method, "target": target, "version": version, "headers": {k: ", ".join(v) for k, v in values.items()}}
