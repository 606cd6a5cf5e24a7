"""Quotes as first-class records: each quote once, with the spans of its parts."""

from retrieval.quote_records import Quote


def spans(engine, quote):
    text = engine.article.text
    return {
        "content": [text[a:b] for a, b in quote.content],
        "cue": text[slice(*quote.cue)] if quote.cue else None,
        "mention": text[slice(*quote.speaker_mention)] if quote.speaker_mention else None,
    }


def test_direct_quote_content_leaves_out_marks_comma_and_tag(make_engine):
    """`“We will win,” Jane Porter said.`: content is the quoted words, cue and mention the tag's."""
    engine = make_engine("“We will win,” Jane Porter said.")
    (quote,) = engine.quotes
    assert (quote.speaker.name, quote.kind, quote.sentences) == ("Jane Porter", "direct", (0,))
    assert spans(engine, quote) == {"content": ["We will win"], "cue": "said", "mention": "Jane Porter"}


def test_quotation_over_two_sentences_is_one_quote_with_one_span(make_engine):
    """A quotation running over two sentences is one quote, its words one span."""
    engine = make_engine("Ambassador Kim Soo spoke.\n“First point. Second point,” he said.")
    (quote,) = engine.quotes
    assert quote.sentences == (1, 2)
    assert spans(engine, quote) == {"content": ["First point. Second point"], "cue": "said", "mention": "he"}


def test_tagless_continuation_joins_the_quote_before(make_engine):
    """A quoted sentence with no tag after a tagged quote is part of that quote."""
    engine = make_engine("“The radar is not aimed at us,” Pak said.\n“It is aimed at China.”")
    (quote,) = engine.quotes
    assert quote.sentences == (0, 1)
    assert spans(engine, quote)["content"] == ["The radar is not aimed at us", "It is aimed at China."]


def test_two_tagged_quotes_stay_two(make_engine):
    """Two quotes, each with its own tag, are two quotes even from one speaker."""
    engine = make_engine("“We won,” Lee said.\n“We will win again,” Lee added.")
    assert [q.sentences for q in engine.quotes] == [(0,), (1,)]


def test_indirect_content_is_the_reported_clause(make_engine):
    """`Mayor Ann Lee said on Monday that the bridge would open.`: the clause after the verb."""
    engine = make_engine("Mayor Ann Lee said the bridge would open in May.")
    (quote,) = engine.quotes
    assert quote.kind == "indirect"
    assert spans(engine, quote) == {
        "content": ["the bridge would open in May"], "cue": "said", "mention": "Mayor Ann Lee"}


def test_tag_at_the_end_leaves_the_clause_before_it(make_engine):
    """`The bridge will open, Lee said on Monday.`: the reporter's tail is no content."""
    engine = make_engine("The bridge will open in May, Mayor Ann Lee said on Monday.")
    assert spans(engine, engine.quotes[0])["content"] == ["The bridge will open in May"]


def test_listener_after_told_is_no_content(make_engine):
    """`…, an official told Reuters.`: Reuters is the listener, the clause before is the speech."""
    engine = make_engine("Talks will resume next week, a U.S. official told Reuters.")
    assert spans(engine, engine.quotes[0])["content"] == ["Talks will resume next week"]


def test_mixed_content_keeps_its_quoted_fragment(make_engine):
    """A mixed quote's content is its reported clause, marks and all."""
    engine = make_engine("Pak Myong Ho said the deployment “will destroy the balance” in the region.")
    (quote,) = engine.quotes
    assert quote.kind == "mixed"
    assert spans(engine, quote)["content"] == ["the deployment “will destroy the balance” in the region"]


def test_unsure_speaker_is_a_quote_with_no_speaker(make_engine):
    """Speech whose speaker cannot be read is a quote with speaker None and confidence 0."""
    engine = make_engine("Those close to him say that he will stand again.")
    (quote,) = engine.quotes
    assert quote.speaker is None and quote.speaker_mention is None and quote.confidence == 0
    assert spans(engine, quote)["content"] == ["that he will stand again"]


def test_narration_has_no_quotes(make_engine):
    """Scare quotes in narration are not a quote."""
    assert make_engine("The plan is called “Operation Dawn” by locals.").quotes == ()


def test_a_full_name_is_surer_than_a_pronoun(make_engine):
    """Confidence: a titled name beats a pronoun resolved by looking back."""
    engine = make_engine("“We won,” Mayor Ann Lee said.\n“We will win again,” she said.")
    named, pronoun = engine.quotes
    assert 0 < pronoun.confidence < named.confidence <= 1


def test_tag_inside_the_speech_leaves_both_sides(make_engine):
    """`The vote, Mayor Ann Lee said, was fair.`: the speech runs on both sides of the tag."""
    engine = make_engine("The vote, Mayor Ann Lee said, was fair and final.")
    assert spans(engine, engine.quotes[0])["content"] == ["The vote", "was fair and final"]


def test_tail_after_the_tag_comma_is_the_reporters(make_engine):
    """`…, Lee said, adding that …`: the participle starts the reporter's tail."""
    engine = make_engine("The vote was fair, Mayor Ann Lee said, adding nothing.")
    assert spans(engine, engine.quotes[0])["content"] == ["The vote was fair"]


def test_according_to_at_the_end_leaves_the_clause_before(make_engine):
    """`Y, according to the city's own journal.`: Y is the content, whatever follows the cue."""
    engine = make_engine("Half of the advice was wrong, according to a leading science weekly.")
    assert spans(engine, engine.quotes[0])["content"] == ["Half of the advice was wrong"]


def test_subject_far_from_its_verb_leaves_what_lies_between(make_engine):
    """`Lee said X, arguing Y`: a participle tag far from its subject keeps both clauses as content."""
    engine = make_engine("Mayor Ann Lee said the plan failed in 2012, arguing that the council was split.")
    assert spans(engine, engine.quotes[0])["content"] == [
        "said the plan failed in 2012", "that the council was split"]


def test_direct_quote_goes_on_in_reported_speech_after_the_tag(make_engine):
    """`“…,” the mayor said, adding that …`: the clause after the participle is the mayor's too."""
    engine = make_engine("“We see no link,” Mayor Ann Lee said, adding that it would take “hours” to know.")
    assert spans(engine, engine.quotes[0])["content"] == [
        "We see no link", "that it would take “hours” to know"]


def test_opening_phrase_before_the_tag_is_no_content(make_engine):
    """`In a statement, X condemned Friday’s test as “reckless”`: the speech follows the verb."""
    engine = make_engine("In a statement, Mayor Ann Lee condemned Friday’s test as “reckless” and “wrong.”")
    assert spans(engine, engine.quotes[0])["content"] == ["Friday’s test as “reckless” and “wrong.”"]


def test_speech_reporting_no_words_is_no_quote(make_engine):
    """`Mayor Ann Lee said.` is speech in `sentences`, but no quote: it reports no words."""
    engine = make_engine("Mayor Ann Lee said.")
    assert engine.attributions[0].kind == "indirect" and engine.quotes == ()


def test_a_date_after_the_verb_then_the_speech(make_engine):
    """`Mayor Ann Lee said on Friday she met …`: a short date phrase after the verb, then the speech."""
    engine = make_engine("Mayor Ann Lee said on Friday she met the governor this week.")
    assert spans(engine, engine.quotes[0])["content"] == ["on Friday she met the governor this week"]


def test_direct_quote_goes_on_after_a_later_verb_of_saying(make_engine):
    """`“…,” said Ann Lee, though she added that …`: the added clause is hers too."""
    engine = make_engine("“It hurts,” said Mayor Ann Lee, though she added that it would pass.")
    assert spans(engine, engine.quotes[0])["content"] == ["It hurts", "that it would pass"]


def test_a_quote_gives_back_the_spans_and_sentences_it_was_made_with():
    """Packed into integers, read back as tuples; offsets past 2**32 and absent parts too."""
    far = 2**33
    quote = Quote(None, "mixed", ((0, 5), (9, far)), (6, 8), None, (0, 1, 300), 0.5)
    assert quote.content == ((0, 5), (9, far)) and quote.cue == (6, 8) and quote.speaker_mention is None
    assert quote.sentences == (0, 1, 300) and (quote.kind, quote.confidence) == ("mixed", 0.5)
    bare = Quote(None, "direct", ((3, 4),), None, (0, 2), (7,), 0.0)
    assert (bare.cue, bare.speaker_mention, bare.sentences) == (None, (0, 2), (7,))
    assert bare == Quote(None, "direct", ((3, 4),), None, (0, 2), (7,), 0.0) != quote
    assert len({bare, quote, bare}) == 2
    assert "content=((3, 4),)" in repr(bare)
