"""Shared fixtures: the real natasha models, loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_c3d7ee32b973f20e.txt"


@pytest.fixture(scope="session", autouse=True)
def private_table_cache(tmp_path_factory):
    """pressrel's table cache in a temporary directory, not the user's ~/.cache (subprocesses
    inherit the setting)."""
    os.environ["PRESSREL_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    """The seed analysed once; loading it warms every model for the rest of the session."""
    from pressrel import analyze

    return analyze(seed_text, doc=str(SEED))
