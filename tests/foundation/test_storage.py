from __future__ import annotations

from pathlib import Path

import orjson

from bis.storage import HISTORY, PROFILE, SAVED_ANSWERS, WEAK_AREAS, Store


def make_store(tmp_path: Path) -> tuple[Store, list[str]]:
    notices: list[str] = []
    return Store(tmp_path, on_notice=notices.append), notices


def test_missing_file_is_created_and_user_told(tmp_path: Path) -> None:
    store, notices = make_store(tmp_path)
    assert store.read(HISTORY) == []
    assert orjson.loads((tmp_path / HISTORY).read_bytes()) == []
    assert notices == [f"created {tmp_path / HISTORY}"]


def test_corrupted_file_is_backed_up_then_replaced(tmp_path: Path) -> None:
    (tmp_path / HISTORY).write_text('[{"session_id": "a", ')
    store, notices = make_store(tmp_path)
    assert store.read(HISTORY) == []
    backups = list(tmp_path.glob("history.json.corrupt-*"))
    assert len(backups) == 1
    assert backups[0].read_text() == '[{"session_id": "a", '  # what the user wrote is kept
    assert "corrupted" in notices[0] and str(backups[0]) in notices[0]


def test_wrong_shape_counts_as_corrupted(tmp_path: Path) -> None:
    (tmp_path / WEAK_AREAS).write_text('{"topic": "kafka"}')  # an object where a list belongs
    store, notices = make_store(tmp_path)
    assert store.read(WEAK_AREAS) == []
    assert list(tmp_path.glob("weak_areas.json.corrupt-*"))
    assert notices


def test_skill_files_read_as_they_are_unknown_fields_kept(tmp_path: Path) -> None:
    skill_profile = {"name": "Ada", "target_role": "Backend Engineer", "favourite_db": "postgres"}
    (tmp_path / PROFILE).write_text(orjson.dumps(skill_profile).decode())
    store, notices = make_store(tmp_path)
    profile = store.profile()
    assert profile["name"] == "Ada"
    assert profile["primary_languages"] == [] and profile["questions_answered"] == 0  # defaults
    store.update(PROFILE, lambda p: {**p, "target_company": "Stripe"})
    on_disk = orjson.loads((tmp_path / PROFILE).read_bytes())
    assert on_disk["favourite_db"] == "postgres"
    assert on_disk["target_company"] == "Stripe"
    assert notices == []


def test_update_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    store, _ = make_store(tmp_path)
    for i in range(5):
        store.append(SAVED_ANSWERS, {"question": f"q{i}", "answer_summary": "a", "score": i, "saved_at": "x"})
    assert len(orjson.loads((tmp_path / SAVED_ANSWERS).read_bytes())) == 5
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_directory_where_file_belongs_is_a_data_error(tmp_path: Path) -> None:
    import pytest

    from bis.errors import DataError

    (tmp_path / HISTORY).mkdir()
    store, _ = make_store(tmp_path)
    with pytest.raises(DataError, match="is a directory"):
        store.read(HISTORY)
