"""`bis save`: keep an answer in saved_answers.json."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bis.cli.common import JsonOption, begin, finish, store


def save_command(
    question: Annotated[str | None, typer.Option("--question", help="The question answered.")] = None,
    answer: Annotated[
        str | None, typer.Option("--answer", help="File with your answer, or '-' for stdin.")
    ] = None,
    score: Annotated[float | None, typer.Option("--score", min=0, max=10, help="Score out of 10.")] = None,
    json: JsonOption = False,
) -> None:
    """Save your last graded answer, or one given with --question --answer --score.

    Examples: bis save   |   bis save --question "Design a URL shortener" --answer notes.md --score 7
    """
    begin("save", json)
    from bis.errors import UsageError
    from bis.progress import summarize
    from bis.storage import LAST_ANSWER, SAVED_ANSWERS, now_iso
    from bis.textinput import read_text

    st = store()
    explicit = [question is not None, answer is not None, score is not None]
    if any(explicit):
        if not all(explicit):
            raise UsageError("give all of --question, --answer and --score, or none to save the last graded answer")
        assert question is not None and answer is not None and score is not None
        if not question.strip():
            raise UsageError("--question is empty")
        text = read_text(answer).text
        record: dict[str, Any] = {
            "question": question.strip(),
            "answer_summary": summarize(text),
            "score": score,
            "saved_at": now_iso(),
        }
    else:
        last = st.read_if_present(LAST_ANSWER)
        if not last.get("question"):
            raise UsageError(
                "no graded answer to save yet",
                hint="answer a question first (e.g. `bis concept kafka`) or pass --question --answer --score",
            )
        record = {
            "question": last["question"],
            "answer_summary": last.get("answer_summary", ""),
            "score": last.get("score"),
            "saved_at": now_iso(),
        }
        if last.get("item_id"):
            record["item_id"] = last["item_id"]
    saved = st.update(SAVED_ANSWERS, lambda records: [*records, record])
    from bis.render.basic import draw_saved

    finish({"saved": record, "count": len(saved), "path": str(st.path(SAVED_ANSWERS))}, draw_saved)


def register(app: typer.Typer) -> None:
    app.command("save")(save_command)
