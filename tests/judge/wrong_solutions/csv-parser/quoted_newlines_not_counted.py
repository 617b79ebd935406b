# expect: wrong_answer
# Missed update: line breaks inside quoted fields do not advance the line counter, so every
# position after a multi-line field is reported on the wrong line.
def parse_csv(text):
    n = len(text)
    if n == 0:
        return {"rows": []}
    rows, record, width = [], [], None
    i, line, line_start, record_line = 0, 1, 0, 1
    while True:
        if i < n and text[i] == '"':
            open_line, open_col = line, i - line_start + 1
            parts = []
            i += 1
            while True:
                close = text.find('"', i)
                if close == -1:
                    return {"error": "unterminated_quote", "line": open_line, "column": open_col}
                chunk = text[i:close]
                parts.append(chunk)
                if "\n" in chunk:
                    line_start = i + chunk.rfind("\n") + 1
                if close + 1 < n and text[close + 1] == '"':
                    parts.append('"')
                    i = close + 2
                    continue
                i = close + 1
                break
            if i < n and text[i] not in ",\n" and not text.startswith("\r\n", i):
                return {"error": "text_after_quote", "line": line, "column": i - line_start + 1}
            record.append("".join(parts))
        else:
            start = i
            while i < n and text[i] != "," and text[i] != "\n" and not text.startswith("\r\n", i):
                if text[i] == '"':
                    return {"error": "unexpected_quote", "line": line, "column": i - line_start + 1}
                i += 1
            record.append(text[start:i])
        if i < n and text[i] == ",":
            i += 1
            continue
        if width is None:
            width = len(record)
        elif len(record) != width:
            return {"error": "field_count", "line": record_line, "column": 1}
        rows.append(record)
        record = []
        if i >= n:
            break
        i += 2 if text[i] == "\r" else 1
        line, line_start, record_line = line + 1, i, line + 1
        if i >= n:
            break
    return {"rows": rows}
