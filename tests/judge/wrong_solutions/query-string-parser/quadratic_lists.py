# expect: too_slow
# Correct, but builds a new list for every value: a name repeated n times costs O(n^2).
from urllib.parse import unquote_plus


def parse_query(url):
    if "?" not in url:
        return {}
    query = url.split("?", 1)[1].split("#", 1)[0]
    params = {}
    for piece in query.split("&"):
        if piece:
            name, _, value = piece.partition("=")
            name, value = unquote_plus(name, errors="replace"), unquote_plus(value, errors="replace")
            params[name] = params.get(name, []) + [value]
    return params
