"""Echoed text never pings: mention syntax becomes plain words, and & < > are escaped once."""

from __future__ import annotations

import pytest

from bot.slack.mrkdwn import escape, inert, question_text, strip_mention, unescape

J = "\u2060"  # the joiner inert puts after @ and #


@pytest.mark.parametrize(("typed", "shown"), [
    ("<!everyone>", f"@{J}everyone"),
    ("<!here>", f"@{J}here"),
    ("<!channel|channel>", f"@{J}channel"),
    ("<@U123>", f"@{J}U123"),
    ("<@U123|alice>", f"@{J}alice"),
    ("<#C123|general>", f"#{J}general"),
    ("<!subteam^S1|@team>", f"@{J}team"),
    ("<!subteam^S1>", f"@{J}subteam"),
])
def test_mention_syntax_becomes_plain_words(typed, shown):
    """Each mention token reads as its label and has no angle brackets left."""
    assert inert(f"ask {typed} now") == f"ask {shown} now"


@pytest.mark.parametrize(("typed", "shown"), [
    ("<!date^1392734382^{date_num} {time_secs}|Feb 18, 2014 6:39 AM>", "Feb 18, 2014 6:39 AM"),
    ("<!date^1392734382^{date_short}>", "a date"),
])
def test_a_date_reads_as_its_text_not_a_mention(typed, shown):
    """Slack's date token is no mention: its fallback text, not "@Feb 18, …" or "@date"."""
    assert inert(f"due {typed} now") == f"due {shown} now"
    assert question_text(f"due {typed} now") == f"due {shown} now"


def test_bare_words_get_the_joiner_too():
    """A plain "@here" or "#channel" can never be linked into a mention."""
    assert inert("@here and @everyone") == f"@{J}here and @{J}everyone"


def test_ampersand_and_brackets_are_escaped():
    """& < > come out as Slack's entities, & first so nothing is escaped twice."""
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert inert("<b>") == "&lt;b&gt;"


def test_unescape_reverses_what_slack_sent():
    """Slack's escaped message text turns back into what was typed."""
    assert unescape("a &lt; b &amp;lt; c &gt;") == "a < b &lt; c >"


@pytest.mark.parametrize(("sent", "read"), [
    ("<!everyone>  what did Hua say?", "@everyone what did Hua say?"),
    ("<@U1|bob> <@U2> <#C1|general> <!subteam^S1|@team> hi",
     "<@U1|bob> <@U2> #general <!subteam^S1|@team> hi"),
    ("what did <http://evil.example/a|Hua> say? <http://evil.example/b>", "what did Hua say? http://evil.example/b"),
    ("a &lt;b&gt; &amp;lt;", "a <b> &lt;"),
])
def test_question_text_is_what_the_person_saw(sent, read):
    """@everyone and channels read as shown, links as their labels, entities as the characters typed;
    a person's or group's mention stays for the engine to know it as one."""
    assert question_text(sent) == read


def test_bare_at_and_hash_words_get_the_joiner_but_not_an_email():
    """A name the engine echoes ("@bob", "#general") can never be linked; "a@b" is left alone."""
    assert inert("@bob #general a@b") == f"@{J}bob #{J}general a@b"


def test_strip_mention_removes_only_the_bot():
    """The bot's own mention goes; other people's stay for inert to handle."""
    assert strip_mention("<@UBOT> what did <@U1> say? <@UBOT|bot>", "UBOT") == "what did <@U1> say?"


@pytest.mark.parametrize(("typed", "shown"), [
    ("see <http://evil.example/a|click me>", "see click me"),
    ("see <http://evil.example/b>", "see http:\u200b//evil\u2024example/b"),
    ("<mailto:hua@evil.example|hua@evil.example>", "hua@evil\u2024example"),
    ("https://raw.evil.example/c?a=1&b=2", "https:\u200b//raw\u2024evil\u2024example/c?a=1&amp;b=2"),
    ("www.evil.com", "www\u2024evil\u2024com"),
])
def test_links_read_as_their_label_or_a_broken_address(typed, shown):
    """Slack's link markup reads as what the person saw; no address is left for Slack to link."""
    assert inert(typed) == shown


def test_formatting_characters_become_look_alikes():
    """mrkdwn has no escape character: *, _, ~ and ` are swapped for characters that format nothing."""
    shown = inert("*bold* _it_ ~gone~ `code` ```pre```")
    assert shown == ("\u2217bold\u2217 \u02cdit\u02cd \u223cgone\u223c \u02cbcode\u02cb "
                     "\u02cb\u02cb\u02cbpre\u02cb\u02cb\u02cb")
    assert not set("*_~`") & set(shown)


def test_a_line_starting_with_a_quote_mark_is_no_quote():
    """Slack quotes a line starting ">" (sent as &gt;): an invisible soft hyphen comes first."""
    assert inert("> one\n  > two\na > b") == "\u00ad&gt; one\n\u00ad  &gt; two\na &gt; b"


def test_ordinary_article_text_is_left_alone():
    """Abbreviations, decimals and sentence ends are not host names, so nothing is changed."""
    text = "U.S. officials, e.g. Mr. Kim, said 3.5 percent. Then they left."
    assert inert(text) == text


@pytest.mark.parametrize(("typed", "shown"), [
    (":thumbs_up: and :slightly_smiling_face:", ":thumbs_up: and :slightly_smiling_face:"),
    (":thumbs_up::skin-tone-2: :e-mail: :+1:", ":thumbs_up::skin-tone-2: :e-mail: :+1:"),
    ("_:thumbs_up:_", "\u02cd:thumbs_up:\u02cd"),  # the emoji stays, the italics do not
    (":_ok_: :a__b: :a-_b: snake_case", ":\u02cdok\u02cd: :a\u02cd\u02cdb: :a-\u02cdb: snake\u02cdcase"),
])
def test_emoji_codes_keep_their_underscores(typed, shown):
    """An underscore between letters or digits of an emoji code stays (its look-alike lost the
    emoji); any other underscore, where it could open or close italics, is still a look-alike."""
    assert inert(typed) == shown
