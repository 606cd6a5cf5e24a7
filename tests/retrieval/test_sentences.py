"""Sentence splitting: one small case per news-text edge case."""

import pytest

from retrieval.sentences import SentenceTexts, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_splits_plain_sentences():
    """Full stops, question and exclamation marks end sentences."""
    assert texts("One is here. Two is there? Three! Four.") == [
        "One is here.", "Two is there?", "Three!", "Four."]


@pytest.mark.parametrize("text", [
    "Mr. Smith met Dr. Jones.",
    "U.S. Secretary of State Rex Tillerson spoke.",
    "It defied U.N. Security Council resolutions.",
    "John F. Kennedy was elected.",
    "It costs $1.35 billion a year.",
    "Sales at Acme Inc. rose 3.5 percent.",
])
def test_abbreviations_money_and_initials_do_not_split(text):
    """Titles, dotted abbreviations, initials and decimals are not sentence ends."""
    assert texts(text) == [text]


def test_abbreviation_at_end_of_sentence_splits_before_a_new_sentence():
    """`... moved to the U.S. The next day` is two sentences."""
    assert texts("She moved to the U.S. The next day she left.") == [
        "She moved to the U.S.", "The next day she left."]


def test_a_title_that_is_also_a_state_ends_a_sentence_before_a_new_one():
    """"Del." is Delegate before a name and Delaware at a sentence's end."""
    assert texts("She works in Dover, Del. The next day she left.") == [
        "She works in Dover, Del.", "The next day she left."]
    assert texts("Del. Ana Ruiz spoke first.") == ["Del. Ana Ruiz spoke first."]


def test_missing_space_after_full_stop_splits():
    """`said.State` is two sentences glued together."""
    assert texts("It is late, the official said.State media agreed.") == [
        "It is late, the official said.", "State media agreed."]


def test_ellipsis_inside_a_quote_does_not_split():
    """An ellipsis marks words left out, not the end of the sentence."""
    text = "“Peace and stability ... China will have an open attitude.”"
    assert texts(text) == [text]


def test_quote_ending_a_sentence_splits_before_the_next_quote():
    """`.” “` ends one quoted sentence and starts the next."""
    assert texts("“That is one.” “This is two,” he said.") == [
        "“That is one.”", "“This is two,” he said."]


def test_quote_ending_a_sentence_splits_before_narration():
    """`.” Tillerson made` starts a new sentence."""
    assert texts("“We agree.” Tillerson made it clear.") == ["“We agree.”", "Tillerson made it clear."]


@pytest.mark.parametrize("text", ["“Why now?” she asked.", "“Why now?” Smith asked reporters.",
                                  "“Stop!” shouted the crowd."])
def test_question_inside_quote_keeps_its_tag(text):
    """A `?` or `!` inside a quote followed by its tag does not end the sentence."""
    assert texts(text) == [text]


def test_paragraphs_always_end_sentences():
    """A line break ends a sentence even without a full stop (headlines, lists)."""
    assert texts("A headline without a stop\nThe story begins.") == [
        "A headline without a stop", "The story begins."]


def test_spans_slice_back_to_the_text_and_input_is_unchanged():
    """Every sentence is exactly `text[start:end]`, numbered from 0, and the text is untouched."""
    text = "  First one.  Second one?\n\n“Third,” he said.  "
    copy = str(text)
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == [0, 1, 2]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.number for s in sentences] == [1, 2, 3]
    assert text == copy


def test_whitespace_and_punctuation_only_make_no_sentences():
    """Nothing to say, no sentences."""
    assert split_sentences(" \n ... \n") == []


def test_a_sentence_keeps_the_article_text_and_slices_its_words():
    """No copy per sentence: each holds the one article text and reads its words from it."""
    text = "First one here. Second one there."
    first, second = split_sentences(text)
    assert first.article_text is text and second.article_text is text
    assert (second.text, second.start, second.end) == ("Second one there.", 16, 33)


def test_sentence_texts_read_like_a_list_of_the_texts():
    sentences = split_sentences("One. Two. Three.")
    texts_view = SentenceTexts(sentences)
    assert len(texts_view) == 3 and list(texts_view) == ["One.", "Two.", "Three."]
    assert texts_view[-1] == "Three." and texts_view[1:] == ["Two.", "Three."]
    assert "\n".join(texts_view) == "One.\nTwo.\nThree."
