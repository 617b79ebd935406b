"""The context rules for ordinary words that are also skills, dates, and the taxonomy itself.

The sentences below are not what the rules were written from: the rules are generic
(list context, tech nouns, versions, neighbours, proper-noun and year vetoes); these
sentences check them on prose a CV really contains.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bis.cv.dates import find_spans, merge, total_years
from bis.cv.layout import split_lines
from bis.cv.skills import build_taxonomy, find_hits, taxonomy


def skills_in(text: str, section: str | None = None) -> set[str]:
    body = f"## {section}\n{text}" if section else f"## Experience\n{text}"
    return {hit.skill for hit in find_hits(split_lines(body))}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wrote the billing service in Go.", {"Go"}),
        ("Our Go codebase has 400k lines.", {"Go"}),
        ("Go services handle 20k rps.", {"Go"}),
        ("Senior Go Developer", {"Go"}),
        ("Rewrote the ingestion worker in Rust, cutting p99 by 40%.", {"Rust"}),
        ("Experience with Spring Boot, Hibernate and Kafka.", {"Spring Boot", "Hibernate", "Kafka"}),
        ("Built a Spring application serving 3k rps.", {"Spring Boot"}),
        ("Upgraded Spring 5 to 6 across 30 services.", {"Spring Boot"}),
        ("Node.js and Express backend for a marketplace.", {"Node.js", "Express"}),
        ("Express middleware for authentication.", {"Express"}),
        ("Node/Express API behind an Nginx proxy.", {"Node.js", "Express", "Nginx"}),
        ("Wrote Swift and Kotlin clients for the API.", {"Swift", "Kotlin"}),
        ("Tuned Spark jobs reading from S3.", {"Apache Spark", "Amazon S3"}),
        ("Deployed with Helm charts to EKS.", {"Helm", "Kubernetes"}),
        ("Ran Celery workers on RabbitMQ.", {"Celery", "RabbitMQ"}),
        ("使用Go语言开发订单服务", {"Go"}),
        ("熟悉 Go、Java，了解 Rust", {"Go", "Java", "Rust"}),
        ("Go-based scheduler with 2k jobs per minute.", {"Go"}),
        ("REST and gRPC APIs for 40 clients.", {"REST", "gRPC"}),
        ("Teaching assistant: Python, Java, Spring 5.", {"Python", "Java", "Spring Boot"}),
    ],
)
def test_skills_that_are_there(sentence: str, expected: set[str]) -> None:
    assert skills_in(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I like to go hiking on weekends.",
        "Let it go, and move on.",
        "Go through the runbook before paging anyone.",
        "Go-to person for incidents; ready to go live in a week.",
        "Hot springs trip; spring cleaning of the backlog.",
        "In Spring 2021 I joined the platform team.",
        "Spring semester 2015 exchange in Lyon; Spring Festival volunteer.",
        "The project ran from Spring to Autumn.",
        "Grew up in the Rust Belt; removed rust from old bikes.",
        "Rust removal on the bridge project.",
        "I express my ideas clearly; shipped via express delivery partners.",
        "Worked at American Express in Hong Kong.",
        "Express Scripts pharmacy benefits team.",
        "A swift rollback saved the launch. Swift response to outages.",
        "Taylor Swift fan.",
        "I react well to feedback. React quickly when alerts fire.",
        "Spark curiosity in junior engineers.",
        "Took the helm of the team; a hive of activity.",
        "Airflow in the data centre was a problem.",
        "Worked at Oracle before joining.",
        "Chef at a restaurant before switching careers.",
        "Hong Kong office lead.",
        "Echo the customer's words back.",
        "Phoenix, Arizona",
        "Snowflake IDs for ordering events.",
        "Consul General's office, Shanghai.",
        "Series C funding; the C-suite signed off.",
        "the rest of the team",
        "Ran a 5-node cluster on bare metal.",
    ],
)
def test_false_friends_are_not_skills(sentence: str) -> None:
    assert skills_in(sentence) == set()


def test_lists_accept_lower_case_and_ambiguous_words() -> None:
    assert skills_in("python, go, java, rust", section="Skills") == {"Python", "Go", "Java", "Rust"}
    assert skills_in("Stack: Go, Spring, Express") == {"Go", "Spring Boot", "Express"}
    assert skills_in("Languages: Go (Golang), C, C++") == {"Go", "C", "C++"}


def test_a_season_in_a_list_of_skills_is_still_a_season() -> None:
    assert skills_in("Teaching assistant: Python, Java, Spring 2020.") == {"Python", "Java"}
    assert skills_in("Rotations: Kafka, Redis, Rust Belt office.") == {"Kafka", "Redis"}


def test_hobbies_are_not_work_skills() -> None:
    assert skills_in("Go, chess, Kafka novels, hiking", section="Interests") == set()
    assert skills_in("Hobbies: Go, chess, swimming") == set()


def test_urls_and_email_addresses_are_not_read() -> None:
    assert skills_in("github.com/ada/rust-tools · ada@redis-fans.org") == set()


TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Jan 2019 – Present", 87),
        ("January 2019 - December 2019", 12),
        ("2016.03-2018.12", 34),
        ("2016-03 – 2018-12", 34),
        ("2016/03 ~ 2018/12", 34),
        ("03/2014 to 05/2016", 27),
        ("2019 - 2021", 24),
        ("2018年3月 - 至今", 97),
        ("2018年3月至2020年5月", 27),
        ("Sept. 2015 to Mar '18", 31),
        ("Since March 2020", 73),
        ("Jul 2023 - now", 33),
    ],
)
def test_date_ranges(text: str, months: int) -> None:
    spans = find_spans(text, TODAY)
    assert [s.months for s in spans] == [months]


@pytest.mark.parametrize("text", ["phone 555-2019-2021", "2019", "v2.1-3.4", "ISO 9001-2015 certified", "May 2030 - Jun 2031"])
def test_things_that_are_not_date_ranges(text: str) -> None:
    assert find_spans(text, TODAY) == []


def test_overlapping_ranges_merge() -> None:
    spans = find_spans("Jan 2015 - Jun 2018", TODAY) + find_spans("Apr 2018 - Dec 2019", TODAY)
    assert merge(spans) == [(2015 * 12, 2019 * 12 + 12)]
    assert total_years(spans) == 5.0


def test_the_taxonomy_is_consistent() -> None:
    tax = taxonomy()
    assert len(tax.skills) >= 150
    assert {"language", "framework", "database", "cache", "queue", "cloud", "infra", "observability"} <= {
        s.category for s in tax.skills.values()
    }
    assert tax.lookup("golang").name == "Go" and tax.lookup("k8s").name == "Kubernetes"
    assert all(not s.topics for s in tax.skills.values() if not s.backend)


def test_every_taxonomy_topic_exists_in_the_bank() -> None:
    import yaml

    known: set[str] = set()
    for path in (Path(__file__).resolve().parents[2] / "questions").rglob("*.yaml"):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError:
            continue  # a broken bank file is `bis bank validate`'s finding, not this test's
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                known.update(item.get("topics") or [])
                if item.get("kind") == "concept":
                    known.add(item["id"])
    used = {t for s in taxonomy().skills.values() for t in s.topics}
    assert used <= known, sorted(used - known)


def test_a_colliding_alias_is_refused() -> None:
    data = {
        "categories": {"language": {"label": "L", "backend": True}},
        "skills": [
            {"name": "Go", "category": "language", "aliases": ["golang"]},
            {"name": "Other", "category": "language", "aliases": ["golang"]},
        ],
    }
    with pytest.raises(ValueError, match="golang"):
        build_taxonomy(data)
