"""OpenAPI review: loading, readable validity errors, offline refs, and the design rules."""

from __future__ import annotations

import json
import socket

import pytest

from bis.errors import InputError
from bis.review import oasvalid
from bis.review.openapi import review_openapi
from bis.review.specload import SpecSyntaxError, load_spec, load_yaml
from tests.review.seeded import clean, mutate


def _rules(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in review_openapi(text).findings:
        out.setdefault(f.rule, []).append(f)
    return out


def test_yaml_loader_matches_pyyaml_for_json_compatible_values() -> None:
    import yaml

    text = clean("clean_openapi.yaml")
    data, lines = load_yaml(text)
    assert data == yaml.safe_load(text)
    assert lines[("paths", "/orders", "post")] == text.splitlines().index("    post:", text.splitlines().index("  /orders:")) + 1
    values, _ = load_yaml("a: 0x1F\nb: '017'\nc: 2020-01-01\nd: yes\n200: ok\nbase: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n")
    assert values == {"a": 31, "b": "017", "c": "2020-01-01", "d": True, "200": "ok", "base": {"x": 1}, "m": {"x": 1, "y": 2}}


def test_alias_bomb_is_refused_and_bad_yaml_is_a_finding() -> None:
    bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdef", "bcdefg", strict=True)
    )
    with pytest.raises(InputError, match="alias"):
        load_yaml(bomb)
    with pytest.raises(SpecSyntaxError):
        load_spec("openapi: 3.0.0\npaths:\n  /a: [unclosed\n")
    rules = _rules("openapi: 3.0.0\npaths:\n  /a: [unclosed\n")
    assert rules["oas-invalid"][0].line is not None


def test_validator_errors_are_one_readable_sentence() -> None:
    text = clean("clean_openapi.yaml")
    text = mutate(text, "      operationId: createCustomer\n      summary: Create a customer\n      requestBody:",
                  "      operationId: createCustomer\n      summary: Create a customer\n      requestBdy:")
    text = mutate(text, "      name: page_token\n      in: query", "      name: page_token\n      in: querry")
    messages = [f.message for f in _rules(text)["oas-invalid"]]
    assert any("unknown field 'requestBdy'" in m and "did you mean 'requestBody'" in m for m in messages), messages
    assert any("'querry' is not allowed" in m and "query" in m and "header" in m for m in messages), messages
    assert all(len(m) < 200 and "{'" not in m for m in messages)


def test_external_refs_are_reported_and_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    text = mutate(clean("clean_openapi.yaml"), "                $ref: '#/components/schemas/OrderPage'\n",
                  "                $ref: 'https://schemas.example.com/order-page.yaml'\n")
    rules = _rules(text)
    assert rules["oas-external-ref"][0].severity == "info"
    assert rules["oas-external-ref"][0].method == "get"
    assert attempts == []


def test_json_specs_get_lines_too() -> None:
    import yaml

    spec = yaml.safe_load(clean("clean_openapi.yaml"))
    text = json.dumps(spec, indent=2).replace('"https://api.example.com/v1"', '"https://api.example.com"')
    finding = _rules(text)["oas-no-versioning"][0]
    data, lines, fmt = load_spec(text)
    assert fmt == "json" and lines[("paths", "/orders")] > 1 and finding.message.startswith("no version")


def test_semantic_pass_stops_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import yaml

    monkeypatch.setattr(oasvalid, "MIN_SEMANTIC_S", 0.0)
    spec = yaml.safe_load(clean("clean_openapi.yaml"))
    findings, notes = oasvalid.validate(spec, {}, deadline=time.perf_counter() - 1)
    assert findings == [] and "covered 0 of 6 paths" in notes[0]
    findings, notes = oasvalid.validate(spec, {})
    assert findings == [] and notes == []


def test_swagger2_is_reviewed_too() -> None:
    spec = {
        "swagger": "2.0",
        "info": {"title": "Old", "version": "1"},
        "basePath": "/api",
        "paths": {"/widgets": {"post": {"operationId": "addWidget", "parameters": [{"in": "body", "name": "w", "schema": {"type": "object"}}],
                                        "responses": {"200": {"description": "ok"}}}}},
    }
    rules = _rules(json.dumps(spec))
    assert {"oas-swagger2", "oas-create-not-201", "oas-no-versioning", "oas-write-errors-undocumented"} <= set(rules)
    assert "oas-invalid" not in rules


def test_action_endpoints_are_not_creates() -> None:
    text = mutate(clean("clean_openapi.yaml"), "  /orders/{order_id}/cancellation:", "  /orders/{order_id}/cancel:")
    assert not {"oas-create-not-201", "oas-verb-in-path", "oas-missing-idempotency-key"} & set(_rules(text))
