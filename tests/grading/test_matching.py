"""Phrasing matching: windows, order, typos, compounds, negated phrasings."""

from __future__ import annotations

from bis.grading.matching import AnswerIndex, Lexicon, compile_phrasings
from bis.grading.text import analyse


def found(answer: str, phrasing: str, slack: int | None = None) -> list[tuple[int, bool]]:
    lex = Lexicon([phrasing])
    index = AnswerIndex(analyse(answer), lex)
    hits: list[tuple[int, bool]] = []
    for stems in compile_phrasings([phrasing]):
        hits.extend((m.sentence, m.negated) for m in index.find(stems, slack))
    return hits


def test_all_words_in_one_sentence_any_order_within_a_window():
    assert found("We append every write to a log ahead of applying it.", "write-ahead log")
    assert found("Hashing is consistent across the ring.", "consistent hashing")


def test_words_spread_over_two_sentences_do_not_match():
    assert not found("The hash is cheap. Our reads are consistent.", "consistent hashing")


def test_words_too_far_apart_do_not_match():
    far = "The key of every row in the primary table maps to one big value blob stored elsewhere."
    assert found(far, "key value") == []


def test_negated_sentence_is_reported_as_negated():
    assert set(found("We would not add a read replica.", "read replica")) == {(0, True)}


def test_typos_in_long_words_are_tolerated_but_real_words_are_not_typos():
    assert found("We add an idempotancy key to every request.", "idempotency key")
    assert found("Replicaton lag can serve stale data.", "replication lag")
    assert not found("We rely on data sharing between teams.", "data sharding")


def test_closed_compounds_meet_split_forms():
    assert found("The standby takes over when the primary fails; we fail over in seconds.", "failover")
    assert found("Clients retry with backoff.", "back off")


def test_phrasing_with_a_negation_needs_the_negation_and_is_not_negated():
    assert found("A DEADLINE_EXCEEDED means the server did nothing.", "server did nothing") == [(0, False)]
    assert not found("The server may have completed the work.", "server did nothing")


def test_tight_slack_rejects_loose_matches():
    answer = "Retries are defined centrally in service config."
    assert found(answer, "service retries")
    assert not found(answer, "service retries", slack=1)


def test_an_english_word_is_never_a_typo_of_a_rubric_word():
    # "content" is one edit from "consent", but it is a word of its own.
    assert not found("The content of the request is signed.", "consent")
    assert not found("The response is consistent across replicas.", "consent")
    # A real misspelling still counts.
    assert found("The user gives consnet to the third-party app.", "consent")


def test_a_cue_word_inside_the_phrasing_does_not_negate_it():
    # "avoid X" negates X, but a phrasing that says "avoids the sort" states it.
    assert found("With the right column order we avoid the sort entirely.", "avoids the sort") == [(0, False)]
    assert set(found("Avoid the sort step by reading rows in index order.", "sort step")) == {(0, True)}


def test_a_phrasing_is_not_pieced_together_across_but():
    answer = "The write goes to the primary, but the read is served by a lagging replica."
    assert not found(answer, "read from the primary")
    assert found("The read goes to the primary, so it sees the write.", "read from the primary")
