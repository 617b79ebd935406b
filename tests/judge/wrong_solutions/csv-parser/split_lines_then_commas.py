# expect: wrong_answer
# Splits into lines and then on commas, stripping quotes: breaks on quoted commas and
# quoted line breaks, and never reports quote errors.
def parse_csv(text):
    if text == "":
        return {"rows": []}
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    rows = []
    width = None
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        fields = []
        for raw in line.split(","):
            if len(raw) >= 2 and raw[0] == '"' and raw[-1] == '"':
                raw = raw[1:-1].replace('""', '"')
            fields.append(raw)
        if width is None:
            width = len(fields)
        elif len(fields) != width:
            return {"error": "field_count", "line": number, "column": 1}
        rows.append(fields)
    return {"rows": rows}
