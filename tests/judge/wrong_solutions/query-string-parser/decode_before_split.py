# expect: wrong_answer
# Decodes the whole query first, so an encoded & or = inside a value splits it.
from urllib.parse import unquote_plus


def parse_query(url):
    if "?" not in url:
        return {}
    query = unquote_plus(url.split("?", 1)[1].split("#", 1)[0])
    params = {}
    for piece in query.split("&"):
        if piece:
            name, _, value = piece.partition("=")
            params.setdefault(name, []).append(value)
    return params
