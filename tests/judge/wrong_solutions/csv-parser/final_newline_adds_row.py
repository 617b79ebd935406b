# expect: wrong_answer
# Wrong edge handling: a final line break starts one more (empty) record.
def parse_csv(text):
    if text == "":
        return {"rows": []}
    rows, record, field = [], [], []
    i, n = 0, len(text)
    line, col, record_line, width = 1, 1, 1, None
    quoted = False
    quote_at = None
    after_quote = False
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 2
                    col += 2
                    continue
                quoted = False
                after_quote = True
            else:
                field.append(ch)
                if ch == "\n":
                    line += 1
                    col = 0
        elif ch == ",":
            record.append("".join(field))
            field, after_quote = [], False
        elif ch == "\n" or text.startswith("\r\n", i):
            record.append("".join(field))
            field, after_quote = [], False
            if width is None:
                width = len(record)
            elif len(record) != width:
                return {"error": "field_count", "line": record_line, "column": 1}
            rows.append(record)
            record = []
            if ch == "\r":
                i += 1
            line += 1
            col = 0
            record_line = line
        elif after_quote:
            return {"error": "text_after_quote", "line": line, "column": col}
        elif ch == '"':
            if field:
                return {"error": "unexpected_quote", "line": line, "column": col}
            quoted, quote_at = True, (line, col)
        else:
            field.append(ch)
        i += 1
        col += 1
    if quoted:
        return {"error": "unterminated_quote", "line": quote_at[0], "column": quote_at[1]}
    record.append("".join(field))
    if width is not None and len(record) != width:
        return {"error": "field_count", "line": record_line, "column": 1}
    rows.append(record)
    return {"rows": rows}
