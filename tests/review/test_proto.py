""".proto review: syntax errors with lines, protoc's hard rules and the style/API guidance."""

from __future__ import annotations

from bis.review.proto import review_proto


def _rules(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in review_proto(text).findings:
        out.setdefault(f.rule, []).append(f)
    return out


def test_syntax_error_has_its_line_and_nothing_is_printed(capsys) -> None:  # type: ignore[no-untyped-def]
    rules = _rules('syntax = "proto3";\npackage a.v1;\nmessage A {\n  int32 x = 1\n}\n')
    assert rules["proto-syntax-error"][0].line == 5
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""  # ANTLR's console listener is replaced


def test_reserved_ranges_and_names() -> None:
    text = 'syntax = "proto3";\npackage a.v1;\nmessage A {\n  reserved 2, 5 to max;\n  reserved "old";\n  int32 x = 1;\n  string old = 3;\n  int32 z = 4;\n  int64 y = 6;\n}\n'
    rules = _rules(text)
    messages = " ".join(f.message for f in rules["proto-reserved-reuse"])
    assert "A.old uses reserved name" in messages and "A.y uses reserved number 6" in messages
    assert "proto-field-gap" not in rules  # 2 is reserved


def test_proto2_required_and_enum_rules_only_where_they_apply() -> None:
    proto2 = 'syntax = "proto2";\npackage a.v1;\nenum Color {\n  RED = 1;\n}\nmessage A {\n  required int32 x = 1;\n}\n'
    rules = _rules(proto2)
    assert "proto-required" in rules
    assert "proto-enum-zero" not in rules  # proto2 enums may start anywhere
    proto3 = proto2.replace('"proto2"', '"proto3"').replace("required ", "")
    zero = _rules(proto3)["proto-enum-zero"][0]
    assert zero.severity == "error" and zero.line == 4


def test_list_pagination_needs_both_sides() -> None:
    base = ('syntax = "proto3";\npackage a.v1;\nservice S {\n  rpc ListThings(ListThingsRequest) returns (ListThingsResponse);\n}\n'
            "message Thing {\n  string name = 1;\n}\n"
            "message ListThingsRequest {\n  int32 page_size = 1;\n  string page_token = 2;\n}\n"
            "message ListThingsResponse {\n  repeated Thing things = 1;\n  string next_page_token = 2;\n}\n")
    assert "proto-list-no-pagination" not in _rules(base)
    broken = base.replace("string next_page_token = 2;", "int32 total = 2;")
    assert "next_page_token" in _rules(broken)["proto-list-no-pagination"][0].message


def test_durations_and_times_as_numbers_are_noted() -> None:
    rules = _rules('syntax = "proto3";\npackage a.v1;\nmessage A {\n  int64 created_at = 1;\n  int32 timeout_ms = 2;\n}\n')
    assert [f.path for f in rules["proto-time-as-scalar"]] == ["A.created_at"]
