"""Benchmarks with budgets for article-bot; run ``python -m benchmarks`` (see ``__main__``)."""
