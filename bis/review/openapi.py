"""Review of an OpenAPI 3.x / Swagger 2.0 spec: validity first, then API design.

Design rules: versioning, nouns and plural collections, pagination on list
endpoints, idempotency keys on POSTs that move money or create orders,
status codes (201 + Location on create, 204 on delete, 409/422 documented),
one error schema, security on write endpoints, PUT vs PATCH semantics, one
naming case, 429 with Retry-After, and a few sharp edges (GET with a body,
secrets in query strings, operationIds that are not identifiers).
"""

from __future__ import annotations

import re
import time
from typing import Any

from bis.review.findings import Analysis, Rule
from bis.review.oasdesign import (
    METHODS,
    error_schema_ids,
    is_collection,
    iter_operations,
    merged_params,
    naming_styles,
    request_schema,
    resolve,
    response_headers,
    response_schema,
    schema_list_field,
    schema_required,
    security_schemes,
    segments,
)
from bis.review.oasvalid import INVALID, ref_findings, validate
from bis.review.specload import Lines, SpecSyntaxError, line_for, load_spec

R = {
    r.id: r
    for r in (
        Rule("oas-no-versioning", "No API versioning", "warning",
             "Without a version in the URL (/v1), a header or the media type, the first breaking change breaks "
             "every client at once; there is no way to run old and new contracts side by side.",
             "Put the major version in the server URL or path prefix (`https://api.example.com/v1`), or use a "
             "version header consistently; `info.version` only versions the document."),
        Rule("oas-verb-in-path", "Verb in the path", "warning",
             "HTTP methods already carry the verb. `/createOrder` or `/orders/delete` hides the resource, "
             "breaks caching and method semantics (a GET that deletes is retried by proxies and crawlers), and "
             "multiplies endpoints.",
             "Name resources with nouns and let the method act: `POST /orders`, `DELETE /orders/{id}`; model "
             "real actions as sub-resources (`POST /orders/{id}/cancellation`)."),
        Rule("oas-singular-collection", "Singular collection name", "warning",
             "Mixing `/user/{id}` with `/orders/{id}` makes clients guess every URL; the common REST convention "
             "is plural collections.",
             "Use plural nouns for collections: `/users/{id}`."),
        Rule("oas-list-no-pagination", "List endpoint without pagination", "warning",
             "An unpaginated list grows with the data: response times, memory and payload size grow until "
             "requests time out; clients cannot fetch the rest of a large result.",
             "Add cursor pagination: a `limit`/`page_size` parameter plus `cursor`/`page_token`, and return "
             "`next_cursor` (or a Link header) with each page."),
        Rule("oas-missing-idempotency-key", "POST that moves money or creates orders without an idempotency key", "warning",
             "Clients retry on timeouts. Without an idempotency key a retried POST after a lost response charges "
             "twice or creates a duplicate order.",
             "Accept an `Idempotency-Key` header, store the key with the result (unique), and return the stored "
             "result for a repeated key."),
        Rule("oas-create-not-201", "Create does not return 201", "warning",
             "200 on create hides that a resource was made; clients and caches cannot tell creation from a read, "
             "and there is no standard place for the new resource's URL.",
             "Return `201 Created` with a `Location` header (and usually the created representation)."),
        Rule("oas-create-no-location", "201 without a Location header", "warning",
             "RFC 9110 says a 201 identifies the new resource, normally in `Location`; without it clients must "
             "build URLs themselves.",
             "Document a `Location` header on the 201 response."),
        Rule("oas-delete-status", "DELETE status code", "warning",
             "A DELETE with nothing to return should say so: `204 No Content` (or `202 Accepted` when deletion is "
             "asynchronous). A 200 without a body, or no documented success, leaves clients guessing.",
             "Return 204 on a successful delete (and 404 for an unknown id, or 204 again for idempotent deletes)."),
        Rule("oas-write-errors-undocumented", "Write endpoint without documented client errors", "warning",
             "Clients must branch on validation failures (400/422) and conflicts (409); without them documented, "
             "every error becomes a generic failure and retries happen where they must not.",
             "Document 400 or 422 for invalid input and 409 for conflicts (duplicates, version mismatches), with "
             "the shared error schema."),
        Rule("oas-no-conflict-response", "No 409 on a create or replace", "info",
             "Creates and replaces conflict: a duplicate natural key, or an If-Match version that no longer "
             "matches. Without 409 documented, clients treat a conflict like any failure and may retry forever.",
             "Document `409 Conflict` with the error schema."),
        Rule("oas-inconsistent-error-schema", "More than one error schema", "warning",
             "Clients write one error handler; different shapes per endpoint mean error details are lost or the "
             "handler crashes on the unexpected shape.",
             "Use one error schema everywhere, e.g. RFC 9457 problem details (`application/problem+json`)."),
        Rule("oas-no-security", "No security scheme", "warning",
             "Nothing in the spec says how callers authenticate, so write endpoints are documented as open to "
             "anyone, and generated clients carry no credentials.",
             "Define a security scheme (OAuth2, bearer JWT, API key header) and require it globally."),
        Rule("oas-write-unsecured", "Write endpoint without security", "warning",
             "This operation changes data but requires no credentials (no global requirement, or `security: []`).",
             "Require the security scheme on every write operation; keep anonymous access to reads that need it."),
        Rule("oas-put-patch-semantics", "PUT/PATCH semantics", "warning",
             "PUT replaces the whole resource at its URI and is idempotent; PATCH applies a partial change. Mixing "
             "them (a PUT on a collection, a PATCH that requires every field, a 'partial' PUT) breaks retries and "
             "makes clients wipe fields they did not send.",
             "Use PUT /things/{id} with the full representation; use PATCH with optional fields (JSON Merge Patch, "
             "RFC 7396) for partial updates."),
        Rule("oas-naming-case", "Inconsistent naming case", "warning",
             "Mixed snake_case and camelCase fields force clients to remember each one and break generated "
             "models' conventions.",
             "Pick one case for properties and parameters (and one for path segments) and use it everywhere."),
        Rule("oas-rate-limit-undocumented", "Rate limits not documented", "info",
             "Clients that do not know about 429 retry immediately and amplify overload; without Retry-After they "
             "guess a backoff.",
             "Document `429 Too Many Requests` with a `Retry-After` header (and RateLimit-* headers) on the "
             "operations that are limited."),
        Rule("oas-429-no-retry-after", "429 without Retry-After", "warning",
             "A 429 without `Retry-After` leaves clients to guess when to retry, so they retry too soon and stay "
             "throttled (or too late).",
             "Add a `Retry-After` header (seconds) to the 429 response, and RateLimit-Limit/Remaining/Reset if you "
             "expose quotas."),
        Rule("oas-get-with-body", "GET with a request body", "warning",
             "A GET body has no defined semantics (RFC 9110); proxies, caches and client libraries drop it.",
             "Move the filters to query parameters, or use POST on a search resource (`POST /orders/search`)."),
        Rule("oas-secret-in-query", "Secret in a query parameter", "warning",
             "Query strings are written to access logs, proxy logs and browser history, so the secret leaks.",
             "Send credentials in a header (`Authorization`, or an API-key header)."),
        Rule("oas-operation-id", "operationId problem", "info",
             "Code generators name methods after operationId; a missing or non-identifier id produces unusable or "
             "unstable method names.",
             "Give every operation a unique camelCase identifier, e.g. `listOrders`."),
        Rule("oas-swagger2", "Swagger 2.0", "info",
             "Swagger 2.0 was superseded by OpenAPI 3.0 in 2017; current tooling targets 3.x (request bodies, "
             "multiple media types, components, callbacks).",
             "Convert with a converter (e.g. swagger2openapi) and review the result."),
    )
}

TIME_BUDGET_S = 1.5  # the whole review; a 2 MB spec then finishes in under 3 s including start-up
PAY_WORDS = {
    "payment", "payments", "pay", "charge", "charges", "order", "orders", "transfer", "transfers", "refund",
    "refunds", "payout", "payouts", "invoice", "invoices", "transaction", "transactions", "checkout", "checkouts",
    "booking", "bookings", "reservation", "reservations", "subscription", "subscriptions", "purchase",
    "purchases", "withdrawal", "withdrawals", "deposit", "deposits",
}
VERBS = {"get", "create", "update", "delete", "remove", "add", "list", "fetch", "retrieve", "save", "set", "modify",
         "edit", "insert", "make", "new", "do", "put", "post", "patch"}
ACTION_ENDINGS = {"search", "query", "batch", "login", "logout", "token", "tokens", "refresh", "verify", "validate",
                  "validation", "preview", "estimate", "estimates", "export", "import", "calculate", "send", "cancel",
                  "cancellation", "confirm", "capture", "authorize", "reset", "bulk", "graphql", "webhook", "webhooks",
                  "sessions", "session", "auth", "oauth", "render", "lookup", "quote", "quotes"}
MONEY_ACTIONS = {"capture", "refund", "refunds", "charge", "charges", "pay", "payout", "payouts", "transfer", "transfers", "confirm"}
UNCOUNTABLE = {"data", "media", "news", "info", "metadata", "series", "species", "people", "children", "feedback",
               "staff", "equipment", "inventory", "analytics", "health", "status", "settings", "me", "config",
               "auth", "search", "admin", "software", "money", "traffic", "content", "api"}
CURSOR_PARAMS = {"offset", "page", "cursor", "page_token", "pagetoken", "after", "before", "starting_after",
                 "ending_before", "skip", "continuation_token", "continuationtoken", "next", "marker", "pageToken".lower(),
                 "next_token", "nexttoken", "start", "from", "since_id", "max_id", "page_number", "pagenumber"}
LIMIT_PARAMS = {"limit", "page_size", "pagesize", "per_page", "perpage", "size", "max_results", "maxresults", "top",
                "count", "first", "last", "max"}
NEXT_FIELDS = {"next", "next_cursor", "nextcursor", "next_page_token", "nextpagetoken", "next_page", "nextpage",
               "cursor", "links", "_links", "has_more", "hasmore", "continuation_token", "next_url", "nexturl"}
NEXT_HEADERS = {"link", "x-next", "x-next-cursor", "x-next-page", "x-continuation-token", "x-total-count"}
SECRET_PARAMS = {"api_key", "apikey", "key", "token", "access_token", "accesstoken", "password", "secret",
                 "client_secret", "auth", "session", "sessionid", "session_id", "jwt"}
VERSION_PARAMS = {"api-version", "x-api-version", "accept-version", "version", "x-version", "api_version"}
_VERSION_URL = re.compile(r"/v\d+(?:[._-]\d+)*(?:alpha\d*|beta\d*)?(?:/|$)|/\d{4}-\d{2}-\d{2}(?:/|$)", re.I)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def review_openapi(text: str, started: float | None = None) -> Analysis:
    """Review a spec; the validator's semantic pass stops at `started` + TIME_BUDGET_S."""
    started = time.perf_counter() if started is None else started
    out = Analysis()
    try:
        spec, lines, fmt = load_spec(text)
    except SpecSyntaxError as exc:
        out.add(INVALID.at(str(exc), line=exc.line))
        return out
    if not isinstance(spec, dict):
        out.add(INVALID.at(f"the document is {type(spec).__name__}, not a mapping with `openapi` and `paths`"))
        return out
    oas2 = str(spec.get("swagger", "")).startswith("2")
    version = str(spec.get("openapi") or spec.get("swagger") or "?")
    out.stats = {"format": fmt, "version": version, "paths": len(spec.get("paths") or {}),
                 "operations": sum(1 for _ in iter_operations(spec)), "bytes": len(text.encode("utf-8", "replace"))}
    out.extra["spec_version"] = ("Swagger " if oas2 else "OpenAPI ") + version
    refs, _ = ref_findings(spec, lines)
    out.extend(refs)
    if oas2:
        out.add(R["oas-swagger2"].at(f"swagger: {version}", line=line_for(lines, ("swagger",))))
    checked = _design(out, spec, lines, oas2)
    invalid, notes = validate(spec, lines, deadline=started + TIME_BUDGET_S)
    out.findings[:0] = invalid
    out.notes.extend(notes)
    _credits(out, spec, checked)
    return out


def _loc(lines: Lines, url: str, method: str | None = None) -> dict[str, Any]:
    key = ("paths", url, method) if method else ("paths", url)
    return {"line": line_for(lines, key), "path": url, "method": method}


def _design(out: Analysis, spec: dict[str, Any], lines: Lines, oas2: bool) -> dict[str, int]:
    """Runs the design rules; returns how many operations each rule applied to."""
    checked = dict.fromkeys(("lists", "creates", "deletes", "money_posts", "writes", "body_writes", "errors"), 0)
    ops = list(iter_operations(spec))
    _versioning(out, spec, lines, ops, oas2)
    _paths(out, spec, lines)
    schemes = security_schemes(spec, oas2)
    global_sec = spec.get("security")
    writes = [(u, m, o, p) for u, m, o, p in ops if m in ("post", "put", "patch", "delete")]
    if writes and not schemes:
        out.add(R["oas-no-security"].at(f"{len(writes)} write operation(s) and no securitySchemes", line=line_for(lines, ("paths",))))
    any_429 = False
    for url, method, op, item in ops:
        loc = _loc(lines, url, method)
        params = merged_params(spec, item, op)
        names = {str(p.get("name", "")).lower(): p for p in params}
        responses: dict[str, Any] = op["responses"] if isinstance(op.get("responses"), dict) else {}
        codes = [str(c) for c in responses]
        success = [c for c in codes if c.startswith("2")]
        has_body = request_schema(spec, op, oas2, params) is not None or "requestBody" in op
        if method in ("post", "put", "patch", "delete") and schemes:
            sec = op.get("security", global_sec)
            if not sec or all(not req for req in sec):
                out.add(R["oas-write-unsecured"].at(f"{method.upper()} {url} requires no credentials", **loc))
        if method in ("post", "put", "patch", "delete"):
            checked["writes"] += 1
        if method == "get":
            checked["lists"] += _list_pagination(out, spec, url, op, responses, names, oas2, loc)
            if "requestBody" in op or any(p.get("in") == "body" for p in params):
                out.add(R["oas-get-with-body"].at(f"GET {url} declares a request body", **loc))
        if method == "post":
            money, create = _post_checks(out, spec, url, op, responses, success, names, oas2, loc)
            checked["money_posts"] += money
            checked["creates"] += create
        if method == "delete":
            checked["deletes"] += 1
            ok = [c for c in success if c in ("204", "202", "2XX")]
            with_body = [c for c in success if c == "200" and response_schema(spec, resolve(spec, responses[c]), oas2) is not None]
            if not success:
                out.add(R["oas-delete-status"].at(f"DELETE {url} documents no success response", **loc))
            elif not ok and not with_body:
                out.add(R["oas-delete-status"].at(f"DELETE {url} returns {', '.join(success)}; use 204 No Content", **loc))
        if method in ("post", "put", "patch") and has_body:
            checked["body_writes"] += 1
            client = [c for c in codes if c.startswith("4")]
            if not client and "default" not in codes:
                out.add(R["oas-write-errors-undocumented"].at(f"{method.upper()} {url} documents no 4xx response", **loc))
            elif not any(c in ("400", "422") for c in codes):
                out.add(R["oas-write-errors-undocumented"].at(
                    f"{method.upper()} {url} documents no 400/422 for invalid input" + (" (only `default`)" if not client else ""),
                    severity="info", **loc))
            creates = method == "put" or (method == "post" and is_collection(url))
            if client and "409" not in codes and creates and not _is_action(url):
                out.add(R["oas-no-conflict-response"].at(f"{method.upper()} {url} documents no 409", **loc))
        if method in ("put", "patch"):
            _put_patch(out, spec, url, method, op, params, oas2, loc)
        if "429" in codes:
            any_429 = True
            if not {"retry-after"} & response_headers(spec, resolve(spec, responses["429"])):
                out.add(R["oas-429-no-retry-after"].at(f"{method.upper()} {url}: 429 has no Retry-After header", **loc))
        for name, p in names.items():
            if p.get("in") == "query" and name.replace("-", "_") in SECRET_PARAMS:
                out.add(R["oas-secret-in-query"].at(f"{method.upper()} {url} takes `{p.get('name')}` in the query string", **loc))
        op_id = op.get("operationId")
        if op_id is None:
            out.add(R["oas-operation-id"].at(f"{method.upper()} {url} has no operationId", **loc))
        elif not _IDENT.match(str(op_id)):
            out.add(R["oas-operation-id"].at(f"operationId {op_id!r} is not an identifier", severity="warning", **loc))
    if ops and not any_429:
        out.add(R["oas-rate-limit-undocumented"].at("no operation documents 429 Too Many Requests", line=line_for(lines, ("paths",))))
    ids = error_schema_ids(spec, ops, oas2)
    checked["errors"] = sum(len(v) for v in ids.values())
    if len(ids) > 1:
        shown = "; ".join(f"{ident} ({', '.join(where[:2])})" for ident, where in list(ids.items())[:3])
        out.add(R["oas-inconsistent-error-schema"].at(f"{len(ids)} different error shapes: {shown}", line=line_for(lines, ("paths",))))
    _naming(out, spec, lines, ops, oas2)
    return checked


def _is_action(url: str) -> bool:
    segs = [s for s in segments(url) if not s.startswith("{")]
    return bool(segs) and _tokens(segs[-1])[-1:] != [] and (segs[-1].lower() in ACTION_ENDINGS or _tokens(segs[-1])[0] in ACTION_ENDINGS)


def _tokens(name: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [t for t in re.split(r"[_\-.]+", spaced.lower()) if t]


def _versioning(out: Analysis, spec: dict[str, Any], lines: Lines, ops: list[Any], oas2: bool) -> None:
    urls = [str(s.get("url", "")) for s in spec.get("servers") or [] if isinstance(s, dict)]
    if oas2:
        urls.append(str(spec.get("basePath", "")))
    if any(_VERSION_URL.search(u) for u in urls):
        return
    paths = list((spec.get("paths") or {}).keys())
    if paths and any(_VERSION_URL.search(p) for p in paths):
        return
    for _, _, op, item in ops:
        for p in merged_params(spec, item, op):
            if str(p.get("name", "")).lower() in VERSION_PARAMS:
                return
        text = str(op.get("requestBody", "")) + str(op.get("responses", ""))
        if re.search(r"version=|\.v\d+\+json", text):
            return
    where = ("servers",) if "servers" in spec else ("paths",)
    server = f" (server {urls[0]!r})" if urls and urls[0] else ""
    out.add(R["oas-no-versioning"].at(
        f"no version in server URLs{server}, paths, headers or media types; info.version {spec.get('info', {}).get('version', '?')!r} versions only the document",
        line=line_for(lines, where)))


def _paths(out: Analysis, spec: dict[str, Any], lines: Lines) -> None:
    paths = [str(p) for p in (spec.get("paths") or {})]
    plural: list[tuple[str, str]] = []
    singular: list[tuple[str, str]] = []
    for url in paths:
        segs = segments(url)
        for seg in segs:
            if seg.startswith("{"):
                continue
            toks = _tokens(seg)
            if toks and toks[0] in VERBS and seg.lower() not in ACTION_ENDINGS and not (len(toks) == 1 and toks[0] in ("list",)):
                out.add(R["oas-verb-in-path"].at(f"`{seg}` in {url}", **_loc(lines, url)))
                break
            if len(toks) == 1 and toks[0] in ("list",):
                out.add(R["oas-verb-in-path"].at(f"`{seg}` in {url}", **_loc(lines, url)))
                break
        for i, seg in enumerate(segs[:-1]):
            if seg.startswith("{") or not segs[i + 1].startswith("{"):
                continue
            toks = _tokens(seg)
            last = toks[-1].rstrip("0123456789") if toks else seg
            if toks and toks[0] in VERBS:
                continue
            if last in UNCOUNTABLE or re.fullmatch(r"v\d+", last):
                continue
            (plural if last.endswith("s") else singular).append((seg, url))
    if singular:
        severity = "warning" if plural else "info"
        done = set()
        for seg, url in singular:
            if seg in done:
                continue
            done.add(seg)
            out.add(R["oas-singular-collection"].at(f"`{seg}` in {url}" + (" while other collections are plural" if plural else ""),
                                                     severity=severity, **_loc(lines, url)))


def _list_pagination(out: Analysis, spec: dict[str, Any], url: str, op: dict[str, Any], responses: dict[str, Any],
                     names: dict[str, Any], oas2: bool, loc: dict[str, Any]) -> int:
    if not is_collection(url):
        return 0
    ok = next((responses[c] for c in ("200", "206", "2XX") if c in responses), None)
    if ok is None:
        return 0
    ok = resolve(spec, ok)
    schema = response_schema(spec, ok, oas2)
    list_field, fields = schema_list_field(spec, schema)
    if not list_field:
        return 0
    query = {n for n, p in names.items() if p.get("in") == "query"}
    headers = response_headers(spec, ok)
    can_continue = bool(query & CURSOR_PARAMS) or bool(headers & NEXT_HEADERS) or bool({f.lower() for f in fields} & NEXT_FIELDS)
    has_limit = bool(query & LIMIT_PARAMS)
    if not can_continue and not has_limit:
        out.add(R["oas-list-no-pagination"].at(f"GET {url} returns a list with no limit, cursor or next link", **loc))
    elif not can_continue:
        limit = sorted(query & LIMIT_PARAMS)[0]
        out.add(R["oas-list-no-pagination"].at(
            f"GET {url} has `{limit}` but no cursor/offset parameter or next link: clients cannot get past the first page", **loc))
    return 1


def _post_checks(out: Analysis, spec: dict[str, Any], url: str, op: dict[str, Any], responses: dict[str, Any],
                 success: list[str], names: dict[str, Any], oas2: bool, loc: dict[str, Any]) -> tuple[int, int]:
    words = set(_tokens(url.replace("/", "_").replace("{", "").replace("}", "")))
    words |= set(_tokens(str(op.get("operationId", ""))))
    words |= {t.lower() for t in op.get("tags", []) if isinstance(t, str)}
    text = f"{op.get('summary', '')} {op.get('description', '')}".lower()
    retried = "x-retry" in str(op.keys()) or re.search(r"\bretr(y|ied|ies)\b", text) is not None
    money = bool(words & PAY_WORDS) or bool(set(re.findall(r"[a-z]+", text)) & {"payment", "charge", "refund", "payout", "transfer"})
    has_key = any(re.fullmatch(r"(x-)?idempotency[-_]?key", n) for n, p in names.items() if p.get("in") == "header")
    segs = [s for s in segments(url) if not s.startswith("{")]
    needs = segs[-1].lower() in MONEY_ACTIONS if _is_action(url) and segs else money or retried
    if needs and not has_key:
        why = "money or orders" if money else "a retried request"
        out.add(R["oas-missing-idempotency-key"].at(f"POST {url} creates {why} and takes no Idempotency-Key header", **loc))
    if not is_collection(url) or _is_action(url):
        return int(needs), 0
    if success and not {"201", "202"} & set(success):
        out.add(R["oas-create-not-201"].at(f"POST {url} returns {', '.join(success)}", **loc))
    elif "201" in success:
        headers = response_headers(spec, resolve(spec, responses["201"]))
        if "location" not in headers:
            out.add(R["oas-create-no-location"].at(f"POST {url}: the 201 response has no Location header", **loc))
    return int(needs), 1


def _put_patch(out: Analysis, spec: dict[str, Any], url: str, method: str, op: dict[str, Any], params: list[Any],
               oas2: bool, loc: dict[str, Any]) -> None:
    text = f"{op.get('summary', '')} {op.get('description', '')}".lower()
    if method == "put":
        if is_collection(url) and not _is_action(url):
            out.add(R["oas-put-patch-semantics"].at(f"PUT {url} targets a collection; PUT replaces the resource at its own URI", **loc))
        elif re.search(r"\bpartial(ly)?\b|only the (given|provided|supplied|changed) fields", text):
            out.add(R["oas-put-patch-semantics"].at(f"PUT {url} is described as a partial update; that is PATCH", **loc))
    else:
        schema = request_schema(spec, op, oas2, params)
        required = schema_required(spec, schema)
        if required:
            out.add(R["oas-put-patch-semantics"].at(
                f"PATCH {url} requires {', '.join(sorted(required)[:4])} in the body; a partial update should not", **loc))


def _naming(out: Analysis, spec: dict[str, Any], lines: Lines, ops: list[Any], oas2: bool) -> None:
    groups = naming_styles(spec, ops, oas2)
    for what, styles in groups.items():
        if len(styles) < 2:
            continue
        major = max(styles, key=lambda s: len(styles[s]))
        for style, names in styles.items():
            if style == major:
                continue
            shown = ", ".join(f"`{n}`" + (f" ({w})" if w else "") for n, w in names[:4])
            out.add(R["oas-naming-case"].at(f"{what}: {shown} {'is' if len(names) == 1 else 'are'} {style}; most are {major}",
                                             line=line_for(lines, ("components",) if what == "properties" else ("paths",))))


def _credits(out: Analysis, spec: dict[str, Any], checked: dict[str, int]) -> None:
    has_ops = any(True for _ in iter_operations(spec))
    out.credit(["oas-invalid", "oas-unresolved-ref"], "The spec is valid OpenAPI.", has_ops)
    out.credit(["oas-no-versioning"], "The API is versioned.", has_ops)
    out.credit(["oas-list-no-pagination"], "List endpoints are paginated.", checked["lists"] > 0)
    out.credit(["oas-create-not-201", "oas-create-no-location"], "Creates return 201 with a Location header.", checked["creates"] > 0)
    out.credit(["oas-delete-status"], "Deletes return 204/202.", checked["deletes"] > 0)
    out.credit(["oas-no-security", "oas-write-unsecured"], "Write endpoints require credentials.", checked["writes"] > 0)
    out.credit(["oas-inconsistent-error-schema"], "One error schema across endpoints.", checked["errors"] > 1)
    out.credit(["oas-rate-limit-undocumented", "oas-429-no-retry-after"], "Rate limits are documented (429 with Retry-After).", has_ops)
    out.credit(["oas-missing-idempotency-key"], "Money/order POSTs take an Idempotency-Key.", checked["money_posts"] > 0)
    out.credit(["oas-write-errors-undocumented"], "Write endpoints document 400/422 errors.", checked["body_writes"] > 0)
    out.credit(["oas-naming-case"], "Naming case is consistent.", has_ops)
    out.credit(["oas-verb-in-path", "oas-singular-collection"], "Paths are plural nouns without verbs.", has_ops)


__all__ = ["METHODS", "review_openapi"]
