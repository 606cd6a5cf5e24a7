"""Questions as readers type them: bodies as speakers, chat decoration, terms, the article itself."""

import pytest

from retrieval.questions import parse_question


def numbers(answer) -> list[int]:
    return [r.sentence.number for r in answer.results]


@pytest.mark.parametrize(("question", "voices"), [
    ("what did the State Department say?", {"Mark Toner"}),
    ("what did the state department spokesman say?", {"Mark Toner"}),
    ("what did China say?", {"Hua Chunying"}),
    ("what did the Chinese foreign ministry say?", {"Hua Chunying"}),
    ("what did the US say?", {"Rex Tillerson", "U.S. official", "U.S. officials", "Washington"}),
    ("what did the United States say?", {"Rex Tillerson", "U.S. official", "U.S. officials", "Washington"}),
])
def test_organisation_or_country_answers_with_its_voices(seed_engine, question, voices):
    """A body is answered with the sentences of the people quoted for it, each under their own name."""
    answer = seed_engine.answer(question)
    assert answer.intent == "speaker"
    assert {r.speaker.name for r in answer.results} == voices
    assert all(name in answer.message for name in voices) if len(voices) > 1 else True


def test_body_answer_says_which_voice(seed_engine):
    """`the State Department` names the spokesman it is quoted through."""
    message = seed_engine.answer("what did the State Department say?").message
    assert "Mark Toner" in message and "State Department spokesman" in message


@pytest.mark.parametrize(("question", "message"), [
    ("what did the spokesman say?", "The spokesman is Mark Toner."),
    ("what did the secretary of state say?", "The secretary of state is Rex Tillerson."),
])
def test_a_persons_own_job_names_the_person(seed_engine, question, message):
    """A job the person holds is not a body quoted through them: the answer says who holds it."""
    assert seed_engine.answer(question).message == message


def test_ambiguous_role_names_both(seed_engine):
    """Two foreign ministries are quoted: both are named, and the reader can ask for one."""
    answer = seed_engine.answer("what did the foreign ministry say?")
    assert answer.speaker is None
    assert {r.speaker.name for r in answer.results} == {"Hua Chunying", "Japanese foreign ministry official"}
    assert "Hua Chunying" in answer.message and "Japanese foreign ministry official" in answer.message


@pytest.mark.parametrize(("question", "speaker", "number"), [
    ("who talked about secondary sanctions?", "U.S. official", 12),
    ("who spoke about the alliance?", "Rex Tillerson", 24),
    ("Who commented on the radar?", "Pak Myong Ho", 34),
])
def test_who_talked_about_is_a_who_said_question(seed_engine, question, speaker, number):
    """"Who talked/spoke/commented about X?" gives the sentence on X and its speaker."""
    answer = seed_engine.answer(question)
    assert answer.intent == "who_said"
    assert answer.results[0].sentence.number == number
    assert answer.results[0].speaker.name == speaker


def test_who_spoke_alone_still_lists_speakers(seed_engine):
    """Without a topic, "who spoke?" is the list of speakers."""
    assert "Hua Chunying" in seed_engine.answer("who spoke?").message


def test_definition_of_a_term_is_a_search(make_engine):
    """`What does ctenophore mean?` looks the term up; a term is never "not quoted"."""
    engine = make_engine("Comb jellies live in every ocean.\n"
                         "The name ctenophore means comb-bearing, from the Greek.\n"
                         "“They are beautiful,” said Dr. Ana Ruiz, a biologist.")
    answer = engine.answer("What does ctenophore mean?")
    assert answer.intent == "search" and numbers(answer)[0] == 2
    assert not answer.message or "not quoted" not in answer.message


def test_fact_question_about_a_named_thing_is_a_search(make_engine):
    """`What is another name for State Route 168?` is not a speaker question ("State" is no verb)."""
    engine = make_engine("The road, also called State Route 168, climbs into the hills.\n"
                         "Locals know State Route 168 as the Glacier Highway.\n"
                         "“It floods every spring,” said Mayor Tom Reyes.")
    answer = engine.answer("What is another name for State Route 168?")
    assert answer.intent == "search"
    assert 2 in numbers(answer)[:3]


@pytest.mark.parametrize("question", [
    "what did **Hua** say?", "@everyone what did Hua say?", "@here what did Hua say?",
    "> what did Hua say", "🤔 what did Hua say? 👍", "<@123456> “what did Hua say?”",
    "`what did Hua say?`", "__what did Hua say__", "what did Hua say? :thinking:",
    "what did\x1b[31m Hua\x1b[0m say?", "what did\x1b]0;title\x07 Hua say?", "what did\tHua\x00 say?",
])
def test_chat_decoration_is_ignored(seed_engine, question):
    """Markdown, mentions, blockquotes, quote marks, emoji and terminal codes don't change the question."""
    answer = seed_engine.answer(question)
    assert answer.speaker is not None and answer.speaker.name == "Hua Chunying"


def test_chat_decoration_is_not_echoed():
    """What the engine understood holds no Markdown or mention."""
    assert parse_question("@everyone **what did Hua say?**").text == "what did Hua say"


@pytest.mark.parametrize(("question", "wanted"), [
    ("where was it filed?", "Tokyo"),
    ("which news agency?", "Reuters"),
    ("who wrote this?", "doesn't say who wrote"),
    ("when was it written?", "doesn't give its date"),
    ("how many people are quoted?", "8 people or groups quoted"),
    ("how many sentences are there?", "36 sentences"),
])
def test_questions_about_the_article_itself(seed_engine, question, wanted):
    """Dateline, agency, writer, date and counts come from the article's metadata, honestly."""
    answer = seed_engine.answer(question)
    assert answer.results == ()
    assert wanted in answer.message


def test_writer_and_date_when_the_article_gives_them(make_engine):
    """A byline and a dated dateline are reported."""
    engine = make_engine("LONDON, March 15 (AP) — The bridge reopened.\n"
                         "(Reporting by Jane Doe; Editing by Tom Roe)\n")
    assert "Jane Doe" in engine.answer("who wrote the article?").message
    assert "March 15" in engine.answer("when was it written?").message
    assert "Ann Lee" in make_engine("By Ann Lee\nThe bridge reopened.\n").answer("who is the author?").message


def test_a_summary_leaves_out_the_byline(make_engine):
    """"Summarize" gives the headline and the story's first sentences, not "By Ann Lee"."""
    engine = make_engine("Bridge reopens after repairs\nBy Ann Lee\nThe bridge reopened on Monday.\n"
                         "Traffic was light.\nRepairs took a year.\n")
    shown = [r.sentence.text for r in engine.answer("summarize").results]
    assert shown == ["Bridge reopens after repairs", "The bridge reopened on Monday.", "Traffic was light."]


def test_untouched_topic_is_said_then_everything_shown(seed_engine):
    """Tillerson never speaks of Russia: the answer says so, then gives all he said."""
    answer = seed_engine.answer("what did Tillerson say about Russia?")
    assert "nothing about “Russia”" in answer.message
    assert len(answer.results) == len(answer.speaker.sentences)


def test_touched_topic_has_no_such_note(seed_engine):
    """A topic the speaker did speak about gets no note."""
    assert seed_engine.answer("what did Tillerson say about the alliance?").message is None


@pytest.mark.parametrize("question", ["give me a summary", "a summary please", "can you give me the gist?"])
def test_summary_phrasings(seed_engine, question):
    """Ways of asking for a summary all give the lede."""
    assert numbers(seed_engine.answer(question)) == [1, 2, 3]


STORY = ("The county hospital will close its night ward, officials said on Monday.\n"
         "For Hailey Puckett, who has worked nights there for a decade, the news came by letter.\n"
         "“We are exhausted and nobody asked us,” Puckett said.\n")


@pytest.mark.parametrize("question", ["what did Hailey Puckett say?", "what did Hailey say?"])
def test_full_name_first_met_outside_a_tag_finds_the_speaker(make_engine, question):
    """A person named in full before being quoted by surname is found by the full name."""
    answer = make_engine(STORY).answer(question)
    assert numbers(answer) == [3]


@pytest.mark.parametrize(("question", "label"), [
    ("who is Hua?", "Hua Chunying, Chinese Foreign Ministry spokeswoman (3 sentences quoted)"),
    ("What is Kishida's job?", "Fumio Kishida, Japanese Foreign Minister (named, not quoted)"),
    ("What does Toner do?", "Mark Toner, State Department spokesman (1 sentence quoted)"),
])
def test_who_someone_is_comes_from_the_article(seed_engine, question, label):
    """"Who is X?" gives the name and role the article gives, and the sentence introducing them."""
    answer = seed_engine.answer(question)
    assert answer.message == f"{label}."
    assert len(answer.results) == 1


def test_who_is_with_a_description_stays_a_search(seed_engine):
    """"Who was the first foreign leader to meet Trump…?" is a question, not a name."""
    answer = seed_engine.answer("Who was the first foreign leader to meet Trump after his election?")
    assert answer.intent == "search" and answer.results[0].sentence.number == 28


ROLES = ("The county hospital will close its night ward next month.\n"
         "For Hailey Puckett, a veteran night nurse, the news came by letter.\n"
         "“We are exhausted and nobody asked us,” Puckett said.\n"
         "Emergency physician Ravi Shah works there too. Shah said the closure was a mistake.\n")


@pytest.mark.parametrize(("question", "number"), [
    ("what did the nurse say?", 3),
    ("what did the physician say?", 5),
    ("what did Ravi Shah say?", 5),
])
def test_role_given_where_the_person_is_named_finds_them(make_engine, question, number):
    """A job given beside the name ("Emergency physician Ravi Shah") finds the speaker quoted later."""
    assert numbers(make_engine(ROLES).answer(question)) == [number]


def test_a_workplace_is_not_whom_someone_speaks_for(make_engine):
    """A nurse at the hospital is not the hospital's voice."""
    engine = make_engine("Ann Cole, a nurse at the county hospital, was on duty.\n"
                         "“We were not told,” Cole said.\n")
    answer = engine.answer("what did the hospital say?")
    assert answer.intent != "speaker" and answer.speaker is None
    assert all(r.speaker is None for r in answer.results)


def test_body_named_in_the_speakers_own_tag(make_engine):
    """"A Ministry of Transport and Roads press officer said" speaks for the Ministry of Transport."""
    engine = make_engine("The bridge will stay shut until May.\n"
                         "A Ministry of Transport and Roads press officer said: “Safety comes first.”\n")
    answer = engine.answer("what did the Ministry of Transport say?")
    assert numbers(answer) == [2] and "Ministry of Transport" in answer.message


LAWYER = ("Martin Keefe, 58, was found guilty on Friday.\n"
          "Keefe's attorney, Daniel Whitcomb, said his client would appeal.\n"
          "“This is not over,” Whitcomb said.\n"
          "Former Superintendent Alan Brewer told the court he had trusted Keefe.\n")


def test_a_clients_name_does_not_find_the_lawyer(make_engine):
    """Keefe's attorney speaks for Keefe but is not Keefe: Keefe is named, not quoted."""
    answer = make_engine(LAWYER).answer("What did Keefe say?")
    assert not answer.results and "not quoted" in answer.message


def test_both_words_of_a_full_name_misspelt(make_engine):
    """"Allan Bruer" is Alan Brewer when both words are close to his."""
    answer = make_engine(LAWYER).answer("What did Allan Bruer say?")
    assert answer.speaker.name == "Alan Brewer"


def test_a_topic_of_only_small_words_gets_no_note(seed_engine):
    """"What did Tillerson say about it?" is not said to be a topic he never touched."""
    answer = seed_engine.answer("what did Tillerson say about it?")
    assert answer.message is None and len(answer.results) == len(answer.speaker.sentences)


def test_who_someone_was_before_shows_the_describing_sentence(seed_engine):
    """"What was Tillerson's job before?" includes "said Tillerson, a former oil executive"."""
    answer = seed_engine.answer("What was Tillerson's job before?")
    assert answer.speaker.name == "Rex Tillerson" and 3 in numbers(answer)


def test_a_body_with_many_voices_lists_a_few(make_engine):
    """Twelve officials of one ministry: the note names eight and counts the rest."""
    text = "\n".join(f"“Point {i},” said Ministry of Water official Ann Lee{i}." for i in range(12))
    answer = make_engine(text).answer("what did the Ministry of Water say?")
    assert len(answer.results) == 12 and "and 4 more" in answer.message


VIEWS = ("Dam vote.\n\nTom Hale said the levy was too high. “The dam is safe,” Hale said. "
         "Ana Ruiz said the dam was old.\n")


@pytest.mark.parametrize(("question", "number"), [
    ("what does Hale think of the dam?", 3),
    ("how does Hale feel about the levy?", 2),
    ("what did Hale announce about the dam?", 3),
])
def test_a_view_asked_gives_that_speakers_words_on_it_first(make_engine, question, number):
    """Only the speaker's sentences, the one on the topic first; never Ruiz's words on the dam."""
    answer = make_engine(VIEWS).answer(question)
    assert answer.speaker.name == "Tom Hale"
    assert numbers(answer)[0] == number and sorted(numbers(answer)) == [2, 3]


def test_the_ag_is_the_attorney_general_the_article_names(make_engine):
    """"the AG" finds whom the article calls the attorney general where it first names her."""
    engine = make_engine("Court news.\n\nAna Ruiz, the attorney general of Vell, spoke in Mapleford.\n"
                         "“We will appeal,” Ruiz said.\n")
    answer = engine.answer("what did the AG say?")
    assert answer.speaker.name == "Ana Ruiz" and numbers(answer) == [3]


LEVY = ("Vell County news.\n\nThe Eastvale Water Board said the levy would rise. "
        "EWB director Ed Lamb said the dam was safe. "
        "Vell County spokeswoman Ana Ruiz said the levy was too high. "
        "The levy vote comes in May, Mayor Tom Hale wrote in a letter.\n")


@pytest.mark.parametrize(("question", "intent", "number"), [
    ("tell me about Ed Lamb", "speaker", 3),  # who he is, where the article introduces him
    ("tell me about the levy vote", "search", 5),  # a thing: searched
])
def test_tell_me_about_a_person_or_a_thing(make_engine, question, intent, number):
    answer = make_engine(LEVY).answer(question)
    assert answer.intent == intent and numbers(answer)[0] == number


def test_a_body_typed_in_lower_case_is_named_as_the_article_writes_it(make_engine):
    """"what did vell county say?": the note says "Vell County", not "vell county"."""
    answer = make_engine(LEVY).answer("what did vell county say?")
    assert answer.message.startswith("Vell County is quoted through Ana Ruiz")


def test_did_anyone_mention_is_who_said(make_engine):
    """"did anyone mention the dam?" finds the sentence and its speaker, as "who mentioned …?" does."""
    answer = make_engine(LEVY).answer("did anyone mention the dam?")
    assert answer.intent == "who_said" and answer.speaker.name == "Ed Lamb" and numbers(answer)[0] == 3


@pytest.mark.parametrize(("question", "message"), [
    ("how many times is Ana Ruiz quoted?", "Ana Ruiz is quoted in 1 sentence."),
    ("how many quotes from lamb", "Ed Lamb is quoted in 1 sentence."),
    ("how often is Hale quoted", "Tom Hale is quoted in 1 sentence."),
])
def test_how_many_times_someone_is_quoted(make_engine, question, message):
    """The count comes first, then their sentences, as for "what did … say?"."""
    answer = make_engine(LEVY).answer(question)
    assert answer.message == message and len(answer.results) == 1


@pytest.mark.parametrize("question", ["which people are quoted", "who are the speakers?",
                                      "who else is quoted"])
def test_ways_of_asking_who_is_quoted(make_engine, question):
    answer = make_engine(LEVY).answer(question)
    assert answer.message.startswith("Quoted: Eastvale Water Board, Ed Lamb, Ana Ruiz, Tom Hale")


@pytest.mark.parametrize(("question", "opening"), [
    ("hi", "Hi! Ask me about the article, for example “what did Eastvale Water Board say?”"),
    ("thanks", "Glad to help."),
    ("who are you?", "I answer questions about one news article"),
])
def test_small_talk_gets_a_hint_not_a_search(make_engine, question, opening):
    """A greeting, thanks or "who are you?" is answered with an example question, never "nothing matches"."""
    answer = make_engine(LEVY).answer(question)
    assert answer.results == () and answer.message.startswith(opening)


def test_a_view_asked_first_does_not_narrow_the_bodys_voices(make_engine):
    """"did the board agree?" asks the board alone; "what did the board say?" next has its spokeswoman too."""
    engine = make_engine("Dam news.\n\nThe Eastvale Water Board said the levy would rise. "
                         "Eastvale Water Board spokeswoman Ana Ruiz said the dam was safe.\n")
    engine.answer("did the Eastvale Water Board agree?")
    answer = engine.answer("what did the Eastvale Water Board say?")
    assert {r.speaker.name for r in answer.results} == {"Eastvale Water Board", "Ana Ruiz"}


def test_someone_the_article_writes_otherwise_is_searched_not_denied(make_engine):
    """"Hale's former wife" of an article on "his former wife": searched, never "doesn't mention"."""
    engine = make_engine("Court news.\n\nHis former wife welcomed the verdict. "
                         "Ana Ruiz said the court was right. Lawyers for Tom Hale said nothing.\n")
    answer = engine.answer("what did Hale's former wife say?")
    assert answer.intent == "search" and numbers(answer)[0] == 2
