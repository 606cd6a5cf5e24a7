"""Speaker questions as new readers ask them on news: claims, initials, owners, titles, yes-or-no views."""

import pytest

from retrieval.questions import parse_question

# Invented: every name and place here is made up.
CLAIM = """Vell County votes on the dam.

Tom Hale said the board should talk about the dam before it votes on taxes.

"We owe the valley a debate," Hale said.

Ana Ruiz said the vote should go ahead.
"""


@pytest.mark.parametrize("question", ["did Hale say the board should talk about the dam?",
                                      "did Tom Hale say the board should comment on taxes?"])
def test_did_someone_say_a_claim_asks_their_words(make_engine, question):
    """"Did Hale say the board should talk about …?" asks Hale's words, not a speaker "Hale say the board"."""
    parsed = parse_question(question)
    assert parsed.intent == "search" and parsed.who in ("Hale", "Tom Hale")
    first = make_engine(CLAIM).answer(question).results[0]
    assert first.speaker.name == "Tom Hale"


def test_a_full_name_finds_the_speaker_registered_with_a_courtesy_title(make_engine):
    """Named "Ed King" once and quoted as "Mr. King" after: "what did Ed King say?" gives his words.

    (A surname that is also a title word is registered as "Mr. King", apart from the full name.)
    """
    engine = make_engine("Radio host moves.\n\nEd King now hosts the morning show on Vell Radio.\n\n"
                         "Mr. King, 70, said the station lets him pick his guests.\n\n"
                         "\"They leave me alone,\" Mr. King said.\n")
    answer = engine.answer("what did Ed King say?")
    assert answer.speaker is not None and answer.speaker.quoted
    assert len(answer.results) == 2


OWNER = ("Hale rally.\n\nTom Hale’s campaign manager Ed Lamb spoke on the radio on Sunday, saying "
         "Stone “was wrong about the river.”\n\nBut Ana Stone said the river was clean.\n\n"
         "“It is clean,” Stone said.\n")


@pytest.mark.parametrize("question", ["what did Hale's campaign manager say?",
                                      "what did Hale’s campaign manager say?",
                                      "what did the Hale campaign say?"])
def test_an_owner_written_with_a_curly_apostrophe(make_engine, question):
    """News writes "Hale’s campaign manager Ed Lamb"; readers type "Hale's" or "the Hale campaign"."""
    answer = make_engine(OWNER).answer(question)
    assert [r.speaker.name for r in answer.results] == ["Ed Lamb"]


INITIALS = ("Water rates fall.\n\n"
            "The Vell Water Authority said on Monday it would cut its rates from June.\n\n"
            "The VWA said the cut would take a year to reach homes.\n\n"
            "\"The river has been kind to us,\" VWA chief engineer Ed Lamb said.\n\n"
            "Tom Hale, executive director of the VWA, called the cut welcome.\n\n"
            "\"It is about time,\" said Hale.\n")


@pytest.mark.parametrize("question", ["what did the VWA say?", "what did the Vell Water Authority say?",
                                      "what did the authority say?"])
def test_a_body_quoted_by_name_and_by_initials_is_one_body(make_engine, question):
    """"The Vell Water Authority said" and "the VWA said" are one body, with the people whose job is its."""
    answer = make_engine(INITIALS).answer(question)
    assert {r.speaker.name for r in answer.results} == {"Vell Water Authority", "VWA", "Ed Lamb", "Tom Hale"}


def test_one_capitalised_word_before_a_job_is_not_a_body_of_that_name(make_engine):
    """"Hale campaign spokesman Ed Lamb" speaks for the Hale campaign; Hale himself is someone else."""
    engine = make_engine("Hale speaks.\n\n\"We will win,\" Tom Hale said.\n\n"
                         "Hale campaign spokesman Ed Lamb said the polls were wrong.\n")
    assert {r.speaker.name for r in engine.answer("what did Hale say?").results} == {"Tom Hale"}


APPOSITIONS = """Board fight.

Tom Hale, who ran the county fire service, backs the plan.

"We need the new road," Hale, a longtime Vell ally, said on Monday.

"The bill is badly drafted," said Rep. Ana Ruiz of Mapleford, the board's longest-serving member.

"The numbers are off," said Mia Stone, a research fellow at the Vell Institute.
"""


@pytest.mark.parametrize(("question", "speaker"), [
    ("what did the Vell ally say?", "Tom Hale"),
    ("what did the longest-serving member say?", "Ana Ruiz"),
    ("what did the Vell Institute fellow say?", "Mia Stone"),
])
def test_a_job_in_an_apposition_as_news_writes_it(make_engine, question, speaker):
    """After a surname ("Hale, a longtime Vell ally"), a home ("Ruiz of Mapleford, the …"), or with
    the body after the job ("a research fellow at the Vell Institute"): the job readers ask finds them."""
    answer = make_engine(APPOSITIONS).answer(question)
    assert answer.intent == "speaker" and {r.speaker.name for r in answer.results} == {speaker}


def test_a_body_the_speaker_heads_in_an_apposition(make_engine):
    """"said Rep. Ed Lamb (D-Vell), chairman of the Vell Growers Union": the union speaks through Lamb."""
    engine = make_engine('Growers meet.\n\n"Nobody asked us," said Rep. Ed Lamb (D-Vell), chairman of the '
                         'Vell Growers Union.\n\n"We need more time," said Rep. Ana Ruiz (D-Vell).\n')
    answer = engine.answer("what did the Vell Growers Union say?")
    assert {r.speaker.name for r in answer.results} == {"Ed Lamb"}


def test_a_job_opening_the_sentence_after_a_quote_is_its_speaker(make_engine):
    """"… Ruiz told Hale. The Mapleford senator then pushed Hale …": the senator readers ask for is Ruiz."""
    engine = make_engine("Hearing.\n\nAna Ruiz questioned Vell Bank chief Tom Hale on Tuesday.\n\n"
                         "\"You should pay the money back,\" Ruiz told Hale.\n\n"
                         "The Mapleford senator then pushed Hale for a list of the branches involved.\n\n"
                         "\"We are sorry,\" Hale said.\n")
    answer = engine.answer("what did the Mapleford senator say?")
    assert answer.intent == "speaker" and answer.speaker.name == "Ana Ruiz"


def test_one_of_several_with_a_job_is_found_by_the_job_in_the_singular(make_engine):
    """"one of the farm's attorneys, Ed Lamb," is "the farm's attorney" readers ask for."""
    engine = make_engine("Farm sale.\n\nAttorney General Ann Vell said the sale was lawful.\n\n"
                         "The Ruiz farm will fight the sale, its attorneys said.\n\n"
                         "Speaking for the owners, one of the farm's attorneys, Ed Lamb, told the board the "
                         "sale was void.\n\n\"We will take it to court,\" Lamb said.\n")
    assert engine.answer("what did the farm's attorney say?").speaker.name == "Ed Lamb"


TITLED = ("Dam vote nears.\n\n"
          "\"We will not wait,\" said Rep. J.T. Lamb, a Vell Democrat.\n\n"
          "\"It is too soon,\" said Del. Ana Ruiz of Mapleford.\n")


@pytest.mark.parametrize(("question", "name", "role"), [
    ("what did Lamb say?", "J.T. Lamb", "Representative"),
    ("what did J.T. Lamb say?", "J.T. Lamb", "Representative"),
    ("what did Ruiz say?", "Ana Ruiz", "Delegate"),
])
def test_initials_and_an_abbreviated_title_before_a_name(make_engine, question, name, role):
    """"Rep. J.T. Lamb" is J.T. Lamb, a representative; "Del. Ana Ruiz" is a delegate, never "Del"."""
    answer = make_engine(TITLED).answer(question)
    assert [(r.speaker.name, r.speaker.role) for r in answer.results] == [(name, role)]


@pytest.mark.parametrize("tag", ["said the event organizer Vell Growers Union",
                                 "the farm lobby Vell Growers Union said"])
def test_a_body_is_named_without_the_kind_written_before_it(make_engine, tag):
    """"the event organizer Vell Growers Union" is the Vell Growers Union, found by its name and initials."""
    engine = make_engine(f"Dam vote nears.\n\n\"Nobody asked us,\" {tag}.\n\n\"We wait,\" the VGU said.\n")
    for question in ("what did the Vell Growers Union say?", "what did the VGU say?"):
        assert "Vell Growers Union" in {r.speaker.name for r in engine.answer(question).results}
    assert engine.attributions[1].speaker.name == "Vell Growers Union"


LETTERS = ("Letters on the bridge.\n\n"
           "The Harborton Gazette received 60 letters about the plan to close the bridge.\n\n"
           "Tom Hale writes that the closure will cut his shop off from its customers.\n\n"
           "\"The bridge is falling apart, and I would rather drive the long way,\" Ana Ruiz wrote.\n\n"
           "She said the repairs were long overdue.\n\n"
           "The county said a full closure was the safest option.\n")


@pytest.mark.parametrize("question", ["does ana ruiz support the closure?", "Does Ruiz want a full closure?"])
def test_a_yes_or_no_view_shows_their_words_whatever_words_they_used(make_engine, question):
    """"Does Ana Ruiz support the closure?": what she wrote answers it, though it never says "closure"."""
    first = make_engine(LETTERS).answer(question).results[0]
    assert first.speaker is not None and first.speaker.name == "Ana Ruiz"


TOLD = ("Harborton votes on parking.\n\nCouncillor Ana Ruiz backed the rise but called for a free first hour "
        "on Saturdays.\n\n\"Families should not be punished,\" she said.\n\n"
        "\"We need the garage,\" said Tom Hale.\n")


def test_a_speaker_asked_on_what_only_the_narration_tells_of_them_gets_that_sentence(make_engine):
    """No quote of Ruiz's is on Saturdays, but the article tells of her on them: the note gives it."""
    answer = make_engine(TOLD).answer("what did ruiz say about saturdays?")
    assert answer.message.startswith("Ana Ruiz is not quoted on “saturdays”, but the article says: "
                                     "Councillor Ana Ruiz backed the rise")
    assert [r.sentence.index for r in answer.results] == [2]


PARTIES = ("Greens win Vell County.\n\nThe Green Party won 28 of the 50 seats.\n\n"
           "\"We will not waste a day,\" Green leader Ana Ruiz said.\n\n"
           "\"I ran for my street,\" said Green candidate Tom Hale.\n\n"
           "Labour leader Ed Lamb said his party had listened too little.\n")


@pytest.mark.parametrize("question", ["what did the greens say?", "what did the Greens promise?"])
def test_a_party_asked_in_the_plural_is_its_members(make_engine, question):
    """"The Greens" are the voices of the Green party: its leader and its candidate, not "not quoted"."""
    answer = make_engine(PARTIES).answer(question)
    assert {r.speaker.name for r in answer.results} == {"Ana Ruiz", "Tom Hale"}
    assert " are quoted through 2 speakers" in answer.message
