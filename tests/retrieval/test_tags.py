"""Speech tags found on real news, each rule shown on invented sentences."""

import pytest

from tests.retrieval.test_attribution import kinds, who


@pytest.mark.parametrize(("text", "speakers"), [
    # The clause a participle hangs on may open with a phrase, name its subject with a
    # pronoun, or set an apposition between subject and verb.
    ("Dr. Nora Vance spoke first.\nWhen she took the stage, she thanked them, saying the win was theirs.",
     [None, "Nora Vance"]),
    ("Ida Moss, head of the Orchard Trust, tied the figures to rents, saying prices had doubled.",
     ["Ida Moss"]),
    ("Ida Moss opened by talking about rents, only saying that prices “had doubled.”", ["Ida Moss"]),
    # A participle opening the sentence, or a verb in the imperative, is not a subject.
    ("Angered by the vote, Mayor Leo Park cut the budget, promising a review.", ["Leo Park"]),
    ("Keep those letters coming, adding a stamp.", [None]),
])
def test_participle_tags_find_their_clause_subject(make_engine, text, speakers):
    """``X did something, saying …``: the subject of the clause is the speaker."""
    assert who(make_engine(text)) == speakers


def test_progressive_speech_verbs_are_tags(make_engine):
    """``X is telling …``, ``He’s claiming …``: a speech verb in the progressive still reports."""
    engine = make_engine("Governor Ada Lin is telling voters in Elmford that taxes are “too high.”\n"
                         "She’s claiming the budget is “a mess.”")
    assert who(engine) == ["Ada Lin", "Ada Lin"]


@pytest.mark.parametrize(("text", "speakers", "speech"), [
    ("Rep. Carl Odom called the plan “a disaster for farmers” on Monday.", ["Carl Odom"], True),
    ("Odom likened the bill to “a leaky bucket.”", ["Odom"], True),
    # Without a quotation the same verbs report nothing; nor does a name given to a thing.
    ("Rep. Carl Odom called the meeting to order.", [None], False),
    ("Farmers formed a group called “Fair Fields” in May.", [None], False),
    # A verb of saying beats a naming verb in a relative clause.
    ("Ashby’s board said it would back the bid, which it called “fair.”", ["Ashby’s board"], True),
])
def test_naming_verbs_report_speech_only_with_a_quotation(make_engine, text, speakers, speech):
    """``called X “…”``, ``likened X to “…”``: the quoted words are the subject's."""
    engine = make_engine(text)
    assert who(engine) == speakers
    assert (kinds(engine)[0] is not None) == speech


@pytest.mark.parametrize(("text", "speakers"), [
    # A day or month between subject and verb tells when, not who.
    ("Mayor Ruth Okoye on Tuesday said the road would reopen.", ["Ruth Okoye"]),
    ("CITY TODAY reported last week that the deal was off.", ["CITY TODAY"]),
    ("Teamsters Local 417 late Friday said it would strike.", ["Teamsters Local 417"]),
    ("Theresa Mayfield said she agreed.\nAnn May said she did not.", ["Theresa Mayfield", "Ann May"]),
    # A connective or a time opening the sentence is not the head of an apposition chain.
    ("Still, Omar Reyes, a senior adviser to the mayor, said the vote was close.", ["Omar Reyes"]),
    ("Hours later, Omar Reyes thanked the crowd, telling them “we did it.”", ["Omar Reyes"]),
    # "of" after a person's name gives a place or employer, not more name.
    ("Sen. Lena Ortiz of Nevada said the bill was “dead on arrival.”", ["Lena Ortiz"]),
    ("“It is over,” said Rep. Dan Hale of Ohio, a Republican.", ["Dan Hale"]),
])
def test_times_connectives_and_places_are_not_speakers(make_engine, text, speakers):
    """Words that are not people never become speakers: days, connectives, home states."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # Plural jobs and common-noun speakers, with any determiner.
    ("Several senators said the vote would slip.", ["senators"]),
    ("Refugee advocates say the camps are full.", ["Refugee advocates"]),
    ("The bakery stayed shut, her friend said.", ["friend"]),
    ("Only 41 percent said the mayor had done well.", ["41 percent"]),
    ("Prices will fall, according to radio talk show host Lina Marsh.", ["Lina Marsh"]),
    # A common noun after "and" inside an apposition is an object, not the speaker.
    ("Cal Ruiz, who lives upstairs with his wife and three sons, said he smelled smoke.", ["Cal Ruiz"]),
    # A report "released by" someone is what speaks; "last month" tells when.
    ("A study released by the Pell Institute last month shows rents doubled.", ["study"]),
])
def test_plural_and_common_noun_speakers(make_engine, text, speakers):
    """``senators say``, ``her friend said``, ``41 percent said``: groups and descriptions speak."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # A colon after any verb introduces the subject's quotation.
    ("Coach Rui Alves agreed: “We were lucky today.”", ["Rui Alves"]),
    ("Coach Rui Alves had a message for the fans: “Stay loud.”", ["Rui Alves"]),
    # Round-ups and transcripts name the speaker before the colon.
    ("Mara Quinn, The Harbour Times: “A dull debate with one good moment.”", ["Mara Quinn"]),
    ("Rep. Mara Quinn (D-Ore.): “A dull debate with one good moment.”", ["Mara Quinn"]),
    ("HOLLIS: Will you accept the result?", ["Hollis"]),
    # A caption's label is no speaker, and its headline reports nothing; nor is a label
    # in capitals before a headline.
    ("WATCH: Delta police warn drivers about black ice.", [None]),
    ("POLLWATCH: A Late Surge Among Rural Voters Lifts Ortiz.", [None]),
    # The person may be named after the job that introduces them.
    ("“We regret it,” said a spokeswoman for the Lark hotels, Greta Oyelaran.", ["Greta Oyelaran"]),
    # After a verb, "that" opens what was said: the speaker is before it.
    ("Mayor Ivo Brandt said the flyer “plainly” suggests that Dunmore backs the plan.", ["Ivo Brandt"]),
])
def test_colon_tags_and_names_after_roles(make_engine, text, speakers):
    """``X agreed: “…”``, ``Name, Outlet: “…”``, ``NAME: …``, ``said a spokeswoman …, Name``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize("text", [
    "The Nikkei added 0.4 per cent in early trade.",
    "Riverside added three goals after the break.",
])
def test_verbs_that_count_are_not_speech(make_engine, text):
    """``added 0.4 per cent``, ``added three goals``: a sum, not something said."""
    assert kinds(make_engine(text)) == [None]


@pytest.mark.parametrize(("text", "speakers"), [
    # "according to" takes whatever source follows, and a document's author when it has one.
    ("Turnout fell, according to exit polls.", ["exit polls"]),
    ("Lee has 412 pledges, according to a tally kept by the Valley Herald.", ["Valley Herald"]),
    ("Lee leads by two points, according to a new article in the Valley Herald.", ["Valley Herald"]),
    ("Lee leads, according to a survey in Westland.", ["survey"]),  # a place, not its author
    ("Fares rose, according to the Surface and Transit Commission.", ["Surface and Transit Commission"]),
    ("Ana Ruiz joined the suit, according to one of the city lawyers.", ["city lawyers"]),  # after "of"
    # A plural noun for people opening its clause speaks as a group; one for things does not.
    ("If prices keep rising, forecasters say the bank will act.", ["forecasters"]),
    ("Play went on, although television replays suggested a foul.", [None]),
    ("Officials in three counties said the rolls were clean.", ["officials in three counties"]),
])
def test_sources_that_are_not_single_people(make_engine, text, speakers):
    """Polls, counts, bodies with "and" in their name and groups are sources too."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # Verbs that are also nouns report only when what was said follows.
    ("Mayor Ivo Brandt claims that the budget is balanced.", ["Ivo Brandt"]),
    ("His claims were false.", [None]),
    ("The talks concluded on Friday.", [None]),
    ("The grant requires the help of states that may refuse.", [None]),
    ("The vote went ahead despite repeated warnings from the clerk.", [None]),
    # A named person's claim, a statement or tweets "saying", a vow "to".
    ("Critics seized on Ivo Brandt’s claim that crime had “halved.”", ["Ivo Brandt"]),
    ("Ivo Brandt posted a string of tweets late Sunday saying the count was “rigged.”", ["Ivo Brandt"]),
    ("Mayor Ivo Brandt outlined his plan and vowed to punish “anyone who cheats.”", ["Ivo Brandt"]),
    # The object of a preposition is not the speaker; the noun before it is.
    ("Marchers walking through the square chanted “No more cuts.”", ["Marchers"]),
    ("An official with knowledge of the talks said they had stalled.", ["official with knowledge"]),
    ("One of the mayor’s advisers pointed out that the rules had changed.", ["mayor’s advisers"]),
])
def test_verbs_nouns_and_objects(make_engine, text, speakers):
    """``claims that``, not ``his claims``; ``X’s claim that``; a preposition's object is no speaker."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # Several opening phrases, a subordinate clause holding the cue, a time or a home state
    # after the subject, brackets and appositions before the verb.
    ("At a rally in Elmford, N.D., on Friday, Senator Ada Voss of Ohio backed Lee, saying he would “win.”",
     ["Ada Voss"]),
    ("When Ada Voss later turned to taxes and said she would “cut them,” the crowd cheered.", ["Ada Voss"]),
    ("The Voss campaign on Monday doubled down, saying the rival was “unfit.”", ["Voss campaign"]),
    ("Sen. Ada Voss (D-Ohio), said she had not read it, but called it “a start.”", ["Ada Voss"]),
    ("Gov. Rui Alves, the state's top Democrat, on Tuesday called the ruling “a disgrace.”", ["Rui Alves"]),
    ("Alves however said the state would appeal.", ["Alves"]),
    ("Ana Ruiz even said the roads were fine.", ["Ana Ruiz"]),  # "even" stands there like "however"
    ("Some bakers even insist that the flour is better.", ["bakers"]),
    ("The floods were so bad that county engineers described the road as “gone.”", ["county engineers"]),
])
def test_clause_subjects_past_openings_times_and_brackets(make_engine, text, speakers):
    """The subject of a cue is found past what stands between it and its verb."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # Headings, times and participles opening a sentence are no subjects.
    ("School funding: The Voss campaign wants a review, saying the budget is “a mess.”", ["Voss campaign"]),
    ("Earlier this week, Tom Okafor, who chairs the board, conceded it was “a mistake.”", ["Tom Okafor"]),
    ("Growing angrier as he spoke, Mr. Tom Okafor went on: “It was a mistake.”", ["Tom Okafor"]),
    # The writer, the reader and no one are not speakers the article names.
    ("If, as I’ve suggested, the plan fails, rates will rise.", [None]),
    ("Nobody asked about the plan.", [None]),
    # A verb of saying ends the name before it; "and" inside an object opens no clause.
    ("Manning told reporters it was over, adding that “we lost.”", ["Manning"]),
    ("Mayor Ana Ruiz, opening the Museum of Farming and Industry on Friday, said it was “overdue.”",
     ["Ana Ruiz"]),
])
def test_openings_and_words_that_name_no_one(make_engine, text, speakers):
    """Headings, times, participles, ``I``, ``Nobody``: none of them speaks."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # "said of X": X is what was spoken about.
    ("“It is a stunt,” Lia Moreno, a fellow at the Dunmore Institute, said of the channel.", ["Lia Moreno"]),
    # A verb that is also a noun may report before ", “…”".
    ("When Ann Ruiz noted that Tom Hale had paid no tax, Hale boasted, “That makes me smart.”", ["Tom Hale"]),
    # A pronoun after a named speaker in the same sentence is that speaker again.
    ("Kerr Odum, the chief, said the video was not “definitive,” but he said it helped.", ["Kerr Odum"]),
])
def test_which_tag_of_a_sentence_names_its_speaker(make_engine, text, speakers):
    """``said of X``, ``boasted, “…”``, and ``X said …, but he said``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # After a job noun, a lower-case word is the verb, not more of the name.
    ("In May, several farm groups granted Mr. Hale a delay, saying the rules were “unworkable.”",
     ["farm groups"]),
    # A participle after "by" or "despite" reports.
    ("Dr. Ana Lutz, a surgeon, then went on air and began by saying she would “never” guess.", ["Ana Lutz"]),
    ("Gov. Rui Alves, D-Maine, despite admitting that he had “doubts,” signed the bill.", ["Rui Alves"]),
    # "as X put it" and "points out".
    ("The rule is “a dead letter,” as a Treasury memo put it.", ["Treasury memo"]),
    ("He put it on the table.", [None]),
    ("Ana Lutz points out that the clinic is “full.”", ["Ana Lutz"]),
])
def test_participles_after_prepositions_and_phrasal_cues(make_engine, text, speakers):
    """``began by saying``, ``despite admitting``, ``as X put it``, ``points out``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # "familiar with", "close to": the people before the adjective speak.
    ("People familiar with the talks said a deal was near.", ["people"]),
    ("Sources close to the mayor say she will run.", ["sources"]),
    ("Raising rates early, a broad array of economists say, hurt the farms.", ["economists"]),
    ("Contrary to his account, authorities say he never had access.", ["authorities"]),
    # "Asked …, X answered": the one asked is the speaker.
    ("Asked whether he would back the plan, Gov. Rui Alves gave a vague answer.", ["Rui Alves"]),
])
def test_sources_described_after_their_noun(make_engine, text, speakers):
    """``people familiar with …``, ``an array of economists``, ``Asked …, X …``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Six in 10 say the mayor is honest.", ["Six in 10"]),
    ("Eight of 10 rural voters said the roads were worse.", ["Eight of 10 rural voters"]),
    ("The latest delay adds to the cost.", [None]),
    ("“The court takes no view,” the unsigned opinion said.", ["unsigned opinion"]),
])
def test_shares_of_respondents_and_things_that_add(make_engine, text, speakers):
    """``Six in 10 say`` is a share of people, not "Six"; ``adds to`` is no speech."""
    assert who(make_engine(text)) == speakers


def test_a_quotation_signed_with_a_dash_names_its_speaker(make_engine):
    """Round-ups sign a quotation after it: `“…” ― Dana Whitfield, Ohio` and `“…”— Carl Ames.`."""
    engine = make_engine("Readers wrote in about the debate.\n"
                         "“It was the worst night of television I have seen.” ― Dana Whitfield, Ohio\n"
                         "“Nobody won.”— Carl Ames.\n"
                         "The mayor — a lawyer by training — spoke last.\n")
    speakers = [a.speaker.name if a.speaker else None for a in engine.attributions]
    assert speakers[1:3] == ["Dana Whitfield", "Carl Ames"]
    assert speakers[3] is None  # a dash inside running text signs nothing


def test_a_signature_line_after_a_quotation_paragraph_names_its_speaker(make_engine):
    """``“…”`` ending a paragraph, then ``- Ed Lamb.`` alone: Lamb's words; not when the line runs on."""
    engine = make_engine("Critics wrote in after the vote.\n\n"
                         "\"Bridges matter more than parks.\"\n\n- Ed Lamb.\n\n"
                         "\"Nobody won.\"\n\n- Ana Ruiz. She left early.\n")
    assert who(engine)[1] == "Ed Lamb"
    assert who(engine)[3] is None


@pytest.mark.parametrize(("text", "speakers"), [
    # Dashes set off an apposition as commas do, "--" included.
    ("Ida Moss -- co-author of Fair Fields, a book on debt -- said the banks were to blame.", ["Ida Moss"]),
    ("Tom Hale, head of Lark Media — the firm that owns the paper — told us, “We are fine.”", ["Tom Hale"]),
    # An abbreviation's full stop does not end the clause a naming verb's quotation is in.
    ("Mayor Tom Hale described Sen. Ana Ruiz, D-Va., as “a little lost.”", ["Tom Hale"]),
])
def test_dashes_and_abbreviations_inside_a_tag(make_engine, text, speakers):
    """``Name -- apposition -- said``; ``described X, D-Va., as “…”``."""
    engine = make_engine(text)
    assert who(engine) == speakers
    assert kinds(engine)[0] is not None


@pytest.mark.parametrize(("text", "speakers"), [
    # A quotation holding its comma before a participle; a demonstrative object of a naming verb.
    ("Donald Hale defended “farm values,” saying the town embodied “grit.”", ["Donald Hale"]),
    ("Mayor Ana Ruiz called that “plain silly.”", ["Ana Ruiz"]),
    # A name starts after a plain word; brackets before an apposition; "Early in …," opens.
    ("Saturday at the party convention Sen. Ana Ruiz (D-Md.) said the plan was a “failure.”", ["Ana Ruiz"]),
    ("Rep. Ana Ruiz (D-Md.), chair of the Farm Committee, said the bill was “dead.”", ["Ana Ruiz"]),
    ("Early in his campaign, Tom Hale attacked Ruiz, calling her “a weak mayor.”", ["Tom Hale"]),
    # Where the subject works sits between it and its verb.
    ("An aide inside Hale Tower played it down, saying it was “nothing new.”", ["aide"]),
    ("Critics note that the rules “changed.”", ["critics"]),
])
def test_subjects_of_clauses_that_carry_a_quotation(make_engine, text, speakers):
    """The speaker of a clause whose quotation the tag used to miss."""
    assert who(make_engine(text)) == speakers


def test_unreadable_speaker_before_a_reported_pronoun_is_unsure_speech(make_engine):
    """``Another said he thought …``: speech whose speaker cannot be named; ``said it`` is not enough."""
    engine = make_engine("Another said he thought that the old ferry service would "
                         "probably “run late again.”\n"
                         "Another said it on the bus.")
    assert kinds(engine) == ["mixed", None]
    assert who(engine) == [None, None]


def test_name_after_with_speaks_through_its_participle(make_engine):
    """``…, with Sen. Ed Lamb calling it “…”``: the name, not the main clause's subject, speaks."""
    engine = make_engine("Bakers grumbled all week, with Sen. Ed Lamb calling the tax “a stale loaf.”\n"
                         "The plan passed, with Ed Lamb voting for it.")
    assert who(engine) == ["Ed Lamb", None]


def test_adverb_before_an_opening_participle_is_no_speaker(make_engine):
    """``Briskly packing his notes, Lamb … and praised …``: the subject follows the opening phrase."""
    engine = make_engine("Briskly folding the map, Ed Lamb faulted the planners and stressed the danger "
                         "that “loose rails” pose.")
    assert who(engine) == ["Ed Lamb"]


def test_a_round_up_entry_headed_by_a_dash_names_its_author(make_engine):
    """``Ferry times slipped - Ana Ruiz: “…”``: the name between the dash and the colon speaks."""
    engine = make_engine("Readers sent in their views.\n\n"
                         "Ferry times slipped - Ana Ruiz: “Most boats left ten minutes late.”\n")
    assert who(engine) == [None, "Ana Ruiz"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“If the buses stop, they will walk to work,” wrote one commenter.", "commenter"),
    ("“He never read the memo,” said a campaign veteran.", "campaign veteran"),
])
def test_readers_and_veterans_are_described_speakers(make_engine, text, speaker):
    """``wrote one commenter``, ``said a campaign veteran``: a description names the speaker."""
    assert who(make_engine(text)) == [speaker]


def test_a_name_before_a_quotation_after_said_is_what_was_said(make_engine):
    """``Lamb, a former adviser …, said Ruiz “got it wrong”``: Lamb spoke; Ruiz is talked about."""
    engine = make_engine("John Lamb, a former adviser who backed the bill, said Ana Ruiz “got it wrong.”")
    assert who(engine) == ["John Lamb"]


@pytest.mark.parametrize(("text", "kind", "speaker"), [
    # A participle after a comma reports, even when the subject of its clause can't be read.
    ("Much of the old guard has given no details about its plans, saying only that it was “busy for now.”",
     "mixed", None),
    # Such a participle never outranks a verb whose subject can be read.
    ("Mr. Lamb, recalling long walks with Ana Ruiz, described himself as her “road planner.”",
     "mixed", "Ed Lamb"),
])
def test_participles_report_even_with_an_unreadable_subject(make_engine, text, kind, speaker):
    """``Much of the old guard has …, saying …`` is speech; whose, the tag cannot tell."""
    engine = make_engine("Ed Lamb is the mayor of Elmford.\n" + text)
    assert kinds(engine)[1] == kind
    assert who(engine)[1] == speaker


@pytest.mark.parametrize(("text", "kind"), [
    ("Ms. Ruiz, Mrs. Hale and other growers in both valleys said their orchards were now mostly pears.",
     "indirect"),
    ("Those close to the Elm farmers insist the river is rising.", "indirect"),
    ("Nobody says the mill will close.", None),
])
def test_plain_verbs_of_saying_report_a_clause_after_an_unreadable_subject(make_engine, text, kind):
    """``A, B and other growers said their …``: speech with no name; ``Nobody says the …``: none."""
    engine = make_engine(text)
    assert kinds(engine) == [kind]
    assert who(engine) == [None]


def test_a_reflexive_after_the_subject_is_passed_over(make_engine):
    """``Ruiz herself acknowledged …``, ``Elm Mills itself said …``: the subject before it speaks."""
    engine = make_engine("Ana Ruiz herself acknowledged on Monday “the bridge will take years.”\n"
                         "Elm Mills itself said the sale was off.")
    assert who(engine) == ["Ana Ruiz", "Elm Mills"]


@pytest.mark.parametrize("text", [
    # A plain verb of saying before a comma and a quotation, or a day, reports.
    "The vote came after Mr. Lamb, asked about the roads, had said, “The county has done its part.”",
    "Those close to him said Wednesday, “The talks go on.”",
])
def test_unparsed_speech_before_a_quotation(make_engine, text):
    """``…, had said, “…”``, ``said Wednesday, “…”``: speech, its speaker unread."""
    engine = make_engine("Tom Hale is the mayor.\n" + text)
    assert kinds(engine)[1] is not None
    assert who(engine)[1] is None


@pytest.mark.parametrize("text", [
    # A colon after a verb introduces speech even when the verb's subject can't be read.
    "ELMTON, Dec. 8 (EPA) — In reply to Hale's plan to shut the mills, much of the old guard rallied "
    "the crowd, saying: “Come out and vote.”",
    "Each year there's a vow many farmers make but few keep: “This year I'm selling the farm!”",
    # A noun of saying owned by a pronoun reports; whose it is, the tag leaves to no guess.
    "Ana Ruiz fanned a row over her remark that “the mill owners should pay.”",
    "A question about her claim that she “lost the ledger” went unanswered.",
])
def test_colons_and_owned_claims_report_with_an_unreadable_speaker(make_engine, text):
    """``…, saying: “…”`` after a dateline, ``few keep: “…”``, ``her remark that “…”``: speech, no name."""
    engine = make_engine("Tom Hale is the mayor.\n" + text)
    assert kinds(engine)[1] is not None
    assert who(engine)[1] is None


def test_a_claim_noun_is_no_verb_without_an_owner(make_engine):
    """``His claims were false``: the noun reports nothing without what was claimed."""
    assert kinds(make_engine("Tom Hale is the mayor.\nHis claims were false.")) == [None, None]


def test_a_verb_outranks_the_claim_noun_it_governs(make_engine):
    """``Ruiz called Hale's remarks “…”``: Ruiz speaks, not the owner of the remarks."""
    engine = make_engine("Ana Ruiz, a town planner, called Tom Hale's remarks “a fair point.”")
    assert who(engine) == ["Ana Ruiz"]


def test_a_debate_turn_names_its_speaker_by_surname(make_engine):
    """``Ruiz: “…”`` after the article names Ana Ruiz is her turn; a caption's ``Update: “…”`` is none."""
    engine = make_engine("Ana Ruiz and Tom Hale debated the mills.\n"
                         "Ruiz: “We will close the old mills.”\n"
                         "Hale: “We will keep them open.”\nUpdate: “The vote is off.”")
    assert who(engine) == [None, "Ana Ruiz", "Tom Hale", None]


def test_a_hearing_turn_names_its_speaker_after_a_role(make_engine):
    """``Former mayor Ana Ruiz: “…”``: the name after a lower-case role takes the turn, quotation and all."""
    engine = make_engine("Former deputy director Ana Ruiz: “The county told us in March. "
                         "We tried to help.”\nVoters asked the former mayor Ed Lamb: “Will you run?”")
    assert who(engine)[:2] == ["Ana Ruiz", "Ana Ruiz"]
    assert who(engine)[2] != "Ed Lamb"


@pytest.mark.parametrize(("text", "speakers"), [
    ("Having announced his bid at the fair, Tom Hale shook hands.", ["Tom Hale"]),
    ("Having told the board he would quit, Ana Ruiz went home.", ["Ana Ruiz"]),
    # "Having said that," points back at the writer's own words: no one is quoted.
    ("Having said so, Ana Ruiz went home.", [None]),
])
def test_an_opening_perfect_participle_of_saying_reports_the_main_subject(make_engine, text, speakers):
    """``Having announced …, Tom Hale left``: Hale announced it."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ana Ruiz, host of the radio show “Elm Days,” suggested the fee could not last.", ["Ana Ruiz"]),
    ("Tom Hale, star of “Vell Nights,” thanked the crew for “a great year.”", ["Tom Hale"]),
])
def test_a_title_closing_an_apposition_leaves_the_name_before_it_the_speaker(make_engine, text, speakers):
    """``Ana Ruiz, host of “Elm Days,” suggested``: the title's comma, in its marks, closes the apposition."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("As reported by the Elm Herald, Tom Hale sold the mill in May.", "Elm Herald"),
    ("To be “sloppy” with the files – as described by Police Chief Ana Ruiz – is a crime.",
     "Ana Ruiz"),
])
def test_as_reported_by_names_the_agent(make_engine, text, speaker):
    """``As reported by X, …``, ``as described by X``: X's words."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Mayor Ana Ruiz assured residents that the dam was “built to last.”", ["Ana Ruiz"]),
    ("Ruiz vented to her aides that the vote would be “a fight.”", ["Ruiz"]),
    ("Ed Lamb questioned the mayor’s “city values” and her record.", ["Ed Lamb"]),
    ("In Ed Lamb’s words, “the dam was never safe.”", ["Ed Lamb"]),
    # Without a quotation, questioning reports nothing; nor does someone's "words" as a thing.
    ("Police questioned Ed Lamb on Monday.", [None]),
    ("Ed Lamb’s words were printed on a banner.", [None]),
])
def test_assuring_venting_questioning_and_owned_words_report(make_engine, text, speakers):
    """``X assured Y that …``, ``X questioned the “…”``, ``in X’s words, “…”``: X spoke."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("The loudest cheer came from Ed Lamb, who declared at the fair, “The dam will hold.”",
     ["Ed Lamb"]),
    # A description before "who" is left to resolution, not named as it stands.
    ("It was a reversal for the Elmford Democrat, who had said, “I will never back him.”", [None]),
])
def test_who_after_a_prepositions_object_names_the_speaker(make_engine, text, speakers):
    """``… came from Ed Lamb, who declared, “…”``: the name before ``who`` speaks."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("The Elmford farmers all said the plan was “silly.”", ["Elmford farmers"]),
    ("The Elmford growers both denounced the “silly” plan.", ["Elmford growers"]),
])
def test_both_and_all_between_subject_and_verb(make_engine, text, speakers):
    """``The farmers all said``, ``Hale and Ruiz both denounced``: the word stands with the subject."""
    assert who(make_engine(text)) == speakers


def test_a_name_before_adverbs_and_a_participle_speaks(make_engine):
    """``…, with Ana Ruiz reportedly shouting: “…”``: Ruiz, not the clause's subject, spoke."""
    engine = make_engine("Ed Lamb left the hall, with Ana Ruiz reportedly shouting: “Come back tomorrow!”")
    assert who(engine) == ["Ana Ruiz"]


@pytest.mark.parametrize(("text", "speakers"), [
    # The quotation follows the opening clause: the main clause's tag is its own.
    ("Although the Vell County board will not release its figures and has insisted the levy is fair, "
     "Ana Ruiz told the crowd, “The farmers deserve better.”", ["Ana Ruiz"]),
    ("When a voter at the back shouted, “Shame,” Tom Hale replied, “You will see.”", ["Tom Hale"]),
    # The quotation is inside the opening clause: so is its tag.
    ("Although Ed Lamb says that Ruiz “started the feud” in Elmford, Maine, her aides argue that "
     "she did not.",
     ["Ed Lamb"]),
    # Without a quotation, the opening clause's tag is left as it was.
    ("While Ed Lamb said he would stay, most growers said they would sell.", ["Ed Lamb"]),
])
def test_the_tag_on_the_quotations_side_of_an_opening_clause_wins(make_engine, text, speakers):
    """``Although X said …, Y said, “…”``: the tag on the side of the sentence holding the quotation."""
    assert who(make_engine(text)) == speakers


def test_a_quotation_is_next_to_a_later_tag_only_across_punctuation(make_engine):
    """``X said he was “torn” until Y said …``: the quotation is X's, a word stands before Y's tag."""
    engine = make_engine("Ed Lamb says the levy was “unfair” until Ana Ruiz said it would pay for roads.")
    assert who(engine) == ["Ed Lamb"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("If the levy passes — as Ed Lamb claims, but the Vell County board denies — “who pays?” asked Ana Ruiz.",
     ["Ana Ruiz"]),
    ("The mill will close (as Ed Lamb has said for years), and Ana Ruiz said it was “a sad day.”",
     ["Ana Ruiz"]),
])
def test_a_tag_in_an_aside_is_not_the_tag_of_a_quotation_outside_it(make_engine, text, speakers):
    """``— as X claims, but Y denies — “…?” asked Z``: the aside's tags are not the quotation's."""
    assert who(make_engine(text)) == speakers


def test_a_pronoun_after_a_document_is_not_the_document_again(make_engine):
    """``The records show, he said, that …``: "he" is a person, not the records speaking twice."""
    engine = make_engine("Ed Lamb audited the Elmford mill.\n"
                         "The county records show, he said on Monday, that the levy was “never collected.”")
    assert who(engine) == [None, "Ed Lamb"]


def test_a_pronoun_after_an_unread_inverted_tag_names_no_one(make_engine):
    """``“…,” said <unread>, though he added``: "he" is the unread speaker, so no one is named."""
    engine = make_engine("Tom Hale ran the count.\n"
                         "“The vote is close,” said the night clerk known as Red, "
                         "though he added that it was early.")
    assert who(engine) == [None, None]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ed Lamb Just Announced Who He Wants As Deputy\nThe mayor spoke on Friday.", ["Ed Lamb", None]),
    ("Ana Ruiz Now Says The Vell Dam Is Safe\nThe mayor spoke on Friday.", ["Ana Ruiz", None]),
])
def test_a_headline_capitalises_the_adverb_before_its_verb(make_engine, text, speakers):
    """``Ed Lamb Just Announced …``: the capitalised adverb is no part of the speaker's name."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ana Ruiz thanked the crowd, then said the roads would be fixed by May.", ["Ana Ruiz"]),
    ("Ed Lamb waved to the crowd at the fair, then says the levy will pass.", ["Ed Lamb"]),
    # An apposition before the comma: the name is the plain subject.
    ("Ed Lamb, the county chairman, then said the roads would be fixed by May.", ["Ed Lamb"]),
])
def test_then_after_a_comma_joins_a_second_verb_to_the_clauses_subject(make_engine, text, speakers):
    """``X thanked the crowd, then said …``: the verb after ``, then`` shares the clause's subject."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ed Lamb toured the mill in May and said in a statement that its future was “bright.”", ["Ed Lamb"]),
    ("Ana Ruiz visited the dam and wrote on a napkin for Hale that it was unsafe.", ["Ana Ruiz"]),
    # No report follows the phrase: the second verb is no tag.
    ("Ed Lamb lives in Vell and testified for the county in May.", [None]),
])
def test_second_verb_then_a_phrase_then_what_was_said(make_engine, text, speakers):
    """``X did this and said in a statement that …``: a phrase may stand before what was said."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Elm Water Office less than three weeks ago said the well was “toxic.”", "Elm Water Office"),
    ("Ana Ruiz three days ago said the dam was safe.", "Ana Ruiz"),
    ("Ed Lamb, who chairs the board, this past week announced a new website for growers.", "Ed Lamb"),
])
def test_a_span_counted_back_or_this_past_week_between_subject_and_verb(make_engine, text, speaker):
    """``X less than three weeks ago said``, ``X, …, this past week announced``: a time, never who."""
    assert who(make_engine(text)) == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    # A clause opened inside brackets or after a colon starts with a capital.
    ("(According to the Vell County Sheriff’s Office, it keeps no such figures.)",
     ["Vell County Sheriff’s Office"]),
    ("It went unnoticed: According to Eastvale Water Board, the pipes were old.", ["Eastvale Water Board"]),
    # A superlative or "same" before the source; a document's author after words that describe it.
    ("Harborton had 115 fires, according to the most complete tally available from the Vell Fire Board.",
     ["Vell Fire Board"]),
    ("According to that same survey, Hale slipped in August.", ["same survey"]),
])
def test_according_to_after_brackets_colons_and_superlatives(make_engine, text, speakers):
    """``(According to X, …)``, ``according to the most complete tally from X``: still a source."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("The candidate claims his orchard is the oldest in Vell.", ["candidate"]),
    ("The company notes the fee is due in May.", ["company"]),
])
def test_verbs_that_are_also_nouns_report_after_a_job(make_engine, text, speakers):
    """``The candidate claims his … is``: a job or body before the verb, a clause after it."""
    assert who(make_engine(text)) == speakers


def test_a_pronoun_object_inside_the_subject_is_read_past(make_engine):
    """``…, a friend close to him said.``: the friend speaks, the pronoun is the preposition's."""
    engine = make_engine("Tom Hale is the mayor.\nHale will stay on, a friend close to him said.")
    assert who(engine) == [None, "friend"]


def test_a_place_adverb_opening_the_sentence_is_no_subject(make_engine):
    """``There, chairman Ed Lamb declined to …, but said …``: the clause's subject is Lamb."""
    engine = make_engine("There, the county chairman Ed Lamb declined to name them but said one backed Hale.")
    assert who(engine) == ["Ed Lamb"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("The plant will close in May, as first reported by the Harborton Post on Tuesday.", ["Harborton Post"]),
    ("Hale's speech, first reported by the Harborton Post, suggested regret.", ["Harborton Post"]),
    ("She holds no licence, a detail first reported by Ed Lamb, a reporter for KVL.", ["Ed Lamb"]),
    # The phrase before the participle is what was reported, not who reported it.
    ("The closure, reported by the Harborton Post last week, angered residents.", ["Harborton Post"]),
])
def test_a_participle_of_reporting_speaks_through_its_agent(make_engine, text, speakers):
    """``…, first reported by X,`` with no auxiliary: X made it known."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Lamb remained, in the words of one neighbour, “the keeper” of the old mill.", ["neighbour"]),
    ("In the words of Ana Ruiz, the roads are “a disgrace.”", ["Ana Ruiz"]),
])
def test_in_the_words_of_names_the_source(make_engine, text, speakers):
    """``in the words of X, “…”``: X's words, as after ``according to``."""
    assert who(make_engine(text)) == speakers
