# expect: too_slow
# Correct, but consumes the input with rest = rest[1:], copying the remaining text for every
# character: O(n^2).
def parse_csv(text):
    if text == "":
        return {"rows": []}
    rows, record, field = [], [], []
    rest = text
    line, col, record_line, width = 1, 1, 1, None
    while True:
        if rest.startswith('"'):
            open_line, open_col = line, col
            rest, col = rest[1:], col + 1
            while True:
                if not rest:
                    return {"error": "unterminated_quote", "line": open_line, "column": open_col}
                if rest.startswith('""'):
                    field.append('"')
                    rest, col = rest[2:], col + 2
                elif rest[0] == '"':
                    rest, col = rest[1:], col + 1
                    break
                else:
                    field.append(rest[0])
                    if rest[0] == "\n":
                        line, col = line + 1, 0
                    rest, col = rest[1:], col + 1
            if rest and rest[0] != "," and rest[0] != "\n" and not rest.startswith("\r\n"):
                return {"error": "text_after_quote", "line": line, "column": col}
        else:
            while rest and rest[0] != "," and rest[0] != "\n" and not rest.startswith("\r\n"):
                if rest[0] == '"':
                    return {"error": "unexpected_quote", "line": line, "column": col}
                field.append(rest[0])
                rest, col = rest[1:], col + 1
        record.append("".join(field))
        field = []
        if rest.startswith(","):
            rest, col = rest[1:], col + 1
            continue
        if width is None:
            width = len(record)
        elif len(record) != width:
            return {"error": "field_count", "line": record_line, "column": 1}
        rows.append(record)
        record = []
        if not rest:
            break
        rest = rest[2:] if rest.startswith("\r\n") else rest[1:]
        line, col = line + 1, 1
        record_line = line
        if not rest:
            break
    return {"rows": rows}
