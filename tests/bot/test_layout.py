"""bot/ by platform: shared modules load no chat library, and no platform package imports another."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"
SHARED = ("bot.conversation", "bot.expiring", "bot.links", "bot.render", "bot.settings", "bot.visible",
          "bot.cli", "bot.repl")
CHECK = f"""
import sys
import {", ".join(SHARED)}
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("discord", "slack_bolt", "slack_sdk")
                      or m.startswith("bot.") and m.count(".") > 1)))
"""


def platforms() -> list[Path]:
    return sorted(p for p in BOT.iterdir() if (p / "__init__.py").is_file())


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    return names


def test_shared_modules_load_no_platform():
    """The conversation, rendering, settings, CLI and REPL import no chat library and no platform package."""
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_discord_is_a_platform_package():
    """Discord's code lives in bot/discord/, and nothing Discord-specific is left at the top of bot/."""
    assert BOT / "discord" in platforms()
    assert not list(BOT.glob("discord_*.py"))


def test_no_platform_imports_another():
    """A module under bot/<platform>/ imports bot's shared modules and its own package only."""
    for package in platforms():
        others = {f"bot.{p.name}" for p in platforms() if p != package}
        for module in package.glob("*.py"):
            crossing = {name for name in imported_modules(module) if name.startswith(tuple(others))}
            assert crossing == set(), f"{module.relative_to(BOT)} imports {crossing}"
