# expect: runtime_error
# Assumes every % starts a valid escape: int() raises on '%zz' or a trailing '%'.
def _decode(text):
    text = text.replace("+", " ")
    out = bytearray()
    i = 0
    while i < len(text):
        if text[i] == "%":
            out.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            out += text[i].encode()
            i += 1
    return out.decode("utf-8", "replace")


def parse_query(url):
    if "?" not in url:
        return {}
    query = url.split("?", 1)[1].split("#", 1)[0]
    params = {}
    for piece in query.split("&"):
        if piece:
            name, _, value = piece.partition("=")
            params.setdefault(_decode(name), []).append(_decode(value))
    return params
