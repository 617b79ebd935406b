"""Seeded defects: clean inputs (tests/review/data) and variants with one injected defect each.

Shared by tests/review/test_seeded.py and benchmarks/review_bench.py. Every
variant names the rule that must find its defect. Also generates the large
inputs for the timing bars (a 5,000-line SQL file, a 2 MB OpenAPI spec).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Case:
    kind: str  # sql | openapi | proto
    name: str
    text: str
    rule: str  # the rule that must fire
    dialect: str | None = None


def clean(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


CLEAN = {
    ("sql", "postgres"): "clean_postgres.sql",
    ("sql", "mysql"): "clean_mysql.sql",
    ("sql", "sqlite"): "clean_sqlite.sql",
    ("openapi", None): "clean_openapi.yaml",
    ("proto", None): "clean.proto",
}


def mutate(text: str, old: str, new: str) -> str:
    if old not in text:
        raise AssertionError(f"seed text not found: {old!r}")
    return text.replace(old, new, 1)


def _sql_cases() -> list[Case]:
    pg = clean("clean_postgres.sql")
    my = clean("clean_mysql.sql")
    lite = clean("clean_sqlite.sql")
    edits = [
        ("pk-removed", pg, "id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    email", "id          bigint GENERATED ALWAYS AS IDENTITY,\n    email", "sql-missing-primary-key"),
        ("fk-index-dropped", pg, "CREATE INDEX payments_order_id_idx ON payments (order_id);\n", "", "sql-fk-without-index"),
        ("fk-index-dropped-items", pg, "CREATE INDEX order_items_product_id_idx ON order_items (product_id);\n", "", "sql-fk-without-index"),
        ("money-double", pg, "total_amount     numeric(19, 4) NOT NULL", "total_amount     double precision NOT NULL", "sql-money-float"),
        ("money-real", pg, "amount       numeric(19, 4) NOT NULL CHECK", "amount       real NOT NULL CHECK", "sql-money-float"),
        ("timestamp-no-tz", pg, "created_at       timestamptz NOT NULL DEFAULT now(),\n    updated_at", "created_at       timestamp NOT NULL DEFAULT now(),\n    updated_at", "sql-timestamp-without-time-zone"),
        ("timestamp-no-tz-events", pg, "occurred_at  timestamptz NOT NULL", "occurred_at  timestamp without time zone NOT NULL", "sql-timestamp-without-time-zone"),
        ("currency-nullable", pg, "currency     char(3) NOT NULL,\n    state", "currency     char(3),\n    state", "sql-nullable-required"),
        ("status-nullable", pg, "status           order_status NOT NULL DEFAULT 'pending'", "status           order_status DEFAULT 'pending'", "sql-nullable-required"),
        ("sku-not-unique", pg, "sku          text NOT NULL UNIQUE", "sku          text NOT NULL", "sql-natural-key-not-unique"),
        ("external-id-not-unique", pg, "external_id  text NOT NULL UNIQUE", "external_id  text NOT NULL", "sql-natural-key-not-unique"),
        ("idempotency-not-unique", pg, ",\n    CONSTRAINT orders_idempotency_key_key UNIQUE (customer_id, idempotency_key)", "", "sql-natural-key-not-unique"),
        ("state-free-text", pg, "state        text NOT NULL CHECK (state IN ('authorized', 'captured', 'refunded', 'failed'))", "state        text NOT NULL", "sql-status-free-text"),
        ("status-enum-to-text", pg, "status           order_status NOT NULL DEFAULT 'pending'", "status           varchar(20) NOT NULL DEFAULT 'pending'", "sql-status-free-text"),
        ("soft-delete-no-partial", pg, "(lower(email)) WHERE deleted_at IS NULL;", "(lower(email));", "sql-soft-delete-without-partial-index"),
        ("events-not-partitioned", pg, ") PARTITION BY RANGE (occurred_at);", ");", "sql-append-only-without-time-index"),
        ("payments-no-time-index", pg, "CREATE INDEX payments_created_at_brin ON payments USING brin (created_at);\n", "", "sql-append-only-without-time-index"),
        ("camel-case-column", pg, "full_name   text NOT NULL", "fullName    text NOT NULL", "sql-inconsistent-naming"),
        ("fk-type-mismatch", pg, "order_id          bigint NOT NULL REFERENCES orders (id)", "order_id          integer NOT NULL REFERENCES orders (id)", "sql-fk-type-mismatch"),
        ("password-column", pg, "full_name   text NOT NULL,\n", "full_name   text NOT NULL,\n    password    text NOT NULL,\n", "sql-password-column"),
        ("mysql-utf8", my, "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci", "ENGINE=InnoDB DEFAULT CHARSET=utf8", "sql-mysql-utf8mb3"),
        ("mysql-myisam", my, ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\nCREATE TABLE payments", ") ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;\n\nCREATE TABLE payments", "sql-mysql-myisam"),
        ("mysql-money-float", my, "amount DECIMAL(19, 4) NOT NULL", "amount DOUBLE NOT NULL", "sql-money-float"),
        ("mysql-no-pk", my, "  PRIMARY KEY (id),\n  UNIQUE KEY payments_external_id_key", "  UNIQUE KEY payments_external_id_key", "sql-missing-primary-key"),
        ("mysql-fk-type-mismatch", my, "order_id BIGINT UNSIGNED NOT NULL", "order_id INT NOT NULL", "sql-fk-type-mismatch"),
        ("sqlite-fk-index-dropped", lite, "CREATE INDEX payments_order_id_idx ON payments (order_id);\n", "", "sql-fk-without-index"),
        ("sqlite-fk-pragma-missing", lite, "PRAGMA foreign_keys = ON;\n", "", "sql-sqlite-foreign-keys-off"),
        ("sqlite-money-real", lite, "amount_cents INTEGER NOT NULL", "amount REAL NOT NULL", "sql-money-float"),
    ]
    dialect = {id(pg): "postgres", id(my): "mysql", id(lite): "sqlite"}
    return [Case("sql", name, mutate(src, old, new), rule, dialect[id(src)]) for name, src, old, new, rule in edits]


def _openapi_cases() -> list[Case]:
    y = clean("clean_openapi.yaml")
    create_customer_201 = "    post:\n      operationId: createCustomer\n      summary: Create a customer\n"
    edits = [
        ("no-version", "  - url: https://api.example.com/v1\n", "  - url: https://api.example.com\n", "oas-no-versioning"),
        ("verb-in-path", "  /orders/{order_id}:\n", "  /orders/delete/{order_id}:\n", "oas-verb-in-path"),
        ("singular-collection", "  /customers/{customer_id}:\n", "  /customer/{customer_id}:\n", "oas-singular-collection"),
        ("list-without-pagination",
         "      operationId: listPayments\n      parameters:\n        - $ref: '#/components/parameters/page_size'\n        - $ref: '#/components/parameters/page_token'\n      responses:\n        '200':\n          description: One page of payments\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/PaymentPage'\n",
         "      operationId: listPayments\n      responses:\n        '200':\n          description: All payments\n          content:\n            application/json:\n              schema:\n                type: array\n                items:\n                  $ref: '#/components/schemas/Payment'\n",
         "oas-list-no-pagination"),
        ("payment-without-idempotency-key",
         "      operationId: createPayment\n      parameters:\n        - $ref: '#/components/parameters/idempotency_key'\n",
         "      operationId: createPayment\n", "oas-missing-idempotency-key"),
        ("create-returns-200", create_customer_201 + "      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/NewCustomer'\n      responses:\n        '201':\n          description: Created\n          headers:\n            Location:\n              $ref: '#/components/headers/Location'\n",
         create_customer_201 + "      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/NewCustomer'\n      responses:\n        '200':\n          description: Created\n",
         "oas-create-not-201"),
        ("create-without-location",
         "      operationId: createOrder\n      parameters:\n        - $ref: '#/components/parameters/idempotency_key'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/NewOrder'\n      responses:\n        '201':\n          description: Created\n          headers:\n            Location:\n              $ref: '#/components/headers/Location'\n",
         "      operationId: createOrder\n      parameters:\n        - $ref: '#/components/parameters/idempotency_key'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/NewOrder'\n      responses:\n        '201':\n          description: Created\n",
         "oas-create-no-location"),
        ("delete-returns-200", "        '204':\n          description: Deleted\n", "        '200':\n          description: Deleted\n", "oas-delete-status"),
        ("write-errors-undocumented",
         "        '400':\n          $ref: '#/components/responses/BadRequest'\n        '409':\n          $ref: '#/components/responses/Conflict'\n        '422':\n          $ref: '#/components/responses/Unprocessable'\n        '429':\n          $ref: '#/components/responses/TooManyRequests'\n  /customers/{customer_id}:",
         "        '429':\n          $ref: '#/components/responses/TooManyRequests'\n  /customers/{customer_id}:",
         "oas-write-errors-undocumented"),
        ("put-without-409",
         "        '404':\n          $ref: '#/components/responses/NotFound'\n        '409':\n          $ref: '#/components/responses/Conflict'\n        '422':\n          $ref: '#/components/responses/Unprocessable'\n        '429':\n          $ref: '#/components/responses/TooManyRequests'\n    patch:",
         "        '404':\n          $ref: '#/components/responses/NotFound'\n        '422':\n          $ref: '#/components/responses/Unprocessable'\n        '429':\n          $ref: '#/components/responses/TooManyRequests'\n    patch:",
         "oas-no-conflict-response"),
        ("second-error-schema",
         "    get:\n      operationId: getOrder\n      responses:\n        '200':\n          description: The order\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Order'\n        '404':\n          $ref: '#/components/responses/NotFound'\n",
         "    get:\n      operationId: getOrder\n      responses:\n        '200':\n          description: The order\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Order'\n        '404':\n          description: Not found\n          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  error_message:\n                    type: string\n",
         "oas-inconsistent-error-schema"),
        ("no-global-security", "security:\n  - bearer_auth: []\npaths:", "paths:", "oas-write-unsecured"),
        ("public-payment-post", "    post:\n      operationId: createPayment\n", "    post:\n      operationId: createPayment\n      security: []\n", "oas-write-unsecured"),
        ("patch-requires-fields", "    CustomerPatch:\n      type: object\n      properties:", "    CustomerPatch:\n      type: object\n      required: [email, full_name]\n      properties:", "oas-put-patch-semantics"),
        ("put-on-collection", "  /customers:\n    get:", "  /customers:\n    put:\n      operationId: replaceAllCustomers\n      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/NewCustomer'\n      responses:\n        '200':\n          description: Replaced\n        '400':\n          $ref: '#/components/responses/BadRequest'\n        '409':\n          $ref: '#/components/responses/Conflict'\n    get:", "oas-put-patch-semantics"),
        ("camel-case-property", "        full_name:\n          type: string\n          maxLength: 200\n    CustomerPatch:", "        fullName:\n          type: string\n          maxLength: 200\n    CustomerPatch:", "oas-naming-case"),
        ("429-without-retry-after", "      description: Rate limit exceeded\n      headers:\n        Retry-After:\n          $ref: '#/components/headers/Retry-After'\n", "      description: Rate limit exceeded\n", "oas-429-no-retry-after"),
        ("get-with-body", "    get:\n      operationId: getCustomer\n", "    get:\n      operationId: getCustomer\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n", "oas-get-with-body"),
        ("secret-in-query", "      operationId: listOrders\n      parameters:\n", "      operationId: listOrders\n      parameters:\n        - name: api_key\n          in: query\n          required: true\n          schema:\n            type: string\n", "oas-secret-in-query"),
        ("operation-id-with-spaces", "operationId: getOrder\n", "operationId: get order by id\n", "oas-operation-id"),
        ("typo-field", "    post:\n      operationId: createCustomer\n      summary: Create a customer\n      requestBody:", "    post:\n      operationId: createCustomer\n      summary: Create a customer\n      requestBdy:", "oas-invalid"),
        ("missing-title", "  title: Shop API\n", "", "oas-invalid"),
        ("undeclared-path-param", "  /orders/{order_id}/cancellation:\n    parameters:\n      - $ref: '#/components/parameters/order_id'\n", "  /orders/{order_id}/cancellation:\n", "oas-invalid"),
        ("dangling-ref", "                $ref: '#/components/schemas/OrderPage'\n", "                $ref: '#/components/schemas/OrdersPage'\n", "oas-unresolved-ref"),
    ]
    return [Case("openapi", name, mutate(y, old, new), rule) for name, old, new, rule in edits]


def _proto_cases() -> list[Case]:
    p = clean("clean.proto")
    edits = [
        ("package-unversioned", "package acme.shop.v1;", "package acme.shop;", "proto-package-unversioned"),
        ("package-missing", "package acme.shop.v1;\n", "", "proto-package-unversioned"),
        ("enum-zero-meaningful", "ORDER_STATUS_UNSPECIFIED = 0;", "ORDER_STATUS_NEW = 0;", "proto-enum-zero"),
        ("enum-first-nonzero", "ORDER_STATUS_UNSPECIFIED = 0;", "ORDER_STATUS_UNSPECIFIED = 5;", "proto-enum-zero"),
        ("removed-field-not-reserved", "  reserved 7;\n  reserved \"legacy_total\";\n", "", "proto-field-gap"),
        ("reserved-number-reused", "google.protobuf.Timestamp update_time = 8;", "google.protobuf.Timestamp update_time = 7;", "proto-reserved-reuse"),
        ("reserved-name-missing", "  reserved \"legacy_total\";\n", "", "proto-reserved-no-name"),
        ("empty-request", "rpc GetOrder(GetOrderRequest)", "rpc GetOrder(google.protobuf.Empty)", "proto-rpc-bare-types"),
        ("empty-response", "returns (CancelOrderResponse);", "returns (google.protobuf.Empty);", "proto-rpc-bare-types"),
        ("shared-request", "rpc CancelOrder(CancelOrderRequest)", "rpc CancelOrder(GetOrderRequest)", "proto-rpc-bare-types"),
        ("domain-request", "rpc CancelOrder(CancelOrderRequest)", "rpc CancelOrder(LineItem)", "proto-rpc-request-name"),
        ("list-without-page-token", "  string page_token = 3;", "  string cursor = 3;", "proto-list-no-pagination"),
        ("list-without-next-token", "  string next_page_token = 2;", "  string next_cursor = 2;", "proto-list-no-pagination"),
        ("get-streams", "returns (Order);\n  rpc ListOrders", "returns (stream Order);\n  rpc ListOrders", "proto-streaming-single"),
        ("camel-case-field", "string customer_id = 2;", "string customerId = 2;", "proto-naming"),
        ("enum-value-lower-case", "ORDER_STATUS_PAID = 2;", "order_status_paid = 2;", "proto-naming"),
        ("money-as-double", "google.type.Money unit_price = 3;", "double unit_price = 3;", "proto-money-float"),
        ("time-as-int64", "google.protobuf.Timestamp create_time = 6;", "int64 create_time = 6;", "proto-time-as-scalar"),
        ("duplicate-number", "int32 quantity = 2;", "int32 quantity = 1;", "proto-duplicate-number"),
        ("implementation-reserved-number", "string reason = 2;", "string reason = 19001;", "proto-field-number-range"),
        ("syntax-error", "string filter = 4;", "string filter = 4", "proto-syntax-error"),
        ("syntax-missing", "syntax = \"proto3\";\n", "", "proto-no-syntax"),
        ("enum-value-collision", "message Order {", "enum LegacyStatus {\n  ORDER_STATUS_UNSPECIFIED = 0;\n}\n\nmessage Order {", "proto-enum-value-collision"),
    ]
    return [Case("proto", name, mutate(p, old, new), rule) for name, old, new, rule in edits]


def cases() -> list[Case]:
    return _sql_cases() + _openapi_cases() + _proto_cases()


def big_sql(lines: int = 5000) -> str:
    """A realistic PostgreSQL schema of about `lines` lines: tables, indexes, constraints."""
    out: list[str] = []
    n = 0
    while len(out) < lines:
        out += [
            f"CREATE TABLE account_{n} (",
            "    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,",
            f"    parent_id    bigint REFERENCES account_{max(n - 1, 0)} (id),",
            "    email        text NOT NULL,",
            "    status       text NOT NULL CHECK (status IN ('active', 'closed')),",
            "    balance      numeric(19, 4) NOT NULL DEFAULT 0,",
            "    created_at   timestamptz NOT NULL DEFAULT now(),",
            "    updated_at   timestamp NOT NULL DEFAULT now()",
            ");",
            f"CREATE UNIQUE INDEX account_{n}_email_key ON account_{n} (email);",
            f"CREATE INDEX account_{n}_created_at_idx ON account_{n} (created_at);",
            f"ALTER TABLE ONLY account_{n} ADD CONSTRAINT account_{n}_balance_check CHECK (balance >= 0);",
            "",
        ]
        n += 1
    return "\n".join(out[:lines]) + "\n"


def big_openapi(size: int = 2 * 1024 * 1024, fmt: str = "yaml") -> str:
    """An OpenAPI 3.0 spec of about `size` bytes: many resources, each with list/create/get/delete."""
    import yaml

    spec: dict = {
        "openapi": "3.0.3",
        "info": {"title": "Big API", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "security": [{"bearer": []}],
        "paths": {},
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}, "schemas": {}},
    }
    def add(i: int) -> None:
        name = f"Resource{i}"
        schema = {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": {"type": "string", "maxLength": 200},
                "created_at": {"type": "string", "format": "date-time"},
                "item_count": {"type": "integer", "format": "int64"},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        }
        spec["components"]["schemas"][name] = schema
        ref = {"$ref": f"#/components/schemas/{name}"}
        spec["paths"][f"/service{i}/resources"] = {
            "get": {
                "operationId": f"listResources{i}",
                "parameters": [
                    {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                    {"name": "page_token", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {"200": {"description": "A page", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"items": {"type": "array", "items": ref}, "next_page_token": {"type": "string"}}}}}}},
            },
            "post": {
                "operationId": f"createResource{i}",
                "requestBody": {"required": True, "content": {"application/json": {"schema": ref}}},
                "responses": {
                    "201": {"description": "Created", "headers": {"Location": {"schema": {"type": "string"}}},
                            "content": {"application/json": {"schema": ref}}},
                    "409": {"description": "Conflict"},
                    "422": {"description": "Invalid"},
                },
            },
        }
        spec["paths"][f"/service{i}/resources/{{resource_id}}"] = {
            "parameters": [{"name": "resource_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {"operationId": f"getResource{i}", "responses": {"200": {"description": "One", "content": {"application/json": {"schema": ref}}}}},
            "delete": {"operationId": f"deleteResource{i}", "responses": {"204": {"description": "Deleted"}}},
        }

    def dump() -> str:
        return json.dumps(spec, indent=2) if fmt == "json" else yaml.safe_dump(spec, sort_keys=False)

    for i in range(20):
        add(i)
    per = len(dump()) / 20
    for i in range(20, max(20, int(size / per))):
        add(i)
    return dump()
