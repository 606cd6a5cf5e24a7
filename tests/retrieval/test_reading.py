"""The shared reading record: quotations per sentence, tokens, merging two entities."""

from retrieval.reading import SentenceTokens
from retrieval.tags import Tag
from retrieval.tokens import QUOTE


def test_quotation_is_one_token(make_reading):
    """`“We won,” Lee said.` reads as QUOTE Lee said . (the comma is inside the quotation)."""
    reading = make_reading("“We won,” Lee said.")
    assert [t.text for t in reading.tokens[0]] == [QUOTE, "Lee", "said", "."]


def test_quotation_over_two_sentences_is_listed_in_both(make_reading):
    """One quotation spanning two sentences overlaps each of them."""
    reading = make_reading("“First point. Second point,” Lee said.")
    assert list(reading.spans) == [range(0, 1), range(0, 1)]


def test_each_sentence_lists_its_own_quotations(make_reading):
    """None for narration, both for a sentence holding two, in article order."""
    reading = make_reading("Lee spoke.\n“Yes,” Lee said, “and no.”\nThen “maybe” came.")
    assert list(reading.spans) == [range(0, 0), range(0, 2), range(2, 3)]
    assert not reading.spans[0] and reading.spans[-1] == range(2, 3)


def test_nothing_is_attributed_at_the_start(make_reading):
    """Before any pass, no sentence has a speaker, a kind or a tag."""
    reading = make_reading("Lee said it was over.")
    assert reading.speaker_of == [None] and reading.kind_of == [None] and list(reading.tags) == [None]


def test_merge_moves_sentences_and_role(make_reading):
    """Merging gives the kept entity the other's sentences and role."""
    reading = make_reading("One. Two.")
    kept = reading.table.new("Ann Lee", "person")
    gone = reading.table.new("Lee", "name")
    gone.role = "mayor"
    reading.speaker_of[1] = gone
    reading.table.note(gone, 1)
    reading.merge(kept, gone)
    assert reading.speaker_of == [None, kept]
    assert kept.role == "mayor"
    assert gone not in reading.table.entities


def test_merge_moves_the_unnoted_sentences_of_the_group_being_read(make_reading):
    """A speaker set in the quotation group being read, not yet noted in the table, moves too."""
    reading = make_reading("One. Two. Three.")
    kept = reading.table.new("Ann Lee", "person")
    gone = reading.table.new("Lee", "name")
    reading.speaker_of[1] = gone
    reading.unnoted = range(1, 3)
    reading.merge(kept, gone)
    assert reading.speaker_of == [None, kept, None]


def test_span_text_keeps_the_article_spelling(make_reading):
    """A run of tokens reads back as written, without a final possessive."""
    reading = make_reading("Wang Yi’s proposal stands.")
    assert reading.span_text(reading.tokens[0][:2]) == "Wang Yi"


def test_a_tag_is_read_back_as_set_from_its_sentence_tokens(make_reading):
    """Kept as token places, a tag reads back equal; one naming other tokens is kept as it is."""
    reading = make_reading("Lee spoke. “We won,” Mayor Ann Lee said.")
    tokens = reading.tokens[1]
    tag = Tag(tokens[1:4], tokens[5:6], 0, 5, (4, 5))
    reading.tags[1] = tag
    assert reading.tags[1] == tag and reading.tags[-1] == tag and reading.tags[0] is None
    assert [t.text for t in reading.tags[1].subject] == ["Mayor", "Ann", "Lee"]
    elsewhere = Tag(reading.tokens[0][:1], [], 1, 2)
    reading.tags[1] = elsewhere
    assert reading.tags[1] is elsewhere
    reading.tags[1] = None
    assert list(reading.tags) == [None, None]


def test_tokens_are_made_again_once_let_go(make_reading):
    """Only the latest ``kept`` sentences' tokens are held; an older one is made again, equal."""
    reading = make_reading("One here. Two here. Three here.")
    tokens = SentenceTokens(reading.text, reading.sentences, reading.quotes, reading.spans, kept=2)
    first = tokens[0]
    assert tokens[1] and tokens[-1] == tokens[2] and len(tokens) == 3
    assert 0 not in tokens and tokens[0] == first and tokens[0] is not first
