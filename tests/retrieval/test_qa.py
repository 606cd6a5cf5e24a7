"""Answers: speaker questions, who-said, search, and bad input."""

import pytest

from retrieval import MAX_QUESTION_CHARS
from retrieval.questions import parse_question


def numbers(answer) -> list[int]:
    return [r.sentence.number for r in answer.results]


def test_speaker_question_returns_all_their_sentences_in_order(seed_engine):
    """`what did Hua say?` gives every Hua sentence and nothing else."""
    answer = seed_engine.answer("what did Hua say?")
    assert answer.intent == "speaker"
    assert answer.speaker.name == "Hua Chunying"
    assert numbers(answer) == [15, 16, 17]
    assert {r.speaker.name for r in answer.results} == {"Hua Chunying"}


@pytest.mark.parametrize("question", [
    "what did the Chinese spokeswoman say?",
    "What did Hua Chunying say?",
    "what did hua chunying tell reporters?",
    "Hua's comments",
    "quotes from Hua",
    "Hua Chunying",
])
def test_speaker_found_by_role_full_name_and_phrasing(seed_engine, question):
    """Role words, full names and other phrasings find the same speaker."""
    assert seed_engine.answer(question).speaker.name == "Hua Chunying"


def test_misspelt_name_still_finds_speaker(seed_engine):
    """`tilerson` is Tillerson."""
    assert seed_engine.answer("what did tilerson say?").speaker.name == "Rex Tillerson"


def test_speaker_question_with_topic_puts_best_match_first(seed_engine):
    """`Tillerson's comments on China` ranks the China sentence first but keeps all of his."""
    answer = seed_engine.answer("Tillerson's comments on China")
    assert answer.speaker.name == "Rex Tillerson"
    assert "China" in answer.results[0].sentence.text
    assert len(answer.results) == len(answer.speaker.sentences)


def test_anonymous_speakers_stay_apart(seed_engine):
    """`the U.S. official` and `the Japanese official` are different speakers."""
    assert seed_engine.answer("what did the U.S. official say?").speaker.name == "U.S. official"
    assert seed_engine.answer("What did the Japanese official say?").speaker.name == (
        "Japanese foreign ministry official")


def test_mentioned_but_not_quoted_says_so_and_points_to_mentions(seed_engine):
    """Kishida is named in sentences 2 and 22 but never quoted."""
    answer = seed_engine.answer("what did Kishida say?")
    assert answer.results == ()
    assert "not quoted" in answer.message
    assert {1, 21} <= set(answer.mentions)


def test_unknown_name_lists_who_is_quoted(seed_engine):
    """A name the article never uses gets an honest reply and the list of speakers."""
    answer = seed_engine.answer("what did Angela Merkel say?")
    assert answer.results == () and answer.mentions == ()
    assert "doesn't mention" in answer.message and "Hua Chunying" in answer.message


def test_who_said_finds_the_quote_and_its_speaker(seed_engine):
    """`Who said the radar is not aimed at just us?` is Pak, sentence 34."""
    answer = seed_engine.answer("Who said the radar is not aimed at just us?")
    assert answer.intent == "who_said"
    assert answer.results[0].sentence.number == 34
    assert answer.speaker.name == "Pak Myong Ho"


def test_who_said_words_the_article_lacks_names_no_one(seed_engine):
    """A quotation whose words the article mostly lacks is no one's: the nearest sentences, marked so."""
    answer = seed_engine.answer("who said the football match was exciting?")
    assert answer.intent == "who_said" and answer.speaker is None and answer.closest
    assert answer.message.startswith("No one in the article is quoted saying that.")
    assert "come closest" in answer.message


def test_search_gives_best_sentences_with_speakers(seed_engine):
    """A topic question returns matching sentences, each with its speaker (or none)."""
    answer = seed_engine.answer("How much aid has the US given North Korea?")
    assert answer.intent == "search"
    assert 5 in numbers(answer)[:3]
    assert answer.results[numbers(answer).index(5)].speaker.name == "Rex Tillerson"
    assert all(r.score > 0 for r in answer.results)


def test_dateline_is_not_a_search_match(seed_engine):
    """`Tokyo` and `Reuters` from the dateline do not make sentence 1 match."""
    answer = seed_engine.answer("Reuters")
    assert 1 not in numbers(answer)


@pytest.mark.parametrize("question", ["", "   ", "?!?", "…", "\x00\x01", "<@123456>"])
def test_empty_or_punctuation_only_question_gets_help(seed_engine, question):
    """Nothing to answer: a friendly hint, no results, no exception."""
    answer = seed_engine.answer(question)
    assert answer.results == ()
    assert "Ask me something" in answer.message


def test_over_long_question_gets_a_message(seed_engine):
    """A question past the limit is refused politely with the limit named."""
    answer = seed_engine.answer("why " * MAX_QUESTION_CHARS)
    assert answer.results == ()
    assert str(MAX_QUESTION_CHARS) in answer.message


def test_no_match_says_so(seed_engine):
    """A question sharing no word with the article is not answered with noise."""
    answer = seed_engine.answer("xylophone zebra")
    assert answer.results == ()
    assert "Nothing in the article matches" in answer.message


def test_pronoun_alone_asks_who_is_meant(seed_engine):
    """`what did she say?` has no one to refer to without a conversation."""
    answer = seed_engine.answer("what did she say?")
    assert answer.results == () and "Who do you mean" in answer.message


def test_article_without_quotes_answers_searches(make_engine):
    """An article with nobody quoted still answers topic questions and says nobody is quoted."""
    engine = make_engine("The river rose overnight.\nThe bridge was closed on Monday.")
    assert engine.speakers.quoted == ()
    assert [r.sentence.number for r in engine.answer("when was the bridge closed?").results] == [2]
    assert "Nobody is quoted" in engine.answer("what did Smith say?").message


@pytest.mark.parametrize("question", ["who is quoted?", "list the speakers", "Who spoke?"])
def test_who_is_quoted_lists_speakers(seed_engine, question):
    """Asking who is quoted lists the speakers, and who is only mentioned."""
    answer = seed_engine.answer(question)
    assert answer.results == ()
    assert "Hua Chunying" in answer.message and "Fumio Kishida" in answer.message


@pytest.mark.parametrize("question", ["Summarize the article", "what is this story about?", "tl;dr"])
def test_summary_gives_the_lede(seed_engine, question):
    """A request for a summary gets the article's first sentences, where news puts the story."""
    assert numbers(seed_engine.answer(question)) == [1, 2, 3]


def test_did_x_say_anything_about_topic(seed_engine):
    """`Did Hua say anything about the United States?` is a speaker question with a topic."""
    answer = seed_engine.answer("Did Hua say anything about the United States?")
    assert answer.speaker.name == "Hua Chunying"
    assert "United States" in answer.results[0].sentence.text


@pytest.mark.parametrize(("question", "who"), [
    ("did China agree?", "China"),
    ("What does China want North Korea to do?", "China"),
    ("is the US going to use military force?", "the US"),
    ("What did Wang Yi propose?", "Wang Yi"),
])
def test_a_question_asking_someones_view_names_them(question, who):
    """"Did China agree?" asks China's view: a search with ``who``; "what does X want … to do?" too."""
    parsed = parse_question(question)
    assert (parsed.intent, parsed.who) == ("search", who)


VIEWS = (
    "The council met on Monday to discuss the new harbour wall.\n"
    "Engineers said the harbour wall would need repairs within ten years.\n"
    "Most residents support a taller harbour wall, a survey found.\n"
    "“I support a stronger harbour wall,” Mayor Ann Lee said.\n"
    "Fishermen fear the wall will block the old harbour entrance.\n"
)


def test_a_view_question_puts_the_speakers_own_words_first(make_engine):
    """"Does Ann Lee support the harbour wall?" is answered by what she said, before others' like words."""
    answer = make_engine(VIEWS).answer("Does Ann Lee support the harbour wall?")
    assert not answer.closest and numbers(answer)[0] == 4


def test_a_capital_quoted_speaks_for_its_country(seed_engine):
    """"Washington has said …" is a voice of the US, and answers "is the US going to use military force?"."""
    assert "Washington" in {v.name for v in seed_engine._bodies.voices("the US")}
    assert numbers(seed_engine.answer("is the US going to use military force?"))[0] == 30


@pytest.mark.parametrize("question", ["what did Hale and Ruiz say?", "what did the Vell board and Ruiz say"])
def test_two_speakers_asked_at_once_are_each_answered(make_engine, question):
    """Each one's sentences, under their own names; a name that holds "and" stays one name."""
    engine = make_engine("Board news.\n\nVell board chairman Tom Hale said the levy would pass.\n\n"
                         "Ana Ruiz said the roads come first.\n\nLamb and Sons said it would build them.\n")
    answer = engine.answer(question)
    assert {r.speaker.name for r in answer.results} == {"Tom Hale", "Ana Ruiz"}
    assert [r.sentence.number for r in engine.answer("what did Lamb and Sons say?").results] == [4]


def test_a_person_by_job_named_but_never_quoted_is_said_so(make_engine):
    """"the nurse" is someone the article names, not a term to search; "the voters" are searched."""
    engine = make_engine("Clinic news.\n\nTom Hale said he sent a nurse to the school.\n\n"
                         "Most voters said the clinic was needed.\n")
    nurse = engine.answer("what did the nurse say?")
    assert nurse.results == () and nurse.message == "“the nurse” appears in the article but is not quoted."
    assert nurse.mentions == (1,)
    assert engine.answer("what did the voters say?").results[0].sentence.number == 3


LAMB = ("Dam news.\n\nEd Lamb, the county engineer, said the dam was old.\n\n"
        "Lamb said the board had met twice.\n\n"
        "Lamb warned that the spillway could fail in a flood.\n")


@pytest.mark.parametrize(("question", "first"), [("what did Lamb warn?", 4),
                                                 ("what did the engineer warn about", 4),
                                                 ("what did Lamb say?", 2), ("what did Lamb announce?", 2)])
def test_a_speakers_sentences_with_the_verb_asked_come_first(make_engine, question, first):
    """"what did Lamb warn?": his warning first, then the rest; a verb he never used keeps article order."""
    answer = make_engine(LAMB).answer(question)
    assert answer.results[0].sentence.number == first
    assert len(answer.results) == 3 and answer.message in (None, "The engineer is Ed Lamb.")
