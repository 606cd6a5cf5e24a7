"""Reporting cues found on real news: verbs next to what was said, rulings, ratings, signatures."""

import pytest

from tests.retrieval.test_attribution import kinds, who


@pytest.mark.parametrize(("text", "speakers"), [
    # A verb that is also a noun reports right after a quotation and its speaker.
    ("“We will appeal the ruling,” Ana Ruiz concluded.", ["Ana Ruiz"]),
    ("Ana Ruiz continued, “We will appeal.”", ["Ana Ruiz"]),
    ("The talks continued on Friday.", [None]),
    # Plural subjects take the bare verb, which reports when what was said follows.
    ("Farm leaders warn that the harvest will fail.", ["Farm leaders"]),
    ("Some farm groups acknowledge that the plan worked.", ["farm groups"]),
    ("They warn of floods every spring.", [None]),
])
def test_verbs_next_to_what_was_said(make_engine, text, speakers):
    """``“…,” X concluded``, ``X continued, “…”``, ``leaders warn that …``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("The Fact Desk then ruled that the claim was “true.”", ["Fact Desk"]),
    ("As Ms. Ana Ruiz put it in a statement, the plan is “a mess.”", ["Ana Ruiz"]),
    ("Tom Hale attacked “the cruel plan” in a speech.", ["Tom Hale"]),
    ("The Fact Desk rated 40% of the claims as “false.”", ["Fact Desk"]),
    ("After saying her foot was “too sore,” Ana Ruiz was taken to a clinic.", ["Ana Ruiz"]),
    ("Dr. Tom Hale went before a hearing for saying the pill was “a miracle.”", ["Tom Hale"]),
    ("Tom Hale spoke in Ohio, encouraging voters to check all is “fair and square.”", ["Tom Hale"]),
])
def test_rulings_ratings_attacks_and_participles_after_links(make_engine, text, speakers):
    """``ruled that``, ``as X put it in …``, ``attacked “…”``, ``After saying …, X``, ``for saying``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("The debate drew letters.\n“Nobody won.” ― Ana B. Ortega", [None, "Ana B. Ortega"]),
    ("“Our farms are failing,” the Hale Trust letter reads.", ["Hale Trust letter"]),
    ("“Why is this not clear?” Senator Tom Hale demanded.", ["Tom Hale"]),
    ("The demands of the job grew.", [None]),
])
def test_initials_in_signatures_letters_that_read_and_demands(make_engine, text, speakers):
    """``― Ana B. Ortega``, ``the letter reads``, ``“…?” X demanded``; ``the demands of`` is no speech."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers", "speech"), [
    ("Senator Ann Lee has been steadily pounding Hale as a “fraud” for months.", ["Ann Lee"], True),
    ("In recent weeks, Ann Lee has gone after Hale as a “bully.”", ["Ann Lee"], True),
    ("Tom Hale openly admires Governor Rui Alves as a “tough boss.”", ["Tom Hale"], True),
    # A name given to a thing characterises no one.
    ("The bill, known as the “Fair Farms Act,” passed.", [None], False),
    # A year after "in" tells when, between a subject and its verb.
    ("Tom Hale, then the mayor, who in 2010 said the goal was a “clean city.”", ["Tom Hale"], True),
])
def test_verbs_that_characterise_someone_with_a_quotation(make_engine, text, speakers, speech):
    """``pounding X as a “…”``, ``gone after X as a “…”``; ``known as the “…”`` is a name."""
    engine = make_engine(text)
    assert who(engine) == speakers
    assert (kinds(engine)[0] is not None) == speech


@pytest.mark.parametrize(("text", "speakers"), [
    ("The Hale family said the verdict was “a relief.”", ["Hale family"]),
    ("Ruiz’s team says she will run again.", ["Ruiz’s team"]),
])
def test_families_and_teams_speak(make_engine, text, speakers):
    """``the family said`` (not an adverb in ``-ly``), ``X’s team says``."""
    assert who(make_engine(text)) == speakers


def test_a_relative_without_comma_speaks_for_the_name_before_it(make_engine):
    """``they turned to the Elm County Police Department which reported “…”``: the department speaks."""
    engine = make_engine("They turned to the Elm County Police Department which reported “412 incidents.”")
    assert who(engine) == ["Elm County Police Department"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("The ad shows footage of Ann Lee asking, “Where is the money?”", ["Ann Lee"]),
    ("Farmers backed Lee, with the American Federation of Farmers calling her “a champion.”",
     ["American Federation of Farmers"]),
    ("“Rain on the hills,” Rui Alves sings before asking her, “Will you stay?”", ["Rui Alves"]),
    ("Small groups of protesters marched on, chanting, “No more cuts.”", ["Small groups of protesters"]),
])
def test_participles_after_a_name_a_quotation_or_a_group(make_engine, text, speakers):
    """``footage of X asking, “…”``, ``“…,” X sings before asking``, ``groups of marchers … chanting``."""
    assert who(make_engine(text)) == speakers


def test_front_runners_are_jobs_before_a_name(make_engine):
    """``Democratic front-runner X is insisting …, claiming …``: X speaks, not "Republican"."""
    engine = make_engine("Democratic front-runner Tom Hale is insisting that he has “grown "
                         "the party,” claiming that he is responsible for the turnout.")
    assert who(engine) == ["Tom Hale"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("On his website, Rui Alves promises to “end” the levy.", ["Rui Alves"]),
    ("Mayor Ana Ruiz vows that the park will be a “top priority.”", ["Ana Ruiz"]),
    ("His promises to voters were “empty.”", [None]),
])
def test_promises_report_what_was_promised(make_engine, text, speakers):
    """``promises to “end” …``, ``vows that …``; ``his promises`` is a noun."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Hale Could Fix the Roads, Mayor Ana Ruiz Says.\nThe mayor spoke on Friday.", ["Ana Ruiz", None]),
    ("A sign reading Hale Says Hello hung over the door of the shop.", [None]),
    ("Ana Ruiz Tells Vell Board It Must Act On Water\nThe mayor spoke on Friday.", ["Ana Ruiz", None]),
    ("Ed Lamb Announces Plan To Close Two Bus Routes\nThe mayor spoke on Friday.", ["Ed Lamb", None]),
    ("Vell Flood Survivors Explain Why They Back The Levy\nThe mayor spoke on Friday.",
     ["Vell Flood Survivors", None]),
    # "Claims" in title case is as often the noun: "Fights Claims" is no speech; "Responds To" is an
    # answer to anything.
    ("Ed Lamb Responds To Critics Of The Levy\nThe mayor spoke on Friday.", [None, None]),
    ("Ed Lamb Fights Claims He Hid Funds\nThe mayor spoke on Friday.", [None, None]),
])
def test_a_headline_capitalises_its_verb_of_saying(make_engine, text, speakers):
    """``…, Mayor Ana Ruiz Says.``, ``Ana Ruiz Tells …`` in a title-case headline; a capitalised verb in
    running text is none."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ana Ruiz answered the question on Facebook writing, “Of course.”", ["Ana Ruiz"]),
    ("Mayor Tom Hale wrote to Governor Ana Ruiz asking her to look into the “mess.”", ["Tom Hale"]),
])
def test_a_name_after_a_preposition_is_no_participles_speaker(make_engine, text, speakers):
    """``on Facebook writing, “…”``, ``to Governor X asking …``: the clause's subject speaks."""
    assert who(make_engine(text)) == speakers


def test_a_naming_verb_without_a_readable_subject_is_speech_by_nobody_named(make_engine):
    """``Mocks rivals, and calls them “clowns.”`` (a fragment): speech, naming anyone a guess."""
    engine = make_engine("Mocks his rivals, and calls them “clowns” and “frauds.”")
    assert who(engine) == [None]
    assert kinds(engine) == ["mixed"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ana Ruiz ran the check.\nOn May 3 she published her findings by announcing the claim was “true.”",
     [None, "Ana Ruiz"]),
    ("Ana Ruiz ran the check.\nAfter she spoke, Tom Hale closed by saying the claim was “false.”",
     [None, "Tom Hale"]),
])
def test_a_subject_pronoun_after_a_date_opens_the_clause(make_engine, text, speakers):
    """``On May 3 she published …, announcing …``; not ``After she spoke, X …``."""
    assert who(make_engine(text)) == speakers


def test_going_on_to_any_verb_of_saying_is_a_cue(make_engine):
    """``went on to explain``, ``goes on to argue``: the next part of a speech; ``went on to win`` is none."""
    engine = make_engine("Ana Ruiz went on to warn the fund was empty.\n"
                         "Ed Lamb goes on to argue that it was full.\nLamb then went on to win.")
    assert who(engine) == ["Ana Ruiz", "Ed Lamb", None]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ana Ruiz backed the plan, turning to roads and admitting that the fund was “empty.”",
     ["Ana Ruiz"]),
    ("Ed Lamb opened by mentioning the dam and adding, “It will not hold.”", ["Ed Lamb"]),
    # "and" between two verbs of the clause, not after a participle, joins no participle.
    ("The mayor stood up and, smiling, left the room.", [None]),
])
def test_a_participle_joined_to_another_by_and_reports(make_engine, text, speakers):
    """``…, turning to roads and admitting that …``: the second participle hangs on the clause too."""
    assert who(make_engine(text)) == speakers


def test_an_infinitive_of_saying_reports_the_quotation_set_off_after_it(make_engine):
    """``went so far as to say: “…”`` reports; ``is expected to say “…”`` and ``to say that`` do not."""
    engine = make_engine("Ana Ruiz went so far as to say: “The fund is empty.”\n"
                         "Ed Lamb was prompted to say, “It was never full.”\n"
                         "Lamb is expected to say “thank you” to the crowd.\n"
                         "Ruiz declined to say, “I will not.”")
    assert who(engine) == ["Ana Ruiz", "Ed Lamb", None, None]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Farm lawmakers claim it will fail.", "Farm lawmakers"),
    ("Bakers insist they were cheated.", "Bakers"),
    # A plural before a verb without -s, and a bare plural, "such a" phrase or name opening the clause.
    ("Vell bakers insist their rivals must pay.", "Vell bakers"),
    ("Farm surveys suggest Ed Lamb has the edge.", "Farm surveys"),
    ("Dairy farmers suggest such a fee would hurt.", "Dairy farmers"),
    ("Vell bakers insist they’re losing money.", "Vell bakers"),
    ("Vell bakers warn however that the fee will hurt.", "Vell bakers"),
    ("Elm Street shops suggest the rules.", None),
    # A name opening the sentence before a subject pronoun, or an adverb between subject and verb.
    ("Lamb claims he is owed $10 million.", "Lamb"),
    ("Vell bakers even insist their rivals must pay.", "Vell bakers"),
    ("Glass claims the lives of birds.", None),
    # A noun after its owner or an adjective, and a verb taking an object, report nothing.
    ("His claims were false.", None),
    ("Lamb continues his tour.", None),
    ("Ruiz rated half of Elmford claims as false.", None),
])
def test_clause_verbs_after_someone_report_before_a_subject_pronoun(make_engine, text, speaker):
    """``lawmakers claim it will …``: a clause-only verb after its speaker reports without ``that``."""
    assert who(make_engine(text)) == [speaker]


def test_already_between_the_verb_be_and_its_participle(make_engine):
    """``is already claiming``: the progressive still reports with an adverb inside it."""
    engine = make_engine("Lamb’s team is already claiming a win among “rural voters.”")
    assert who(engine) == ["Lamb’s team"]


@pytest.mark.parametrize(("text", "speakers"), [
    # A dash sets off a participle as a comma does.
    ("Tom Hale would not concede — only saying that he felt “glad it was over.”", ["Tom Hale"]),
    # Participles of manner report what the clause's subject said.
    ("Ana Ruiz argued with Lamb at the meeting, chiding him, “Why should anyone care?”", ["Ana Ruiz"]),
    ("Tom Hale gave up the fight, conceding that the vote was “lost for good.”", ["Tom Hale"]),
])
def test_participles_after_a_dash_and_of_manner(make_engine, text, speakers):
    """``… — only saying that …``, ``…, chiding him, “…”``: the clause's subject speaks."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # A common noun phrase may be what a quotation characterises; the verb comes before it.
    ("Tom Hale identified the new road as “a waste,” which is unfair.", ["Tom Hale"]),
    ("Ana Ruiz later defended her vote as being “in the town's interest.”", ["Ana Ruiz"]),
    # A preposition before the phrase is no verb: the one who described speaks.
    ("Elm farmers described the soil near the river as “a sponge.”", ["Elm farmers"]),
    # "as X puts it" reports like "as X put it".
    ("As the Elm Herald’s Ana Ruiz puts it, Hale gave the town “a bridge to nowhere.”", ["Ana Ruiz"]),
])
def test_characterised_noun_phrases_and_puts_it(make_engine, text, speakers):
    """``identified the judge as “…”``, ``defended her remarks as being “…”``, ``as X puts it``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ana Ruiz, herself a mill worker, got cheers upon saying, “The mill stays open.”", ["Ana Ruiz"]),
    ("Ed Lamb waved a sign saying “Save Elm Park.”", ["Ed Lamb"]),
])
def test_participles_upon_a_clause_or_a_sign(make_engine, text, speakers):
    """``… upon saying, “…”``, ``waved a sign saying “…”``: the clause's subject."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # A day may stand between a verb that reports only with its clause and that clause.
    ("Ana Ruiz boasted Friday night that the plan “kept every job in town.”", ["Ana Ruiz"]),
    # So may a span of time pointed at: "this month", "last week".
    ("The Vell County board ruled this month that the old ferry is “safe for now.”",
     ["Vell County board"]),
    ("Ana Ruiz bemoaned last week that the mill had become “a ghost town.”", ["Ana Ruiz"]),
    # Such a verb set off by commas with its subject reports the sentence around it.
    ("Even so, farm leaders insist, the harvest will be late.", ["farm leaders"]),
    ("The talks continued on Friday.", [None]),
])
def test_clause_verbs_after_a_day_or_set_off(make_engine, text, speakers):
    """``boasted Friday night that …``, ``ruled this month that …``, ``…, Lamb insists, …``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # A clause verb in the past reports a quotation in its object, as a quoting verb does.
    ("Tom Hale lamented the “sorry” state of the roads.", ["Tom Hale"]),
    # So does one in the present right after "he", "she" or "they".
    ("Tom Hale toured the mill.\n\nHe laments the “sorry” state of the roads.", [None, "Tom Hale"]),
    ("Ana Ruiz spoke last.\n\nShe boasts the mill will be “humming again” by May.", [None, "Ana Ruiz"]),
    # Not a noun after an adjective or an owner.
    ("Vell Party claims of a “rigged count” fell flat.", [None]),
    # Not one that goes on or agrees to something named in quotes.
    ("The rally continued with chants of “Save the mill.”", [None]),
    ("Ana Ruiz agreed to a “friendly” sit-down.", [None]),
])
def test_clause_verbs_in_the_past_or_after_a_pronoun_report_a_quoted_object(make_engine, text, speakers):
    """``Hale lamented the “sorry” state``, ``he laments …``; not ``continued with chants of “…”``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Lists of the year.\n\n4 Ana Ruiz Questioned Whether Farms Can Stay “Family Run.”", [None, "Ana Ruiz"]),
    ("Lists of the year.\n\nEd Lamb Slams The Mayor’s “Weak” Roads Plan", [None, "Ed Lamb"]),
    # A word in capitals is no verb: "STATES" heads a section, the colon's name speaks.
    ("Lists of the year.\n\nRED STATES GAIN - Ana Ruiz: “The count has shifted.”", [None, "Ana Ruiz"]),
])
def test_headline_verbs_of_saying_report_a_quotation(make_engine, text, speakers):
    """``Ana Ruiz Questioned Whether … “…”``: a headline capitalises its verb of saying too."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ed Lamb added about Ruiz: “Her roads plan is late.”", ["Ed Lamb"]),
    ("The index added about 0.1 per cent on Monday.", [None]),
])
def test_added_about_someone_reports_added_about_an_amount_does_not(make_engine, text, speakers):
    """``added about Ruiz: “…”`` is speech; ``added about 0.1 per cent`` is arithmetic."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ed Lamb’s “half the town” comment angered farmers.", ["Ed Lamb"]),
    ("Farmers recall Ed Lamb’s old pledge to keep the dam “open for all.”", ["Ed Lamb"]),
    ("Ed Lamb’s recent baseless claim that “hundreds” of farms closed was wrong.", ["Ed Lamb"]),
    # A phrase of time or place between the noun and its "that" clause.
    ("Farmers recall Ed Lamb’s remark at the fair that the dam was “open for all.”", ["Ed Lamb"]),
    # Without what was said, the noun reports nothing.
    ("Ed Lamb’s comments were printed on Monday.", [None]),
])
def test_a_claim_noun_owned_across_a_word_or_its_quotation(make_engine, text, speakers):
    """``Lamb’s “…” comment``, ``Lamb’s old pledge to keep “…”``, ``Lamb’s remark at the fair that``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # A noun of saying followed by "is": what it says comes after.
    ("Ed Lamb’s slogan was “Mills for all.”", ["Ed Lamb"]),
    ("Ana Ruiz’s answer is that the dam must be “fixed by June.”", ["Ana Ruiz"]),
    ("Ana Ruiz’s statement that the dam is “sound” angered farmers.", ["Ana Ruiz"]),
    # Without what was said, the noun reports nothing.
    ("Ana Ruiz’s statement was printed on Monday.", [None]),
])
def test_an_owned_noun_of_saying_before_is_and_what_it_says(make_engine, text, speakers):
    """``Lamb’s slogan was “…”``, ``Ruiz’s answer is that …``: the owner's words."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("The Vell Farm Bureau notes the fee is paid mostly by new farmers.", ["Vell Farm Bureau"]),
    ("Ed Lamb claims his farm is worth more than $10 million.", ["Ed Lamb"]),
    # No finite verb ends the noun phrase: the verb has an object, not a clause.
    ("Ed Lamb claims the seat that was left empty by Ruiz.", [None]),
    ("Ana Ruiz notes the date of the vote in her diary.", [None]),
])
def test_a_clause_verb_reports_a_clause_opening_with_a_noun_phrase(make_engine, text, speakers):
    """``X notes the fee is …``: a short noun phrase and a finite verb open what was said, no ``that``."""
    assert who(make_engine(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Weeks after the audit, Ed Lamb continued to say the books were in order.", ["Ed Lamb"]),
    ("Ana Ruiz continues to insist the levy was never raised.", ["Ana Ruiz"]),
    ("Tom Hale goes on to explain what the levy would pay for.", ["Tom Hale"]),
    # A verb that reports only with its clause reports nothing without one; "continuing" alone is no cue.
    ("The county continues to report record heat.", [None]),
    ("Ana Ruiz won the vote on Tuesday, continuing her streak.", [None]),
])
def test_continued_to_and_a_verb_of_saying_report(make_engine, text, speakers):
    """``X continued to say …`` reports as ``X went on to explain …`` does: the next thing X says."""
    assert who(make_engine(text)) == speakers
