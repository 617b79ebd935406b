# expect: wrong_answer
# Repeated names overwrite each other instead of collecting values; also keeps the fragment.
from urllib.parse import unquote_plus


def parse_query(url):
    if "?" not in url:
        return {}
    params = {}
    for piece in url.split("?", 1)[1].split("&"):
        if piece:
            name, _, value = piece.partition("=")
            params[unquote_plus(name)] = [unquote_plus(value)]
    return params
