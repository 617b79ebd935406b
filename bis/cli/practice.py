"""`bis design`, `bis concept`, `bis behavioral`: ask, take the answer, grade, record."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bis.cli.common import JsonOption, begin, finish, is_interactive
from bis.cli.graded import (
    behavioral_rounds_so_far,
    check_threshold,
    cv_tailoring,
    grading_level,
    note_tailored,
    recent_items,
    record_graded,
    take_answer,
    threshold_status,
)

LevelOption = Annotated[
    str | None, typer.Option("--level", help="junior | mid | senior | staff [default: from your profile]")
]
AnswerOption = Annotated[
    str | None, typer.Option("--answer", help="Your answer as a file, or '-' for stdin (grades at once).")
]
FailUnderOption = Annotated[
    float | None, typer.Option("--fail-under", min=0, max=10, help="Exit 1 when the score is below this.")
]


def design_command(
    item_id: Annotated[str | None, typer.Argument(metavar="[ID]", help="A design problem id, e.g. url-shortener.")] = None,
    level: LevelOption = None,
    answer: AnswerOption = None,
    show_model: Annotated[bool, typer.Option("--show-model", help="Also print the model outline and answer.")] = False,
    fail_under: FailUnderOption = None,
    json: JsonOption = False,
) -> None:
    """A system design problem: shown with its time box and steps, then your answer graded.

    Examples: bis design url-shortener   |   bis design rate-limiter --answer notes.md --level senior
    """
    begin("design", json)
    from bis.bank.store import load_bank
    from bis.cli.answering import is_skip
    from bis.render.grading import draw_design_result, draw_problem_only
    from bis.render.questions import question_text
    from bis.selection import choose

    bank = load_bank()
    lvl = grading_level(level)
    if item_id:
        item = bank.get(item_id, "design")
    else:
        tailoring = cv_tailoring()
        item = choose(
            bank.of_kind("design"),
            kind="design",
            level=lvl,
            recent=recent_items(),
            prefer_topics=(tailoring or {}).get("topics"),
        )
        if item is None:
            from bis.errors import NotFoundError

            raise NotFoundError("the bank has no design problems")
        note_tailored(item, tailoring)
    if is_interactive() and answer is None and not json:
        draw_problem_only({"item": item, "level": lvl, "show_model": False})
    text, seconds = take_answer(answer, question_text(item))
    if text is None:
        finish({"item": item, "level": lvl, "show_model": show_model}, draw_problem_only)
        return
    if not text.strip() or is_skip(text):
        record_graded("design", item["id"], item["title"], item["id"], None, text, lvl, seconds)
        finish({"skipped": True, "item_id": item["id"]}, _draw_skipped)
        return
    from bis.grading.design import grade_design

    result = grade_design(text, item, level=lvl).to_dict()
    record_graded("design", item["id"], item["title"], item["id"], result, text, lvl, seconds)
    data = {"result": result, "item_id": item["id"], "seconds": seconds, "time_box": item["time_box"]}
    if fail_under is not None:
        data["fail_under"] = threshold_status(result["score"], fail_under)
    if show_model:
        data["model_outline"] = item["model_outline"]
        data["model_answer"] = item["model_answer"]
    finish(data, draw_design_result)
    check_threshold(result["score"], fail_under)


def concept_command(
    topic: Annotated[
        str | None,
        typer.Argument(
            metavar="[TOPIC]",
            help="A topic: sql, indexing, kafka, caching, idempotency, ... [default: chosen for you]",
        ),
    ] = None,
    count: Annotated[int, typer.Option("--count", min=1, max=3, help="How many questions (2-3 in a terminal).")] = 2,
    question: Annotated[str | None, typer.Option("--question", help="A question id inside the topic.")] = None,
    level: LevelOption = None,
    answer: AnswerOption = None,
    fail_under: FailUnderOption = None,
    json: JsonOption = False,
) -> None:
    """Concept questions on a topic; each answer scored, gaps corrected, a crisp model summary.

    Without TOPIC, one is chosen: your CV's stack first, then what you practised least recently.

    Examples: bis concept kafka   |   bis concept indexing --question composite-index --answer a.md
    """
    begin("concept", json)
    from bis.bank.store import load_bank
    from bis.cli.answering import is_skip
    from bis.concepts import find_topic, pick_questions
    from bis.render.grading import draw_concept_questions, draw_concept_result

    bank = load_bank()
    lvl = grading_level(level)
    recent = recent_items()
    if topic:
        found = find_topic(topic, bank.of_kind("concept"))
    else:
        found = _choose_topic(bank.of_kind("concept"), recent, question)
    picked = pick_questions(found, lvl, count, question, recent)
    scripted = answer is not None or not is_interactive()
    if scripted:
        picked = picked[:1]
    results: list[dict[str, Any]] = []
    for q in picked:
        header = f"{found['title']}: {q['question']}"
        if is_interactive() and answer is None and not json:
            draw_concept_questions({"topic": found["id"], "questions": [q]})
        text, seconds = take_answer(answer, header)
        if text is None:
            finish({"topic": found["id"], "questions": picked}, draw_concept_questions)
            return
        qid = f"{found['id']}/{q['id']}"
        if not text.strip() or is_skip(text):
            record_graded("concept", qid, q["question"], found["id"], None, text, lvl, seconds)
            results.append({"skipped": True, "question_id": qid, "question": q["question"]})
            continue
        from bis.grading.concept import grade_concept

        result = grade_concept(text, q, topic=found, level=lvl).to_dict()
        record_graded("concept", qid, q["question"], found["id"], result, text, lvl, seconds)
        results.append({"question_id": qid, "result": result})
        if not json:
            draw_concept_result(results[-1])
    scores = [r["result"]["score"] for r in results if "result" in r]
    lowest = min(scores) if scores else None
    if json:
        from bis.render import emit_json

        data = {"topic": found["id"], "answers": results}
        if fail_under is not None:
            data["fail_under"] = threshold_status(lowest, fail_under)
        emit_json(data)
    check_threshold(lowest, fail_under)


def _choose_topic(topics: list[dict[str, Any]], recent: list[str], question: str | None) -> dict[str, Any]:
    from bis.errors import NotFoundError, UsageError
    from bis.render import notice
    from bis.tailoring import concept_topic_order

    if question:
        raise UsageError("--question needs a TOPIC", hint="e.g. bis concept indexing --question composite-index")
    tailoring = cv_tailoring()
    recent_topics: list[str] = []
    for item_id in recent:
        head = item_id.split("/", 1)[0]
        if "/" in item_id and head not in recent_topics:
            recent_topics.append(head)
    ordered = concept_topic_order(tailoring, topics, recent_topics)
    if not ordered:
        raise NotFoundError("the bank has no concept topics")
    chosen = ordered[0]
    if chosen["id"] in ((tailoring or {}).get("topics") or []):
        notice(f"topic {chosen['id']!r} chosen for the stack on your CV")
    else:
        notice(f"topic {chosen['id']!r} chosen: the one you practised least recently")
    return chosen


def behavioral_command(
    item_id: Annotated[str | None, typer.Argument(metavar="[ID]", help="A behavioural question id.")] = None,
    level: LevelOption = None,
    answer: AnswerOption = None,
    fail_under: FailUnderOption = None,
    json: JsonOption = False,
) -> None:
    """A backend behavioural question; graded on STAR, metrics, backend context, ownership, length.

    Example: bis behavioral bq-incident-led-response --answer story.md
    """
    begin("behavioral", json)
    from bis.bank.store import load_bank
    from bis.cli.answering import is_skip
    from bis.render.grading import draw_behavioral_result, draw_question_only
    from bis.selection import choose

    bank = load_bank()
    lvl = grading_level(level)
    if item_id:
        item = bank.get(item_id, "behavioral")
    else:
        from bis.tailoring import personal_behavioral

        recent = recent_items()
        item = personal_behavioral(
            cv_tailoring(),
            bank.of_kind("behavioral"),
            level=lvl,
            recent=recent,
            asked_before=behavioral_rounds_so_far(),
        ) or choose(bank.of_kind("behavioral"), kind="behavioral", level=lvl, recent=recent)
        if item is None:
            from bis.errors import NotFoundError

            raise NotFoundError("the bank has no behavioural questions")
        if item.get("cv_project"):
            from bis.render import notice

            notice(
                f"asked about {item['cv_project']} from your CV; graded with the rubric of {item['based_on']}"
            )
    if is_interactive() and answer is None and not json:
        draw_question_only({"item": item})
    text, seconds = take_answer(answer, item["question"])
    if text is None:
        finish({"item": item}, draw_question_only)
        return
    if not text.strip() or is_skip(text):
        record_graded("behavioral", item["id"], item["question"], item["theme"], None, text, lvl, seconds)
        finish({"skipped": True, "item_id": item["id"]}, _draw_skipped)
        return
    from bis.grading.behavioral import grade_behavioral

    result = grade_behavioral(text, item, level=lvl).to_dict()
    record_graded("behavioral", item["id"], item["question"], item["theme"], result, text, lvl, seconds)
    data = {"result": result, "item_id": item["id"], "seconds": seconds}
    if fail_under is not None:
        data["fail_under"] = threshold_status(result["score"], fail_under)
    finish(data, draw_behavioral_result)
    check_threshold(result["score"], fail_under)


def _draw_skipped(data: dict[str, Any]) -> None:
    from bis.render import line

    line(f"Skipped {data['item_id']}: recorded as skipped.")


def register(app: typer.Typer) -> None:
    app.command("design")(design_command)
    app.command("concept")(concept_command)
    app.command("behavioral")(behavioral_command)
