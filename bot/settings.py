"""Typed settings, read once at start-up from the environment (and ``.env``)."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

__all__ = [
    "ArticleChoice", "Settings", "SettingsError", "SlackCommands", "SlackSettings", "choose_article",
]

SEEDS = "seeds"


class SettingsError(ValueError):
    """A setting has a value the bot cannot use; the message names the setting."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class SlackCommands:
    """The slash command names, changeable when a workspace already has an ``/ask``."""

    ask: str = "/ask"
    speaker: str = "/speaker"
    speakers: str = "/speakers"
    sentence: str = "/sentence"
    about: str = "/about"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class SlackSettings:
    """The Slack front end's settings; neither token ever appears in ``repr``."""

    bot_token: str | None = field(default=None, repr=False)
    app_token: str | None = field(default=None, repr=False)
    api_url: str | None = None
    commands: SlackCommands = SlackCommands()

    @property
    def wanted(self) -> bool:
        """Whether the environment asks for Slack (either token set; a missing one is reported)."""
        return bool(self.bot_token or self.app_token)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Settings:
    """Everything the bot reads from its environment. The token never appears in ``repr``."""

    discord_token: str | None = field(default=None, repr=False)
    guild_id: int | None = None
    article_path: Path | None = None
    answer_channel_ids: frozenset[int] = frozenset()
    api_base: str | None = None
    gateway_url: str | None = None
    slack: SlackSettings = SlackSettings()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Build settings from ``environ`` (default ``os.environ``); blank values count as unset."""
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        path = _article_path(get("ARTICLE_PATH"))
        return cls(
            discord_token=_token("DISCORD_TOKEN", get("DISCORD_TOKEN")),
            guild_id=_snowflake("DISCORD_GUILD_ID", get("DISCORD_GUILD_ID")),
            article_path=path,
            answer_channel_ids=frozenset(
                _snowflake("ANSWER_CHANNEL_IDS", part)
                for part in (get("ANSWER_CHANNEL_IDS") or "").replace(",", " ").split()
            ),
            api_base=_address("DISCORD_API_BASE", get("DISCORD_API_BASE"), "http://127.0.0.1:8080/api/v10"),
            gateway_url=_address("DISCORD_GATEWAY_URL", get("DISCORD_GATEWAY_URL"), "ws://127.0.0.1:8080/gateway"),
            slack=SlackSettings(
                bot_token=_token("SLACK_BOT_TOKEN", get("SLACK_BOT_TOKEN")),
                app_token=_token("SLACK_APP_TOKEN", get("SLACK_APP_TOKEN")),
                api_url=_address("SLACK_API_URL", get("SLACK_API_URL"), "http://127.0.0.1:8080/api/"),
                commands=SlackCommands(**{
                    name: _command(variable, get(variable), default)
                    for name, default in _COMMAND_DEFAULTS.items()
                    for variable in [f"SLACK_{name.upper()}_COMMAND"]
                }),
            ),
        )


_COMMAND_DEFAULTS = {name: getattr(SlackCommands(), name) for name in SlackCommands.__slots__}


def _command(name: str, value: str | None, default: str) -> str:
    """A slash command name as Slack needs it: ``/`` then up to 31 lower-case letters, digits, - or _."""
    if value is None:
        return default
    command = value if value.startswith("/") else f"/{value}"
    if not re.fullmatch(r"/[a-z0-9_-]{1,31}", command):
        raise SettingsError(f"{name} must be a slash command name such as /ask, not {value!r}.")
    return command


def load_env_file(path: Path) -> None:
    """Add the settings in ``path`` (a ``.env`` file), if there is one, to the environment.

    Variables already set win. A file that is not UTF-8, cannot be read or has a line that is no
    setting is a SettingsError naming it, which the command line prints as one line.
    """
    if not path.is_file():
        return
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        where = f"bad byte at {exc.start}"
        raise SettingsError(f"{path} is not UTF-8 text ({where}); save it as UTF-8.") from None
    except OSError as exc:
        raise SettingsError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    from dotenv import load_dotenv  # python-dotenv pulls in tempfile, shutil and more: only when needed
    from dotenv.parser import parse_stream

    # python-dotenv only warns about a line it cannot read (and reads a bare word as a name with no
    # value), going on without it: a token with an unclosed quote, or pasted with no name, then went
    # missing, and the bot started the REPL saying no token was set.
    bad = next((b.original.line for b in parse_stream(io.StringIO(text))
                if b.error or (b.key and b.value is None)), None)
    if bad is not None:  # the line itself may hold a token: never shown
        raise SettingsError(f"{path}, line {bad}, is not NAME=value (an unclosed quote?); "
                            "fix it, or start it with # to leave it out.")
    load_dotenv(stream=io.StringIO(text), override=False)


def _token(name: str, value: str | None) -> str | None:
    """A token as given, if it could be one: printable ASCII without spaces, as Discord's and Slack's are.

    A line break inside (a value pasted across lines in .env) would otherwise reach an HTTP header,
    which the HTTP client refuses with a traceback. The message never shows the token.
    """
    if value and len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
        raise SettingsError(f"{name} is in quote marks, which no token has; write it without them "
                            "(Docker's --env-file keeps the quotes a .env file would drop).")
    bad = next((i for i, ch in enumerate(value or "") if not "!" <= ch <= "~"), None)
    if bad is None:
        return value
    raise SettingsError(f"{name} has a space, line break or other character no token has "
                        f"(character {bad + 1}); copy the token again, on one line.")


def _article_path(value: str | None) -> Path | None:
    """ARTICLE_PATH, a leading ``~`` read as the home folder as a shell would (``.env`` has no shell)."""
    if value is None:
        return None
    try:
        return Path(value).expanduser()
    except RuntimeError:  # no home folder: a container's arbitrary user id with no HOME
        raise SettingsError(f"ARTICLE_PATH starts with ~ but this user has no home folder; "
                            f"give the full path instead of {value[:80]!r}.") from None


def _address(name: str, value: str | None, example: str) -> str | None:
    """A server address with the scheme and host of ``example``'s kind (``http(s)://`` or ``ws(s)://``).

    Without them ("127.0.0.1:8080/api/v10") the client only failed at connect time, naming a
    request path ("Could not talk to Discord: 127.0.0.1:8080/api/v10/users/@me") and no setting.
    """
    if value is None:
        return None
    scheme = example.partition(":")[0]
    parts = urlsplit(value)
    if parts.scheme.lower() not in (scheme, f"{scheme}s") or not parts.hostname:
        raise SettingsError(f"{name} must be an address such as {example} "
                            f"({scheme}:// or {scheme}s://), not {value[:80]!r}.")
    return value


def _snowflake(name: str, value: str | None) -> int | None:
    if value is None:
        return None
    # ASCII digits of a 64-bit number: "²" passes isdigit() but not int(), which refuses 4,300+ digits.
    if not (value.isascii() and value.isdecimal() and len(value) <= 20 and int(value) < 2**64):
        raise SettingsError(f"{name} must be a Discord id (digits only), not {value[:40]!r}.")
    return int(value)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class ArticleChoice:
    """The article to answer about, what chose it, and the other articles in ``seeds/`` passed over."""

    path: Path
    chosen_by: str  # "--article", "ARTICLE_PATH" or "seeds/"
    others: tuple[Path, ...] = ()

    def describe(self) -> str:
        """Which article is used and how to choose another, for the start of a session."""
        text = f"Article: {_shown(self.path)} (from {self.chosen_by}"
        if self.others:
            names = ", ".join(p.name for p in self.others[:3]) + (", …" if len(self.others) > 3 else "")
            text += f", the first of {len(self.others) + 1} there; also {names}"
        return text + "). Choose with --article PATH or ARTICLE_PATH."


def choose_article(given: Path | None, settings: Settings) -> ArticleChoice:
    """``--article``, else ``ARTICLE_PATH``, else the first ``.txt`` in ``seeds/`` (by name)."""
    if given is not None:
        return ArticleChoice(given, "--article")
    if settings.article_path is not None:
        return ArticleChoice(settings.article_path, "ARTICLE_PATH")
    for base in (Path.cwd(), Path(__file__).resolve().parent.parent):  # working dir, else the checkout
        articles = sorted((base / SEEDS).glob("*.txt"))
        if articles:
            return ArticleChoice(articles[0], f"{SEEDS}/", tuple(articles[1:]))
    return ArticleChoice(Path(SEEDS), f"{SEEDS}/")  # loading it says there is no article there


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it is inside it: shorter to read."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
