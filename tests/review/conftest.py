"""Fixtures for the `bis rate` tests: the shared real-world files and bank items."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures"  # as tests/conftest.py locates it


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(f"shared fixtures not found at {SHARED_FIXTURES}")
    return SHARED_FIXTURES


@pytest.fixture(scope="session")
def design_items() -> list[dict]:
    from bis.bank.validate import validate_dirs

    return validate_dirs([REPO / "questions" / "design"], check_references=False).items


@pytest.fixture(scope="session")
def coding_items() -> list[dict]:
    from bis.bank.validate import validate_dirs

    folder = REPO / "questions" / "coding"
    if not folder.is_dir():
        pytest.skip("the bank has no coding problems")
    return validate_dirs([folder], check_references=False).items
