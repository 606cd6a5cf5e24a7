"""Shared fixtures: the seed article's engine, and a factory for engines over small texts."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from retrieval import Engine, parse_article

# Property tests: quick and random locally; in CI (CI=true) the same examples on every run.
# `pytest --hypothesis-profile=thorough` searches 20 times longer, for hunting bugs.
_PROPERTIES = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile("dev", _PROPERTIES)
settings.register_profile("ci", _PROPERTIES, derandomize=True, database=None, print_blob=True)
settings.register_profile("thorough", _PROPERTIES, max_examples=2000)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tillerson-tokyo-2017.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_engine() -> Engine:
    """The engine over the seed article, built once: tests only read it."""
    return Engine.load(SEED)


@pytest.fixture
def make_engine() -> Callable[[str], Engine]:
    """Build an engine from article text written in the test."""

    def make(text: str) -> Engine:
        return Engine(parse_article(text, source="test.txt"))

    return make
