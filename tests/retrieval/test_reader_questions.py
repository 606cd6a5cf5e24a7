"""Reader questions on the seed article, as a careful new reader asks them: the share answered right.

Written for issue 8 (56 questions of every kind), then 15 as typed in chat; each row says what a
right answer is. Questions whose kind the seed lacks (an age, a "position" that is a job or a
stand) are asked of an invented article, all of them answered right.
Known miss: a paraphrase sharing only its subject with the answer ("What is Japan worried
about?", answered by "Japan is seeking clues to Washington's policies …").
"""

import pytest

# (question, kind of check, expected). Sentence numbers count from 1.
ROWS = [
    ("what did Hua say?", "voices", {"Hua Chunying"}),
    ("what did the State Department say?", "voices", {"Mark Toner"}),
    ("what did the US say?", "voices", {"Rex Tillerson", "U.S. official", "U.S. officials", "Washington"}),
    ("what did China say", "voices", {"Hua Chunying"}),
    ("what did the Chinese foreign ministry say?", "voices", {"Hua Chunying"}),
    ("what did the North Korean official say?", "voices", {"Pak Myong Ho"}),
    ("what did North Korea say?", "voices", {"Pak Myong Ho"}),
    ("what did the embassy official say?", "voices", {"Pak Myong Ho"}),
    ("@everyone what did Hua say?", "voices", {"Hua Chunying"}),
    ("what did Tillerson say about China?", "top3", 19),
    ("what did Tillerson say about sanctions?", "message", "not quoted on “sanctions”"),
    ("who talked about secondary sanctions?", "who", (12, "U.S. official")),
    ("who spoke about the alliance?", "who", (24, "Rex Tillerson")),
    ("who mentioned Russia?", "who", (35, "Pak Myong Ho")),
    ("Who said China will have an open attitude?", "who", (17, "Hua Chunying")),
    ("who said the deployment will destroy the balance in Northeast Asia?", "who", (33, "Pak Myong Ho")),
    ("who said a different approach is required?", "who", (6, "Rex Tillerson")),
    ("How much aid has the US given North Korea?", "top3", 5),
    ("Why does China object to THAAD?", "top1", 32),
    ("How many missiles did North Korea launch?", "top1", 29),
    ("When is Pence due to visit?", "top1", 27),
    ("Who did Tillerson have dinner with?", "top1", 22),
    ("Where is the anti-missile system being installed?", "top1", 10),
    ("When will the North Korea policy review be completed?", "top1", 13),
    ("When did Tillerson take office?", "top1", 2),
    ("Who was the first foreign leader to meet Trump after his election?", "top1", 28),
    ("What did Wang Yi propose?", "top1", 15),
    ("Where was Tillerson speaking?", "top1", 2),
    ("Which countries will Tillerson visit later in the week?", "top1", 11),
    ("What is THAAD?", "top1", 32),
    ("What territorial disputes does China have?", "top1", 36),
    ("What did Trump ask allies to do?", "top1", 23),
    ("Who visited Japan last month?", "top1", 27),
    ("How long have efforts to denuclearize North Korea failed?", "top3", 3),
    ("Does North Korea have nuclear-tipped missiles?", "top1", 29),
    ("What did U.S. officials warn in the final months of the Obama administration?", "top1", 31),
    ("Did Tillerson meet Abe?", "top1", 22),
    ("did Tillerson say what the Trump administration planned?", "top1", 1),
    ("what is the radar aimed at?", "top3", 34),
    ("What was Tillerson's job before?", "top3", 3),
    ("What does China want North Korea to do?", "top3", 15),
    ("is the US going to use military force?", "top3", 30),
    ("What is Japan worried about?", "top3", 21),
    ("who is Hua?", "message", "Chinese Foreign Ministry spokeswoman"),
    ("what is Pak's job?", "message", "North Korean embassy official"),
    ("who wrote this?", "message", "doesn't say who wrote"),
    ("where was it filed?", "message", "Tokyo"),
    ("how many people are quoted?", "message", "8 people or groups quoted"),
    ("give me a summary", "top1", 1),
    ("what is the weather in Tokyo?", "closest", None),
    ("who won the election in France?", "closest", None),
    ("what is the population of Japan?", "closest", None),
    ("how many goals were scored?", "closest", None),
    ("what did Kishida say?", "not quoted", None),
    ("what did Abe say?", "not quoted", None),
    ("What did Trump say?", "not quoted", None),
    # As typed in chat: no apostrophes, polite openings, bare possessives, "anyone", views.
    ("whos pak", "message", "North Korean embassy official"),
    ("who's hua", "message", "Chinese Foreign Ministry spokeswoman"),
    ("tell me about pak", "message", "North Korean embassy official"),
    ("whats this story about", "top1", 1),
    ("whats the story", "top1", 1),
    ("what's going on?", "top1", 1),
    ("tillersons comments on japan", "voices", {"Rex Tillerson"}),
    ("show me what hua said", "voices", {"Hua Chunying"}),
    ("give me pak's quotes", "voices", {"Pak Myong Ho"}),
    ("anything from toner?", "voices", {"Mark Toner"}),
    ("is kishida quoted", "not quoted", None),
    ("did anyone mention russia", "who", (35, "Pak Myong Ho")),
    ("did anybody talk about sanctions", "who", (12, "U.S. official")),
    ("where does the US stand on sanctions", "voices", {"Rex Tillerson", "U.S. official", "U.S. officials",
                                                        "Washington"}),
    ("what was the response of Hua?", "voices", {"Hua Chunying"}),
    ("tillersons job", "message", "U.S. Secretary of State"),
    ("waht did hua siad", "voices", {"Hua Chunying"}),
    ("what does the article say about the radar?", "top1", 34),
    ("does it mention russia", "top1", 35),
    ("what did hua and pak say", "voices", {"Hua Chunying", "Pak Myong Ho"}),
    ("is there a quote from pak", "voices", {"Pak Myong Ho"}),
    ("who is quoted the most", "message", "Rex Tillerson is quoted the most"),
    ("whats the main point", "top1", 1),
    ("what did pak talk about", "voices", {"Pak Myong Ho"}),
    ("tillerson on china", "top1", 18),
    ("what did @everyone say?", "message", "Who do you mean?"),
]


def right(engine, question, kind, expected) -> bool:
    answer = engine.answer(question)
    numbers = [r.sentence.number for r in answer.results]
    if kind == "voices":
        return {r.speaker.name for r in answer.results if r.speaker} == expected
    if kind in ("top1", "top3"):
        return not answer.closest and expected in numbers[: 1 if kind == "top1" else 3]
    if kind == "who":
        top = answer.results[0] if answer.results else None
        return top is not None and (top.sentence.number, top.speaker and top.speaker.name) == expected
    if kind == "message":
        return expected in (answer.message or "")
    if kind == "closest":
        return answer.closest or not answer.results
    return not answer.results and "not quoted" in (answer.message or "")


def test_seed_reader_questions_mostly_right(seed_engine):
    """All reader questions but one are answered right (one paraphrase is missed)."""
    misses = [q for q, kind, expected in ROWS if not right(seed_engine, q, kind, expected)]
    assert len(ROWS) - len(misses) >= len(ROWS) - 1, misses


# An invented article, for what the seed never shows: ages, a job that is also a "position".
VELL = ("Vell County board votes to close dam.\n\n"
        "The Vell County board voted on Tuesday to close the old dam, a decision critics called rushed.\n\n"
        '"We cannot wait for the next flood," said Tom Hale, 54, the board chairman.\n\n'
        "Ana Ruiz, the county engineer, said repairs would cost $40 million.\n\n"
        "The 61-year-old engineer has worked for the county since 1998.\n\n"
        "Ed Lamb, a local farmer, said the closure would leave his fields dry. "
        '"Nobody asked us," Lamb said.\n\n'
        "Residents said the county staff had been helpful.\n")
VELL_ROWS = [
    ("how old is hale", "top1", 3),  # "Tom Hale, 54," shares no word with "how old"
    ("how old is Tom Hale?", "message", "age as 54"),
    ("whats ruiz's age", "top1", 5),  # "The 61-year-old engineer", the sentence after hers
    ("how old is the farmer", "message", "doesn't say how old Ed Lamb is"),
    ("what is Hale's position?", "message", "board chairman"),  # his job, and
    ("what is Hale's position?", "voices", {"Tom Hale"}),  # where he stands: his words
    ("help me", "message", "I answer questions"),  # not "helpful"
]


def test_invented_reader_questions_all_right(make_engine):
    """Ages, a "position" that is a job and a stand, and a plea for help, each answered right."""
    engine = make_engine(VELL)
    misses = [q for q, kind, expected in VELL_ROWS if not right(engine, q, kind, expected)]
    assert not misses, misses


# An invented news story for the speakers readers trip on: a poll (headline-cased or not), an
# outlet and its reporter, a person asked with the paper they write for, and groups; and for a
# reason given in other words than the question's.
POST = ("Vell County split on dam tax.\n\n"
        "A new Poll shows Vell County voters split on the dam tax, 48 percent to 46 percent.\n\n"
        "The Vell Post reported that the repairs would cost twice the board's estimate.\n\n"
        "Ana Ruiz of the Vell Post said the board had hidden the estimate for months.\n\n"
        "Critics say the tax falls hardest on farmers.\n\n"
        "Supporters argue that a failed dam would cost far more.\n\n"
        "Residents said they had not been told about the meeting.\n\n"
        "Ed Lamb, a host on KVL radio, was at the meeting.\n\n"
        "Tom Hale, the board chairman, resigned on Monday after the vote.\n\n"
        "He stepped down because the board had lost faith in his plan.\n\n"
        "County tax receipts fell 4 percent in May.\n\n"
        "The drop was driven by weaker farm sales.\n")
LOWER_POLL = ("Levy gains support.\n\n"
              "A poll released on Tuesday found that 52 percent of residents back the school levy.\n\n"
              "The levy would raise $3 million a year for repairs.\n")
POST_ROWS = [
    (POST, "what does the latest poll say?", "top1", 2),
    (LOWER_POLL, "what does the latest poll say?", "top1", 2),
    (LOWER_POLL, "what does the new poll show", "top1", 2),
    (LOWER_POLL, "what did the poll find?", "top1", 2),
    (POST, "what did the Vell Post report?", "top1", 3),
    (POST, "what did Ana Ruiz of the Vell Post say?", "voices", {"Ana Ruiz"}),
    (POST, "what did the Post's Ana Ruiz say", "voices", {"Ana Ruiz"}),
    (POST, "what did kvl's ed lamb say", "not quoted", None),
    (POST, "what do critics say?", "top1", 5),
    (POST, "what do supporters say", "top1", 6),
    (POST, "what did residents say", "top1", 7),
    # "why …?" answered in other words by the sentence referring back with a reason
    (POST, "why did Hale resign?", "top1", 10),
    (POST, "why did tax receipts fall", "top1", 12),
]


@pytest.mark.parametrize(("article", "question", "kind", "expected"), POST_ROWS)
def test_invented_news_questions_are_answered_as_readers_mean_them(make_engine, article, question, kind,
                                                                   expected):
    """A poll is read for what it found, a reporter is not their paper, a group is its words; a reason."""
    assert right(make_engine(article), question, kind, expected)
