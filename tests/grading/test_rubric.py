"""Rubric matching on small hand-made rubrics: coverage, levels, bonus, weights, misconceptions."""

from __future__ import annotations

from bis.grading.rubric import assess_rubric

KEY_POINTS = [
    {"id": "cache", "point": "Cache hot reads in Redis.", "phrasings": ["redis cache", "cache-aside"], "weight": 2},
    {"id": "shard", "point": "Shard by user id.", "phrasings": ["shard by user id", "partition by user"], "weight": 1},
    {"id": "wal", "point": "Use a write-ahead log.", "phrasings": ["write-ahead log", "commit log"], "weight": 3,
     "level": "senior"},
    {"id": "crdt", "point": "Merge with CRDTs.", "phrasings": ["crdt"], "weight": 1, "bonus": True},
]
MISCONCEPTIONS = [
    {"id": "udp", "claim": "UDP guarantees delivery.", "phrasings": ["udp guarantees delivery"],
     "correction": "UDP does not guarantee delivery; TCP or the application must.", "penalty": 2},
]


def by_id(answer: str, level: str = "mid"):
    a = assess_rubric(answer, KEY_POINTS, MISCONCEPTIONS, level=level)
    return a, {p.id: p for p in a.points}


def test_a_point_is_covered_by_any_of_its_phrasings_in_a_real_sentence():
    _, pts = by_id("Reads go through cache-aside, so the application fills the cache on a miss.")
    assert pts["cache"].status == "covered"
    assert pts["cache"].phrasing == "cache-aside"
    assert "cache-aside" in pts["cache"].evidence


def test_a_negated_mention_does_not_cover_the_point():
    _, pts = by_id("We would not put a Redis cache in front of it, because writes dominate.")
    assert pts["cache"].status == "negated"
    assert pts["cache"].credit == 0


def test_level_decides_what_is_expected_and_bonus_is_never_expected():
    a_mid, pts = by_id("We shard by user id across twelve nodes.", "mid")
    assert pts["wal"].expected is False  # a senior point is not expected of a mid candidate
    assert pts["crdt"].expected is False
    a_senior, pts = by_id("We shard by user id across twelve nodes.", "senior")
    assert pts["wal"].expected is True
    # The same answer covers less of what a senior is expected to say.
    assert a_senior.coverage() < a_mid.coverage()


def test_weights_shape_coverage():
    a, _ = by_id("We keep hot profiles in a Redis cache so most reads never reach the database.", "mid")
    assert round(a.coverage(), 2) == round(2 / 3, 2)  # cache (2) of cache (2) + shard (1)


def test_misconception_costs_and_is_corrected_but_its_negation_is_fine():
    a, _ = by_id("Our telemetry uses UDP because UDP guarantees delivery of every packet.")
    assert [m.id for m in a.misconceptions] == ["udp"]
    assert a.penalty() == 2
    assert "does not guarantee" in a.misconceptions[0].correction
    a, _ = by_id("UDP does not guarantee delivery, so the client retries.")
    assert a.misconceptions == []


def test_a_list_of_terms_earns_little_credit():
    _, pts = by_id("Redis cache, shard by user id, commit log, CRDT.", "senior")
    assert all(p.credit < 0.3 for p in pts.values())


def test_repeated_sentences_count_once():
    once, _ = by_id("We keep hot profiles in a Redis cache so most reads never reach the database.")
    thrice, _ = by_id(" ".join(["We keep hot profiles in a Redis cache so most reads never reach the database."] * 3))
    assert thrice.coverage() == once.coverage()
    assert len(thrice.quality.duplicate_sentences) == 2


def test_words_copied_from_the_question_earn_nothing():
    question = "How would you use a Redis cache and shard by user id for this service?"
    a = assess_rubric(question, KEY_POINTS, level="mid", question_texts=[question])
    assert a.coverage() == 0


# Refuting a claim is not making it (issue 3 review): misconceptions framed as
# wrong, harmful or something to avoid cost nothing, and a key point stated as
# something to avoid earns nothing.
MONEY_POINTS = [
    {"id": "cents", "point": "Store amounts as integer minor units.", "phrasings": ["integer cents", "minor units"],
     "weight": 3},
    {"id": "header", "point": "Send API keys in a header.", "phrasings": ["key in a header"], "weight": 2},
    {"id": "leak", "point": "Keys in URLs leak into logs.", "phrasings": ["leak into logs"], "weight": 2},
]
MONEY_MISCONCEPTIONS = [
    {"id": "float", "claim": "Money can be stored as a float.", "phrasings": ["money as a float"],
     "correction": "Floats cannot represent most decimal fractions exactly.", "penalty": 2},
    {"id": "url", "claim": "Put the API key in the URL.", "phrasings": ["key in the url"],
     "correction": "URLs end up in logs; send keys in a header.", "penalty": 1},
]


def money(answer: str):
    a = assess_rubric(answer, MONEY_POINTS, MONEY_MISCONCEPTIONS, level="mid")
    return a, {p.id: p for p in a.points}


def test_a_stated_misconception_costs():
    a, _ = money("We store money as a float and pass the key in the URL for simplicity.")
    assert sorted(m.id for m in a.misconceptions) == ["float", "url"]


def test_a_refuted_misconception_costs_nothing():
    for answer in (
        "Storing money as a float is a bug; use integer cents.",
        "It is wrong to store money as a float.",
        "A common mistake is to store money as a float.",
        "Keeping money as a float is dangerous, because rounding errors add up.",
        "Putting the key in the URL leaks it into logs, so send it in a header.",
        "Avoid putting the key in the URL.",
        "Don't put the key in the URL.",
        "Send the key in a header instead of the key in the URL.",
        "Many tutorials keep money as a float. That is misleading.",
    ):
        a, _ = money(answer)
        assert a.misconceptions == [], (answer, [m.id for m in a.misconceptions])


def test_a_point_stated_as_something_to_avoid_earns_nothing_but_a_critique_point_does():
    _, pts = money("Putting the key in a header is wrong; use the query string.")
    assert pts["header"].credit == 0
    _, pts = money("Avoid putting the key in a header.")
    assert pts["header"].credit == 0
    # The critique itself is the point here: "leak into logs" is credited.
    _, pts = money("Putting the key in the URL leaks it into logs, so send the key in a header instead.")
    assert pts["leak"].status == "covered" and pts["header"].status == "covered"
