"""Questions in a reader's own words: "won" of "beat", "get" of "received", "high" of "higher"."""

from retrieval.synonyms import synonyms

# Invented: every name and place here is made up.
MATCH = ("Eastvale edge Harborton.\n\n"
         "Eastvale came from behind to beat Harborton 2-1 at Riverside Park on Saturday.\n\n"
         "Harborton coach Dev Patel blamed the referee for the penalty.\n\n"
         "The crowd of 8,200 was the largest of the season.\n")
LETTERS = ("Letters on the bridge.\n\n"
           "The Harborton Gazette received more than 60 letters this week about the bridge.\n\n"
           "Letters should be under 300 words.\n\n"
           "Tom Hale wrote that the detour would cut his shop off.\n")


def test_a_group_reads_both_ways():
    """"won" is met by "beat", and "beat" by "won": a group has no head word; "won" never meets "win"."""
    assert "beat" in synonyms("won") and "won" in synonyms("beat") and "win" not in synonyms("won")


def test_who_won_is_answered_by_the_sentence_saying_who_beat_whom(make_engine):
    """"who won?" of "Eastvale … beat Harborton 2-1": that sentence, not "nothing matches"."""
    answer = make_engine(MATCH).answer("who won")
    assert not answer.closest and answer.results[0].sentence.number == 2


def test_a_verb_the_article_words_otherwise_is_no_reason_to_refuse(make_engine):
    """"how many letters did the paper get?" is answered by "received more than 60 letters"."""
    answer = make_engine(LETTERS).answer("how many letters did the paper get?")
    assert not answer.closest and answer.results[0].sentence.number == 2



def test_a_short_word_meets_its_comparative(make_engine):
    """"are milk prices high?" of "higher milk prices hurt sales": that sentence, not "doesn't say"."""
    engine = make_engine("Dairy news.\n\nKestrel Foods said higher milk prices hurt its sales.\n\n"
                         "The company will open a plant in Vell next year.\n")
    answer = engine.answer("are milk prices high?")
    assert not answer.closest and answer.results[0].sentence.number == 2
