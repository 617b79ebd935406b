# expect: wrong_answer
# Missed update: a repeated field replaces the earlier value instead of being combined, and
# a second Host or Content-Length line silently wins.
import re

TOKEN = re.compile(r"[A-Za-z0-9!#$%&'*+\-.^_`|~]+")


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
    headers = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        value = value.strip(" \t")
        if not colon or not TOKEN.fullmatch(name) or re.search(r"[\x00-\x08\x0a-\x1f\x7f]", value):
            return {"error": "bad_header"}
        headers[name.lower()] = value
    if "host" not in headers and version != "HTTP/1.0":
        return {"error": "missing_host"}
    if "content-length" in headers:
        if not headers["content-length"].isdigit():
            return {"error": "bad_content_length"}
        if "transfer-encoding" in headers:
            return {"error": "ambiguous_length"}
    return {"method": method, "target": target, "version": version, "headers": headers}
