"""The search benchmark on a question file written here (never XQuAD text)."""

import json

from benchmarks.search import holds, main, question_type, run
from retrieval.sentences import Sentence

BRIDGE = ("The bridge opened to traffic in 1998 after years of delays. "
          "It was designed by the engineer Maria Lopes.")
HARBOUR = ("The harbour is home to forty fishing boats. "
           "Its lighthouse was built in 1870 by the navy.")


def item(title, context, question, answer):
    return {"title": title, "context": context, "question": question, "answer": answer,
            "answer_start": context.index(answer)}


def write(tmp_path):
    path = tmp_path / "questions.json"
    path.write_text(json.dumps({"questions": [
        item("Bridge", BRIDGE, "When did the bridge open to traffic?", "1998"),
        item("Bridge", BRIDGE, "Who designed the bridge?", "Maria Lopes"),
        item("Harbour", HARBOUR, "How many fishing boats does the harbour have?", "forty"),
        item("Harbour", HARBOUR, "When was the lighthouse built?", "1870"),
    ]}), encoding="utf-8")
    return path


def test_question_types():
    assert question_type("How many boats?") == "how many"
    assert question_type("In what year was it built?") == "what"
    assert question_type("Did it open?") == "yes/no"
    assert question_type("Whose idea was it?") == "who"


def test_span_lies_in_a_sentence_when_they_overlap():
    sentence = Sentence(0, "0123456789abc", 10, 13)
    assert holds(sentence, 11, 12) and holds(sentence, 12, 20) and not holds(sentence, 13, 15)


def test_hits_and_off_topic_counted(tmp_path):
    """Each article's questions are hits; the other article's are declined as off-topic."""
    [(name, tally)] = run(write(tmp_path), None, 0)
    assert name == "all" and tally.questions == 4
    assert tally.hit1 == tally.hit3 == 4 and tally.bm25_hit3 == 4
    assert tally.off_topic == 4 and tally.off_topic_declined == 4


def test_split_reports_parts_apart(tmp_path, capsys):
    assert main([str(write(tmp_path)), "--split", "1"]) == 0
    out = capsys.readouterr().out
    assert "articles 1–1 (tuned)" in out and "articles 2–2 (held out)" in out and "hit@1" in out


def test_missing_file_is_one_line(tmp_path, capsys):
    assert main([str(tmp_path / "none.json")]) == 2
    assert "No question file" in capsys.readouterr().err


def test_wrong_format_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert main([str(bad)]) == 2
    assert "not a question file" in capsys.readouterr().err


def test_misses_are_shown_for_tuned_articles_only(tmp_path, capsys):
    """`--show` prints missed questions of the tuned articles; held-out questions stay unseen."""
    path = write(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["questions"].append(item("Harbour", HARBOUR, "What guards the coast?", "navy"))
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main([str(path), "--show", "5"]) == 0
    assert "What guards the coast?" in capsys.readouterr().out
    assert main([str(path), "--split", "1", "--show", "5"]) == 0
    assert "What guards the coast?" not in capsys.readouterr().out
