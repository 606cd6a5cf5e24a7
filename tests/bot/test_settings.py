"""Settings come from the environment, are typed, and never show the token."""

import os
import re
from pathlib import Path

import pytest

from bot.cache import cache_folder
from bot.settings import Settings, SettingsError, load_env_file


def test_reads_every_setting():
    """Each variable lands in its typed field; blanks count as unset."""
    settings = Settings.from_env({
        "DISCORD_TOKEN": "secret-token", "DISCORD_GUILD_ID": "123", "ARTICLE_PATH": "a.txt",
        "ANSWER_CHANNEL_IDS": "1, 2 3", "DISCORD_API_BASE": "http://127.0.0.1:1/api/v10",
        "DISCORD_GATEWAY_URL": " ",
    })
    assert settings.discord_token == "secret-token"
    assert settings.guild_id == 123
    assert str(settings.article_path) == "a.txt"
    assert settings.answer_channel_ids == frozenset({1, 2, 3})
    assert settings.api_base == "http://127.0.0.1:1/api/v10"
    assert settings.gateway_url is None


def test_token_never_in_repr():
    """Printing or logging the settings does not leak the token."""
    settings = Settings.from_env({"DISCORD_TOKEN": "secret-token"})
    assert "secret-token" not in repr(settings)


def test_empty_environment_gives_defaults():
    """No variables: no token, no guild, no channels."""
    settings = Settings.from_env({})
    assert settings.discord_token is None and settings.guild_id is None
    assert settings.answer_channel_ids == frozenset()


@pytest.mark.parametrize(("name", "value"), [("DISCORD_GUILD_ID", "abc"), ("ANSWER_CHANNEL_IDS", "1,x")])
def test_bad_ids_name_the_setting(name, value):
    """A non-numeric id is an error that says which setting is wrong."""
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_environment_variables_are_read_by_default(monkeypatch):
    """Without an explicit mapping, os.environ is read."""
    monkeypatch.setenv("DISCORD_GUILD_ID", "42")
    assert Settings.from_env().guild_id == 42


def test_slack_settings_and_command_names():
    """Slack tokens and URL land in settings.slack; command names get their slash; tokens stay hidden."""
    settings = Settings.from_env({
        "SLACK_BOT_TOKEN": "xoxb-secret", "SLACK_APP_TOKEN": "xapp-secret",
        "SLACK_API_URL": "http://127.0.0.1:1/api/", "SLACK_ASK_COMMAND": "article-ask",
    })
    assert settings.slack.bot_token == "xoxb-secret" and settings.slack.app_token == "xapp-secret"
    assert settings.slack.api_url == "http://127.0.0.1:1/api/"
    assert settings.slack.commands.ask == "/article-ask" and settings.slack.commands.about == "/about"
    assert "secret" not in repr(settings)
    assert settings.slack.wanted and not Settings.from_env({}).slack.wanted


@pytest.mark.parametrize("value", ["/Ask", "/two words", "/" + "x" * 32])
def test_bad_slack_command_name_names_the_setting(value):
    """A command name Slack would refuse is an error naming the variable."""
    with pytest.raises(SettingsError, match="SLACK_ASK_COMMAND"):
        Settings.from_env({"SLACK_ASK_COMMAND": value})


@pytest.mark.parametrize("name", ["DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"])
@pytest.mark.parametrize("inside", ["\n", "\r", " ", "\x00", "\u00e9"])
def test_a_token_no_platform_could_issue_is_a_settings_error(name, inside):
    """A token split by a line break (or holding a space, a control or non-ASCII character) is
    reported, naming the variable but not the token, instead of failing later in an HTTP header."""
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({name: f"xoxb-top{inside}secret"})
    assert name in str(caught.value) and "secret" not in str(caught.value)


@pytest.mark.parametrize("name", ["DISCORD_TOKEN", "SLACK_BOT_TOKEN"])
@pytest.mark.parametrize("quoted", ['"xoxb-top-secret"', "'xoxb-top-secret'"])
def test_a_token_in_quote_marks_is_a_settings_error(name, quoted):
    """Docker's --env-file and compose's list form keep quote marks around a value: the platform
    then rejected the token as "wrong or reset", and a fresh one failed the same way."""
    with pytest.raises(SettingsError, match=f"^{name} is in quote marks") as caught:
        Settings.from_env({name: quoted})
    assert "secret" not in str(caught.value)


class _Recording(dict):
    """An environment that remembers every variable asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, name, default=None):
        self.asked.add(name)
        return super().get(name, default)


def _documented() -> tuple[set[str], str]:
    root = Path(__file__).resolve().parents[2]
    example = (root / ".env.example").read_text(encoding="utf-8")
    names = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", example, re.MULTILINE))
    settings = re.search(r"^## Settings\n(.*?)^## ", (root / "README.md").read_text(encoding="utf-8"),
                         re.MULTILINE | re.DOTALL)
    return names, settings[1]


def test_env_example_and_readme_list_every_setting_the_code_reads():
    """Each variable the settings or the analysis cache read is in .env.example and README "Settings"."""
    env = _Recording()
    Settings.from_env(env)
    cache_folder(env)
    names, readme = _documented()
    assert env.asked - names == set()
    missing = {name for name in env.asked if f"`{name}`" not in readme}
    assert {name for name in missing if not name.startswith("SLACK_")} == set()
    assert "Running on Slack" in readme  # where the SLACK_* table is


def test_article_path_in_the_home_folder_as_a_shell_reads_it(monkeypatch, tmp_path):
    """ARTICLE_PATH=~/news.txt in .env (no shell to expand it) means the home folder's news.txt."""
    monkeypatch.setenv("HOME", str(tmp_path))
    assert Settings.from_env({"ARTICLE_PATH": "~/news.txt"}).article_path == tmp_path / "news.txt"


def test_article_path_in_a_home_folder_there_is_not_is_a_settings_error(monkeypatch):
    """ARTICLE_PATH=~/news.txt for a user with no home folder (a container's arbitrary user id):
    one line naming the setting; expanduser raised RuntimeError."""
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr("pwd.getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))
    with pytest.raises(SettingsError, match=r"^ARTICLE_PATH starts with ~"):
        Settings.from_env({"ARTICLE_PATH": "~/news.txt"})


@pytest.mark.parametrize("name", ["DISCORD_GUILD_ID", "ANSWER_CHANNEL_IDS"])
@pytest.mark.parametrize("value", ["\u00b2", "9" * 5000, "\u0661\u0662", str(2**64)])
def test_an_id_that_is_no_discord_id_is_a_settings_error(name, value):
    """A superscript digit or 5,000 digits raised ValueError from int(); another script's digits
    and numbers past 64 bits are no Discord id either. Each is one SettingsError, clipped."""
    with pytest.raises(SettingsError, match=f"^{name} must be a Discord id") as caught:
        Settings.from_env({name: value})
    assert len(str(caught.value)) < 120


@pytest.mark.parametrize(("name", "value"), [
    ("DISCORD_API_BASE", "127.0.0.1:8080/api/v10"), ("DISCORD_API_BASE", "ws://127.0.0.1:8080/api/v10"),
    ("DISCORD_GATEWAY_URL", "http://127.0.0.1:8080/gateway"), ("DISCORD_GATEWAY_URL", "wss:///gateway"),
    ("SLACK_API_URL", "slack.com/api/"),
])
def test_an_address_that_is_no_server_address_is_a_settings_error(name, value):
    """Without its scheme or host, the client failed only when connecting, naming a request path
    ("Could not talk to Discord: 127.0.0.1:8080/api/v10/users/@me") instead of the setting."""
    with pytest.raises(SettingsError, match=f"^{name} must be an address such as"):
        Settings.from_env({name: value})


def test_server_addresses_of_either_security_are_kept():
    """http and https for the REST APIs, ws and wss for Discord's gateway, as given."""
    settings = Settings.from_env({"DISCORD_API_BASE": "HTTPS://discord.example/api/v10",
                                  "DISCORD_GATEWAY_URL": "wss://gateway.example",
                                  "SLACK_API_URL": "http://[::1]:8080/api/"})
    assert settings.api_base == "HTTPS://discord.example/api/v10"
    assert settings.gateway_url == "wss://gateway.example" and settings.slack.api_url == "http://[::1]:8080/api/"


@pytest.mark.parametrize("line", ['DISCORD_TOKEN="top-secret', "top-secret"])
def test_a_env_line_that_is_no_setting_is_one_error_naming_the_line(monkeypatch, tmp_path, line):
    """A token with an unclosed quote (or pasted with no name) was skipped with a python-dotenv
    warning, and the bot went on as if no token were set. The line is named, never shown."""
    _unset(monkeypatch, "ARTICLE_PATH")
    env = tmp_path / ".env"
    env.write_text(f"ARTICLE_PATH=a.txt\n{line}\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"\.env, line 2, is not NAME=value") as caught:
        load_env_file(env)
    assert "secret" not in str(caught.value) and "ARTICLE_PATH" not in os.environ


def test_a_env_file_of_settings_comments_and_exports_loads(monkeypatch, tmp_path):
    """What .env files hold (comments, blank lines, quotes, ``export``) is read as before."""
    _unset(monkeypatch, "ARTICLE_PATH", "DISCORD_GUILD_ID")
    env = tmp_path / ".env"
    env.write_text('# mine\n\nARTICLE_PATH="a b.txt"\nexport DISCORD_GUILD_ID=42 # test\n', encoding="utf-8")
    load_env_file(env)
    assert os.environ["ARTICLE_PATH"] == "a b.txt" and os.environ["DISCORD_GUILD_ID"] == "42"


def _unset(monkeypatch, *names):
    """Unset ``names`` so that what load_env_file sets is undone after the test too."""
    for name in names:
        monkeypatch.setenv(name, "")  # remembers the value before, unset or not
        monkeypatch.delenv(name)
