"""Finding quotations: curly, straight, two apostrophes, over paragraphs, unbalanced."""

from retrieval.quotes import find_quotes


def quoted(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_quotes():
    """`“…”` is one quotation, marks included."""
    assert quoted("“We won,” Lee said.") == ["“We won,”"]


def test_straight_quotes_open_after_a_space():
    """A straight mark after a space opens, before one closes."""
    assert quoted('Lee said "we won" and left.') == ['"we won"']


def test_straight_mark_set_apart_after_a_nested_quote_closes():
    """``"… 'well done,' " said Ruiz``: a mark with spaces on both sides closes the open quote."""
    assert quoted('"Pick \'any seat,\' " said Ana Ruiz. "Fine," she said.') == [
        '"Pick \'any seat,\' "', '"Fine,"']


def test_straight_quotes_open_right_after_a_transcript_colon():
    """``Ruiz:"We …`` as some transcripts print a turn: the mark glued to the colon opens."""
    assert quoted('Ana Ruiz:"We tried." Ed Lamb: "Fine."') == ['"We tried."', '"Fine."']


def test_two_apostrophes_are_a_double_mark():
    """`''We won,''` as some archives write it is a quotation; `Lee's` is not."""
    assert quoted("''We won,'' Lee's aide said.") == ["''We won,''"]


def test_quote_reopened_in_the_next_paragraph_runs_on():
    """A paragraph left open and the next opening with `“` is one quotation."""
    text = "“We worked until dawn.\n“Nobody slept,” she said."
    assert quoted(text) == [text[: text.index(",”") + 2]]


def test_unbalanced_quote_ends_with_its_paragraph():
    """An opening mark never closed stops at the end of its paragraph."""
    assert quoted("“We will win, Lee said.\nThe vote is on Monday.") == ["“We will win, Lee said."]


def test_an_opening_mark_glued_to_the_word_before_it_closes():
    """``“a disgrace“ in``, ``“We lost,“ said``: typed as an opening mark, it closes the quote."""
    text = "Ruiz called it “a disgrace“ in a speech, and “We lost,“ said Hale. “Go“."
    assert quoted(text) == ["“a disgrace“", "“We lost,“", "“Go“"]


def test_an_opening_mark_after_a_space_still_opens():
    """``“no. “Hale``: a mark after a space still opens, so the open quote runs to its paragraph's end."""
    assert quoted("Ruiz said “no. “Hale agreed.") == ["“no. “Hale agreed."]


def test_straight_single_marks_in_an_article_quoting_with_them():
    """Straight single marks quote where they open more quotes than double marks; apostrophes don't."""
    text = "'We can't wait,' Lee said of the voters' plan. 'Not the '90s again.'"
    assert quoted(text) == ["'We can't wait,'", "'Not the '90s again.'"]


def test_straight_single_marks_stay_apostrophes_in_a_double_quoted_article():
    """Where double marks quote, `'` is read as an apostrophe only."""
    text = "“We won,” Lee said. “Next, the 'big' one.” 'Tis all."
    assert quoted(text) == ["“We won,”", "“Next, the 'big' one.”"]
