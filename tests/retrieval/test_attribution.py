"""Attribution: who said each sentence, one small article per rule."""

import pytest


def who(engine) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in engine.attributions]


def kinds(engine) -> list[str | None]:
    return [a.kind for a in engine.attributions]


def test_direct_quote_with_tag_after(make_engine):
    """`“…,” X said.` is a direct quote by X."""
    engine = make_engine("“We will win,” Jane Porter said.")
    assert who(engine) == ["Jane Porter"]
    assert kinds(engine) == ["direct"]


def test_inverted_tag_with_appositive(make_engine):
    """`…, said Porter, a former banker, …` names the speaker after the verb."""
    engine = make_engine("Spending had failed for years, said Jane Porter, a former banker, on Monday.")
    assert who(engine) == ["Jane Porter"]
    assert kinds(engine) == ["indirect"]


def test_tag_before_quote_is_direct(make_engine):
    """`X said: “…”` is a direct quote whose tag comes first."""
    engine = make_engine("Mayor Ann Lee said: “The bridge will open in May.”")
    assert who(engine) == ["Ann Lee"]
    assert kinds(engine) == ["direct"]


def test_reporting_verbs_beyond_said(make_engine):
    """Told, warned, repeated, made it clear and according to are all tags."""
    engine = make_engine(
        "Finance Minister Omar Diaz warned that debt would rise.\n"
        "Central bank governor Lia Chen told Reuters rates were too low.\n"
        "Prices will fall, according to analyst Tom Reyes.\n"
        "Diaz made it clear he expected help.")
    assert who(engine) == ["Omar Diaz", "Lia Chen", "Tom Reyes", "Omar Diaz"]
    assert kinds(engine) == ["indirect"] * 4


def test_appositive_between_name_and_verb(make_engine):
    """`Pak Myong Ho, a North Korean embassy official speaking in Beijing, said …` is Pak, with that role."""
    engine = make_engine(
        "Pak Myong Ho, a North Korean embassy official speaking in Beijing on Thursday, said "
        "the deployment “will destroy the balance.”")
    assert who(engine) == ["Pak Myong Ho"]
    assert kinds(engine) == ["mixed"]
    assert engine.speakers.quoted[0].role == "North Korean embassy official"


def test_surname_after_full_name(make_engine):
    """`Pak said` after `Pak Myong Ho` is the same speaker."""
    engine = make_engine("Pak Myong Ho, an official, said it was wrong.\n“It is wrong,” Pak said.")
    assert who(engine) == ["Pak Myong Ho", "Pak Myong Ho"]
    assert len(engine.speakers.quoted) == 1


def test_pronoun_tag_resolves_to_previous_speaker(make_engine):
    """`he said` goes to the nearest earlier person."""
    engine = make_engine("Senator Tom Hale spoke first.\n“We need this bill,” he said.")
    assert who(engine) == [None, "Tom Hale"]


def test_pronoun_tag_respects_gender(make_engine):
    """`she said` skips a man quoted in between and finds the spokeswoman."""
    engine = make_engine(
        "Ministry spokeswoman Mei Lin said talks would go on.\n"
        "“We are ready,” Defense Minister Jon Park said.\n"
        "“We are patient too,” she said.")
    assert who(engine) == ["Mei Lin", "Jon Park", "Mei Lin"]


def test_quote_continuation_sentence_without_tag(make_engine):
    """A sentence wholly in quotes with no tag continues the quote before it."""
    engine = make_engine("“The radar is not aimed at us,” Pak said.\n“It is aimed at China.”")
    assert who(engine) == ["Pak", "Pak"]
    assert kinds(engine) == ["direct", "direct"]


def test_quote_over_several_sentences_takes_its_tag(make_engine):
    """`“A. B. C,” he said.` gives all three sentences to the tag's speaker."""
    engine = make_engine(
        "Ambassador Kim Soo spoke.\n“First point. Second point. Third point,” he said.")
    assert who(engine) == [None, "Kim Soo", "Kim Soo", "Kim Soo"]


def test_quote_over_several_paragraphs(make_engine):
    """A paragraph left open and reopened with `“` is one quote, tagged at its end."""
    engine = make_engine(
        "Nurse Ada Moss worked the night shift.\n"
        "“We worked until dawn.\n"
        "“Nobody slept,” she said.")
    assert who(engine) == [None, "Ada Moss", "Ada Moss"]


def test_quote_first_then_tagged_sentence(make_engine):
    """An untagged quote that opens the story goes to the quote that follows it."""
    engine = make_engine("“Never again.”\n“We will rebuild,” said Mayor Ann Lee.")
    assert who(engine) == ["Ann Lee", "Ann Lee"]


def test_anonymous_source_kept_as_one_speaker(make_engine):
    """`a U.S. official` then `the official said` is one anonymous speaker."""
    engine = make_engine(
        "Talks will resume, a U.S. official told Reuters.\n"
        "Tillerson visits China later.\n"
        "It is among the options, the official said.")
    assert who(engine) == ["U.S. official", None, "U.S. official"]


def test_definite_description_refers_to_latest_matching_speaker(make_engine):
    """`the official` is the most recent official quoted, not an earlier one."""
    engine = make_engine(
        "A Japanese official said talks went well.\n"
        "Sanctions are likely, a U.S. official said.\n"
        "The review ends in April, the official said.")
    assert who(engine) == ["Japanese official", "U.S. official", "U.S. official"]


def test_plural_source_is_a_different_speaker(make_engine):
    """`U.S. officials warned` is not the same speaker as `a U.S. official`."""
    engine = make_engine("Talks will resume, a U.S. official said.\nU.S. officials warned of sanctions.")
    assert who(engine) == ["U.S. official", "U.S. officials"]


def test_institutions_speak(make_engine):
    """`Washington has said` and `the ministry said in a statement` have speakers."""
    engine = make_engine(
        "Washington has said all options are on the table.\n"
        "The Health Ministry said in a statement that cases fell.")
    assert who(engine) == ["Washington", "Health Ministry"]


def test_mentioned_person_is_not_a_speaker(make_engine):
    """Having dinner with someone does not make them a speaker."""
    engine = make_engine(
        "Tillerson had dinner with Japanese Foreign Minister Fumio Kishida.\n"
        "“It was useful,” Tillerson said.")
    assert who(engine) == [None, "Tillerson"]
    assert [s.name for s in engine.speakers.mentioned] == ["Fumio Kishida"]
    assert engine.speakers.mentioned[0].mentions == (0,)


@pytest.mark.parametrize("text", [
    "The spokesman declined to comment.",
    "He is expected to tell them about the plan.",
    "Reporters were told to wait outside.",
    "Tillerson’s comments were watched closely.",
    "The United States intends to raise spending.",
])
def test_negated_infinitive_passive_and_noun_uses_are_not_tags(make_engine, text):
    """No speech is reported in these, so nobody is the speaker."""
    assert who(make_engine(text)) == [None]


def test_scare_quotes_in_narration_have_no_speaker(make_engine):
    """A quoted phrase in a sentence with no tag is not anyone's quote."""
    engine = make_engine("The plan is called “Operation Dawn” by locals.")
    assert who(engine) == [None]
    assert kinds(engine) == [None]


def test_speech_act_with_quoted_fragment(make_engine):
    """`X issued a … message, underscoring the “…”` reports X's words."""
    engine = make_engine("Ann Lee issued a far gentler message, underscoring the “long-standing” alliance.")
    assert who(engine) == ["Ann Lee"]
    assert kinds(engine) == ["mixed"]


def test_straight_quotes_work_like_curly_ones(make_engine):
    """Plain `"` marks open and close quotes by position."""
    engine = make_engine('"We are ready," Ann Lee said.\n"We always were."')
    assert who(engine) == ["Ann Lee", "Ann Lee"]
    assert kinds(engine) == ["direct", "direct"]


def test_dateline_is_metadata_not_a_speaker(make_engine):
    """`TOKYO (Reuters) -` is split off; the first sentence starts after it."""
    engine = make_engine("TOKYO (Reuters) - Talks will go on, Ann Lee said.")
    assert engine.article.dateline.place == "Tokyo"
    assert engine.article.dateline.agency == "Reuters"
    assert engine.attributions[0].sentence.text == "Talks will go on, Ann Lee said."
    assert who(engine) == ["Ann Lee"]


def test_unbalanced_quote_stays_in_its_paragraph(make_engine):
    """An opening mark never closed does not swallow the paragraphs after it."""
    engine = make_engine("“We will win, Ann Lee said.\nThe vote is on Monday.")
    assert who(engine)[1] is None
    assert kinds(engine)[1] is None


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Smith, 54, said the company would grow.", "Smith", None),
    ("John Smith, chief executive of Acme, said sales rose.", "John Smith", "chief executive of Acme"),
    ("“We are ready,” said Maria Lopez, a lawmaker.", "Maria Lopez", "lawmaker"),
    ("Senator John F. Smith said he was ready.", "John F. Smith", "Senator"),
    ("A spokeswoman for Acme Corp. said sales fell.", "spokeswoman for Acme Corp.", None),
])
def test_appositions_initials_and_employers(make_engine, text, speaker, role):
    """Ages, job titles with employers, middle initials and `spokeswoman for X` find the speaker."""
    engine = make_engine(text)
    assert engine.attributions[0].speaker.name == speaker
    assert engine.attributions[0].speaker.role == role


def test_inverted_verb_followed_by_a_clause_is_not_inverted(make_engine):
    """In `Smith, 54, said the company would grow` the company is what was said, not who said it."""
    assert who(make_engine("Smith, 54, said the company would grow.")) == ["Smith"]


@pytest.mark.parametrize(("text", "speakers"), [
    # Round one of the held-out articles.
    # An apposition chain: the name leads it, whatever comes between.
    ("Sen. Mark Tillman, R-Texas, the committee's ranking Republican, said he agreed.", ["Mark Tillman"]),
    ("Also testifying was Karen Ruiz, a mother of three from Tucson, Arizona, who said she waited.",
     ["Karen Ruiz"]),
    ("Calloway, based in Charlotte, North Carolina, said the deal would add to earnings.", ["Calloway"]),
    # A participle reports what the clause's subject said.
    ("In Madrid, Minister Elena Sarmiento rejected the claim, saying Spain had met its duty.",
     ["Elena Sarmiento"]),
    # A document speaks for its author.
    ("Prices rose 40%, according to the health data firm Medira Analytics.", ["Medira Analytics"]),
    ("More bids are likely, according to a survey published last week by law firm Carrow Bell.",
     ["Carrow Bell"]),
    # A body through its board, and "the company" for the body that spoke last.
    ("Thornbury’s board said it would back the offer.", ["Thornbury’s board"]),
    ("Calloway said the deal would pay off.\nThe company said in a statement it had the cash.",
     ["Calloway", "Calloway"]),
    # Round two.
    # A quote after reported speech continues it.
    ("Dr Ruth Adeyemi says the message is simple.\n‘Ask for the jab.’", ["Ruth Adeyemi", "Ruth Adeyemi"]),
    # A job introducing a name does not take the name's words.
    ("Keefe's attorney, Daniel Whitcomb, argued that his client was a scapegoat.", ["Daniel Whitcomb"]),
    # A nickname in quotes inside an apposition.
    ("Brannigan, a 33-year-old centre-back known as “Big Joe”, insisted he had won the ball.",
     ["Brannigan"]),
    # A body named once, then "the district"; a document's verb.
    ("Maple Ridge School District 118 hired auditors.\nThe district said the money was lost.",
     [None, "Maple Ridge School District 118"]),
    ("Keefe approved 240 invoices, the documents show.", ["documents"]),
    # "the statement added" is the body that issued it.
    ("The figures are wrong, the club said in a statement.\n“We will appeal,” the statement added.",
     ["club", "club"]),
    # An epithet refers back to the person just named.
    ("Brannigan, a 33-year-old centre-back, insisted he won the ball.\n"
     "“I got a toe on it first,” the veteran defender said.", ["Brannigan", "Brannigan"]),
    # Round three.
    # After "told" comes the listener.
    ("“We left with nothing,” Halime Abakar, a mother of five, told AFP.", ["Halime Abakar"]),
    # "Another diplomat" is a second unnamed source; "the second diplomat" refers back to it.
    ("Talks are stuck, one Western diplomat said.\nAnother diplomat said the opposite.\n"
     "“There is disagreement,” the second diplomat said.",
     ["Western diplomat", "a second diplomat", "a second diplomat"]),
    # A trailing ", the agency reported" beats a verb inside the reported clause.
    ("The border closed after the government accused rebels of smuggling, the agency reported.",
     ["agency"]),
    # "the company" is the body the story is about.
    ("Kestrel Systems cut its forecast on Tuesday.\nThe company said in a filing that sales fell.",
     [None, "Kestrel Systems"]),
])
def test_tag_forms_from_held_out_articles(make_engine, text, speakers):
    """Tag forms found on articles written for testing, each resolved to its speaker."""
    assert who(make_engine(text)) == speakers


def test_lede_description_is_the_person_named_next(make_engine):
    """A lede description and the person named in the next sentence are one speaker."""
    engine = make_engine(
        "Portugal’s environment minister accused Spain of breaking the treaty.\n"
        "Environment Minister Duarte Menezes said the reservoirs were low.")
    assert who(engine) == ["Duarte Menezes", "Duarte Menezes"]
    assert [s.name for s in engine.speakers.quoted] == ["Duarte Menezes"]


def test_definite_description_prefers_the_most_recently_named(make_engine):
    """`the minister said` is the minister named last, not the last minister who spoke."""
    engine = make_engine(
        "Environment Minister Duarte Menezes said talks failed.\n"
        "“We are ready,” Spanish Minister Elena Sarmiento said.\n"
        "Menezes, who took office in March, has made water a priority.\n"
        "Farmers lost 40 million euros, the minister said.")
    assert who(engine)[3] == "Duarte Menezes"


def test_given_name_tells_the_pronoun(make_engine):
    """`she said` after a fire chief named Donna goes to her, not to an earlier woman."""
    engine = make_engine(
        "Denise Ocasio, the victim’s sister, said he drove a bus.\n"
        "Fire Chief Donna Keller said the crew was hurt.\n"
        "“That is what we train for,” she said.")
    assert who(engine)[2] == "Donna Keller"


def test_the_woman_is_the_last_woman_who_spoke(make_engine):
    """`the woman said` refers back to a witness who spoke of herself as she."""
    engine = make_engine(
        "A witness told reporters that she saw a man running.\n"
        "“He wasn’t even wearing shoes,” the woman said.")
    assert who(engine) == ["witness", "witness"]


def test_british_single_quotes(make_engine):
    """An article quoting with ‘…’ is read that way; apostrophes (don’t, officials’) are not quotes."""
    engine = make_engine(
        "‘We don’t accept the officials’ plan,’ Mayor Ann Lee said.\n"
        "‘It will not work.’\n"
        "The council’s vote is on Monday.")
    assert who(engine) == ["Ann Lee", "Ann Lee", None]
    assert kinds(engine) == ["direct", "direct", None]


def test_straight_single_quotes(make_engine):
    """Quoting with straight '…', as some sites do: apostrophes (don't, residents') are not quotes."""
    engine = make_engine(
        "Ana Ruiz, 44, said: 'It's the only place left. The residents' group wasn't asked.\n"
        "'We'll fight the council's \"consultation\" all the way.'\n"
        "'We don't have the money,' Tom Hale said. 'Nobody wanted this.'\n"
        "The '90s building needs repairs, officials said.")
    assert who(engine) == ["Ana Ruiz"] * 3 + ["Tom Hale"] * 2 + ["officials"]
    assert kinds(engine) == ["direct"] * 5 + ["indirect"]


def test_nested_double_quotes_in_a_british_article(make_engine):
    """Double quotes nested in single ones do not switch single-quote reading off."""
    engine = make_engine(
        "‘A mum said to me, “I thought that was Victorian,” but it is not,’ says Dr Simon Feltham.\n"
        "‘It is back.’")
    assert who(engine) == ["Simon Feltham", "Simon Feltham"]


def test_surname_met_before_the_full_name_is_the_same_person(make_engine):
    """`Mrs Hollis` in an early sentence and `Leanne Hollis` later are one speaker."""
    engine = make_engine(
        "Mrs Hollis, 31, was never offered the jab.\n"
        "Leanne Hollis, from Stockport, says her son spent nine days in hospital.\n"
        "‘He would cough until he went blue,’ Mrs Hollis says.")
    assert who(engine)[1:] == ["Leanne Hollis", "Leanne Hollis"]


def test_shared_surname_means_the_person_introduced_first(make_engine):
    """With Lucía and Pablo Ferrer both quoted, a bare `Ferrer` is the story's first-named one."""
    engine = make_engine(
        "The work was led by Lucía Ferrer, a marine biologist.\n"
        "Her brother, Pablo Ferrer, a physicist, built the coils.\n"
        "“It took a year,” Pablo Ferrer said.\n"
        "“Our father would be pleased,” said Ferrer, who led the study.")
    assert who(engine)[2:] == ["Pablo Ferrer", "Lucía Ferrer"]


def test_party_affiliation_in_brackets_does_not_hide_the_speaker(make_engine):
    """`Sen. David Perdue (R-Ga.) said …`: the bracket sits between the name and its verb."""
    engine = make_engine("Sen. David Perdue (R-Ga.) said the bill would fail.\n\n"
                         "Gov. Pat Lane (D) said it would pass.")
    assert who(engine) == ["David Perdue", "Pat Lane"]


def test_second_verb_of_a_clause_shares_its_subject(make_engine):
    """`X exhorted Y … and said …` is X speaking; `… and testified for the state` reports nothing."""
    engine = make_engine("Tom Hale urged the farmers to vote and said he would keep his word.\n\n"
                         "Ann Reilly pleaded guilty and testified for the government.")
    assert who(engine) == ["Tom Hale", None]


def test_experts_on_a_place_are_the_speakers_not_the_place(make_engine):
    """`Experts on North Korea said`: the experts spoke, not North Korea."""
    engine = make_engine("Experts on North Korea said the test could change that.")
    assert who(engine) == ["Experts on North Korea"]


def test_a_body_named_with_on_is_one_body(make_engine):
    """`the Commission on Harbour Safety says`: one body, never a person "Harbour Safety"."""
    engine = make_engine("The independent Commission on Harbour Safety says the crane was faulty.\n\n"
                         "He notes that the cable snapped.")
    assert "Harbour Safety" not in [s.name for s in engine.speakers.all]


def test_speech_whose_speaker_cannot_be_read_stays_speech_with_no_name(make_engine):
    """`Those close to him say that …`: reported speech, but naming anyone would be a guess."""
    engine = make_engine("Those close to him say that he would have to pick a new deputy.")
    assert who(engine) == [None]
    assert kinds(engine) == ["indirect"]


def test_a_pronoun_with_no_one_to_refer_to_is_unsure_not_narration(make_engine):
    """`“…,” he said.` opening a story quotes someone the article never names."""
    engine = make_engine("Prices rose again in May. “We cannot go on like this,” he said.")
    assert who(engine) == [None, None]
    assert kinds(engine) == [None, "direct"]


def test_honorific_of_the_other_gender_is_another_person(make_engine):
    """`Mrs. Trump said` after Donald Trump is not Donald Trump; a bare `Trump` still is."""
    engine = make_engine(
        "Donald Trump spoke in Ohio on Monday.\n"
        "“We will win,” Trump said.\n"
        "“He will lose,” Mrs. Trump said.\n"
        "“We won,” Trump said.")
    assert who(engine) == [None, "Donald Trump", "Mrs. Trump", "Donald Trump"]


def test_surname_right_after_a_full_name_in_its_paragraph_is_that_person(make_engine):
    """`Denise Hale, Ray Hale’s sister, said … “…,” Hale said.`: the sister, not her brother named first."""
    engine = make_engine(
        "Police named the victim as Ray Hale, a bus driver.\n"
        "Denise Hale, Ray Hale’s sister, said he drove a bus. “He was kind,” Hale said.")
    assert who(engine) == [None, "Denise Hale", "Denise Hale"]


def test_he_after_an_apposition_naming_another_man_is_the_subject(make_engine):
    """`David Axelrod, President Barack Obama’s former strategist, … “…,” he said` is Axelrod."""
    engine = make_engine(
        "David Axelrod, President Barack Obama’s former strategist, appeared on television on Tuesday.\n"
        "“It is over,” he said.")
    assert who(engine) == [None, "David Axelrod"]


def test_she_after_a_woman_speaks_is_not_the_man_named_before(make_engine):
    """`Hillary Clinton said … “…,” she said` stays with her, not with Bill Clinton named first."""
    engine = make_engine(
        "Former President Bill Clinton spoke first in Ohio.\n"
        "Hillary Clinton said the plan would work.\n"
        "“It will,” she said.")
    assert who(engine) == [None, "Hillary Clinton", "Hillary Clinton"]


def test_one_and_another_are_not_the_last_named_speaker(make_engine):
    """`“…,” one said. “…,” said another.`: unnamed sources are never given the last named speaker."""
    engine = make_engine(
        "“We won,” Mayor Ann Lee said.\n"
        "Two diplomats spoke on condition of anonymity.\n"
        "“The talks are dead,” one said.\n"
        "“They were never alive,” said another.")
    assert "Ann Lee" not in who(engine)[2:]


def test_a_surname_alone_is_the_person_named_with_a_generation(make_engine):
    """`Martin Graves Jr.` then `Graves said`: one speaker, whose surname is not "Jr."."""
    engine = make_engine("Martin Graves Jr., a shipping analyst, said the strike was costly.\n"
                         "Graves said he expected the government to step in.")
    assert who(engine) == ["Martin Graves Jr.", "Martin Graves Jr."]


@pytest.mark.parametrize(("text", "role"), [
    ("Meteorologist Ed Lamb said the ground was wet.", "meteorologist"),
    ("Club chairman Sara Quist said the board agreed.", "club chairman"),
    ("Senator Sara Quist said the board agreed.", "Senator"),  # a title keeps its capital
])
def test_a_job_opening_the_sentence_loses_the_sentences_capital(make_engine, text, role):
    """`Meteorologist Ed Lamb said …`: his job is "meteorologist"; a title stays as written."""
    assert make_engine(text).attributions[0].speaker.role == role


def test_a_job_no_list_has_before_a_body_is_no_voice_of_the_body(make_engine):
    """`A shareholder in Kestrel … said`: an unnamed shareholder speaks, not Kestrel Foods."""
    engine = make_engine("Kestrel Foods agreed to buy Marlow Dairy.\n"
                         "A shareholder in Kestrel, who asked not to be named, said the price was high.\n")
    assert who(engine)[1] == "shareholder in Kestrel"


@pytest.mark.parametrize("text", [
    '"Fine," said Maria Costa. Her neighbour, Paul Reid, was less sure: "We have heard promises before."',
    'Costa spoke. Her neighbour, Paul Reid, rejected it, saying the plan would fail.',
])
def test_a_job_with_the_name_set_off_after_it_is_that_person(make_engine, text):
    """`Her neighbour, Paul Reid, was less sure: "…"`: Reid speaks, not "Costa's neighbour"."""
    assert who(make_engine(text))[-1] == "Paul Reid"
