"""Loading articles: clear errors that name the file."""

import os

import pytest

from retrieval import ArticleNotFound, ArticleUnreadable, EmptyArticle, Engine, load_article, parse_article


def test_missing_file_names_the_path(tmp_path):
    """A missing file raises ArticleNotFound naming it."""
    with pytest.raises(ArticleNotFound, match=r"nope\.txt"):
        load_article(tmp_path / "nope.txt")


def test_binary_file_is_refused(tmp_path):
    """Bytes with NULs are not an article."""
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x00\x01")
    with pytest.raises(ArticleUnreadable, match="binary"):
        load_article(path)


def test_non_utf8_file_is_refused(tmp_path):
    """Latin-1 bytes that are not UTF-8 get a message saying to save as UTF-8."""
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    with pytest.raises(ArticleUnreadable, match="UTF-8"):
        load_article(path)


def test_folder_is_refused(tmp_path):
    """A directory is not an article."""
    with pytest.raises(ArticleUnreadable, match="folder"):
        load_article(tmp_path)


def test_a_pipe_or_device_is_refused_not_read_forever(tmp_path):
    """A FIFO would block and /dev/zero never ends: only a regular file is an article."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleUnreadable, match="not a regular file"):
        load_article(fifo)
    with pytest.raises(ArticleUnreadable, match="not a regular file"):
        load_article("/dev/zero")


@pytest.mark.parametrize("text", ["", "   \n\n", "TOKYO (Reuters) - ", "... -- ..."])
def test_empty_article_is_refused(tmp_path, text):
    """No words, no article: EmptyArticle from the loader or the engine."""
    path = tmp_path / "empty.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EmptyArticle):
        Engine.load(path)


def test_windows_line_endings_and_bom_are_read(tmp_path):
    """A UTF-8 BOM and CRLF line ends do not leak into sentences."""
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeffOne line.\r\nTwo lines.\r\n".encode())
    assert [s.text for s in Engine.load(path).sentences] == ["One line.", "Two lines."]


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("TOKYO (Reuters) - Talks went on.", "Tokyo", "Reuters"),
    ("WASHINGTON, March 15 (AP) — Talks went on.", "Washington", "AP"),
    ("NEW YORK — Talks went on.", "New York", None),
])
def test_datelines_become_metadata(text, place, agency):
    """Place and agency are read off the dateline, and the body starts after it."""
    article = parse_article(text)
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert article.text[article.body_start:] == "Talks went on."


def test_a_dateline_below_the_headline_and_byline_is_read():
    """A pasted story opens with its headline and byline; the dateline on a later line still counts."""
    article = parse_article("Vell County braces for floods\n\nBy Mara Quinn\n\n"
                            "HARBORTON, April 3 (Wire) - Residents were told to leave.")
    assert (article.dateline.place, article.dateline.agency) == ("Harborton", "Wire")
    assert article.body_start == 0  # the headline stays part of the story


def test_a_dateline_below_the_headline_is_no_speaker_nor_part_of_a_sentence():
    """The dateline is metadata wherever it stands: "the company said" never names its place."""
    article = parse_article("Kestrel Foods profit falls\n\nVELL CITY, Feb 20 - Kestrel Foods said its profit "
                            "fell.\n\nRevenue rose 3 percent, the company said.\n")
    engine = Engine(article)
    assert "VELL CITY" not in " ".join(s.text for s in engine.sentences)
    assert [a.speaker.name for a in engine.attributions if a.speaker] == ["Kestrel Foods", "Kestrel Foods"]


@pytest.mark.parametrize("text", [
    "EXCLUSIVE — Hale quits the board.",  # a label, not a place
    "Storm update\nFLOODS CLOSE ROADS, SCHOOLS STAY SHUT - Officials said more rain was due.",
    "One\nTwo\nThree\nFour\nFive\nSix\nLONDON — Deep in the story, a line opens with a place.",
])
def test_no_dateline_in_labels_shouted_headlines_or_deep_lines(text):
    """Only a short place in capitals, on one of the first lines, makes a dateline."""
    assert parse_article(text).dateline is None


def test_markdown_marks_are_blanked_keeping_offsets():
    """A story pasted as Markdown reads as plain text: heading, byline, dateline and quote found."""
    text = ("# Council approves park\n\n*By Mara Quinn*\n\n**HARBORTON** — The park opens.\n\n"
            "> \"A great day,\" said Tom Hale.\n* It costs 2 million dollars.\n")
    article = parse_article(text)
    assert len(article.text) == len(text) and "*" not in article.text and "#" not in article.text
    assert article.dateline.place == "Harborton"
    assert Engine(article).answer("who wrote this?").message.startswith("Written by Mara Quinn.")


def test_a_few_stars_in_plain_text_are_kept():
    """One list-like line and a starred-out word are no Markdown: the text stays as written."""
    text = "Hale said the F*** word.\n* One line.\nThe end.\n- Ana Ruiz.\n- Tom Hale.\n"
    assert parse_article(text).text == text


def test_no_dateline_when_the_story_starts_plainly():
    """A sentence that starts with a capitalised word is not a dateline."""
    article = parse_article("The talks went on - and on.")
    assert article.dateline is None and article.body_start == 0


def test_file_spans_slice_the_file_text(tmp_path):
    """Spans of the read text map back to the file's own text, byte-order mark and CRLF counted."""
    raw = "\ufeffLee said:\r\n“Café prices rose.”\r\nKim said no.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = load_article(path)
    for word in ("Lee", "Café prices rose.", "Kim said no.", "said:\n“Café"):
        start = article.text.index(word)
        a, b = article.file_span(start, start + len(word))
        assert raw[a:b] == word.replace("\n", "\r\n")


_WRAPPED = (
    "Party says bill will pass\n"
    "DOVERTON (Reuters) - The senator said on Monday that the bill\n"
    "would pass easily, and that voters wanted it, said the\n"
    "Senate clerk. “We will\nwin,” said Tom Hale, a\n"
    "spokesman for the party.\n"
    "The vote is in May.\n"
)


def test_lines_wrapped_inside_a_sentence_read_as_one():
    """Text wrapped at a fixed width keeps whole sentences; headlines and paragraphs keep their breaks."""
    engine = Engine(parse_article(_WRAPPED, source="wrapped.txt"))
    texts = [s.text for s in engine.sentences]
    assert texts == [
        "Party says bill will pass",
        "The senator said on Monday that the bill would pass easily, "
        "and that voters wanted it, said the Senate clerk.",
        "“We will win,” said Tom Hale, a spokesman for the party.",
        "The vote is in May.",
    ]
    assert engine.attributions[2].speaker.name == "Tom Hale"


def test_unwrapping_keeps_offsets_into_the_file(tmp_path):
    """A wrapped line's break becomes one space, so every span still slices the file's text."""
    path = tmp_path / "wrapped.txt"
    path.write_bytes(_WRAPPED.replace("\n", "\r\n").encode())
    article = load_article(path)
    raw = path.read_bytes().decode()
    spans = [article.file_span(*span) for quote in Engine(article).quotes for span in quote.content]
    assert "We will\r\nwin" in [raw[a:b] for a, b in spans]
