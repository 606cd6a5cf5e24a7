"""The BM25 index: tokenizer, IDF choice, acronyms, and a cross-check with rank-bm25."""

import math

import pytest
from rank_bm25 import BM25Okapi

from retrieval.bm25 import LuceneBM25
from retrieval.index import _READINGS_KEPT, SentenceIndex, _blocks, _initials
from retrieval.terms import tokenize


def test_tokenizer_normalises_case_quotes_possessives_and_stems():
    """Case, curly apostrophes, possessives and inflections do not change a term."""
    assert tokenize("North Korea’s missiles LAUNCHED") == tokenize("north korea missile launch")


def test_tokenizer_drops_stop_words_but_keeps_the_us_acronym():
    """`US`/`U.S.` is a country; lower-case `us` is a stop word."""
    assert tokenize("U.S. aid") == ["us", "aid"]
    assert tokenize("US aid") == ["us", "aid"]
    assert tokenize("aimed at us") == ["aim"]


def test_tokenizer_keeps_numbers_whole():
    """`$1.35 billion` keeps `1.35` as one term."""
    assert tokenize("$1.35 billion") == ["1.35", "billion"]


def test_same_tokenizer_for_sentences_and_questions():
    """A question phrased differently from a sentence still meets it."""
    index = SentenceIndex(["Tillerson had dinner with Kishida.", "Missiles were launched."])
    scores = index.scores("Who did Tillerson have dinner with?")
    assert scores[0] > 0 and scores[1] == 0


def test_common_word_does_not_outrank_a_rarer_one():
    """A term in 6 of 10 sentences must weigh less than one in 4; Okapi's IDF floor inverts them."""
    corpus = [[f"rare{i}", "common" if i < 6 else "rarer"] for i in range(10)]
    okapi = BM25Okapi(corpus, k1=1.2, b=0.75)
    assert okapi.idf["common"] > okapi.idf["rarer"]  # the floor (epsilon x mean IDF) at work
    lucene = LuceneBM25(corpus, k1=1.2, b=0.75)
    assert 0 < lucene.idf["common"] < lucene.idf["rarer"]
    scores = lucene.get_scores(["common", "rarer"])
    assert min(scores[6:]) > max(scores[:6])


def test_no_shared_word_scores_zero():
    """Unlike BM25Plus, a sentence sharing no word with the question scores nothing."""
    index = SentenceIndex(["The radar is aimed at China.", "Talks will resume."])
    assert index.scores("radar")[1] == 0.0


def test_lucene_idf_formula_by_hand():
    """idf = ln(1 + (N - n + 0.5) / (n + 0.5)) on a corpus small enough to check by hand."""
    lucene = LuceneBM25([["a", "b"], ["a"], ["c"]], k1=1.2, b=0.75)
    assert lucene.idf["a"] == pytest.approx(math.log(1 + 1.5 / 2.5))
    assert lucene.idf["c"] == pytest.approx(math.log(1 + 2.5 / 1.5))


def test_scores_match_rank_bm25_term_weights():
    """Term-frequency saturation and length normalisation are rank-bm25's own."""
    corpus = [["x", "y"], ["x", "x", "z"], ["z"]]
    lucene = LuceneBM25(corpus, k1=1.2, b=0.75)
    okapi = BM25Okapi(corpus, k1=1.2, b=0.75)
    ratio = lucene.idf["x"] / okapi.idf["x"]
    assert lucene.get_scores(["x"]) == pytest.approx(okapi.get_scores(["x"]) * ratio)


def test_acronym_finds_its_long_form():
    """`THAAD` finds `Terminal High Altitude Area Defense` by its initials."""
    index = SentenceIndex(["It deployed the Terminal High Altitude Area Defense system.", "Talks went on."])
    assert index.scores("Why THAAD?")[0] > 0


def test_an_acronym_typed_in_lower_case_finds_its_long_form_too():
    """Chat is typed in lower case: "vcb" finds "Vell County Board" when the article lacks "vcb" as a word."""
    index = SentenceIndex(["The Vell County Board met on Monday.", "Talks went on."])
    lower, upper = index.scores("what did the vcb do"), index.scores("what did the VCB do")
    assert lower[0] > 0 and list(lower) == pytest.approx(list(upper))


def test_a_short_word_in_lower_case_is_never_read_as_initials():
    """"us" is a word: "tell us" never finds "United States"."""
    index = SentenceIndex(["The United States provided aid.", "Japan provided aid."])
    assert index.scores("tell us")[0] == 0


def test_us_finds_united_states():
    """`US` in a question also finds sentences that spell out `United States`."""
    index = SentenceIndex(["The United States provided aid.", "Japan provided aid."])
    scores = index.scores("Did the US provide aid?")
    assert scores[0] > scores[1]


def test_index_of_stop_words_only_scores_zero():
    """An article whose sentences hold only stop words gives zero scores, not an error."""
    assert SentenceIndex(["It is what it is.", "And so on."]).scores("what is it").tolist() == [0.0, 0.0]


def test_agent_noun_meets_its_verb():
    """`inspected` finds `inspectors` and `inspector` finds `inspect` (Snowball keeps the `-or`)."""
    index = SentenceIndex(["Our inspectors visit once every five years.", "They inspect the plant."])
    assert index.scores("How often are factories inspected?")[0] > 0
    assert index.scores("Who is the inspector?")[1] > 0


def test_a_number_meets_its_other_spelling():
    """"3 layers" finds "three layers", "seven" finds "7"; "one" (a pronoun too) stays itself."""
    index = SentenceIndex(["Vell Net began with three layers.", "Its rival had layers of 7 kinds.", "One."])
    scores = index.scores("Which network had 3 layers?")
    assert scores[0] > scores[1] > 0
    assert index.scores("seven kinds")[1] > 0
    assert index.query_terms("1 layer") == ["1", "layer"]


def test_holding_lists_the_sentences_with_every_term():
    """`holding` narrows a phrase look-up to the sentences that hold all its words."""
    index = SentenceIndex(["Ana Ruiz studies jellies.", "Ruiz works in Vigo.", "Jellies swim."])
    assert index.holding("Ruiz") == {0, 1}
    assert index.holding("Ana Ruiz") == {0}
    assert index.holding("Merkel") == set()
    assert index.holding("the") is None


def test_question_words_read_again_give_the_same_terms_and_are_kept_within_bounds():
    """A word's reading is kept for the next question, and a long chat keeps a bounded number."""
    index = SentenceIndex(["Our inspectors visit the THAAD site.", "Terminal High Altitude Area Defense."])
    first = index.query_terms("Did inspectors inspect THAAD and the inspecter?")
    assert index.query_terms("Did inspectors inspect THAAD and the inspecter?") == first
    assert first == ["inspector", "inspector", "thaad", "inspector",  # misspelt: the article's word
                     "termin", "high", "altitud", "area", "defens"]  # then what THAAD stands for
    for n in range(_READINGS_KEPT + 10):
        index.query_terms(f"word{n}")
    assert len(index._readings) <= _READINGS_KEPT
    assert index.query_terms("Did inspectors inspect THAAD and the inspecter?") == first


def test_acronyms_read_block_by_block_are_those_of_the_whole_text():
    """A block never ends after a small letter, so a run going on over a line break is kept."""
    sentences = ["Words by Terminal High", "Altitude Area Defense.", "Acme Steel Works said so.", "Nothing"]
    whole = _initials(["\n".join(sentences)])
    assert "thaad" in whole and "asw" in whole
    assert list(_initials(_blocks(sentences, size=1)).items()) == list(whole.items())
    assert ["\n".join(sentences[:2]), sentences[2], sentences[3]] == list(_blocks(sentences, size=1))
