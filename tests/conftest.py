"""Shared fixtures: the seed article's engine, and a factory for engines over small texts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Engine, parse_article

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
